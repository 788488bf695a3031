#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

namespace RegPoint::Kiosk {
class PhotoInspector;
}

namespace RegPoint::Tests {

// Defect variants of a portrait: each changes one thing a photo can get wrong. Geometry changes
// fill what they uncover with the colour of the top-left corner, the backdrop.
namespace PhotoVariants {
QImage grayscale(const QImage &in);
QImage blurred(const QImage &in, int factor = 6);
QImage shifted(const QImage &in, int dx, int dy = 0);
// Scales the picture by `factor` about `centre` (the eyes, so the eye line stays put).
QImage scaledAbout(const QImage &in, double factor, QPointF centre);
QImage rotatedAbout(const QImage &in, double degrees, QPointF centre);
QImage exposed(const QImage &in, double gain);
QImage twoPeople(const QImage &in);
// Pixels connected to the border that look like the corner colour: the backdrop.
QImage backdropMask(const QImage &in);
QImage recolouredBackdrop(const QImage &in, const QColor &colour);
// A shadow falling across the backdrop from the left: darkest (x `depth`) at the left edge.
QImage shadowedBackdrop(const QImage &in, double depth);
// Filled discs of `colour` on both pupils, `radius` a share of the eye box width.
QImage paintedPupils(const QImage &in, QPointF left, QPointF right, double radius, const QColor &colour);
// A cap: a dome of `colour` from `crownY` down to just above the brows at `browY`, `width` wide
// around `midX`, with a darker brim at its lower edge.
QImage capped(const QImage &in, double midX, double crownY, double browY, double width, const QColor &colour);
} // namespace PhotoVariants

// One photo of the labelled set: the file's bytes and, for each check it is labelled for, the
// verdict a careful reviewer gives (true: the photo meets that rule). Checks a variant makes
// ambiguous are left unlabelled rather than guessed.
struct LabelledPhoto
{
    QString name;
    QByteArray file;
    QHash<QString, bool> expected;
    QString person; // whose face: a source file name ("astronaut" for the public-domain portrait)
};

// Every check id a report holds, and those that need exactly one face.
QStringList allPhotoChecks();
QStringList faceDependentChecks();

// The labelled set: the real portraits in `photoDir` (labels in labels.json beside them) and the
// defect variants generated from the compliant one. The inspector only places the red-eye and
// glare discs on the eyes; it never decides a label.
QList<LabelledPhoto> labelledPhotoSet(const QString &photoDir, const Kiosk::PhotoInspector &inspector);

} // namespace RegPoint::Tests
