// The store, attacked as someone with a shell and the data folder would: a wrong key file, rows
// changed or deleted behind the kiosk's back, two writers at once, links planted in the folder,
// and the demo tool pointed at a real point. Everything goes through the shipped regpointctl.

#include "attackertools.h"
#include "certificateauthority.h"
#include "crypto/machineprovisioning.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

namespace {

ProgramRun regpointctl(const QStringList &arguments, const QString &workingDir = {})
{
    return runProgram(QStringLiteral(REGPOINTCTL_BIN), arguments, {}, workingDir);
}

ProgramRun demoDay(const QString &dir, int records, int seed)
{
    return regpointctl({ QStringLiteral("demo-day"), QStringLiteral("--records"), QString::number(records),
        QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir });
}

ProgramRun dbCheck(const QString &dir)
{
    return regpointctl(
        { QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir });
}

using Disk = StoreFile;

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &entry : QDir(from).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir() ? !copyFolder(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

} // namespace

class tst_RedTeamStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void intactStoreChecksOk();
    void wrongKeyIsRefused();
    void deepCheckNamesTheTamperedRecord_data();
    void deepCheckNamesTheTamperedRecord();
    void emptiedDatabaseBesideKeysIsFound();
    void damagedRowDoesNotHideTheOthers();
    void twoWritersRegisterAnIdNumberOnce();
    void emptyDataDirIsRefused();
    void plantedLinkIsNotFollowed();
    void demoDayRefusesARealPoint();
    void demoDayThatRegisteredNothingFails();
    void demoDayRefusesAnUnprovisionedPointsData();
    void linkedKeysFolderGetsNoKeys();

private:
    QString freshCopy(); // a copy of the demo store, for one attack
    QTemporaryDir m_root;
    QString m_store; // a demo point with 6 sealed records
};

void tst_RedTeamStore::initTestCase()
{
    m_store = QDir(m_root.path()).filePath(QStringLiteral("store"));
    const ProgramRun run = demoDay(m_store, 6, 3);
    QVERIFY2(run.exitCode == 0, qPrintable(run.errors()));
}

QString tst_RedTeamStore::freshCopy()
{
    const QString copy = QDir(m_root.path()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    return copyFolder(m_store, copy) ? copy : QString();
}

void tst_RedTeamStore::intactStoreChecksOk()
{
    const ProgramRun run = dbCheck(freshCopy());
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(run.json()[QStringLiteral("ok")].toBool(), true);
}

void tst_RedTeamStore::wrongKeyIsRefused()
{
    const QString dir = freshCopy();
    const QString keyPath = QDir(dir).filePath(QStringLiteral("keys/local-data.key"));
    QFile key(keyPath);
    QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()), 8);
    key.write(random);
    key.close();
    const qint64 before = Disk(dir).scalar(QStringLiteral("SELECT count(*) FROM records"));

    const ProgramRun check = dbCheck(dir);
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains("local-data.key"), check.out.constData());
    // Nothing is written under the wrong key: not a record, not an operator.
    const ProgramRun write = demoDay(dir, 2, 99);
    QVERIFY(write.exitCode != 0);
    QVERIFY2(write.errors().contains(QStringLiteral("local-data.key")), qPrintable(write.errors()));
    QCOMPARE(Disk(dir).scalar(QStringLiteral("SELECT count(*) FROM records")), before);
}

void tst_RedTeamStore::deepCheckNamesTheTamperedRecord_data()
{
    QTest::addColumn<QString>("tamper"); // SQL; %1 is the victim record's id
    QTest::addColumn<QString>("code"); // what db check must name
    QTest::newRow("flipped envelope byte") << QStringLiteral(
        "UPDATE sealed_records SET envelope = CAST(replace(CAST(envelope AS TEXT), '\"signature_value\":\"', "
        "'\"signature_value\":\"A') AS BLOB) WHERE record_id = '%1'")
                                           << QStringLiteral("record.envelope");
    QTest::newRow("sealed record deleted") << QStringLiteral("DELETE FROM sealed_records WHERE record_id = '%1'")
                                           << QStringLiteral("record.envelope-missing");
    QTest::newRow("rolled back from sealed") << QStringLiteral("UPDATE records SET state = 'photo_ok' WHERE id = '%1'")
                                             << QStringLiteral("record.rolled-back");
    QTest::newRow("created_by changed") << QStringLiteral(
        "UPDATE records SET created_by = created_by + 1 WHERE id = '%1'")
                                        << QStringLiteral("record.created-by");
    QTest::newRow("photo deleted") << QStringLiteral("DELETE FROM record_photos WHERE record_id = '%1'")
                                   << QStringLiteral("record.photo-missing");
    QTest::newRow("record deleted") << QStringLiteral(
        "DELETE FROM record_photos WHERE record_id = '%1'; DELETE FROM sealed_records WHERE record_id = '%1'; "
        "DELETE FROM record_events WHERE record_id = '%1'; DELETE FROM records WHERE id = '%1'")
                                    << QStringLiteral("record.missing");
    QTest::newRow("ID number index changed")
        << QStringLiteral("UPDATE records SET id_index = randomblob(32) WHERE id = '%1'")
        << QStringLiteral("record.id-index");
    QTest::newRow("made its own later version")
        << QStringLiteral("UPDATE records SET supersedes = id WHERE id = '%1'") << QStringLiteral("record.supersedes");
    QTest::newRow("audit table dropped") << QStringLiteral("DROP TABLE audit_events") << QStringLiteral("");
}

void tst_RedTeamStore::deepCheckNamesTheTamperedRecord()
{
    QFETCH(QString, tamper);
    QFETCH(QString, code);
    const QString dir = freshCopy();
    QString victim;
    {
        Disk disk(dir);
        victim = disk.text(QStringLiteral("SELECT id FROM records ORDER BY rowid LIMIT 1 OFFSET 2"));
        QVERIFY(!victim.isEmpty());
        for (const QString &statement : tamper.arg(victim).split(u';'))
            QVERIFY2(disk.exec(statement), qPrintable(statement));
    }
    const ProgramRun run = dbCheck(dir);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = run.json();
    QCOMPARE(report[QStringLiteral("ok")].toBool(), false);
    if (code.isEmpty()) // the store itself is named
        return;
    bool named = false;
    for (const QJsonValue p : report[QStringLiteral("deep")].toArray())
        named = named
            || (p[QStringLiteral("record_id")].toString() == victim && p[QStringLiteral("code")].toString() == code);
    QVERIFY2(named, run.out.constData());
}

void tst_RedTeamStore::emptiedDatabaseBesideKeysIsFound()
{
    const QString dir = freshCopy();
    QFile db(QDir(dir).filePath(QStringLiteral("regpoint.db")));
    QVERIFY(db.resize(0));
    QCOMPARE(dbCheck(dir).exitCode, 1);
    // And the kiosk does not start a fresh store in its place under the old key.
    const ProgramRun write = demoDay(dir, 1, 5);
    QVERIFY(write.exitCode != 0);
    QCOMPARE(QFileInfo(db.fileName()).size(), 0);
}

void tst_RedTeamStore::damagedRowDoesNotHideTheOthers()
{
    const QString dir = freshCopy();
    QString victim;
    {
        Disk disk(dir);
        victim = disk.text(QStringLiteral("SELECT id FROM records ORDER BY rowid LIMIT 1"));
        QVERIFY(disk.exec(QStringLiteral("UPDATE records SET identity = zeroblob(40) WHERE id = '%1'").arg(victim)));
    }
    const ProgramRun run = regpointctl({ QStringLiteral("records"), QStringLiteral("list"), QStringLiteral("--json"),
        QStringLiteral("--data-dir"), dir });
    QCOMPARE(run.exitCode, 1); // something is wrong, and said so
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(rows.size(), 6);
    int damaged = 0;
    for (const QJsonValue row : rows) {
        if (row[QStringLiteral("damaged")].isString()) {
            ++damaged;
            QCOMPARE(row[QStringLiteral("id")].toString(), victim);
        }
    }
    QCOMPARE(damaged, 1);
}

void tst_RedTeamStore::twoWritersRegisterAnIdNumberOnce()
{
    // Two desks (processes) register the same synthetic people at the same time.
    const QString dir = freshCopy();
    QProcess first, second;
    for (QProcess *p : { &first, &second })
        p->start(QStringLiteral(REGPOINTCTL_BIN),
            { QStringLiteral("demo-day"), QStringLiteral("--records"), QStringLiteral("40"), QStringLiteral("--seed"),
                QStringLiteral("77"), QStringLiteral("--data-dir"), dir });
    QVERIFY(first.waitForFinished(300000));
    QVERIFY(second.waitForFinished(300000));
    Disk disk(dir);
    QCOMPARE(disk.scalar(QStringLiteral("SELECT count(*) FROM (SELECT id_index FROM records WHERE supersedes IS NULL "
                                        "AND duplicate_of IS NULL GROUP BY id_index HAVING count(*) > 1)")),
        0);
    QCOMPARE(disk.scalar(QStringLiteral("SELECT count(*) FROM records")), 6 + 40);
    // Between them they registered everyone; each run that registered someone says so.
    QVERIFY(first.exitCode() == 0 || second.exitCode() == 0);
}

void tst_RedTeamStore::emptyDataDirIsRefused()
{
    QTemporaryDir cwd;
    QVERIFY(::chmod(QFile::encodeName(cwd.path()).constData(), 0755) == 0);
    const ProgramRun inCwd = regpointctl({ QStringLiteral("demo-day"), QStringLiteral("--records"), QStringLiteral("1"),
                                             QStringLiteral("--data-dir"), QString() },
        cwd.path());
    QVERIFY(inCwd.exitCode != 0);
    QVERIFY(!QFile::exists(QDir(cwd.path()).filePath(QStringLiteral("regpoint.db"))));
    QCOMPARE(QFileInfo(cwd.path()).permissions() & QFile::ReadOther, QFile::ReadOther); // not chmodded
}

void tst_RedTeamStore::plantedLinkIsNotFollowed()
{
    const QString dir = freshCopy();
    QTemporaryDir elsewhere;
    const QString target = QDir(elsewhere.path()).filePath(QStringLiteral("victim.txt"));
    QFile victim(target);
    QVERIFY(victim.open(QIODevice::WriteOnly));
    victim.write("someone else's file");
    victim.close();
    QVERIFY(::chmod(QFile::encodeName(target).constData(), 0644) == 0);
    const QString keyPath = QDir(dir).filePath(QStringLiteral("keys/local-data.key"));
    QVERIFY(QFile::remove(keyPath));
    QVERIFY(QFile::link(target, keyPath));

    const ProgramRun run = demoDay(dir, 1, 11);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.errors().contains(QStringLiteral("link")), qPrintable(run.errors()));
    QCOMPARE(QFileInfo(target).permissions() & QFile::ReadOther, QFile::ReadOther);
}

void tst_RedTeamStore::demoDayRefusesARealPoint()
{
    // A point provisioned for a province that is not the demo one.
    QTemporaryDir point;
    const CertificateAuthority province = CertificateAuthority::create(QStringLiteral("Hunan Exam Authority CA"));
    const KeyPair provinceKey = CertificateAuthority::rsaKeyPair(3072);
    MachineProvisioning provisioning(point.path());
    const Result<QByteArray> csr
        = provisioning.begin(QStringLiteral("430102-07"), provinceKey.publicPem, province.certificatePem());
    QVERIFY(csr);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(provisioning.installCertificate(province.issue(csr.value(), now.addDays(-1), now.addYears(1)), now));

    const ProgramRun run = demoDay(point.path(), 3, 1);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.errors().contains(QStringLiteral("not a demo store")), qPrintable(run.errors()));
    QVERIFY(!QFile::exists(QDir(point.path()).filePath(QStringLiteral("regpoint.db"))));
}

void tst_RedTeamStore::demoDayThatRegisteredNothingFails()
{
    const QString dir = freshCopy();
    const ProgramRun again = demoDay(dir, 6, 3); // the same people as the store already holds
    QVERIFY(again.exitCode != 0);
    QVERIFY(!again.errors().isEmpty());
}

void tst_RedTeamStore::demoDayRefusesAnUnprovisionedPointsData()
{
    // A real point before its certificate came: an administrator already added.
    QTemporaryDir point;
    const ProgramRun added = runProgram(QStringLiteral(REGPOINTCTL_BIN),
        { QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--data-dir"), point.path(),
            QStringLiteral("--username"), QStringLiteral("real.admin"), QStringLiteral("--name"),
            QStringLiteral("张三"), QStringLiteral("--role"), QStringLiteral("admin"),
            QStringLiteral("--password-stdin") },
        "Real-admin-2026\nReal-admin-2026\n");
    QVERIFY2(added.exitCode == 0, qPrintable(added.errors()));
    const ProgramRun run = demoDay(point.path(), 2, 1);
    QVERIFY(run.exitCode != 0);
    QCOMPARE(StoreFile(point.path()).scalar(QStringLiteral("SELECT count(*) FROM operators")), 1);
    QVERIFY(!QFile::exists(QDir(point.path()).filePath(QStringLiteral("keys/machine.key"))));
}

void tst_RedTeamStore::linkedKeysFolderGetsNoKeys()
{
    // keys/ is a link to a folder elsewhere: no key may be written there, nor its mode changed.
    QTemporaryDir point, elsewhere;
    QVERIFY(::chmod(QFile::encodeName(elsewhere.path()).constData(), 0755) == 0);
    QVERIFY(QFile::link(elsewhere.path(), QDir(point.path()).filePath(QStringLiteral("keys"))));
    for (const QStringList &command :
        { QStringList { QStringLiteral("demo-day"), QStringLiteral("--records"), QStringLiteral("1") },
            QStringList { QStringLiteral("provision"), QStringLiteral("--demo") } }) {
        const ProgramRun run = regpointctl(command + QStringList { QStringLiteral("--data-dir"), point.path() });
        QVERIFY(run.exitCode != 0);
    }
    QVERIFY(QDir(elsewhere.path()).isEmpty());
    QCOMPARE(QFileInfo(elsewhere.path()).permissions() & QFile::ReadOther, QFile::ReadOther);
}

QTEST_GUILESS_MAIN(tst_RedTeamStore)
#include "tst_redteam_store.moc"
