#include "idcard/idcarddata.h"
#include "idcard/idcardreader.h"
#include "idcard/sammodule.h"
#include "idcard/simulatedcards.h"

#include <QTest>

using namespace RegPoint::Devices;

namespace {

// The text block written by hand at the offsets of §3.2, independent of encodeCardText().
QByteArray residentText()
{
    QByteArray text(256, '\0');
    auto put = [&text](int offset, int length, const QString &value) {
        for (int i = 0; i < length / 2; ++i) {
            const char16_t c = i < value.size() ? value.at(i).unicode() : u' ';
            text[offset + 2 * i] = char(c & 0xFF);
            text[offset + 2 * i + 1] = char(c >> 8);
        }
    };
    put(0, 30, QStringLiteral("欧阳雨桐"));
    put(30, 2, QStringLiteral("2"));
    put(32, 4, QStringLiteral("06"));
    put(36, 16, QStringLiteral("20080105"));
    put(52, 70, QStringLiteral("湖南省邵东市两市塘街道 光明路 9 号"));
    put(122, 36, QStringLiteral("430521200801050047"));
    put(158, 30, QStringLiteral("邵东市公安局"));
    put(188, 16, QStringLiteral("20210301"));
    put(204, 16, QStringLiteral("长期"));
    put(220, 36, QString());
    return text;
}

QByteArray readData(const QByteArray &text, int fingerprintBytes, bool withFingerprintField)
{
    QByteArray data;
    auto be16 = [&data](int v) {
        data.append(char(v >> 8));
        data.append(char(v & 0xFF));
    };
    be16(256);
    be16(1024);
    if (withFingerprintField)
        be16(fingerprintBytes);
    return data + text + QByteArray(1024, '\x33') + QByteArray(fingerprintBytes, '\x44');
}

} // namespace

class tst_IdCardData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void residentByOffsets();
    void readEnvelopes_data();
    void readEnvelopes();
    void roundTripEveryType_data();
    void roundTripEveryType();
    void refusesTextNoCardHolds_data();
    void refusesTextNoCardHolds();
    void trimsOnlyTrailingSpaces();
    void samId();
    void addedAddress();
    void deviceStatusMapping_data();
    void deviceStatusMapping();
};

void tst_IdCardData::residentByOffsets()
{
    const IdCardData card = parseCardText(residentText());
    QCOMPARE(card.type, CardType::Resident);
    QCOMPARE(card.name, QStringLiteral("欧阳雨桐"));
    QCOMPARE(card.genderCode, QChar(u'2'));
    QCOMPARE(card.nationCode, QStringLiteral("06"));
    QCOMPARE(card.birthDate, QDate(2008, 1, 5));
    QCOMPARE(card.address, QStringLiteral("湖南省邵东市两市塘街道 光明路 9 号"));
    QCOMPARE(card.idNumber, QStringLiteral("430521200801050047"));
    QCOMPARE(card.authority, QStringLiteral("邵东市公安局"));
    QCOMPARE(card.validFrom, QDate(2021, 3, 1));
    QVERIFY(card.validForLife);
    QVERIFY(!card.validTo.isValid());
}

void tst_IdCardData::readEnvelopes_data()
{
    QTest::addColumn<int>("fingerprints");
    QTest::addColumn<bool>("withField");
    QTest::addColumn<int>("frameSize"); // whole frame, as §3.1 counts it
    QTest::newRow("30 01: 1295 bytes") << 0 << false << 1295;
    QTest::newRow("30 10 without templates: 1297") << 0 << true << 1297;
    QTest::newRow("30 10 one template: 1809") << 512 << true << 1809;
    QTest::newRow("30 10 two templates: 2321") << 1024 << true << 2321;
}

void tst_IdCardData::readEnvelopes()
{
    QFETCH(int, fingerprints);
    QFETCH(bool, withField);
    QFETCH(int, frameSize);
    const QByteArray data = readData(residentText(), fingerprints, withField);
    QCOMPARE(RegPoint::Devices::Sam::response(Sam::Status::Ok, data).size(), frameSize);
    QString error;
    const auto card = parseReadData(data, &error);
    QVERIFY2(card, qPrintable(error));
    QCOMPARE(card->idNumber, QStringLiteral("430521200801050047"));
    QCOMPARE(card->photoWlt, QByteArray(1024, '\x33'));
    QCOMPARE(card->fingerprintBytes, fingerprints);
    // Lengths that do not add up are refused, not guessed.
    QVERIFY(!parseReadData(data.chopped(1)));
    QVERIFY(!parseReadData(data.left(3)));
    QByteArray wrongText = data;
    wrongText[1] = char(0x80);
    QVERIFY(!parseReadData(wrongText));
}

void tst_IdCardData::roundTripEveryType_data()
{
    QTest::addColumn<IdCardData>("card");
    for (const IdCardData &card : demoCards())
        QTest::newRow(qPrintable(cardTypeKey(card.type) + u' ' + card.idNumber)) << card;
}

void tst_IdCardData::roundTripEveryType()
{
    QFETCH(IdCardData, card);
    const IdCardData parsed = parseCardText(encodeCardText(card));
    QCOMPARE(parsed.type, card.type);
    QCOMPARE(parsed.name, card.name);
    QCOMPARE(parsed.nameEn, card.nameEn);
    QCOMPARE(parsed.genderCode, card.genderCode);
    QCOMPARE(parsed.birthDate, card.birthDate);
    QCOMPARE(parsed.idNumber, card.idNumber);
    QCOMPARE(parsed.validFrom, card.validFrom);
    QCOMPARE(parsed.validTo, card.validTo);
    QCOMPARE(parsed.nationality, card.nationality);
    QCOMPARE(parsed.passNumber, card.passNumber);
    QCOMPARE(parsed.issueCount, card.issueCount);
    if (card.type == CardType::Resident) {
        QCOMPARE(parsed.nationCode, card.nationCode);
        QCOMPARE(parsed.address, card.address);
    } else {
        QVERIFY(parsed.nationCode.isEmpty());
    }
}

// Characters no card holds make the whole answer unusable: the driver reads again, then fails.
void tst_IdCardData::refusesTextNoCardHolds_data()
{
    QTest::addColumn<int>("offset"); // -1: the text as written
    QTest::addColumn<QString>("value"); // written over the field's first characters
    QTest::addColumn<bool>("accepted");
    QTest::newRow("the card as written (control)") << -1 << QString() << true;
    QTest::newRow("bell in the name") << 0 << QStringLiteral("欧\u0007") << false;
    QTest::newRow("line break in the address") << 52 << QStringLiteral("湖南省\n") << false;
    QTest::newRow("escape in the ID number") << 122 << QStringLiteral("\u001b[") << false;
    QTest::newRow("right-to-left override in the authority") << 158 << QStringLiteral("\u202E") << false;
    QTest::newRow("lone surrogate in the name") << 0 << QString(QChar(0xD800)) << false;
    QTest::newRow("unknown type flag") << 248 << QStringLiteral("Q") << false;
    QTest::newRow("rare character in private use (kept)") << 4 << QStringLiteral("\uE000") << true;
}

void tst_IdCardData::refusesTextNoCardHolds()
{
    QFETCH(int, offset);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QByteArray text = residentText();
    for (int i = 0; offset >= 0 && i < value.size(); ++i) {
        text[offset + 2 * i] = char(value.at(i).unicode() & 0xFF);
        text[offset + 2 * i + 1] = char(value.at(i).unicode() >> 8);
    }
    QString error;
    QCOMPARE(parseReadData(readData(text, 0, false), &error).has_value(), accepted);
    QCOMPARE(error.isEmpty(), accepted);
}

void tst_IdCardData::trimsOnlyTrailingSpaces()
{
    QCOMPARE(decodeUcs2(encodeUcs2(QStringLiteral("MARTIN, ANNA MARIE"), 120)), QStringLiteral("MARTIN, ANNA MARIE"));
    // "A B", two spaces and a NUL in UCS-2: 12 bytes (the literal's own terminator is not data).
    const char padded[] = "A\0 \0B\0 \0 \0\0\0";
    QCOMPARE(decodeUcs2(QByteArray(padded, sizeof padded - 1)), QStringLiteral("A B"));
    // A 2023 card's English name longer than 35 characters continues in the second slot.
    const IdCardData longName = demoCards().last();
    QVERIFY(longName.nameEn.size() > 35);
    QCOMPARE(parseCardText(encodeCardText(longName)).nameEn, longName.nameEn);
}

void tst_IdCardData::samId()
{
    QCOMPARE(formatSamId(SamModule::samIdBytes()), SamModule::samIdText());
    QVERIFY(formatSamId(QByteArray(15, '\0')).isEmpty());
}

void tst_IdCardData::addedAddress()
{
    QCOMPARE(parseAddedAddress(encodeUcs2(QStringLiteral("湖南省吉首市乾州街道"), 70)),
        QStringLiteral("湖南省吉首市乾州街道"));
}

void tst_IdCardData::deviceStatusMapping_data()
{
    QTest::addColumn<ReaderState>("reader");
    QTest::addColumn<DeviceState>("strip");
    QTest::newRow("not connected is a fault") << ReaderState::NotConnected << DeviceState::Error;
    QTest::newRow("connecting") << ReaderState::Connecting << DeviceState::Connecting;
    QTest::newRow("ready") << ReaderState::Ready << DeviceState::Ready;
    QTest::newRow("card on reader is still ready") << ReaderState::CardPresent << DeviceState::Ready;
    QTest::newRow("reading is busy") << ReaderState::Reading << DeviceState::Busy;
    QTest::newRow("error") << ReaderState::Error << DeviceState::Error;
}

void tst_IdCardData::deviceStatusMapping()
{
    QFETCH(ReaderState, reader);
    QFETCH(DeviceState, strip);
    const DeviceStatus status = deviceStatusFromReader(
        { reader, ReaderError::None, QStringLiteral("/dev/x"), 0, {}, QStringLiteral("msg") }, true);
    QCOMPARE(status.kind, DeviceKind::IdCardReader);
    QCOMPARE(status.state, strip);
    QVERIFY(status.simulated);
    QCOMPARE(status.detail, QStringLiteral("msg"));
}

QTEST_GUILESS_MAIN(tst_IdCardData)
#include "tst_idcarddata.moc"
