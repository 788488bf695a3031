#pragma once

#include "frozenform.h"
#include "sheetexchange.h"
#include "sqlbackend.h"

#include <QDateTime>

namespace RegPoint::Intake {

// The candidates' online forms beside the records they complete, on the intake's database. A
// form is kept under the 报名流水号 of a record that reached the province, and only for that
// record; imported again it replaces the one kept until registration closes, never after.
// Throws StorageError when the database is unreachable.
class FormStore
{
public:
    explicit FormStore(SqlBackend &backend);

    enum class Saved
    {
        New,
        Replaced,
        Unchanged, // the same form again
        NoRecord, // no record with this number has arrived
        OtherRecord, // the number is another record's
        Frozen, // registration closed: the form may no longer change
    };
    // The form as the candidate left it (its frozenAt is not kept until the freeze).
    Saved save(const Exchange::FrozenForm &form, const QDateTime &at);
    // Registration closed: every form kept is frozen as it stands, at `at`, and numbered in the
    // sequence of frozen forms (GET /v1/forms); how many were frozen. Frozen forms stay as they are.
    qint64 freeze(const QDateTime &at);
    // The frozen form of a number, with its frozenAt; nullopt when there is none or not frozen yet.
    std::optional<Exchange::FrozenForm> frozen(const QString &serial);
    qint64 count();
    qint64 unfrozenCount();
    // Records that reached the province with a 报名流水号 and have no form yet (oldest first).
    struct Unformed
    {
        QString serial;
        QUuid recordId;
    };
    QList<Unformed> withoutForm(int limit);

    // A point's frozen forms numbered after `after`, in order, at most `limit`.
    struct Numbered
    {
        qint64 seq = 0;
        Exchange::FrozenForm form;
    };
    QList<Numbered> frozenForPoint(const QString &pointCode, qint64 after, int limit);

    // A sheet's confirmation from the point that printed it: "ok" when kept (now or before), or
    // confirmation.unknown-form (no frozen form of this point's for the record and number) or
    // confirmation.stale-form (printed from a form with another content hash), or
    // confirmation.conflict (other words kept under the same record and second).
    QString keepConfirmation(
        const QString &pointCode, const Exchange::SheetConfirmation &confirmation, const QDateTime &receivedAt);
    // Every confirmation kept for a number, oldest first.
    QList<Exchange::SheetConfirmation> confirmations(const QString &serial);

private:
    SqlBackend &m_backend;
};

} // namespace RegPoint::Intake
