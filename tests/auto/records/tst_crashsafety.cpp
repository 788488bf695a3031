#include "audit/auditlog.h"
#include "crypto/demoprovince.h"
#include "envelope.h"
#include "records/candidaterecord.h"
#include "records/recordstore.h"
#include "storage/database.h"
#include "tempworkspace.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

// A child saves and seals records as fast as it can; it is SIGKILLed at a random moment, again
// and again. After every kill the store must open, hold every record the child reported as
// committed, show no partial record or half-sealed record, and its audit chain must verify.
class tst_CrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringSaves();
};

void tst_CrashSafety::killDuringSaves()
{
    const int iterations = qEnvironmentVariableIntValue("REGPOINT_CRASH_ITERATIONS") > 0
        ? qEnvironmentVariableIntValue("REGPOINT_CRASH_ITERATIONS")
        : 200;
    QTemporaryDir dir;
    QHash<QString, QString> committed; // record id -> ID number
    QSet<QString> sealed;
    std::optional<EnvelopeOpener> opener; // the demo province's side, once the child made it
    QRandomGenerator random(20261125);
    FakeClock clock;

    for (int i = 0; i < iterations; ++i) {
        QProcess writer;
        writer.start(QStringLiteral(CRASH_WRITER), { dir.path(), QString::number(i + 1) });
        QVERIFY(writer.waitForStarted());
        QByteArray output;
        const int wantLines = 1 + int(random.bounded(6));
        while (output.count('\n') < wantLines + 1) {
            QVERIFY2(writer.waitForReadyRead(10000), writer.readAllStandardError().constData());
            output += writer.readAllStandardOutput();
        }
        // Kill somewhere inside a following save.
        QThread::usleep(random.bounded(4000));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(5000));
        output += writer.readAllStandardOutput();

        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3)
                continue;
            committed.insert(QString::fromLatin1(parts[0]), QString::fromLatin1(parts[1]));
            if (parts[2] == "sealed")
                sealed.insert(QString::fromLatin1(parts[0]));
        }

        auto ws = Workspace::open(dir.path(), clock, TempWorkspace::fastOptions());
        QVERIFY2(ws, qPrintable(ws.failure().message));
        QCOMPARE(ws.value()->database().integrityReport().value(), QStringLiteral("ok"));
        // list() decrypts every row: a partial or torn record would fail here.
        auto all = ws.value()->records().list(100000);
        QVERIFY2(all, qPrintable(all.failure().message));
        QHash<QString, QString> stored;
        for (const CandidateRecord &record : all.value())
            stored.insert(record.id.toString(QUuid::WithoutBraces), record.identity.idNumber);
        for (auto it = committed.cbegin(); it != committed.cend(); ++it)
            QVERIFY2(
                stored.value(it.key()) == it.value(), qPrintable(QStringLiteral("lost committed record ") + it.key()));
        // At most the one save the kill interrupted after its commit but before its report.
        QVERIFY(stored.size() - committed.size() <= i + 1);
        // Sealing is all or nothing: a record is sealed exactly when its envelope is stored, and
        // every reported seal is there and opens at the province.
        for (const CandidateRecord &record : all.value()) {
            const QString id = record.id.toString(QUuid::WithoutBraces);
            const std::optional<StoredSeal> envelope = ws.value()->records().sealOf(record.id).value();
            QCOMPARE(envelope.has_value(), record.state == RecordState::Sealed);
            if (sealed.contains(id))
                QVERIFY2(envelope, qPrintable(QStringLiteral("lost seal of ") + id));
        }
        if (!sealed.isEmpty()) {
            if (!opener) {
                const QString province = DemoProvince(dir.path()).folder();
                QFile key(province + QStringLiteral("/province.key")), ca(province + QStringLiteral("/ca.pem"));
                QVERIFY(key.open(QIODevice::ReadOnly) && ca.open(QIODevice::ReadOnly));
                opener.emplace(EnvelopeOpener::create(key.readAll(), ca.readAll()).value());
            }
            const QUuid last = QUuid::fromString(*sealed.cbegin());
            const Result<OpenedEnvelope> opened = opener->open(ws.value()->records().sealOf(last).value()->envelope);
            QVERIFY2(opened, qPrintable(opened.failure().code));
        }
        const AuditVerification chain = ws.value()->audit().verify().value();
        QVERIFY2(chain.ok(), qPrintable(chain.problem));
    }
    qInfo() << iterations << "kills," << committed.size() << "committed records," << sealed.size()
            << "sealed, none lost, audit chain intact";
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
