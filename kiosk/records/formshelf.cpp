#include "formshelf.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "crypto/localvault.h"
#include "intakesignature.h"
#include "jsonfields.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QVariant>

namespace RegPoint::Kiosk {

using Exchange::uuidText;
using namespace Qt::StringLiterals;

namespace {

struct FormShelfTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::FormShelf)
};

// Binds each ciphertext to its row and column: copied elsewhere, it does not open.
QByteArray formContext(const QUuid &recordId)
{
    return "form:" + uuidText(recordId).toLatin1();
}

QByteArray reasonContext(const QUuid &recordId, const QString &confirmedAt)
{
    return "reason:" + uuidText(recordId).toLatin1() + '@' + confirmedAt.toLatin1();
}

Failure formRefused(const QString &code)
{
    return Failure { u"form.refused"_s, [code] {
                        return FormShelfTr::tr(
                            "The province sent a registration form this point cannot accept (%1). Nothing of it was "
                            "kept or printed; tell the exam office.")
                            .arg(code);
                    } };
}

} // namespace

FormShelf::FormShelf(Database &database, const LocalVault &vault, const Clock &clock, AuditLog &audit,
    const QByteArray &caPem, QString pointCode)
    : m_database(database)
    , m_vault(vault)
    , m_clock(clock)
    , m_audit(audit)
    , m_pointCode(std::move(pointCode))
    , m_verifier(std::make_unique<Exchange::IntakeSignatureVerifier>(caPem))
{ }

FormShelf::~FormShelf() = default;

void FormShelf::pin(const QByteArray &caPem, const QString &pointCode)
{
    m_verifier = std::make_unique<Exchange::IntakeSignatureVerifier>(caPem);
    m_pointCode = pointCode;
}

Result<FormShelf::ServedPage> FormShelf::keepServed(const QList<QJsonObject> &signedForms)
{
    ServedPage page;
    if (signedForms.isEmpty())
        return page;
    const Status done = m_database.withTransaction([&]() -> Status {
        page = {};
        qint64 last = 0;
        for (const QJsonObject &signedForm : signedForms) {
            const Result<Exchange::ServedForm> served
                = Exchange::verifyServedForm(signedForm, *m_verifier, m_pointCode, m_clock.now().toUTC());
            if (!served) {
                page.stopped = true;
                page.problem = formRefused(served.failure().code);
                if (const Status audited = m_audit.appendInTransaction({ u"form.refused"_s, u"refused"_s, std::nullopt,
                        {}, u"code=%1;stopped"_s.arg(served.failure().code) });
                    !audited)
                    return audited.failure();
                break;
            }
            const Result<std::optional<QString>> refusal = refusalOf(served.value());
            if (!refusal)
                return refusal.failure();
            const Status kept
                = refusal.value() ? setAside(served.value(), *refusal.value()) : keepOne(served.value(), signedForm);
            if (!kept)
                return kept.failure();
            if (refusal.value()) {
                ++page.setAside;
                if (!page.problem)
                    page.problem = formRefused(*refusal.value());
            } else {
                ++page.kept;
                last = std::max(last, served->seq);
            }
        }
        if (page.kept == 0)
            return Done {};
        return m_audit.appendInTransaction(
            { u"form.received"_s, u"ok"_s, std::nullopt, {}, u"forms=%1;last=%2"_s.arg(page.kept).arg(last) });
    });
    if (!done)
        return done.failure();
    return page;
}

Result<std::optional<QString>> FormShelf::refusalOf(const Exchange::ServedForm &served) const
{
    // The form must complete a record of this point under the number that record was given.
    QSqlQuery q = newQuery(m_database);
    q.prepare(u"SELECT serial FROM record_serials WHERE record_id = ?"_s);
    q.addBindValue(uuidText(served.form.recordId));
    if (!q.exec())
        return sqlFailure(q, "form.store");
    if (!q.next())
        return std::optional(u"form.unknown-record"_s);
    if (q.value(0).toString() != served.form.serial)
        return std::optional(u"form.other-serial"_s);
    return std::optional<QString>();
}

Status FormShelf::setAside(const Exchange::ServedForm &served, const QString &code)
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(u"INSERT INTO form_refusals (seq, record_id, code, received_at) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (seq) DO NOTHING"_s);
    q.addBindValue(served.seq);
    q.addBindValue(uuidText(served.form.recordId));
    q.addBindValue(code);
    q.addBindValue(sqlTimestamp(m_clock.now()));
    if (!q.exec())
        return sqlFailure(q, "form.store");
    return m_audit.appendInTransaction({ u"form.refused"_s, u"refused"_s, std::nullopt, uuidText(served.form.recordId),
        u"code=%1;seq=%2"_s.arg(code).arg(served.seq) });
}

Status FormShelf::keepOne(const Exchange::ServedForm &served, const QJsonObject &signedForm)
{
    const QByteArray plain = QJsonDocument(signedForm).toJson(QJsonDocument::Compact);
    const QByteArray sealed = m_vault.encrypt(plain, formContext(served.form.recordId));
    if (sealed.isEmpty())
        return Failure { u"form.encrypt"_s, [] {
                            return FormShelfTr::tr(
                                "A registration form could not be encrypted, so it was not kept. Call the technician.");
                        } };
    // A newer number for the record replaces the form (the province corrected it); an older one
    // (a replay) changes nothing.
    QSqlQuery q = newQuery(m_database);
    q.prepare(u"INSERT INTO frozen_forms (record_id, seq, content_hash, sealed, received_at) VALUES (?, ?, ?, ?, ?) "
              "ON CONFLICT (record_id) DO UPDATE SET seq = excluded.seq, content_hash = excluded.content_hash, "
              "sealed = excluded.sealed, received_at = excluded.received_at WHERE excluded.seq > frozen_forms.seq"_s);
    q.addBindValue(uuidText(served.form.recordId));
    q.addBindValue(served.seq);
    q.addBindValue(served.form.contentHash());
    q.addBindValue(sealed);
    q.addBindValue(sqlTimestamp(m_clock.now()));
    if (!q.exec())
        return sqlFailure(q, "form.store");
    return Done {};
}

Result<qint64> FormShelf::lastSeq() const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(u"SELECT MAX(COALESCE((SELECT MAX(seq) FROM frozen_forms), 0), "
                "COALESCE((SELECT MAX(seq) FROM form_refusals), 0))"_s)
        || !q.next())
        return sqlFailure(q, "form.store");
    return q.value(0).toLongLong();
}

Result<qsizetype> FormShelf::setAsideCount() const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(u"SELECT count(*) FROM form_refusals"_s) || !q.next())
        return sqlFailure(q, "form.store");
    return q.value(0).toLongLong();
}

Result<qsizetype> FormShelf::count() const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(u"SELECT COUNT(*) FROM frozen_forms"_s) || !q.next())
        return sqlFailure(q, "form.store");
    return qsizetype(q.value(0).toLongLong());
}

Result<std::optional<Exchange::FrozenForm>> FormShelf::form(const QUuid &recordId) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(u"SELECT sealed, received_at, content_hash, seq FROM frozen_forms WHERE record_id = ?"_s);
    q.addBindValue(uuidText(recordId));
    if (!q.exec())
        return sqlFailure(q, "form.store");
    if (!q.next() || q.value(0).toByteArray().isEmpty()) // none yet, or purged with the record
        return std::optional<Exchange::FrozenForm>();
    const Failure damaged { u"form.damaged"_s,
        [] {
            return FormShelfTr::tr(
                "This candidate's registration form in the local store is damaged or was changed, so it "
                "is not printed. Call the technician.");
        } };
    const std::optional<QByteArray> plain = m_vault.decrypt(q.value(0).toByteArray(), formContext(recordId));
    if (!plain)
        return damaged;
    const Result<QJsonObject> signedForm = Exchange::parseJsonObject(*plain);
    if (!signedForm)
        return damaged;
    // Checked at the time it arrived: a signing certificate that expired since does not hide it.
    const QDateTime receivedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    const Result<Exchange::ServedForm> served
        = Exchange::verifyServedForm(signedForm.value(), *m_verifier, m_pointCode, receivedAt.toUTC());
    if (!served || served->form.recordId != recordId || served->form.contentHash() != q.value(2).toString()
        || served->seq != q.value(3).toLongLong())
        return damaged;
    return std::optional(served->form);
}

Status FormShelf::confirm(const Exchange::SheetConfirmation &confirmation, qint64 operatorId)
{
    // What the province would refuse is refused here, before it could hold back the others.
    if (const Result<Exchange::SheetConfirmation> valid
        = Exchange::SheetConfirmation::fromJson(confirmation.toJson(), u"confirmation"_s);
        !valid)
        return Failure { u"sheet.invalid"_s, valid.failure().message };
    return m_database.withTransaction([&]() -> Status {
        const QString at = Exchange::utcTimeText(confirmation.confirmedAt);
        QSqlQuery q = newQuery(m_database);
        q.prepare(u"SELECT content_hash FROM frozen_forms WHERE record_id = ?"_s);
        q.addBindValue(uuidText(confirmation.recordId));
        if (!q.exec())
            return sqlFailure(q, "sheet.store");
        if (!q.next() || q.value(0).toString() != confirmation.formSha256)
            return Failure { u"sheet.other-form"_s, [] {
                                return FormShelfTr::tr(
                                    "This confirmation is for another version of the candidate's form than the one "
                                    "kept here. Print the sheet again and confirm that one.");
                            } };
        QByteArray sealedReason;
        if (!confirmation.reason.isEmpty()) {
            sealedReason = m_vault.encrypt(confirmation.reason.toUtf8(), reasonContext(confirmation.recordId, at));
            if (sealedReason.isEmpty())
                return Failure { u"sheet.encrypt"_s, [] {
                                    return FormShelfTr::tr(
                                        "The correction could not be encrypted, so it was not kept. Call the "
                                        "technician.");
                                } };
        }
        q.prepare(u"INSERT INTO sheet_confirmations (record_id, confirmed_at, outcome, sealed_reason, form_hash, "
                  "clerk) VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(uuidText(confirmation.recordId));
        q.addBindValue(at);
        q.addBindValue(Exchange::outcomeName(confirmation.outcome));
        q.addBindValue(sealedReason.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(sealedReason));
        q.addBindValue(confirmation.formSha256);
        q.addBindValue(confirmation.clerk);
        if (!q.exec())
            return sqlFailure(q, "sheet.store");
        // The reason stays out of the log: it may name a person.
        return m_audit.appendInTransaction({ u"sheet.confirm"_s, Exchange::outcomeName(confirmation.outcome),
            operatorId, uuidText(confirmation.recordId), u"form=%1"_s.arg(confirmation.formSha256.left(16)) });
    });
}

Result<QList<Exchange::SheetConfirmation>> FormShelf::confirmations(
    const QString &where, const QVariantList &values) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(u"SELECT c.record_id, s.serial, c.form_hash, c.outcome, c.sealed_reason, c.confirmed_at, c.clerk "
              "FROM sheet_confirmations c JOIN record_serials s ON s.record_id = c.record_id "_s
        + where);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return sqlFailure(q, "sheet.store");
    QList<Exchange::SheetConfirmation> found;
    while (q.next()) {
        Exchange::SheetConfirmation c;
        c.recordId = QUuid(q.value(0).toString());
        c.serial = q.value(1).toString();
        c.formSha256 = q.value(2).toString();
        c.outcome = q.value(3).toString() == u"correction" ? Exchange::SheetConfirmation::Outcome::Correction
                                                           : Exchange::SheetConfirmation::Outcome::Signed;
        const QString at = q.value(5).toString();
        if (!q.value(4).isNull()) {
            const std::optional<QByteArray> reason
                = m_vault.decrypt(q.value(4).toByteArray(), reasonContext(c.recordId, at));
            if (!reason)
                return Failure { u"sheet.damaged"_s, [] {
                                    return FormShelfTr::tr(
                                        "A correction request in the local store is damaged or was changed. Call the "
                                        "technician.");
                                } };
            c.reason = QString::fromUtf8(*reason);
        }
        c.confirmedAt = QDateTime::fromString(at, Qt::ISODate);
        c.clerk = q.value(6).toString();
        found.append(c);
    }
    return found;
}

Result<QList<Exchange::SheetConfirmation>> FormShelf::unanswered(int limit) const
{
    return confirmations(u"WHERE c.answered_at IS NULL ORDER BY c.confirmed_at LIMIT ?"_s, { limit });
}

Result<std::optional<Exchange::SheetConfirmation>> FormShelf::lastConfirmation(const QUuid &recordId) const
{
    const Result<QList<Exchange::SheetConfirmation>> found
        = confirmations(u"WHERE c.record_id = ? ORDER BY c.confirmed_at DESC LIMIT 1"_s, { uuidText(recordId) });
    if (!found)
        return found.failure();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<FormShelf::ConfirmationCounts> FormShelf::confirmationCounts() const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(u"SELECT c.outcome, COUNT(*) FROM sheet_confirmations c WHERE c.confirmed_at = (SELECT "
                "MAX(n.confirmed_at) FROM sheet_confirmations n WHERE n.record_id = c.record_id) GROUP BY c.outcome"_s))
        return sqlFailure(q, "sheet.store");
    ConfirmationCounts counts;
    while (q.next())
        (q.value(0).toString() == u"signed" ? counts.signedSheets : counts.corrections) = q.value(1).toLongLong();
    return counts;
}

Status FormShelf::keepAnswers(const QList<Exchange::ConfirmationAnswer> &answers)
{
    return m_database.withTransaction([&]() -> Status {
        for (const Exchange::ConfirmationAnswer &answer : answers) {
            if (!answer.kept()) // refused: on record, since the desk believed it went through
                if (const Status logged = m_audit.appendInTransaction(
                        { u"sheet.confirm-refused"_s, answer.code, std::nullopt, uuidText(answer.recordId), {} });
                    !logged)
                    return logged.failure();
        }
        QSqlQuery q = newQuery(m_database);
        q.prepare(u"UPDATE sheet_confirmations SET answered_at = ?, answer_code = ? WHERE record_id = ? AND "
                  "confirmed_at = ? AND answered_at IS NULL"_s);
        for (const Exchange::ConfirmationAnswer &answer : answers) {
            q.addBindValue(sqlTimestamp(m_clock.now()));
            q.addBindValue(answer.code);
            q.addBindValue(uuidText(answer.recordId));
            q.addBindValue(Exchange::utcTimeText(answer.confirmedAt));
            if (!q.exec())
                return sqlFailure(q, "sheet.store");
        }
        return Done {};
    });
}

} // namespace RegPoint::Kiosk
