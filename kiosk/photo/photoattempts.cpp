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
    return remember(fixedAttempt(PhotoOrigin::Camera, frame, m_fixer.fix(frame)));
}

PhotoAttempt PhotoAttempts::fixedAttempt(PhotoOrigin origin, const QImage &source, Result<PhotoFix> fixed) const
{
    PhotoAttempt attempt;
    attempt.origin = origin;
    if (fixed) {
        attempt.jpeg = fixed.value().jpeg;
        attempt.image = fixed.value().image;
        attempt.report = fixed.value().report;
        attempt.applied = fixed.value().applied;
    } else {
        attempt.unfixable = fixed.failure();
        attempt.image = source;
        attempt.report = m_inspector.inspectImage(source);
    }
    return attempt;
}

const PhotoAttempt &PhotoAttempts::evaluateFile(const QByteArray &bytes)
{
    PhotoAttempt attempt;
    attempt.origin = PhotoOrigin::ImportedFile;
    std::optional<FaceGeometry> where;
    const PhotoReport asDelivered = m_inspector.inspectFile(bytes, &where);
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
    // The file's own check is the fixer's starting point: no second inspection of the same picture.
    return remember(fixedAttempt(PhotoOrigin::ImportedFile, image, m_fixer.fix(image, asDelivered, std::move(where))));
}

const PhotoAttempt &PhotoAttempts::remember(PhotoAttempt attempt)
{
    if (!attempt.isCompliant())
        ++m_failed;
    m_last = std::move(attempt);
    return *m_last;
}

void PhotoAttempts::reword()
{
    if (!m_last)
        return;
    const PhotoReport again = !m_last->jpeg.isEmpty() ? m_inspector.inspectFile(m_last->jpeg)
        : !m_last->image.isNull()                     ? m_inspector.inspectImage(m_last->image)
                                                      : PhotoReport {};
    for (PhotoCheck &check : m_last->report.checks) {
        if (const PhotoCheck *said = again.find(check.id); said && said->ok == check.ok)
            check.message = said->message;
    }
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
