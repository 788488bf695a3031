// Red team, operators (issue 10): what someone with a shell on the desk PC tries against the
// operator accounts, through the shipped regpointctl and the library, and what must stop them.

#include "attackertools.h"
#include "audit/auditlog.h"
#include "crypto/passwordhasher.h"
#include "operators/operatorservice.h"
#include "operators/operatorstore.h"
#include "operators/sessionlock.h"
#include "tempworkspace.h"
#include "workspace/workspace.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;
using namespace std::chrono_literals;

namespace {

using Run = ProgramRun;

Run ctl(const QStringList &args, const QByteArray &input = {})
{
    return runProgram(QStringLiteral(REGPOINTCTL_BIN), args, input, {}, 60000);
}

QStringList addArgs(const QString &dataDir, const QString &username, const QString &name, const QString &role)
{
    return { QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--data-dir"), dataDir,
        QStringLiteral("--username"), username, QStringLiteral("--name"), name, QStringLiteral("--role"), role,
        QStringLiteral("--password-stdin") };
}

QStringList resetArgs(const QString &dataDir, const QString &username, const QString &by)
{
    return { QStringLiteral("operator"), QStringLiteral("reset-password"), QStringLiteral("--data-dir"), dataDir,
        QStringLiteral("--username"), username, QStringLiteral("--by"), by, QStringLiteral("--password-stdin") };
}

// What the attacker does with the sqlite3 shell: one statement on the database file, beside the
// running product.
bool sql(const QString &dataDir, const QString &statement)
{
    static int connections = 0;
    const QString name = QStringLiteral("redteam-%1").arg(++connections);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(Workspace::databasePath(dataDir));
        QSqlQuery q(db);
        ok = db.open() && q.exec(statement);
        if (!ok)
            qWarning() << q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Makes every insert into audit_events fail, or only those of one action.
bool blockAuditInserts(const QString &dataDir, const QString &action = {})
{
    const QString when = action.isEmpty() ? QString() : QStringLiteral("WHEN NEW.action = '%1' ").arg(action);
    return sql(dataDir,
        QStringLiteral("CREATE TRIGGER redteam_no_audit BEFORE INSERT ON audit_events ") + when
            + QStringLiteral("BEGIN SELECT RAISE(ABORT, 'audit switched off'); END"));
}

NewOperator account(const QString &username, Role role, const QString &password)
{
    return { username, QStringLiteral("某人 ") + username, role, password, password };
}

bool logsIn(TempWorkspace &ws, const QString &username, const QString &password)
{
    return bool(ws->operators().authenticate(username, password));
}

qint64 auditEvents(TempWorkspace &ws)
{
    return ws->audit().events().value().size();
}

const QString kApproverPassword = QStringLiteral("desk-2026-ok");
const QString kTargetPassword = QStringLiteral("target-old-26");
const QString kNewPassword = QStringLiteral("taken-over-26");

} // namespace

class tst_RedteamOperators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resetOnlyDownwards_data();
    void resetOnlyDownwards();
    void unlockOnlyDownwards_data();
    void unlockOnlyDownwards();
    void unknownNameCostsTheSameWork_data();
    void unknownNameCostsTheSameWork();
    void overlongPasswordLineIsRefused();
    void approverLineDoesNotSpillIntoNewPassword();
    void invalidUtf8IsRefused();
    void weakPasswordsAreRefused_data();
    void weakPasswordsAreRefused();
    void unprintableNamesAreRefused_data();
    void unprintableNamesAreRefused();
    void listPrintsStoredEscapesSafely();
    void loginFailsClosedWithoutAudit();
    void loginFailsClosedOnReadOnlyStore();
    void resetFailsClosedWithoutAudit();
    void addFailsClosedWithoutAudit();
    void unlockFailsClosedWithoutAudit();
};

// A supervisor reset the administrator's password (and another supervisor's), then logged in as
// them. Only a higher role may reset a lower one's password.
void tst_RedteamOperators::resetOnlyDownwards_data()
{
    QTest::addColumn<Role>("by");
    QTest::addColumn<Role>("target");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("supervisor resets a clerk") << Role::Supervisor << Role::Clerk << true;
    QTest::newRow("supervisor resets another supervisor") << Role::Supervisor << Role::Supervisor << false;
    QTest::newRow("supervisor resets the admin") << Role::Supervisor << Role::Admin << false;
    QTest::newRow("admin resets a clerk") << Role::Admin << Role::Clerk << true;
    QTest::newRow("admin resets a supervisor") << Role::Admin << Role::Supervisor << true;
    QTest::newRow("admin resets another admin") << Role::Admin << Role::Admin << false;
    QTest::newRow("clerk resets another clerk") << Role::Clerk << Role::Clerk << false;
}

void tst_RedteamOperators::resetOnlyDownwards()
{
    QFETCH(Role, by);
    QFETCH(Role, target);
    QFETCH(bool, allowed);
    TempWorkspace ws;
    QVERIFY(ws->operators().create(account(QStringLiteral("approver"), by, kApproverPassword)));
    QVERIFY(ws->operators().create(account(QStringLiteral("victim"), target, kTargetPassword)));

    const Run run = ctl(resetArgs(ws.dataDir(), QStringLiteral("victim"), QStringLiteral("approver")),
        (kApproverPassword + u'\n' + kNewPassword + u'\n').toUtf8());
    QCOMPARE(run.exitCode, allowed ? 0 : 1);
    QCOMPARE(logsIn(ws, QStringLiteral("victim"), kNewPassword), allowed);
    QCOMPARE(logsIn(ws, QStringLiteral("victim"), kTargetPassword), !allowed);
    if (!allowed)
        QVERIFY(!run.err.trimmed().isEmpty());
}

void tst_RedteamOperators::unlockOnlyDownwards_data()
{
    QTest::addColumn<Role>("by");
    QTest::addColumn<Role>("target");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("supervisor unlocks a clerk") << Role::Supervisor << Role::Clerk << true;
    QTest::newRow("supervisor unlocks another supervisor") << Role::Supervisor << Role::Supervisor << false;
    QTest::newRow("supervisor unlocks the admin") << Role::Supervisor << Role::Admin << false;
    QTest::newRow("clerk unlocks a clerk") << Role::Clerk << Role::Clerk << false;
}

// Lifting a lockout lets the guessing start again: a supervisor who may lift another supervisor's
// or the admin's lockout, again and again, guesses their password without limit.
void tst_RedteamOperators::unlockOnlyDownwards()
{
    QFETCH(Role, by);
    QFETCH(Role, target);
    QFETCH(bool, allowed);
    TempWorkspace ws;
    const Operator approver
        = ws->operators().create(account(QStringLiteral("approver"), by, kApproverPassword)).value();
    const qint64 victim = ws->operators().create(account(QStringLiteral("victim"), target, kTargetPassword)).value().id;
    LoginGuard locked;
    locked.failedLogins = 5;
    locked.lockedUntil = ws.clock().now().addSecs(3600);
    locked.lockouts = 1;
    QVERIFY(ws->operatorStore().setLoginGuard(victim, locked));

    QCOMPARE(bool(ws->operators().unlockAccount(approver, QStringLiteral("victim"))), allowed);
    QCOMPARE(ws->operatorStore().loginGuard(victim).value().lockedUntil.isValid(), !allowed);
}

// Timing told which approver names exist (unknown ~0.4 s, known ~0.2 s). Without a stopwatch:
// every answer must run scrypt exactly once, at the same cost, whoever is asked for.
void tst_RedteamOperators::unknownNameCostsTheSameWork_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::newRow("unknown name") << "no.such.user"
                                  << "clerk-pass-1";
    QTest::newRow("known name, wrong password") << "zhang.min"
                                                << "wrong-pass-1";
    QTest::newRow("known name, right password") << "zhang.min"
                                                << "clerk-pass-1";
    QTest::newRow("locked account, right password") << "li.locked"
                                                    << "clerk-pass-2";
    QTest::newRow("locked account, wrong password") << "li.locked"
                                                    << "wrong-pass-1";
}

void tst_RedteamOperators::unknownNameCostsTheSameWork()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    TempWorkspace ws;
    const PasswordHasher::Cost cost = TempWorkspace::fastOptions().passwordCost;
    QList<PasswordHasher::Cost> derivations;
    OperatorService operators(ws->operatorStore(), ws.clock(), ws->audit(),
        PasswordHasher(cost, [&](const auto &used) { derivations << used; }));
    QVERIFY(operators.create(account(QStringLiteral("zhang.min"), Role::Clerk, QStringLiteral("clerk-pass-1"))));
    QVERIFY(operators.create(account(QStringLiteral("li.locked"), Role::Clerk, QStringLiteral("clerk-pass-2"))));
    for (int i = 0; i < OperatorService::kMaxFailedLogins; ++i)
        (void)operators.authenticate(QStringLiteral("li.locked"), QStringLiteral("guess-pass-%1").arg(i));

    derivations.clear();
    (void)operators.authenticate(username, password);
    QCOMPARE(derivations, QList<PasswordHasher::Cost> { cost });
}

// `--password-stdin` cut lines at 1,024 bytes: a longer password was stored cut, and any string
// with the same first 1,023 characters unlocked the account.
void tst_RedteamOperators::overlongPasswordLineIsRefused()
{
    TempWorkspace ws;
    const QString longPassword = QStringLiteral("Lo-9").repeated(275); // 1,100 characters
    const Run run = ctl(addArgs(ws.dataDir(), QStringLiteral("li.long"), QStringLiteral("李"), QStringLiteral("clerk")),
        (longPassword + u'\n').toUtf8());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QByteArray::number(OperatorService::kMaxPasswordLength)), run.err.constData());
    QVERIFY(!logsIn(ws, QStringLiteral("li.long"), longPassword.left(1023)));
    QCOMPARE(ws->operatorStore().count().value(), 0);
}

// In a reset, the part of the approver's line past 1,023 bytes became the victim's new password.
void tst_RedteamOperators::approverLineDoesNotSpillIntoNewPassword()
{
    TempWorkspace ws;
    QVERIFY(ws->operators().create(account(QStringLiteral("wang.li"), Role::Supervisor, kApproverPassword)));
    QVERIFY(ws->operators().create(account(QStringLiteral("zhang.min"), Role::Clerk, kTargetPassword)));
    // The supervisor's password as today's `operator add` stored it: cut at 1,023 characters.
    const QString head = QStringLiteral("Sv-7").repeated(256).left(1023);
    const qint64 supervisor = ws->operatorStore().findWithHash(QStringLiteral("wang.li")).value()->first.id;
    QVERIFY(ws->operatorStore().setPasswordHash(
        supervisor, PasswordHasher(TempWorkspace::fastOptions().passwordCost).hash(head.toUtf8())));

    const QString spill = QStringLiteral("tail-pass-99");
    const Run run = ctl(resetArgs(ws.dataDir(), QStringLiteral("zhang.min"), QStringLiteral("wang.li")),
        (head + spill + u'\n' + kNewPassword + u'\n').toUtf8());
    QVERIFY(!logsIn(ws, QStringLiteral("zhang.min"), spill));
    if (run.exitCode == 0)
        QVERIFY(logsIn(ws, QStringLiteral("zhang.min"), kNewPassword));
    else
        QVERIFY(logsIn(ws, QStringLiteral("zhang.min"), kTargetPassword));
}

// Invalid UTF-8 became U+FFFD: "\xff" and "\xfe" were the same password.
void tst_RedteamOperators::invalidUtf8IsRefused()
{
    TempWorkspace ws;
    Run run = ctl(addArgs(ws.dataDir(), QStringLiteral("li.bytes"), QStringLiteral("李"), QStringLiteral("clerk")),
        QByteArray("desk-\xff-2026-ok\n"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("UTF-8"), run.err.constData());
    QCOMPARE(ws->operatorStore().count().value(), 0);

    // A supervisor whose password holds U+FFFD (from before the fix): other bytes must not open it.
    QVERIFY(ws->operators().create(account(QStringLiteral("wang.li"), Role::Supervisor, kApproverPassword)));
    QVERIFY(ws->operators().create(account(QStringLiteral("zhang.min"), Role::Clerk, kTargetPassword)));
    const qint64 supervisor = ws->operatorStore().findWithHash(QStringLiteral("wang.li")).value()->first.id;
    QVERIFY(ws->operatorStore().setPasswordHash(supervisor,
        PasswordHasher(TempWorkspace::fastOptions().passwordCost).hash(QByteArray("desk-\xef\xbf\xbd-2026-ok"))));
    run = ctl(resetArgs(ws.dataDir(), QStringLiteral("zhang.min"), QStringLiteral("wang.li")),
        QByteArray("desk-\xfe-2026-ok\n") + kNewPassword.toUtf8() + '\n');
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("UTF-8"), run.err.constData());
    QVERIFY(logsIn(ws, QStringLiteral("zhang.min"), kTargetPassword));
}

void tst_RedteamOperators::weakPasswordsAreRefused_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::newRow("digits in a row") << QByteArray("12345678");
    QTest::newRow("the word password") << QByteArray("password");
    QTest::newRow("eight spaces") << QByteArray("        ");
}

// `12345678`, `password` and eight spaces were accepted, on creation and on reset.
void tst_RedteamOperators::weakPasswordsAreRefused()
{
    QFETCH(QByteArray, password);
    TempWorkspace ws;
    Run run = ctl(addArgs(ws.dataDir(), QStringLiteral("li.weak"), QStringLiteral("李"), QStringLiteral("clerk")),
        password + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.trimmed().isEmpty());
    QCOMPARE(ws->operatorStore().count().value(), 0);

    QVERIFY(ws->operators().create(account(QStringLiteral("wang.li"), Role::Supervisor, kApproverPassword)));
    QVERIFY(ws->operators().create(account(QStringLiteral("zhang.min"), Role::Clerk, kTargetPassword)));
    run = ctl(resetArgs(ws.dataDir(), QStringLiteral("zhang.min"), QStringLiteral("wang.li")),
        kApproverPassword.toUtf8() + '\n' + password + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY(logsIn(ws, QStringLiteral("zhang.min"), kTargetPassword));
}

void tst_RedteamOperators::unprintableNamesAreRefused_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("name");
    const QString ok = QStringLiteral("li.ming");
    QTest::newRow("terminal title and clear screen") << ok << QStringLiteral("\x1b]0;owned\x07\x1b[2J李明");
    QTest::newRow("C1 control sequence introducer") << ok << QStringLiteral("李\u009b2J明");
    QTest::newRow("right-to-left override") << ok << QStringLiteral("李明\u202etxt.exe");
    QTest::newRow("zero-width space") << ok << QStringLiteral("李\u200b明");
    QTest::newRow("new line") << ok << QStringLiteral("李明\n4\tadmin\troot");
    QTest::newRow("escape in the login name") << QStringLiteral("li\x1b[2Jming") << QStringLiteral("李明");
}

// A display name with terminal escapes took over the technician's terminal on `operator list`.
void tst_RedteamOperators::unprintableNamesAreRefused()
{
    QFETCH(QString, username);
    QFETCH(QString, name);
    TempWorkspace ws;
    const Run run
        = ctl(addArgs(ws.dataDir(), username, name, QStringLiteral("clerk")), QByteArrayLiteral("clerk-pass-1\n"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(ws->operatorStore().count().value(), 0);
    QVERIFY(!run.err.trimmed().isEmpty());
    QVERIFY(!ws->operators().create(
        { username, name, Role::Clerk, QStringLiteral("clerk-pass-1"), QStringLiteral("clerk-pass-1") }));
}

// A name written into the file directly (sqlite3) still must not reach the terminal raw.
void tst_RedteamOperators::listPrintsStoredEscapesSafely()
{
    TempWorkspace ws;
    QVERIFY(ws->operators().create(testSupervisor()));
    QVERIFY(sql(ws.dataDir(),
        QStringLiteral("INSERT INTO operators (username, display_name, role, password_hash, created_at) VALUES "
                       "('x\x1b[31m', char(27) || ']0;owned' || char(7) || char(27) || '[2J' || char(155) || '2J' "
                       "|| char(8238) || 'evil', 'clerk', '-', '2026-11-25T09:00:00')")));
    const Run run
        = ctl({ QStringLiteral("operator"), QStringLiteral("list"), QStringLiteral("--data-dir"), ws.dataDir() });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("wang.li"));
    QVERIFY(run.out.contains("evil"));
    for (const char c : run.out)
        QVERIFY2(uchar(c) >= 0x20 || c == '\t' || c == '\n', run.out.toHex(' ').constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(!text.contains(QChar(0x9b)));
    QVERIFY(!text.contains(QChar(0x202e)));
}

// With inserts into audit_events made to fail (a trigger, as the attacker adds with sqlite3), a
// login went ahead and left no trace.
void tst_RedteamOperators::loginFailsClosedWithoutAudit()
{
    TempWorkspace ws;
    QVERIFY(ws->operators().create(account(QStringLiteral("zhang.min"), Role::Clerk, kTargetPassword)));
    QVERIFY(blockAuditInserts(ws.dataDir()));
    const Result<Operator> login = ws->operators().authenticate(QStringLiteral("zhang.min"), kTargetPassword);
    QVERIFY(!login);
    QCOMPARE(login.failure().code, QStringLiteral("operator.audit-unavailable"));
    QVERIFY(!login.failure().message.isEmpty());
    // The same answer for a wrong password: no oracle while the log is down.
    QCOMPARE(ws->operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("wrong-pass-1")).failure().code,
        QStringLiteral("operator.audit-unavailable"));
}

// A store opened read-only (or a database file that cannot be written) took logins unaudited.
void tst_RedteamOperators::loginFailsClosedOnReadOnlyStore()
{
    TempWorkspace ws;
    QVERIFY(ws->operators().create(account(QStringLiteral("zhang.min"), Role::Clerk, kTargetPassword)));
    const qint64 before = auditEvents(ws);
    Workspace::Options readOnly = TempWorkspace::fastOptions();
    readOnly.readOnly = true;
    auto frozen = Workspace::open(ws.dataDir(), ws.clock(), readOnly);
    QVERIFY(frozen);
    const Result<Operator> login
        = frozen.value()->operators().authenticate(QStringLiteral("zhang.min"), kTargetPassword);
    QVERIFY(!login);
    QCOMPARE(login.failure().code, QStringLiteral("operator.audit-unavailable"));
    QCOMPARE(auditEvents(ws), before);
}

void tst_RedteamOperators::resetFailsClosedWithoutAudit()
{
    TempWorkspace ws;
    QVERIFY(ws->operators().create(account(QStringLiteral("wang.li"), Role::Supervisor, kApproverPassword)));
    QVERIFY(ws->operators().create(account(QStringLiteral("zhang.min"), Role::Clerk, kTargetPassword)));
    QVERIFY(blockAuditInserts(ws.dataDir(), QStringLiteral("password.reset")));
    const Run run = ctl(resetArgs(ws.dataDir(), QStringLiteral("zhang.min"), QStringLiteral("wang.li")),
        (kApproverPassword + u'\n' + kNewPassword + u'\n').toUtf8());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("audit"), run.err.constData());
    QVERIFY(sql(ws.dataDir(), QStringLiteral("DROP TRIGGER redteam_no_audit")));
    QVERIFY(logsIn(ws, QStringLiteral("zhang.min"), kTargetPassword));
    QVERIFY(!logsIn(ws, QStringLiteral("zhang.min"), kNewPassword));
}

void tst_RedteamOperators::addFailsClosedWithoutAudit()
{
    TempWorkspace ws;
    QVERIFY(blockAuditInserts(ws.dataDir(), QStringLiteral("operator.create")));
    const Run run
        = ctl(addArgs(ws.dataDir(), QStringLiteral("li.ghost"), QStringLiteral("李"), QStringLiteral("admin")),
            QByteArrayLiteral("ghost-pass-26\n"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("audit"), run.err.constData());
    QCOMPARE(ws->operatorStore().count().value(), 0);
}

void tst_RedteamOperators::unlockFailsClosedWithoutAudit()
{
    TempWorkspace ws;
    const Operator clerk
        = ws->operators().create(account(QStringLiteral("zhang.min"), Role::Clerk, kTargetPassword)).value();
    SessionLock lock(ws->operators(), ws.clock(), ws->audit(), 120s);
    lock.setOperator(clerk);
    lock.lockNow();
    QVERIFY(lock.isLocked());
    QVERIFY(blockAuditInserts(ws.dataDir(), QStringLiteral("session.unlock")));
    QVERIFY(!lock.unlock(QStringLiteral("zhang.min"), kTargetPassword));
    QVERIFY(lock.isLocked());
}

QTEST_GUILESS_MAIN(tst_RedteamOperators)
#include "tst_redteam_operators.moc"
