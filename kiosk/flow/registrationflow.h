#pragma once

#include "flow/flowtransitions.h"
#include "identity/cardchecks.h"
#include "operators/operator.h"
#include "operators/operatorservice.h"
#include "records/candidaterecord.h"
#include "records/manualentry.h"
#include "result.h"

#include <QImage>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace RegPoint::Devices {
class WltPhotoDecoder;
}

namespace RegPoint::Kiosk {

class Clock;
class RecordRegistrar;
class RecordStore;

// How long things wait. Tests shrink them to milliseconds.
struct FlowTimings
{
    // The "saved" confirmation stays this long, then the desk is ready for the next candidate.
    std::chrono::milliseconds savedNotice { 6000 };
};

// One row of the home screen's list: enough to recognise a record, masked for a screen the public sees.
struct RecordRow
{
    QUuid id;
    QDateTime createdAt;
    QString maskedName;
    QString maskedIdNumber;
    RecordState state = RecordState::Draft;
    EntryMethod entryMethod = EntryMethod::Manual;
};

struct HomeSummary
{
    qsizetype createdToday = 0;
    qsizetype awaitingUpload = 0;
    QList<RecordRow> recent;
};

// A card read, waiting for the clerk to look at it.
struct CardReading
{
    Devices::IdCardData card;
    QList<CardCheck> checks;
    bool canSave = false; // no error-severity check failed
    QImage photo; // decoded once, on arrival; null without a decoder or when it failed
    bool photoDecoderInstalled = false; // tells the two apart for the placeholder
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
        const ManualEntryValidator &validator, const Devices::WltPhotoDecoder &photos, const Clock &clock,
        FlowTimings timings = {}, QObject *parent = nullptr);

    FlowStep step() const { return m_step; }
    const std::optional<Operator> &currentOperator() const { return m_operator; }
    const std::optional<CandidateRecord> &lastSaved() const { return m_lastSaved; }
    const std::optional<CardReading> &cardUnderReview() const { return m_card; }
    const ManualEntryValidator &validator() const { return m_validator; }
    QDate today() const;
    // Time left before the saved notice gives way to the next candidate.
    std::chrono::milliseconds savedNoticeRemaining() const
    {
        return std::chrono::milliseconds(std::max(0, m_savedNoticeTimer.remainingTime()));
    }
    Result<HomeSummary> homeSummary(int recentLimit = 50) const;

    // Intents. Each returns what the screen needs to show; the flow decides where to go.
    Status start();
    Result<Operator> createFirstSupervisor(const NewOperator &request);
    Result<Operator> login(const QString &username, const QString &password);
    void logout();
    void startManualEntry();
    void cancelEntry();
    EntrySubmission submitManualEntry(const ManualEntryForm &form);
    // From the reader: taken at home, while reviewing (replaces) or on the saved notice; ignored
    // while a form is being typed, so nothing typed is lost.
    bool presentCard(const Devices::IdCardData &card);
    Result<CandidateRecord> confirmCard();
    void discardCard();
    void nextCandidate();

Q_SIGNALS:
    void stepChanged(RegPoint::Kiosk::FlowStep step);
    void recordsChanged();

private:
    bool apply(FlowEvent event);

    OperatorService &m_operators;
    RecordStore &m_records;
    RecordRegistrar &m_registrar;
    const ManualEntryValidator &m_validator;
    const Devices::WltPhotoDecoder &m_photos;
    const Clock &m_clock;
    FlowTimings m_timings;
    FlowStep m_step = FlowStep::Starting;
    std::optional<Operator> m_operator;
    std::optional<CandidateRecord> m_lastSaved;
    std::optional<CardReading> m_card;
    QTimer m_savedNoticeTimer;
};

} // namespace RegPoint::Kiosk
