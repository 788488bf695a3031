// regpoint: the registration-desk kiosk. This file is the composition root: it reads the
// command line, builds the workspace, devices, flow and window, and hands each to the next.

#include "clock.h"
#include "crypto/demoprovince.h"
#include "io/residentmemory.h"
#include "kioskassembly.h"
#include "kiosklook.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "photo/photoheap.h"
#include "screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QMessageBox>
#include <QScreen>
#include <QTextStream>

#include <QTimer>
#include <sys/stat.h>

using namespace RegPoint;

namespace {

// For the start-up benchmark: prints the time to the first painted frame of the window and quits.
class FirstPaintReporter : public QObject
{
public:
    explicit FirstPaintReporter(const QElapsedTimer &sinceStart)
        : m_sinceStart(sinceStart)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            // Where and how large it was shown: the session test checks a full screen under cage.
            const QSize window = static_cast<QWidget *>(watched)->size();
            const QSize screen = static_cast<QWidget *>(watched)->screen()->size();
            QTimer::singleShot(0, qApp, [this, window, screen] {
                QTextStream(stdout) << "shown_ms " << m_sinceStart.elapsed() << Qt::endl
                                    << "rss_kb " << Kiosk::residentKilobytes() << Qt::endl
                                    << "platform " << QGuiApplication::platformName() << Qt::endl
                                    << "window " << window.width() << 'x' << window.height() << Qt::endl
                                    << "screen " << screen.width() << 'x' << screen.height() << Qt::endl;
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_sinceStart;
    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Everything RegPoint writes (database, WAL, exports) is for its own user only.
    ::umask(077);
    Kiosk::keepImageBuffersInHeap();
    // --screenshots needs no display; choose the platform before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshots") == 0 && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RegPoint"));
    QApplication::setApplicationName(QStringLiteral("RegPoint"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("RegPoint registration-point kiosk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Data directory (default: %1).").arg(Kiosk::Workspace::defaultDataDir()), QStringLiteral("DIR"),
        Kiosk::Workspace::defaultDataDir());
    const QCommandLineOption windowed(
        QStringLiteral("windowed"), QStringLiteral("Run in a normal window instead of full screen (development)."));
    const QCommandLineOption simulate(
        QStringLiteral("simulate"), QStringLiteral("Use the built-in device simulators instead of hardware."));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("UI language: zh_CN (default) or en."),
        QStringLiteral("CODE"), QStringLiteral("zh_CN"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
        QStringLiteral("Render every screen in zh_CN and en to PNG files in DIR, then exit."), QStringLiteral("DIR"));
    const QCommandLineOption readerPort(QStringLiteral("reader-port"),
        QStringLiteral("ID card reader: a serial port path, or usb[:VID:PID] (default: probe the serial ports)."),
        QStringLiteral("PATH"));
    const QCommandLineOption photoDecoder(QStringLiteral("photo-decoder"),
        QStringLiteral("The ID card photo decoder plug-in (docs/idcard-reader.md)."), QStringLiteral("LIB"),
        qEnvironmentVariable("REGPOINT_WLT_DECODER"));
    const QCommandLineOption camera(QStringLiteral("camera"),
        QStringLiteral("Camera device id (default: the system camera); with --simulate, a video or image file to show "
                       "instead of the demo picture."),
        QStringLiteral("ID|FILE"));
    const QCommandLineOption intake(QStringLiteral("intake"),
        QStringLiteral("The province's intake server (https://host:port) instead of kiosk.ini's [sync] intake."),
        QStringLiteral("URL"));
    const QCommandLineOption exitWhenShown(QStringLiteral("exit-when-shown"),
        QStringLiteral("Quit once the first screen is on screen (start-up benchmark)."));
    parser.addOptions({ dataDir, windowed, simulate, language, screenshots, readerPort, photoDecoder, camera, intake,
        exitWhenShown });
    parser.process(app);

    App::applyKioskLook(app);
    App::LanguageSwitcher languages;
    const auto chosen = App::LanguageSwitcher::fromCode(parser.value(language));
    if (!chosen) {
        QTextStream(stderr) << "Unknown language " << parser.value(language) << "; use zh_CN or en." << Qt::endl;
        return 2;
    }
    if (parser.isSet(screenshots))
        return App::renderScreenshots(parser.value(screenshots), languages);
    languages.setLanguage(*chosen);

    Kiosk::SystemClock clock;
    if (parser.isSet(simulate)) {
        // The simulator seals to a local DEMO province unless a real one was provisioned.
        if (const Status demo = Kiosk::DemoProvince(parser.value(dataDir))
                                    .provisionPoint(Kiosk::DemoProvince::defaultPointCode(), clock.now());
            !demo)
            QTextStream(stderr) << "demo province: " << demo.failure().message << Qt::endl;
    }
    auto workspace = Kiosk::Workspace::open(parser.value(dataDir), clock);
    if (!workspace) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "RegPoint cannot start"), workspace.failure().message);
        return 1;
    }
    App::KioskOptions options;
    options.simulate = parser.isSet(simulate);
    options.readerPort = parser.value(readerPort);
    options.photoDecoderPath = parser.value(photoDecoder);
    options.camera = parser.value(camera);
    options.intake = QUrl(parser.value(intake));
    options.provisionAtFirstRun = !parser.isSet(simulate);
    App::KioskAssembly kiosk(std::move(workspace).value(), languages, options);
    if (const Status started = kiosk.flow().start(); !started) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "RegPoint cannot start"), started.failure().message);
        return 1;
    }
    if (parser.isSet(windowed)) {
        kiosk.window().resize(1366, 768);
        kiosk.window().show();
    } else {
        kiosk.window().setWindowFlag(Qt::FramelessWindowHint);
        kiosk.window().showFullScreen();
    }
    FirstPaintReporter reporter(sinceStart);
    if (parser.isSet(exitWhenShown))
        kiosk.window().installEventFilter(&reporter);
    return app.exec();
}
