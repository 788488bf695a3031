#include "formstore.h"

#include "canonicaljson.h"
#include "digest.h"
#include "jsonfields.h"

namespace RegPoint::Intake {

using namespace Qt::StringLiterals;

FormStore::FormStore(SqlBackend &backend)
    : m_backend(backend)
{ }

FormStore::Saved FormStore::save(const Exchange::FrozenForm &form, const QDateTime &at)
{
    QJsonObject json = form.toJson();
    json.remove(u"frozenAt"_s); // set when the form is frozen
    const QByteArray canonical = Exchange::canonicalJson(json);
    const QString sha256 = Exchange::sha256Hex(canonical);
    return inTransaction(m_backend, [&](SqlConnection &c) {
        const QList<QVariantList> record
            = c.query(u"SELECT record_id, point_code FROM records WHERE serial = $1 ORDER BY received_at LIMIT 1"_s,
                { form.serial });
        if (record.isEmpty())
            return Saved::NoRecord;
        if (QUuid::fromString(record[0][0].toString()) != form.recordId)
            return Saved::OtherRecord;
        const QList<QVariantList> kept
            = c.query(u"SELECT sha256, frozen_at FROM forms WHERE serial = $1"_s, { form.serial });
        if (!kept.isEmpty() && !kept[0][1].isNull())
            return Saved::Frozen;
        if (!kept.isEmpty() && kept[0][0].toString() == sha256)
            return Saved::Unchanged;
        // The freeze may commit between the read above and this write (PostgreSQL reads committed
        // data, it does not lock): the write itself refuses a frozen row.
        const QList<QVariantList> written
            = c.query(u"INSERT INTO forms (serial, record_id, point_code, form, sha256, imported_at) VALUES "
                      "($1, $2, $3, $4, $5, $6) ON CONFLICT (serial) DO UPDATE SET form = $4, sha256 = $5, "
                      "imported_at = $6 WHERE forms.frozen_at IS NULL RETURNING serial"_s,
                { form.serial, Exchange::uuidText(form.recordId), record[0][1].toString(), QString::fromUtf8(canonical),
                    sha256, Exchange::utcTimeText(at) });
        if (written.isEmpty())
            return Saved::Frozen;
        return kept.isEmpty() ? Saved::New : Saved::Replaced;
    });
}

qint64 FormStore::freeze(const QDateTime &at)
{
    return inTransaction(m_backend, [&](SqlConnection &c) {
        // The counter's row is locked first (PostgreSQL): two freezes number one after the other.
        const qint64 base = c.query(u"UPDATE counters SET value = value WHERE name = 'form' RETURNING value"_s)
                                .value(0)
                                .value(0)
                                .toLongLong();
        const qint64 frozen
            = c.query(u"UPDATE forms SET frozen_at = $1, seq = CAST($2 AS BIGINT) + o.n FROM (SELECT serial AS s, "
                      "row_number() OVER (ORDER BY point_code, serial) AS n FROM forms WHERE frozen_at IS NULL) AS o "
                      "WHERE forms.serial = o.s RETURNING forms.serial"_s,
                   { Exchange::utcTimeText(at), base })
                  .size();
        c.query(u"UPDATE counters SET value = $1 WHERE name = 'form'"_s, { base + frozen });
        return frozen;
    });
}

namespace {
// A stored form (canonical JSON without frozenAt) with the time it was frozen.
Exchange::FrozenForm frozenFromRow(const QVariant &formText, const QVariant &frozenAt)
{
    const Result<QJsonObject> json = Exchange::parseJsonObject(formText.toString().toUtf8());
    if (!json)
        throw StorageError("a stored form is not JSON");
    QJsonObject form = json.value();
    form.insert(u"frozenAt"_s, frozenAt.toString());
    const Result<Exchange::FrozenForm> parsed = Exchange::FrozenForm::fromJson(form);
    if (!parsed)
        throw StorageError("a stored form does not read back: " + parsed.failure().message.toStdString());
    return parsed.value();
}
} // namespace

std::optional<Exchange::FrozenForm> FormStore::frozen(const QString &serial)
{
    const QList<QVariantList> rows = inTransaction(m_backend, [&](SqlConnection &c) {
        return c.query(u"SELECT form, frozen_at FROM forms WHERE serial = $1 AND frozen_at IS NOT NULL"_s, { serial });
    });
    if (rows.isEmpty())
        return std::nullopt;
    return frozenFromRow(rows[0][0], rows[0][1]);
}

QList<FormStore::Numbered> FormStore::frozenForPoint(const QString &pointCode, qint64 after, int limit)
{
    const QList<QVariantList> rows = inTransaction(m_backend, [&](SqlConnection &c) {
        return c.query(u"SELECT seq, form, frozen_at FROM forms WHERE point_code = $1 AND seq > $2 ORDER BY seq "
                       "LIMIT $3"_s,
            { pointCode, after, limit });
    });
    QList<Numbered> forms;
    forms.reserve(rows.size());
    for (const QVariantList &row : rows)
        forms.append({ row[0].toLongLong(), frozenFromRow(row[1], row[2]) });
    return forms;
}

QString FormStore::keepConfirmation(
    const QString &pointCode, const Exchange::SheetConfirmation &confirmation, const QDateTime &receivedAt)
{
    return inTransaction(m_backend, [&](SqlConnection &c) -> QString {
        const QList<QVariantList> form = c.query(u"SELECT form, frozen_at FROM forms WHERE serial = $1 AND "
                                                 "record_id = $2 AND point_code = $3 AND frozen_at IS NOT NULL"_s,
            { confirmation.serial, Exchange::uuidText(confirmation.recordId), pointCode });
        if (form.isEmpty())
            return u"confirmation.unknown-form"_s;
        if (frozenFromRow(form[0][0], form[0][1]).contentHash() != confirmation.formSha256)
            return u"confirmation.stale-form"_s;
        const QList<QVariantList> inserted = c.query(
            u"INSERT INTO sheet_confirmations (record_id, confirmed_at, point_code, serial, form_sha256, outcome, "
            "reason, clerk, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING "
            "RETURNING record_id"_s,
            { Exchange::uuidText(confirmation.recordId), Exchange::utcTimeText(confirmation.confirmedAt), pointCode,
                confirmation.serial, confirmation.formSha256, Exchange::outcomeName(confirmation.outcome),
                confirmation.reason, confirmation.clerk, Exchange::utcTimeText(receivedAt) });
        if (!inserted.isEmpty())
            return u"ok"_s;
        // Sent again after a lost answer: the same words are kept already; other words under the
        // same record and second are not the same confirmation.
        const QList<QVariantList> kept = c.query(u"SELECT outcome, reason, form_sha256 FROM sheet_confirmations "
                                                 "WHERE record_id = $1 AND confirmed_at = $2"_s,
            { Exchange::uuidText(confirmation.recordId), Exchange::utcTimeText(confirmation.confirmedAt) });
        const bool same = !kept.isEmpty() && kept[0][0].toString() == Exchange::outcomeName(confirmation.outcome)
            && kept[0][1].toString() == confirmation.reason && kept[0][2].toString() == confirmation.formSha256;
        return same ? u"ok"_s : u"confirmation.conflict"_s;
    });
}

QList<Exchange::SheetConfirmation> FormStore::confirmations(const QString &serial)
{
    const QList<QVariantList> rows = inTransaction(m_backend, [&](SqlConnection &c) {
        return c.query(u"SELECT record_id, serial, form_sha256, outcome, reason, confirmed_at, clerk FROM "
                       "sheet_confirmations WHERE serial = $1 ORDER BY confirmed_at"_s,
            { serial });
    });
    QList<Exchange::SheetConfirmation> kept;
    for (const QVariantList &row : rows) {
        Exchange::SheetConfirmation c;
        c.recordId = QUuid::fromString(row[0].toString());
        c.serial = row[1].toString();
        c.formSha256 = row[2].toString();
        c.outcome = row[3].toString() == u"correction" ? Exchange::SheetConfirmation::Outcome::Correction
                                                       : Exchange::SheetConfirmation::Outcome::Signed;
        c.reason = row[4].toString();
        c.confirmedAt = QDateTime::fromString(row[5].toString(), Qt::ISODate);
        c.clerk = row[6].toString();
        kept.append(c);
    }
    return kept;
}

QList<FormStore::Unformed> FormStore::withoutForm(int limit)
{
    const QList<QVariantList> rows = inTransaction(m_backend, [&](SqlConnection &c) {
        return c.query(u"SELECT r.serial, r.record_id FROM records r LEFT JOIN forms f ON f.serial = r.serial WHERE "
                       "r.serial IS NOT NULL AND f.serial IS NULL ORDER BY r.received_at LIMIT $1"_s,
            { limit });
    });
    QList<Unformed> found;
    for (const QVariantList &row : rows)
        found.append({ row[0].toString(), QUuid::fromString(row[1].toString()) });
    return found;
}

qint64 FormStore::unfrozenCount()
{
    return inTransaction(m_backend, [](SqlConnection &c) {
        return c.query(u"SELECT COUNT(*) FROM forms WHERE frozen_at IS NULL"_s).value(0).value(0).toLongLong();
    });
}

qint64 FormStore::count()
{
    return inTransaction(m_backend,
        [](SqlConnection &c) { return c.query(u"SELECT COUNT(*) FROM forms"_s).value(0).value(0).toLongLong(); });
}

} // namespace RegPoint::Intake
