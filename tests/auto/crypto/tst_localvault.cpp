#include "crypto/localvault.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;

class tst_LocalVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void tamperIsDetected_data();
    void tamperIsDetected();
    void blindIndex();
    void keyFile();

private:
    LocalVault m_vault = LocalVault::fromKey(QByteArray(32, '\x42'));
};

void tst_LocalVault::roundTrip()
{
    const QByteArray plain = QStringLiteral("{\"name\":\"李明轩\"}").toUtf8();
    const QByteArray sealed = m_vault.encrypt(plain, "record-1");
    QCOMPARE(sealed.size(), plain.size() + 1 + 12 + 16);
    QVERIFY(!sealed.contains(plain));
    QCOMPARE(m_vault.decrypt(sealed, "record-1").value_or(QByteArray()), plain);
    // A fresh nonce each time: equal plaintexts do not give equal ciphertexts.
    QVERIFY(m_vault.encrypt(plain, "record-1") != sealed);
}

void tst_LocalVault::tamperIsDetected_data()
{
    QTest::addColumn<int>("offset"); // byte to flip; -1: wrong context; -2: wrong key; -3: truncated
    QTest::newRow("version byte") << 0;
    QTest::newRow("nonce") << 3;
    QTest::newRow("ciphertext") << 20;
    QTest::newRow("tag") << 40;
    QTest::newRow("copied to another row") << -1;
    QTest::newRow("another point's key") << -2;
    QTest::newRow("truncated") << -3;
}

void tst_LocalVault::tamperIsDetected()
{
    QFETCH(int, offset);
    QByteArray sealed = m_vault.encrypt("personal data!!", "record-1");
    QCOMPARE(sealed.size(), 44);
    QByteArray context = "record-1";
    LocalVault vault = m_vault;
    if (offset >= 0)
        sealed[offset] = char(sealed[offset] ^ 0x01);
    else if (offset == -1)
        context = "record-2";
    else if (offset == -2)
        vault = LocalVault::fromKey(QByteArray(32, '\x43'));
    else
        sealed.chop(1);
    QVERIFY(!vault.decrypt(sealed, context));
}

void tst_LocalVault::blindIndex()
{
    const QByteArray a = m_vault.blindIndex("purpose", "43010220080101001X");
    QCOMPARE(a.size(), 32);
    QCOMPARE(m_vault.blindIndex("purpose", "43010220080101001X"), a);
    QVERIFY(m_vault.blindIndex("other", "43010220080101001X") != a);
    QVERIFY(LocalVault::fromKey(QByteArray(32, '\x43')).blindIndex("purpose", "43010220080101001X") != a);
}

void tst_LocalVault::keyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keys/local.key"));
    QCOMPARE(LocalVault::open(path, false).failure().code, QStringLiteral("vault.key-missing"));
    auto created = LocalVault::open(path, true);
    QVERIFY(created);
    QCOMPARE(QFile(path).size(), 32);
    QCOMPARE(QFile::permissions(path) & 0x0077, QFile::Permissions());
    const QByteArray sealed = created->encrypt("x", "c");
    auto reopened = LocalVault::open(path, true);
    QVERIFY(reopened);
    QCOMPARE(reopened->decrypt(sealed, "c").value_or(QByteArray()), QByteArray("x"));

    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    QVERIFY(LocalVault::open(path, false));
    QCOMPARE(QFile::permissions(path) & 0x0077, QFile::Permissions()); // tightened again

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("short");
    file.close();
    QCOMPARE(LocalVault::open(path, true).failure().code, QStringLiteral("vault.key-damaged"));
}

QTEST_GUILESS_MAIN(tst_LocalVault)
#include "tst_localvault.moc"
