#include "audit/auditlog.h"
#include "certificates.h"
#include "crypto/machineprovisioning.h"
#include "crypto/provisioningdrive.h"
#include "records/recordregistrar.h"
#include "records/recordsealing.h"
#include "records/recordstore.h"
#include "tempworkspace.h"
#include "testfiles.h"
#include "testprovince.h"
#include "testreviews.h"
#include "workspace/pointprovisioner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

namespace {

const QString kPoint = QStringLiteral("430102-07");

} // namespace

// Provisioning from the technician's drive (PointProvisioner over ProvisioningDrive): what the
// first-run wizard and the administration take. The province's side is a TestProvince that
// issues the certificate from the request found on the drive.
class tst_PointProvisioner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void theDriveCarriesTheRequestAndBringsTheCertificate();
    void theHandoverIsCheckedBeforeAnyKeyIsMade_data();
    void theHandoverIsCheckedBeforeAnyKeyIsMade();
    void aDriveThatCannotTakeTheRequestLosesNothing();
    void aCertificateNotForThisPointIsRefused_data();
    void aCertificateNotForThisPointIsRefused();

private:
    QString folder() const { return QDir(m_drive->path()).filePath(QStringLiteral("regpoint")); }
    QString onDrive(const QString &name) const { return QDir(folder()).filePath(name); }
    void putHandover(const Testing::TestProvince &province);
    // What the provincial office does with the request it finds on the drive.
    void issueFromDrive(const Testing::TestProvince &province, const QDateTime &from, const QDateTime &to);

    std::unique_ptr<TempWorkspace> m_ws;
    std::unique_ptr<QTemporaryDir> m_drive;
    qint64 m_operator = 0;
};

void tst_PointProvisioner::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(m_ws->isValid());
    m_drive = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(m_drive->path()).mkdir(QStringLiteral("regpoint")));
    const Result<Operator> op = (*m_ws)->operators().create(testSupervisor());
    QVERIFY(op);
    m_operator = op->id;
}

void tst_PointProvisioner::putHandover(const Testing::TestProvince &province)
{
    QVERIFY(writeFile(onDrive(QStringLiteral("province.pem")), Testing::TestProvince::provinceKey().publicPem));
    QVERIFY(writeFile(onDrive(QStringLiteral("ca.pem")), province.caPem()));
}

void tst_PointProvisioner::issueFromDrive(
    const Testing::TestProvince &province, const QDateTime &from, const QDateTime &to)
{
    const QByteArray request = readFile(onDrive(ProvisioningDrive::requestFileName(kPoint)));
    QVERIFY(!request.isEmpty());
    QVERIFY(writeFile(onDrive(ProvisioningDrive::certificateFileName(kPoint)), province.ca().issue(request, from, to)));
}

void tst_PointProvisioner::theDriveCarriesTheRequestAndBringsTheCertificate()
{
    // A candidate completed before the point was provisioned waits unsealed.
    const Result<CandidateRecord> saved
        = (*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Card, m_operator);
    QVERIFY(saved);
    QVERIFY(reviewEligible((*m_ws)->records(), saved->id, m_operator));
    QVERIFY((*m_ws)->registrar().completeWithPhoto(saved->id, QByteArray(qsizetype(30) * 1024, 'j'), m_operator));
    QCOMPARE((*m_ws)->records().find(saved->id).value()->state, RecordState::PhotoOk);

    const Testing::TestProvince province;
    putHandover(province);
    PointProvisioner provisioner(**m_ws, m_operator);
    QCOMPARE(provisioner.state(), ProvisioningState::NotProvisioned);

    const Result<ProvisioningDrive::Handover> handover = provisioner.readHandover(m_drive->path());
    QVERIFY2(handover, qPrintable(handover.failure().message));
    QCOMPARE(handover->caName, Exchange::certificateCommonName(province.caPem()));
    // What the technician reads against the province's letter: the CA's whole SHA-256, in groups.
    const QString fingerprint = Exchange::certificateFingerprint(province.caPem()).toUpper();
    QCOMPARE(QString(handover->caFingerprint).remove(u' '), fingerprint);
    QCOMPARE(handover->caFingerprint.count(u' '), 15);

    const Result<QString> request = provisioner.createKey(kPoint, handover.value(), m_drive->path());
    QVERIFY2(request, qPrintable(request.failure().message));
    QCOMPARE(request.value(), onDrive(QStringLiteral("430102-07.csr")));
    QCOMPARE(provisioner.state(), ProvisioningState::AwaitingCertificate);
    // The key stays on the point: the drive holds the request and nothing private.
    const QByteArray onTheDrive = readFile(request.value());
    QVERIFY(onTheDrive.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
    for (const QString &name : QDir(folder()).entryList(QDir::Files))
        QVERIFY2(!readFile(onDrive(name)).contains("PRIVATE KEY"), qPrintable(name));

    // Back from the office without the certificate: the wizard says what is missing.
    QCOMPARE(provisioner.installCertificate(m_drive->path()).failure().code,
        QStringLiteral("provision.certificate-missing"));
    // The request written again (another drive) is the same request.
    QTemporaryDir secondDrive;
    QVERIFY(QDir(secondDrive.path()).mkdir(QStringLiteral("regpoint")));
    const Result<QString> again = provisioner.writeRequestAgain(secondDrive.path());
    QVERIFY(again);
    QCOMPARE(readFile(again.value()), onTheDrive);

    const QDateTime now = m_ws->clock().now();
    issueFromDrive(province, now.addSecs(-3600), now.addYears(1));
    const Result<int> sealed = provisioner.installCertificate(m_drive->path());
    QVERIFY2(sealed, qPrintable(sealed.failure().message));
    QCOMPARE(sealed.value(), 1);
    QCOMPARE(provisioner.state(), ProvisioningState::Provisioned);
    QVERIFY((*m_ws)->sealer());
    QCOMPARE((*m_ws)->records().find(saved->id).value()->state, RecordState::Sealed);

    // Each step is in the audit log (the key as the supervisor's), and the log verifies.
    QStringList trail;
    for (const AuditEvent &e : (*m_ws)->audit().events().value()) {
        if (e.action.startsWith(u"point."))
            trail << e.action + u':' + e.outcome;
        if (e.action == u"point.key")
            QCOMPARE(e.operatorId, std::optional<qint64>(m_operator));
    }
    QCOMPARE(trail, QStringList({ QStringLiteral("point.key:ok"), QStringLiteral("point.provisioned:ok") }));
    QVERIFY((*m_ws)->audit().verify().value().ok());
}

void tst_PointProvisioner::theHandoverIsCheckedBeforeAnyKeyIsMade_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); // "link:TARGET" plants a symbolic link instead
    QTest::addColumn<QString>("code");
    const Testing::TestProvince province;
    QTest::newRow("no province key") << QStringLiteral("province.pem") << QByteArray("missing")
                                     << QStringLiteral("provision.handover-missing");
    QTest::newRow("CA is the point's own kind of certificate")
        << QStringLiteral("ca.pem") << province.point(QStringLiteral("430102-08")).certPem
        << QStringLiteral("provision.not-a-ca");
    QTest::newRow("CA is garbage") << QStringLiteral("ca.pem") << QByteArray(2000, 'x')
                                   << QStringLiteral("provision.not-a-ca");
    QTest::newRow("CA is /dev/zero") << QStringLiteral("ca.pem") << QByteArray("link:/dev/zero")
                                     << QStringLiteral("file.not-regular");
    QTest::newRow("province key is a giant")
        << QStringLiteral("province.pem") << QByteArray(qsizetype(10) * 1024 * 1024, '-')
        << QStringLiteral("file.too-large");
}

// An attacker who hands over a drive cannot make the point trust, read or hang on what is not
// the province's; and the technician's mistakes are named before a key exists.
void tst_PointProvisioner::theHandoverIsCheckedBeforeAnyKeyIsMade()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    putHandover(Testing::TestProvince());
    QVERIFY(QFile::remove(onDrive(file)));
    if (content.startsWith("link:"))
        QVERIFY(QFile::link(QString::fromLatin1(content.mid(5)), onDrive(file)));
    else if (content != "missing")
        QVERIFY(writeFile(onDrive(file), content));
    PointProvisioner provisioner(**m_ws, std::nullopt);
    const Result<ProvisioningDrive::Handover> handover = provisioner.readHandover(m_drive->path());
    QVERIFY(!handover);
    QCOMPARE(handover.failure().code, code);
    QVERIFY(!handover.failure().message.isEmpty());
    QCOMPARE(provisioner.state(), ProvisioningState::NotProvisioned);

    // A drive without the folder at all names the folder it looked for.
    const Result<ProvisioningDrive::Handover> empty = provisioner.readHandover(QDir::tempPath() + u"/no-such-drive");
    QCOMPARE(empty.failure().code, QStringLiteral("provision.drive"));
    QVERIFY(empty.failure().message.contains(QStringLiteral("regpoint")));
}

// The drive is pulled, full or read-only when the request is written: the key is made and kept,
// the point is at the certificate step, and the request can be written again.
void tst_PointProvisioner::aDriveThatCannotTakeTheRequestLosesNothing()
{
    const Testing::TestProvince province;
    putHandover(province);
    // An attacker's link where the request goes must not make the point write through it.
    const QString target = QDir(m_ws->dataDir()).filePath(QStringLiteral("victim"));
    QVERIFY(writeFile(target, "keep"));
    QVERIFY(QFile::link(target, onDrive(ProvisioningDrive::requestFileName(kPoint))));
    PointProvisioner provisioner(**m_ws, std::nullopt);
    const Result<ProvisioningDrive::Handover> handover = provisioner.readHandover(m_drive->path());
    QVERIFY(handover);
    const Result<QString> request = provisioner.createKey(kPoint, handover.value(), m_drive->path());
    QVERIFY(!request);
    QCOMPARE(request.failure().code, QStringLiteral("provision.drive-write"));
    QCOMPARE(readFile(target), QByteArray("keep"));
    QCOMPARE(provisioner.state(), ProvisioningState::AwaitingCertificate);
    // A second key is never made over the first.
    QCOMPARE(provisioner.createKey(kPoint, handover.value(), m_drive->path()).failure().code,
        QStringLiteral("provision.exists"));

    QVERIFY(QFile::remove(onDrive(ProvisioningDrive::requestFileName(kPoint))));
    QVERIFY(provisioner.writeRequestAgain(m_drive->path()));
    const QDateTime now = m_ws->clock().now();
    issueFromDrive(province, now.addSecs(-3600), now.addYears(1));
    QVERIFY(provisioner.installCertificate(m_drive->path()));
    QCOMPARE(provisioner.state(), ProvisioningState::Provisioned);
}

void tst_PointProvisioner::aCertificateNotForThisPointIsRefused_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("another point's") << QStringLiteral("other-point");
    QTest::newRow("another CA's") << QStringLiteral("other-ca");
    QTest::newRow("expired") << QStringLiteral("expired");
    QTest::newRow("not a certificate") << QStringLiteral("garbage");
}

void tst_PointProvisioner::aCertificateNotForThisPointIsRefused()
{
    QFETCH(QString, which);
    const Testing::TestProvince province;
    putHandover(province);
    PointProvisioner provisioner(**m_ws, m_operator);
    const Result<ProvisioningDrive::Handover> handover = provisioner.readHandover(m_drive->path());
    QVERIFY(handover);
    QVERIFY(provisioner.createKey(kPoint, handover.value(), m_drive->path()));
    const QDateTime now = m_ws->clock().now();
    const QString certificate = onDrive(ProvisioningDrive::certificateFileName(kPoint));
    if (which == u"other-point") {
        QVERIFY(writeFile(certificate, province.point(QStringLiteral("430102-08")).certPem));
    } else if (which == u"other-ca") {
        const QByteArray request = readFile(onDrive(ProvisioningDrive::requestFileName(kPoint)));
        const Testing::TestProvince attacker(QStringLiteral("RegPoint Test Province CA"));
        QVERIFY(writeFile(certificate, attacker.ca().issue(request, now.addSecs(-3600), now.addYears(1))));
    } else if (which == u"expired") {
        issueFromDrive(province, now.addYears(-2), now.addDays(-1));
    } else {
        QVERIFY(writeFile(certificate, QByteArray(3000, 'c')));
    }
    const Result<int> installed = provisioner.installCertificate(m_drive->path());
    QVERIFY(!installed);
    QVERIFY(!installed.failure().message.isEmpty());
    QCOMPARE(provisioner.state(), ProvisioningState::AwaitingCertificate);
    QVERIFY(!(*m_ws)->sealer());
    const QList<AuditEvent> events = (*m_ws)->audit().events().value();
    QCOMPARE(events.last().action, QStringLiteral("point.certificate"));
    QCOMPARE(events.last().outcome, QStringLiteral("refused"));
}

QTEST_GUILESS_MAIN(tst_PointProvisioner)
#include "tst_pointprovisioner.moc"
