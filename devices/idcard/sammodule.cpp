#include "sammodule.h"

#include "demowltmarker.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace RegPoint::Devices {

using Sam::Status;

SamModule::SamModule() = default;

void SamModule::placeCard(const IdCardData &card)
{
    m_card = card;
    if (m_card->photoWlt.size() != 1024)
        m_card->photoWlt = fillerPhoto(card.idNumber);
    m_found = m_selected = false;
}

void SamModule::removeCard()
{
    m_card.reset();
    m_found = m_selected = false;
}

void SamModule::failNextReads(int count, Status status)
{
    m_failReads = count;
    m_failStatus = status;
}

QByteArray SamModule::samIdBytes()
{
    // 05.01-20231120-0000430102-0000000042, little-endian u16 u16 u32 u32 u32.
    QByteArray bytes(16, '\0');
    qToLittleEndian<quint16>(5, bytes.data());
    qToLittleEndian<quint16>(1, bytes.data() + 2);
    qToLittleEndian<quint32>(20231120, bytes.data() + 4);
    qToLittleEndian<quint32>(430102, bytes.data() + 8);
    qToLittleEndian<quint32>(42, bytes.data() + 12);
    return bytes;
}

QString SamModule::samIdText()
{
    return QStringLiteral("05.01-20231120-0000430102-0000000042");
}

QByteArray fillerPhoto(const QString &seed)
{
    // Marked as the simulator's: the demo decoder draws only these, never a real card's photo.
    QByteArray photo(REGPOINT_DEMO_WLT_MARKER);
    QByteArray block = seed.toUtf8();
    while (photo.size() < 1024) {
        block = QCryptographicHash::hash(block, QCryptographicHash::Sha256);
        photo.append(block);
    }
    photo.resize(1024);
    return photo;
}

QByteArray SamModule::readAnswer(bool withFingerprints)
{
    const QByteArray text = encodeCardText(*m_card);
    const int fp = withFingerprints ? m_fingerprintBytes : 0;
    QByteArray data;
    auto be16 = [&data](int v) {
        data.append(char(v >> 8));
        data.append(char(v & 0xFF));
    };
    be16(int(text.size()));
    be16(int(m_card->photoWlt.size()));
    if (withFingerprints)
        be16(fp);
    data.append(text);
    data.append(m_card->photoWlt);
    data.append(QByteArray(fp, '\x5A'));
    return Sam::response(Status::Ok, data);
}

QByteArray SamModule::answer(QByteArrayView requestPayload)
{
    const std::optional<Sam::Request> request = Sam::parseRequest(requestPayload);
    if (!request)
        return Sam::response(Status::LengthError);
    if (!m_provisioned)
        return Sam::response(Status::SamNotProvisioned);
    switch (request->command) {
    case Sam::Command::ResetSam:
    case Sam::Command::Status:
        return Sam::response(Status::Ok);
    case Sam::Command::ReadSamId:
        return Sam::response(Status::Ok, samIdBytes());
    case Sam::Command::FindCard:
        m_selected = false;
        m_found = m_card.has_value();
        return m_found ? Sam::response(Status::CardFound, QByteArray(4, '\0')) : Sam::response(Status::FindFailed);
    case Sam::Command::SelectCard:
        m_selected = m_found && m_card;
        return m_selected ? Sam::response(Status::Ok, QByteArray(8, '\0')) : Sam::response(Status::SelectFailed);
    case Sam::Command::ReadText:
    case Sam::Command::ReadTextFingerprint: {
        if (!m_selected || !m_card)
            return Sam::response(Status::NoCardFound);
        m_selected = false; // find and select again before the next read
        if (m_removeDuringRead) {
            m_removeDuringRead = false;
            removeCard();
            return Sam::response(Status::ReadFailed);
        }
        if (m_failReads > 0) {
            --m_failReads;
            return Sam::response(m_failStatus);
        }
        return readAnswer(request->command == Sam::Command::ReadTextFingerprint);
    }
    case Sam::Command::ReadAddedAddress:
        if (!m_card)
            return Sam::response(Status::NoCardFound);
        if (m_card->addedAddress.isEmpty())
            return Sam::response(Status::NoContent);
        return Sam::response(Status::Ok, encodeUcs2(m_card->addedAddress, 70));
    }
    return Sam::response(Status::CommandError);
}

} // namespace RegPoint::Devices
