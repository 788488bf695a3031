#pragma once

#include "result.h"
#include "serialblock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace RegPoint::Exchange {

class IntakeSigner;

// The province's settings for one point ("regpoint-config/1"), signed as
// {"bundle", "signature", "certificate"} (GET /v1/config).
struct ConfigBundle
{
    static constexpr QLatin1StringView kFormat { "regpoint-config/1" };
    static constexpr QLatin1StringView kSignedKey { "bundle" };

    qint64 version = 0;
    QDateTime issuedAt;
    QString pointCode;
    QDateTime registrationOpens; // with the province's offset (+08:00)
    QDateTime registrationCloses;
    struct PhotoProfile
    {
        int width = 480;
        int height = 640;
        int minBytes = 20480;
        int maxBytes = 40960;
    } photoProfile;
    QString regionsTableSha256;
    struct Limits
    {
        int maxPendingApprovals = 200;
        int maxUnsentRecords = 500;
        int maxUnsentHours = 24;
    } limits;
    int retentionDays = 30;
    QList<SerialBlock> serialBlocks;

    QJsonObject toJson() const;
    static Result<ConfigBundle> fromJson(const QJsonObject &json);
};

QJsonObject signConfigBundle(const IntakeSigner &signer, const ConfigBundle &bundle);
// The bundle once signed by the CA's intake signer for this point (config.foreign otherwise).
Result<ConfigBundle> verifyConfigBundle(
    const QJsonObject &signedBundle, const QByteArray &caPem, const QString &pointCode, const QDateTime &at);

} // namespace RegPoint::Exchange
