#include "idcarddata.h"

namespace RegPoint::Devices {

namespace {

constexpr int kTextSize = 256;
constexpr int kTypeFlagOffset = 248;

QString field(QByteArrayView text, int offset, int length)
{
    return decodeUcs2(text.sliced(offset, length));
}

QChar firstChar(const QString &text)
{
    return text.isEmpty() ? QChar(u'0') : text.front();
}

QDate dateField(const QString &yyyymmdd)
{
    return QDate::fromString(yyyymmdd, QStringLiteral("yyyyMMdd"));
}

void setValidity(IdCardData &card, QByteArrayView text, int fromOffset, int toOffset)
{
    card.validFrom = dateField(field(text, fromOffset, 16));
    const QString to = field(text, toOffset, 16);
    card.validForLife = to == QStringLiteral("长期");
    if (!card.validForLife)
        card.validTo = dateField(to);
}

void setBirth(IdCardData &card, const QString &text)
{
    card.birthDateText = text;
    card.birthDate = dateField(text);
}

// Characters no field of a card holds: control and format characters (line breaks, escapes,
// bidirectional overrides), surrogates (UCS-2 has none), noncharacters. Private use stays: rare
// name characters are encoded there.
bool holdsForeignCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const QChar::Category category = c.category();
        return category == QChar::Other_Control || category == QChar::Other_Format || c.isSurrogate()
            || c.isNonCharacter();
    });
}

// The type flag (§3.4): a space (or NUL) on a resident card, else 'I', 'J' or 'Y'.
bool knownTypeFlag(QByteArrayView text)
{
    const char flag = text[kTypeFlagOffset];
    return text[kTypeFlagOffset + 1] == 0 && (flag == ' ' || flag == 0 || flag == 'I' || flag == 'J' || flag == 'Y');
}

CardType typeOf(QByteArrayView text)
{
    if (text.size() < kTextSize || text[kTypeFlagOffset + 1] != 0)
        return CardType::Resident;
    switch (text[kTypeFlagOffset]) {
    case 'J':
        return CardType::HkMoTw;
    case 'I':
        return CardType::Foreign2017;
    case 'Y':
        return CardType::Foreign2023;
    default:
        return CardType::Resident;
    }
}

} // namespace

QString decodeUcs2(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size() / 2);
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        out.append(QChar(char16_t(quint8(bytes[i]) | quint8(bytes[i + 1]) << 8)));
    while (!out.isEmpty() && (out.back() == u' ' || out.back() == QChar(0)))
        out.chop(1);
    return out;
}

QString cardTypeKey(CardType type)
{
    switch (type) {
    case CardType::Resident:
        return QStringLiteral("resident");
    case CardType::HkMoTw:
        return QStringLiteral("hk_mo_tw");
    case CardType::Foreign2017:
        return QStringLiteral("foreign_2017");
    case CardType::Foreign2023:
        return QStringLiteral("foreign_2023");
    }
    return {};
}

IdCardData parseCardText(QByteArrayView text)
{
    IdCardData card;
    if (text.size() < kTextSize)
        return card;
    card.type = typeOf(text);
    switch (card.type) {
    case CardType::Resident:
    case CardType::HkMoTw:
        card.name = field(text, 0, 30);
        card.genderCode = firstChar(field(text, 30, 2));
        if (card.type == CardType::Resident)
            card.nationCode = field(text, 32, 4);
        setBirth(card, field(text, 36, 16));
        card.address = field(text, 52, 70);
        card.idNumber = field(text, 122, 36);
        card.authority = field(text, 158, 30);
        setValidity(card, text, 188, 204);
        if (card.type == CardType::HkMoTw) {
            card.passNumber = field(text, 220, 18);
            card.issueCount = field(text, 238, 4);
        }
        break;
    case CardType::Foreign2017:
        card.nameEn = field(text, 0, 120);
        card.genderCode = firstChar(field(text, 120, 2));
        card.idNumber = field(text, 122, 30);
        card.nationality = field(text, 152, 6);
        card.name = field(text, 158, 30);
        setValidity(card, text, 188, 204);
        setBirth(card, field(text, 220, 16));
        card.cardVersion = field(text, 236, 4);
        card.authority = field(text, 240, 8);
        break;
    case CardType::Foreign2023:
        card.name = field(text, 0, 30);
        card.genderCode = firstChar(field(text, 30, 2));
        card.issueCount = field(text, 32, 4);
        setBirth(card, field(text, 36, 16));
        // The English name runs over two slots, chars 1-35 then 36-46; a short name leaves the
        // second slot blank. Joined untrimmed, so a space at the seam survives.
        card.nameEn = decodeUcs2(QByteArray(text.sliced(52, 70).toByteArray() + text.sliced(220, 22).toByteArray()));
        card.idNumber = field(text, 122, 36);
        setValidity(card, text, 188, 204);
        card.nationality = field(text, 242, 6);
        break;
    }
    return card;
}

QByteArray encodeUcs2(const QString &text, int bytes)
{
    QByteArray out(bytes, '\0');
    for (int i = 0; i + 1 < bytes; i += 2) {
        const char16_t c = i / 2 < text.size() ? text.at(i / 2).unicode() : u' ';
        out[i] = char(c & 0xFF);
        out[i + 1] = char(c >> 8);
    }
    return out;
}

QByteArray encodeCardText(const IdCardData &card)
{
    QByteArray text(kTextSize, '\0');
    auto put = [&text](int offset, int length, const QString &value) {
        text.replace(offset, length, encodeUcs2(value, length));
    };
    const QString to = card.validForLife ? QStringLiteral("长期") : card.validTo.toString(QStringLiteral("yyyyMMdd"));
    const QString from = card.validFrom.toString(QStringLiteral("yyyyMMdd"));
    const QString birth
        = card.birthDateText.isEmpty() ? card.birthDate.toString(QStringLiteral("yyyyMMdd")) : card.birthDateText;
    const QString gender(card.genderCode.isNull() ? QChar(u'0') : card.genderCode);
    put(220, 36, QString()); // blank reserved area, then the flag
    put(248, 8, QString());
    switch (card.type) {
    case CardType::Resident:
    case CardType::HkMoTw:
        put(0, 30, card.name);
        put(30, 2, gender);
        put(32, 4, card.nationCode);
        put(36, 16, birth);
        put(52, 70, card.address);
        put(122, 36, card.idNumber);
        put(158, 30, card.authority);
        put(188, 16, from);
        put(204, 16, to);
        if (card.type == CardType::HkMoTw) {
            put(220, 18, card.passNumber);
            put(238, 4, card.issueCount);
            put(248, 2, QStringLiteral("J"));
        }
        break;
    case CardType::Foreign2017:
        put(0, 120, card.nameEn);
        put(120, 2, gender);
        put(122, 30, card.idNumber);
        put(152, 6, card.nationality);
        put(158, 30, card.name);
        put(188, 16, from);
        put(204, 16, to);
        put(220, 16, birth);
        put(236, 4, card.cardVersion);
        put(240, 8, card.authority);
        put(248, 2, QStringLiteral("I"));
        break;
    case CardType::Foreign2023:
        put(0, 30, card.name);
        put(30, 2, gender);
        put(32, 4, card.issueCount);
        put(36, 16, birth);
        put(52, 70, card.nameEn.left(35));
        put(122, 36, card.idNumber);
        put(158, 30, QString());
        put(188, 16, from);
        put(204, 16, to);
        put(220, 22, card.nameEn.mid(35));
        put(242, 6, card.nationality);
        put(248, 2, QStringLiteral("Y"));
        break;
    }
    return text;
}

QString parseAddedAddress(QByteArrayView data)
{
    return decodeUcs2(data.first(std::min<qsizetype>(data.size(), 70)));
}

std::optional<IdCardData> parseReadData(QByteArrayView data, QString *error)
{
    auto fail = [error](const char *why) {
        if (error)
            *error = QString::fromLatin1(why);
        return std::nullopt;
    };
    // 30 01: textLen(2) photoLen(2) text photo;  30 10: textLen photoLen fpLen text photo fp.
    if (data.size() < 4)
        return fail("read answer shorter than its length fields");
    const int textLen = quint8(data[0]) << 8 | quint8(data[1]);
    const int photoLen = quint8(data[2]) << 8 | quint8(data[3]);
    int headerLen = 4;
    int fingerprintLen = 0;
    // With fingerprints the answer carries a third length field: tell the variants apart by size.
    if (data.size() >= 6 && data.size() != 4 + textLen + photoLen) {
        fingerprintLen = quint8(data[4]) << 8 | quint8(data[5]);
        headerLen = 6;
    }
    if (textLen != kTextSize)
        return fail("text block is not 256 bytes");
    if (data.size() != headerLen + textLen + photoLen + fingerprintLen)
        return fail("length fields do not add up to the answer's size");
    if (!knownTypeFlag(data.sliced(headerLen, textLen)))
        return fail("unknown card type flag");
    IdCardData card = parseCardText(data.sliced(headerLen, textLen));
    const QString gender(card.genderCode);
    for (const QString &text : { card.name, card.nameEn, gender, card.nationCode, card.birthDateText, card.address,
             card.idNumber, card.authority, card.passNumber, card.issueCount, card.nationality, card.cardVersion }) {
        if (holdsForeignCharacters(text))
            return fail("text block holds control or format characters");
    }
    card.photoWlt = data.sliced(headerLen + textLen, photoLen).toByteArray();
    card.fingerprintBytes = fingerprintLen;
    return card;
}

} // namespace RegPoint::Devices
