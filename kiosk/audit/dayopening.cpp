#include "dayopening.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "crypto/localvault.h"
#include "digest.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "wipe.h"

#include <QCoreApplication>

namespace RegPoint::Kiosk {

namespace {

struct DayOpeningTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::DayOpening)
};

const QString kAction = QStringLiteral("day.open");

QString dayKey(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QByteArray reasonContext(const QDate &day, qint64 approvedBy)
{
    return QStringLiteral("day/%1/reason/%2").arg(dayKey(day)).arg(approvedBy).toLatin1();
}

// Never NULL in the table: no code is an empty list.
QString joinedCodes(const QStringList &codes)
{
    return codes.isEmpty() ? QStringLiteral("") : codes.join(QLatin1Char(','));
}

QStringList codeList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char(','));
}

// One day_openings row as stored.
struct OpeningRow
{
    qint64 seq = 0;
    QString day;
    QString openedAt;
    qint64 openedBy = 0;
    std::optional<qint64> approvedBy;
    QString failed;
    QString warnings;
    QByteArray sealedReason;

    // What the audit event vouches for: every field, in a fixed order.
    QString digest() const
    {
        const QStringList fields { QString::number(seq), day, openedAt, QString::number(openedBy),
            approvedBy ? QString::number(*approvedBy) : QStringLiteral("-"), failed, warnings,
            QString::fromLatin1(sealedReason.toHex()) };
        return Exchange::sha256Hex(fields.join(QLatin1Char('|')).toUtf8());
    }
};

// The audit detail: codes and numbers only, `key=value` joined by ';'.
QString eventDetail(const OpeningRow &row)
{
    QStringList fields { QStringLiteral("day=") + row.day, QStringLiteral("row=%1").arg(row.seq) };
    if (!row.failed.isEmpty())
        fields << QStringLiteral("failed=") + row.failed;
    if (!row.warnings.isEmpty())
        fields << QStringLiteral("warnings=") + row.warnings;
    if (row.approvedBy)
        fields << QStringLiteral("opened-by=%1").arg(row.openedBy);
    fields << QStringLiteral("row-sha256=") + row.digest();
    return fields.join(QLatin1Char(';'));
}

QString detailField(const QString &detail, const QString &key)
{
    const QString prefix = key + QLatin1Char('=');
    for (const QString &field : detail.split(QLatin1Char(';'))) {
        if (field.startsWith(prefix))
            return field.mid(prefix.size());
    }
    return {};
}

Failure tampered()
{
    return Failure { QStringLiteral("day.open-tampered"), [] {
                        return DayOpeningTr::tr(
                            "The record of how the day was opened does not match the audit log. Call the technician.");
                    } };
}

} // namespace

DayOpening::DayOpening(Database &database, const LocalVault &vault, AuditLog &audit, const Clock &clock)
    : m_database(database)
    , m_vault(vault)
    , m_audit(audit)
    , m_clock(clock)
{ }

QDate DayOpening::today() const
{
    return m_clock.now().date();
}

Result<bool> DayOpening::isOpenToday() const
{
    const Result<QString> detail = m_audit.lastDetail(kAction);
    if (!detail)
        return detail.failure();
    return detailField(detail.value(), QStringLiteral("day")) == dayKey(today());
}

Status DayOpening::open(const DayOpeningRequest &asked)
{
    const QDate day = today();
    DayOpeningRequest request = asked;
    if (request.failed.isEmpty()) {
        request.approvedBy.reset(); // nothing to approve: whoever opened it is on record
        request.reason.clear();
    }
    if (const Result<bool> open = isOpenToday(); !open || open.value())
        return open
            ? Failure { QStringLiteral("day.already-open"), [] { return DayOpeningTr::tr("Today is open already."); } }
            : open.failure();
    OpeningRow row;
    row.day = dayKey(day);
    row.openedAt = sqlTimestamp(m_clock.now());
    row.openedBy = request.openedBy;
    row.approvedBy = request.approvedBy;
    row.failed = joinedCodes(request.failed);
    row.warnings = joinedCodes(request.warnings);
    if (!request.failed.isEmpty()) {
        if (!request.approvedBy)
            return Failure { QStringLiteral("day.approval-needed"),
                [] { return DayOpeningTr::tr("Some checks failed: only a supervisor can open the day anyway."); } };
        if (request.reason.trimmed().size() < minReasonLength)
            return Failure { QStringLiteral("day.reason-needed"), [] {
                                return DayOpeningTr::tr("Write why the day opens anyway (at least %1 characters).")
                                    .arg(minReasonLength);
                            } };
        QByteArray plain = request.reason.trimmed().toUtf8();
        row.sealedReason = m_vault.encrypt(plain, reasonContext(day, *request.approvedBy));
        wipe(plain);
        if (row.sealedReason.isEmpty())
            return Failure { QStringLiteral("day.encrypt"),
                [] {
                    return DayOpeningTr::tr(
                        "The reason could not be encrypted, so the day was not opened. Call the technician.");
                } };
    }
    return m_database.withTransaction([&]() -> Status {
        QSqlQuery q = newQuery(m_database);
        q.prepare(QStringLiteral("INSERT INTO day_openings (day, opened_at, opened_by, approved_by, failed, warnings, "
                                 "reason) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(row.day);
        q.addBindValue(row.openedAt);
        q.addBindValue(row.openedBy);
        q.addBindValue(row.approvedBy ? QVariant(*row.approvedBy) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(row.failed);
        q.addBindValue(row.warnings);
        q.addBindValue(
            row.sealedReason.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(row.sealedReason));
        if (!q.exec())
            return sqlFailure(q, "day.open");
        row.seq = q.lastInsertId().toLongLong();
        return m_audit.appendInTransaction(
            { kAction, row.approvedBy ? QStringLiteral("override") : QStringLiteral("ok"),
                row.approvedBy.value_or(row.openedBy), {}, eventDetail(row) });
    });
}

Result<std::optional<DayOpened>> DayOpening::latest() const
{
    const Result<QString> detail = m_audit.lastDetail(kAction);
    if (!detail)
        return detail.failure();
    if (detail->isEmpty())
        return std::optional<DayOpened> {};
    Result<DayOpened> opened = openingOf(detail.value());
    if (!opened)
        return opened.failure();
    return std::optional<DayOpened>(std::move(opened).value());
}

Result<QList<DayOpened>> DayOpening::history() const
{
    const Result<QList<AuditEvent>> events = m_audit.events();
    if (!events)
        return events.failure();
    QList<DayOpened> days;
    for (const AuditEvent &event : events.value()) {
        if (event.action != kAction)
            continue;
        Result<DayOpened> opened = openingOf(event.detail);
        if (!opened)
            return opened.failure();
        // Newest first, as a supervisor reads back over the days.
        days.prepend(std::move(opened).value());
    }
    return days;
}

Result<DayOpened> DayOpening::openingOf(const QString &eventDetail) const
{
    // Exactly the row the signed event names, and only as it was written.
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT seq, day, opened_at, opened_by, approved_by, failed, warnings, reason FROM "
                             "day_openings WHERE seq = ?"));
    q.addBindValue(detailField(eventDetail, QStringLiteral("row")).toLongLong());
    if (!q.exec())
        return sqlFailure(q, "day.read");
    if (!q.next())
        return tampered();
    OpeningRow row;
    row.seq = q.value(0).toLongLong();
    row.day = q.value(1).toString();
    row.openedAt = q.value(2).toString();
    row.openedBy = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        row.approvedBy = q.value(4).toLongLong();
    row.failed = q.value(5).toString();
    row.warnings = q.value(6).toString();
    row.sealedReason = q.value(7).toByteArray();
    if (row.digest() != detailField(eventDetail, QStringLiteral("row-sha256")))
        return tampered();
    DayOpened opened;
    opened.day = QDate::fromString(row.day, Qt::ISODate);
    opened.at = QDateTime::fromString(row.openedAt, Qt::ISODateWithMs);
    opened.openedBy = row.openedBy;
    opened.approvedBy = row.approvedBy;
    opened.failed = codeList(row.failed);
    opened.warnings = codeList(row.warnings);
    if (row.approvedBy) {
        const std::optional<QByteArray> reason
            = m_vault.decrypt(row.sealedReason, reasonContext(opened.day, *row.approvedBy));
        if (!reason)
            return tampered();
        opened.reason = QString::fromUtf8(*reason);
    }
    return opened;
}

} // namespace RegPoint::Kiosk
