#pragma once

#include <optional>

namespace RegPoint::Kiosk {

enum class FlowStep
{
    Starting,
    FirstRunSetup,
    Login,
    DayOpen, // the first sign-in of the day: the readiness check, then the day opens
    Home,
    ManualEntry,
    CardReview,
    Review, // the eligibility review (资格审查) of a saved identity: category, documents, declarations
    Photo, // the photo of a reviewed record: camera or file, checked, fixed, accepted
    Preview, // the candidate checks identity, photo and category before the record is sealed
    Saved,
    Sheets, // after registration closed: the registration sheets printed, checked and signed
};

enum class FlowEvent
{
    NoOperatorYet, // start-up found an empty operators table
    OperatorsExist, // start-up found operators
    SetupCompleted, // the first supervisor was created and signed in
    LoggedIn,
    DayNotOpen, // signed in (or set up) before anyone opened today: the readiness check first
    DayOpened, // the check passed, or a supervisor recorded why the day opens anyway
    LoggedOut,
    ManualEntryRequested,
    CardPresented, // the reader read a card
    EntryCancelled,
    RecordSaved,
    ReviewRequested, // from home, or its card: a saved record not yet reviewed, or refused before
    ReviewPassed, // eligible: the photo comes next
    ReviewRevised, // revised from the preview, still eligible: back to the preview, same photo
    ReviewRefused, // recorded with its reason; no photo
    ReviewPostponed, // the record stays saved, waiting for its review
    PhotoRequested, // from home, or its card: a reviewed record whose photo was put off
    PhotoAccepted, // compliant, or accepted by a supervisor: the candidate sees it all first
    PreviewConfirmed, // the candidate agreed: stored, sealed
    PhotoRetake, // from the preview: another photo
    IdentityCorrectionRequested, // from the preview: the typed details were wrong, typed again
    CorrectionCancelled, // the correction was dropped: back to the preview as it was
    PhotoDeferred, // "photo later": the record stays saved without one
    NextCandidate, // the clerk moved on, or the saved notice timed out
    SheetsRequested, // from home: the confirmation day's desk
    SheetsClosed,
};

// The whole registration flow in one table: where an event leads from a step, or nullopt when the
// event means nothing there (a stale click, a late timer) and the flow stays put.
std::optional<FlowStep> nextStep(FlowStep from, FlowEvent event);

} // namespace RegPoint::Kiosk
