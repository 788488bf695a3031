#pragma once

#include "day/readiness.h"
#include "flow/flowtransitions.h"
#include "identity/cardchecks.h"
#include "operators/operator.h"
#include "operators/operatorservice.h"
#include "photo/photoattempts.h"
#include "records/candidaterecord.h"
#include "records/eligibilityrules.h"
#include "records/manualentry.h"
#include "records/recordstore.h"
#include "records/recordview.h"
#include "result.h"

#include <QImage>
#include <QObject>
#include <QSize>
#include <QTimer>

#include <chrono>

namespace RegPoint::Devices {
class WltPhotoDecoder;
}

namespace RegPoint::Kiosk {

class Clock;
class DayOpening;
class RecordRegistrar;
class RecordStore;
class RegistrationGate;
class SessionLock;

// How long things wait. Tests shrink them to milliseconds.
struct FlowTimings
{
    // The "saved" confirmation stays this long, then the desk is ready for the next candidate.
    std::chrono::milliseconds savedNotice { 6000 };
};

struct HomeSummary
{
    qsizetype createdToday = 0;
    qsizetype awaitingUpload = 0;
    // Newest first, then the unfinished ones older than those (waiting for review or photo, refused).
    QList<RecordView> recent;
    std::optional<Failure> hold; // why no new candidate can be registered now (RegistrationGate)
};

// A card read, waiting for the clerk to look at it.
struct CardReading
{
    Devices::IdCardData card;
    QList<CardCheck> checks;
    bool canSave = false; // no error-severity check failed
    QImage photo; // decoded once, on arrival; null without a decoder or when it failed
    bool photoDecoderInstalled = false; // tells the two apart for the placeholder
    // This ID number has a record here already: shown before anything is saved, never saved twice.
    std::optional<RecordView> registered;

    static QSize photoSize(); // the chip photo's size in pixels, decoded or not
};

// The record whose photo is being taken, with the chip's photo to compare against.
struct PhotoSubject
{
    CandidateRecord record;
    RecordView shown; // what the screen shows of it
    QImage cardPhoto; // null when there is no decoder or the record's card was read earlier
};

// The record whose eligibility is being reviewed, with what the photo step will need after it.
struct ReviewSubject
{
    CandidateRecord record;
    RecordView shown;
    QImage cardPhoto; // carried to the photo step; null as for PhotoSubject
    std::optional<EligibilityReview> previous; // an earlier refusal, when the candidate came back
};

// The accepted photo, held while the candidate checks the preview: stored only when they agree.
struct PendingPhoto
{
    QByteArray jpeg;
    std::optional<PhotoOverride> override; // a supervisor accepted it failing a check
};

// A supervisor's user name and password, typed at the desk to approve an exception.
struct Approval
{
    QString username;
    QString password;
};

struct EntrySubmission
{
    ManualEntryCheck check; // field problems: the form shows them beside the fields
    std::optional<Failure> failure; // the save itself failed (duplicate, disk): shown as a banner
    std::optional<CandidateRecord> saved;
};

// The registration desk as a state machine. Screens observe stepChanged() and call the intents;
// every transition goes through nextStep().
class RegistrationFlow : public QObject
{
    Q_OBJECT

public:
    RegistrationFlow(OperatorService &operators, RecordStore &records, RecordRegistrar &registrar,
        const ManualEntryValidator &validator, const Devices::WltPhotoDecoder &photos, PhotoAttempts &attempts,
        SessionLock &lock, const RegistrationGate &gate, DayOpening &days, const Result<EligibilityRules> &rules,
        const Clock &clock, FlowTimings timings = {}, QObject *parent = nullptr);

    FlowStep step() const { return m_step; }
    const std::optional<Operator> &currentOperator() const { return m_operator; }
    const std::optional<CandidateRecord> &lastSaved() const { return m_lastSaved; }
    std::optional<RecordView> lastSavedView() const;
    // The 报名流水号 the last saved record was given; nullopt when the point had none left.
    const std::optional<QString> &lastSavedSerial() const { return m_lastSerial; }
    const std::optional<CardReading> &cardUnderReview() const { return m_card; }
    const std::optional<ReviewSubject> &reviewSubject() const { return m_reviewSubject; }
    // The year's rules the review screen lists; a failure when the kiosk has none for this year.
    const Result<EligibilityRules> &eligibilityRules() const { return m_rules; }
    const std::optional<PhotoSubject> &photoSubject() const { return m_photoSubject; }
    // The preview: the photo subject's record, this photo and the review it was found eligible by.
    const std::optional<PendingPhoto> &pendingPhoto() const { return m_pendingPhoto; }
    const std::optional<EligibilityReview> &previewReview() const { return m_previewReview; }
    const PhotoAttempts &photoAttempts() const { return m_attempts; }
    void rewordPhotoAttempt() { m_attempts.reword(); } // after a language switch
    const ManualEntryValidator &validator() const { return m_validator; }
    QDate today() const;
    // Time left before the saved notice gives way to the next candidate.
    std::chrono::milliseconds savedNoticeRemaining() const
    {
        return std::chrono::milliseconds(std::max(0, m_savedNoticeTimer.remainingTime()));
    }
    Result<HomeSummary> homeSummary(int recentLimit = 50) const;
    // Keeps the saved notice up until the clerk moves on (a slip still printing, or failed), and
    // lets it count down again from the start (the slip came out).
    void holdSavedNotice();
    void resumeSavedNotice();

    // Intents. Each returns what the screen needs to show; the flow decides where to go.
    Status start();
    // Creates the first supervisor and signs them in (the flow goes home).
    Result<Operator> createFirstSupervisor(const NewOperator &request);
    Result<Operator> login(const QString &username, const QString &password);
    // The start of day (DESIGN.md): the day opens on a check that passed, whoever is signed in;
    // with failed checks only on a supervisor's approval (their own session, or their name and
    // password typed at the desk) and the reason they give. Both are audited; then home.
    // A check older than kDayCheckFreshSeconds, or from another day, is refused: the screen checks again.
    Status openDay(const ReadinessReport &report, const std::optional<Approval> &approval, const QString &reason);
    static constexpr int kDayCheckFreshSeconds = 10 * 60;
    bool dayOpeningNeedsApproval() const; // the one signed in cannot accept failed checks
    // Discards whatever is open: the screens ask first when workInProgress().
    void logout();
    // A candidate's registration is open (a form, a card under review, a photo being taken).
    bool workInProgress() const;
    void startManualEntry();
    // The registration sheets' desk (confirmation day), and back home.
    void openSheets();
    void closeSheets();
    void cancelEntry();
    // A typed document is an exception a supervisor approves (DESIGN.md): a clerk's entry needs
    // `approval`; a supervisor's own entry is approved by their session.
    EntrySubmission submitManualEntry(const ManualEntryForm &form, const std::optional<Approval> &approval = {});
    bool entryNeedsApproval() const;
    // The record this document number has here already (none superseding it), for the form to
    // say so while it is typed; nullopt when there is none, or the lookup failed (Save says so).
    std::optional<RecordView> registeredRecord(const QString &idNumber) const;
    // From the reader: taken at home, while reviewing (replaces) or on the saved notice; ignored
    // while a form is being typed, so nothing typed is lost.
    bool presentCard(const Devices::IdCardData &card);
    Result<CandidateRecord> confirmCard();
    // The card under review belongs to a record saved earlier from this card and not complete (or
    // refused): the step it is missing, its review or its photo, with the chip's photo beside it.
    Status continueRegistered();
    // The review step. A finding the year's rules do not hold up (a document not ticked, a
    // refusal without its reason) is refused with what is missing and changes nothing. Eligible:
    // the photo step; refused: recorded, home.
    Status submitReview(EligibilityReview review);
    // "Review later": the record stays saved, waiting for its review.
    void postponeReview();
    void discardCard();
    // The photo step. Each submission is one attempt, checked and fixed; nullptr outside the step.
    const PhotoAttempt *submitPhoto(const QImage &frame);
    const PhotoAttempt *submitPhotoFile(const QByteArray &bytes);
    // The last attempt, when it is compliant: the preview opens with it, nothing is stored yet.
    Status acceptPhoto();
    // After PhotoPolicy::attemptsBeforeOverride failures: a supervisor, at the desk, accepts the
    // last attempt anyway and says why; stored with the photo once the preview is confirmed.
    Status overridePhoto(const QString &supervisor, const QString &password, const QString &reason);
    // The preview. Confirmed: the photo is stored and the record sealed (the saved notice). A
    // correction goes back to the step it concerns: another photo (the attempts start again), or
    // the review again (eligible: back to this preview with the same photo and any override).
    Status confirmPreview();
    void retakePhoto();
    Status reviseReview();
    // A typed detail was wrong (the chip's details are not typed, so a card record has none): the
    // form opens with the record's details, and Save stores them as a new version that is
    // reviewed again and comes back to this preview with the same photo. Cancel: back here.
    Status correctIdentity();
    // The record whose typed details the form is correcting; nullopt for a new registration.
    const std::optional<CandidateRecord> &identityUnderCorrection() const { return m_correcting; }
    void deferPhoto(); // "photo later": the record stays card_read
    // From home: the step a saved record is missing, its review (again, after a refusal) or its photo.
    Status resume(const QUuid &recordId);
    void nextCandidate();

Q_SIGNALS:
    void stepChanged(RegPoint::Kiosk::FlowStep step);
    void recordsChanged();

private:
    bool apply(FlowEvent event);
    // Signed in: home, or the day's check first when nobody opened today and this role registers.
    void enterDesk(FlowEvent signedIn);
    // The kiosk stayed signed in past midnight: the new day's check before the next candidate
    // (true, and the flow is at DayOpen).
    bool dayEnded();
    Status holdForPreview(const std::optional<PhotoOverride> &approval);
    // Save from the form while correcting: the new version, then its review.
    EntrySubmission submitCorrection(EntrySubmission submission, std::optional<qint64> approvedBy);
    // Why no intent may change anything now: the desk is locked, or nobody is signed in.
    std::optional<Failure> deskClosed() const;
    Status storePhoto(const PendingPhoto &photo);
    // The record whose photo the next attempts are for, with the chip's photo when there is one.
    void takePhotoOf(const CandidateRecord &record, const QImage &cardPhoto);
    // The candidate at the desk is done with (saved, refused, put off, signed out): their review,
    // photo attempts and pending photo leave memory.
    void forgetOpenCandidate();
    // The record the review step opens; fails when its earlier review cannot be read.
    Status reviewOf(const CandidateRecord &record, const QImage &cardPhoto);
    // Opens the step `record` is missing (ReviewRequested or PhotoRequested from here).
    Status continueWith(const CandidateRecord &record, const QImage &cardPhoto);

    OperatorService &m_operators;
    RecordStore &m_records;
    RecordRegistrar &m_registrar;
    const ManualEntryValidator &m_validator;
    const Devices::WltPhotoDecoder &m_photos;
    PhotoAttempts &m_attempts;
    // While it is locked the flow takes no step and ignores cards; login and logout tell it who
    // is working.
    SessionLock &m_lock;
    const RegistrationGate &m_gate; // asked before a new candidate's record is created
    DayOpening &m_days;
    const Result<EligibilityRules> &m_rules;
    const Clock &m_clock;
    FlowTimings m_timings;
    FlowStep m_step = FlowStep::Starting;
    std::optional<Operator> m_operator;
    std::optional<CandidateRecord> m_lastSaved;
    std::optional<QString> m_lastSerial;
    std::optional<CardReading> m_card;
    std::optional<ReviewSubject> m_reviewSubject;
    std::optional<PhotoSubject> m_photoSubject;
    std::optional<PendingPhoto> m_pendingPhoto;
    std::optional<EligibilityReview> m_previewReview;
    std::optional<CandidateRecord> m_correcting; // the version the form is correcting
    QTimer m_savedNoticeTimer;
};

} // namespace RegPoint::Kiosk
