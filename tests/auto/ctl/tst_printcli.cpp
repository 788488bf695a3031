#include "audit/auditlog.h"
#include "ctlprocess.h"
#include "records/recordregistrar.h"
#include "records/serialpool.h"
#include "tempworkspace.h"
#include "throwawaycups.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

namespace {

using Run = CtlRun;

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_qs, { path, u"-"_qs });
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool writeSettings(const QString &dataDir, const QByteArray &ini)
{
    QFile file(QDir(dataDir).filePath(u"kiosk.ini"_qs));
    return file.open(QIODevice::WriteOnly) && file.write(ini) == ini.size();
}

QList<AuditEvent> eventsNamed(Workspace &workspace, const QString &action)
{
    QList<AuditEvent> found;
    for (const AuditEvent &e : workspace.audit().events().value()) {
        if (e.action == action)
            found.append(e);
    }
    return found;
}

} // namespace

// regpointctl's printer and slip commands as a technician runs them, against a real cupsd.
class tst_PrintCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_cups = std::make_unique<ThrowawayCups>();
        QString why;
        if (!m_cups->start(why))
            QSKIP(qPrintable(why));
        QVERIFY(m_cups->addQueue(u"desk"_qs, ThrowawayCups::Behaviour::Capture));
        m_ws = std::make_unique<TempWorkspace>();
        QVERIFY(m_ws->isValid());
        QVERIFY(writeSettings(m_ws->dataDir(), "[printer]\nqueue=desk\nserver=" + m_cups->server().toUtf8() + "\n"));
    }

    void cleanup()
    {
        m_ws.reset();
        m_cups.reset();
    }

    void statusSaysWhatHoldsThePrinter()
    {
        Run run = ctl({ u"printer"_qs, u"status"_qs, u"--json"_qs, u"--data-dir"_qs, m_ws->dataDir() });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object().value(u"state"_qs).toString(), u"idle"_qs);
        QCOMPARE(run.json().object().value(u"accepting_jobs"_qs).toBool(), true);

        QVERIFY(m_cups->disable(u"desk"_qs));
        run = ctl({ u"printer"_qs, u"status"_qs, u"--data-dir"_qs, m_ws->dataDir() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("stopped"), run.out.constData());
        QVERIFY2(run.out.contains("supervisor can restart"), run.out.constData());

        TempWorkspace bare;
        run = ctl({ u"printer"_qs, u"status"_qs, u"--data-dir"_qs, bare.dataDir() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("[printer] queue="), run.err.constData());

        QVERIFY(writeSettings(bare.dataDir(), "[printer]\nqueue=nosuch\nserver=/nonexistent/cups.sock\n"));
        run = ctl({ u"printer"_qs, u"status"_qs, u"--data-dir"_qs, bare.dataDir() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot be reached"), run.err.constData());
    }

    void aTestPageReachesThePrinterAndIsAudited()
    {
        const Run run = ctl({ u"printer"_qs, u"test-page"_qs, u"--json"_qs, u"--data-dir"_qs, m_ws->dataDir() });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object().value(u"outcome"_qs).toString(), u"ok"_qs);
        const int job = run.json().object().value(u"job"_qs).toInt();
        const QString printed = QDir(m_cups->outputDir()).filePath(u"job-%1.pdf"_qs.arg(job));
        QVERIFY(QFile::exists(printed));
        QVERIFY2(pdfText(printed).contains(u"打印测试页"_qs), qPrintable(pdfText(printed)));
        QVERIFY(m_ws->reopen());
        const QList<AuditEvent> events = eventsNamed(**m_ws, u"print.test_page"_qs);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().outcome, u"ok"_qs);
    }

    void aSlipIsRenderedAndPrintedAgainByItsNumber()
    {
        const qint64 op = (*m_ws)->operators().create(testSupervisor())->id;
        const Result<CandidateRecord> record
            = (*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Manual, op);
        QVERIFY(record);
        const QString point = u"430102-99"_qs;
        QVERIFY((*m_ws)->serials().keepListedBlocks(
            { { QUuid::createUuid(), point, u"27000000000101"_qs, u"27000000000200"_qs } }, point, "test"));
        const Result<QString> serial = (*m_ws)->serials().assign(record->id);
        QVERIFY(serial);

        QTemporaryDir out;
        const QString pdf = out.filePath(u"slip.pdf"_qs);
        Run run
            = ctl({ u"slip"_qs, u"render"_qs, serial.value(), u"--pdf"_qs, pdf, u"--data-dir"_qs, m_ws->dataDir() });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(serial.value()), qPrintable(text));
        QVERIFY(text.contains(u"李*轩"_qs));
        QVERIFY(!text.contains(testIdentity().idNumber));

        run = ctl(
            { u"slip"_qs, u"render"_qs, u"27000000009999"_qs, u"--pdf"_qs, pdf, u"--data-dir"_qs, m_ws->dataDir() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("No record at this point has the registration number 27000000009999"),
            run.err.constData());

        run = ctl({ u"slip"_qs, u"print"_qs, serial.value(), u"--json"_qs, u"--data-dir"_qs, m_ws->dataDir() });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const int job = run.json().object().value(u"job"_qs).toInt();
        QVERIFY(pdfText(QDir(m_cups->outputDir()).filePath(u"job-%1.pdf"_qs.arg(job))).contains(serial.value()));
        QVERIFY(m_ws->reopen());
        const QList<AuditEvent> events = eventsNamed(**m_ws, u"print.slip"_qs);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().recordId, record->id.toString(QUuid::WithoutBraces));
    }

    void aStoppedQueueFailsThePrintWithItsReason()
    {
        QVERIFY(m_cups->disable(u"desk"_qs));
        const Run run = ctl({ u"printer"_qs, u"test-page"_qs, u"--data-dir"_qs, m_ws->dataDir() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("stopped"), run.err.constData());
        QVERIFY(m_ws->reopen());
        QCOMPARE(eventsNamed(**m_ws, u"print.test_page"_qs).first().outcome, u"failed"_qs);
    }

private:
    std::unique_ptr<ThrowawayCups> m_cups;
    std::unique_ptr<TempWorkspace> m_ws;
};

QTEST_GUILESS_MAIN(tst_PrintCli)
#include "tst_printcli.moc"
