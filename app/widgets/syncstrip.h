#pragma once

#include "widgets/translatablewidget.h"

#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace RegPoint::Kiosk {
class SyncMonitor;
struct SyncView;
} // namespace RegPoint::Kiosk

namespace RegPoint::App {

// Where sending to the province stands, in one line the clerk can read at a glance: everything
// delivered, how many wait and when the next try is, a progress bar while sending, or the one
// reason sending stopped and what to do. "立即同步" sends now.
class SyncStrip : public TranslatableWidget
{
    Q_OBJECT

public:
    explicit SyncStrip(Kiosk::SyncMonitor &monitor, QWidget *parent = nullptr);

    QString stateText() const;

private:
    void retranslate() override;
    void refresh();
    void show(const Kiosk::SyncView &view);

    Kiosk::SyncMonitor &m_monitor;
    QLabel *m_state;
    QProgressBar *m_progress;
    QPushButton *m_syncNow;
    // Progress arrives per record; the line is redrawn at most a few times a second.
    QTimer m_redraw;
};

} // namespace RegPoint::App
