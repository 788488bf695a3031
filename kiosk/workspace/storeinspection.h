#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace RegPoint::Kiosk {

class Workspace;

// One thing wrong with the store, named by the record it concerns (empty for the store itself).
struct StoreProblem
{
    QString recordId;
    QString code; // "record.unreadable", "record.envelope", "record.rolled-back", ...
    QString detail; // English, for the technician
};

// `db check --deep`: reads everything as the province would need it. Every identity and photo
// is decrypted, every envelope's certificate, signature and parts are checked against the CA,
// the audit chain is verified, and each record is cross-checked against its audit events
// (created by whom, in which state now, sealed or not) and the events against the records
// (none deleted). Nothing is changed.
Result<QList<StoreProblem>> inspectStoreDeeply(Workspace &workspace, const QByteArray &caPem);

} // namespace RegPoint::Kiosk
