#include "liveanalyser.h"

namespace RegPoint::Kiosk {

class LiveAnalyser::Worker : public QObject
{
    Q_OBJECT

public:
    explicit Worker(PhotoProfile profile)
        : m_inspector(std::move(profile))
    { }

    void analyse(const QImage &frame) { Q_EMIT analysed(m_inspector.analyseLive(frame)); }

Q_SIGNALS:
    void analysed(const RegPoint::Kiosk::LiveGuidance &guidance);

private:
    PhotoInspector m_inspector; // its own cascades: OpenCV classifiers are not shared across threads
};

LiveAnalyser::LiveAnalyser(PhotoProfile profile, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(profile)))
{
    qRegisterMetaType<LiveGuidance>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::analysed, this, &LiveAnalyser::finished, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("live-analyser"));
    m_thread.start(QThread::LowPriority);
}

LiveAnalyser::~LiveAnalyser()
{
    m_thread.quit();
    m_thread.wait();
}

void LiveAnalyser::submit(const QImage &frame)
{
    if (m_busy) {
        if (m_pending)
            ++m_dropped;
        m_pending = frame;
        return;
    }
    send(frame);
}

void LiveAnalyser::send(const QImage &frame)
{
    m_busy = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, frame] { worker->analyse(frame); }, Qt::QueuedConnection);
}

void LiveAnalyser::finished(const LiveGuidance &guidance)
{
    m_busy = false;
    ++m_analysed;
    Q_EMIT guidanceReady(guidance);
    if (m_pending) {
        const QImage next = *std::exchange(m_pending, std::nullopt);
        send(next);
    }
}

} // namespace RegPoint::Kiosk

#include "liveanalyser.moc"
