#include "syncstrip.h"

#include "sync/syncmonitor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

namespace RegPoint::App {

using Phase = Kiosk::SyncView::Phase;

namespace {

QString stateName(Phase phase)
{
    switch (phase) {
    case Phase::UpToDate:
        return QStringLiteral("ok");
    case Phase::Sending:
    case Phase::Waiting:
        return QStringLiteral("busy");
    case Phase::Retrying:
    case Phase::NotConfigured:
        return QStringLiteral("warning");
    case Phase::Stopped:
        break;
    }
    return QStringLiteral("error");
}

// "in 2 min" / "in 40 s": when the next try is.
QString waitText(std::chrono::milliseconds delay)
{
    const qint64 seconds = (delay.count() + 999) / 1000;
    if (seconds >= 90)
        return SyncStrip::tr("in %n min", nullptr, int((seconds + 30) / 60));
    return SyncStrip::tr("in %n s", nullptr, int(std::max<qint64>(seconds, 1)));
}

} // namespace

SyncStrip::SyncStrip(Kiosk::SyncMonitor &monitor, QWidget *parent)
    : TranslatableWidget(parent)
    , m_monitor(monitor)
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncNow(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncStrip"));
    setAttribute(Qt::WA_StyledBackground); // the style sheet paints its background
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(320);
    m_progress->hide();
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setProperty("compact", true);
    m_syncNow->setMinimumHeight(48);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(16);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_syncNow);

    m_redraw.setSingleShot(true);
    m_redraw.setInterval(250);
    connect(&m_redraw, &QTimer::timeout, this, &SyncStrip::refresh);
    connect(&m_monitor, &Kiosk::SyncMonitor::changed, this, [this] {
        if (!m_redraw.isActive())
            m_redraw.start();
    });
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        m_monitor.syncNow();
        refresh();
    });
    SyncStrip::retranslate();
}

QString SyncStrip::stateText() const
{
    return m_state->text();
}

void SyncStrip::retranslate()
{
    m_syncNow->setText(tr("Sync now"));
    refresh();
}

void SyncStrip::refresh()
{
    show(m_monitor.view());
}

void SyncStrip::show(const Kiosk::SyncView &view)
{
    QString text;
    switch (view.phase) {
    case Phase::NotConfigured:
        text = tr("Sending to the province is not set up: records are kept safely here. Export them to a USB drive "
                  "at day end, or ask the technician to set up the server.");
        break;
    case Phase::UpToDate:
        text = view.lastSuccess.isValid() ? tr("Every record has reached the province (last checked %1).")
                                                .arg(view.lastSuccess.toString(QStringLiteral("HH:mm")))
                                          : tr("Every record has reached the province.");
        break;
    case Phase::Waiting:
        text = tr("%n sealed record(s) waiting to be sent; next sending %1.", nullptr, int(view.unsent))
                   .arg(waitText(view.nextIn));
        break;
    case Phase::Sending:
        text = tr("Sending to the province: %1 of %2 record(s).")
                   .arg(view.progress.recordsDone)
                   .arg(view.progress.recordsTotal);
        break;
    case Phase::Retrying:
        text = tr("The province's server cannot be reached right now. Nothing is lost: %n record(s) wait here "
                  "and are sent by themselves; next try %1.",
            nullptr, int(view.unsent))
                   .arg(waitText(view.nextIn));
        break;
    case Phase::Stopped:
        text = view.problem ? view.problem->message : tr("Sending has stopped. Call the technician.");
        break;
    }
    QString state = stateName(view.phase);
    // The records went through, but not everything did: said on a line of its own.
    if (view.sideProblem && (view.phase == Phase::UpToDate || view.phase == Phase::Waiting)) {
        text += u'\n' + view.sideProblem->message;
        state = QStringLiteral("warning");
    }
    m_state->setText(text);
    m_state->setProperty("state", state);
    style()->unpolish(m_state);
    style()->polish(m_state);

    const bool sending = view.phase == Phase::Sending && view.progress.recordsTotal > 0;
    m_progress->setVisible(sending);
    if (sending) {
        m_progress->setRange(0, int(view.progress.recordsTotal));
        m_progress->setValue(int(view.progress.recordsDone));
        m_progress->setFormat(
            tr("%1 / %2 KB").arg(view.progress.bytesDone / 1024).arg(view.progress.bytesTotal / 1024));
    }
    m_syncNow->setVisible(m_monitor.canSyncNow());
    m_syncNow->setEnabled(view.phase != Phase::Sending);
}

} // namespace RegPoint::App
