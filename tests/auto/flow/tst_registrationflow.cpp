#include "audit/auditlog.h"
#include "audit/dayopening.h"
#include "flow/registrationflow.h"
#include "flow/registrationgate.h"
#include "idcard/simulatedcards.h"
#include "idcard/wltphotodecoder.h"
#include "operators/operatorstore.h"
#include "operators/sessionlock.h"
#include "photo/photofixer.h"
#include "photo/photoinspector.h"
#include "records/manualentry.h"
#include "records/recordregistrar.h"
#include "records/recordsealing.h"
#include "records/recordstore.h"
#include "sync/pointconfig.h"
#include "tempworkspace.h"
#include "testprovince.h"
#include "testreadiness.h"

#include <QSignalSpy>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

namespace {
ManualEntryForm formFor(const CandidateIdentity &identity)
{
    return { identity.name, identity.idNumber, identity.gender, identity.nationCode, identity.birthDate,
        identity.address };
}
} // namespace

class tst_RegistrationFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstRunCreatesSupervisorThenLogin();
    void wrongPasswordStaysOnLogin();
    void manualEntrySavesAndReturnsHome();
    void idleLockKeepsTheFormAndRefusesSteps();
    void clerksTypedDocumentNeedsASupervisor();
    void invalidEntryKeepsStepAndReportsFields();
    void duplicateIsReportedNotSaved();
    void logoutForgetsOperator();
    void cardReadSavesAsCardRecord();
    void cardFailingChecksCannotBeSaved();
    void closedRegistrationHoldsNewCandidates();
    void cardIgnoredWhileTyping();
    void compliantPhotoMovesRecordToPhotoOk();
    void failingPhotoCannotBeAccepted();
    void overrideNeedsAttemptsSupervisorAndReason();
    void unreadableFileIsAFailedAttemptWithoutOverride();
    void deferredPhotoIsTakenFromHome();
    void everyCategoryIsReviewedBeforeThePhoto_data();
    void everyCategoryIsReviewedBeforeThePhoto();
    void aRefusalIsRecordedWithoutAPhoto();
    void logoutDuringTheReviewKeepsTheRecord();
    void aCorrectionFromThePreviewGoesBackToItsStep();
    void aTypedDetailIsCorrectedFromThePreviewAsANewVersion();
    void aPermitHolderIsRegisteredByHand();
    void nothingChangesUnderTheLock();
    void aRevisedReviewKeepsTheOverriddenPhoto();
    void anUnfinishedRecordStaysListedHoweverOld();
    void theDayOpensOnAPassingCheck();
    void aFailedCheckOpensTheDayOnlyWithASupervisorsReason();
    void eachDayIsCheckedAgain();

private:
    void loginAsSupervisor();
    // The review step: `category`'s documents all seen, every declaration made.
    void passReview(const QString &category = QStringLiteral("final-year"));
    CandidateRecord saveCardRecord();
    static QImage portrait();
    static QImage greyPortrait();
    std::unique_ptr<TempWorkspace> m_ws;
    std::unique_ptr<ManualEntryValidator> m_validator;
    const RegPoint::Devices::WltPhotoDecoder m_photos; // none installed: photos stay placeholders
    const PhotoInspector m_inspector { PhotoProfile::load(QStringLiteral("hunan-2023")).value() };
    const PhotoFixer m_fixer { m_inspector };
    std::unique_ptr<PhotoAttempts> m_attempts;
    std::unique_ptr<SessionLock> m_lock;
    std::unique_ptr<RegistrationGate> m_gate;
    // The rules of the exam the workspace's clock registers for.
    const Result<EligibilityRules> m_rules = EligibilityRules::load(2027);
    std::unique_ptr<RegistrationFlow> m_flow;
};

void tst_RegistrationFlow::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(m_ws->isValid());
    m_validator = std::make_unique<ManualEntryValidator>((*m_ws)->nations(), (*m_ws)->regions());
    FlowTimings timings;
    timings.savedNotice = std::chrono::milliseconds(20);
    m_attempts = std::make_unique<PhotoAttempts>(m_inspector, m_fixer, PhotoPolicy { 3, false });
    m_lock = std::make_unique<SessionLock>(
        (*m_ws)->operators(), m_ws->clock(), (*m_ws)->audit(), std::chrono::seconds(120));
    m_gate = std::make_unique<RegistrationGate>((*m_ws)->config(), (*m_ws)->sync(), m_ws->clock());
    m_flow = std::make_unique<RegistrationFlow>((*m_ws)->operators(), (*m_ws)->records(), (*m_ws)->registrar(),
        *m_validator, m_photos, *m_attempts, *m_lock, *m_gate, (*m_ws)->days(), m_rules, m_ws->clock(), timings);
}

void tst_RegistrationFlow::loginAsSupervisor()
{
    QVERIFY(m_flow->start());
    if (m_flow->step() == FlowStep::FirstRunSetup) {
        QVERIFY(m_flow->createFirstSupervisor(testSupervisor())); // and signed in
    } else {
        QCOMPARE(m_flow->step(), FlowStep::Login);
        QVERIFY(m_flow->login(testSupervisor().username, testSupervisor().password));
    }
    if (m_flow->step() == FlowStep::DayOpen)
        QVERIFY(m_flow->openDay(passingCheck(m_ws->clock().now()), {}, {}));
    QCOMPARE(m_flow->step(), FlowStep::Home);
}

void tst_RegistrationFlow::passReview(const QString &category)
{
    QCOMPARE(m_flow->step(), FlowStep::Review);
    const std::optional<EligibilityReview> everything = m_rules->everythingSeen(category);
    QVERIFY(everything);
    const Status passed = m_flow->submitReview(*everything);
    QVERIFY2(passed, passed ? "" : qPrintable(passed.failure().message));
    QCOMPARE(m_flow->step(), FlowStep::Photo);
}

void tst_RegistrationFlow::firstRunCreatesSupervisorThenLogin()
{
    QSignalSpy steps(m_flow.get(), &RegistrationFlow::stepChanged);
    QVERIFY(steps.isValid());
    QVERIFY(m_flow->start());
    QCOMPARE(m_flow->step(), FlowStep::FirstRunSetup);

    NewOperator weak = testSupervisor();
    weak.password = weak.passwordRepeat = QStringLiteral("short");
    auto refused = m_flow->createFirstSupervisor(weak);
    QVERIFY(!refused);
    QCOMPARE(refused.failure().code, QStringLiteral("operator.bad-password"));
    QCOMPARE(m_flow->step(), FlowStep::FirstRunSetup);

    NewOperator asClerk = testSupervisor();
    asClerk.role = Role::Clerk; // the first operator is always a supervisor
    auto created = m_flow->createFirstSupervisor(asClerk);
    QVERIFY(created);
    QCOMPARE(created->role, Role::Supervisor);
    // Signed in at once, on record as a login; the day's check comes first.
    QCOMPARE(m_flow->step(), FlowStep::DayOpen);
    QCOMPARE(m_flow->currentOperator()->username, testSupervisor().username);
    QCOMPARE(steps.size(), 2);
    QVERIFY(m_flow->openDay(passingCheck(m_ws->clock().now()), {}, {}));
    QCOMPARE(m_flow->step(), FlowStep::Home);
    QVERIFY(!m_flow->createFirstSupervisor(testSupervisor())); // only once
    int logins = 0;
    for (const AuditEvent &event : (*m_ws)->audit().events().value())
        logins += event.action == QStringLiteral("login");
    QCOMPARE(logins, 1);

    m_flow->logout();
    QVERIFY(!m_flow->currentOperator());
    QVERIFY(m_flow->login(testSupervisor().username, testSupervisor().password));
    QCOMPARE(m_flow->step(), FlowStep::Home); // the day is open already
}

void tst_RegistrationFlow::wrongPasswordStaysOnLogin()
{
    QVERIFY(m_flow->start());
    QVERIFY(m_flow->createFirstSupervisor(testSupervisor()));
    m_flow->logout();
    auto wrong = m_flow->login(testSupervisor().username, QStringLiteral("not-the-password"));
    QVERIFY(!wrong);
    auto unknown = m_flow->login(QStringLiteral("nobody"), testSupervisor().password);
    QVERIFY(!unknown);
    // The same message either way: a stranger learns nothing about which names exist.
    QCOMPARE(wrong.failure().message, unknown.failure().message);
    QCOMPARE(m_flow->step(), FlowStep::Login);
    QVERIFY(!m_flow->currentOperator());
}

void tst_RegistrationFlow::idleLockKeepsTheFormAndRefusesSteps()
{
    SessionLock &lock = *m_lock;
    loginAsSupervisor();
    m_flow->startManualEntry();
    QCOMPARE(m_flow->step(), FlowStep::ManualEntry);
    m_ws->clock().advance(std::chrono::seconds(120));
    QVERIFY(lock.checkIdle());
    m_flow->cancelEntry(); // nothing moves while locked
    QCOMPARE(m_flow->step(), FlowStep::ManualEntry);
    QVERIFY(lock.unlock(testSupervisor().username, testSupervisor().password));
    QCOMPARE(m_flow->step(), FlowStep::ManualEntry); // the form in progress is still there
    m_flow->cancelEntry();
    QCOMPARE(m_flow->step(), FlowStep::Home);
    m_flow->logout();
    QVERIFY(!lock.sessionOperator());
}

void tst_RegistrationFlow::clerksTypedDocumentNeedsASupervisor()
{
    loginAsSupervisor();
    const qint64 supervisorId = m_flow->currentOperator()->id;
    QVERIFY(!m_flow->entryNeedsApproval()); // a supervisor's session approves their own entry
    QVERIFY((*m_ws)->operators().create({ QStringLiteral("zhang.min"), QStringLiteral("张敏"), Role::Clerk,
        QStringLiteral("clerk-pass-1"), QStringLiteral("clerk-pass-1") }));
    m_flow->logout();
    QVERIFY(m_flow->login(QStringLiteral("zhang.min"), QStringLiteral("clerk-pass-1")));
    QVERIFY(m_flow->entryNeedsApproval());
    m_flow->startManualEntry();
    const ManualEntryForm form = formFor(testIdentity());
    QCOMPARE(m_flow->submitManualEntry(form).failure->code, QStringLiteral("entry.approval-needed"));
    QCOMPARE(m_flow->submitManualEntry(form, Approval { QStringLiteral("zhang.min"), QStringLiteral("clerk-pass-1") })
                 .failure->code,
        QStringLiteral("entry.approval-role"));
    QCOMPARE(
        m_flow->submitManualEntry(form, Approval { testSupervisor().username, QStringLiteral("guess") }).failure->code,
        QStringLiteral("operator.refused"));
    QCOMPARE(m_flow->step(), FlowStep::ManualEntry); // nothing saved, nothing lost
    const EntrySubmission approved
        = m_flow->submitManualEntry(form, Approval { testSupervisor().username, testSupervisor().password });
    QVERIFY(approved.saved);
    QCOMPARE(approved.saved->approvedBy, supervisorId);
    QCOMPARE((*m_ws)->records().find(approved.saved->id).value()->approvedBy, supervisorId);
    QCOMPARE((*m_ws)->audit().lastDetail(QStringLiteral("manual-entry.approve")).value(),
        QStringLiteral("clerk=%1").arg(m_flow->currentOperator()->id));

    // The technician disables the clerk while they are signed in: the open session saves nothing more.
    passReview();
    QVERIFY((*m_ws)->operatorStore().setDisabled(m_flow->currentOperator()->id, true));
    m_flow->submitPhoto(portrait());
    QCOMPARE(m_flow->acceptPhoto().failure().code, QStringLiteral("operator.disabled"));
    QCOMPARE(m_flow->step(), FlowStep::Photo);
    QCOMPARE((*m_ws)->records().find(approved.saved->id).value()->state, RecordState::Reviewed);
}

void tst_RegistrationFlow::manualEntrySavesAndReturnsHome()
{
    loginAsSupervisor();
    QSignalSpy records(m_flow.get(), &RegistrationFlow::recordsChanged);
    m_flow->startManualEntry();
    QCOMPARE(m_flow->step(), FlowStep::ManualEntry);
    const EntrySubmission submission = m_flow->submitManualEntry(formFor(testIdentity()));
    QVERIFY(!submission.failure);
    QVERIFY(submission.saved);
    // The review comes next, then the photo, as after a card; the typed record is the one they are for.
    QCOMPARE(m_flow->step(), FlowStep::Review);
    QCOMPARE(m_flow->reviewSubject()->record.id, submission.saved->id);
    QCOMPARE(records.size(), 1);
    passReview();
    QCOMPARE(m_flow->photoSubject()->record.id, submission.saved->id);
    QVERIFY(m_flow->photoSubject()->cardPhoto.isNull());
    QCOMPARE(records.size(), 2);
    m_flow->submitPhoto(portrait());
    QVERIFY(m_flow->acceptPhoto());
    QVERIFY(m_flow->confirmPreview());
    QCOMPARE(m_flow->step(), FlowStep::Saved);
    QCOMPARE((*m_ws)->records().find(submission.saved->id).value()->state, RecordState::PhotoOk);
    // The saved notice times out on its own (injected 20 ms).
    QTRY_COMPARE(m_flow->step(), FlowStep::Home);

    const HomeSummary summary = m_flow->homeSummary().value();
    QCOMPARE(summary.createdToday, 1);
    QCOMPARE(summary.awaitingUpload, 1);
    QCOMPARE(summary.recent.size(), 1);
    QCOMPARE(summary.recent.first().maskedName, QStringLiteral("李*轩"));
    QCOMPARE(summary.recent.first().maskedIdNumber, QStringLiteral("4301**********001X"));
    QCOMPARE(summary.recent.first().id, submission.saved->id);
}

void tst_RegistrationFlow::invalidEntryKeepsStepAndReportsFields()
{
    loginAsSupervisor();
    m_flow->startManualEntry();
    ManualEntryForm form = formFor(testIdentity());
    form.idNumber = QStringLiteral("43010220080101002X");
    form.address.clear();
    const EntrySubmission submission = m_flow->submitManualEntry(form);
    QVERIFY(!submission.saved);
    QVERIFY(submission.check.problemFor(EntryField::IdNumber));
    QVERIFY(submission.check.problemFor(EntryField::Address));
    QCOMPARE(m_flow->step(), FlowStep::ManualEntry);
    QCOMPARE((*m_ws)->records().list().value().size(), 0);
}

void tst_RegistrationFlow::duplicateIsReportedNotSaved()
{
    loginAsSupervisor();
    m_flow->startManualEntry();
    QVERIFY(m_flow->submitManualEntry(formFor(testIdentity())).saved);
    m_flow->postponeReview();
    m_flow->startManualEntry();
    const EntrySubmission again = m_flow->submitManualEntry(formFor(testIdentity()));
    QVERIFY(again.failure);
    QCOMPARE(again.failure->code, QStringLiteral("record.duplicate"));
    QCOMPARE(m_flow->step(), FlowStep::ManualEntry);
    QCOMPARE((*m_ws)->records().list().value().size(), 1);
}

void tst_RegistrationFlow::logoutForgetsOperator()
{
    loginAsSupervisor();
    m_flow->startManualEntry();
    m_flow->logout();
    QCOMPARE(m_flow->step(), FlowStep::Login);
    QVERIFY(!m_flow->currentOperator());
    const EntrySubmission late = m_flow->submitManualEntry(formFor(testIdentity()));
    QVERIFY(late.failure);
    QCOMPARE((*m_ws)->records().list().value().size(), 0);
}

void tst_RegistrationFlow::cardReadSavesAsCardRecord()
{
    loginAsSupervisor();
    const RegPoint::Devices::IdCardData card = RegPoint::Devices::demoCards().first();
    QVERIFY(m_flow->presentCard(card));
    QCOMPARE(m_flow->step(), FlowStep::CardReview);
    QVERIFY(m_flow->cardUnderReview()->canSave);
    QVERIFY(m_flow->cardUnderReview()->photo.isNull()); // no decoder here: a placeholder, not a failure
    QVERIFY(!m_flow->cardUnderReview()->photoDecoderInstalled);
    auto saved = m_flow->confirmCard();
    QVERIFY2(saved, qPrintable(saved.failure().message));
    QCOMPARE(saved->state, RecordState::CardRead);
    QCOMPARE(saved->entryMethod, EntryMethod::Card);
    QCOMPARE(saved->identity.idNumber, card.idNumber);
    QCOMPARE(m_flow->step(), FlowStep::Review); // the review follows at once
    QCOMPARE(m_flow->reviewSubject()->record.id, saved->id);
    QVERIFY(!m_flow->cardUnderReview()); // chip data gone from memory
    QVERIFY(!m_flow->presentCard(card)); // a card placed during the review waits
    m_flow->postponeReview();
    QCOMPARE(m_flow->step(), FlowStep::Home);
    // The same card again (next candidate's turn): flagged before Save, never a second record.
    QVERIFY(m_flow->presentCard(card));
    QCOMPARE(m_flow->cardUnderReview()->registered->id, saved->id);
    QVERIFY(!m_flow->cardUnderReview()->canSave);
    auto again = m_flow->confirmCard();
    QVERIFY(!again);
    QCOMPARE(again.failure().code, QStringLiteral("record.duplicate"));
    QCOMPARE(m_flow->step(), FlowStep::CardReview);
    m_flow->discardCard();
    QCOMPARE(m_flow->step(), FlowStep::Home);
}

void tst_RegistrationFlow::cardFailingChecksCannotBeSaved()
{
    loginAsSupervisor();
    RegPoint::Devices::IdCardData card = RegPoint::Devices::demoCards().first();
    card.genderCode = u'1'; // digit 17 says female
    QVERIFY(m_flow->presentCard(card));
    QVERIFY(!m_flow->cardUnderReview()->canSave);
    auto refused = m_flow->confirmCard();
    QVERIFY(!refused);
    QCOMPARE(refused.failure().code, QStringLiteral("flow.card-checks"));
    QCOMPARE((*m_ws)->records().list().value().size(), 0);
    m_flow->startManualEntry(); // the fallback
    QCOMPARE(m_flow->step(), FlowStep::ManualEntry);
}

void tst_RegistrationFlow::closedRegistrationHoldsNewCandidates()
{
    m_ws->clock().set(QDateTime::currentDateTime()); // the province's signature is checked at this time
    loginAsSupervisor();
    // A record started before the window closed can still be finished later.
    QVERIFY(m_flow->presentCard(RegPoint::Devices::demoCards().at(0)));
    QVERIFY(m_flow->confirmCard());
    m_flow->postponeReview();

    const Testing::TestProvince province;
    const QString point = QStringLiteral("430102-61");
    Exchange::ConfigBundle bundle = Testing::TestProvince::bundle(point, 1, m_ws->clock().now().addDays(-9));
    QVERIFY((*m_ws)->config().keepSignedBundle(province.signBundle(bundle), province.caPem(), point));
    const HomeSummary home = m_flow->homeSummary().value();
    QVERIFY(home.hold);
    QCOMPARE(home.hold->code, QStringLiteral("registration.closed"));

    // A new card is read and shown, but no record is made.
    QVERIFY(m_flow->presentCard(RegPoint::Devices::demoCards().at(1)));
    const Result<CandidateRecord> refused = m_flow->confirmCard();
    QVERIFY(!refused);
    QCOMPARE(refused.failure().code, QStringLiteral("registration.closed"));
    m_flow->discardCard();
    // Nor by hand.
    m_flow->startManualEntry();
    const EntrySubmission typed = m_flow->submitManualEntry(formFor(testIdentity()));
    QVERIFY(typed.failure);
    QCOMPARE(typed.failure->code, QStringLiteral("registration.closed"));
    m_flow->cancelEntry();
    QCOMPARE((*m_ws)->records().list().value().size(), 1);
    // The record started before still gets its review and photo.
    QVERIFY(m_flow->resume(home.recent.first().id));
    passReview();
}

void tst_RegistrationFlow::cardIgnoredWhileTyping()
{
    loginAsSupervisor();
    m_flow->startManualEntry();
    QVERIFY(!m_flow->presentCard(RegPoint::Devices::demoCards().first()));
    QCOMPARE(m_flow->step(), FlowStep::ManualEntry);
    m_flow->logout();
    QVERIFY(!m_flow->presentCard(RegPoint::Devices::demoCards().first()));
}

QImage tst_RegistrationFlow::portrait()
{
    return QImage(QStringLiteral(PHOTO_DIR "/astronaut-480x640.jpg"));
}

QImage tst_RegistrationFlow::greyPortrait()
{
    return portrait().convertToFormat(QImage::Format_Grayscale8); // `color` fails; no fix may colour it
}

CandidateRecord tst_RegistrationFlow::saveCardRecord()
{
    loginAsSupervisor();
    if (!m_flow->presentCard(RegPoint::Devices::demoCards().first()))
        return {};
    auto saved = m_flow->confirmCard();
    if (!saved)
        return {};
    const std::optional<EligibilityReview> everything = m_rules->everythingSeen(QStringLiteral("final-year"));
    if (!everything || !m_flow->submitReview(*everything))
        return {};
    return saved.value();
}

void tst_RegistrationFlow::compliantPhotoMovesRecordToPhotoOk()
{
    const CandidateRecord record = saveCardRecord();
    QCOMPARE(m_flow->step(), FlowStep::Photo);
    const PhotoAttempt *attempt = m_flow->submitPhoto(portrait());
    QVERIFY(attempt);
    QVERIFY2(attempt->isCompliant(), qPrintable(attempt->report.mostImportant()->id));
    const QByteArray shown = attempt->jpeg; // the attempt ends with the step
    QVERIFY(m_flow->acceptPhoto());
    // The candidate sees it all first: nothing is stored before they agree.
    QCOMPARE(m_flow->step(), FlowStep::Preview);
    QCOMPARE(m_flow->pendingPhoto()->jpeg, shown);
    QCOMPARE(m_flow->previewReview()->category, QStringLiteral("final-year"));
    QCOMPARE((*m_ws)->records().find(record.id).value()->state, RecordState::Reviewed);
    QVERIFY(!(*m_ws)->records().photo(record.id).value());
    QVERIFY(!m_flow->presentCard(RegPoint::Devices::demoCards().at(1))); // a card waits
    QVERIFY(m_flow->confirmPreview());
    QCOMPARE(m_flow->step(), FlowStep::Saved);
    QCOMPARE(m_flow->lastSaved()->state, RecordState::PhotoOk);
    const auto stored = (*m_ws)->records().find(record.id).value();
    QCOMPARE(stored->state, RecordState::PhotoOk);
    const auto jpeg = (*m_ws)->records().photo(record.id).value();
    QVERIFY(jpeg);
    QCOMPARE(*jpeg, shown); // what the clerk saw is what is stored
    QCOMPARE(QImage::fromData(*jpeg).size(), QSize(480, 640));
    QVERIFY(!(*m_ws)->records().photoOverride(record.id).value());
    QVERIFY(!m_flow->submitPhoto(portrait())); // the step is over
}

void tst_RegistrationFlow::failingPhotoCannotBeAccepted()
{
    saveCardRecord();
    const PhotoAttempt *attempt = m_flow->submitPhoto(greyPortrait());
    QVERIFY(attempt);
    QVERIFY(!attempt->isCompliant());
    QVERIFY(!attempt->report.find(QStringLiteral("color"))->ok);
    const Status refused = m_flow->acceptPhoto();
    QVERIFY(!refused);
    QCOMPARE(refused.failure().code, QStringLiteral("photo.not-compliant"));
    QCOMPARE(m_flow->step(), FlowStep::Photo);
}

void tst_RegistrationFlow::overrideNeedsAttemptsSupervisorAndReason()
{
    const CandidateRecord record = saveCardRecord();
    QVERIFY((*m_ws)->operators().create({ QStringLiteral("li.clerk"), QStringLiteral("李"), Role::Clerk,
        QStringLiteral("clerk-pass-1"), QStringLiteral("clerk-pass-1") }));
    const QString supervisor = testSupervisor().username, password = testSupervisor().password;
    const QString reason = QStringLiteral("眼疾，无法睁开左眼");
    for (int i = 1; i <= 3; ++i) {
        m_flow->submitPhoto(greyPortrait());
        QCOMPARE(m_flow->photoAttempts().failedAttempts(), i);
        if (i < 3) {
            QVERIFY(!m_flow->photoAttempts().overrideAvailable());
            QCOMPARE(m_flow->overridePhoto(supervisor, password, reason).failure().code,
                QStringLiteral("photo.override-too-early"));
        }
    }
    QVERIFY(m_flow->photoAttempts().overrideAvailable());
    QCOMPARE(m_flow->overridePhoto(QStringLiteral("li.clerk"), QStringLiteral("clerk-pass-1"), reason).failure().code,
        QStringLiteral("photo.override-role"));
    QVERIFY(!m_flow->overridePhoto(supervisor, QStringLiteral("wrong-password"), reason));
    QCOMPARE(m_flow->overridePhoto(supervisor, password, QStringLiteral("  ok ")).failure().code,
        QStringLiteral("photo.override-reason"));
    QCOMPARE(m_flow->step(), FlowStep::Photo);
    QCOMPARE((*m_ws)->records().find(record.id).value()->state, RecordState::Reviewed);

    QVERIFY(m_flow->overridePhoto(supervisor, password, reason));
    QCOMPARE(m_flow->pendingPhoto()->override->reason, reason); // shown on the preview
    QVERIFY(m_flow->confirmPreview());
    QCOMPARE(m_flow->step(), FlowStep::Saved);
    QCOMPARE((*m_ws)->records().find(record.id).value()->state, RecordState::PhotoOk);
    const auto approval = (*m_ws)->records().photoOverride(record.id).value();
    QVERIFY(approval);
    QCOMPARE(approval->reason, reason);
    QCOMPARE(approval->supervisorId, m_flow->currentOperator()->id);
}

void tst_RegistrationFlow::unreadableFileIsAFailedAttemptWithoutOverride()
{
    saveCardRecord();
    for (int i = 0; i < 3; ++i) {
        const PhotoAttempt *attempt = m_flow->submitPhotoFile(QByteArray("\xFF\xD8\xFF\xE0 not really a jpeg"));
        QVERIFY(attempt);
        QVERIFY(attempt->unfixable);
        QVERIFY(attempt->jpeg.isEmpty());
        QVERIFY(!attempt->report.find(QStringLiteral("format"))->ok);
    }
    QCOMPARE(m_flow->photoAttempts().failedAttempts(), 3);
    QVERIFY(!m_flow->photoAttempts().overrideAvailable()); // nothing to approve
    // A compliant file is kept byte for byte.
    auto fixed = m_fixer.fix(portrait());
    QVERIFY(fixed && fixed->isCompliant());
    const PhotoAttempt *file = m_flow->submitPhotoFile(fixed->jpeg);
    QVERIFY(file->isCompliant());
    QCOMPARE(file->jpeg, fixed->jpeg);
    QVERIFY(file->applied.isEmpty());
    QCOMPARE(file->origin, PhotoOrigin::ImportedFile);
}

void tst_RegistrationFlow::deferredPhotoIsTakenFromHome()
{
    const CandidateRecord record = saveCardRecord();
    m_flow->deferPhoto();
    QCOMPARE(m_flow->step(), FlowStep::Home);
    QCOMPARE((*m_ws)->records().find(record.id).value()->state, RecordState::Reviewed);
    QVERIFY(m_flow->resume(record.id));
    QCOMPARE(m_flow->step(), FlowStep::Photo);
    QCOMPARE(m_flow->photoAttempts().failedAttempts(), 0);
    m_flow->submitPhoto(portrait());
    QVERIFY(m_flow->acceptPhoto());
    QVERIFY(m_flow->confirmPreview());
    m_flow->nextCandidate();
    // A record with a photo has one: it is taken once, before sealing.
    QCOMPARE(m_flow->resume(record.id).failure().code, QStringLiteral("record.complete"));
    QCOMPARE(m_flow->step(), FlowStep::Home);
    // A hand-typed record put off before its review gets review and photo from home too.
    const qint64 supervisor = m_flow->currentOperator()->id;
    auto manual = (*m_ws)->registrar().registerIdentity(
        testIdentity(QStringLiteral("430102200801010028")), EntryMethod::Manual, supervisor, supervisor);
    QVERIFY(manual);
    QVERIFY(m_flow->resume(manual->id));
    passReview();
    m_flow->submitPhoto(portrait());
    QVERIFY(m_flow->acceptPhoto());
    QVERIFY(m_flow->confirmPreview());
    QCOMPARE((*m_ws)->records().find(manual->id).value()->state, RecordState::PhotoOk);
}

void tst_RegistrationFlow::everyCategoryIsReviewedBeforeThePhoto_data()
{
    QTest::addColumn<QString>("category");
    QVERIFY(m_rules);
    for (const CandidateCategory &category : m_rules->categories())
        QTest::newRow(qPrintable(category.code)) << category.code;
}

// Each category of the year's rules, through the whole desk: card, review, photo, saved. A
// finding short of one document or one declaration is named and changes nothing.
void tst_RegistrationFlow::everyCategoryIsReviewedBeforeThePhoto()
{
    QFETCH(QString, category);
    loginAsSupervisor();
    QVERIFY(m_flow->presentCard(RegPoint::Devices::demoCards().first()));
    const Result<CandidateRecord> saved = m_flow->confirmCard();
    QVERIFY(saved);
    const EligibilityReview everything = m_rules->everythingSeen(category).value();

    EligibilityReview oneShort = everything;
    oneShort.documentsSeen.removeLast();
    QCOMPARE(m_flow->submitReview(oneShort).failure().code, QStringLiteral("eligibility.document-missing"));
    oneShort = everything;
    oneShort.declarations.removeFirst();
    QCOMPARE(m_flow->submitReview(oneShort).failure().code, QStringLiteral("eligibility.declaration-missing"));
    QCOMPARE(m_flow->step(), FlowStep::Review);
    QCOMPARE((*m_ws)->records().find(saved->id).value()->state, RecordState::CardRead);
    QVERIFY(!(*m_ws)->records().review(saved->id).value());

    passReview(category);
    const std::optional<EligibilityReview> stored = (*m_ws)->records().review(saved->id).value();
    QVERIFY(stored);
    QCOMPARE(stored->category, category);
    QCOMPARE(stored->documentsSeen, everything.documentsSeen);
    QCOMPARE(stored->reviewedBy, m_flow->currentOperator()->id);
    QCOMPARE((*m_ws)->audit().lastDetail(QStringLiteral("eligibility.review")).value(),
        QStringLiteral("category=%1").arg(category));
    m_flow->submitPhoto(portrait());
    QVERIFY(m_flow->acceptPhoto());
    QVERIFY(m_flow->confirmPreview());
    QCOMPARE(m_flow->step(), FlowStep::Saved);
    QCOMPARE((*m_ws)->records().find(saved->id).value()->state, RecordState::PhotoOk);
}

// Refused at the review: who and why on record, no photo step, nothing for the province. The
// candidate comes back with the document; the same card takes the record on from its review.
void tst_RegistrationFlow::aRefusalIsRecordedWithoutAPhoto()
{
    loginAsSupervisor();
    const RegPoint::Devices::IdCardData card = RegPoint::Devices::demoCards().first();
    QVERIFY(m_flow->presentCard(card));
    const Result<CandidateRecord> saved = m_flow->confirmCard();
    QVERIFY(saved);
    EligibilityReview refusal;
    refusal.outcome = EligibilityReview::Outcome::Refused;
    QCOMPARE(m_flow->submitReview(refusal).failure().code, QStringLiteral("eligibility.refusal-reason"));
    refusal.refusal = QStringLiteral("other");
    refusal.note = QStringLiteral("无");
    QCOMPARE(m_flow->submitReview(refusal).failure().code, QStringLiteral("eligibility.refusal-note"));
    QCOMPARE(m_flow->step(), FlowStep::Review);
    refusal.refusal = QStringLiteral("missing-document");
    refusal.note.clear();
    QVERIFY(m_flow->submitReview(refusal));
    QCOMPARE(m_flow->step(), FlowStep::Home);
    QVERIFY(!m_flow->photoSubject());
    QCOMPARE((*m_ws)->records().find(saved->id).value()->state, RecordState::Refused);
    const std::optional<EligibilityReview> stored = (*m_ws)->records().review(saved->id).value();
    QCOMPARE(stored->refusal, QStringLiteral("missing-document"));
    QCOMPARE(stored->reviewedBy, m_flow->currentOperator()->id);
    const HomeSummary home = m_flow->homeSummary().value();
    QCOMPARE(home.createdToday, 0);
    QCOMPARE(home.awaitingUpload, 0);

    // Back with the document: the card finds the refused record, flagged before any Save.
    QVERIFY(m_flow->presentCard(card));
    QCOMPARE(m_flow->cardUnderReview()->registered->state, RecordState::Refused);
    QVERIFY(!m_flow->cardUnderReview()->canSave);
    QVERIFY(m_flow->continueRegistered());
    QCOMPARE(m_flow->step(), FlowStep::Review);
    QVERIFY(m_flow->reviewSubject()->previous);
    QCOMPARE(m_flow->reviewSubject()->previous->refusal, QStringLiteral("missing-document"));
    passReview();
    QCOMPARE((*m_ws)->records().list().value().size(), 1);
}

// Logout in the middle of a review: the record stays saved, waiting for its review; nothing of
// it is left on the desk for the next person to sign in.
void tst_RegistrationFlow::logoutDuringTheReviewKeepsTheRecord()
{
    loginAsSupervisor();
    QVERIFY(m_flow->presentCard(RegPoint::Devices::demoCards().first()));
    const Result<CandidateRecord> saved = m_flow->confirmCard();
    QVERIFY(saved);
    QVERIFY(m_flow->workInProgress());
    m_flow->logout();
    QCOMPARE(m_flow->step(), FlowStep::Login);
    QVERIFY(!m_flow->reviewSubject());
    QVERIFY(!m_flow->submitReview(m_rules->everythingSeen(QStringLiteral("final-year")).value()));
    QVERIFY(m_flow->login(testSupervisor().username, testSupervisor().password));
    QCOMPARE((*m_ws)->records().find(saved->id).value()->state, RecordState::CardRead);
    QVERIFY(m_flow->resume(saved->id));
    passReview();
}

// The candidate spots a mistake on the preview: the photo is taken again, or the review is
// revised (the attempts so far kept); only the confirmed preview stores and completes.
void tst_RegistrationFlow::aCorrectionFromThePreviewGoesBackToItsStep()
{
    const CandidateRecord record = saveCardRecord();
    m_flow->submitPhoto(portrait());
    QVERIFY(m_flow->acceptPhoto());
    QCOMPARE(m_flow->step(), FlowStep::Preview);
    m_flow->retakePhoto();
    QCOMPARE(m_flow->step(), FlowStep::Photo);
    QVERIFY(!m_flow->pendingPhoto());
    QVERIFY(!m_flow->confirmPreview());
    QVERIFY(!m_flow->acceptPhoto()); // the declined photo is not offered again
    m_flow->submitPhoto(portrait());
    QVERIFY(m_flow->acceptPhoto());
    QCOMPARE(m_flow->step(), FlowStep::Preview);

    // The category was wrong: reviewed again as a past graduate, then back to the same preview.
    QVERIFY(m_flow->reviseReview());
    QCOMPARE(m_flow->step(), FlowStep::Review);
    QCOMPARE(m_flow->reviewSubject()->record.id, record.id);
    QVERIFY(m_flow->submitReview(m_rules->everythingSeen(QStringLiteral("past-graduate")).value()));
    QCOMPARE(m_flow->step(), FlowStep::Preview);
    QCOMPARE(m_flow->previewReview()->category, QStringLiteral("past-graduate"));
    QVERIFY(m_flow->confirmPreview());
    QCOMPARE((*m_ws)->records().find(record.id).value()->state, RecordState::PhotoOk);
    QCOMPARE((*m_ws)->records().review(record.id).value()->category, QStringLiteral("past-graduate"));

    // Revised, then refused after all: no photo, nothing kept for it.
    const CandidateRecord second = [this] {
        m_flow->nextCandidate();
        if (!m_flow->presentCard(RegPoint::Devices::demoCards().at(1)))
            return CandidateRecord {};
        const Result<CandidateRecord> saved = m_flow->confirmCard();
        return saved ? saved.value() : CandidateRecord {};
    }();
    QVERIFY(!second.id.isNull());
    passReview();
    m_flow->submitPhoto(portrait());
    QVERIFY(m_flow->acceptPhoto());
    QVERIFY(m_flow->reviseReview());
    EligibilityReview refusal;
    refusal.outcome = EligibilityReview::Outcome::Refused;
    refusal.refusal = QStringLiteral("wrong-point");
    QVERIFY(m_flow->submitReview(refusal));
    QCOMPARE(m_flow->step(), FlowStep::Home);
    QVERIFY(!m_flow->pendingPhoto() && !m_flow->photoSubject());
    QCOMPARE((*m_ws)->records().find(second.id).value()->state, RecordState::Refused);
    QVERIFY(!(*m_ws)->records().photo(second.id).value());
}

// The candidate reads the preview and the typed name is wrong: the form opens with what was typed,
// the fix is a new version (the first stays as it was, superseded), reviewed again with the first
// review's findings, and sealed with the photo already taken. A card's details are not typed.
void tst_RegistrationFlow::aTypedDetailIsCorrectedFromThePreviewAsANewVersion()
{
    loginAsSupervisor();
    m_flow->startManualEntry();
    ManualEntryForm typo = formFor(testIdentity());
    typo.name = QStringLiteral("李子宣");
    const EntrySubmission first = m_flow->submitManualEntry(typo);
    QVERIFY(first.saved);
    passReview(QStringLiteral("past-graduate"));
    m_flow->submitPhoto(portrait());
    QVERIFY(m_flow->acceptPhoto());
    const QByteArray photo = m_flow->pendingPhoto()->jpeg;

    // Opened and dropped: the preview as it was.
    QVERIFY(m_flow->correctIdentity());
    QCOMPARE(m_flow->step(), FlowStep::ManualEntry);
    QCOMPARE(m_flow->identityUnderCorrection()->id, first.saved->id);
    // Its own number is not "registered already" while it is corrected.
    QVERIFY(!m_flow->registeredRecord(testIdentity().idNumber));
    m_flow->cancelEntry();
    QCOMPARE(m_flow->step(), FlowStep::Preview);
    QCOMPARE(m_flow->pendingPhoto()->jpeg, photo);
    QVERIFY(!m_flow->identityUnderCorrection());
    QVERIFY(m_flow->registeredRecord(testIdentity().idNumber));

    QVERIFY(m_flow->correctIdentity());
    const EntrySubmission fixed = m_flow->submitManualEntry(formFor(testIdentity()));
    QVERIFY2(fixed.saved, fixed.failure ? qPrintable(fixed.failure->message) : "");
    QCOMPARE(m_flow->step(), FlowStep::Review);
    QCOMPARE(m_flow->reviewSubject()->record.id, fixed.saved->id);
    QCOMPARE(m_flow->reviewSubject()->previous->category, QStringLiteral("past-graduate"));
    QVERIFY(m_flow->submitReview(*m_flow->reviewSubject()->previous));
    QCOMPARE(m_flow->step(), FlowStep::Preview);
    QCOMPARE(m_flow->pendingPhoto()->jpeg, photo);
    QCOMPARE(m_flow->photoSubject()->record.identity.name, testIdentity().name);
    QVERIFY(m_flow->confirmPreview());

    RecordStore &records = (*m_ws)->records();
    const CandidateRecord second = records.find(fixed.saved->id).value().value();
    QCOMPARE(second.version, 2);
    QCOMPARE(second.supersedes, first.saved->id);
    QCOMPARE(second.state, RecordState::PhotoOk);
    QVERIFY(records.photo(second.id).value());
    QCOMPARE(records.review(second.id).value()->category, QStringLiteral("past-graduate"));
    const CandidateRecord earlier = records.find(first.saved->id).value().value();
    QCOMPARE(earlier.identity.name, QStringLiteral("李子宣"));
    QCOMPARE(earlier.state, RecordState::Reviewed);
    QCOMPARE(records.findCurrentByIdNumber(testIdentity().idNumber).value()->id, second.id);
    // The desk lists the newest version only, and the earlier one no longer takes a step.
    QTRY_COMPARE(m_flow->step(), FlowStep::Home);
    const HomeSummary summary = m_flow->homeSummary().value();
    QCOMPARE(summary.recent.size(), 1);
    QCOMPARE(summary.recent.first().id, second.id);
    QCOMPARE(summary.createdToday, 1);
    QCOMPARE(m_flow->resume(first.saved->id).failure().code, QStringLiteral("record.superseded"));
    QCOMPARE(m_flow->step(), FlowStep::Home);

    // A card's details come from its chip: nothing to type.
    m_flow->presentCard(RegPoint::Devices::demoCards().at(1));
    QVERIFY(m_flow->confirmCard());
    passReview();
    m_flow->submitPhoto(portrait());
    QVERIFY(m_flow->acceptPhoto());
    QCOMPARE(m_flow->correctIdentity().failure().code, QStringLiteral("record.not-correctable"));
    QCOMPARE(m_flow->step(), FlowStep::Preview);
}

// A Hong Kong resident without a mainland card: the permit typed under the supervisor's session,
// reviewed in their category, photographed, and sealed saying which document it was.
void tst_RegistrationFlow::aPermitHolderIsRegisteredByHand()
{
    loginAsSupervisor();
    m_flow->startManualEntry();
    ManualEntryForm form = formFor(testIdentity());
    form.documentType = DocumentType::HkMacaoPermit;
    form.idNumber = QStringLiteral("h 1234 5678");
    form.gender = Gender::Female;
    form.birthDate = QDate(2008, 3, 9);
    const EntrySubmission submission = m_flow->submitManualEntry(form);
    QVERIFY(submission.saved);
    QCOMPARE(submission.saved->identity.idNumber, QStringLiteral("H12345678"));
    passReview(QStringLiteral("hk-macao-taiwan"));
    m_flow->submitPhoto(portrait());
    QVERIFY(m_flow->acceptPhoto());
    QVERIFY(m_flow->confirmPreview());
    QVERIFY(m_ws->reopen());
    const CandidateRecord stored = (*m_ws)->records().find(submission.saved->id).value().value();
    QCOMPARE(stored.identity.documentType, DocumentType::HkMacaoPermit);
    QCOMPARE(stored.identity.birthDate, QDate(2008, 3, 9));
    const QByteArray sealed = RecordSealing::canonicalRecordJson(stored, nullptr, nullptr);
    QVERIFY(sealed.contains(R"("document_type":"hk-macao-permit")"));
    QCOMPARE(RecordView::of(stored).maskedIdNumber, QStringLiteral("H*****678"));
}

// Locked over the review or the preview: no button behind the lock stores anything, and the step
// with its candidate is still there after the unlock.
void tst_RegistrationFlow::nothingChangesUnderTheLock()
{
    const CandidateRecord record = saveCardRecord();
    m_flow->submitPhoto(portrait());
    QVERIFY(m_flow->acceptPhoto());
    m_lock->lockNow();
    QVERIFY(m_lock->isLocked());
    QCOMPARE(m_flow->confirmPreview().failure().code, QStringLiteral("flow.locked"));
    QCOMPARE(m_flow->reviseReview().failure().code, QStringLiteral("flow.locked"));
    QCOMPARE((*m_ws)->records().find(record.id).value()->state, RecordState::Reviewed);
    QVERIFY(m_lock->unlock(testSupervisor().username, testSupervisor().password));
    QCOMPARE(m_flow->step(), FlowStep::Preview);
    QVERIFY(m_flow->reviseReview());
    m_lock->lockNow();
    QVERIFY(m_lock->isLocked());
    QCOMPARE(m_flow->submitReview(m_rules->everythingSeen(QStringLiteral("veteran")).value()).failure().code,
        QStringLiteral("flow.locked"));
    QCOMPARE((*m_ws)->records().review(record.id).value()->category, QStringLiteral("final-year"));
    QVERIFY(m_lock->unlock(testSupervisor().username, testSupervisor().password));
    QCOMPARE(m_flow->step(), FlowStep::Review);
    QVERIFY(m_flow->reviewSubject());
}

// A supervisor accepted a failing photo; the review is then corrected from the preview: the
// preview comes back with that photo and that approval, nobody is called back.
void tst_RegistrationFlow::aRevisedReviewKeepsTheOverriddenPhoto()
{
    const CandidateRecord record = saveCardRecord();
    for (int i = 0; i < 3; ++i)
        m_flow->submitPhoto(greyPortrait());
    const QString reason = QStringLiteral("黑白照片，省招办已同意");
    QVERIFY(m_flow->overridePhoto(testSupervisor().username, testSupervisor().password, reason));
    QVERIFY(m_flow->reviseReview());
    QCOMPARE(m_flow->reviewSubject()->previous->category, QStringLiteral("final-year")); // shown ticked
    const std::optional<EligibilityReview> veteran = m_rules->everythingSeen(QStringLiteral("veteran"));
    QVERIFY(m_flow->submitReview(*veteran));
    QCOMPARE(m_flow->step(), FlowStep::Preview);
    QCOMPARE(m_flow->pendingPhoto()->override->reason, reason);
    QCOMPARE(m_flow->previewReview()->category, QStringLiteral("veteran"));
    QVERIFY(m_flow->confirmPreview());
    QCOMPARE((*m_ws)->records().photoOverride(record.id).value()->reason, reason);
    QCOMPARE((*m_ws)->records().review(record.id).value()->category, QStringLiteral("veteran"));
}

// A typed record refused at its review, then 60 other candidates: the desk still lists it, so it
// can be reviewed again when the candidate comes back (typing it again is refused as a duplicate).
void tst_RegistrationFlow::anUnfinishedRecordStaysListedHoweverOld()
{
    loginAsSupervisor();
    m_flow->startManualEntry();
    const EntrySubmission typed = m_flow->submitManualEntry(formFor(testIdentity()));
    QVERIFY(typed.saved);
    EligibilityReview refusal;
    refusal.outcome = EligibilityReview::Outcome::Refused;
    refusal.refusal = QStringLiteral("missing-document");
    QVERIFY(m_flow->submitReview(refusal));
    const qint64 clerk = m_flow->currentOperator()->id;
    for (int i = 0; i < 60; ++i) {
        m_ws->clock().advance(std::chrono::seconds(1));
        const QString first17
            = QStringLiteral("430102200801%1").arg(i + 10, 2, 10, QLatin1Char('0')) + QStringLiteral("003");
        QVERIFY((*m_ws)->registrar().registerIdentity(
            testIdentity(first17 + IdNumber::checkCharacter(first17)), EntryMethod::Card, clerk));
    }
    const HomeSummary home = m_flow->homeSummary(50).value();
    QCOMPARE(home.recent.size(), 61); // 50 newest, and the 11 unfinished older ones
    QCOMPARE(home.recent.last().id, typed.saved->id);
    QCOMPARE(home.recent.last().state, RecordState::Refused);
    QVERIFY(m_flow->resume(typed.saved->id));
    QCOMPARE(m_flow->step(), FlowStep::Review);
}

void tst_RegistrationFlow::theDayOpensOnAPassingCheck()
{
    QVERIFY(m_flow->start());
    QVERIFY(m_flow->createFirstSupervisor(testSupervisor()));
    QVERIFY((*m_ws)->operators().create({ QStringLiteral("zhang.min"), QStringLiteral("张敏"), Role::Clerk,
        QStringLiteral("clerk-pass-1"), QStringLiteral("clerk-pass-1") }));
    m_flow->logout();
    QVERIFY(m_flow->login(QStringLiteral("zhang.min"), QStringLiteral("clerk-pass-1")));
    QCOMPARE(m_flow->step(), FlowStep::DayOpen);
    // Nothing is registered before the day opens: a card waits, no form opens.
    QVERIFY(!m_flow->presentCard(RegPoint::Devices::demoCards().first()));
    m_flow->startManualEntry();
    QCOMPARE(m_flow->step(), FlowStep::DayOpen);

    ReadinessFacts stillConnecting = readyDesk(m_ws->clock().now());
    stillConnecting.reader.state = RegPoint::Devices::DeviceState::Connecting;
    const Status early = m_flow->openDay(assessReadiness(stillConnecting), {}, {});
    QVERIFY(!early);
    QCOMPARE(early.failure().code, QStringLiteral("day.check-running"));

    // A check from before a break is not today's desk: the screen checks again.
    const ReadinessReport beforeTheBreak = passingCheck(m_ws->clock().now());
    m_ws->clock().advance(std::chrono::minutes(30));
    QCOMPARE(m_flow->openDay(beforeTheBreak, {}, {}).failure().code, QStringLiteral("day.check-stale"));

    ReadinessFacts warned = readyDesk(m_ws->clock().now());
    warned.config.reset(); // a warning lets the day open: the clerk has been told
    QVERIFY(m_flow->openDay(assessReadiness(warned), {}, {}));
    QCOMPARE(m_flow->step(), FlowStep::Home);
    const std::optional<DayOpened> opened = (*m_ws)->days().latest().value();
    QVERIFY(opened);
    QCOMPARE(opened->day, m_ws->clock().now().date());
    QCOMPARE(opened->openedBy, m_flow->currentOperator()->id);
    QVERIFY(!opened->approvedBy);
    QCOMPARE(opened->warnings, QStringList { QStringLiteral("config.none") });
    const AuditEvent event = (*m_ws)->audit().events().value().constLast();
    QCOMPARE(event.action, QStringLiteral("day.open"));
    QCOMPARE(event.outcome, QStringLiteral("ok"));
    QCOMPARE(event.operatorId, m_flow->currentOperator()->id);
    QVERIFY(event.detail.contains(QStringLiteral("warnings=config.none")));
}

void tst_RegistrationFlow::aFailedCheckOpensTheDayOnlyWithASupervisorsReason()
{
    QVERIFY(m_flow->start());
    QVERIFY(m_flow->createFirstSupervisor(testSupervisor()));
    const qint64 supervisorId = m_flow->currentOperator()->id;
    QVERIFY((*m_ws)->operators().create({ QStringLiteral("zhang.min"), QStringLiteral("张敏"), Role::Clerk,
        QStringLiteral("clerk-pass-1"), QStringLiteral("clerk-pass-1") }));
    m_flow->logout();
    QVERIFY(m_flow->login(QStringLiteral("zhang.min"), QStringLiteral("clerk-pass-1")));
    QVERIFY(m_flow->dayOpeningNeedsApproval());
    const ReadinessReport failed = checkWithoutReader(m_ws->clock().now());
    QVERIFY(failed.settled() && !failed.passed());
    const QString reason = QStringLiteral("读卡器送修，今日由主管审批手工录入");

    const auto refusedWith = [&](const std::optional<Approval> &approval, const QString &why) {
        const Status status = m_flow->openDay(failed, approval, why);
        return status ? QString() : status.failure().code;
    };
    QCOMPARE(refusedWith({}, reason), QStringLiteral("day.approval-needed"));
    QCOMPARE(refusedWith(Approval { testSupervisor().username, testSupervisor().password }, QStringLiteral(" 坏 ")),
        QStringLiteral("day.reason-needed"));
    QCOMPARE(refusedWith(Approval { QStringLiteral("zhang.min"), QStringLiteral("clerk-pass-1") }, reason),
        QStringLiteral("day.approval-role"));
    QCOMPARE(refusedWith(Approval { testSupervisor().username, QStringLiteral("guess") }, reason),
        QStringLiteral("operator.refused"));
    QCOMPARE(m_flow->step(), FlowStep::DayOpen);
    QVERIFY(!(*m_ws)->days().isOpenToday().value());

    QCOMPARE(refusedWith(Approval { testSupervisor().username, testSupervisor().password }, reason), QString());
    QCOMPARE(m_flow->step(), FlowStep::Home);
    const std::optional<DayOpened> opened = (*m_ws)->days().latest().value();
    QVERIFY(opened);
    QCOMPARE(opened->approvedBy, supervisorId);
    QCOMPARE(opened->openedBy, m_flow->currentOperator()->id);
    QCOMPARE(opened->failed, QStringList { QStringLiteral("reader.error") });
    QCOMPARE(opened->reason, reason);
    // The audit names the supervisor and the failed check, never the reason's words.
    const AuditEvent event = (*m_ws)->audit().events().value().constLast();
    QCOMPARE(event.action, QStringLiteral("day.open"));
    QCOMPARE(event.outcome, QStringLiteral("override"));
    QCOMPARE(event.operatorId, supervisorId);
    QVERIFY(event.detail.contains(QStringLiteral("failed=reader.error")));
    QVERIFY(!event.detail.contains(QStringLiteral("读卡器")));
}

void tst_RegistrationFlow::eachDayIsCheckedAgain()
{
    loginAsSupervisor(); // opens today
    m_flow->logout();
    QVERIFY(m_flow->login(testSupervisor().username, testSupervisor().password));
    QCOMPARE(m_flow->step(), FlowStep::Home);
    m_flow->logout();
    m_ws->clock().advance(std::chrono::hours(24));
    QVERIFY(m_flow->login(testSupervisor().username, testSupervisor().password));
    QCOMPARE(m_flow->step(), FlowStep::DayOpen);
    // A supervisor signed in approves by their session, but still says why.
    QVERIFY(!m_flow->dayOpeningNeedsApproval());
    const ReadinessReport failed = checkWithoutReader(m_ws->clock().now());
    QCOMPARE(m_flow->openDay(failed, {}, {}).failure().code, QStringLiteral("day.reason-needed"));
    QVERIFY(m_flow->openDay(failed, {}, QStringLiteral("Reader at the repair shop")));
    QCOMPARE(m_flow->step(), FlowStep::Home);
    QCOMPARE((*m_ws)->days().latest().value()->approvedBy, m_flow->currentOperator()->id);

    // Still signed in past midnight: the next card waits for the new day's check.
    m_ws->clock().advance(std::chrono::hours(24));
    QVERIFY(!m_flow->presentCard(RegPoint::Devices::demoCards().first()));
    QCOMPARE(m_flow->step(), FlowStep::DayOpen);
    QVERIFY(m_flow->openDay(passingCheck(m_ws->clock().now()), {}, {}));
    QVERIFY(m_flow->presentCard(RegPoint::Devices::demoCards().first()));
    QCOMPARE(m_flow->step(), FlowStep::CardReview);
    m_flow->discardCard();

    // An administrator registers no one: straight home, the day is not theirs to open.
    QVERIFY((*m_ws)->operators().create({ QStringLiteral("admin.li"), QStringLiteral("李工"), Role::Admin,
        QStringLiteral("admin-pass-1"), QStringLiteral("admin-pass-1") }));
    m_flow->logout();
    m_ws->clock().advance(std::chrono::hours(24));
    QVERIFY(m_flow->login(QStringLiteral("admin.li"), QStringLiteral("admin-pass-1")));
    QCOMPARE(m_flow->step(), FlowStep::Home);
}

QTEST_GUILESS_MAIN(tst_RegistrationFlow)
#include "tst_registrationflow.moc"
