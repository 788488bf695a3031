// Saves and seals records into DIR until killed. After each commit it prints
// "<record id> <ID number> saved" and, once the photo is attached and the record sealed,
// "<record id> <ID number> sealed". The first run provisions DIR against the demo province.
// Usage: regpoint_crash_writer DIR SEED

#include "clock.h"
#include "crypto/demoprovince.h"
#include "operators/operatorservice.h"
#include "records/recordregistrar.h"
#include "records/recordsealing.h"
#include "records/recordstore.h"
#include "tempworkspace.h"
#include "testreviews.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace RegPoint;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    Kiosk::SystemClock clock;
    if (const Status demo
        = Kiosk::DemoProvince(QString::fromLocal8Bit(argv[1])).provisionPoint(QStringLiteral("430102-09"), clock.now());
        !demo) {
        std::fprintf(stderr, "%s\n", qPrintable(demo.failure().message));
        return 1;
    }
    auto ws = Kiosk::Workspace::open(QString::fromLocal8Bit(argv[1]), clock, Tests::TempWorkspace::fastOptions());
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.failure().message));
        return 1;
    }
    Kiosk::OperatorService &operators = ws.value()->operators();
    if (!operators.hasAnyOperator().value())
        (void)operators.create(Tests::testSupervisor());
    const qint64 operatorId
        = operators.authenticate(Tests::testSupervisor().username, Tests::testSupervisor().password)->id;

    QRandomGenerator random(uint(QByteArray(argv[2]).toUInt()));
    QByteArray photo(qsizetype(30) * 1024, Qt::Uninitialized);
    for (char &c : photo)
        c = char(random.bounded(256));
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        const QDate birth = QDate(2007, 1, 1).addDays(random.bounded(1000));
        const QString first17 = QStringLiteral("430102") + birth.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
        Kiosk::CandidateIdentity identity = Tests::testIdentity(first17 + Kiosk::IdNumber::checkCharacter(first17));
        identity.birthDate = birth;
        auto saved = ws.value()->registrar().registerIdentity(identity, Kiosk::EntryMethod::Card, operatorId);
        if (!saved)
            continue;
        const QByteArray line = (saved->id.toString(QUuid::WithoutBraces) + u' ' + identity.idNumber).toLatin1();
        std::printf("%s saved\n", line.constData());
        std::fflush(stdout);
        // The kiosk's own path: the photo completes the record and seals it in one step.
        if (!Tests::reviewEligible(ws.value()->records(), saved->id, operatorId))
            continue;
        const auto completed = ws.value()->registrar().completeWithPhoto(saved->id, photo, operatorId);
        if (completed && completed->sealed) {
            std::printf("%s sealed\n", line.constData());
            std::fflush(stdout);
        }
    }
}
