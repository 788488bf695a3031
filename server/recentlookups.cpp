#include "recentlookups.h"

#include "jsonfields.h"

namespace RegPoint::Intake {

std::optional<QString> RecentLookups::enrolledFingerprint(const QString &pointCode)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_enrolments.constFind(pointCode);
    if (found == m_enrolments.cend() || found->until < Clock::now())
        return std::nullopt;
    return found->fingerprint;
}

void RecentLookups::keepEnrolment(const QString &pointCode, const QString &fingerprint)
{
    const std::lock_guard lock(m_mutex);
    m_enrolments.insert(pointCode, { fingerprint, Clock::now() + kEnrolmentTtl });
}

QString RecentLookups::batchKey(const QString &pointCode, const QUuid &batch)
{
    return pointCode + u'/' + Exchange::uuidText(batch);
}

RecentLookups::Listing RecentLookups::manifestLine(const QString &pointCode, const QUuid &batch, const QUuid &id)
{
    std::shared_ptr<const Lines> lines;
    {
        const std::lock_guard lock(m_mutex);
        lines = m_batches.value(batchKey(pointCode, batch));
    }
    if (!lines)
        return {};
    const auto found = lines->constFind(id);
    return { true, found == lines->cend() ? std::nullopt : std::optional(*found) };
}

void RecentLookups::keepManifest(const QString &pointCode, const Exchange::Manifest &manifest)
{
    auto lines = std::make_shared<Lines>();
    lines->reserve(manifest.records.size());
    for (const Exchange::ManifestRecord &line : manifest.records)
        lines->insert(line.id, line);
    const QString key = batchKey(pointCode, manifest.batch);
    const std::lock_guard lock(m_mutex);
    if (m_batches.contains(key))
        return;
    m_lines += lines->size();
    m_batches.insert(key, std::move(lines));
    m_batchOrder.push_back(key);
    while (m_lines > kMaxLines && m_batchOrder.size() > 1) {
        m_lines -= m_batches.take(m_batchOrder.front())->size();
        m_batchOrder.pop_front();
    }
}

} // namespace RegPoint::Intake
