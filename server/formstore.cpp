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
        return qint64(c.query(u"UPDATE forms SET frozen_at = $1 WHERE frozen_at IS NULL RETURNING serial"_s,
                           { Exchange::utcTimeText(at) })
                          .size());
    });
}

std::optional<Exchange::FrozenForm> FormStore::frozen(const QString &serial)
{
    const QList<QVariantList> rows = inTransaction(m_backend, [&](SqlConnection &c) {
        return c.query(u"SELECT form, frozen_at FROM forms WHERE serial = $1 AND frozen_at IS NOT NULL"_s, { serial });
    });
    if (rows.isEmpty())
        return std::nullopt;
    const Result<QJsonObject> json = Exchange::parseJsonObject(rows[0][0].toString().toUtf8());
    if (!json)
        throw StorageError("a stored form is not JSON: " + serial.toStdString());
    QJsonObject form = json.value();
    form.insert(u"frozenAt"_s, rows[0][1].toString());
    const Result<Exchange::FrozenForm> parsed = Exchange::FrozenForm::fromJson(form);
    if (!parsed)
        throw StorageError("a stored form does not read back: " + serial.toStdString());
    return parsed.value();
}

qint64 FormStore::count()
{
    return inTransaction(m_backend,
        [](SqlConnection &c) { return c.query(u"SELECT COUNT(*) FROM forms"_s).value(0).value(0).toLongLong(); });
}

} // namespace RegPoint::Intake
