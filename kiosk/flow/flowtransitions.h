#pragma once

#include <optional>

namespace RegPoint::Kiosk {

enum class FlowStep
{
    Starting,
    FirstRunSetup,
    Login,
    Home,
    ManualEntry,
    CardReview,
    Saved
};

enum class FlowEvent
{
    NoOperatorYet, // start-up found an empty operators table
    OperatorsExist, // start-up found operators
    SetupCompleted, // the first supervisor was created
    LoggedIn,
    LoggedOut,
    ManualEntryRequested,
    CardPresented, // the reader read a card
    EntryCancelled,
    RecordSaved,
    NextCandidate, // the clerk moved on, or the saved notice timed out
};

// The whole registration flow in one table: where an event leads from a step, or nullopt when the
// event means nothing there (a stale click, a late timer) and the flow stays put.
std::optional<FlowStep> nextStep(FlowStep from, FlowEvent event);

} // namespace RegPoint::Kiosk
