#include "idcard/samsimulatorport.h"
#include "idcard/serialidcardreader.h"
#include "idcard/simulatedcards.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint::Devices;
using namespace std::chrono_literals;

// The serial driver through a real QSerialPort against the SAM simulator on a pseudo-terminal.
class tst_SerialIdCardReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsEveryCardType_data();
    void readsEveryCardType();
    void cardLeftOnReaderIsReadOnce();
    void survivesWireFaults_data();
    void survivesWireFaults();
    void movingCardIsRetried();
    void movingCardGivesUpAfterThreeTries();
    void cardRemovedMidRead();
    void damagedAnswersAreAProtocolError();
    void unknownCardType();
    void unprovisionedSam();
    void silentSam();
    void fallsBackTo9600();
    void reconnectsWhenDeviceReturns();
    void missingPort();

private:
    void startReader();
    ReaderTimings fastTimings() const;

    QTemporaryDir m_dir;
    std::unique_ptr<SamSimulatorPort> m_sim;
    std::unique_ptr<SerialIdCardReader> m_reader;
    QString m_link;
};

ReaderTimings tst_SerialIdCardReader::fastTimings() const
{
    ReaderTimings t;
    t.pollInterval = 20ms;
    t.statusTimeout = 300ms;
    t.findTimeout = 300ms;
    t.readTimeout = 600ms;
    t.addressTimeout = 300ms;
    t.retryAfterError = 200ms;
    t.reconnectInterval = 50ms;
    return t;
}

void tst_SerialIdCardReader::init()
{
    m_link = m_dir.filePath(QStringLiteral("ttyIDR0"));
    m_sim = std::make_unique<SamSimulatorPort>();
    QVERIFY2(m_sim->open(m_link), qPrintable(m_sim->errorString()));
}

void tst_SerialIdCardReader::cleanup()
{
    m_reader.reset();
    m_sim.reset();
}

void tst_SerialIdCardReader::startReader()
{
    m_reader = std::make_unique<SerialIdCardReader>(m_link, fastTimings());
    m_reader->start();
}

void tst_SerialIdCardReader::readsEveryCardType_data()
{
    QTest::addColumn<IdCardData>("card");
    const QList<IdCardData> cards = demoCards();
    for (qsizetype i = 0; i < cards.size(); ++i)
        QTest::addRow("%lld %s", qint64(i), qPrintable(cardTypeKey(cards.at(i).type))) << cards.at(i);
}

void tst_SerialIdCardReader::readsEveryCardType()
{
    QFETCH(IdCardData, card);
    startReader();
    QSignalSpy states(m_reader.get(), &IdCardReader::statusChanged);
    QSignalSpy reads(m_reader.get(), &IdCardReader::cardRead);
    QTRY_COMPARE(m_reader->status().state, ReaderState::Ready);
    QCOMPARE(m_reader->status().samId, SamModule::samIdText());
    QCOMPARE(m_reader->status().baud, 115200);
    m_sim->module().placeCard(card);
    QTRY_COMPARE(reads.size(), 1);
    const auto read = reads.first().first().value<IdCardData>();
    QCOMPARE(read.type, card.type);
    QCOMPARE(read.idNumber, card.idNumber);
    QCOMPARE(read.name, card.name);
    QCOMPARE(read.addedAddress, card.addedAddress);
    QCOMPARE(read.photoWlt.size(), 1024);
    QCOMPARE(m_reader->status().state, ReaderState::CardPresent);
    bool sawReading = false;
    for (const auto &args : states)
        sawReading = sawReading || args.first().value<ReaderStatus>().state == ReaderState::Reading;
    QVERIFY(sawReading);
}

void tst_SerialIdCardReader::cardLeftOnReaderIsReadOnce()
{
    startReader();
    QSignalSpy reads(m_reader.get(), &IdCardReader::cardRead);
    QTRY_COMPARE(m_reader->status().state, ReaderState::Ready);
    m_sim->module().placeCard(demoCards().first());
    QTRY_COMPARE(reads.size(), 1);
    // Many polls later, still one read.
    const qint64 seen = m_sim->requestsSeen();
    QTRY_VERIFY(m_sim->requestsSeen() > seen + 10);
    QCOMPARE(reads.size(), 1);
    QCOMPARE(m_reader->status().state, ReaderState::CardPresent);
    // Lifted and placed again: read again.
    m_sim->module().removeCard();
    QTRY_COMPARE(m_reader->status().state, ReaderState::Ready);
    m_sim->module().placeCard(demoCards().first());
    QTRY_COMPARE(reads.size(), 2);
}

void tst_SerialIdCardReader::survivesWireFaults_data()
{
    QTest::addColumn<TransportFaults>("faults");
    TransportFaults garbage;
    garbage.garbageBeforeFrames = true;
    TransportFaults chunks;
    chunks.splitIntoChunks = true;
    TransportFaults badXor;
    badXor.corruptChecksums = 3;
    TransportFaults slow;
    slow.answerDelayMs = 150; // under every timeout
    TransportFaults all = garbage;
    all.splitIntoChunks = true;
    all.corruptChecksums = 2;
    QTest::newRow("garbage before frames") << garbage;
    QTest::newRow("frames split into random chunks") << chunks;
    QTest::newRow("bad checksums") << badXor;
    QTest::newRow("slow answers") << slow;
    QTest::newRow("all at once") << all;
}

void tst_SerialIdCardReader::survivesWireFaults()
{
    QFETCH(TransportFaults, faults);
    m_sim->faults() = faults;
    startReader();
    QSignalSpy reads(m_reader.get(), &IdCardReader::cardRead);
    QTRY_COMPARE_WITH_TIMEOUT(m_reader->status().state, ReaderState::Ready, 5000);
    m_sim->module().placeCard(demoCards().at(1));
    QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 1, 5000);
    QCOMPARE(reads.first().first().value<IdCardData>().idNumber, demoCards().at(1).idNumber);
}

void tst_SerialIdCardReader::movingCardIsRetried()
{
    startReader();
    QSignalSpy reads(m_reader.get(), &IdCardReader::cardRead);
    QSignalSpy holdStill(m_reader.get(), &IdCardReader::holdStillRequested);
    QSignalSpy failures(m_reader.get(), &IdCardReader::readFailed);
    QTRY_COMPARE(m_reader->status().state, ReaderState::Ready);
    m_sim->module().failNextReads(2, Sam::Status::ReadFailed);
    m_sim->module().placeCard(demoCards().first());
    QTRY_COMPARE(reads.size(), 1);
    QCOMPARE(holdStill.size(), 2);
    QCOMPARE(failures.size(), 0);
}

void tst_SerialIdCardReader::movingCardGivesUpAfterThreeTries()
{
    startReader();
    QSignalSpy reads(m_reader.get(), &IdCardReader::cardRead);
    QSignalSpy failures(m_reader.get(), &IdCardReader::readFailed);
    QTRY_COMPARE(m_reader->status().state, ReaderState::Ready);
    m_sim->module().failNextReads(3, Sam::Status::CardAuthFailed);
    m_sim->module().placeCard(demoCards().first());
    QTRY_COMPARE(failures.size(), 1);
    const auto failure = failures.first().first().value<ReadFailure>();
    QCOMPARE(failure.kind, ReadFailureKind::CardMoved);
    QCOMPARE(failure.lastStatus, Sam::Status::CardAuthFailed);
    QVERIFY(!failure.message.isEmpty());
    // Not retried forever while the card lies there; lifting and placing it reads it.
    const qint64 seen = m_sim->requestsSeen();
    QTRY_VERIFY(m_sim->requestsSeen() > seen + 5);
    QCOMPARE(reads.size(), 0);
    m_sim->module().removeCard();
    QTRY_COMPARE(m_reader->status().state, ReaderState::Ready);
    m_sim->module().placeCard(demoCards().first());
    QTRY_COMPARE(reads.size(), 1);
}

void tst_SerialIdCardReader::cardRemovedMidRead()
{
    startReader();
    QSignalSpy reads(m_reader.get(), &IdCardReader::cardRead);
    QSignalSpy holdStill(m_reader.get(), &IdCardReader::holdStillRequested);
    QSignalSpy failures(m_reader.get(), &IdCardReader::readFailed);
    QTRY_COMPARE(m_reader->status().state, ReaderState::Ready);
    m_sim->module().removeCardDuringNextRead();
    m_sim->module().placeCard(demoCards().first());
    QTRY_COMPARE(holdStill.size(), 1);
    QTRY_COMPARE(m_reader->status().state, ReaderState::Ready);
    QCOMPARE(reads.size(), 0);
    // Said as what it is, not left to look like an empty reader.
    QTRY_COMPARE(failures.size(), 1);
    QCOMPARE(failures.first().first().value<ReadFailure>().kind, ReadFailureKind::CardRemoved);
}

void tst_SerialIdCardReader::damagedAnswersAreAProtocolError()
{
    m_sim->faults().corruptChecksums = 1000000;
    startReader();
    QTRY_COMPARE_WITH_TIMEOUT(m_reader->status().error, ReaderError::Protocol, 3000);
    QCOMPARE(m_reader->status().state, ReaderState::Error);
    QVERIFY(m_reader->status().message.contains(m_link));
    // The line heals: the reader recovers by itself.
    m_sim->faults().corruptChecksums = 0;
    QTRY_COMPARE_WITH_TIMEOUT(m_reader->status().state, ReaderState::Ready, 3000);
}

void tst_SerialIdCardReader::unknownCardType()
{
    startReader();
    QSignalSpy failures(m_reader.get(), &IdCardReader::readFailed);
    QTRY_COMPARE(m_reader->status().state, ReaderState::Ready);
    m_sim->module().failNextReads(1, Sam::Status::UnknownCardType);
    m_sim->module().placeCard(demoCards().first());
    QTRY_COMPARE(failures.size(), 1);
    QCOMPARE(failures.first().first().value<ReadFailure>().kind, ReadFailureKind::UnknownCard);
}

void tst_SerialIdCardReader::unprovisionedSam()
{
    m_sim->module().setProvisioned(false);
    startReader();
    QTRY_COMPARE(m_reader->status().state, ReaderState::Error);
    QCOMPARE(m_reader->status().error, ReaderError::SamNotProvisioned);
    QVERIFY(m_reader->status().message.contains(QStringLiteral("0x66")));
    // Provisioned later (the technician fixed it): the reader recovers by itself.
    m_sim->module().setProvisioned(true);
    QTRY_COMPARE(m_reader->status().state, ReaderState::Ready);
}

void tst_SerialIdCardReader::silentSam()
{
    m_sim->faults().silent = true;
    startReader();
    QTRY_COMPARE_WITH_TIMEOUT(m_reader->status().error, ReaderError::NoAnswer, 3000);
    QCOMPARE(m_reader->status().state, ReaderState::Error);
    QVERIFY(!m_reader->status().message.isEmpty());
    m_sim->faults().silent = false;
    QTRY_COMPARE_WITH_TIMEOUT(m_reader->status().state, ReaderState::Ready, 3000);
}

void tst_SerialIdCardReader::fallsBackTo9600()
{
    m_sim->faults().onlyAtBaud = 9600;
    startReader();
    QTRY_COMPARE_WITH_TIMEOUT(m_reader->status().state, ReaderState::Ready, 3000);
    QCOMPARE(m_reader->status().baud, 9600);
}

void tst_SerialIdCardReader::reconnectsWhenDeviceReturns()
{
    startReader();
    QSignalSpy reads(m_reader.get(), &IdCardReader::cardRead);
    QTRY_COMPARE(m_reader->status().state, ReaderState::Ready);
    m_sim->close(); // unplugged
    QTRY_COMPARE_WITH_TIMEOUT(m_reader->status().state, ReaderState::NotConnected, 3000);
    QCOMPARE(m_reader->status().error, ReaderError::PortUnavailable);
    QVERIFY(m_sim->open(m_link)); // plugged back: a new pty behind the same name
    QTRY_COMPARE_WITH_TIMEOUT(m_reader->status().state, ReaderState::Ready, 3000);
    m_sim->module().placeCard(demoCards().first());
    QTRY_COMPARE(reads.size(), 1);
}

void tst_SerialIdCardReader::missingPort()
{
    m_reader = std::make_unique<SerialIdCardReader>(m_dir.filePath(QStringLiteral("no-such-tty")), fastTimings());
    m_reader->start();
    QTRY_COMPARE(m_reader->status().state, ReaderState::NotConnected);
    QCOMPARE(m_reader->status().error, ReaderError::PortUnavailable);
    QVERIFY(m_reader->status().message.contains(QStringLiteral("no-such-tty")));
}

QTEST_GUILESS_MAIN(tst_SerialIdCardReader)
#include "tst_serialidcardreader.moc"
