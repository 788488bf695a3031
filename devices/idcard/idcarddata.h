#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace RegPoint::Devices {

enum class CardType
{
    Resident, // 居民身份证
    HkMoTw, // 'J' 港澳台居民居住证
    Foreign2017, // 'I' 外国人永久居留身份证 (2017)
    Foreign2023, // 'Y' 外国人永久居留身份证 (2023)
};

// Everything the chip holds that the desk uses, as read. Personal data: kept in memory only.
struct IdCardData
{
    CardType type = CardType::Resident;
    QString name; // Chinese name (all types)
    QString nameEn; // 'I' and 'Y' cards
    QChar genderCode; // GB/T 2261.1: '0' unknown, '1' male, '2' female, '9' unstated
    QString nationCode; // resident cards only: "01".."56", "97", "98"
    QDate birthDate;
    QString birthDateText; // as on the chip, for the cross-check when it is no date
    QString address;
    QString idNumber; // citizen number, permit number, or 'I' card number
    QString authority;
    QDate validFrom;
    QDate validTo; // invalid when validForLife
    bool validForLife = false; // "长期"
    QString passNumber; // 'J': 通行证号码
    QString issueCount; // 'J': 签发次数, 'Y': 换证次数
    QString nationality; // 'I': ISO 3166 alpha-3; 'Y': numeric code
    QString cardVersion; // 'I'
    QString addedAddress; // from 30 03, when the card carries one
    QByteArray photoWlt; // 1024 bytes, encrypted vendor format; decoded by a plug-in
    int fingerprintBytes = 0;
};

QString cardTypeKey(CardType type); // "resident", "hk_mo_tw", "foreign_2017", "foreign_2023"

// Parses the SAM's answer data to 30 01 / 30 10 (after SW1..SW3): length fields, text, photo.
// Refuses (nullopt, `error` says why) an answer no card gives: lengths that do not add up, an
// unknown type flag, control or format characters in any text field.
std::optional<IdCardData> parseReadData(QByteArrayView data, QString *error = nullptr);
// Parses the 256-byte text block by the type flag at byte 248.
IdCardData parseCardText(QByteArrayView text);
// The 70-byte added address of 30 03.
QString parseAddedAddress(QByteArrayView data);

// The inverse of parseCardText(), for the simulator and tests.
QByteArray encodeCardText(const IdCardData &card);
QByteArray encodeUcs2(const QString &text, int bytes); // space-padded

// UCS-2LE with trailing spaces and NULs trimmed; inner spaces stay (English names).
QString decodeUcs2(QByteArrayView bytes);

} // namespace RegPoint::Devices
