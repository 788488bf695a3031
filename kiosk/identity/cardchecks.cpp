#include "cardchecks.h"

#include "identity/idnumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace RegPoint::Kiosk {

namespace {

struct CardChecksTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::CardChecks)
};

using Devices::CardType;

// Numbers of 'Y' cards start with 9 (no province) but share the MOD 11-2 check.
CardCheck checkForeign2023Number(const QString &number)
{
    static const QRegularExpression format(QStringLiteral("^9\\d{16}[0-9X]$"));
    if (!format.match(number).hasMatch())
        return { QStringLiteral("id_number"), false, CheckSeverity::Error,
            CardChecksTr::tr(
                "The permanent residence number should have 18 characters starting with 9. Enter the document by "
                "hand.") };
    const bool ok = IdNumber::checkCharacter(QStringView(number).left(17)) == number.back();
    return { QStringLiteral("id_number"), ok, CheckSeverity::Error,
        ok ? CardChecksTr::tr("Check character correct.")
           : CardChecksTr::tr("The check character of the number is wrong: the chip data is damaged or forged.") };
}

bool hasForeignCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const QChar::Category category = c.category();
        return category == QChar::Other_Control || category == QChar::Other_Format || c.isSurrogate()
            || c.isNonCharacter();
    });
}

// A Chinese name as cards print it: ideographs (private use: rare characters), 〇, and the
// middle dot between the parts of a transliterated name.
bool isChineseName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{E000}-\\x{F8FF}\\x{3007}]"
                       "([\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{E000}-\\x{F8FF}\\x{3007}]|"
                       "\\x{00B7}(?!\\x{00B7}|$))+$"));
    return name.size() >= 2 && name.size() <= 15 && pattern.match(name).hasMatch();
}

bool isEnglishName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z ,.'-]{0,59}$"));
    return pattern.match(name).hasMatch();
}

bool matches(const QString &text, const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

} // namespace

CardCheck checkCardText(const Devices::IdCardData &card)
{
    const bool foreigner = card.type == CardType::Foreign2017 || card.type == CardType::Foreign2023;
    QStringList wrong;
    auto need = [&wrong](bool ok, const QString &field) {
        if (!ok && !wrong.contains(field))
            wrong.append(field);
    };
    for (const QString &text :
        { card.name, card.nameEn, card.nationCode, card.birthDateText, card.address, card.idNumber, card.authority,
            card.passNumber, card.issueCount, card.nationality, card.cardVersion, card.addedAddress })
        need(!hasForeignCharacters(text), CardChecksTr::tr("control characters"));
    // A foreigner's card may carry no Chinese name; every other card has one.
    need((foreigner && card.name.isEmpty()) || isChineseName(card.name), CardChecksTr::tr("name"));
    need(!foreigner || isEnglishName(card.nameEn), CardChecksTr::tr("English name"));
    need(QStringView(u"0129").contains(card.genderCode), CardChecksTr::tr("gender"));
    need(card.type != CardType::Resident || matches(card.nationCode, "^\\d{2}$"), CardChecksTr::tr("ethnic group"));
    need(card.birthDate.isValid(), CardChecksTr::tr("birth date"));
    need(matches(card.idNumber, card.type == CardType::Foreign2017 ? "^[A-Z]{3}\\d{12}$" : "^\\d{17}[\\dX]$"),
        CardChecksTr::tr("ID number"));
    need(card.validFrom.isValid() && (card.validForLife || card.validTo.isValid()), CardChecksTr::tr("validity"));
    need(card.type != CardType::HkMoTw || matches(card.passNumber, "^[A-Z0-9]{8,9}$"), CardChecksTr::tr("pass number"));
    need(card.type != CardType::HkMoTw || matches(card.issueCount, "^\\d{2}$"), CardChecksTr::tr("issue count"));
    need(
        card.type != CardType::Foreign2017 || matches(card.nationality, "^[A-Z]{3}$"), CardChecksTr::tr("nationality"));
    need(card.type != CardType::Foreign2023 || matches(card.nationality, "^\\d{3}$"), CardChecksTr::tr("nationality"));
    if (wrong.isEmpty())
        return { QStringLiteral("card_text"), true, CheckSeverity::Error,
            CardChecksTr::tr("The card's text is well formed.") };
    return { QStringLiteral("card_text"), false, CheckSeverity::Error,
        CardChecksTr::tr(
            "The card's text is not what a genuine card holds (%1): the reader or the card is faulty or forged. "
            "Place the card again; if it repeats, enter the document by hand and tell the supervisor.")
            .arg(wrong.join(QStringLiteral(", "))) };
}

QList<CardCheck> checkCard(const Devices::IdCardData &card, const QDate &today, const RegionDirectory *regions)
{
    QList<CardCheck> checks { checkCardText(card) };

    if (card.type == CardType::Foreign2017) {
        static const QRegularExpression format(QStringLiteral("^[A-Z]{3}\\d{12}$"));
        const bool ok = format.match(card.idNumber).hasMatch();
        checks.append({ QStringLiteral("id_number"), ok, CheckSeverity::Error,
            ok ? CardChecksTr::tr("Number format correct (3 letters, 12 digits).")
               : CardChecksTr::tr(
                   "The permanent residence number is not 3 letters and 12 digits: the chip data is damaged.") });
    } else if (card.type == CardType::Foreign2023) {
        checks.append(checkForeign2023Number(card.idNumber));
    } else {
        const IdNumber id = IdNumber::parse(card.idNumber, today, regions);
        checks.append({ QStringLiteral("id_number"), id.isValid(), CheckSeverity::Error,
            id.isValid() ? CardChecksTr::tr("Check character correct.") : id.errorMessage() });
        if (id.isValid()) {
            const bool birthOk = card.birthDate == id.birthDate();
            checks.append({ QStringLiteral("birth_date"), birthOk, CheckSeverity::Error,
                birthOk ? CardChecksTr::tr("Birth date matches the number.")
                        : CardChecksTr::tr(
                            "The card's birth date (%1) differs from the number's (%2): the chip data is inconsistent.")
                              .arg(card.birthDate.isValid() ? card.birthDate.toString(Qt::ISODate) : card.birthDateText,
                                  id.birthDate().toString(Qt::ISODate)) });
            const Gender cardGender = genderFromCode(card.genderCode);
            const bool genderOk = cardGender == id.gender();
            checks.append({ QStringLiteral("gender"), genderOk, CheckSeverity::Error,
                genderOk ? CardChecksTr::tr("Gender matches digit 17.")
                         : CardChecksTr::tr(
                             "The card says %1 but digit 17 of the number says %2: the chip data is inconsistent.")
                               .arg(genderName(cardGender), genderName(id.gender())) });
            const int province = id.provinceCode().toInt();
            const bool hunan = province == 43;
            const bool permit = card.type == CardType::HkMoTw;
            const bool permitPrefixOk = !permit || province == 81 || province == 82 || province == 83;
            checks.append({ QStringLiteral("province"), hunan && permitPrefixOk,
                permitPrefixOk ? CheckSeverity::Warning : CheckSeverity::Error,
                !permitPrefixOk ? CardChecksTr::tr("A residence permit number must start with 81, 82 or 83.")
                    : hunan
                    ? CardChecksTr::tr("Issued in Hunan.")
                    : CardChecksTr::tr(
                        "Issued in %1, not Hunan: check the candidate's household registration and eligibility.")
                          .arg(IdNumber::provinceName(province)) });
        }
    }

    const bool expired = !card.validForLife && (!card.validTo.isValid() || card.validTo < today);
    checks.append({ QStringLiteral("expiry"), !expired, CheckSeverity::Warning,
        card.validForLife ? CardChecksTr::tr("Valid for life.")
            : !expired    ? CardChecksTr::tr("Valid until %1.").arg(card.validTo.toString(Qt::ISODate))
            : card.validTo.isValid()
            ? CardChecksTr::tr("The card expired on %1. Follow the rules for expired cards and ask the supervisor.")
                  .arg(card.validTo.toString(Qt::ISODate))
            : CardChecksTr::tr("The card's end of validity is unreadable. Check the printed date.") });

    if (card.type == CardType::Foreign2017 || card.type == CardType::Foreign2023)
        checks.append({ QStringLiteral("document"), false, CheckSeverity::Warning,
            CardChecksTr::tr(
                "A foreigner's permanent residence card: such holders are normally not gaokao candidates. Ask the "
                "supervisor.") });
    return checks;
}

bool blocksSaving(const QList<CardCheck> &checks)
{
    return std::any_of(
        checks.begin(), checks.end(), [](const CardCheck &c) { return !c.ok && c.severity == CheckSeverity::Error; });
}

CandidateIdentity identityFromCard(const Devices::IdCardData &card)
{
    CandidateIdentity identity;
    identity.name = card.name.isEmpty() ? card.nameEn : card.name;
    identity.idNumber = card.idNumber;
    identity.gender = genderFromCode(card.genderCode);
    identity.nationCode = card.nationCode;
    identity.birthDate = card.birthDate;
    identity.address = card.addedAddress.isEmpty() ? card.address : card.addedAddress;
    return identity;
}

} // namespace RegPoint::Kiosk
