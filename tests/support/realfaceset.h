#pragma once

#include "photoset.h"

#include <QPointF>
#include <QString>
#include <QStringList>

namespace RegPoint::Kiosk {
struct PhotoProfile;
}

namespace RegPoint::Tests {

// One portrait of ../shared/data/faces with the geometry a person measured on it by eye
// (tests/data/photos/faces.json): nothing here comes from the checks under test.
struct FaceSource
{
    QString file;
    QPointF leftEye, rightEye, crown, chin, cheekLeft, cheekRight, nose;
    bool bothEyes = false;
    QString mouth; // closed, parted, teeth
    QString glasses; // none, clear, sunglasses
    bool headCovering = false;
    bool busyBackground = false; // the faces README names objects, a scene or lights behind the person
    bool clutter = false; // part of the person beside the head (a raised arm) stays in any crop
    // Why a reviewer refused the photo this generator makes from it (leftovers of the old scene,
    // a cut head): the generator's failure, not a label for the checks. Empty when accepted.
    QString generatedRefused;
    bool usable = false; // the faces README: a compliant photo can be made from it
};
QList<FaceSource> faceSources(const QString &labelsPath);

// The faces folder: $REGPOINT_FACES_DIR, else ../shared/data/faces beside the checkout; empty
// when it is not there (the images stay out of the repository).
QString realFacesDir();

// Photos made from the real portraits: on each allowed backdrop a compliant photo (reframed by
// the hand-measured geometry, background replaced through a matte seeded from the same
// geometry) and, per person, defect variants. No source has closed eyes, so closed eyes are
// tested on the astronaut set only (lids painted over a real eye are not a closed eye). Every geometric label
// (centring, eye line, face width, hair top, roll) is computed from the hand-measured points carried through the known
// transform, with a margin: a value within the margin of a limit is left unlabelled. `skipped`
// says which sources gave no compliant photo and why.
QList<LabelledPhoto> realFaceSet(
    const QString &facesDir, const QString &labelsPath, const Kiosk::PhotoProfile &profile, QStringList *skipped);

} // namespace RegPoint::Tests
