#include "fakeusbendpoints.h"
#include "idcard/libusbendpoints.h"
#include "idcard/simulatedcards.h"
#include "idcard/usbidcardreader.h"
#include "idcard/usbsamframing.h"

#include <QSignalSpy>
#include <QTest>

using namespace RegPoint::Devices;
using namespace RegPoint::Tests;
using namespace std::chrono_literals;

// The USB bulk framing against a fake endpoint layer, and the USB reader end to end over it.
class tst_UsbIdCardReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framing_data();
    void framing();
    void fallsBackToSinglePipe();
    void silentDevice();
    void readerReadsCardAndSurvivesUnplug();
    void hardwareReader();
};

void tst_UsbIdCardReader::framing_data()
{
    QTest::addColumn<int>("firmware");
    QTest::addColumn<int>("packet");
    QTest::newRow("split pipe, 64-byte packets") << int(FakeUsbEndpoints::Firmware::SplitPipe) << 64;
    QTest::newRow("split pipe, 7-byte packets") << int(FakeUsbEndpoints::Firmware::SplitPipe) << 7;
    QTest::newRow("split pipe, whole transfers") << int(FakeUsbEndpoints::Firmware::SplitPipe) << 4096;
}

void tst_UsbIdCardReader::framing()
{
    QFETCH(int, firmware);
    QFETCH(int, packet);
    auto shared = std::make_shared<FakeUsbEndpoints::Shared>();
    shared->module.placeCard(demoCards().first());
    FakeUsbEndpoints endpoints(shared, FakeUsbEndpoints::Firmware(firmware), packet);
    UsbSamFraming framing(endpoints);

    const auto status = framing.transact(Sam::request(Sam::Command::Status), 100ms);
    QVERIFY(status);
    QCOMPARE(*status, Sam::response(Sam::Status::Ok));
    QCOMPARE(shared->writes[UsbSamFraming::kHeaderOut], 1);
    QCOMPARE(shared->writes[UsbSamFraming::kBodyOut], 1);

    QVERIFY(framing.transact(Sam::request(Sam::Command::FindCard), 100ms));
    QVERIFY(framing.transact(Sam::request(Sam::Command::SelectCard), 100ms));
    const auto read = framing.transact(Sam::request(Sam::Command::ReadText), 100ms);
    QVERIFY(read);
    QCOMPARE(read->size(), 1295);
    QCOMPARE(framing.mode(), UsbSamFraming::Mode::SplitPipe);
}

void tst_UsbIdCardReader::fallsBackToSinglePipe()
{
    auto shared = std::make_shared<FakeUsbEndpoints::Shared>();
    shared->module.placeCard(demoCards().first());
    FakeUsbEndpoints endpoints(shared, FakeUsbEndpoints::Firmware::SinglePipe, 64);
    UsbSamFraming framing(endpoints);
    const auto status = framing.transact(Sam::request(Sam::Command::Status), 100ms);
    QVERIFY(status);
    QCOMPARE(framing.mode(), UsbSamFraming::Mode::SinglePipe);
    QVERIFY(framing.transact(Sam::request(Sam::Command::FindCard), 100ms));
    QVERIFY(framing.transact(Sam::request(Sam::Command::SelectCard), 100ms));
    const auto read = framing.transact(Sam::request(Sam::Command::ReadText), 100ms);
    QVERIFY(read);
    QCOMPARE(read->size(), 1295); // 21 packets of 64 bytes, cut at the frame's length
    QCOMPARE(shared->writes[UsbSamFraming::kBodyOut], 1); // tried once, then never again
}

void tst_UsbIdCardReader::silentDevice()
{
    auto shared = std::make_shared<FakeUsbEndpoints::Shared>();
    shared->silent = true;
    FakeUsbEndpoints endpoints(shared, FakeUsbEndpoints::Firmware::SplitPipe);
    UsbSamFraming framing(endpoints);
    QVERIFY(!framing.transact(Sam::request(Sam::Command::Status), 50ms));
    QVERIFY(!framing.transact(Sam::request(Sam::Command::Status), 50ms));
}

void tst_UsbIdCardReader::readerReadsCardAndSurvivesUnplug()
{
    auto shared = std::make_shared<FakeUsbEndpoints::Shared>();
    bool plugged = true;
    ReaderTimings timings;
    timings.pollInterval = 20ms;
    timings.reconnectInterval = 50ms;
    timings.statusTimeout = 500ms;
    UsbIdCardReader reader(
        [&](QString *error) -> std::unique_ptr<UsbEndpoints> {
            QMutexLocker lock(&shared->mutex);
            if (!plugged) {
                *error = QStringLiteral("not plugged");
                return nullptr;
            }
            shared->gone = false;
            return std::make_unique<FakeUsbEndpoints>(shared, FakeUsbEndpoints::Firmware::SplitPipe);
        },
        timings);
    QSignalSpy reads(&reader, &IdCardReader::cardRead);
    reader.start();
    QTRY_COMPARE(reader.status().state, ReaderState::Ready);
    QCOMPARE(reader.status().samId, SamModule::samIdText());
    {
        QMutexLocker lock(&shared->mutex);
        shared->module.placeCard(demoCards().at(2));
    }
    QTRY_COMPARE(reads.size(), 1);
    QCOMPARE(reads.first().first().value<IdCardData>().passNumber, QStringLiteral("H12345678"));

    {
        QMutexLocker lock(&shared->mutex);
        shared->gone = true; // unplugged
        plugged = false;
    }
    QTRY_COMPARE(reader.status().state, ReaderState::NotConnected);
    {
        QMutexLocker lock(&shared->mutex);
        plugged = true;
        shared->module.removeCard();
    }
    QTRY_COMPARE(reader.status().state, ReaderState::Ready);
    {
        QMutexLocker lock(&shared->mutex);
        shared->module.placeCard(demoCards().first());
    }
    QTRY_COMPARE(reads.size(), 2);
}

void tst_UsbIdCardReader::hardwareReader()
{
    // A real reader on the desk: REGPOINT_TEST_USB_READER=1 (optionally VID:PID, e.g. 0400:c35a).
    const QString spec = qEnvironmentVariable("REGPOINT_TEST_USB_READER");
    if (spec.isEmpty())
        QSKIP("no USB reader attached (set REGPOINT_TEST_USB_READER to run against hardware)");
    const QStringList ids = spec.split(u':');
    const quint16 vid = ids.size() == 2 ? ids[0].toUShort(nullptr, 16) : LibUsbEndpoints::kVendorId;
    const quint16 pid = ids.size() == 2 ? ids[1].toUShort(nullptr, 16) : LibUsbEndpoints::kProductId;
    UsbIdCardReader reader(UsbIdCardReader::libUsb(vid, pid));
    reader.start();
    QTRY_COMPARE_WITH_TIMEOUT(reader.status().state, ReaderState::Ready, 10000);
    QVERIFY(!reader.status().samId.isEmpty());
}

QTEST_GUILESS_MAIN(tst_UsbIdCardReader)
#include "tst_usbidcardreader.moc"
