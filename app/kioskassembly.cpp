#include "kioskassembly.h"

#include "audit/auditlog.h"
#include "camera/qtcamerasource.h"
#include "camera/stillimagesource.h"
#include "camera/videofilesource.h"
#include "clock.h"
#include "idcard/idcardreaderfactory.h"
#include "idcard/readerprobe.h"
#include "idcard/samsimulatorport.h"
#include "idcard/serialidcardreader.h"
#include "idcard/simulatedcards.h"
#include "mainwindow.h"
#include "records/recordsealing.h"

#include <QCameraDevice>
#include <QCoreApplication>
#include <QKeySequence>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QShortcut>
#include <QSoundEffect>
#include <QThread>

Q_LOGGING_CATEGORY(lcAssembly, "regpoint.app")

namespace RegPoint::App {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::App::KioskAssembly)
};
// The configured profile, else the built-in default: a typo in kiosk.ini must not stop the desk.
Kiosk::PhotoProfile loadPhotoProfile(const QString &name)
{
    Kiosk::Result<Kiosk::PhotoProfile> profile = Kiosk::PhotoProfile::load(name);
    if (profile)
        return profile.value();
    qCWarning(lcAssembly) << "photo profile" << name << "unusable:" << profile.failure().message;
    return Kiosk::PhotoProfile::load(Kiosk::KioskSettings {}.photoProfile).value();
}

// kiosk.ini with its problems logged (they name keys and values, never personal data).
Kiosk::KioskSettings loadSettings(const QString &dataDir)
{
    QStringList problems;
    Kiosk::KioskSettings settings = Kiosk::KioskSettings::load(dataDir, &problems);
    for (const QString &problem : std::as_const(problems))
        qCWarning(lcAssembly).noquote() << "kiosk.ini:" << problem;
    return settings;
}

// A stopped camera is idle, not broken, unless it says why it stopped (unplugged).
Devices::DeviceState deviceStateFromCamera(Devices::CameraState state, bool hasProblem)
{
    switch (state) {
    case Devices::CameraState::Streaming:
        return Devices::DeviceState::Ready;
    case Devices::CameraState::Starting:
        return Devices::DeviceState::Connecting;
    case Devices::CameraState::Error:
        return Devices::DeviceState::Error;
    case Devices::CameraState::NotConnected:
        break;
    }
    return hasProblem ? Devices::DeviceState::Error : Devices::DeviceState::Ready;
}

} // namespace

KioskAssembly::KioskAssembly(std::unique_ptr<Kiosk::Workspace> ws, LanguageSwitcher &language,
    const DeviceOptions &options, Kiosk::FlowTimings timings)
    : workspace(std::move(ws))
    , photos(options.photoDecoderPath)
    , validator(workspace->nations(), workspace->regions())
    , settings(loadSettings(workspace->dataDir()))
    , photoProfile(loadPhotoProfile(settings.photoProfile))
    , photoInspector(photoProfile)
    , photoFixer(photoInspector)
    , photoAttempts(photoInspector, photoFixer, settings.photo)
    , flow(workspace->operators(), workspace->records(), workspace->registrar(), validator, photos, photoAttempts,
          workspace->clock(), timings)
    , sessionLock(workspace->operators(), workspace->clock(), settings.idleLock)
    , m_language(language)
    , m_readSound(std::make_unique<QSoundEffect>())
{
    attachCamera(options);
    // kiosk.ini is edited by hand: a change since the last start is an audit event.
    if (const Kiosk::Status audited = Kiosk::auditSettingsChange(workspace->audit(), workspace->dataDir()); !audited)
        qCWarning(lcAssembly) << "settings change not audited:" << audited.failure().code;
    attachSealing();
    window = std::make_unique<MainWindow>(
        flow, devices, workspace->nations(), workspace->clock(), language, *camera, photoProfile);
    sessionLock.setAuditLog(&workspace->audit());
    flow.setSessionLock(&sessionLock);
    window->attachSessionLock(sessionLock);
    m_readSound->setSource(QUrl(QStringLiteral("qrc:/sounds/card-read.wav")));
    m_readSound->setVolume(0.6f);

    if (options.simulate) {
        // The real serial driver, talking to a SAM simulator on a pseudo-terminal in this process.
        simulator = std::make_unique<Devices::SamSimulatorPort>();
        if (simulator->open()) {
            attachReader(
                std::make_unique<Devices::SerialIdCardReader>(simulator->slavePath(), options.readerTimings), true);
            auto *place = new QShortcut(QKeySequence(Qt::Key_F8), window.get());
            place->setContext(Qt::ApplicationShortcut);
            QObject::connect(place, &QShortcut::activated, window.get(), [this] { placeNextDemoCard(); });
            auto *remove = new QShortcut(QKeySequence(Qt::Key_F9), window.get());
            remove->setContext(Qt::ApplicationShortcut);
            QObject::connect(remove, &QShortcut::activated, window.get(), [this] { removeDemoCard(); });
        } else {
            qCWarning(lcAssembly) << "reader simulator unavailable:" << simulator->errorString();
        }
    } else if (!options.readerPort.isEmpty()) {
        attachReader(Devices::makeIdCardReader(options.readerPort, options.readerTimings), false);
    } else {
        findReader(options);
    }
}

// Complete records are sealed for the province as they are completed, and whatever waited
// (a crash, a point provisioned since) at start. A failure keeps the record; it is retried.
void KioskAssembly::attachSealing()
{
    Kiosk::RecordSealing &sealing = workspace->sealing();
    if (!sealing.canSeal())
        qCWarning(lcAssembly) << "point not provisioned: complete records wait unsealed";
    if (const Kiosk::Result<int> sealed = sealing.sealPending(); sealed && sealed.value() > 0)
        qCInfo(lcAssembly) << "sealed" << sealed.value() << "record(s) that waited";
    QObject::connect(
        &flow, &Kiosk::RegistrationFlow::recordCompleted, &flow, [&sealing](const QUuid &id, qint64 operatorId) {
            if (!sealing.canSeal())
                return;
            // The flow announces recordsChanged() right after this, so the list shows the seal.
            if (const Kiosk::Status sealed = sealing.seal(id, operatorId); !sealed)
                qCWarning(lcAssembly) << "record" << id.toString(QUuid::WithoutBraces)
                                      << "not sealed:" << sealed.failure().code;
        });
}

KioskAssembly::~KioskAssembly()
{
    // Closing the kiosk closes its part of the day: the audit chain's head, signed.
    if (const Kiosk::RecordSealer *sealer = workspace->sealer()) {
        if (const Kiosk::Status signedHead
            = workspace->audit().signHead(workspace->clock().now().toLocalTime().date(), *sealer);
            !signedHead)
            qCWarning(lcAssembly) << "audit head not signed:" << signedHead.failure().code;
    }
    if (reader)
        reader->stop();
}

void KioskAssembly::attachReader(std::unique_ptr<Devices::IdCardReader> newReader, bool simulated)
{
    reader = std::move(newReader);
    Devices::IdCardReader *r = reader.get();
    MainWindow *w = window.get();
    QObject::connect(
        r, &Devices::IdCardReader::statusChanged, &devices, [this, simulated](const Devices::ReaderStatus &status) {
            devices.setStatus(Devices::deviceStatusFromReader(status, simulated));
        });
    QObject::connect(r, &Devices::IdCardReader::cardRead, &flow, [this, w](const Devices::IdCardData &card) {
        if (flow.presentCard(card))
            m_readSound->play();
        else if (flow.step() == Kiosk::FlowStep::ManualEntry)
            w->showNotice(Tr::tr("A card was read while a form is open. Save or cancel the form, then lift and place "
                                 "the card again."),
                false);
    });
    QObject::connect(r, &Devices::IdCardReader::holdStillRequested, w,
        [w] { w->showNotice(Tr::tr("Keep the card still: reading it again…"), false, std::chrono::seconds(3)); });
    QObject::connect(r, &Devices::IdCardReader::readFailed, w,
        [w](const Devices::ReadFailure &failure) { w->showNotice(failure.message, true, std::chrono::seconds(10)); });
    devices.setStatus(Devices::deviceStatusFromReader(r->status(), simulated));
    r->start();
    if (simulated)
        w->showNotice(Tr::tr("Simulated ID card reader: F8 places a demo card, F9 takes it off."), false,
            std::chrono::seconds(15));
}

void KioskAssembly::attachCamera(const DeviceOptions &options)
{
    if (!options.simulate)
        camera = std::make_unique<Devices::QtCameraSource>(options.camera.toUtf8());
    else if (options.camera.isEmpty())
        camera = std::make_unique<Devices::StillImageSource>(QImage(QStringLiteral(":/camera/demo-frame.jpg")), 25);
    else if (QImage still(options.camera); !still.isNull())
        camera = std::make_unique<Devices::StillImageSource>(still, 25);
    else
        camera = std::make_unique<Devices::VideoFileSource>(options.camera);
    const bool simulated = options.simulate;
    auto publish = [this, simulated](const Devices::CameraStatus &status) {
        devices.setStatus({ Devices::DeviceKind::Camera, deviceStateFromCamera(status.state, !status.message.isEmpty()),
            simulated, status.message });
    };
    QObject::connect(camera.get(), &Devices::FrameSource::statusChanged, &devices, publish);
    Devices::CameraStatus initial = camera->status();
    if (!simulated && QMediaDevices::videoInputs().isEmpty())
        initial.message = Tr::tr("No camera found. Plug it in, or import the candidates' photo files.");
    publish(initial);
}

void KioskAssembly::findReader(const DeviceOptions &options)
{
    // Probing takes up to a second per port: off the GUI thread, so the login screen is usable at once.
    devices.setStatus({ Devices::DeviceKind::IdCardReader, Devices::DeviceState::Connecting, false,
        Tr::tr("Looking for the ID card reader…") });
    auto *worker = QThread::create([this, options] {
        QString found;
        for (const Devices::ProbeResult &r :
            Devices::probeReaderPorts(Devices::candidateReaderPorts(), std::chrono::milliseconds(500))) {
            if (r.answered) {
                found = r.port;
                break;
            }
        }
        QMetaObject::invokeMethod(window.get(), [this, found, options] {
            if (found.isEmpty()) {
                devices.setStatus({ Devices::DeviceKind::IdCardReader, Devices::DeviceState::Error, false,
                    Tr::tr("No ID card reader found. Plug it in and restart, or enter documents by hand.") });
                return;
            }
            qCInfo(lcAssembly) << "ID card reader found on" << found;
            attachReader(std::make_unique<Devices::SerialIdCardReader>(found, options.readerTimings), false);
        });
    });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void KioskAssembly::placeNextDemoCard()
{
    const QList<Devices::IdCardData> cards = Devices::demoCards();
    if (!simulator || cards.isEmpty())
        return;
    simulator->module().placeCard(cards.at(m_nextDemoCard % cards.size()));
    ++m_nextDemoCard;
}

void KioskAssembly::removeDemoCard() const
{
    if (simulator)
        simulator->module().removeCard();
}

} // namespace RegPoint::App
