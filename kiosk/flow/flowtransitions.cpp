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
            return S::Home; // the new supervisor is signed in
        if (event == E::DayNotOpen)
            return S::DayOpen; // signed in, and the day's check comes first
        if (event == E::OperatorsExist)
            return S::Login; // created, but the sign-in failed: log in by hand
        break;
    case S::Login:
        if (event == E::LoggedIn)
            return S::Home;
        if (event == E::DayNotOpen)
            return S::DayOpen;
        break;
    case S::DayOpen:
        if (event == E::DayOpened)
            return S::Home;
        break; // a card placed now waits: no candidate is registered before the day opens
    case S::Home:
        if (event == E::DayNotOpen)
            return S::DayOpen; // still signed in when a new day began
        if (event == E::ManualEntryRequested)
            return S::ManualEntry;
        if (event == E::CardPresented)
            return S::CardReview;
        if (event == E::ReviewRequested)
            return S::Review;
        if (event == E::PhotoRequested)
            return S::Photo;
        if (event == E::SheetsRequested)
            return S::Sheets;
        break;
    case S::Sheets:
        if (event == E::SheetsClosed)
            return S::Home;
        break; // a card placed here finds the candidate's sheet, it starts no registration
    case S::CardReview:
        if (event == E::CardPresented)
            return S::CardReview; // another card replaces the one under review
        if (event == E::RecordSaved)
            return S::Review; // the identity is stored; the review comes next, at the same desk
        if (event == E::EntryCancelled)
            return S::Home;
        if (event == E::ManualEntryRequested)
            return S::ManualEntry; // the chip data is unusable: type the document instead
        if (event == E::ReviewRequested)
            return S::Review; // the card's record was saved earlier, its review put off
        if (event == E::PhotoRequested)
            return S::Photo; // the card's record was saved earlier, its photo put off
        break;
    case S::Review:
        if (event == E::ReviewPassed)
            return S::Photo;
        if (event == E::ReviewRevised)
            return S::Preview;
        if (event == E::ReviewRefused || event == E::ReviewPostponed)
            return S::Home;
        break; // a card placed now waits: the review in progress is not thrown away
    case S::Photo:
        if (event == E::PhotoAccepted)
            return S::Preview;
        if (event == E::PhotoDeferred)
            return S::Home;
        break; // a card placed now waits: the photo in progress is not thrown away
    case S::Preview:
        if (event == E::PreviewConfirmed)
            return S::Saved;
        if (event == E::PhotoRetake)
            return S::Photo;
        if (event == E::ReviewRequested)
            return S::Review; // the category was wrong: reviewed again, then back to the photo
        if (event == E::IdentityCorrectionRequested)
            return S::ManualEntry; // a typed detail was wrong: the form again, then its review
        break; // a card placed now waits: the candidate is reading the preview
    case S::ManualEntry:
        if (event == E::EntryCancelled)
            return S::Home;
        if (event == E::CorrectionCancelled)
            return S::Preview;
        if (event == E::RecordSaved)
            return S::Review; // the typed identity is stored; the review comes next
        break;
    case S::Saved:
        if (event == E::DayNotOpen)
            return S::DayOpen;
        if (event == E::NextCandidate)
            return S::Home;
        if (event == E::CardPresented)
            return S::CardReview; // the next candidate's card needs no click
        break;
    }
    return std::nullopt;
}

} // namespace RegPoint::Kiosk
