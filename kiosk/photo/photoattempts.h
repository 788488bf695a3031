#pragma once

#include "photo/photocheck.h"
#include "photo/photofixer.h"
#include "result.h"

#include <QByteArray>
#include <QImage>
#include <QStringList>

#include <optional>

namespace RegPoint::Kiosk {

enum class PhotoOrigin
{
    Camera,
    ImportedFile // a candidate's own photo, from a USB folder
};

// One try at the candidate's photo: what came in, what the fixer made of it, and the verdict.
struct PhotoAttempt
{
    PhotoOrigin origin = PhotoOrigin::Camera;
    QByteArray jpeg; // what would be stored; empty when nothing usable could be made
    QImage image; // the same photo, for display
    PhotoReport report; // the checks of `jpeg`, or of the input when there is no result
    QStringList applied; // what the fixer did ("crop_scale", "background", …); empty for an untouched file
    std::optional<Failure> unfixable; // why no result could be made

    bool isCompliant() const { return !jpeg.isEmpty() && report.ok(); }
};

// When a supervisor may accept a photo that fails a check.
struct PhotoPolicy
{
    int attemptsBeforeOverride = 3; // failed attempts on one record before the override is offered
    bool autoCapture = true; // take the photo once the pose has been ready and still for a second
};

// The attempts at one record's photo: each input checked and fixed the same way, whether it came
// from the camera or from a file, and the count of failures that opens the supervisor override.
class PhotoAttempts
{
public:
    PhotoAttempts(const PhotoInspector &inspector, const PhotoFixer &fixer, PhotoPolicy policy = {});

    const PhotoPolicy &policy() const { return m_policy; }
    // The administrator changed it: from the next record's attempts on.
    void setPolicy(const PhotoPolicy &policy) { m_policy = policy; }
    const PhotoAttempt &evaluateCapture(const QImage &frame);
    // An already compliant file is kept byte for byte; anything else goes through the fixer.
    const PhotoAttempt &evaluateFile(const QByteArray &bytes);
    void reset(); // a new record
    // The last attempt's check messages in the language chosen since: its photo is checked again
    // (the same picture gives the same verdicts) and only the words are taken.
    void reword();

    const std::optional<PhotoAttempt> &last() const { return m_last; }
    int failedAttempts() const { return m_failed; }
    // After enough failures, and only for a photo that exists (a supervisor approves a picture,
    // not the absence of one).
    bool overrideAvailable() const;

private:
    // The fixer's result as an attempt; when the fix is refused, the source's own verdict.
    PhotoAttempt fixedAttempt(PhotoOrigin origin, const QImage &source, Result<PhotoFix> fixed) const;
    const PhotoAttempt &remember(PhotoAttempt attempt);

    const PhotoInspector &m_inspector;
    const PhotoFixer &m_fixer;
    PhotoPolicy m_policy;
    std::optional<PhotoAttempt> m_last;
    int m_failed = 0;
};

} // namespace RegPoint::Kiosk
