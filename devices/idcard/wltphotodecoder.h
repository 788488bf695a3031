#pragma once

#include <QByteArrayView>
#include <QImage>
#include <QString>

#include <optional>

namespace RegPoint::Devices {

// The card photo is 1024 bytes of the vendor's encrypted WLT format; decoding it is licensed, so
// RegPoint never ships a decoder. A vendor's decoder is wrapped in a small plug-in that RegPoint
// loads at run time from a configured path. The plug-in exports one C function:
//
//   extern "C" int regpoint_wlt_decode(const unsigned char *wlt, int wlt_size,
//                                      unsigned char *bgr, int bgr_size);
//
// wlt_size is 1024; bgr_size is 102 * 126 * 3 = 38556. On success it writes 126 rows of 102 pixels,
// top row first, 3 bytes per pixel in B, G, R order, and returns 0; any other value means failure.
// It must not write files (vendor demos drop zp.bmp into the working directory).
class WltPhotoDecoder
{
public:
    static constexpr int kWidth = 102;
    static constexpr int kHeight = 126;
    static constexpr const char *kSymbol = "regpoint_wlt_decode";

    // An empty path: no decoder configured.
    explicit WltPhotoDecoder(const QString &libraryPath = {});

    bool isAvailable() const { return m_decode != nullptr; }
    QString problem() const { return m_problem; } // translated; why photos show a placeholder
    std::optional<QImage> decode(QByteArrayView wlt) const;

private:
    using DecodeFunction = int (*)(const unsigned char *, int, unsigned char *, int);
    DecodeFunction m_decode = nullptr;
    QString m_problem;
};

} // namespace RegPoint::Devices
