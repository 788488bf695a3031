#include "printer/cupsdirectory.h"
#include "printer/cupsqueue.h"
#include "printer/printservice.h"
#include "printer/simulateddirectory.h"
#include "printer/simulatedqueue.h"
#include "throwawaycups.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QTest>

using namespace RegPoint::Devices;
using namespace RegPoint::Tests;
using namespace std::chrono_literals;

// The desk's printer through a real CUPS scheduler (a throwaway cupsd with test backends) and
// through the simulator: every way a job ends gives the clerk one clear outcome within the timeout.
class PrintServiceTest : public QObject
{
    Q_OBJECT

private:
    static constexpr PrintTimings kQuick { 100ms, 300ms, 4000ms };

    static QByteArray document()
    {
        // Bytes only a faithful copy reproduces; the raw queue passes them through unfiltered.
        QByteArray pdf = "%PDF-1.4\n% RegPoint test\n";
        for (int i = 0; i < 4096; ++i)
            pdf.append(char(i * 7 % 251));
        return pdf;
    }

    // A scheduler with one queue "desk" behaving as asked, and the desk's print service over it.
    struct Desk
    {
        std::unique_ptr<ThrowawayCups> cups;
        std::unique_ptr<PrintService> service;
        std::optional<PrintOutcome> printOnce(const QString &title = u"test page"_qs) const
        {
            return outcomeOf(*service, [&] { return service->print(document(), title); });
        }
    };

    std::unique_ptr<Desk> deskWith(ThrowawayCups::Behaviour behaviour, bool stopped = false)
    {
        auto desk = std::make_unique<Desk>();
        desk->cups = startCups();
        if (!desk->cups || !desk->cups->addQueue(u"desk"_qs, behaviour)
            || (stopped && !desk->cups->disable(u"desk"_qs)))
            return nullptr;
        desk->service
            = std::make_unique<PrintService>(std::make_unique<CupsQueue>(desk->cups->server(), u"desk"_qs), kQuick);
        return desk;
    }

    std::unique_ptr<ThrowawayCups> startCups()
    {
        auto cups = std::make_unique<ThrowawayCups>();
        QString why;
        if (!cups->start(why))
            return nullptr;
        return cups;
    }

    // Starts a request with `start` once listening (a refused job ends at once, on the printer's
    // thread), waits for its finished() and returns its outcome, taken on this thread.
    static std::optional<PrintOutcome> outcomeOf(
        PrintService &service, const std::function<quint64()> &start, int waitMs = 15000)
    {
        QHash<quint64, PrintOutcome> ended;
        QObject receiver;
        QObject::connect(&service, &PrintService::finished, &receiver,
            [&](quint64 t, const PrintOutcome &o) { ended.insert(t, o); });
        const quint64 ticket = start();
        (void)QTest::qWaitFor([&] { return ended.contains(ticket); }, waitMs); // the caller checks
        return ended.contains(ticket) ? std::optional(ended.value(ticket)) : std::nullopt;
    }

    // Every outcome the service gives from now on, by ticket, taken on this thread.
    struct Outcomes : QObject
    {
        QHash<quint64, PrintOutcome> byTicket;
        explicit Outcomes(PrintService &service)
        {
            QObject::connect(&service, &PrintService::finished, this,
                [this](quint64 ticket, const PrintOutcome &outcome) { byTicket.insert(ticket, outcome); });
        }
        std::optional<PrintOutcome> of(quint64 ticket, int waitMs = 15000) const
        {
            (void)QTest::qWaitFor([&] { return byTicket.contains(ticket); }, waitMs);
            return byTicket.contains(ticket) ? std::optional(byTicket.value(ticket)) : std::nullopt;
        }
    };

    // The spool's document files ("d00001-001"), which hold what was printed.
    static QStringList spooledDocuments(const ThrowawayCups &cups)
    {
        return QDir(cups.spoolDir()).entryList(QDir::Files).filter(QRegularExpression(u"^d"_qs));
    }

    // Whether the scheduler could still print the job: it is gone (purged) or ended.
    static bool cannotPrintLater(const ThrowawayCups &cups, const QString &queue, int id)
    {
        CupsQueue reader(cups.server(), queue);
        QueueError error;
        const std::optional<JobStatus> status = reader.job(id, error);
        return !status || isFinal(status->state);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ThrowawayCups probe;
        QString why;
        if (!probe.start(why))
            QSKIP(qPrintable(why));
    }

    void aJobReachesThePrinterWhole()
    {
        const std::unique_ptr<Desk> desk = deskWith(ThrowawayCups::Behaviour::Capture);
        QVERIFY(desk);
        PrintService &service = *desk->service;
        const ThrowawayCups *cups = desk->cups.get();
        QSignalSpy status(&service, &PrintService::statusChanged);

        // A title with a space and Chinese: Debian 12's cupsd crashed on such a job name.
        const std::optional<PrintOutcome> outcome
            = outcomeOf(service, [&] { return service.print(document(), u"凭条 test page"_qs); });
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PrintOutcome::Kind::Completed);
        QVERIFY(outcome->jobId > 0);
        QVERIFY(outcome->reason.isEmpty());

        QFile printed(QDir(cups->outputDir()).filePath(u"job-%1.pdf"_qs.arg(outcome->jobId)));
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QCOMPARE(printed.readAll(), document());
        // The scheduler keeps finished jobs' files (PreserveJobFiles Yes, as CUPS does for a day
        // by default); the service purged this one: its document is gone from the spool.
        QVERIFY2(spooledDocuments(*cups).isEmpty(), qPrintable(spooledDocuments(*cups).join(u' ')));
        QTRY_COMPARE_WITH_TIMEOUT(
            status.isEmpty() ? DeviceState::Connecting : status.last().first().value<DeviceStatus>().state,
            DeviceState::Ready, 5000);
    }

    void aStoppedQueueFailsAtOnceAndKeepsNoJob()
    {
        const std::unique_ptr<Desk> desk = deskWith(ThrowawayCups::Behaviour::Capture, true);
        QVERIFY(desk);
        const ThrowawayCups *cups = desk->cups.get();

        QElapsedTimer clock;
        clock.start();
        const std::optional<PrintOutcome> outcome = desk->printOnce();
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PrintOutcome::Kind::Failed);
        QVERIFY2(outcome->reason.contains(u"stopped"_qs), qPrintable(outcome->reason));
        QVERIFY2(outcome->reason.contains(u"supervisor can restart"_qs), qPrintable(outcome->reason)); // the fix
        QVERIFY(clock.elapsed() < kQuick.jobTimeout.count()); // no waiting out the timeout
        // Cancelled, so a restarted queue cannot print it later as a surprise second copy.
        QVERIFY(cannotPrintLater(*cups, u"desk"_qs, outcome->jobId));
        QVERIFY(spooledDocuments(*cups).isEmpty());
    }

    void aFailingPrinterAbortsTheJob()
    {
        const std::unique_ptr<Desk> desk = deskWith(ThrowawayCups::Behaviour::Fail);
        QVERIFY(desk);
        const ThrowawayCups *cups = desk->cups.get();

        const std::optional<PrintOutcome> outcome = desk->printOnce();
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PrintOutcome::Kind::Failed);
        QVERIFY2(outcome->reason.contains(u"could not print"_qs), qPrintable(outcome->reason));
        QVERIFY(cannotPrintLater(*cups, u"desk"_qs, outcome->jobId));
        QVERIFY(spooledDocuments(*cups).isEmpty());
    }

    void aHangingPrinterTimesOutAndTheJobIsCancelled()
    {
        const std::unique_ptr<Desk> desk = deskWith(ThrowawayCups::Behaviour::Hang);
        QVERIFY(desk);
        const ThrowawayCups *cups = desk->cups.get();

        const std::optional<PrintOutcome> outcome = desk->printOnce();
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PrintOutcome::Kind::TimedOut);
        QVERIFY2(outcome->reason.contains(u"4 second"_qs), qPrintable(outcome->reason));
        QTRY_VERIFY_WITH_TIMEOUT(cannotPrintLater(*cups, u"desk"_qs, outcome->jobId), 10000);
        QTRY_VERIFY(spooledDocuments(*cups).isEmpty());
    }

    void paperOutIsShownWhileTheJobWaits()
    {
        const std::unique_ptr<Desk> desk = deskWith(ThrowawayCups::Behaviour::PaperOut);
        QVERIFY(desk);
        PrintService &service = *desk->service;
        QSignalSpy progress(&service, &PrintService::progressed);
        QSignalSpy status(&service, &PrintService::statusChanged);

        const std::optional<PrintOutcome> outcome = desk->printOnce();
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PrintOutcome::Kind::TimedOut);
        QVERIFY2(outcome->reason.contains(u"out of paper"_qs), qPrintable(outcome->reason));
        const auto saidPaper = [](const QList<QVariant> &args) { return args.at(2).toString().contains(u"paper"_qs); };
        QVERIFY(std::any_of(progress.cbegin(), progress.cend(), saidPaper));
        const auto stripSaidPaper = [](const QList<QVariant> &args) {
            const auto s = args.first().value<DeviceStatus>();
            return s.state == DeviceState::Error && s.detail.contains(u"out of paper"_qs);
        };
        QVERIFY(std::any_of(status.cbegin(), status.cend(), stripSaidPaper));
    }

    void theClerkCancelsAJob()
    {
        const std::unique_ptr<Desk> desk = deskWith(ThrowawayCups::Behaviour::Hang);
        QVERIFY(desk);
        PrintService &service = *desk->service;
        const ThrowawayCups *cups = desk->cups.get();
        QSignalSpy progress(&service, &PrintService::progressed);

        Outcomes outcomes(service);
        const quint64 first = service.print(document(), u"first"_qs);
        const quint64 second = service.print(document(), u"second"_qs); // waits behind the first
        service.cancel(second);
        std::optional<PrintOutcome> secondOutcome = outcomes.of(second);
        QVERIFY(secondOutcome);
        QCOMPARE(secondOutcome->kind, PrintOutcome::Kind::Cancelled);
        QCOMPARE(secondOutcome->jobId, 0); // never reached the queue

        QTest::qWait(300);
        service.cancel(first);
        const std::optional<PrintOutcome> firstOutcome = outcomes.of(first);
        QVERIFY(firstOutcome);
        QCOMPARE(firstOutcome->kind, PrintOutcome::Kind::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(cannotPrintLater(*cups, u"desk"_qs, firstOutcome->jobId), 10000);
    }

    void closingTheDeskLeavesNoJobBehind()
    {
        // The kiosk closes while a slip waits for paper: it must not print tomorrow.
        const std::unique_ptr<Desk> desk = deskWith(ThrowawayCups::Behaviour::PaperOut);
        QVERIFY(desk);
        QSignalSpy progress(desk->service.get(), &PrintService::progressed);
        desk->service->print(document(), u"slip"_qs);
        QTRY_VERIFY(!progress.isEmpty());
        QTest::qWait(300);
        desk->service.reset();
        CupsQueue reader(desk->cups->server(), u"desk"_qs);
        QueueError error;
        QVERIFY(reader.status(error));
        QVERIFY(cannotPrintLater(*desk->cups, u"desk"_qs, 1));
        QTRY_VERIFY(spooledDocuments(*desk->cups).isEmpty());
    }

    void noSchedulerOrNoQueueIsAClearFailure()
    {
        QTemporaryDir nowhere;
        PrintService deadServer(std::make_unique<CupsQueue>(nowhere.filePath(u"cups.sock"_qs), u"desk"_qs), kQuick);
        QSignalSpy status(&deadServer, &PrintService::statusChanged);
        std::optional<PrintOutcome> outcome
            = outcomeOf(deadServer, [&] { return deadServer.print(document(), u"test page"_qs); });
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PrintOutcome::Kind::Failed);
        QCOMPARE(outcome->jobId, 0);
        QVERIFY2(outcome->reason.contains(u"cannot take the job"_qs), qPrintable(outcome->reason));
        QTRY_VERIFY(!status.isEmpty());
        QCOMPARE(status.last().first().value<DeviceStatus>().state, DeviceState::Error);

        auto cups = startCups();
        QVERIFY(cups);
        PrintService noQueue(std::make_unique<CupsQueue>(cups->server(), u"nosuch"_qs), kQuick);
        outcome = outcomeOf(noQueue, [&] { return noQueue.print(document(), u"test page"_qs); });
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PrintOutcome::Kind::Failed);
        QVERIFY(outcome->technical.contains(u"nosuch"_qs));
    }

    // The printers listed for the clerk's choice, by name. The answer comes from the printer's
    // thread: taken through a queued connection, on this one.
    static std::optional<QList<PrinterChoice>> listed(PrintService &service, QString *failure = nullptr)
    {
        std::optional<QList<PrinterChoice>> printers;
        QObject receiver;
        QObject::connect(&service, &PrintService::printersListed, &receiver,
            [&](const QList<PrinterChoice> &answer, const QString &why) {
                printers = answer;
                if (failure)
                    *failure = why;
            });
        service.listPrinters();
        (void)QTest::qWaitFor([&] { return printers.has_value(); }, 10000); // the caller checks
        return printers;
    }

    static const PrinterChoice *named(const QList<PrinterChoice> &printers, const QString &name)
    {
        const auto found
            = std::find_if(printers.cbegin(), printers.cend(), [&](const PrinterChoice &p) { return p.name == name; });
        return found == printers.cend() ? nullptr : &*found;
    }

    void aFailingPrinterIsLeftForAnotherOfThePoint()
    {
        auto cups = startCups();
        QVERIFY(cups);
        QVERIFY(cups->addQueue(u"desk"_qs, ThrowawayCups::Behaviour::Fail));
        QVERIFY(cups->addQueue(u"office"_qs, ThrowawayCups::Behaviour::Capture));
        QVERIFY(cups->addQueue(u"broken"_qs, ThrowawayCups::Behaviour::Capture));
        QVERIFY(cups->disable(u"broken"_qs));
        bool described = false;
        cups->run(u"lpadmin"_qs, { u"-p"_qs, u"office"_qs, u"-D"_qs, u"教务处 HP"_qs }, &described);
        QVERIFY(described);
        PrintService service(std::make_shared<CupsQueue>(cups->server(), u"desk"_qs),
            std::make_unique<CupsDirectory>(cups->server()), kQuick);
        QVERIFY(service.canSwitchPrinter());

        std::optional<PrintOutcome> outcome
            = outcomeOf(service, [&] { return service.print(document(), u"sheet-1"_qs); });
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PrintOutcome::Kind::Failed);

        // The clerk sees every printer of the point with its state, and the technician's name for it.
        const std::optional<QList<PrinterChoice>> printers = listed(service);
        QVERIFY(printers);
        QCOMPARE(printers->size(), 3);
        QVERIFY(named(*printers, u"office"_qs));
        QCOMPARE(named(*printers, u"office"_qs)->description, u"教务处 HP"_qs);
        QCOMPARE(named(*printers, u"office"_qs)->status.state, QueueStatus::State::Idle);
        QVERIFY(named(*printers, u"broken"_qs));
        QCOMPARE(named(*printers, u"broken"_qs)->status.state, QueueStatus::State::Stopped);

        service.switchTo(u"office"_qs);
        QTRY_COMPARE(service.queueName(), u"office"_qs); // set on this thread when the switch is made
        outcome = outcomeOf(service, [&] { return service.print(document(), u"sheet-1"_qs); });
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PrintOutcome::Kind::Completed);
        QFile printed(QDir(cups->outputDir()).filePath(u"job-%1.pdf"_qs.arg(outcome->jobId)));
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QCOMPARE(printed.readAll(), document());
    }

    void aSwitchWaitsForTheJobOnTheOldPrinter()
    {
        auto cups = startCups();
        QVERIFY(cups);
        QVERIFY(cups->addQueue(u"desk"_qs, ThrowawayCups::Behaviour::Hang));
        QVERIFY(cups->addQueue(u"office"_qs, ThrowawayCups::Behaviour::Capture));
        PrintService service(std::make_shared<CupsQueue>(cups->server(), u"desk"_qs),
            std::make_unique<CupsDirectory>(cups->server()), kQuick);
        Outcomes outcomes(service);

        const quint64 first = service.print(document(), u"first"_qs);
        QTest::qWait(300); // in the queue by now, hanging
        service.switchTo(u"office"_qs);
        const quint64 second = service.print(document(), u"second"_qs); // chosen after the switch
        QTest::qWait(500);
        QCOMPARE(service.queueName(), u"desk"_qs); // the first job still runs on the desk's printer
        QVERIFY(outcomes.byTicket.isEmpty());

        service.cancel(first);
        const std::optional<PrintOutcome> firstOutcome = outcomes.of(first);
        QVERIFY(firstOutcome);
        QCOMPARE(firstOutcome->kind, PrintOutcome::Kind::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(cannotPrintLater(*cups, u"desk"_qs, firstOutcome->jobId), 10000);
        const std::optional<PrintOutcome> secondOutcome = outcomes.of(second);
        QVERIFY(secondOutcome);
        QCOMPARE(secondOutcome->kind, PrintOutcome::Kind::Completed);
        QCOMPARE(service.queueName(), u"office"_qs);
        QVERIFY(QFile::exists(QDir(cups->outputDir()).filePath(u"job-%1.pdf"_qs.arg(secondOutcome->jobId))));
    }

    void noPrintServiceListsNoPrinterAndSaysWhy()
    {
        QTemporaryDir nowhere;
        const QString socket = nowhere.filePath(u"cups.sock"_qs);
        PrintService dead(
            std::make_shared<CupsQueue>(socket, u"desk"_qs), std::make_unique<CupsDirectory>(socket), kQuick);
        QString failure;
        const std::optional<QList<PrinterChoice>> printers = listed(dead, &failure);
        QVERIFY(printers);
        QVERIFY(printers->isEmpty());
        QVERIFY2(failure.contains(u"USB drive"_qs), qPrintable(failure)); // what to do instead

        PrintService alone(std::make_shared<CupsQueue>(socket, u"desk"_qs), kQuick);
        QVERIFY(!alone.canSwitchPrinter());
        QVERIFY(listed(alone, &failure));
        QVERIFY(!failure.isEmpty());
    }

    void theSimulatorHasASpareThatListsASwitchedOffPrinterAsOffline()
    {
        auto desk = std::make_shared<SimulatedQueue>(200ms);
        auto spare = std::make_shared<SimulatedQueue>(200ms, u"simulated-printer-2"_qs);
        PrintService service(desk, std::make_unique<SimulatedDirectory>(QList { desk, spare }), kQuick);
        desk->setFault(SimulatedQueue::Fault::Unreachable);
        const std::optional<QList<PrinterChoice>> printers = listed(service);
        QVERIFY(printers);
        QCOMPARE(printers->size(), 2);
        QCOMPARE(named(*printers, desk->name())->status.state, QueueStatus::State::Stopped);
        QVERIFY(named(*printers, desk->name())->status.reasons.contains(u"offline-report"_qs));
        QCOMPARE(named(*printers, spare->name())->status.state, QueueStatus::State::Idle);

        service.switchTo(spare->name());
        const std::optional<PrintOutcome> outcome
            = outcomeOf(service, [&] { return service.print(document(), u"slip"_qs); });
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PrintOutcome::Kind::Completed);
        QCOMPARE(spare->printed().size(), 1);
        QVERIFY(desk->printed().isEmpty());
    }

    void theSimulatorPrintsAndHoldsJobsLikeAPrinter()
    {
        auto owned = std::make_unique<SimulatedQueue>(200ms);
        SimulatedQueue &queue = *owned;
        PrintService service(std::move(owned), kQuick);

        std::optional<PrintOutcome> outcome = outcomeOf(service, [&] { return service.print(document(), u"slip"_qs); });
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PrintOutcome::Kind::Completed);
        QCOMPARE(queue.printed().size(), 1);
        QCOMPARE(queue.printed().first().pdf, document());

        queue.setFault(SimulatedQueue::Fault::PaperOut);
        QSignalSpy progress(&service, &PrintService::progressed);
        Outcomes outcomes(service);
        const quint64 held = service.print(document(), u"slip"_qs);
        QTRY_VERIFY(!progress.isEmpty());
        QVERIFY(progress.last().at(2).toString().contains(u"paper"_qs));
        queue.setFault(SimulatedQueue::Fault::None); // paper loaded: the job goes on by itself
        outcome = outcomes.of(held);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PrintOutcome::Kind::Completed);

        queue.setFault(SimulatedQueue::Fault::Stopped);
        outcome = outcomeOf(service, [&] { return service.print(document(), u"slip"_qs); });
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, PrintOutcome::Kind::Failed);
        QCOMPARE(queue.printed().size(), 2);
    }
};

QTEST_GUILESS_MAIN(PrintServiceTest)
#include "tst_printservice.moc"
