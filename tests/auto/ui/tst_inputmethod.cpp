#include "kiosklook.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// Chinese is typed at the desk through the system input method, fcitx5 with its pinyin engine
// (Debian's Qt Virtual Keyboard has no pinyin). Run by with-input-method.sh: a real X server and
// a D-Bus session, as under cage. The keys are sent as a keyboard would send them (XTEST).
class tst_InputMethod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aFieldReceivesChineseTypedInPinyin();
    void cleanupTestCase();

private:
    static int run(const QString &program, const QStringList &arguments, QByteArray *out = nullptr)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(15000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput().trimmed();
        return process.exitCode();
    }
};

void tst_InputMethod::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DISPLAY") && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run through tests/auto/ui/with-input-method.sh (Xvfb and a D-Bus session)");
    // The desk's profile: US keys, and pinyin as the input method to switch to.
    const QString config = QDir::homePath() + u"/.config/fcitx5"_s;
    QVERIFY(QDir().mkpath(config));
    QFile profile(config + u"/profile"_s);
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write("[Groups/0]\nName=Default\nDefault Layout=us\nDefaultIM=pinyin\n\n"
                  "[Groups/0/Items/0]\nName=keyboard-us\nLayout=\n\n"
                  "[Groups/0/Items/1]\nName=pinyin\nLayout=\n\n"
                  "[GroupOrder]\n0=Default\n");
    profile.close();
    // As in a desk session, the D-Bus session starts fcitx5 when it is first asked for.
    QByteArray state;
    QTRY_VERIFY_WITH_TIMEOUT(run(u"fcitx5-remote"_s, {}, &state) == 0 && !state.isEmpty(), 20000);
}

void tst_InputMethod::aFieldReceivesChineseTypedInPinyin()
{
    QWidget window;
    auto *name = new QLineEdit(&window);
    name->setObjectName(u"name"_s);
    name->setGeometry(20, 20, 400, 50);
    window.resize(440, 90);
    window.show();
    window.activateWindow();
    name->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(name->hasFocus());
    QTest::qWait(500); // the input context registers with fcitx5 over D-Bus

    QVERIFY(run(u"fcitx5-remote"_s, { u"-o"_s }) == 0); // switch to pinyin, as Ctrl+Space would
    QByteArray state;
    QTRY_VERIFY_WITH_TIMEOUT(run(u"fcitx5-remote"_s, {}, &state) == 0 && state == "2", 5000);
    QCOMPARE(run(u"xdotool"_s, { u"type"_s, u"--delay"_s, u"80"_s, u"nihao"_s }), 0);
    QTest::qWait(300);
    QCOMPARE(run(u"xdotool"_s, { u"key"_s, u"space"_s }), 0); // the first candidate, committed
    QTRY_COMPARE_WITH_TIMEOUT(name->text(), u"你好"_s, 10000);
}

void tst_InputMethod::cleanupTestCase()
{
    run(u"fcitx5-remote"_s, { u"-e"_s }); // fcitx5 exits with the X server either way
}

int main(int argc, char **argv)
{
    // What run-kiosk sets for the kiosk: Qt's input context from fcitx5-frontend-qt6.
    qputenv("QT_IM_MODULE", "fcitx");
    QApplication app(argc, argv);
    RegPoint::App::applyKioskLook(app);
    tst_InputMethod test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_inputmethod.moc"
