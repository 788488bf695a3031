#pragma once

#include "idcarddata.h"
#include "samframe.h"

#include <QByteArray>

#include <optional>

namespace RegPoint::Devices {

// The behaviour of a SAM_V module with a card on or off its antenna, for the simulator that ships
// in the product (regpoint --simulate, regpoint-idcard-sim). Pure: requests in, answers out.
class SamModule
{
public:
    SamModule();

    void placeCard(const IdCardData &card);
    void removeCard();
    bool hasCard() const { return m_card.has_value(); }

    // Faults of the module itself (transport faults live in SamSimulatorPort).
    void setProvisioned(bool provisioned) { m_provisioned = provisioned; }
    void failNextReads(int count, Sam::Status status = Sam::Status::ReadFailed);
    void removeCardDuringNextRead() { m_removeDuringRead = true; }
    void setFingerprintBytes(int bytes) { m_fingerprintBytes = bytes; } // 0, 512 or 1024: answer 30 10 with them

    // The SAM ID as 16 bytes on the wire, and how it is shown (§2).
    static QByteArray samIdBytes();
    static QString samIdText();

    // The whole answer frame to a request frame's payload.
    QByteArray answer(QByteArrayView requestPayload);

private:
    QByteArray readAnswer(bool withFingerprints);

    std::optional<IdCardData> m_card;
    bool m_found = false;
    bool m_selected = false;
    bool m_provisioned = true;
    int m_failReads = 0;
    Sam::Status m_failStatus = Sam::Status::ReadFailed;
    bool m_removeDuringRead = false;
    int m_fingerprintBytes = 1024;
};

// A photo-shaped 1024 bytes: the real format is the vendor's encrypted WLT, which we never fake.
QByteArray fillerPhoto(const QString &seed);

} // namespace RegPoint::Devices
