#include "photoscreen.h"

#include "camera/framesource.h"
#include "flow/registrationflow.h"
#include "io/regularfile.h"
#include "photo/liveanalyser.h"
#include "photooverridepanel.h"
#include "widgets/actionicon.h"
#include "widgets/banner.h"
#include "widgets/checklist.h"
#include "widgets/livepreview.h"
#include "widgets/photoframe.h"
#include "widgets/removablemedia.h"
#include "widgets/screenparts.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace RegPoint::App {

using namespace RegPoint::Kiosk;

namespace {

// A candidate's photo is a few hundred KB at most; anything much larger is not one.
constexpr qint64 kMaxImportBytes = qint64(20) * 1024 * 1024;

constexpr QSize kPreviewSize { 448, 336 };

PhotoFrame *photoFrame(const char *name, QSize size, QWidget *parent)
{
    auto *frame = new PhotoFrame(size, parent);
    frame->setObjectName(QString::fromLatin1(name));
    return frame;
}

} // namespace

PhotoScreen::PhotoScreen(RegistrationFlow &flow, Devices::FrameSource &camera, LiveAnalyser &analyser,
    const PhotoProfile &profile, QWidget *parent)
    : TranslatableWidget(parent)
    , m_flow(flow)
    , m_camera(camera)
    , m_analyser(analyser)
    , m_title(new QLabel(this))
    , m_banner(new Banner(this))
    , m_preview(new LivePreview(profile, this))
    , m_hint(new QLabel(this))
    , m_autoCapture(new QCheckBox(this))
    , m_cardCaption(new QLabel(this))
    , m_cardPhoto(photoFrame("cardPhoto", { 204, 252 }, this))
    , m_resultCaption(new QLabel(this))
    , m_resultPhoto(photoFrame("resultPhoto", { 240, 320 }, this))
    , m_checks(new CheckList(this))
    , m_override(new PhotoOverridePanel(this))
    , m_later(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_askSupervisor(new QPushButton(this))
    , m_take(new QPushButton(this))
    , m_use(new QPushButton(this))
{
    setObjectName(QStringLiteral("photoScreen"));
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_hint->setObjectName(QStringLiteral("liveHint"));
    m_hint->setWordWrap(true);
    m_autoCapture->setObjectName(QStringLiteral("autoCapture"));
    m_autoCapture->setChecked(m_flow.photoAttempts().policy().autoCapture);
    m_preview->setFixedSize(kPreviewSize);
    m_later->setObjectName(QStringLiteral("photoLater"));
    m_import->setObjectName(QStringLiteral("importPhoto"));
    m_askSupervisor->setObjectName(QStringLiteral("askSupervisor"));
    m_take->setObjectName(QStringLiteral("takePhoto"));
    setActionIcon(m_take, QStringLiteral("camera-photo"));
    m_take->setProperty("primary", true);
    m_use->setObjectName(QStringLiteral("usePhoto"));
    setActionIcon(m_use, QStringLiteral("dialog-ok-apply"));
    m_use->setProperty("primary", true);
    m_override->hide();

    auto *live = new QVBoxLayout;
    live->addWidget(m_preview);
    live->addWidget(m_hint);
    live->addStretch();
    auto *cardColumn = new QVBoxLayout;
    cardColumn->addWidget(m_cardCaption);
    cardColumn->addWidget(m_cardPhoto);
    cardColumn->addStretch();
    auto *resultColumn = new QVBoxLayout;
    resultColumn->addWidget(m_resultCaption);
    resultColumn->addWidget(m_resultPhoto);
    resultColumn->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_checks);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setAutoFillBackground(false);
    m_checks->setAutoFillBackground(false);
    auto *top = new QHBoxLayout;
    top->setSpacing(20);
    top->addLayout(live);
    top->addLayout(cardColumn);
    top->addLayout(resultColumn);
    top->addWidget(scroll, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_later);
    buttons->addWidget(m_import);
    buttons->addSpacing(16);
    buttons->addWidget(m_autoCapture);
    buttons->addStretch();
    buttons->addWidget(m_askSupervisor);
    buttons->addWidget(m_take);
    buttons->addWidget(m_use);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addLayout(top, 1);
    layout->addWidget(m_override);
    layout->addLayout(buttons);

    connect(&m_camera, &Devices::FrameSource::frameReady, this, &PhotoScreen::handleFrame);
    connect(&m_camera, &Devices::FrameSource::statusChanged, this, &PhotoScreen::handleCameraStatus);
    connect(&m_analyser, &LiveAnalyser::guidanceReady, this, &PhotoScreen::handleGuidance);
    connect(m_take, &QPushButton::clicked, this, &PhotoScreen::capture);
    connect(m_use, &QPushButton::clicked, this, &PhotoScreen::accept);
    connect(m_import, &QPushButton::clicked, this, &PhotoScreen::chooseFile);
    connect(m_later, &QPushButton::clicked, &m_flow, &RegistrationFlow::deferPhoto);
    connect(m_askSupervisor, &QPushButton::clicked, this, [this] {
        m_override->reset();
        m_override->show();
    });
    connect(m_override, &PhotoOverridePanel::approveRequested, this, &PhotoScreen::approveOverride);
    connect(m_override, &PhotoOverridePanel::cancelled, m_override, &QWidget::hide);
    connect(&m_flow, &RegistrationFlow::stepChanged, this, [this](FlowStep step) {
        if (step != FlowStep::Photo)
            stopCamera();
    });
    m_sinceStart.start();
    PhotoScreen::retranslate();
}

PhotoScreen::~PhotoScreen() = default;

// On a larger screen the clerk sees the face larger, live and taken.
void PhotoScreen::resizeEvent(QResizeEvent *event)
{
    const double scale = photoScale(*this);
    m_preview->setFixedSize(kPreviewSize * scale);
    m_cardPhoto->setScale(scale);
    m_resultPhoto->setScale(scale);
    TranslatableWidget::resizeEvent(event);
}

void PhotoScreen::retranslate()
{
    m_autoCapture->setText(tr("Auto capture when still"));
    m_cardCaption->setText(tr("ID card photo"));
    m_resultCaption->setText(tr("New photo"));
    m_later->setText(tr("Photo later"));
    m_import->setText(tr("Import photo file…"));
    m_askSupervisor->setText(tr("Supervisor override…"));
    m_take->setText(m_take->property("primary").toBool() ? tr("Take photo") : tr("Take another"));
    m_use->setText(tr("Use this photo"));
    m_preview->setPlaceholder(
        m_camera.status().message.isEmpty() ? tr("Starting the camera…") : m_camera.status().message);
    m_flow.rewordPhotoAttempt(); // the checks of the photo on screen, said again
    refresh();
}

void PhotoScreen::refresh()
{
    const auto &subject = m_flow.photoSubject();
    m_banner->clear();
    m_override->reset();
    m_override->hide();
    m_stabilizer.reset();
    if (!subject) {
        stopCamera();
        return;
    }
    m_title->setText(tr("Photo: %1   %2").arg(subject->shown.maskedName, subject->shown.maskedIdNumber));
    // Each candidate starts from the point's setting; the clerk's choice holds for their retakes.
    if (subject->record.id != m_policyAppliedFor) {
        m_policyAppliedFor = subject->record.id;
        m_autoCapture->setChecked(m_flow.photoAttempts().policy().autoCapture);
    }
    if (subject->cardPhoto.isNull())
        m_cardPhoto->setPlaceholder(tr("No card photo to compare"));
    else
        m_cardPhoto->setImage(subject->cardPhoto);
    if (const auto &last = m_flow.photoAttempts().last())
        showAttempt(*last);
    else {
        m_resultPhoto->setPlaceholder(tr("The new photo appears here."));
        m_checks->clear();
    }
    if (m_flow.step() == FlowStep::Photo && m_camera.status().state == Devices::CameraState::NotConnected)
        m_camera.start();
    updateButtons();
}

void PhotoScreen::stopCamera()
{
    if (m_camera.status().state != Devices::CameraState::NotConnected)
        m_camera.stop();
    m_preview->clear();
    m_newestFrame = QImage();
    m_ready = false;
}

void PhotoScreen::handleCameraStatus(const Devices::CameraStatus &status)
{
    if (status.state != Devices::CameraState::Streaming) {
        m_preview->clear();
        m_preview->setPlaceholder(status.message.isEmpty() ? tr("Starting the camera…") : status.message);
        m_newestFrame = QImage();
        m_ready = false;
        if (status.state == Devices::CameraState::Error)
            m_hint->setText(tr("No camera picture. Import the candidate's photo file, or choose \"Photo later\"."));
        updateButtons();
    }
}

void PhotoScreen::handleFrame(const QImage &frame)
{
    if (m_flow.step() != FlowStep::Photo)
        return;
    m_newestFrame = frame;
    m_preview->setFrame(frame);
    m_analyser.submit(frame);
}

void PhotoScreen::handleGuidance(const LiveGuidance &guidance)
{
    if (m_flow.step() != FlowStep::Photo)
        return;
    m_preview->setGuidance(guidance);
    m_ready = guidance.readyToCapture;
    const auto &last = m_flow.photoAttempts().last();
    const bool waitingForClerk = last && last->isCompliant(); // a good photo is on screen: do not replace it
    showLiveHint(guidance, waitingForClerk);

    const std::chrono::milliseconds now(m_sinceStart.elapsed());
    const bool fire = m_stabilizer.update(guidance, now);
    m_preview->setCaptureProgress(m_autoCapture->isChecked() && !waitingForClerk ? m_stabilizer.progress(now) : 0);
    if (fire && m_autoCapture->isChecked() && !waitingForClerk)
        capture();
    updateButtons();
}

// Once a usable photo is taken, the live hint speaks of that photo, not of the camera's next.
void PhotoScreen::showLiveHint(const LiveGuidance &guidance, bool photoWaiting)
{
    if (photoWaiting)
        return showPhotoTakenHint();
    const PhotoCheck *hint = guidance.hint();
    m_hint->setProperty("state", m_ready ? QStringLiteral("ok") : QStringLiteral("warning"));
    m_hint->setText(hint && !m_ready ? hint->message : tr("Ready: hold still."));
    repolish(m_hint);
}

void PhotoScreen::showPhotoTakenHint()
{
    m_hint->setProperty("state", QString());
    m_hint->setText(tr("Photo taken: check it on the right, then use it or take another."));
    repolish(m_hint);
}

void PhotoScreen::capture()
{
    if (m_newestFrame.isNull())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const PhotoAttempt *attempt = m_flow.submitPhoto(m_newestFrame);
    QGuiApplication::restoreOverrideCursor();
    if (attempt)
        showAttempt(*attempt);
}

bool PhotoScreen::importFile(const QString &path)
{
    // Only a regular file, refused by its size before reading: a FIFO or a device on a stick
    // would otherwise block the desk or never end.
    const Result<QByteArray> bytes = readRegularFile(path, kMaxImportBytes);
    if (!bytes) {
        if (bytes.failure().code == u"file.too-large")
            m_banner->showMessage(
                [] { return tr("The file is too large to be a photo. Choose the candidate's photo file."); });
        else
            m_banner->showFailure(bytes.failure());
        return false;
    }
    const PhotoAttempt *attempt = m_flow.submitPhotoFile(bytes.value());
    if (!attempt)
        return false;
    showAttempt(*attempt);
    return attempt->isCompliant();
}

void PhotoScreen::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Candidate's photo file"), removableMediaDir(),
        tr("Photos (*.jpg *.jpeg *.png *.bmp)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        importFile(path);
}

void PhotoScreen::showAttempt(const PhotoAttempt &attempt)
{
    QList<CheckLine> lines;
    for (const PhotoCheck &c : attempt.report.checks)
        lines.append({ c.id, c.ok, c.severity == PhotoSeverity::Error, c.message });
    m_checks->setLines(lines, true);
    if (attempt.image.isNull())
        m_resultPhoto->setPlaceholder(tr("No photo could be made from this."));
    else
        m_resultPhoto->setImage(attempt.image);
    const bool warned = std::any_of(attempt.report.checks.begin(), attempt.report.checks.end(),
        [](const PhotoCheck &c) { return !c.ok && c.severity == PhotoSeverity::Warn; });
    // One verdict: a photo with points to look at is usable, not a plain success.
    if (attempt.isCompliant() && warned)
        m_banner->showMessage(
            [] {
                return tr("The photo can be used, but look at the points marked ! first. Compare it with the ID card "
                          "photo, then use it or take another.");
            },
            Banner::Kind::Warning);
    else if (attempt.isCompliant())
        m_banner->showMessage(
            [] { return tr("The photo meets the rules. Compare it with the ID card photo, then use it."); },
            Banner::Kind::Success);
    if (attempt.isCompliant())
        showPhotoTakenHint();
    else if (attempt.unfixable)
        m_banner->showFailure(*attempt.unfixable);
    else if (const PhotoCheck *first = attempt.report.mostImportant())
        m_banner->showMessage([message = first->message] { return message; });
    updateButtons();
}

void PhotoScreen::accept()
{
    if (const Status stored = m_flow.acceptPhoto(); !stored)
        m_banner->showFailure(stored.failure());
}

void PhotoScreen::approveOverride(const QString &supervisor, const QString &password, const QString &reason)
{
    if (const Status stored = m_flow.overridePhoto(supervisor, password, reason); !stored)
        m_override->showProblem(stored.failure().message);
    else
        m_override->reset();
}

void PhotoScreen::updateButtons()
{
    const auto &last = m_flow.photoAttempts().last();
    const bool usable = last && last->isCompliant();
    m_take->setEnabled(m_ready && !m_newestFrame.isNull());
    m_use->setEnabled(usable);
    // One primary action: taking the photo, or using the one taken.
    if (m_take->property("primary").toBool() == usable) {
        m_take->setProperty("primary", !usable);
        m_take->setText(usable ? tr("Take another") : tr("Take photo"));
        repolish(m_take);
    }
    m_askSupervisor->setVisible(m_flow.photoAttempts().overrideAvailable());
}

} // namespace RegPoint::App
