#include "recordfiles.h"

#include "audit/auditlog.h"
#include "jsonfields.h"
#include "operators/operatorstore.h"
#include "receipt.h"
#include "records/recordstore.h"
#include "records/serialpool.h"
#include "sync/syncledger.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace RegPoint::Kiosk {

namespace {
// More than a point registers in a season (hundreds to a few thousand): a search by name or
// digits decrypts the newest this many; a whole ID number or 报名流水号 goes by its index.
constexpr int kSearchedRecords = 5000;
// Versions of one record whose history a record shows; a correction is rare, a long chain a fault.
constexpr qsizetype kVersionsShown = 20;
// Fewer trailing digits would find half the point.
constexpr qsizetype kShortestIdTail = 4;

bool isHex(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

// The query in the forms records are written in: ID numbers upper case, short ids lower case.
struct Query
{
    QString text;
    QString upper;
    QString lower;

    bool matches(const CandidateRecord &record, const RecordView &view) const
    {
        const QString idNumber = record.identity.idNumber.toUpper();
        return record.identity.name.contains(text, Qt::CaseInsensitive) || view.maskedName == text || idNumber == upper
            || (upper.size() >= kShortestIdTail && idNumber.endsWith(upper))
            || (lower.size() >= kShortestIdTail && isHex(lower) && view.shortId.startsWith(lower));
    }
};
} // namespace

RecordFiles::RecordFiles(Workspace &workspace)
    : m_workspace(workspace)
{ }

Result<QList<RecordView>> RecordFiles::search(const QString &query) const
{
    const QString text = query.simplified().remove(u' ');
    QList<RecordView> found;
    if (text.isEmpty())
        return found;
    const Result<std::optional<QUuid>> bySerial = m_workspace.serials().recordOf(text);
    if (!bySerial)
        return bySerial.failure();
    // A whole ID number: its blind index finds the record without decrypting the others.
    if (const Result<std::optional<CandidateRecord>> byId = m_workspace.records().findCurrentByIdNumber(text.toUpper());
        byId && byId.value()) {
        found.append(RecordView::of(*byId.value()));
        return found;
    }
    const Result<QList<CandidateRecord>> records = m_workspace.records().list(kSearchedRecords);
    if (!records)
        return records.failure();
    const Query q { text, text.toUpper(), text.toLower() };
    for (const CandidateRecord &record : records.value()) {
        const RecordView view = RecordView::of(record);
        if (record.id == bySerial.value())
            found.prepend(view);
        else if (found.size() < kMaxResults && q.matches(record, view))
            found.append(view);
    }
    if (found.size() > kMaxResults)
        found.resize(kMaxResults);
    return found;
}

Result<QList<RecordView>> RecordFiles::views(const QList<QUuid> &ids) const
{
    QList<RecordView> views;
    for (const QUuid &id : ids) {
        const Result<std::optional<CandidateRecord>> record = m_workspace.records().find(id);
        if (!record)
            return record.failure();
        if (record.value())
            views.append(RecordView::of(*record.value()));
    }
    return views;
}

Result<RecordFile> RecordFiles::open(const QUuid &id) const
{
    const Result<std::optional<CandidateRecord>> record = m_workspace.records().find(id);
    if (!record)
        return record.failure();
    if (!record.value())
        return Failure { QStringLiteral("record.not-found"),
            QCoreApplication::translate("RegPoint::Kiosk::RecordFiles",
                "This record is no longer at this point. Search again, or ask the supervisor.") };
    RecordFile file;
    file.view = RecordView::of(*record.value());
    const Result<std::optional<QString>> serial = m_workspace.serials().serialOf(id);
    if (!serial)
        return serial.failure();
    file.serial = serial.value();
    const Result<std::optional<ProvinceAnswer>> answer = m_workspace.sync().answerFor(id);
    if (!answer)
        return answer.failure();
    file.serialRefused = answer.value() && answer.value()->code == Exchange::ReceiptBody::kSerialTaken;
    // A corrected record's story begins with its earlier versions: oldest first.
    QList<QUuid> versions { id };
    for (QUuid earlier = record.value()->supersedes; !earlier.isNull() && versions.size() < kVersionsShown;) {
        versions.prepend(earlier);
        const Result<std::optional<CandidateRecord>> before = m_workspace.records().find(earlier);
        earlier = before && before.value() ? before.value()->supersedes : QUuid();
    }
    QHash<qint64, QString> names;
    if (const Result<QList<Operator>> operators = m_workspace.operatorStore().list(); operators)
        for (const Operator &op : operators.value())
            names.insert(op.id, op.displayName);
    for (const QUuid &version : versions) {
        const Result<QList<AuditEvent>> events = m_workspace.audit().eventsOf(Exchange::uuidText(version));
        if (!events)
            return events.failure();
        for (const AuditEvent &event : events.value())
            file.history.append({ event.at, event.action, event.outcome,
                event.operatorId ? names.value(*event.operatorId, QString::number(*event.operatorId)) : QString() });
    }
    return file;
}

} // namespace RegPoint::Kiosk
