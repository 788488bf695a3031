#include "simulatedcards.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RegPoint::Devices {

namespace {

std::optional<CardType> typeFromKey(const QString &key)
{
    for (CardType type : { CardType::Resident, CardType::HkMoTw, CardType::Foreign2017, CardType::Foreign2023 }) {
        if (cardTypeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

QDate isoDate(const QString &text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? date : QDate::fromString(text, QStringLiteral("yyyyMMdd"));
}

} // namespace

QList<IdCardData> cardsFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.object().value(QStringLiteral("cards")).isArray()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("no \"cards\" array");
        return {};
    }
    QList<IdCardData> cards;
    for (const QJsonValue value : doc.object().value(QStringLiteral("cards")).toArray()) {
        const QJsonObject o = value.toObject();
        auto s = [&o](const char *key) { return o.value(QString::fromLatin1(key)).toString(); };
        const auto type = typeFromKey(s("type").isEmpty() ? QStringLiteral("resident") : s("type"));
        if (!type) {
            if (error)
                *error = QStringLiteral("unknown card type %1").arg(s("type"));
            return {};
        }
        IdCardData card;
        card.type = *type;
        card.name = s("name");
        card.nameEn = s("name_en");
        card.genderCode = s("gender").isEmpty() ? QChar(u'0') : s("gender").front();
        card.nationCode = s("nation");
        card.birthDate = isoDate(s("birth_date"));
        if (!card.birthDate.isValid())
            card.birthDateText = s("birth_date");
        card.address = s("address");
        card.idNumber = s("id_number");
        card.authority = s("authority");
        card.validFrom = isoDate(s("valid_from"));
        card.validForLife = s("valid_to") == QStringLiteral("长期");
        card.validTo = isoDate(s("valid_to"));
        card.passNumber = s("pass_number");
        card.issueCount = s("issue_count");
        card.nationality = s("nationality");
        card.cardVersion = s("card_version");
        card.addedAddress = s("added_address");
        cards.append(card);
    }
    return cards;
}

QList<IdCardData> demoCards()
{
    QFile file(QStringLiteral(":/devices/demo-cards.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return cardsFromJson(file.readAll());
}

} // namespace RegPoint::Devices
