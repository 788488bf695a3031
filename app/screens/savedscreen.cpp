#include "savedscreen.h"

#include "flow/registrationflow.h"
#include "printing/slipprinter.h"
#include "widgets/actionicon.h"
#include "widgets/screenparts.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace RegPoint::App {

SavedScreen::SavedScreen(Kiosk::RegistrationFlow &flow, Kiosk::SlipPrinter &slips, QWidget *parent)
    : TranslatableWidget(parent)
    , m_flow(flow)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_serial(new QLabel(this))
    , m_slips(slips)
    , m_slip(new QLabel(this))
    , m_reprint(new QPushButton(this))
    , m_nextSteps(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("savedScreen"));
    m_title->setObjectName(QStringLiteral("successTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_details->setObjectName(QStringLiteral("savedDetails"));
    m_details->setAlignment(Qt::AlignCenter);
    m_details->setTextFormat(Qt::PlainText);
    m_serial->setObjectName(QStringLiteral("savedSerial"));
    m_serial->setAlignment(Qt::AlignCenter);
    m_serial->setWordWrap(true);
    m_serial->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_slip->setObjectName(QStringLiteral("slipStatus"));
    m_slip->setAlignment(Qt::AlignCenter);
    m_slip->setWordWrap(true);
    m_reprint->setObjectName(QStringLiteral("reprintSlip"));
    setActionIcon(m_reprint, QStringLiteral("document-print"));
    m_nextSteps->setAlignment(Qt::AlignCenter);
    m_nextSteps->setWordWrap(true);
    m_nextSteps->setObjectName(QStringLiteral("hint"));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setObjectName(QStringLiteral("hint"));
    m_next->setObjectName(QStringLiteral("nextCandidate"));
    setActionIcon(m_next, QStringLiteral("go-next"));
    m_next->setProperty("primary", true);
    m_next->setMinimumWidth(420);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addSpacing(24);
    layout->addWidget(m_details);
    layout->addSpacing(16);
    layout->addWidget(m_serial);
    layout->addSpacing(8);
    layout->addWidget(m_slip);
    layout->addWidget(m_reprint, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_nextSteps);
    layout->addSpacing(32);
    layout->addWidget(m_next, 0, Qt::AlignHCenter);
    layout->addWidget(m_countdown);
    layout->addStretch(2);

    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &SavedScreen::updateCountdown);
    connect(m_next, &QPushButton::clicked, &m_flow, &Kiosk::RegistrationFlow::nextCandidate);
    connect(m_reprint, &QPushButton::clicked, &m_slips, &Kiosk::SlipPrinter::reprint);
    connect(&m_slips, &Kiosk::SlipPrinter::changed, this, &SavedScreen::showSlip);
    connect(&m_flow, &Kiosk::RegistrationFlow::stepChanged, this, [this](Kiosk::FlowStep step) {
        if (step == Kiosk::FlowStep::Saved)
            m_tick.start();
        else
            m_tick.stop();
    });
    SavedScreen::retranslate();
}

void SavedScreen::retranslate()
{
    m_title->setText(tr("✓ Record saved"));
    m_next->setText(tr("Next candidate"));
    m_reprint->setText(tr("Print the slip again"));
    refresh(); // the shown data holds translated texts too
}

void SavedScreen::refresh()
{
    const std::optional<Kiosk::RecordView> saved = m_flow.lastSavedView();
    if (!saved) {
        m_details->clear();
        m_serial->clear();
        m_nextSteps->clear();
        return;
    }
    // The number the candidate continues online with: the one thing on this screen they must keep.
    const std::optional<QString> &serial = m_flow.lastSavedSerial();
    m_serial->setVisible(saved->state == Kiosk::RecordState::PhotoOk);
    m_serial->setProperty("waiting", !serial.has_value());
    m_serial->setText(serial ? tr("Registration number  %1").arg(*serial)
                             : tr("No registration number left at this point: the record is kept and gets its number "
                                  "at the next sync. Connect the network and press Sync now."));
    m_serial->style()->unpolish(m_serial);
    m_serial->style()->polish(m_serial);
    m_nextSteps->setText(saved->state == Kiosk::RecordState::PhotoOk
            ? tr("The candidate continues online with this number. The record and its photo wait in this point's "
                 "queue.")
            : tr("The record waits in this point's queue. Its review, photo and the printed sheet follow."));
    m_details->setText(tr("%1   %2\nRecord %3, saved at %4")
                           .arg(saved->maskedName, saved->maskedIdNumber, saved->shortId,
                               saved->createdAt.toString(QStringLiteral("HH:mm:ss"))));
    showSlip();
}

void SavedScreen::showSlip()
{
    using State = Kiosk::SlipPrinter::State;
    const State state = m_slips.state();
    const std::optional<Kiosk::RecordView> saved = m_flow.lastSavedView();
    // The printer's state is of this record's slip only once its slip was sent.
    const bool numbered = m_flow.lastSavedSerial().has_value() && saved
        && (state == State::NoPrinter || (m_slips.slip() && m_slips.slip()->shortId == saved->shortId));
    m_slip->setVisible(numbered && state != State::Idle);
    m_slip->setText(m_slips.message());
    m_slip->setProperty("state",
        state == State::Failed || state == State::NoPrinter ? QStringLiteral("error")
            : state == State::Printed                       ? QStringLiteral("ok")
                                                            : QStringLiteral("busy"));
    m_slip->style()->unpolish(m_slip);
    m_slip->style()->polish(m_slip);
    m_reprint->setVisible(numbered && (state == State::Printed || state == State::Failed));
    // A slip still printing or failed keeps this notice up: the candidate must not leave without it.
    if (numbered && (state == State::Printing || state == State::Failed))
        m_flow.holdSavedNotice();
    else if (numbered)
        m_flow.resumeSavedNotice(); // printed (or no printer): the notice counts down as before
    updateCountdown();
}

void SavedScreen::updateCountdown()
{
    const auto remaining = m_flow.savedNoticeRemaining();
    const int seconds = int(std::ceil(double(remaining.count()) / 1000.0));
    m_countdown->setText(seconds > 0 ? tr("Back to the start screen in %n second(s).", nullptr, seconds) : QString());
}

} // namespace RegPoint::App
