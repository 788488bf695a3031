#include "camera/stillimagesource.h"
#include "crypto/demoprovince.h"
#include "crypto/machineprovisioning.h"
#include "day/readinessrun.h"
#include "deviceboard.h"
#include "tempworkspace.h"
#include "testreadiness.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;
using Devices::DeviceState;

namespace {

// A camera that starts and then never delivers a picture (a covered lens, a dead USB hub).
class SilentCamera final : public Devices::FrameSource
{
public:
    Devices::CameraStatus status() const override { return m_status; }
    void start() override { publish(Devices::CameraState::Starting); }
    void stop() override { publish(Devices::CameraState::NotConnected); }
    int starts = 0;

private:
    void publish(Devices::CameraState state)
    {
        starts += state == Devices::CameraState::Starting;
        m_status.state = state;
        Q_EMIT statusChanged(m_status);
    }
    Devices::CameraStatus m_status;
};

ReadinessFinding findingOf(const ReadinessReport &report, ReadinessItem item)
{
    for (const ReadinessFinding &finding : report.findings) {
        if (finding.item == item)
            return finding;
    }
    return {};
}

} // namespace

// The start-of-day check: what each fact makes of its line, where it turns from pass to warning to
// failure, and the check run against a real data folder and real device signals.
class tst_Readiness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aReadyDeskPassesEveryLine()
    {
        const ReadinessReport report = passingCheck(now());
        QCOMPARE(report.findings.size(), 9);
        for (const ReadinessFinding &finding : report.findings) {
            QVERIFY2(finding.verdict == Verdict::Pass, qPrintable(finding.code));
            QVERIFY(!finding.detail.isEmpty());
            QVERIFY(!readinessItemName(finding.item).isEmpty());
        }
        QVERIFY(report.passed());
        QVERIFY(report.codesWith(Verdict::Fail).isEmpty());
    }

    void eachFactTurnsItsLine_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("item");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("code");
        const auto row = [](const char *name, int change, ReadinessItem item, Verdict verdict, const char *code) {
            QTest::newRow(name) << change << int(item) << int(verdict) << QString::fromLatin1(code);
        };
        row("reader connecting", 0, ReadinessItem::Reader, Verdict::Waiting, "reader.connecting");
        row("reader connecting, time up", 1, ReadinessItem::Reader, Verdict::Fail, "reader.no-answer");
        row("reader unplugged", 2, ReadinessItem::Reader, Verdict::Fail, "reader.error");
        row("no reader set up", 3, ReadinessItem::Reader, Verdict::Fail, "reader.missing");
        row("camera starting", 4, ReadinessItem::Camera, Verdict::Waiting, "camera.starting");
        row("camera no picture in time", 5, ReadinessItem::Camera, Verdict::Fail, "camera.no-frames");
        row("printer out of paper", 6, ReadinessItem::Printer, Verdict::Fail, "printer.error");
        row("disk 2 GiB less a byte", 7, ReadinessItem::Disk, Verdict::Warning, "disk.low");
        row("disk 512 MiB less a byte", 8, ReadinessItem::Disk, Verdict::Fail, "disk.full");
        row("disk unknown", 9, ReadinessItem::Disk, Verdict::Warning, "disk.unknown");
        row("clock set back 3 minutes", 10, ReadinessItem::Clock, Verdict::Fail, "clock.behind");
        row("clock behind by a minute is drift", 11, ReadinessItem::Clock, Verdict::Pass, "clock.ok");
        row("clock at the BIOS default", 12, ReadinessItem::Clock, Verdict::Fail, "clock.implausible");
        row("audit broken", 13, ReadinessItem::AuditLog, Verdict::Fail, "audit.broken");
        row("not provisioned", 14, ReadinessItem::Keys, Verdict::Fail, "keys.not-provisioned");
        row("keys unreadable", 15, ReadinessItem::Keys, Verdict::Fail, "keys.unreadable");
        row("certificate expired", 16, ReadinessItem::Keys, Verdict::Fail, "keys.expired");
        row("certificate 29 days left", 17, ReadinessItem::Keys, Verdict::Warning, "keys.expiring");
        row("certificate 31 days left", 18, ReadinessItem::Keys, Verdict::Pass, "keys.ok");
        row("no province settings", 19, ReadinessItem::Config, Verdict::Warning, "config.none");
        row("settings 8 days old", 20, ReadinessItem::Config, Verdict::Warning, "config.stale");
        row("unsent from today", 21, ReadinessItem::Unsent, Verdict::Pass, "unsent.today");
        row("unsent from yesterday evening", 22, ReadinessItem::Unsent, Verdict::Warning, "unsent.yesterday");
        row("unsent past the province's 24 h", 23, ReadinessItem::Unsent, Verdict::Fail, "unsent.too-old");
        row("outbox unreadable", 24, ReadinessItem::Unsent, Verdict::Fail, "unsent.unreadable");
        row("clock on UTC, not Beijing time", 25, ReadinessItem::Clock, Verdict::Warning, "clock.timezone");
        row("unsent with no date", 26, ReadinessItem::Unsent, Verdict::Warning, "unsent.undated");
        row("printer not heard from, time up", 27, ReadinessItem::Printer, Verdict::Fail, "printer.no-answer");
        row("all unsent went by USB", 28, ReadinessItem::Unsent, Verdict::Pass, "unsent.exported");
        row("old ones went by USB, today's wait", 29, ReadinessItem::Unsent, Verdict::Pass, "unsent.today");
    }

    void eachFactTurnsItsLine()
    {
        QFETCH(int, change);
        QFETCH(int, item);
        QFETCH(int, verdict);
        QFETCH(QString, code);
        ReadinessFacts facts = readyDesk(now());
        switch (change) {
        case 1:
            facts.devicesTimedOut = true;
            [[fallthrough]];
        case 0:
            facts.reader.state = DeviceState::Connecting;
            break;
        case 2:
            facts.reader.state = DeviceState::Error;
            facts.reader.detail = QStringLiteral("Reader unplugged");
            break;
        case 3:
            facts.reader.state = DeviceState::NotConfigured;
            break;
        case 5:
            facts.devicesTimedOut = true;
            [[fallthrough]];
        case 4:
            facts.cameraFrames = CameraFrames::Waiting;
            break;
        case 6:
            facts.printer.state = DeviceState::Error;
            facts.printer.detail = QStringLiteral("Out of paper");
            break;
        case 7:
            facts.freeBytes = (2LL << 30) - 1;
            break;
        case 8:
            facts.freeBytes = (512LL << 20) - 1;
            break;
        case 9:
            facts.freeBytes = -1;
            break;
        case 10:
            facts.newestEvent = now().addSecs(180);
            break;
        case 11:
            facts.newestEvent = now().addSecs(60);
            break;
        case 12:
            facts.now = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone(8 * 3600));
            break;
        case 13:
            facts.auditProblem = QStringLiteral("event 4 is missing");
            break;
        case 14:
            facts.provisioning = ProvisioningState::AwaitingCertificate;
            break;
        case 15:
            facts.sealerLoaded = false;
            break;
        case 16:
            facts.certificateExpiry = now().addSecs(-1);
            break;
        case 17:
            facts.certificateExpiry = now().addDays(29);
            break;
        case 18:
            facts.certificateExpiry = now().addDays(31);
            break;
        case 19:
            facts.config.reset();
            break;
        case 20:
            facts.config->issuedAt = now().addDays(-8);
            break;
        case 21:
            facts.unsent = 3;
            facts.oldestUnsent = now().addSecs(-1800);
            break;
        case 22:
            facts.unsent = 3;
            facts.oldestUnsent = now().addSecs(-14LL * 3600); // 19:00 yesterday
            break;
        case 23:
            facts.unsent = 3;
            facts.oldestUnsent = now().addSecs(-25LL * 3600);
            break;
        case 24:
            facts.unsentProblem = QStringLiteral("database is locked");
            break;
        case 25:
            facts.now = facts.now.toUTC();
            facts.newestEvent = facts.newestEvent.toUTC();
            break;
        case 26:
            facts.unsent = 2;
            break;
        case 27:
            facts.printer = notHeardFrom(Devices::DeviceKind::Printer);
            facts.devicesTimedOut = true;
            break;
        case 28:
            facts.exported = 40;
            break;
        case 29:
            facts.exported = 40;
            facts.unsent = 2;
            facts.oldestUnsent = now().addSecs(-600);
            break;
        default:
            QFAIL("unknown change");
        }
        const ReadinessReport report = assessReadiness(facts);
        const ReadinessFinding finding = findingOf(report, ReadinessItem(item));
        QCOMPARE(finding.code, code);
        QCOMPARE(int(finding.verdict), verdict);
        QVERIFY(!finding.detail.isEmpty());
        // Only the changed line moved.
        for (const ReadinessFinding &other : report.findings) {
            if (other.item != ReadinessItem(item))
                QVERIFY2(other.verdict == Verdict::Pass, qPrintable(other.code));
        }
        QCOMPARE(report.settled(), verdict != int(Verdict::Waiting));
        QCOMPARE(report.passed(), verdict == int(Verdict::Pass) || verdict == int(Verdict::Warning));
    }

    void aDeviceProblemIsShownInTheDevicesWords()
    {
        ReadinessFacts facts = readyDesk(now());
        facts.printer.state = DeviceState::Error;
        facts.printer.detail = QStringLiteral("The printer is out of paper.");
        QCOMPARE(findingOf(assessReadiness(facts), ReadinessItem::Printer).detail, facts.printer.detail);
    }

    void theRunWaitsForTheDevicesThenFailsWhatNeverAnswered()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        Devices::DeviceBoard board;
        board.setStatus({ Devices::DeviceKind::IdCardReader, DeviceState::Connecting, true, {} });
        board.setStatus({ Devices::DeviceKind::Printer, DeviceState::Ready, true, {} });
        SilentCamera camera;
        ReadinessRun run(*ws, board, camera, std::chrono::milliseconds(300));
        QSignalSpy changed(&run, &ReadinessRun::changed);
        run.start();
        QCOMPARE(camera.starts, 1);
        QVERIFY(!run.report().settled());
        QCOMPARE(findingOf(run.report(), ReadinessItem::Reader).verdict, Verdict::Waiting);
        // The reader finds its port: its line turns at once, the camera still waits.
        board.setStatus({ Devices::DeviceKind::IdCardReader, DeviceState::Ready, true, {} });
        QCOMPARE(findingOf(run.report(), ReadinessItem::Reader).verdict, Verdict::Pass);
        QVERIFY(!run.report().settled());
        QTRY_VERIFY(run.report().settled());
        QCOMPARE(findingOf(run.report(), ReadinessItem::Camera).code, QStringLiteral("camera.no-frames"));
        QCOMPARE(camera.status().state, Devices::CameraState::NotConnected); // stopped after the check
        // A fresh, unprovisioned data folder: the keys fail, nothing is waiting to be sent.
        QCOMPARE(findingOf(run.report(), ReadinessItem::Keys).code, QStringLiteral("keys.not-provisioned"));
        QCOMPARE(findingOf(run.report(), ReadinessItem::Unsent).code, QStringLiteral("unsent.none"));
        QCOMPARE(findingOf(run.report(), ReadinessItem::AuditLog).code, QStringLiteral("audit.ok"));
        QCOMPARE(findingOf(run.report(), ReadinessItem::Disk).verdict == Verdict::Fail, false);
        QVERIFY(changed.size() >= 3);
    }

    void aProvisionedDeskWithAWorkingCameraPasses()
    {
        TempWorkspace ws;
        QVERIFY(DemoProvince(ws.dataDir()).provisionPoint(QStringLiteral("430102-07"), ws.clock().now()));
        QVERIFY(ws.reopen());
        Devices::DeviceBoard board;
        board.setStatus({ Devices::DeviceKind::IdCardReader, DeviceState::Ready, true, {} });
        board.setStatus({ Devices::DeviceKind::Printer, DeviceState::Ready, true, {} });
        QImage picture(640, 480, QImage::Format_RGB32);
        picture.fill(Qt::gray);
        Devices::StillImageSource camera(picture, 30);
        ReadinessRun run(*ws, board, camera, std::chrono::seconds(20));
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.report().settled(), 10000);
        QCOMPARE(findingOf(run.report(), ReadinessItem::Camera).code, QStringLiteral("camera.frames"));
        QCOMPARE(findingOf(run.report(), ReadinessItem::Keys).verdict, Verdict::Pass);
        QCOMPARE(camera.status().state, Devices::CameraState::NotConnected);
        const QStringList failed = run.report().codesWith(Verdict::Fail);
        QVERIFY2(failed.isEmpty() || failed == QStringList { QStringLiteral("disk.full") },
            qPrintable(failed.join(QLatin1Char(','))));
    }

    void theRunSeesAClockSetBack()
    {
        TempWorkspace ws;
        QVERIFY((*ws).operators().create(testSupervisor())); // an event at 09:00
        ws.clock().advance(-std::chrono::hours(1));
        // The sign-in that brings up the check is stamped by the wrong clock itself.
        QVERIFY((*ws).operators().authenticate(testSupervisor().username, testSupervisor().password));
        Devices::DeviceBoard board;
        SilentCamera camera;
        ReadinessRun run(*ws, board, camera, std::chrono::milliseconds(50));
        run.start();
        QCOMPARE(findingOf(run.report(), ReadinessItem::Clock).code, QStringLiteral("clock.behind"));
    }

    // The keys line speaks of the certificate records are sealed with, as loaded: a longer one
    // put in the keys folder afterwards (by hand, or by an attacker) does not hide an expiry.
    void theKeysLineReadsTheLoadedCertificate()
    {
        TempWorkspace ws;
        const Testing::TestProvince province;
        MachineProvisioning point(ws.dataDir());
        const Result<QByteArray> request = point.begin(
            QStringLiteral("430102-07"), Testing::TestProvince::provinceKey().publicPem, province.caPem());
        QVERIFY(request);
        const QDateTime at = ws.clock().now();
        QVERIFY(point.installCertificate(province.ca().issue(request.value(), at.addSecs(-3600), at.addDays(10)), at));
        QVERIFY((*ws).loadSealer());
        QFile file(QDir(ws.dataDir()).filePath(QStringLiteral("keys/machine.crt")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(province.ca().issue(request.value(), at.addSecs(-3600), at.addYears(5)));
        file.close();
        Devices::DeviceBoard board;
        SilentCamera camera;
        ReadinessRun run(*ws, board, camera, std::chrono::milliseconds(50));
        run.start();
        QCOMPARE(findingOf(run.report(), ReadinessItem::Keys).code, QStringLiteral("keys.expiring"));
    }

private:
    static QDateTime now() { return { QDate(2026, 11, 25), QTime(9, 0), QTimeZone(8 * 3600) }; }
};

QTEST_GUILESS_MAIN(tst_Readiness)
#include "tst_readiness.moc"
