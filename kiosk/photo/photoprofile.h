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

// What a compliant photo looks like, per year and province: resources/photo/<name>.json.
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

    // A built-in profile by name ("hunan-2023"), or a JSON file by path.
    static Result<PhotoProfile> load(const QString &nameOrPath);
    static Result<PhotoProfile> fromJson(const QByteArray &json);
};

} // namespace RegPoint::Kiosk
