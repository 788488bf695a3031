#include "flowtransitions.h"

namespace RegPoint::Kiosk {

std::optional<FlowStep> nextStep(FlowStep from, FlowEvent event)
{
    using S = FlowStep;
    using E = FlowEvent;
    if (event == E::LoggedOut && from != S::Starting && from != S::FirstRunSetup && from != S::Login)
        return S::Login;
    switch (from) {
    case S::Starting:
        if (event == E::NoOperatorYet)
            return S::FirstRunSetup;
        if (event == E::OperatorsExist)
            return S::Login;
        break;
    case S::FirstRunSetup:
        if (event == E::SetupCompleted)
            return S::Login;
        break;
    case S::Login:
        if (event == E::LoggedIn)
            return S::Home;
        break;
    case S::Home:
        if (event == E::ManualEntryRequested)
            return S::ManualEntry;
        break;
    case S::ManualEntry:
        if (event == E::EntryCancelled)
            return S::Home;
        if (event == E::RecordSaved)
            return S::Saved;
        break;
    case S::Saved:
        if (event == E::NextCandidate)
            return S::Home;
        break;
    }
    return std::nullopt;
}

} // namespace RegPoint::Kiosk
