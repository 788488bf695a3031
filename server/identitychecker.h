#pragma once

#include "envelope.h"

#include <QByteArray>

namespace RegPoint::Intake {

class IntakeService;
class IntakeStore;

// The opening worker of docs/sync-protocol.md, "The identity check": opens held records with the
// province key in arrival order, finds the ID number in each, and keeps one holder per number
// (an HMAC under a key derived from the province key, never the number). The first record with a
// number, or a later version of its holder, becomes final `accepted`; any other record with the
// same number becomes `conflict` / `identity.registered-elsewhere` naming the holder. Each check is
// a new receipt. A record rejected at the point is skipped (it registers nobody).
class IdentityChecker
{
public:
    IdentityChecker(IntakeStore &store, const IntakeService &service, Exchange::EnvelopeOpener opener,
        const QByteArray &provinceKeyPem);

    struct Pass
    {
        int checked = 0;
        int conflicts = 0;
        int unopenable = 0;
        int skipped = 0;
    };
    // Checks up to `limit` records not checked yet. Throws StorageError.
    Pass run(int limit = 500);

private:
    IntakeStore &m_store;
    const IntakeService &m_service;
    Exchange::EnvelopeOpener m_opener;
    QByteArray m_indexKey;
};

} // namespace RegPoint::Intake
