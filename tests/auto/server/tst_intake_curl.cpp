#include "intakefixture.h"
#include "jsonfields.h"
#include "syncmessages.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Testing;
using namespace Qt::StringLiterals;
using RegPoint::Tests::writeFile;

// The "Following along with curl" lines of docs/sync-protocol.md, taken from the doc itself and
// run with the real curl against a real server: what the doc shows is what the server does.
class tst_IntakeCurl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void docCurlLines();
};

void tst_IntakeCurl::docCurlLines()
{
    if (!QFile::exists(u"/usr/bin/curl"_s))
        QSKIP("no /usr/bin/curl (scripts/setup-deps installs it)");
    QFile doc(QStringLiteral(REGPOINT_SOURCE_DIR) + u"/docs/sync-protocol.md"_s);
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype section = text.indexOf(u"## Following along with curl"_s);
    QVERIFY(section > 0);
    const QRegularExpressionMatch block
        = QRegularExpression(u"```sh\\n(.*?)```"_s, QRegularExpression::DotMatchesEverythingOption)
              .match(text, section);
    QVERIFY(block.hasMatch());

    TestProvince province;
    const TestPoint point = province.point(u"430102-01"_s);
    IntakeServerProcess server(province);
    const QDir dir(server.folder());
    QVERIFY(writeFile(dir.filePath(u"machine.crt"_s), point.certPem));
    QVERIFY(writeFile(dir.filePath(u"machine.key"_s), point.keyPem));
    QCOMPARE(server.command({ u"enrol"_s, dir.filePath(u"machine.crt"_s) }), 0);
    const quint16 port = server.start();
    QVERIFY(port != 0);

    // The files the lines name: a manifest with one record, and its envelope.
    const QUuid id = QUuid::createUuid(), batch = QUuid::createUuid();
    const QByteArray envelope = TestProvince::seal(point, id);
    const QString hash = QString(64, u'7');
    Manifest manifest { batch, QDateTime::currentDateTimeUtc(),
        { 1, hash, QByteArray::fromBase64(TestProvince::signAuditTip(point, 1, hash)) },
        { { id, QString::fromLatin1(QCryptographicHash::hash(envelope, QCryptographicHash::Sha256).toHex()),
            envelope.size(), Decision::Approved, {}, {} } } };
    QVERIFY(
        writeFile(dir.filePath(u"manifest.json"_s), QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Compact)));
    QVERIFY(writeFile(dir.filePath(u"envelope.json"_s), envelope));

    // The doc's lines, with S pointing at this server and a line break after each answer.
    QString script = block.captured(1);
    script.replace(
        QRegularExpression(u"^S=.*$"_s, QRegularExpression::MultilineOption), u"S=https://localhost:%1"_s.arg(port));
    script.replace(QRegularExpression(u"^(rp .*)$"_s, QRegularExpression::MultilineOption), u"\\1; echo"_s);
    QProcess shell;
    shell.setWorkingDirectory(server.folder());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BATCH"_s, uuidText(batch));
    env.insert(u"ID"_s, uuidText(id));
    shell.setProcessEnvironment(env);
    shell.start(u"bash"_s, { u"-c"_s, script });
    QVERIFY(shell.waitForFinished(120000));
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    const QList<QByteArray> lines = shell.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const auto json = [&](int i) { return QJsonDocument::fromJson(lines.at(i)).object(); };
    QCOMPARE(json(0).value(u"status"_s).toString(), u"ok"_s);
    const Result<ManifestAnswer> announced = ManifestAnswer::fromJson(lines.at(1));
    QVERIFY2(announced, lines.at(1).constData());
    QVERIFY(announced->records.at(0).send);
    const Result<RecordAnswer> uploaded = RecordAnswer::fromJson(lines.at(2));
    QVERIFY2(uploaded, lines.at(2).constData());
    QCOMPARE(uploaded->outcome.state, u"accepted"_s);
    const Result<StatusAnswer> status = StatusAnswer::fromJson(lines.at(3));
    QVERIFY2(status, lines.at(3).constData());
    QCOMPARE(status->records.at(0).state, u"accepted"_s);
}

QTEST_GUILESS_MAIN(tst_IntakeCurl)
#include "tst_intake_curl.moc"
