#include "flow/registrationflow.h"
#include "idcard/simulatedcards.h"
#include "idcard/wltphotodecoder.h"
#include "records/manualentry.h"
#include "storage/recordstore.h"
#include "tempworkspace.h"

#include <QSignalSpy>
#include <QTest>

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
    void invalidEntryKeepsStepAndReportsFields();
    void duplicateIsReportedNotSaved();
    void logoutForgetsOperator();
    void cardReadSavesAsCardRecord();
    void cardFailingChecksCannotBeSaved();
    void cardIgnoredWhileTyping();

private:
    void loginAsSupervisor();
    std::unique_ptr<TempWorkspace> m_ws;
    std::unique_ptr<ManualEntryValidator> m_validator;
    const RegPoint::Devices::WltPhotoDecoder m_photos; // none installed: photos stay placeholders
    std::unique_ptr<RegistrationFlow> m_flow;
};

void tst_RegistrationFlow::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(m_ws->isValid());
    m_validator = std::make_unique<ManualEntryValidator>((*m_ws)->nations(), (*m_ws)->regions());
    FlowTimings timings;
    timings.savedNotice = std::chrono::milliseconds(20);
    m_flow = std::make_unique<RegistrationFlow>(
        (*m_ws)->operators(), (*m_ws)->records(), (*m_ws)->registrar(), *m_validator, m_photos, m_ws->clock(), timings);
}

void tst_RegistrationFlow::loginAsSupervisor()
{
    QVERIFY(m_flow->start());
    if (m_flow->step() == FlowStep::FirstRunSetup)
        QVERIFY(m_flow->createFirstSupervisor(testSupervisor()));
    QCOMPARE(m_flow->step(), FlowStep::Login);
    QVERIFY(m_flow->login(testSupervisor().username, testSupervisor().password));
    QCOMPARE(m_flow->step(), FlowStep::Home);
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
    QCOMPARE(m_flow->step(), FlowStep::Login);
    QVERIFY(!m_flow->createFirstSupervisor(testSupervisor())); // only once

    QVERIFY(m_flow->login(testSupervisor().username, testSupervisor().password));
    QCOMPARE(m_flow->step(), FlowStep::Home);
    QCOMPARE(m_flow->currentOperator()->username, testSupervisor().username);
    QCOMPARE(steps.size(), 3);
}

void tst_RegistrationFlow::wrongPasswordStaysOnLogin()
{
    QVERIFY(m_flow->start());
    QVERIFY(m_flow->createFirstSupervisor(testSupervisor()));
    auto wrong = m_flow->login(testSupervisor().username, QStringLiteral("not-the-password"));
    QVERIFY(!wrong);
    auto unknown = m_flow->login(QStringLiteral("nobody"), testSupervisor().password);
    QVERIFY(!unknown);
    // The same message either way: a stranger learns nothing about which names exist.
    QCOMPARE(wrong.failure().message, unknown.failure().message);
    QCOMPARE(m_flow->step(), FlowStep::Login);
    QVERIFY(!m_flow->currentOperator());
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
    QCOMPARE(m_flow->step(), FlowStep::Saved);
    QCOMPARE(records.size(), 1);
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
    m_flow->nextCandidate();
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
    QCOMPARE(m_flow->step(), FlowStep::Saved);
    QVERIFY(!m_flow->cardUnderReview()); // chip data gone from memory
    // The same card again (next candidate's turn): a duplicate, not a second record.
    QVERIFY(m_flow->presentCard(card));
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

void tst_RegistrationFlow::cardIgnoredWhileTyping()
{
    loginAsSupervisor();
    m_flow->startManualEntry();
    QVERIFY(!m_flow->presentCard(RegPoint::Devices::demoCards().first()));
    QCOMPARE(m_flow->step(), FlowStep::ManualEntry);
    m_flow->logout();
    QVERIFY(!m_flow->presentCard(RegPoint::Devices::demoCards().first()));
}

QTEST_GUILESS_MAIN(tst_RegistrationFlow)
#include "tst_registrationflow.moc"
