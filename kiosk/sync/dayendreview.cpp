#include "dayendreview.h"

#include "operators/operatorservice.h"
#include "operators/permissions.h"
#include "records/recordstore.h"

#include <QCoreApplication>

namespace RegPoint::Kiosk {

namespace {

struct DayEndReviewTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::DayEndReview)
};

Failure notAllowed()
{
    return Failure { QStringLiteral("dayend.role"), [] {
                        return DayEndReviewTr::tr(
                            "Only a supervisor can approve or reject the day's records. Ask the supervisor to sign "
                            "in for the day-end review.");
                    } };
}

} // namespace

DayEndReview::DayEndReview(SyncLedger &ledger, RecordStore &records, OperatorService &operators)
    : m_ledger(ledger)
    , m_records(records)
    , m_operators(operators)
{ }

Result<QList<RecordView>> DayEndReview::pending() const
{
    const Result<QList<QUuid>> ids = m_ledger.undecided();
    if (!ids)
        return ids.failure();
    QList<RecordView> views;
    for (const QUuid &id : ids.value()) {
        const Result<std::optional<CandidateRecord>> record = m_records.find(id);
        if (!record)
            return record.failure();
        if (record.value())
            views.append(RecordView::of(*record.value()));
    }
    return views;
}

Result<qsizetype> DayEndReview::pendingCount() const
{
    const Result<QList<QUuid>> ids = m_ledger.undecided();
    if (!ids)
        return ids.failure();
    return ids->size();
}

Result<Operator> DayEndReview::signIn(const QString &username, const QString &password)
{
    return m_operators.approval(username, password, Permission::CloseDay, notAllowed());
}

Status DayEndReview::decide(const Operator &supervisor, const QUuid &id, Decision decision, const QString &reason)
{
    if (!can(supervisor.role, Permission::CloseDay))
        return notAllowed();
    return m_ledger.decide(id, decision, reason, supervisor.id);
}

Result<qsizetype> DayEndReview::approveAllPending(const Operator &supervisor)
{
    if (!can(supervisor.role, Permission::CloseDay))
        return notAllowed();
    const Result<QList<QUuid>> ids = m_ledger.undecided();
    if (!ids)
        return ids.failure();
    for (const QUuid &id : ids.value()) {
        if (const Status decided = m_ledger.decide(id, Decision::Approved, {}, supervisor.id); !decided)
            return decided.failure();
    }
    return ids->size();
}

} // namespace RegPoint::Kiosk
