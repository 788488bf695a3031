#pragma once

#include "result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace RegPoint::Kiosk {

class IntakeClient;
class PointConfig;
class SerialPool;

// The last step of a sync run: fetch the province's settings for this point and keep them once
// checked, then, when fewer than kLowWater 报名流水号 are left, ask for a new block (with the
// request id kept beforehand, so a lost answer is asked for again, never twice) and give it to
// the records that waited. Whatever fails here is reported and holds no record back.
class ConfigRefresh : public QObject
{
    Q_OBJECT

public:
    ConfigRefresh(IntakeClient &client, PointConfig &config, SerialPool &serials, QByteArray caPem, QString pointCode,
        QObject *parent = nullptr);

    static constexpr qint64 kLowWater = 100;

    void start(std::function<void(const std::optional<Failure> &)> done);
    // The retention period of the settings kept (nullopt before the point has any).
    std::optional<int> retentionDays() const;

private:
    void keepBundle(const Result<QJsonObject> &answer);
    void askForBlock();
    void keepBlock(const Result<QJsonObject> &answer);
    void end(const std::optional<Failure> &failure);

    IntakeClient &m_client;
    PointConfig &m_config;
    SerialPool &m_serials;
    QByteArray m_caPem;
    QString m_pointCode;
    std::function<void(const std::optional<Failure> &)> m_done;
};

} // namespace RegPoint::Kiosk
