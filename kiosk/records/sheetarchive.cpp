#include "sheetarchive.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "crypto/localvault.h"
#include "digest.h"
#include "jsonfields.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QVariant>

namespace RegPoint::Kiosk {

using Exchange::uuidText;
using namespace Qt::StringLiterals;

namespace {

struct SheetArchiveTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::SheetArchive)
};

// Binds the ciphertext to its record and copy: moved to another row, it does not open.
QByteArray pdfContext(const QUuid &recordId, int copy)
{
    return "sheet:" + uuidText(recordId).toLatin1() + '#' + QByteArray::number(copy);
}

} // namespace

SheetArchive::SheetArchive(Database &database, const LocalVault &vault, const Clock &clock, AuditLog &audit)
    : m_database(database)
    , m_vault(vault)
    , m_clock(clock)
    , m_audit(audit)
{ }

QString SheetArchive::reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::First:
        return u"first"_s;
    case Reason::Jammed:
        return u"jam"_s;
    case Reason::Damaged:
        return u"damaged"_s;
    case Reason::Lost:
        return u"lost"_s;
    case Reason::AfterCorrection:
        return u"correction"_s;
    case Reason::Batch:
        return u"batch"_s;
    case Reason::ToDrive:
        return u"usb"_s;
    }
    return {};
}

Result<int> SheetArchive::nextCopy(const QUuid &recordId) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(u"SELECT COALESCE(MAX(copy), 0) + 1 FROM sheet_prints WHERE record_id = ?"_s);
    q.addBindValue(uuidText(recordId));
    if (!q.exec() || !q.next())
        return sqlFailure(q, "sheet.archive");
    return q.value(0).toInt();
}

Result<int> SheetArchive::nextPaperNumber(const QUuid &recordId) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(u"SELECT COUNT(*) + 1 FROM sheet_prints WHERE record_id = ? AND outcome IN ('ok', 'exported', "
              "'timed_out')"_s);
    q.addBindValue(uuidText(recordId));
    if (!q.exec() || !q.next())
        return sqlFailure(q, "sheet.archive");
    return q.value(0).toInt();
}

Result<std::optional<QString>> SheetArchive::heldFormHash(const QUuid &recordId) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(u"SELECT form_hash FROM sheet_prints WHERE record_id = ? AND outcome IN ('ok', 'exported') ORDER BY "
              "copy DESC LIMIT 1"_s);
    q.addBindValue(uuidText(recordId));
    if (!q.exec())
        return sqlFailure(q, "sheet.archive");
    return q.next() ? std::optional(q.value(0).toString()) : std::nullopt;
}

Result<qint64> SheetArchive::keep(const QUuid &recordId, int copy, Reason reason, const QString &formHash,
    const QByteArray &pdf, std::optional<qint64> operatorId)
{
    const QByteArray sealed = m_vault.encrypt(pdf, pdfContext(recordId, copy));
    if (sealed.isEmpty())
        return Failure { u"sheet.encrypt"_s, [] {
                            return SheetArchiveTr::tr(
                                "The sheet could not be encrypted for the archive, so it was not printed. Call the "
                                "technician.");
                        } };
    const QString sha256 = Exchange::sha256Hex(pdf);
    qint64 id = 0;
    const Status kept = m_database.withTransaction([&]() -> Status {
        QSqlQuery q = newQuery(m_database);
        q.prepare(u"INSERT INTO sheet_prints (record_id, copy, reason, form_hash, pdf_sha256, sealed_pdf, printed_at, "
                  "operator_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(uuidText(recordId));
        q.addBindValue(copy);
        q.addBindValue(reasonKey(reason));
        q.addBindValue(formHash);
        q.addBindValue(sha256);
        q.addBindValue(sealed);
        q.addBindValue(sqlTimestamp(m_clock.now()));
        q.addBindValue(operatorId ? QVariant(*operatorId) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!q.exec())
            return sqlFailure(q, "sheet.archive");
        id = q.lastInsertId().toLongLong();
        return m_audit.appendInTransaction({ u"print.sheet"_s, u"queued"_s, operatorId, uuidText(recordId),
            u"copy=%1 reason=%2 pdf=%3"_s.arg(copy).arg(reasonKey(reason), sha256.left(16)) });
    });
    if (!kept)
        return kept.failure();
    return id;
}

Status SheetArchive::noteOutcome(qint64 printId, const QString &outcome, int jobId)
{
    return m_database.withTransaction([&]() -> Status {
        QSqlQuery q = newQuery(m_database);
        q.prepare(u"UPDATE sheet_prints SET outcome = ?, job_id = ? WHERE id = ? AND outcome IS NULL "
                  "RETURNING record_id, copy, operator_id"_s);
        q.addBindValue(outcome);
        q.addBindValue(jobId);
        q.addBindValue(printId);
        if (!q.exec())
            return sqlFailure(q, "sheet.archive");
        if (!q.next())
            return Done {}; // noted before
        const std::optional<qint64> operatorId
            = q.value(2).isNull() ? std::nullopt : std::optional(q.value(2).toLongLong());
        return m_audit.appendInTransaction({ u"print.sheet"_s, outcome, operatorId, q.value(0).toString(),
            u"copy=%1 job=%2"_s.arg(q.value(1).toInt()).arg(jobId) });
    });
}

Result<QList<SheetArchive::Print>> SheetArchive::prints(const QUuid &recordId) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(u"SELECT id, copy, reason, form_hash, pdf_sha256, printed_at, operator_id, outcome FROM sheet_prints "
              "WHERE record_id = ? ORDER BY copy"_s);
    q.addBindValue(uuidText(recordId));
    if (!q.exec())
        return sqlFailure(q, "sheet.archive");
    QList<Print> found;
    while (q.next())
        found.append(
            { q.value(0).toLongLong(), recordId, q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs),
                q.value(6).isNull() ? std::nullopt : std::optional(q.value(6).toLongLong()), q.value(7).toString() });
    return found;
}

Result<bool> SheetArchive::printedOnce(const QUuid &recordId) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(u"SELECT 1 FROM sheet_prints WHERE record_id = ? AND outcome IN ('ok', 'exported') LIMIT 1"_s);
    q.addBindValue(uuidText(recordId));
    if (!q.exec())
        return sqlFailure(q, "sheet.archive");
    return q.next();
}

Result<QList<QUuid>> SheetArchive::awaitingPrint() const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(u"SELECT f.record_id FROM frozen_forms f JOIN record_serials s ON s.record_id = f.record_id WHERE "
                "NOT EXISTS (SELECT 1 FROM sheet_prints p WHERE p.record_id = f.record_id AND p.outcome IN ('ok', "
                "'exported')) "
                "ORDER BY s.serial"_s))
        return sqlFailure(q, "sheet.archive");
    QList<QUuid> ids;
    while (q.next())
        ids.append(QUuid(q.value(0).toString()));
    return ids;
}

Result<qsizetype> SheetArchive::printedRecords() const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(u"SELECT COUNT(DISTINCT record_id) FROM sheet_prints WHERE outcome IN ('ok', 'exported')"_s)
        || !q.next())
        return sqlFailure(q, "sheet.archive");
    return qsizetype(q.value(0).toLongLong());
}

Result<QByteArray> SheetArchive::pdf(qint64 printId) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(u"SELECT record_id, copy, sealed_pdf, pdf_sha256 FROM sheet_prints WHERE id = ?"_s);
    q.addBindValue(printId);
    if (!q.exec())
        return sqlFailure(q, "sheet.archive");
    const Failure damaged { u"sheet.archive-damaged"_s, [] {
                               return SheetArchiveTr::tr(
                                   "The archived sheet is missing, damaged or was changed. Call the technician.");
                           } };
    if (!q.next())
        return damaged;
    const std::optional<QByteArray> plain
        = m_vault.decrypt(q.value(2).toByteArray(), pdfContext(QUuid(q.value(0).toString()), q.value(1).toInt()));
    if (!plain || Exchange::sha256Hex(*plain) != q.value(3).toString())
        return damaged;
    return *plain;
}

} // namespace RegPoint::Kiosk
