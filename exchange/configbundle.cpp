#include "configbundle.h"

#include "intakesignature.h"
#include "jsonfields.h"

#include <QJsonArray>

namespace RegPoint::Exchange {

using namespace Qt::StringLiterals;

namespace {
QString offsetTimeText(const QDateTime &time)
{
    return time.toString(Qt::ISODate);
}
} // namespace

QJsonObject ConfigBundle::toJson() const
{
    QJsonArray blocks;
    for (const SerialBlock &b : serialBlocks)
        blocks.append(b.toJson());
    return { { u"format"_s, QString(kFormat) }, { u"version"_s, version }, { u"issuedAt"_s, utcTimeText(issuedAt) },
        { u"pointCode"_s, pointCode },
        { u"registration"_s,
            QJsonObject { { u"opens"_s, offsetTimeText(registrationOpens) },
                { u"closes"_s, offsetTimeText(registrationCloses) } } },
        { u"photoProfile"_s,
            QJsonObject { { u"width"_s, photoProfile.width }, { u"height"_s, photoProfile.height },
                { u"minBytes"_s, photoProfile.minBytes }, { u"maxBytes"_s, photoProfile.maxBytes } } },
        { u"codeTables"_s, QJsonObject { { u"regions"_s, regionsTableSha256 } } },
        { u"limits"_s,
            QJsonObject { { u"maxPendingApprovals"_s, limits.maxPendingApprovals },
                { u"maxUnsentRecords"_s, limits.maxUnsentRecords }, { u"maxUnsentHours"_s, limits.maxUnsentHours } } },
        { u"retentionDays"_s, retentionDays }, { u"serialBlocks"_s, blocks } };
}

Result<ConfigBundle> ConfigBundle::fromJson(const QJsonObject &json)
{
    constexpr qint64 kBig = 1'000'000'000;
    JsonFields fields(json, u"bundle"_s);
    if (fields.string("format"_L1) != kFormat && fields.ok())
        fields.refuse("format"_L1, QStringLiteral("expected ") + kFormat);
    ConfigBundle bundle;
    bundle.version = fields.integer("version"_L1, 1, kBig);
    bundle.issuedAt = fields.utcTime("issuedAt"_L1);
    bundle.pointCode = fields.nonEmptyString("pointCode"_L1);

    JsonFields registration(fields.object("registration"_L1), fields.fieldPath("registration"_L1));
    bundle.registrationOpens = registration.offsetTime("opens"_L1);
    bundle.registrationCloses = registration.offsetTime("closes"_L1);
    fields.adopt(registration);

    JsonFields photo(fields.object("photoProfile"_L1), fields.fieldPath("photoProfile"_L1));
    bundle.photoProfile.width = int(photo.integer("width"_L1, 1, 10000));
    bundle.photoProfile.height = int(photo.integer("height"_L1, 1, 10000));
    bundle.photoProfile.minBytes = int(photo.integer("minBytes"_L1, 0, kBig));
    bundle.photoProfile.maxBytes = int(photo.integer("maxBytes"_L1, 1, kBig));
    fields.adopt(photo);

    JsonFields tables(fields.object("codeTables"_L1), fields.fieldPath("codeTables"_L1));
    bundle.regionsTableSha256 = tables.sha256("regions"_L1);
    fields.adopt(tables);

    JsonFields limits(fields.object("limits"_L1), fields.fieldPath("limits"_L1));
    bundle.limits.maxPendingApprovals = int(limits.integer("maxPendingApprovals"_L1, 0, kBig));
    bundle.limits.maxUnsentRecords = int(limits.integer("maxUnsentRecords"_L1, 0, kBig));
    bundle.limits.maxUnsentHours = int(limits.integer("maxUnsentHours"_L1, 0, kBig));
    fields.adopt(limits);

    bundle.retentionDays = int(fields.integer("retentionDays"_L1, 0, 3650));
    const QJsonArray blocks = fields.array("serialBlocks"_L1, 1000);
    for (qsizetype i = 0; fields.ok() && i < blocks.size(); ++i) {
        const Result<SerialBlock> block
            = SerialBlock::fromJson(blocks.at(i).toObject(), fields.elementPath("serialBlocks"_L1, i));
        if (!block)
            return block.failure();
        if (block->pointCode != bundle.pointCode)
            fields.refuse("serialBlocks"_L1, QStringLiteral("a block of another point"));
        bundle.serialBlocks.append(block.value());
    }
    if (!fields.ok())
        return fields.failure();
    return bundle;
}

QJsonObject signConfigBundle(const IntakeSigner &signer, const ConfigBundle &bundle)
{
    return signer.sign(ConfigBundle::kSignedKey, bundle.toJson());
}

Result<ConfigBundle> verifyConfigBundle(
    const QJsonObject &signedBundle, const QByteArray &caPem, const QString &pointCode, const QDateTime &at)
{
    const Result<QJsonObject> body = verifyIntakeSigned(signedBundle, ConfigBundle::kSignedKey, caPem, at);
    if (!body)
        return body.failure();
    Result<ConfigBundle> bundle = ConfigBundle::fromJson(body.value());
    if (bundle && bundle->pointCode != pointCode)
        return Failure { u"config.foreign"_s, QStringLiteral("The config bundle is another point's.") };
    return bundle;
}

} // namespace RegPoint::Exchange
