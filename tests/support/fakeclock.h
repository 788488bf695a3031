#pragma once

#include "clock.h"

#include <QTimeZone>

#include <chrono>

namespace RegPoint::Tests {

// A clock that stands still until the test moves it.
class FakeClock final : public Kiosk::Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone(8 * 3600)))
        : m_now(std::move(start))
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time; }
    void advance(std::chrono::milliseconds by) { m_now = m_now.addMSecs(by.count()); }

private:
    QDateTime m_now;
};

} // namespace RegPoint::Tests
