#pragma once

#include "result.h"

#include <QColor>
#include <QList>
#include <QSize>
#include <QString>

namespace RegPoint::Kiosk {

struct IntRange
{
    int min = 0;
    int max = 0;
    bool contains(double v) const { return v >= min && v <= max; }
};

// Hard limits on any photo RegPoint reads, whatever a profile says (docs/photo.md, "Limits").
struct PhotoLimits
{
    // A camera's JPEG fits; so does anything a candidate brings (the kiosk's USB import takes as much).
    static constexpr qint64 kMaxFileBytes = qint64(20) * 1024 * 1024;
    // 8000 × 6000: more than any camera at the desk; a header that claims more is refused unread.
    static constexpr qint64 kMaxPixels = 48'000'000;
    // QImageReader's allocation limit (MB) for a decode: kMaxPixels at 4 bytes, with room.
    static constexpr int kDecodeAllocationMb = 256;
    static constexpr qint64 kMaxProfileBytes = qint64(64) * 1024; // a profile is well under 1 KB
};

// What a compliant photo looks like, per year and province: resources/photo/<name>.json.
// Every value is checked against docs/photo.md's schema (type, range, min <= max) when loaded.
struct PhotoProfile
{
    QString name;
    QSize size { 480, 640 };
    int dpi = 300;
    int minJpegQuality = 60;
    IntRange fileKb { 20, 40 };
    IntRange hairTopPx { 50, 110 };
    IntRange eyeLinePx { 200, 300 };
    IntRange faceWidthPx { 180, 300 };
    double centreTolerance = 0.05; // of the width, eye midpoint from the centre line
    double maxRollDegrees = 8;
    QList<QColor> backgrounds;
    double backgroundDeltaE = 12; // CIE76 distance to the nearest allowed colour
    double backgroundMaxSpread = 10; // L* standard deviation and left/right difference: shadows, gradients

    // The frame a profile may ask for, per side: every photo spec there is fits, and the fix's
    // working images stay a few MB.
    static constexpr int kMinSide = 100;
    static constexpr int kMaxSide = 2000;

    // A built-in profile by name ("hunan-2023"), or a JSON file by path (a regular file of at most
    // PhotoLimits::kMaxProfileBytes).
    static Result<PhotoProfile> load(const QString &nameOrPath);
    // Failure "photo.profile-damaged" (not JSON) or "photo.profile-invalid" (the message names
    // every key that breaks the schema, with what it must be).
    static Result<PhotoProfile> fromJson(const QByteArray &json);
};

} // namespace RegPoint::Kiosk
