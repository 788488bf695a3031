#pragma once

#include "settings/kiosksettings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace RegPoint::App {

// The settings a point's administrator changes at the desk: how soon an idle desk locks, how many
// failed photo attempts before a supervisor may accept one, and whether the camera takes the photo
// by itself. Saving is the administration's: this panel only holds the values.
class DeskSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DeskSettingsPanel(QWidget *parent = nullptr);

    void load(const Kiosk::DeskSettings &settings);
    Kiosk::DeskSettings value() const;

Q_SIGNALS:
    void saveRequested();

private:
    void changeEvent(QEvent *event) override;
    void retranslate();

    QLabel *m_title;
    QLabel *m_idleCaption;
    QSpinBox *m_idleLock;
    QLabel *m_attemptsCaption;
    QSpinBox *m_attempts;
    QCheckBox *m_autoCapture;
    QPushButton *m_save;
};

} // namespace RegPoint::App
