#pragma once

#include "syncmessages.h"

#include <QHash>
#include <QString>
#include <QUuid>

#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

namespace RegPoint::Intake {

// What every upload would otherwise ask the database for, kept in memory so that an upload's
// only database work is its share of a group commit:
// - each point's enrolled certificate, for a few seconds (a re-enrolment takes effect within
//   kEnrolmentTtl; a point not enrolled is never remembered, so enrolling one takes effect at once);
// - the lines of the manifests this intake saved, which never change: a batch id is one
//   manifest's, of one point, forever (IntakeStore::saveBatch). Oldest batches go first past
//   kMaxBytes, counted from what the lines hold (a point may write long reasons); a batch not
//   here is read from the store.
class RecentLookups
{
public:
    static constexpr std::chrono::seconds kEnrolmentTtl { 5 };
    static constexpr qsizetype kMaxBytes = qsizetype(64) << 20; // ~250,000 usual lines

    std::optional<QString> enrolledFingerprint(const QString &pointCode);
    void keepEnrolment(const QString &pointCode, const QString &fingerprint);

    struct Listing
    {
        bool batchKnown = false; // false: ask the store
        std::optional<Exchange::ManifestRecord> line; // the record's line, when the batch lists it
    };
    Listing manifestLine(const QString &pointCode, const QUuid &batch, const QUuid &id);
    void keepManifest(const QString &pointCode, const Exchange::Manifest &manifest);

private:
    using Clock = std::chrono::steady_clock;
    struct Enrolment
    {
        QString fingerprint;
        Clock::time_point until;
    };
    using Lines = QHash<QUuid, Exchange::ManifestRecord>;
    static QString batchKey(const QString &pointCode, const QUuid &batch);

    std::mutex m_mutex;
    QHash<QString, Enrolment> m_enrolments;
    QHash<QString, std::shared_ptr<const Lines>> m_batches;
    struct Kept
    {
        QString key;
        qsizetype bytes = 0;
    };
    std::deque<Kept> m_batchOrder; // oldest first
    qsizetype m_bytes = 0;
};

} // namespace RegPoint::Intake
