#include "photoattempts.h"

#include "photo/photofixer.h"
#include "photo/photoinspector.h"

namespace RegPoint::Kiosk {

PhotoAttempts::PhotoAttempts(const PhotoInspector &inspector, const PhotoFixer &fixer, PhotoPolicy policy)
    : m_inspector(inspector)
    , m_fixer(fixer)
    , m_policy(policy)
{ }

const PhotoAttempt &PhotoAttempts::evaluateCapture(const QImage &frame)
{
    PhotoAttempt attempt;
    attempt.origin = PhotoOrigin::Camera;
    Result<PhotoFix> fixed = m_fixer.fix(frame);
    if (fixed) {
        attempt.jpeg = fixed.value().jpeg;
        attempt.image = fixed.value().image;
        attempt.report = fixed.value().report;
        attempt.applied = fixed.value().applied;
    } else {
        attempt.unfixable = fixed.failure();
        attempt.image = frame;
        attempt.report = m_inspector.inspectImage(frame);
    }
    return remember(std::move(attempt));
}

const PhotoAttempt &PhotoAttempts::evaluateFile(const QByteArray &bytes)
{
    PhotoAttempt attempt;
    attempt.origin = PhotoOrigin::ImportedFile;
    const PhotoReport asDelivered = m_inspector.inspectFile(bytes);
    QImage image;
    if (asDelivered.ok() && image.loadFromData(bytes)) {
        attempt.jpeg = bytes;
        attempt.image = image;
        attempt.report = asDelivered;
        return remember(std::move(attempt));
    }
    if (!image.loadFromData(bytes)) {
        const PhotoCheck *format = asDelivered.find(QStringLiteral("format"));
        attempt.unfixable = Failure { QStringLiteral("photo.unreadable"), format ? format->message : QString() };
        attempt.report = asDelivered;
        return remember(std::move(attempt));
    }
    const PhotoAttempt &fixed = evaluateCapture(image);
    m_last->origin = PhotoOrigin::ImportedFile;
    return fixed;
}

const PhotoAttempt &PhotoAttempts::remember(PhotoAttempt attempt)
{
    if (!attempt.isCompliant())
        ++m_failed;
    m_last = std::move(attempt);
    return *m_last;
}

void PhotoAttempts::reset()
{
    m_last.reset();
    m_failed = 0;
}

bool PhotoAttempts::overrideAvailable() const
{
    return m_failed >= m_policy.attemptsBeforeOverride && m_last && !m_last->jpeg.isEmpty() && !m_last->isCompliant();
}

} // namespace RegPoint::Kiosk
