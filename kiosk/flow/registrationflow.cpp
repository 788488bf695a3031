#include "registrationflow.h"

#include "flow/registrationgate.h"

#include "audit/dayopening.h"
#include "operators/permissions.h"
#include "operators/sessionlock.h"

#include "clock.h"
#include "idcard/wltphotodecoder.h"
#include "records/recordregistrar.h"
#include "records/recordstore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcFlow, "regpoint.kiosk.flow")

namespace RegPoint::Kiosk {

namespace {
struct RegistrationFlowTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::RegistrationFlow)
};
} // namespace

RegistrationFlow::RegistrationFlow(OperatorService &operators, RecordStore &records, RecordRegistrar &registrar,
    const ManualEntryValidator &validator, const Devices::WltPhotoDecoder &photos, PhotoAttempts &attempts,
    SessionLock &lock, const RegistrationGate &gate, DayOpening &days, const Result<EligibilityRules> &rules,
    const Clock &clock, FlowTimings timings, QObject *parent)
    : QObject(parent)
    , m_operators(operators)
    , m_records(records)
    , m_registrar(registrar)
    , m_validator(validator)
    , m_photos(photos)
    , m_attempts(attempts)
    , m_lock(lock)
    , m_gate(gate)
    , m_days(days)
    , m_rules(rules)
    , m_clock(clock)
    , m_timings(timings)
{
    m_savedNoticeTimer.setSingleShot(true);
    connect(&m_savedNoticeTimer, &QTimer::timeout, this, &RegistrationFlow::nextCandidate);
}

QSize CardReading::photoSize()
{
    return { Devices::WltPhotoDecoder::kWidth, Devices::WltPhotoDecoder::kHeight };
}

std::optional<RecordView> RegistrationFlow::lastSavedView() const
{
    return m_lastSaved ? std::optional<RecordView>(RecordView::of(*m_lastSaved)) : std::nullopt;
}

QDate RegistrationFlow::today() const
{
    return m_clock.today();
}

bool RegistrationFlow::apply(FlowEvent event)
{
    if (m_lock.isLocked() && event != FlowEvent::LoggedOut) {
        qCDebug(lcFlow) << "ignored event" << int(event) << "while the desk is locked";
        return false;
    }
    const std::optional<FlowStep> next = nextStep(m_step, event);
    if (!next) {
        qCDebug(lcFlow) << "ignored event" << int(event) << "in step" << int(m_step);
        return false;
    }
    m_step = *next;
    if (m_step == FlowStep::Saved)
        m_savedNoticeTimer.start(m_timings.savedNotice);
    else
        m_savedNoticeTimer.stop();
    Q_EMIT stepChanged(m_step);
    return true;
}

std::optional<Failure> RegistrationFlow::deskClosed() const
{
    if (m_lock.isLocked())
        return Failure { QStringLiteral("flow.locked"),
            [] { return RegistrationFlowTr::tr("The desk is locked. Sign in again to go on; nothing was changed."); } };
    if (!m_operator)
        return Failure { QStringLiteral("flow.signed-out"), [] { return RegistrationFlowTr::tr("Sign in first."); } };
    if (!m_operators.mayStillWork(m_operator->id))
        return Failure { QStringLiteral("operator.disabled"), [] {
                            return RegistrationFlowTr::tr(
                                "This account was disabled while signed in: nothing more is saved under it. Log "
                                "out and ask the supervisor.");
                        } };
    return std::nullopt;
}

Status RegistrationFlow::start()
{
    Result<bool> any = m_operators.hasAnyOperator();
    if (!any)
        return any.failure();
    apply(any.value() ? FlowEvent::OperatorsExist : FlowEvent::NoOperatorYet);
    return Done {};
}

Result<Operator> RegistrationFlow::createFirstSupervisor(const NewOperator &request)
{
    if (m_step != FlowStep::FirstRunSetup)
        return Failure { QStringLiteral("flow.wrong-step"),
            [] { return RegistrationFlowTr::tr("The first supervisor exists already."); } };
    NewOperator supervisor = request;
    supervisor.role = Role::Supervisor;
    Result<Operator> created = m_operators.create(supervisor);
    if (!created)
        return created;
    // The supervisor who just chose the password is at the desk: signed in at once, on record as
    // any login is, rather than asked to type it all again.
    Result<Operator> signedIn = m_operators.authenticate(supervisor.username, supervisor.password);
    if (!signedIn) {
        apply(FlowEvent::OperatorsExist);
        return created;
    }
    m_operator = signedIn.value();
    m_lock.setOperator(m_operator);
    enterDesk(FlowEvent::SetupCompleted);
    return created;
}

Result<Operator> RegistrationFlow::login(const QString &username, const QString &password)
{
    if (m_step != FlowStep::Login)
        return Failure { QStringLiteral("flow.wrong-step"),
            [] { return RegistrationFlowTr::tr("Someone is logged in already."); } };
    Result<Operator> op = m_operators.authenticate(username, password);
    if (op) {
        m_operator = op.value();
        m_lock.setOperator(m_operator);
        enterDesk(FlowEvent::LoggedIn);
    }
    return op;
}

void RegistrationFlow::enterDesk(FlowEvent signedIn)
{
    // An administrator registers no one: their work does not wait for the day to open.
    if (!can(m_operator->role, Permission::RegisterCandidates))
        return (void)apply(signedIn);
    const Result<bool> open = m_days.isOpenToday();
    if (!open)
        qCWarning(lcFlow) << "cannot tell whether today is open:" << open.failure().code;
    apply(open && open.value() ? signedIn : FlowEvent::DayNotOpen);
}

bool RegistrationFlow::dayEnded()
{
    // Only between candidates: a registration under way past midnight is finished first.
    if (!m_operator || !can(m_operator->role, Permission::RegisterCandidates)
        || (m_step != FlowStep::Home && m_step != FlowStep::Saved))
        return false;
    const Result<bool> open = m_days.isOpenToday();
    if (!open) {
        qCWarning(lcFlow) << "cannot tell whether today is open, the desk goes on:" << open.failure().code;
        return false;
    }
    if (open.value())
        return false;
    apply(FlowEvent::DayNotOpen);
    return true;
}

bool RegistrationFlow::dayOpeningNeedsApproval() const
{
    return !m_operator || !can(m_operator->role, Permission::OpenDayDespiteFailures);
}

Status RegistrationFlow::openDay(
    const ReadinessReport &report, const std::optional<Approval> &approval, const QString &reason)
{
    if (std::optional<Failure> closed = deskClosed())
        return *closed;
    if (m_step != FlowStep::DayOpen)
        return Failure { QStringLiteral("flow.wrong-step"),
            [] { return RegistrationFlowTr::tr("The day is open already."); } };
    if (!report.settled())
        return Failure { QStringLiteral("day.check-running"), [] {
                            return RegistrationFlowTr::tr(
                                "The check is still running: wait until every line has its answer.");
                        } };
    // The desk as it is now: not as it was before a lock, a break or midnight.
    if (const QDateTime now = m_clock.now();
        report.checkedAt.date() != now.date() || report.checkedAt.secsTo(now) > kDayCheckFreshSeconds)
        return Failure { QStringLiteral("day.check-stale"),
            [checkedAt = report.checkedAt.toString(QStringLiteral("HH:mm"))] {
                return RegistrationFlowTr::tr("The check was made at %1: the desk is checked again now.")
                    .arg(checkedAt);
            } };
    DayOpeningRequest request;
    request.openedBy = m_operator->id;
    request.failed = report.codesWith(Verdict::Fail);
    request.warnings = report.codesWith(Verdict::Warning);
    if (!request.failed.isEmpty()) {
        if (reason.trimmed().size() < DayOpening::minReasonLength)
            return Failure { QStringLiteral("day.reason-needed"),
                RegistrationFlowTr::tr("Write why the day opens despite the failed checks (at least %1 characters).")
                    .arg(DayOpening::minReasonLength) };
        if (!dayOpeningNeedsApproval()) {
            request.approvedBy = m_operator->id;
        } else {
            if (!approval || approval->username.trimmed().isEmpty())
                return Failure { QStringLiteral("day.approval-needed"), [] {
                                    return RegistrationFlowTr::tr(
                                        "Some checks failed: the supervisor enters their user name and password "
                                        "to open the day anyway.");
                                } };
            const Result<Operator> approver = m_operators.approval(approval->username, approval->password,
                Permission::OpenDayDespiteFailures,
                Failure { QStringLiteral("day.approval-role"), [] {
                             return RegistrationFlowTr::tr("Only a supervisor can open the day despite failed checks.");
                         } });
            if (!approver)
                return approver.failure();
            request.approvedBy = approver->id;
        }
        request.reason = reason.trimmed();
    }
    // Opened meanwhile (another sign-in of this kiosk's data): nothing to record twice.
    if (Status opened = m_days.open(request); !opened && opened.failure().code != u"day.already-open")
        return opened;
    apply(FlowEvent::DayOpened);
    return Done {};
}

void RegistrationFlow::logout()
{
    if (!nextStep(m_step, FlowEvent::LoggedOut))
        return;
    // Forgotten before the login screen shows: it must show no one.
    m_operator.reset();
    m_lock.setOperator(std::nullopt);
    m_lastSaved.reset();
    m_lastSerial.reset();
    m_card.reset();
    forgetOpenCandidate();
    apply(FlowEvent::LoggedOut);
}

bool RegistrationFlow::workInProgress() const
{
    return m_step == FlowStep::ManualEntry || m_step == FlowStep::CardReview || m_step == FlowStep::Review
        || m_step == FlowStep::Photo || m_step == FlowStep::Preview;
}

std::optional<RecordView> RegistrationFlow::registeredRecord(const QString &idNumber) const
{
    const Result<std::optional<CandidateRecord>> existing = m_records.findCurrentByIdNumber(idNumber);
    // The record being corrected is this candidate's own, not a duplicate of them.
    if (!existing || !existing.value() || (m_correcting && existing.value()->id == m_correcting->id))
        return std::nullopt;
    return RecordView::of(*existing.value());
}

bool RegistrationFlow::presentCard(const Devices::IdCardData &card)
{
    if (!nextStep(m_step, FlowEvent::CardPresented) || !m_operator || (m_lock.isLocked()) || dayEnded())
        return false;
    CardReading reading;
    reading.card = card;
    reading.checks = checkCard(card, today(), &m_validator.regions());
    reading.canSave = !blocksSaving(reading.checks);
    // Said on the review screen, before Save: not after it, as a refusal.
    if (const Result<std::optional<CandidateRecord>> existing = m_records.findCurrentByIdNumber(card.idNumber);
        existing && existing.value()) {
        reading.registered = RecordView::of(*existing.value());
        reading.canSave = false;
    }
    reading.photo = m_photos.decode(card.photoWlt).value_or(QImage());
    reading.photoDecoderInstalled = m_photos.isAvailable();
    m_card = std::move(reading);
    apply(FlowEvent::CardPresented);
    return true;
}

Result<CandidateRecord> RegistrationFlow::confirmCard()
{
    if (std::optional<Failure> closed = deskClosed())
        return *closed;
    if (m_step != FlowStep::CardReview || !m_card)
        return Failure { QStringLiteral("flow.wrong-step"),
            [] { return RegistrationFlowTr::tr("Place an ID card on the reader first."); } };
    if (m_card->registered)
        return Failure { QStringLiteral("record.duplicate"), [shortId = m_card->registered->shortId] {
                            return RegistrationFlowTr::tr(
                                "This candidate is registered here already (record %1): nothing is saved twice.")
                                .arg(shortId);
                        } };
    if (!m_card->canSave)
        return Failure { QStringLiteral("flow.card-checks"),
            [] {
                return RegistrationFlowTr::tr(
                    "The card failed a check that blocks saving. Enter the document by hand and ask the supervisor.");
            } };
    if (std::optional<Failure> held = m_gate.holdReason())
        return *held;
    Result<CandidateRecord> saved
        = m_registrar.registerIdentity(identityFromCard(m_card->card), EntryMethod::Card, m_operator->id);
    if (!saved)
        return saved;
    m_lastSaved = saved.value();
    m_lastSerial.reset();
    const QImage cardPhoto = m_card->photo;
    m_card.reset(); // the chip data leaves memory once it is stored encrypted
    Q_EMIT recordsChanged();
    if (const Status opened = reviewOf(saved.value(), cardPhoto); !opened)
        return opened.failure();
    apply(FlowEvent::RecordSaved);
    return saved;
}

Status RegistrationFlow::reviewOf(const CandidateRecord &record, const QImage &cardPhoto)
{
    const Result<std::optional<EligibilityReview>> previous = m_records.review(record.id);
    if (!previous)
        return previous.failure();
    m_reviewSubject = ReviewSubject { record, RecordView::of(record), cardPhoto, previous.value() };
    return Done {};
}

Status RegistrationFlow::continueWith(const CandidateRecord &record, const QImage &cardPhoto)
{
    if (awaitsReview(record.state) || record.state == RecordState::Refused) {
        if (Status opened = reviewOf(record, cardPhoto); !opened)
            return opened;
        apply(FlowEvent::ReviewRequested);
        return Done {};
    }
    if (awaitsPhoto(record.state)) {
        takePhotoOf(record, cardPhoto);
        apply(FlowEvent::PhotoRequested);
        return Done {};
    }
    return Failure { QStringLiteral("record.complete"), [] {
                        return RegistrationFlowTr::tr(
                            "This record has its review and photo already: a record is completed once, before "
                            "sealing. A correction is a new version, made by the supervisor.");
                    } };
}

void RegistrationFlow::forgetOpenCandidate()
{
    m_correcting.reset();
    m_reviewSubject.reset();
    m_photoSubject.reset();
    m_pendingPhoto.reset();
    m_previewReview.reset();
    m_attempts.reset();
}

void RegistrationFlow::takePhotoOf(const CandidateRecord &record, const QImage &cardPhoto)
{
    m_photoSubject = PhotoSubject { record, RecordView::of(record), cardPhoto };
    m_attempts.reset();
}

Status RegistrationFlow::continueRegistered()
{
    if (std::optional<Failure> closed = deskClosed())
        return *closed;
    if (m_step != FlowStep::CardReview || !m_card || !m_card->registered)
        return Failure { QStringLiteral("flow.wrong-step"),
            [] { return RegistrationFlowTr::tr("Place an ID card on the reader first."); } };
    Result<std::optional<CandidateRecord>> found = m_records.find(m_card->registered->id);
    if (!found)
        return found.failure();
    // A card record only: a typed one was saved from what was typed, and a card placed now would
    // seem to confirm it without anything being compared.
    if (!found.value() || found.value()->entryMethod != EntryMethod::Card)
        return Failure { QStringLiteral("photo.wrong-state"), [] {
                            return RegistrationFlowTr::tr(
                                "Only a record saved from this card and not yet complete continues here.");
                        } };
    const QImage cardPhoto = m_card->photo;
    Status continued = continueWith(*found.value(), cardPhoto);
    if (continued)
        m_card.reset();
    return continued;
}

Status RegistrationFlow::submitReview(EligibilityReview review)
{
    if (std::optional<Failure> closed = deskClosed())
        return *closed;
    if (m_step != FlowStep::Review || !m_reviewSubject)
        return Failure { QStringLiteral("flow.wrong-step"),
            [] { return RegistrationFlowTr::tr("Open a saved record first."); } };
    if (!m_rules)
        return m_rules.failure();
    review.examYear = m_rules->examYear();
    if (Status holds = m_rules->check(review, QLocale().language() == QLocale::Chinese); !holds)
        return holds;
    const Result<RecordState> moved = m_records.recordReview(m_reviewSubject->record.id, review, m_operator->id);
    if (!moved)
        return moved.failure();
    CandidateRecord record = m_reviewSubject->record;
    record.state = moved.value();
    const QImage cardPhoto = m_reviewSubject->cardPhoto;
    m_reviewSubject.reset();
    Q_EMIT recordsChanged();
    if (!review.eligible()) {
        forgetOpenCandidate(); // a photo taken before the revision is not for a refused record
        apply(FlowEvent::ReviewRefused);
        return Done {};
    }
    // Revised from the preview: back to it, with the photo (and any override) it held.
    if (m_pendingPhoto && m_photoSubject && m_photoSubject->record.id == record.id) {
        m_photoSubject->record.state = record.state;
        const Result<std::optional<EligibilityReview>> revised = m_records.review(record.id);
        m_previewReview = revised ? revised.value() : std::nullopt;
        apply(FlowEvent::ReviewRevised);
        return Done {};
    }
    takePhotoOf(record, cardPhoto);
    apply(FlowEvent::ReviewPassed);
    return Done {};
}

void RegistrationFlow::postponeReview()
{
    if (apply(FlowEvent::ReviewPostponed))
        forgetOpenCandidate();
}

const PhotoAttempt *RegistrationFlow::submitPhoto(const QImage &frame)
{
    if (m_step != FlowStep::Photo || !m_photoSubject)
        return nullptr;
    return &m_attempts.evaluateCapture(frame);
}

const PhotoAttempt *RegistrationFlow::submitPhotoFile(const QByteArray &bytes)
{
    if (m_step != FlowStep::Photo || !m_photoSubject)
        return nullptr;
    return &m_attempts.evaluateFile(bytes);
}

Status RegistrationFlow::acceptPhoto()
{
    if (std::optional<Failure> closed = deskClosed())
        return *closed;
    if (m_step != FlowStep::Photo || !m_attempts.last())
        return Failure { QStringLiteral("flow.wrong-step"),
            [] { return RegistrationFlowTr::tr("Take or import a photo first."); } };
    if (!m_attempts.last()->isCompliant())
        return Failure { QStringLiteral("photo.not-compliant"),
            [count = int(m_attempts.policy().attemptsBeforeOverride)] {
                return RegistrationFlowTr::tr(
                    "This photo fails a check. Take it again, or after %n failed attempt(s) ask the supervisor.",
                    nullptr, count);
            } };
    return holdForPreview(std::nullopt);
}

Status RegistrationFlow::overridePhoto(const QString &supervisor, const QString &password, const QString &reason)
{
    if (std::optional<Failure> closed = deskClosed())
        return *closed;
    if (m_step != FlowStep::Photo || !m_attempts.last())
        return Failure { QStringLiteral("flow.wrong-step"),
            [] { return RegistrationFlowTr::tr("Take or import a photo first."); } };
    if (!m_attempts.overrideAvailable())
        return Failure { QStringLiteral("photo.override-too-early"),
            [count = int(m_attempts.policy().attemptsBeforeOverride)] {
                return RegistrationFlowTr::tr(
                    "A supervisor can accept a failing photo only after %n failed attempt(s) with a photo.", nullptr,
                    count);
            } };
    if (reason.trimmed().size() < 4)
        return Failure { QStringLiteral("photo.override-reason"),
            [] { return RegistrationFlowTr::tr("Write why the photo is accepted anyway (at least 4 characters)."); } };
    const Result<Operator> approver = m_operators.approval(supervisor, password, Permission::ApprovePhotoOverride,
        Failure { QStringLiteral("photo.override-role"), [] {
                     return RegistrationFlowTr::tr(
                         "Only a supervisor can accept a failing photo. Ask the supervisor to sign in here.");
                 } });
    if (!approver)
        return approver.failure();
    return holdForPreview(PhotoOverride { approver.value().id, reason.trimmed() });
}

Status RegistrationFlow::holdForPreview(const std::optional<PhotoOverride> &approval)
{
    const Result<std::optional<EligibilityReview>> review = m_records.review(m_photoSubject->record.id);
    if (!review)
        return review.failure();
    m_previewReview = review.value();
    m_pendingPhoto = PendingPhoto { m_attempts.last()->jpeg, approval };
    apply(FlowEvent::PhotoAccepted);
    return Done {};
}

Status RegistrationFlow::confirmPreview()
{
    if (std::optional<Failure> closed = deskClosed())
        return *closed;
    if (m_step != FlowStep::Preview || !m_pendingPhoto || !m_photoSubject)
        return Failure { QStringLiteral("flow.wrong-step"),
            [] { return RegistrationFlowTr::tr("Take or import a photo first."); } };
    return storePhoto(*m_pendingPhoto);
}

void RegistrationFlow::retakePhoto()
{
    if (m_step != FlowStep::Preview || m_lock.isLocked())
        return;
    // Before the step changes: the photo screen shows what is left when it opens.
    m_pendingPhoto.reset();
    m_previewReview.reset();
    m_attempts.reset(); // a new photo: the one declined is not offered again
    apply(FlowEvent::PhotoRetake);
}

Status RegistrationFlow::reviseReview()
{
    if (std::optional<Failure> closed = deskClosed())
        return *closed;
    if (m_step != FlowStep::Preview || !m_photoSubject)
        return Failure { QStringLiteral("flow.wrong-step"),
            [] { return RegistrationFlowTr::tr("Open a saved record first."); } };
    if (Status opened = reviewOf(m_photoSubject->record, m_photoSubject->cardPhoto); !opened)
        return opened;
    apply(FlowEvent::ReviewRequested); // the pending photo waits for the revised review
    return Done {};
}

Status RegistrationFlow::correctIdentity()
{
    if (std::optional<Failure> closed = deskClosed())
        return *closed;
    if (m_step != FlowStep::Preview || !m_photoSubject)
        return Failure { QStringLiteral("flow.wrong-step"),
            [] { return RegistrationFlowTr::tr("Open a saved record first."); } };
    if (m_photoSubject->record.entryMethod != EntryMethod::Manual)
        return Failure { QStringLiteral("record.not-correctable"), [] {
                            return RegistrationFlowTr::tr(
                                "These details come from the ID card's chip and are not corrected by hand. If they "
                                "are wrong, the candidate has the card corrected by the police first.");
                        } };
    m_correcting = m_photoSubject->record;
    apply(FlowEvent::IdentityCorrectionRequested);
    return Done {};
}

Status RegistrationFlow::storePhoto(const PendingPhoto &photo)
{
    const QUuid id = m_photoSubject->record.id;
    const Result<Completion> completed = m_registrar.completeWithPhoto(id, photo.jpeg, m_operator->id, photo.override);
    if (!completed)
        return completed.failure();
    m_lastSaved = m_photoSubject->record;
    m_lastSaved->state = RecordState::PhotoOk;
    m_lastSerial = completed->serial;
    forgetOpenCandidate();
    Q_EMIT recordsChanged();
    apply(FlowEvent::PreviewConfirmed);
    return Done {};
}

void RegistrationFlow::deferPhoto()
{
    if (apply(FlowEvent::PhotoDeferred))
        forgetOpenCandidate();
}

Status RegistrationFlow::resume(const QUuid &recordId)
{
    if (std::optional<Failure> closed = deskClosed())
        return *closed;
    // From home only: a card or a typed number that found the record is not its candidate's
    // identity confirmed (the card's own record goes on through continueRegistered).
    if (m_step != FlowStep::Home)
        return Failure { QStringLiteral("flow.wrong-step"), [] {
                            return RegistrationFlowTr::tr(
                                "Finish or discard what is open first, then open the record from the list.");
                        } };
    if (!can(m_operator->role, Permission::RegisterCandidates))
        return Failure { QStringLiteral("operator.not-allowed"),
            [] { return RegistrationFlowTr::tr("Only clerks and supervisors register candidates."); } };
    if (dayEnded())
        return Failure { QStringLiteral("day.not-open"),
            [] { return RegistrationFlowTr::tr("A new day has begun: the desk is checked again first."); } };
    Result<std::optional<CandidateRecord>> found = m_records.find(recordId);
    if (!found)
        return found.failure();
    if (!found.value())
        return Failure { QStringLiteral("record.missing"),
            [] { return RegistrationFlowTr::tr("This record no longer exists."); } };
    // An earlier version (a list opened before its correction): its newest version goes on.
    const Result<std::optional<QUuid>> successor = m_records.successorOf(recordId);
    if (!successor)
        return successor.failure();
    if (successor.value())
        return Failure { QStringLiteral("record.superseded"), [] {
                            return RegistrationFlowTr::tr(
                                "These details were corrected since: open the record's newest version from the "
                                "list.");
                        } };
    return continueWith(*found.value(), QImage());
}

void RegistrationFlow::discardCard()
{
    if (apply(FlowEvent::EntryCancelled))
        m_card.reset();
}

void RegistrationFlow::startManualEntry()
{
    if (m_step == FlowStep::Home && dayEnded())
        return;
    if (apply(FlowEvent::ManualEntryRequested))
        m_card.reset();
}

void RegistrationFlow::openSheets()
{
    apply(FlowEvent::SheetsRequested);
}

void RegistrationFlow::closeSheets()
{
    apply(FlowEvent::SheetsClosed);
}

void RegistrationFlow::cancelEntry()
{
    if (m_correcting && apply(FlowEvent::CorrectionCancelled)) {
        m_correcting.reset(); // the preview shows the record as it was
        return;
    }
    apply(FlowEvent::EntryCancelled);
}

bool RegistrationFlow::entryNeedsApproval() const
{
    return !m_operator || !can(m_operator->role, Permission::ApproveManualEntry);
}

EntrySubmission RegistrationFlow::submitManualEntry(
    const ManualEntryForm &form, const std::optional<Approval> &approval)
{
    EntrySubmission submission;
    if (std::optional<Failure> closed = deskClosed()) {
        submission.failure = std::move(closed);
        return submission;
    }
    if (m_step != FlowStep::ManualEntry) {
        submission.failure = Failure { QStringLiteral("flow.wrong-step"),
            [] { return RegistrationFlowTr::tr("Start a new registration first."); } };
        return submission;
    }
    submission.check = m_validator.check(form, today());
    if (!submission.check.isAcceptable())
        return submission;
    // A correction is of a candidate already registering: what holds new candidates back does not.
    if (std::optional<Failure> held = m_gate.holdReason(); held && !m_correcting) {
        submission.failure = std::move(held);
        return submission;
    }
    std::optional<qint64> approvedBy = m_operator->id;
    if (entryNeedsApproval()) {
        if (!approval || approval->username.trimmed().isEmpty()) {
            submission.failure = Failure { QStringLiteral("entry.approval-needed"),
                [] {
                    return RegistrationFlowTr::tr(
                        "A typed ID document needs a supervisor's approval: the supervisor enters their user name and "
                        "password below, then save again.");
                } };
            return submission;
        }
        const Result<Operator> approver
            = m_operators.approval(approval->username, approval->password, Permission::ApproveManualEntry,
                Failure { QStringLiteral("entry.approval-role"),
                    [] { return RegistrationFlowTr::tr("Only a supervisor can approve a typed ID document."); } });
        if (!approver) {
            submission.failure = approver.failure();
            return submission;
        }
        approvedBy = approver->id;
    }
    if (m_correcting)
        return submitCorrection(std::move(submission), approvedBy);
    Result<CandidateRecord> saved
        = m_registrar.registerIdentity(*submission.check.identity, EntryMethod::Manual, m_operator->id, approvedBy);
    if (!saved) {
        submission.failure = saved.failure();
        return submission;
    }
    submission.saved = saved.value();
    m_lastSaved = saved.value();
    m_lastSerial.reset();
    Q_EMIT recordsChanged();
    // The candidate is at the desk: the review comes next, as after a card.
    if (const Status opened = reviewOf(saved.value(), QImage()); !opened) {
        submission.failure = opened.failure();
        return submission;
    }
    apply(FlowEvent::RecordSaved);
    return submission;
}

EntrySubmission RegistrationFlow::submitCorrection(EntrySubmission submission, std::optional<qint64> approvedBy)
{
    const CandidateRecord earlier = *m_correcting;
    Result<CandidateRecord> saved
        = m_registrar.correctIdentity(earlier, *submission.check.identity, m_operator->id, approvedBy);
    if (!saved) {
        submission.failure = saved.failure();
        return submission;
    }
    submission.saved = saved.value();
    m_correcting.reset();
    Q_EMIT recordsChanged();
    // The photo taken is the new version's: the review of it returns to the preview with it.
    const QImage cardPhoto = m_photoSubject->cardPhoto;
    m_photoSubject->record = saved.value();
    m_photoSubject->shown = RecordView::of(saved.value());
    if (const Status opened = reviewOf(saved.value(), cardPhoto); !opened) {
        submission.failure = opened.failure();
        return submission;
    }
    // The earlier version's findings, ticked already: the clerk confirms them for the new details.
    if (const Result<std::optional<EligibilityReview>> before = m_records.review(earlier.id); before)
        m_reviewSubject->previous = before.value();
    apply(FlowEvent::RecordSaved);
    return submission;
}

void RegistrationFlow::holdSavedNotice()
{
    if (m_step == FlowStep::Saved)
        m_savedNoticeTimer.stop();
}

void RegistrationFlow::resumeSavedNotice()
{
    if (m_step == FlowStep::Saved && !m_savedNoticeTimer.isActive())
        m_savedNoticeTimer.start(m_timings.savedNotice);
}

void RegistrationFlow::nextCandidate()
{
    apply(FlowEvent::NextCandidate);
}

Result<HomeSummary> RegistrationFlow::homeSummary(int recentLimit) const
{
    HomeSummary summary;
    Result<qsizetype> today = m_records.countRegisteredOn(this->today());
    if (!today)
        return today.failure();
    summary.createdToday = today.value();
    Result<qsizetype> awaiting = m_records.countAwaitingUpload();
    if (!awaiting)
        return awaiting.failure();
    summary.awaitingUpload = awaiting.value();
    Result<QList<CandidateRecord>> recent = m_records.list(recentLimit);
    if (!recent)
        return recent.failure();
    // The newest, and every record still open at the desk however old: none is left unreachable.
    Result<QList<CandidateRecord>> unfinished = m_records.listUnfinished();
    if (!unfinished)
        return unfinished.failure();
    QSet<QUuid> listed;
    for (const CandidateRecord &record : recent.value()) {
        summary.recent.append(RecordView::of(record));
        listed.insert(record.id);
    }
    for (const CandidateRecord &record : unfinished.value()) {
        if (!listed.contains(record.id))
            summary.recent.append(RecordView::of(record));
    }
    summary.hold = m_gate.holdReason();
    return summary;
}

} // namespace RegPoint::Kiosk
