#pragma once

#include <QList>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace RegPoint::Bench {

// Nearest-rank percentile of samples in milliseconds.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

inline void report(const QString &what, const QList<double> &samples)
{
    QTextStream(stdout) << what << ": n=" << samples.size()
                        << " p50=" << QString::number(percentile(samples, 50), 'f', 2)
                        << " ms p95=" << QString::number(percentile(samples, 95), 'f', 2)
                        << " ms p99=" << QString::number(percentile(samples, 99), 'f', 2)
                        << " ms max=" << QString::number(*std::max_element(samples.begin(), samples.end()), 'f', 2)
                        << " ms" << Qt::endl;
}

} // namespace RegPoint::Bench
