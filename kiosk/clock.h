#pragma once

#include <QDateTime>

namespace RegPoint::Kiosk {

// Every time-dependent service takes a Clock, so tests and benchmarks control time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

} // namespace RegPoint::Kiosk
