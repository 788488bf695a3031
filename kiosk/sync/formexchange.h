#pragma once

#include "result.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace RegPoint::Kiosk {

class FormShelf;
class IntakeClient;

// The sheets' step of a sync run, after the records: the confirmations the desk took go to the
// province (POST /v1/confirmations), then the frozen forms that arrived since the last one kept
// come down, a page at a time (GET /v1/forms?after=N), each checked and kept encrypted. Whatever
// fails here is reported and holds no record back; the next run starts again where this stopped.
class FormExchange : public QObject
{
    Q_OBJECT

public:
    FormExchange(IntakeClient &client, FormShelf &shelf, QObject *parent = nullptr);

    struct Outcome
    {
        qsizetype confirmationsSent = 0;
        qsizetype formsReceived = 0;
        std::optional<Failure> failure;
    };
    void start(std::function<void(const Outcome &)> done);

private:
    void sendConfirmations();
    // `confirmationsFailure`: why the confirmations could not go; reported, the forms come anyway.
    void fetchForms(std::optional<Failure> confirmationsFailure = std::nullopt);
    void end(std::optional<Failure> failure);

    IntakeClient &m_client;
    FormShelf &m_shelf;
    Outcome m_outcome;
    std::function<void(const Outcome &)> m_done;
};

} // namespace RegPoint::Kiosk
