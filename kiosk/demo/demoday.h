#pragma once

#include "frozenform.h"
#include "records/candidaterecord.h"
#include "result.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace RegPoint::Kiosk {

class Workspace;

// Synthetic candidates for demos, benchmarks and load tests: plausible Hunan people (valid ID
// numbers with real county codes and check characters, 2006-2008 births), the same list for the
// same seed. None of them exists.
QList<CandidateIdentity> syntheticCandidates(int count, quint32 seed);
// A 480x640 JPEG (20-40 KB) that stands in for a candidate's photo: a drawn head on the light
// blue backdrop with sensor-like noise, different for each seed.
QByteArray syntheticPortrait(quint32 seed);

// A plausible 应届 candidate's online form for a demo record, as the province would freeze it.
Exchange::FrozenForm demoFrozenForm(const QString &serial, const QUuid &recordId, int examYear);

struct DemoDayResult
{
    int records = 0;
    int sealed = 0;
};

// Fills a workspace as a day at the desk would, through the kiosk's own services: operators
// (created if missing), a simulated card read per candidate, the photo, the seal, and the signed
// audit head at the end. The workspace must be provisioned (the demo province will do).
Result<DemoDayResult> runDemoDay(
    Workspace &workspace, int count, quint32 seed, const std::function<void(int done)> &progress = {});

} // namespace RegPoint::Kiosk
