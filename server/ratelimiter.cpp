#include "ratelimiter.h"

#include <cmath>

namespace RegPoint::Intake {

int RateLimiter::take(const QString &point, Clock::time_point now)
{
    const std::lock_guard lock(m_mutex);
    auto found = m_buckets.find(point);
    if (found == m_buckets.end())
        found = m_buckets.insert(point, Bucket { m_settings.burst, now });
    Bucket &bucket = *found;
    const double elapsed = std::chrono::duration<double>(now - bucket.at).count();
    bucket.tokens = std::min(m_settings.burst, bucket.tokens + elapsed * m_settings.perSecond);
    bucket.at = now;
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
    }
    return std::max(1, int(std::ceil((1 - bucket.tokens) / m_settings.perSecond)));
}

} // namespace RegPoint::Intake
