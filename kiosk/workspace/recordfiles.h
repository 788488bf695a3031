#pragma once

#include "records/recordview.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace RegPoint::Kiosk {

class Workspace;

// One step of a record's life as the audit log holds it: codes, as written, for the screen to name.
struct RecordHistoryEntry
{
    QDateTime at;
    QString action; // "record.created", "record.state", "eligibility.review", "print.slip", ...
    QString outcome; // a state key, "eligible", "refused", "ok", ...
    QString operatorName; // empty: the system did it (a sync, a purge)
};

// What the desk shows of one record when a clerk opens it: masked, as everywhere on screen.
struct RecordFile
{
    RecordView view;
    std::optional<QString> serial; // its 报名流水号, once it has one
    // The province holds the record but refused its number: another record came with it first
    // (record.serial-taken). The slip's number does not find this candidate.
    bool serialRefused = false;
    QList<RecordHistoryEntry> history; // oldest first
};

// The records a clerk looks for at the desk, and one record opened with its history. A clerk
// asks by what the candidate or the slip in their hand says: a name or part of it, the masked
// name on a list, the ID number or its last digits, the 报名流水号, the record's short id. What
// comes back is masked (RecordView): the query is matched here, in memory, and goes nowhere.
class RecordFiles
{
public:
    explicit RecordFiles(Workspace &workspace);

    static constexpr int kMaxResults = 50;
    // Newest first, the record given this 报名流水号 before all others; empty for an empty query.
    // At most kMaxResults: the screen says when there may be more.
    Result<QList<RecordView>> search(const QString &query) const;
    Result<RecordFile> open(const QUuid &id) const;
    // The records listed, read again (their states move with the province's answers); a record no
    // longer here is left out.
    Result<QList<RecordView>> views(const QList<QUuid> &ids) const;

private:
    Workspace &m_workspace;
};

} // namespace RegPoint::Kiosk
