// Record search at the desk (RecordFiles::search) over a season's records on a real SQLite file:
// a whole ID number goes through its blind index; a name, the last digits or a short id decrypt
// the newest records (up to RecordFiles' cap) and match in memory. Opening one record reads its
// history from the audit log.
// Usage: bench_recordsearch [RECORDS=5000] [QUERIES=20]

#include "benchstats.h"
#include "identity/idnumber.h"
#include "records/recordregistrar.h"
#include "tempworkspace.h"
#include "workspace/recordfiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace RegPoint;

namespace {

QString idNumberOf(int i)
{
    // A distinct valid number per record: one birth day per thousand sequence numbers.
    const QString first17 = QStringLiteral("430102") + QDate(2007, 1, 1).addDays(i / 1000).toString(u"yyyyMMdd")
        + QStringLiteral("%1").arg(i % 1000, 3, 10, QLatin1Char('0'));
    return first17 + Kiosk::IdNumber::checkCharacter(first17);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int records = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    const int queries = argc > 2 ? QByteArray(argv[2]).toInt() : 20;
    QTemporaryDir dir;
    Tests::FakeClock clock;
    auto ws = Kiosk::Workspace::open(dir.path(), clock, Tests::TempWorkspace::fastOptions());
    if (!ws)
        return 1;
    const qint64 op = ws.value()->operators().create(Tests::testSupervisor())->id;
    const QStringList given { QStringLiteral("明轩"), QStringLiteral("诗琪"), QStringLiteral("子涵"),
        QStringLiteral("浩然"), QStringLiteral("雨桐") };
    const QStringList family { QStringLiteral("李"), QStringLiteral("王"), QStringLiteral("张"), QStringLiteral("刘"),
        QStringLiteral("陈"), QStringLiteral("彭") };
    QList<QUuid> ids;
    for (int i = 0; i < records; ++i) {
        Kiosk::CandidateIdentity identity = Tests::testIdentity(idNumberOf(i));
        identity.name = family.at(i % family.size()) + given.at(i / family.size() % given.size());
        auto saved = ws.value()->registrar().registerIdentity(identity, Kiosk::EntryMethod::Manual, op, op);
        if (!saved)
            return 1;
        ids.append(saved->id);
        clock.advance(std::chrono::seconds(30));
    }
    QTextStream(stdout) << records << " records on file" << Qt::endl;

    Kiosk::RecordFiles files(*ws.value());
    QElapsedTimer timer;
    const auto measure = [&](const QString &what, const std::function<QString(int)> &query) {
        QList<double> samples;
        qsizetype found = 0;
        for (int q = 0; q < queries; ++q) {
            const QString text = query(q);
            timer.restart();
            const auto result = files.search(text);
            samples.append(double(timer.nsecsElapsed()) / 1e6);
            if (!result)
                return false;
            found += result->size();
        }
        Bench::report(what + QStringLiteral(" (%1 results on average)").arg(found / std::max(1, queries)), samples);
        return true;
    };
    bool ok = measure(QStringLiteral("search by whole ID number (blind index)"),
        [&](int q) { return idNumberOf((q * 7919) % records); });
    ok = ok && measure(QStringLiteral("search by a name (decrypt and match)"), [&](int q) {
        return family.at(q % family.size()) + given.at(q % given.size());
    });
    ok = ok && measure(QStringLiteral("search by the last 6 digits"), [&](int q) {
        return idNumberOf((q * 7919) % records).right(6);
    });
    ok = ok && measure(QStringLiteral("search by short id"), [&](int q) {
        return ids.at((q * 7919) % records).toString(QUuid::WithoutBraces).left(8);
    });

    QList<double> opens;
    for (int q = 0; q < queries; ++q) {
        timer.restart();
        ok = ok && files.open(ids.at((q * 104729) % records)).ok();
        opens.append(double(timer.nsecsElapsed()) / 1e6);
    }
    Bench::report(QStringLiteral("open one record with its history"), opens);
    return ok ? 0 : 1;
}
