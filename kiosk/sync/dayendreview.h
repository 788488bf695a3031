#pragma once

#include "operators/operator.h"
#include "records/recordview.h"
#include "result.h"
#include "sync/syncledger.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace RegPoint::Kiosk {

class OperatorService;
class RecordStore;

// The supervisor's day end: the sealed records still waiting for a decision, shown masked, and
// the decisions, each made by a supervisor who proved who they are for it (password, as at login;
// a role that may close the day). A rejection needs its reason. The decisions travel with the
// records in the next batch or USB file.
class DayEndReview
{
public:
    DayEndReview(SyncLedger &ledger, RecordStore &records, OperatorService &operators);

    Result<QList<RecordView>> pending() const; // oldest first
    Result<qsizetype> pendingCount() const; // without opening a record
    // dayend.role when the account may not close the day; the login's refusals otherwise.
    Result<Operator> signIn(const QString &username, const QString &password);
    Status decide(const Operator &supervisor, const QUuid &id, Decision decision, const QString &reason);
    // Every record still pending approved, after the supervisor looked at the list; how many.
    Result<qsizetype> approveAllPending(const Operator &supervisor);

private:
    SyncLedger &m_ledger;
    RecordStore &m_records;
    OperatorService &m_operators;
};

} // namespace RegPoint::Kiosk
