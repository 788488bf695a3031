#include "desksettingspanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace RegPoint::App {

DeskSettingsPanel::DeskSettingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_idleCaption(new QLabel(this))
    , m_idleLock(new QSpinBox(this))
    , m_attemptsCaption(new QLabel(this))
    , m_attempts(new QSpinBox(this))
    , m_autoCapture(new QCheckBox(this))
    , m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("deskSettings"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_idleLock->setObjectName(QStringLiteral("settingsIdleLock"));
    m_idleLock->setRange(30, 3600); // the range kiosk.ini accepts
    m_idleLock->setSingleStep(30);
    m_attempts->setObjectName(QStringLiteral("settingsAttempts"));
    m_attempts->setRange(1, 20);
    m_autoCapture->setObjectName(QStringLiteral("settingsAutoCapture"));
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setProperty("primary", true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 8, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->addWidget(m_title, 0, 0, 1, 4);
    grid->addWidget(m_idleCaption, 1, 0);
    grid->addWidget(m_attemptsCaption, 1, 1);
    grid->addWidget(m_idleLock, 2, 0);
    grid->addWidget(m_attempts, 2, 1);
    grid->addWidget(m_autoCapture, 2, 2);
    grid->addWidget(m_save, 2, 3);
    grid->setColumnStretch(2, 1);

    connect(m_save, &QPushButton::clicked, this, &DeskSettingsPanel::saveRequested);
    retranslate();
}

void DeskSettingsPanel::load(const Kiosk::DeskSettings &settings)
{
    m_idleLock->setValue(int(settings.idleLock.count()));
    m_attempts->setValue(settings.attemptsBeforeOverride);
    m_autoCapture->setChecked(settings.autoCapture);
}

Kiosk::DeskSettings DeskSettingsPanel::value() const
{
    return { std::chrono::seconds(m_idleLock->value()), m_attempts->value(), m_autoCapture->isChecked() };
}

void DeskSettingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeskSettingsPanel::retranslate()
{
    m_title->setText(tr("Desk settings (take effect at once)"));
    m_idleCaption->setText(tr("Lock an idle desk after"));
    m_idleLock->setSuffix(tr(" s"));
    m_attemptsCaption->setText(tr("Failed photo attempts before a supervisor"));
    m_autoCapture->setText(tr("The camera takes the photo when the candidate is still"));
    m_save->setText(tr("Save settings"));
}

} // namespace RegPoint::App
