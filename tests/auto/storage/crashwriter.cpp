// Saves records into DIR until killed, printing "<record id> <ID number>" after each commit.
// Usage: regpoint_crash_writer DIR SEED

#include "clock.h"
#include "operators/operatorservice.h"
#include "records/recordregistrar.h"
#include "storage/workspace.h"
#include "tempworkspace.h"

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
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        const QDate birth = QDate(2007, 1, 1).addDays(random.bounded(1000));
        const QString first17 = QStringLiteral("430102") + birth.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
        Kiosk::CandidateIdentity identity = Tests::testIdentity(first17 + Kiosk::IdNumber::checkCharacter(first17));
        identity.birthDate = birth;
        auto saved = ws.value()->registrar().registerIdentity(identity, Kiosk::EntryMethod::Manual, operatorId);
        if (saved) {
            std::printf("%s %s\n", qPrintable(saved->id.toString(QUuid::WithoutBraces)), qPrintable(identity.idNumber));
            std::fflush(stdout);
        }
    }
}
