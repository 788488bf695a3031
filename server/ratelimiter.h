#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <mutex>

namespace RegPoint::Intake {

// A token bucket per point (docs/sync-protocol.md: 200 requests/s, burst 1000: a day's batch of
// 1,000 records goes at once; a point that loops is slowed). Thread-safe.
class RateLimiter
{
public:
    struct Settings
    {
        double perSecond = 200;
        double burst = 1000;
    };
    using Clock = std::chrono::steady_clock;

    explicit RateLimiter(Settings settings)
        : m_settings(settings)
    { }

    // 0 when the request may go; otherwise the whole seconds to wait (Retry-After).
    int take(const QString &point, Clock::time_point now = Clock::now());

private:
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point at;
    };
    Settings m_settings;
    std::mutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace RegPoint::Intake
