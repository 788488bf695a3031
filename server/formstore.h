#pragma once

#include "frozenform.h"
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
    // Registration closed: every form kept is frozen as it stands, at `at`; how many were frozen.
    qint64 freeze(const QDateTime &at);
    // The frozen form of a number, with its frozenAt; nullopt when there is none or not frozen yet.
    std::optional<Exchange::FrozenForm> frozen(const QString &serial);
    qint64 count();

private:
    SqlBackend &m_backend;
};

} // namespace RegPoint::Intake
