#include "provincephotoprofile.h"

#include <QCoreApplication>

#include <cmath>

namespace RegPoint::Kiosk {

namespace {
struct ProvincePhotoProfileTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::ProvincePhotoProfile)
};

IntRange scaled(IntRange range, int to, int from)
{
    const double factor = double(to) / from;
    return { int(std::lround(range.min * factor)), int(std::lround(range.max * factor)) };
}
} // namespace

Result<PhotoProfile> withProvincePhotoRules(
    const PhotoProfile &own, const Exchange::ConfigBundle::PhotoProfile &province)
{
    const auto side = [](int v) { return v >= PhotoProfile::kMinSide && v <= PhotoProfile::kMaxSide; };
    // The checks count whole KB: the province's byte range, rounded inwards.
    const int minKb = (province.minBytes + 1023) / 1024;
    const int maxKb = province.maxBytes / 1024;
    if (!side(province.width) || !side(province.height) || minKb < 1 || maxKb < minKb
        || maxKb * qint64(1024) > PhotoLimits::kMaxFileBytes)
        return Failure { QStringLiteral("config.photo-profile"),
            [width = province.width, height = province.height, minBytes = province.minBytes,
                maxBytes = province.maxBytes, ownWidth = own.size.width(), ownHeight = own.size.height(),
                ownMinKb = own.fileKb.min, ownMaxKb = own.fileKb.max] {
                return ProvincePhotoProfileTr::tr(
                    "The province's settings ask for photos of %1 × %2 pixels and %3 to %4 bytes, "
                    "which this kiosk cannot check. Photos are checked against its own rules "
                    "(%5 × %6, %7 to %8 KB); tell the technician.")
                    .arg(width)
                    .arg(height)
                    .arg(minBytes)
                    .arg(maxBytes)
                    .arg(ownWidth)
                    .arg(ownHeight)
                    .arg(ownMinKb)
                    .arg(ownMaxKb);
            } };
    PhotoProfile rules = own;
    rules.size = QSize(province.width, province.height);
    rules.fileKb = { minKb, maxKb };
    rules.hairTopPx = scaled(own.hairTopPx, province.height, own.size.height());
    rules.eyeLinePx = scaled(own.eyeLinePx, province.height, own.size.height());
    rules.faceWidthPx = scaled(own.faceWidthPx, province.width, own.size.width());
    return rules;
}

} // namespace RegPoint::Kiosk
