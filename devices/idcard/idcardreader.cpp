#include "idcardreader.h"

#include <QCoreApplication>
#include <QtEndian>

namespace RegPoint::Devices {

namespace {
struct IdCardReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Devices::IdCardReader)
};
} // namespace

QString readerStateName(ReaderState state)
{
    switch (state) {
    case ReaderState::NotConnected:
        return IdCardReaderTr::tr("not connected");
    case ReaderState::Connecting:
        return IdCardReaderTr::tr("connecting");
    case ReaderState::Ready:
        return IdCardReaderTr::tr("ready: place the ID card");
    case ReaderState::Reading:
        return IdCardReaderTr::tr("reading: keep the card still");
    case ReaderState::CardPresent:
        return IdCardReaderTr::tr("card on the reader");
    case ReaderState::Error:
        return IdCardReaderTr::tr("fault");
    }
    return {};
}

DeviceStatus deviceStatusFromReader(const ReaderStatus &status, bool simulated)
{
    DeviceState state = DeviceState::Error;
    switch (status.state) {
    case ReaderState::NotConnected:
        state = DeviceState::Error;
        break;
    case ReaderState::Connecting:
        state = DeviceState::Connecting;
        break;
    case ReaderState::Ready:
    case ReaderState::CardPresent:
        state = DeviceState::Ready;
        break;
    case ReaderState::Reading:
        state = DeviceState::Busy;
        break;
    case ReaderState::Error:
        state = DeviceState::Error;
        break;
    }
    return { DeviceKind::IdCardReader, state, simulated, status.message };
}

QString readFailureMessage(ReadFailureKind kind)
{
    switch (kind) {
    case ReadFailureKind::CardMoved:
        return IdCardReaderTr::tr(
            "The card could not be read. Lift it, place it flat in the middle of the reader and keep it still.");
    case ReadFailureKind::UnknownCard:
        return IdCardReaderTr::tr(
            "This is not an ID card the reader knows (a bank or transit card?). Place the second-generation ID card.");
    case ReadFailureKind::DamagedAnswer:
        return IdCardReaderTr::tr(
            "The reader's answer was damaged. Lift the card and place it again; if it repeats, enter the "
            "document by hand.");
    case ReadFailureKind::NoAnswer:
        return IdCardReaderTr::tr(
            "The reader stopped answering during the read. Check its cable, then place the card again.");
    case ReadFailureKind::CardRemoved:
        return IdCardReaderTr::tr(
            "The card was taken off the reader before it was read. Place it again and keep it still until "
            "it is read.");
    }
    return {};
}

QString formatSamId(QByteArrayView bytes)
{
    if (bytes.size() < 16)
        return {};
    const char *p = bytes.data();
    return QStringLiteral("%1.%2-%3-%4-%5")
        .arg(qFromLittleEndian<quint16>(p), 2, 10, QLatin1Char('0'))
        .arg(qFromLittleEndian<quint16>(p + 2), 2, 10, QLatin1Char('0'))
        .arg(qFromLittleEndian<quint32>(p + 4), 8, 10, QLatin1Char('0'))
        .arg(qFromLittleEndian<quint32>(p + 8), 10, 10, QLatin1Char('0'))
        .arg(qFromLittleEndian<quint32>(p + 12), 10, 10, QLatin1Char('0'));
}

} // namespace RegPoint::Devices
