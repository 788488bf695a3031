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
    qsizetype bytes = 0;
    for (const Exchange::ManifestRecord &line : manifest.records) {
        lines->insert(line.id, line);
        constexpr qsizetype kPerEntry = 64; // the hash's node and bucket
        bytes += qsizetype(sizeof line) + kPerEntry
            + qsizetype(sizeof(QChar)) * (line.sha256.size() + line.reason.size() + line.serial.size());
    }
    const QString key = batchKey(pointCode, manifest.batch);
    const std::lock_guard lock(m_mutex);
    if (m_batches.contains(key))
        return;
    m_bytes += bytes;
    m_batches.insert(key, std::move(lines));
    m_batchOrder.push_back({ key, bytes });
    while (m_bytes > kMaxBytes && !m_batchOrder.empty()) {
        m_batches.remove(m_batchOrder.front().key);
        m_bytes -= m_batchOrder.front().bytes;
        m_batchOrder.pop_front();
    }
}

} // namespace RegPoint::Intake
