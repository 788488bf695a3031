#include "wltphotodecoder.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcReader)

namespace RegPoint::Devices {

namespace {
struct WltPhotoDecoderTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Devices::WltPhotoDecoder)
};
} // namespace

WltPhotoDecoder::WltPhotoDecoder(const QString &libraryPath)
{
    if (libraryPath.isEmpty()) {
        m_problem = WltPhotoDecoderTr::tr(
            "No photo decoder is installed: the card photo cannot be shown. The text fields are complete.");
    } else {
        // The library stays loaded for the process: QLibrary's destructor does not unload it.
        QLibrary library(libraryPath);
        if (!library.load())
            m_problem = WltPhotoDecoderTr::tr("The photo decoder %1 could not be loaded (%2). Call the technician.")
                            .arg(libraryPath, library.errorString());
        else if (!(m_decode = reinterpret_cast<DecodeFunction>(library.resolve(kSymbol))))
            m_problem = WltPhotoDecoderTr::tr("The photo decoder %1 has no function %2. Call the technician.")
                            .arg(libraryPath, QString::fromLatin1(kSymbol));
    }
    // Once per decoder, that is once per session: not at every read.
    if (!m_problem.isEmpty())
        qCWarning(lcReader) << "card photos unavailable:" << m_problem;
}

std::optional<QImage> WltPhotoDecoder::decode(QByteArrayView wlt) const
{
    if (!m_decode || wlt.size() != 1024)
        return std::nullopt;
    // Decoded straight into the image's memory: no temporary buffer or file holds the photo.
    QImage image(kWidth, kHeight, QImage::Format_BGR888);
    QByteArray packed(qsizetype(kWidth) * kHeight * 3, Qt::Uninitialized);
    const int result = m_decode(reinterpret_cast<const unsigned char *>(wlt.data()), int(wlt.size()),
        reinterpret_cast<unsigned char *>(packed.data()), int(packed.size()));
    if (result != 0) {
        packed.fill('\0');
        return std::nullopt;
    }
    for (int y = 0; y < kHeight; ++y)
        memcpy(image.scanLine(y), packed.constData() + qsizetype(y) * kWidth * 3, size_t(kWidth) * 3);
    packed.fill('\0');
    return image;
}

} // namespace RegPoint::Devices
