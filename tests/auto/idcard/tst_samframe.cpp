#include "idcard/samframe.h"

#include <QTest>

using namespace RegPoint::Devices;
using namespace RegPoint::Devices::Sam;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

struct Decoded
{
    QList<QByteArray> frames;
    QList<DecodeError> errors;
};

Decoded decodeAll(FrameDecoder &decoder)
{
    Decoded out;
    while (const auto event = decoder.next()) {
        if (const auto *frame = std::get_if<DecodedFrame>(&*event))
            out.frames.append(frame->payload);
        else
            out.errors.append(std::get<DecodeError>(*event));
    }
    return out;
}
} // namespace

// Frames byte for byte against shared/reference/idcard-protocol.md §1-2 and §7.1.
class tst_SamFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksumExamples_data();
    void checksumExamples();
    void requests_data();
    void requests();
    void referenceResponses_data();
    void referenceResponses();
    void chunkingDoesNotMatter_data();
    void chunkingDoesNotMatter();
    void damagedStreams_data();
    void damagedStreams();
    void lengthIsBounded();
};

void tst_SamFrame::checksumExamples_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("xorValue");
    QTest::newRow("find request") << hex("00 03 20 01") << 0x22;
    QTest::newRow("find success") << hex("00 08 00 00 9F 00 00 00 00") << 0x97;
    QTest::newRow("select success") << hex("00 0C 00 00 90 00 00 00 00 00 00 00 00") << 0x9C;
    QTest::newRow("no card") << hex("00 04 00 00 80") << 0x84;
}

void tst_SamFrame::checksumExamples()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, xorValue);
    QCOMPARE(int(checksum(bytes)), xorValue);
}

void tst_SamFrame::requests_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("reset") << Command::ResetSam << hex("AA AA AA 96 69 00 03 10 FF EC");
    QTest::newRow("status") << Command::Status << hex("AA AA AA 96 69 00 03 11 FF ED");
    QTest::newRow("SAM id") << Command::ReadSamId << hex("AAAAAA9669000312FFEE");
    QTest::newRow("find") << Command::FindCard << hex("AAAAAA96690003200122");
    QTest::newRow("select") << Command::SelectCard << hex("AAAAAA96690003200221");
    QTest::newRow("read text+photo") << Command::ReadText << hex("AAAAAA96690003300132");
    QTest::newRow("read added address") << Command::ReadAddedAddress << hex("AAAAAA96690003300330");
    QTest::newRow("read with fingerprints") << Command::ReadTextFingerprint << hex("AAAAAA96690003301023");
}

void tst_SamFrame::requests()
{
    QFETCH(Command, command);
    QFETCH(QByteArray, wire);
    QCOMPARE(request(command).toHex(' '), wire.toHex(' '));
    // The simulator reads requests with the same decoder.
    FrameDecoder decoder;
    decoder.feed(wire);
    const Decoded d = decodeAll(decoder);
    QCOMPARE(d.frames.size(), 1);
    QCOMPARE(parseRequest(d.frames.first())->command, command);
}

void tst_SamFrame::referenceResponses_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<Status>("sw3");
    QTest::addColumn<int>("dataSize");
    QTest::newRow("no card") << hex("AAAAAA9669000400008084") << Status::FindFailed << 0;
    QTest::newRow("card found") << hex("AAAAAA9669000800009F0000000097") << Status::CardFound << 4;
    QTest::newRow("read failed") << hex("AAAAAA9669000400004145") << Status::ReadFailed << 0;
    QTest::newRow("select failed") << hex("AAAAAA9669000400008185") << Status::SelectFailed << 0;
    QTest::newRow("select ok") << hex("AAAAAA9669000C00009000000000000000009C") << Status::Ok << 8;
    QTest::newRow("status ok") << hex("AA AA AA 96 69 00 04 00 00 90 94") << Status::Ok << 0;
}

void tst_SamFrame::referenceResponses()
{
    QFETCH(QByteArray, wire);
    QFETCH(Status, sw3);
    QFETCH(int, dataSize);
    FrameDecoder decoder;
    decoder.feed(wire);
    const Decoded d = decodeAll(decoder);
    QCOMPARE(d.errors.size(), 0);
    QCOMPARE(d.frames.size(), 1);
    const auto r = parseResponse(d.frames.first());
    QCOMPARE(r->sw3, sw3);
    QCOMPARE(r->data.size(), dataSize);
    QCOMPARE(response(sw3, r->data), wire); // and the encoder writes the same bytes
}

void tst_SamFrame::chunkingDoesNotMatter_data()
{
    QTest::addColumn<int>("chunk");
    for (int chunk : { 1, 2, 3, 5, 7, 11, 64, 1000, 5000 })
        QTest::addRow("%d-byte chunks", chunk) << chunk;
}

void tst_SamFrame::chunkingDoesNotMatter()
{
    QFETCH(int, chunk);
    QByteArray stream;
    QList<QByteArray> expected;
    for (int i = 0; i < 5; ++i) {
        const QByteArray data(qsizetype(i) * 300, char(0xAA)); // payloads full of preamble bytes
        stream += response(Status::Ok, data);
        expected.append(QByteArray("\x00\x00\x90", 3) + data);
    }
    FrameDecoder decoder;
    QList<QByteArray> frames;
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        decoder.feed(QByteArrayView(stream).sliced(at, std::min<qsizetype>(chunk, stream.size() - at)));
        const Decoded d = decodeAll(decoder);
        QCOMPARE(d.errors.size(), 0);
        frames += d.frames;
    }
    QCOMPARE(frames, expected);
    QCOMPARE(decoder.buffered(), 0);
}

void tst_SamFrame::damagedStreams_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("goodFrames");
    QTest::addColumn<QList<DecodeError>>("errors");
    const QByteArray ok = hex("AAAAAA9669000400008084");
    QByteArray badXor = ok;
    badXor.back() = char(0x85);
    QTest::newRow("garbage before a frame")
        << (hex("01 02 FF AA") + ok) << 1 << QList<DecodeError> { DecodeError::Garbage };
    QTest::newRow("bad checksum then good")
        << (badXor + ok) << 1 << QList<DecodeError> { DecodeError::BadChecksum, DecodeError::Garbage };
    QTest::newRow("impossible length") << (hex("AAAAAA9669 FFFF 00") + ok) << 1
                                       << QList<DecodeError> { DecodeError::BadLength, DecodeError::Garbage };
    QTest::newRow("zero length") << (hex("AAAAAA9669 0000") + ok) << 1
                                 << QList<DecodeError> { DecodeError::BadLength, DecodeError::Garbage };
    QTest::newRow("truncated frame waits") << ok.left(9) << 0 << QList<DecodeError> {};
    QTest::newRow("two frames in one chunk") << (ok + ok) << 2 << QList<DecodeError> {};
    QTest::newRow("only garbage") << hex("0102030405060708") << 0 << QList<DecodeError> { DecodeError::Garbage };
    QTest::newRow("garbage ending in half a preamble")
        << (hex("0102AAAA")) << 0 << QList<DecodeError> { DecodeError::Garbage };
}

void tst_SamFrame::damagedStreams()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, goodFrames);
    QFETCH(QList<DecodeError>, errors);
    FrameDecoder decoder;
    decoder.feed(stream);
    const Decoded d = decodeAll(decoder);
    QCOMPARE(d.frames.size(), goodFrames);
    QCOMPARE(d.errors, errors);
}

void tst_SamFrame::lengthIsBounded()
{
    // A length field of 4096 is accepted and waits; the buffer never grows past one maximal frame.
    FrameDecoder decoder;
    decoder.feed(hex("AAAAAA9669 1000"));
    QVERIFY(!decoder.next());
    decoder.feed(QByteArray(5000, '\x11'));
    const Decoded d = decodeAll(decoder);
    QCOMPARE(d.frames.size(), 0);
    QVERIFY(d.errors.contains(DecodeError::BadChecksum) || d.errors.contains(DecodeError::Garbage));
    QVERIFY(decoder.buffered() < kHeaderSize + kMaxLength);
}

QTEST_GUILESS_MAIN(tst_SamFrame)
#include "tst_samframe.moc"
