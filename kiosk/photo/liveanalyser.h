#pragma once

#include "photo/photoinspector.h"

#include <QImage>
#include <QObject>
#include <QThread>

#include <optional>

namespace RegPoint::Kiosk {

// Runs the live guidance off the GUI thread so the preview keeps its frame rate whatever the
// analysis costs. Frames that arrive while one is being analysed are not queued: only the newest
// waits, so the guidance is never more than one analysis behind the picture.
class LiveAnalyser : public QObject
{
    Q_OBJECT

public:
    explicit LiveAnalyser(PhotoProfile profile, QObject *parent = nullptr);
    ~LiveAnalyser() override;

    void submit(const QImage &frame); // from the GUI thread; cheap
    qint64 analysedCount() const { return m_analysed; }
    qint64 droppedCount() const { return m_dropped; }

Q_SIGNALS:
    void guidanceReady(const RegPoint::Kiosk::LiveGuidance &guidance);

private:
    class Worker;
    void finished(const LiveGuidance &guidance);
    void send(const QImage &frame);

    QThread m_thread;
    Worker *m_worker;
    bool m_busy = false;
    std::optional<QImage> m_pending;
    qint64 m_analysed = 0;
    qint64 m_dropped = 0;
};

} // namespace RegPoint::Kiosk

Q_DECLARE_METATYPE(RegPoint::Kiosk::LiveGuidance)
