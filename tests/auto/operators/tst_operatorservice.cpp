#include "audit/auditlog.h"
#include "crypto/passwordhasher.h"
#include "operators/operatorservice.h"
#include "operators/operatorstore.h"
#include "tempworkspace.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;
using namespace Qt::StringLiterals;

class tst_OperatorService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashFormat();
    void productionCostVerifies();
    void createRules_data();
    void createRules();
    void authenticate();
    void passwordNeverOnDisk();
    void passwordRules_data();
    void passwordRules();
    void decoyAndDamagedHashCostOneRun();
    void printableText_data();
    void printableText();
    void resetRanks_data();
    void resetRanks();
    void managedOnlyByAHigherRole_data();
    void managedOnlyByAHigherRole();
    void aDisabledAccountCannotSignInOrApprove();
};

void tst_OperatorService::hashFormat()
{
    const PasswordHasher hasher({ 4, 8, 1 });
    const QString hash = hasher.hash("correct horse");
    QVERIFY(hash.startsWith(QStringLiteral("$scrypt$ln=4,r=8,p=1$")));
    QVERIFY(hasher.verify("correct horse", hash));
    QVERIFY(!hasher.verify("correct horsE", hash));
    QVERIFY(hasher.hash("correct horse") != hash); // salted
    QVERIFY(!hasher.verify("x", QStringLiteral("$scrypt$ln=99,r=8,p=1$AAAA$AAAA")));
    QVERIFY(!hasher.verify("x", QStringLiteral("plain")));
}

void tst_OperatorService::productionCostVerifies()
{
    // The default cost (N = 2^15) really runs: the memory limit fits it.
    const PasswordHasher hasher;
    const QString hash = hasher.hash("desk-2026-ok");
    QVERIFY(hash.startsWith(QStringLiteral("$scrypt$ln=15,")));
    QVERIFY(hasher.verify("desk-2026-ok", hash));
}

void tst_OperatorService::createRules_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("repeat");
    QTest::addColumn<QString>("code");
    QTest::newRow("good") << "zhang.wei"
                          << "secret-2026"
                          << "secret-2026"
                          << "";
    QTest::newRow("upper case name") << "Zhang"
                                     << "secret-2026"
                                     << "secret-2026"
                                     << "operator.bad-username";
    QTest::newRow("name too short") << "zw"
                                    << "secret-2026"
                                    << "secret-2026"
                                    << "operator.bad-username";
    QTest::newRow("Chinese name as login") << "张伟"
                                           << "secret-2026"
                                           << "secret-2026"
                                           << "operator.bad-username";
    QTest::newRow("password short") << "zhang.wei"
                                    << "1234567"
                                    << "1234567"
                                    << "operator.bad-password";
    QTest::newRow("password is name") << "zhang.wei"
                                      << "ZHANG.WEI"
                                      << "ZHANG.WEI"
                                      << "operator.bad-password";
    QTest::newRow("repeat differs") << "zhang.wei"
                                    << "secret-2026"
                                    << "secret-2025"
                                    << "operator.bad-password";
    QTest::newRow("taken") << "wang.li"
                           << "secret-2026"
                           << "secret-2026"
                           << "operator.exists";
}

void tst_OperatorService::createRules()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, repeat);
    QFETCH(QString, code);
    TempWorkspace ws;
    QVERIFY(ws->operators().create(testSupervisor()));
    auto created = ws->operators().create({ username, QStringLiteral("张伟"), Role::Clerk, password, repeat });
    QCOMPARE(created ? QString() : created.failure().code, code);
    QCOMPARE(ws->operatorStore().count().value(), code.isEmpty() ? 2 : 1);
}

void tst_OperatorService::authenticate()
{
    TempWorkspace ws;
    QVERIFY(!ws->operators().hasAnyOperator().value());
    QVERIFY(ws->operators().create(testSupervisor()));
    QVERIFY(ws->operators().hasAnyOperator().value());
    auto ok = ws->operators().authenticate(QStringLiteral(" wang.li "), testSupervisor().password);
    QVERIFY(ok);
    QCOMPARE(ok->role, Role::Supervisor);
    QCOMPARE(ok->displayName, QStringLiteral("王丽"));
    QCOMPARE(ws->operators().authenticate(QStringLiteral("wang.li"), QStringLiteral("wrong-pass")).failure().code,
        QStringLiteral("operator.refused"));
    // An approval typed at a clerk's desk, or a password typed again before administration, is
    // not a sign-in: the audit log says which it was.
    QVERIFY(ws->operators().approval(QStringLiteral("wang.li"), testSupervisor().password,
        Permission::ApproveManualEntry, Failure { QStringLiteral("x"), QString() }));
    QVERIFY(ws->operators().authenticate(
        QStringLiteral("wang.li"), testSupervisor().password, OperatorService::Purpose::Confirmation));
    QStringList actions;
    for (const AuditEvent &event : ws->audit().events().value())
        if (event.outcome == u"ok" && event.operatorId == ok->id)
            actions.append(event.action);
    QCOMPARE(actions.mid(actions.size() - 3), (QStringList { u"login"_s, u"approval"_s, u"reauth"_s }));
}

void tst_OperatorService::passwordNeverOnDisk()
{
    TempWorkspace ws;
    QVERIFY(ws->operators().create(testSupervisor()));
    QDirIterator it(ws.dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(testSupervisor().password.toUtf8()));
    }
}

void tst_OperatorService::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("oldPassword");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("letters, digits and a dash") << "secret-2026"
                                                << "" << true;
    QTest::newRow("Chinese and digits") << "湖南考试院2026"
                                        << "" << true;
    QTest::newRow("phrase with spaces") << "correct horse battery"
                                        << "" << true;
    QTest::newRow("digits in a row") << "12345678"
                                     << "" << false;
    QTest::newRow("the word password") << "password"
                                       << "" << false;
    QTest::newRow("eight spaces") << "        "
                                  << "" << false;
    QTest::newRow("one kind only") << "qwertzuiop"
                                   << "" << false;
    QTest::newRow("long sequence") << "abcdefgh-1"
                                   << "" << false;
    QTest::newRow("one character repeated") << "aaaa-2026"
                                            << "" << false;
    QTest::newRow("contains the user name") << "zhang.wei-2026"
                                            << "" << false;
    QTest::newRow("palindrome") << "ab-12-21-ba"
                                << "" << false;
    QTest::newRow("same as the old one") << "secret-2026"
                                         << "secret-2026" << false;
    QTest::newRow("too long") << QString(OperatorService::kMaxPasswordLength + 1, u'x') + u'1' << "" << false;
    QTest::newRow("longest allowed") << QStringLiteral("Registration at Furong point opens at 8:30; bring the ID card, "
                                                       "two photos and the fee receipt. Questions? Ask desk 3 or call "
                                                       "0731-8451")
                                            .left(OperatorService::kMaxPasswordLength)
                                     << "" << true;
    QTest::newRow("control character") << "secret\x1b-2026"
                                       << "" << false;
    QTest::newRow("zero-width space") << "secret\u200b-2026"
                                      << "" << false;
    QTest::newRow("lone surrogate") << QStringLiteral("secret-2026") + QChar(0xd800) << "" << false;
}

void tst_OperatorService::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(QString, oldPassword);
    QFETCH(bool, accepted);
    const QString problem
        = OperatorService::passwordProblem(QStringLiteral("zhang.wei"), password, password, oldPassword);
    QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
}

void tst_OperatorService::decoyAndDamagedHashCostOneRun()
{
    const PasswordHasher::Cost cost { 4, 8, 1 };
    QList<PasswordHasher::Cost> runs;
    const PasswordHasher hasher(cost, [&](const PasswordHasher::Cost &used) { runs << used; });
    const QString decoy = hasher.decoy();
    QVERIFY(runs.isEmpty());
    QVERIFY(decoy.startsWith(QStringLiteral("$scrypt$ln=4,r=8,p=1$")));
    QVERIFY(!hasher.verify("anything", decoy));
    QVERIFY(!hasher.verify("anything", QStringLiteral("plain")));
    QVERIFY(!hasher.verify("anything", QStringLiteral("$scrypt$ln=99,r=8,p=1$AAAA$AAAA")));
    QCOMPARE(runs, QList<PasswordHasher::Cost>(3, cost));
}

void tst_OperatorService::printableText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");
    QTest::addColumn<bool>("printable");
    QTest::newRow("Chinese name") << "王丽"
                                  << "王丽" << true;
    QTest::newRow("ideographic space") << "王\u3000丽"
                                       << "王\u3000丽" << true;
    QTest::newRow("emoji outside the BMP") << "a\U0001F600"
                                           << "a\U0001F600" << true;
    QTest::newRow("backslash stays unambiguous") << "a\\u{001b}"
                                                 << "a\\\\u{001b}" << true;
    QTest::newRow("escape sequence") << "\x1b[2J"
                                     << "\\u{001b}[2J" << false;
    QTest::newRow("C1 control") << "a\u009bb"
                                << "a\\u{009b}b" << false;
    QTest::newRow("direction override") << "a\u202eb"
                                        << "a\\u{202e}b" << false;
    QTest::newRow("lone surrogate") << QStringLiteral("a") + QChar(0xdc00) << "a\\u{dc00}" << false;
}

void tst_OperatorService::printableText()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    QFETCH(bool, printable);
    QCOMPARE(RegPoint::Kiosk::printableText(text), printed);
    QCOMPARE(isPrintableText(text), printable);
    QCOMPARE(OperatorService::displayNameProblem(text).isEmpty(), printable);
}

void tst_OperatorService::resetRanks_data()
{
    QTest::addColumn<Role>("by");
    QTest::addColumn<Role>("target");
    QTest::addColumn<bool>("allowed");
    for (Role by : { Role::Clerk, Role::Supervisor, Role::Admin }) {
        for (Role target : { Role::Clerk, Role::Supervisor, Role::Admin })
            QTest::addRow("%s resets %s", qPrintable(roleKey(by)), qPrintable(roleKey(target)))
                << by << target
                << ((by == Role::Supervisor && target == Role::Clerk) || (by == Role::Admin && target != Role::Admin));
    }
}

void tst_OperatorService::resetRanks()
{
    QFETCH(Role, by);
    QFETCH(Role, target);
    QFETCH(bool, allowed);
    QCOMPARE(canResetPasswordOf(by, target), allowed);
}

void tst_OperatorService::managedOnlyByAHigherRole_data()
{
    QTest::addColumn<Role>("by");
    QTest::addColumn<Role>("target");
    QTest::addColumn<bool>("allowed");
    for (Role by : { Role::Clerk, Role::Supervisor, Role::Admin }) {
        for (Role target : { Role::Clerk, Role::Supervisor, Role::Admin })
            QTest::addRow("%s manages %s", qPrintable(roleKey(by)), qPrintable(roleKey(target)))
                << by << target
                << ((by == Role::Supervisor && target == Role::Clerk) || (by == Role::Admin && target != Role::Admin));
    }
}

// Each pair tried at the desk as someone of role `by` would: add an account of `target`'s role,
// then disable an existing one. Refused: nothing stored, nothing changed.
void tst_OperatorService::managedOnlyByAHigherRole()
{
    QFETCH(Role, by);
    QFETCH(Role, target);
    QFETCH(bool, allowed);
    QCOMPARE(canManageOperatorsOf(by, target), allowed);

    TempWorkspace ws;
    OperatorService &service = ws->operators();
    const auto make = [&](const QString &name, Role role) {
        NewOperator request { name, name, role, QStringLiteral("desk-2026-ok"), QStringLiteral("desk-2026-ok") };
        return service.create(request);
    };
    const Result<Operator> actor = make(QStringLiteral("actor"), by);
    const Result<Operator> existing = make(QStringLiteral("existing"), target);
    QVERIFY(actor && existing);

    const Result<Operator> added = service.createBy(actor.value(),
        { QStringLiteral("added"), QStringLiteral("added"), target, QStringLiteral("desk-2026-ok"),
            QStringLiteral("desk-2026-ok") });
    QCOMPARE(added.ok(), allowed);
    QCOMPARE(ws->operatorStore().count().value(), allowed ? 3 : 2);
    const Status disabled = service.setDisabled(actor.value(), QStringLiteral("existing"), true);
    QCOMPARE(disabled.ok(), allowed);
    QCOMPARE(ws->operatorStore().find(existing->id).value()->disabled, allowed);
    if (!allowed) {
        QCOMPARE(added.failure().code, QStringLiteral("operator.not-allowed"));
        QCOMPARE(disabled.failure().code, QStringLiteral("operator.not-allowed"));
    }
    // Nobody disables themselves, whatever their role.
    QVERIFY(!service.setDisabled(actor.value(), QStringLiteral("actor"), true));
}

void tst_OperatorService::aDisabledAccountCannotSignInOrApprove()
{
    TempWorkspace ws;
    OperatorService &service = ws->operators();
    const Result<Operator> admin = service.create({ QStringLiteral("chief"), QStringLiteral("Chief"), Role::Admin,
        QStringLiteral("admin-2026-ok"), QStringLiteral("admin-2026-ok") });
    QVERIFY(admin);
    const Result<Operator> supervisor = service.createBy(admin.value(), testSupervisor());
    QVERIFY(supervisor);
    const NewOperator who = testSupervisor();
    QVERIFY(service.authenticate(who.username, who.password));

    QVERIFY(service.setDisabled(admin.value(), who.username, true));
    const Result<Operator> refused = service.authenticate(who.username, who.password);
    QVERIFY(!refused);
    QCOMPARE(refused.failure().code, QStringLiteral("operator.disabled"));
    // Typed at a clerk's desk to approve an exception: refused the same way.
    QVERIFY(!service.approval(
        who.username, who.password, Permission::ApproveManualEntry, { QStringLiteral("x"), QStringLiteral("x") }));

    QVERIFY(service.setDisabled(admin.value(), who.username, false));
    QVERIFY(service.authenticate(who.username, who.password));
    // Each change is an audit event naming who made it.
    QStringList changes;
    for (const AuditEvent &event : ws->audit().events().value())
        if (event.action.startsWith(u"operator."))
            changes.append(event.action + u'@' + QString::number(event.operatorId.value_or(-1)));
    const QString by = QString::number(admin->id);
    QCOMPARE(changes,
        QStringList({ QStringLiteral("operator.create@-1"), u"operator.create@"_s + by, u"operator.disable@"_s + by,
            u"operator.enable@"_s + by }));

    // The supervisor's open administration holds their account as it was at sign-in; disabled
    // since, it manages nobody.
    const Operator &session = supervisor.value();
    QVERIFY(service.setDisabled(admin.value(), who.username, true));
    const NewOperator clerk { QStringLiteral("zhang.min"), QStringLiteral("张敏"), Role::Clerk,
        QStringLiteral("clerk-pass-1"), QStringLiteral("clerk-pass-1") };
    QCOMPARE(service.createBy(session, clerk).failure().code, QStringLiteral("operator.disabled"));
    NewOperator namesake = clerk;
    namesake.username = u"zhang.min2"_s;
    namesake.displayName = u" 王丽 "_s; // the supervisor's display name, spaced
    QCOMPARE(service.createBy(admin.value(), namesake).failure().code, QStringLiteral("operator.duplicate-name"));
    QVERIFY(service.createBy(admin.value(), clerk));
    QCOMPARE(service.setDisabled(session, clerk.username, true).failure().code, QStringLiteral("operator.disabled"));
    QCOMPARE(service.resetPassword(session, clerk.username, u"fresh-pass-9"_s, u"fresh-pass-9"_s).failure().code,
        QStringLiteral("operator.disabled"));
}

QTEST_GUILESS_MAIN(tst_OperatorService)
#include "tst_operatorservice.moc"
