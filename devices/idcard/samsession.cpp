#include "samsession.h"

#include <QIODevice>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReader, "regpoint.devices.idcard")

namespace RegPoint::Devices {

using Sam::Command;
using Sam::Status;

namespace {

bool isMovingCardError(Status status)
{
    return status == Status::ReadFailed || status == Status::CardAuthFailed || status == Status::SamAuthFailed
        || status == Status::VerifyFailed || status == Status::SelectFailed;
}

} // namespace

SamSession::SamSession(QIODevice *device, ReaderTimings timings, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_timings(timings)
{
    m_timeout.setSingleShot(true);
    m_next.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &SamSession::handleTimeout);
    connect(m_device, &QIODevice::readyRead, this, &SamSession::handleReadyRead);
}

void SamSession::start()
{
    stop();
    m_cardLatched = false;
    m_attempts = 0;
    m_damagedAnswers = 0;
    setState(ReaderState::Connecting);
    disconnect(&m_next, nullptr, this, nullptr);
    send(Command::Status, m_timings.statusTimeout);
}

void SamSession::stop()
{
    m_timeout.stop();
    m_next.stop();
    m_pending.reset();
}

void SamSession::setState(ReaderState state, ReaderError error)
{
    if (state == m_state && error == m_error)
        return;
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged(state, error);
}

void SamSession::send(Command command, std::chrono::milliseconds timeout)
{
    // Stale bytes (a late answer to a timed-out command) would be taken for this command's answer.
    m_device->readAll();
    m_decoder.reset();
    m_pending = command;
    m_pendingTimeout = timeout;
    ++m_commandsSent;
    m_device->write(Sam::request(command));
    m_timeout.start(timeout);
}

void SamSession::pollSoon(std::chrono::milliseconds delay)
{
    disconnect(&m_next, nullptr, this, nullptr);
    connect(&m_next, &QTimer::timeout, this, [this] { send(Command::FindCard, m_timings.findTimeout); });
    m_next.start(delay);
}

void SamSession::handleReadyRead()
{
    m_decoder.feed(m_device->readAll());
    while (const auto event = m_decoder.next()) {
        if (const auto *error = std::get_if<Sam::DecodeError>(&*event)) {
            ++m_protocolErrors;
            qCDebug(lcReader) << "frame error" << int(*error);
            // A corrupted answer is handled at once rather than waiting for the timeout.
            if (*error == Sam::DecodeError::BadChecksum && m_pending) {
                m_timeout.stop();
                handleDamagedAnswer();
            }
            continue;
        }
        const auto response = Sam::parseResponse(std::get<Sam::DecodedFrame>(*event).payload);
        if (!response || !m_pending) {
            ++m_protocolErrors;
            continue;
        }
        m_timeout.stop();
        m_damagedAnswers = 0;
        handleResponse(*response);
    }
}

void SamSession::handleResponse(const Sam::Response &response)
{
    const Command command = *m_pending;
    m_pending.reset();
    const Status status = response.sw3;
    if (status == Status::SamNotProvisioned || status == Status::SamSelfTestFailed) {
        handleSamFailure(status);
        return;
    }
    switch (command) {
    case Command::Status:
        if (status != Status::Ok) {
            handleSamFailure(status);
            return;
        }
        send(Command::ReadSamId, m_timings.statusTimeout);
        return;
    case Command::ReadSamId:
        m_samId = status == Status::Ok ? formatSamId(response.data) : QString();
        setState(ReaderState::Ready);
        pollSoon(std::chrono::milliseconds(0));
        return;
    case Command::FindCard:
        if (status == Status::CardFound) {
            if (m_cardLatched) {
                pollSoon(m_timings.pollInterval);
                return;
            }
            send(Command::SelectCard, m_timings.findTimeout);
            return;
        }
        // 0x80: the antenna is empty; whatever was read is gone.
        m_cardLatched = false;
        if (m_state == ReaderState::Reading) {
            // Gone between two attempts of a read: say so, rather than fall back to "place a card".
            m_attempts = 0;
            setState(ReaderState::Ready);
            Q_EMIT readFailed(
                { ReadFailureKind::CardRemoved, status, readFailureMessage(ReadFailureKind::CardRemoved) });
            pollSoon(m_timings.pollInterval);
            return;
        }
        if (m_state == ReaderState::CardPresent || m_state == ReaderState::Error)
            setState(ReaderState::Ready);
        pollSoon(m_timings.pollInterval);
        return;
    case Command::SelectCard:
        if (status == Status::Ok) {
            setState(ReaderState::Reading);
            send(Command::ReadText, m_timings.readTimeout);
        } else if (isMovingCardError(status) && m_state == ReaderState::Reading) {
            retryRead(status);
        } else {
            pollSoon(m_timings.pollInterval);
        }
        return;
    case Command::ReadText:
    case Command::ReadTextFingerprint: {
        if (status == Status::UnknownCardType) {
            m_cardLatched = true;
            setState(ReaderState::CardPresent);
            Q_EMIT readFailed(
                { ReadFailureKind::UnknownCard, status, readFailureMessage(ReadFailureKind::UnknownCard) });
            pollSoon(m_timings.pollInterval);
            return;
        }
        if (status != Status::Ok) {
            retryRead(status);
            return;
        }
        QString why;
        std::optional<IdCardData> card = parseReadData(response.data, &why);
        if (!card) {
            ++m_protocolErrors;
            qCWarning(lcReader) << "unusable read answer:" << why;
            retryRead(status);
            return;
        }
        m_card = std::move(*card);
        if (m_timings.readAddedAddress)
            send(Command::ReadAddedAddress, m_timings.addressTimeout);
        else
            finishRead();
        return;
    }
    case Command::ReadAddedAddress:
        if (status == Status::Ok)
            m_card.addedAddress = parseAddedAddress(response.data);
        finishRead();
        return;
    case Command::ResetSam:
        return;
    }
}

void SamSession::finishRead()
{
    m_cardLatched = true;
    m_attempts = 0;
    setState(ReaderState::CardPresent);
    qCInfo(lcReader) << "card read, type" << cardTypeKey(m_card.type); // never the contents
    Q_EMIT cardRead(m_card);
    m_card = {};
    pollSoon(m_timings.pollInterval);
}

void SamSession::retryRead(Status status)
{
    if (++m_attempts < m_timings.readAttempts) {
        Q_EMIT holdStillRequested();
        send(Command::FindCard, m_timings.findTimeout); // find and select precede every read
        setState(ReaderState::Reading);
        return;
    }
    m_attempts = 0;
    m_cardLatched = true;
    setState(ReaderState::CardPresent);
    const ReadFailureKind kind
        = isMovingCardError(status) ? ReadFailureKind::CardMoved : ReadFailureKind::DamagedAnswer;
    Q_EMIT readFailed({ kind, status, readFailureMessage(kind) });
    pollSoon(m_timings.pollInterval);
}

void SamSession::handleSamFailure(Status status)
{
    const ReaderError error = status == Status::SamNotProvisioned ? ReaderError::SamNotProvisioned
        : status == Status::SamSelfTestFailed                     ? ReaderError::SamFault
                                                                  : ReaderError::Protocol;
    setState(ReaderState::Error, error);
    disconnect(&m_next, nullptr, this, nullptr);
    connect(&m_next, &QTimer::timeout, this, [this] { send(Command::Status, m_timings.statusTimeout); });
    m_next.start(m_timings.retryAfterError);
}

void SamSession::handleDamagedAnswer()
{
    const Command command = *m_pending;
    if (++m_damagedAnswers < kDamagedAnswersForError) {
        send(command, m_pendingTimeout);
        return;
    }
    m_damagedAnswers = 0;
    m_pending.reset();
    qCDebug(lcReader) << "damaged answers to" << Qt::hex << quint16(command);
    if (m_state == ReaderState::Reading) {
        retryRead(Status::UnknownError); // after the last attempt: a damaged-answer failure
        return;
    }
    // Something answers, so it is no silence (and no wrong baud rate: those bytes hold no frame).
    setState(ReaderState::Error, ReaderError::Protocol);
    disconnect(&m_next, nullptr, this, nullptr);
    connect(&m_next, &QTimer::timeout, this, [this] { send(Command::Status, m_timings.statusTimeout); });
    m_next.start(m_timings.retryAfterError);
}

void SamSession::handleTimeout()
{
    const std::optional<Command> command = m_pending;
    m_pending.reset();
    if (!command)
        return;
    qCDebug(lcReader) << "no answer to" << Qt::hex << quint16(*command);
    if (m_state == ReaderState::Connecting) {
        setState(ReaderState::Error, ReaderError::NoAnswer);
        Q_EMIT noAnswerOnConnect();
        return;
    }
    if (m_state == ReaderState::Reading) {
        if (m_attempts + 1 >= m_timings.readAttempts) {
            m_attempts = 0;
            m_cardLatched = true;
            setState(ReaderState::Error, ReaderError::NoAnswer);
            Q_EMIT readFailed(
                { ReadFailureKind::NoAnswer, Status::UnknownError, readFailureMessage(ReadFailureKind::NoAnswer) });
            pollSoon(m_timings.retryAfterError);
            return;
        }
        retryRead(Status::ReadFailed);
        return;
    }
    // A silent module while idle: say so, and keep asking at a gentler pace.
    setState(ReaderState::Error, ReaderError::NoAnswer);
    pollSoon(m_timings.retryAfterError);
}

} // namespace RegPoint::Devices
