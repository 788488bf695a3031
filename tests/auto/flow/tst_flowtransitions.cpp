#include "flow/flowtransitions.h"

#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;

class tst_FlowTransitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextStep_data();
    void nextStep();
};

void tst_FlowTransitions::nextStep_data()
{
    QTest::addColumn<FlowStep>("from");
    QTest::addColumn<FlowEvent>("event");
    QTest::addColumn<int>("to"); // -1: ignored
    using S = FlowStep;
    using E = FlowEvent;
    QTest::newRow("first run") << S::Starting << E::NoOperatorYet << int(S::FirstRunSetup);
    QTest::newRow("normal start") << S::Starting << E::OperatorsExist << int(S::Login);
    QTest::newRow("setup done, signed in") << S::FirstRunSetup << E::SetupCompleted << int(S::Home);
    QTest::newRow("setup done, sign in by hand") << S::FirstRunSetup << E::OperatorsExist << int(S::Login);
    QTest::newRow("login") << S::Login << E::LoggedIn << int(S::Home);
    QTest::newRow("login before the day opened") << S::Login << E::DayNotOpen << int(S::DayOpen);
    QTest::newRow("setup before the day opened") << S::FirstRunSetup << E::DayNotOpen << int(S::DayOpen);
    QTest::newRow("day opened") << S::DayOpen << E::DayOpened << int(S::Home);
    QTest::newRow("no card before the day opens") << S::DayOpen << E::CardPresented << -1;
    QTest::newRow("no entry before the day opens") << S::DayOpen << E::ManualEntryRequested << -1;
    QTest::newRow("logout before the day opens") << S::DayOpen << E::LoggedOut << int(S::Login);
    QTest::newRow("day opened twice goes nowhere") << S::Home << E::DayOpened << -1;
    QTest::newRow("past midnight at home") << S::Home << E::DayNotOpen << int(S::DayOpen);
    QTest::newRow("past midnight on the saved notice") << S::Saved << E::DayNotOpen << int(S::DayOpen);
    QTest::newRow("past midnight mid-review: finished first") << S::Review << E::DayNotOpen << -1;
    QTest::newRow("new entry") << S::Home << E::ManualEntryRequested << int(S::ManualEntry);
    QTest::newRow("cancel entry") << S::ManualEntry << E::EntryCancelled << int(S::Home);
    QTest::newRow("typed saved: review next") << S::ManualEntry << E::RecordSaved << int(S::Review);
    QTest::newRow("next candidate") << S::Saved << E::NextCandidate << int(S::Home);
    QTest::newRow("logout from home") << S::Home << E::LoggedOut << int(S::Login);
    QTest::newRow("logout mid-entry") << S::ManualEntry << E::LoggedOut << int(S::Login);
    QTest::newRow("logout from saved") << S::Saved << E::LoggedOut << int(S::Login);
    QTest::newRow("card at home") << S::Home << E::CardPresented << int(S::CardReview);
    QTest::newRow("card replaces card") << S::CardReview << E::CardPresented << int(S::CardReview);
    QTest::newRow("card saved: review next") << S::CardReview << E::RecordSaved << int(S::Review);
    QTest::newRow("eligible: photo next") << S::Review << E::ReviewPassed << int(S::Photo);
    QTest::newRow("refused: home, no photo") << S::Review << E::ReviewRefused << int(S::Home);
    QTest::newRow("review later") << S::Review << E::ReviewPostponed << int(S::Home);
    QTest::newRow("review of a saved record") << S::Home << E::ReviewRequested << int(S::Review);
    QTest::newRow("card of a record not reviewed") << S::CardReview << E::ReviewRequested << int(S::Review);
    QTest::newRow("card during the review waits") << S::Review << E::CardPresented << -1;
    QTest::newRow("logout during the review") << S::Review << E::LoggedOut << int(S::Login);
    QTest::newRow("no photo from the review but by passing it") << S::Review << E::PhotoRequested << -1;
    QTest::newRow("no review while typing") << S::ManualEntry << E::ReviewRequested << -1;
    QTest::newRow("photo accepted: the preview") << S::Photo << E::PhotoAccepted << int(S::Preview);
    QTest::newRow("preview confirmed") << S::Preview << E::PreviewConfirmed << int(S::Saved);
    QTest::newRow("preview: another photo") << S::Preview << E::PhotoRetake << int(S::Photo);
    QTest::newRow("preview: the review again") << S::Preview << E::ReviewRequested << int(S::Review);
    QTest::newRow("revised review: the same preview") << S::Review << E::ReviewRevised << int(S::Preview);
    QTest::newRow("card during the preview waits") << S::Preview << E::CardPresented << -1;
    QTest::newRow("logout during the preview") << S::Preview << E::LoggedOut << int(S::Login);
    QTest::newRow("nothing saved without the preview") << S::Photo << E::PreviewConfirmed << -1;
    QTest::newRow("photo later") << S::Photo << E::PhotoDeferred << int(S::Home);
    QTest::newRow("photo of a saved record") << S::Home << E::PhotoRequested << int(S::Photo);
    QTest::newRow("card during the photo waits") << S::Photo << E::CardPresented << -1;
    QTest::newRow("logout during the photo") << S::Photo << E::LoggedOut << int(S::Login);
    QTest::newRow("no photo while typing") << S::ManualEntry << E::PhotoRequested << -1;
    QTest::newRow("no photo accepted twice") << S::Saved << E::PhotoAccepted << -1;
    QTest::newRow("card discarded") << S::CardReview << E::EntryCancelled << int(S::Home);
    QTest::newRow("card of a record without photo") << S::CardReview << E::PhotoRequested << int(S::Photo);
    QTest::newRow("card unusable: type it") << S::CardReview << E::ManualEntryRequested << int(S::ManualEntry);
    QTest::newRow("next card during saved notice") << S::Saved << E::CardPresented << int(S::CardReview);
    QTest::newRow("card while typing is ignored") << S::ManualEntry << E::CardPresented << -1;
    QTest::newRow("card before login is ignored") << S::Login << E::CardPresented << -1;
    QTest::newRow("logout during card review") << S::CardReview << E::LoggedOut << int(S::Login);
    QTest::newRow("late timer on home is ignored") << S::Home << E::NextCandidate << -1;
    QTest::newRow("double save click is ignored") << S::Saved << E::RecordSaved << -1;
    QTest::newRow("no entry before login") << S::Login << E::ManualEntryRequested << -1;
    QTest::newRow("no login during setup") << S::FirstRunSetup << E::LoggedIn << -1;
    QTest::newRow("logout before login means nothing") << S::Login << E::LoggedOut << -1;
    QTest::newRow("setup cannot be skipped by logout") << S::FirstRunSetup << E::LoggedOut << -1;
}

void tst_FlowTransitions::nextStep()
{
    QFETCH(FlowStep, from);
    QFETCH(FlowEvent, event);
    QFETCH(int, to);
    const std::optional<FlowStep> next = RegPoint::Kiosk::nextStep(from, event);
    QCOMPARE(next.has_value(), to >= 0);
    if (next)
        QCOMPARE(int(*next), to);
}

QTEST_GUILESS_MAIN(tst_FlowTransitions)
#include "tst_flowtransitions.moc"
