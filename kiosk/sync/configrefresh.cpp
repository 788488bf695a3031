#include "configrefresh.h"

#include "records/serialpool.h"
#include "sync/intakeclient.h"
#include "sync/pointconfig.h"
#include "syncmessages.h"

namespace RegPoint::Kiosk {

ConfigRefresh::ConfigRefresh(IntakeClient &client, PointConfig &config, SerialPool &serials, QByteArray caPem,
    QString pointCode, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_config(config)
    , m_serials(serials)
    , m_caPem(std::move(caPem))
    , m_pointCode(std::move(pointCode))
{ }

void ConfigRefresh::start(std::function<void(const std::optional<Failure> &)> done)
{
    m_done = std::move(done);
    m_client.get(QStringLiteral("/v1/config"), [this](const Result<QJsonObject> &answer) { keepBundle(answer); });
}

std::optional<int> ConfigRefresh::retentionDays() const
{
    const Result<std::optional<Exchange::ConfigBundle>> kept = m_config.current();
    if (!kept || !kept.value())
        return std::nullopt;
    return kept.value()->retentionDays;
}

void ConfigRefresh::keepBundle(const Result<QJsonObject> &answer)
{
    if (!answer)
        return end(answer.failure());
    if (const Status kept = m_config.keepSignedBundle(answer.value(), m_caPem, m_pointCode); !kept)
        return end(kept.failure());
    askForBlock();
}

void ConfigRefresh::askForBlock()
{
    // Records that waited get numbers the bundle's blocks may have brought.
    if (const Result<qsizetype> given = m_serials.assignWaiting(); !given)
        return end(given.failure());
    const Result<qint64> left = m_serials.left();
    if (!left)
        return end(left.failure());
    if (left.value() >= kLowWater)
        return end(std::nullopt);
    const Result<QUuid> request = m_serials.pendingRequest();
    if (!request)
        return end(request.failure());
    m_client.postJson(QStringLiteral("/v1/serial-blocks"), Exchange::SerialBlockRequest { request.value() }.toJson(),
        [this](const Result<QJsonObject> &answer) { keepBlock(answer); });
}

void ConfigRefresh::keepBlock(const Result<QJsonObject> &answer)
{
    if (!answer)
        return end(answer.failure());
    if (const Status kept = m_serials.keepSignedBlock(answer.value(), m_caPem, m_pointCode); !kept)
        return end(kept.failure());
    const Result<qsizetype> given = m_serials.assignWaiting();
    end(given ? std::nullopt : std::optional(given.failure()));
}

void ConfigRefresh::end(const std::optional<Failure> &failure)
{
    if (auto done = std::exchange(m_done, nullptr))
        done(failure);
}

} // namespace RegPoint::Kiosk
