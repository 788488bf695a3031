#include "idnumber.h"

#include "regiondirectory.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace RegPoint::Kiosk {

namespace {

struct IdNumberTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::IdNumber)
};

// Weights 2^(i-1) mod 11 counted from the right (ISO 7064 MOD 11-2).
constexpr std::array<int, 17> kWeights { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
constexpr char16_t kCheckChars[] = u"10X98765432";

// GB/T 2260 province-level prefixes, plus 83 used by Taiwan residence permits.
struct Province
{
    int code;
    const char *name; // translated through IdNumberTr
};
constexpr Province kProvinces[] = {
    { 11, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Beijing") },
    { 12, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Tianjin") },
    { 13, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Hebei") },
    { 14, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Shanxi") },
    { 15, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Inner Mongolia") },
    { 21, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Liaoning") },
    { 22, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Jilin") },
    { 23, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Heilongjiang") },
    { 31, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Shanghai") },
    { 32, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Jiangsu") },
    { 33, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Zhejiang") },
    { 34, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Anhui") },
    { 35, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Fujian") },
    { 36, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Jiangxi") },
    { 37, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Shandong") },
    { 41, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Henan") },
    { 42, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Hubei") },
    { 43, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Hunan") },
    { 44, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Guangdong") },
    { 45, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Guangxi") },
    { 46, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Hainan") },
    { 50, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Chongqing") },
    { 51, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Sichuan") },
    { 52, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Guizhou") },
    { 53, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Yunnan") },
    { 54, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Tibet") },
    { 61, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Shaanxi") },
    { 62, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Gansu") },
    { 63, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Qinghai") },
    { 64, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Ningxia") },
    { 65, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Xinjiang") },
    { 71, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Taiwan") },
    { 81, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Hong Kong") },
    { 82, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Macao") },
    { 83, QT_TRANSLATE_NOOP("RegPoint::Kiosk::IdNumber", "Taiwan (residence permit)") },
};

} // namespace

QChar IdNumber::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * kWeights[i];
    return { kCheckChars[sum % 11] };
}

bool IdNumber::isKnownProvince(int code)
{
    return std::any_of(
        std::begin(kProvinces), std::end(kProvinces), [code](const Province &p) { return p.code == code; });
}

QString IdNumber::provinceName(int code)
{
    for (const Province &p : kProvinces) {
        if (p.code == code)
            return IdNumberTr::tr(p.name);
    }
    return {};
}

IdNumber IdNumber::parse(const QString &input, const QDate &today, const RegionDirectory *regions)
{
    IdNumber id;
    // Chinese input methods produce full-width digits and clerks type spaces between groups.
    id.m_text = input.normalized(QString::NormalizationForm_KC);
    id.m_text.remove(QRegularExpression(QStringLiteral("\\s")));
    if (id.m_text.endsWith(u'x'))
        id.m_text[id.m_text.size() - 1] = u'X';
    const QString &t = id.m_text;

    auto fail = [&id](IdNumberError error) {
        id.m_error = error;
        return id;
    };
    if (t.isEmpty())
        return fail(IdNumberError::Empty);
    if (t.size() != 18)
        return fail(IdNumberError::WrongLength);
    for (int i = 0; i < 17; ++i) {
        if (!t.at(i).isDigit() || t.at(i).unicode() > u'9')
            return fail(IdNumberError::BadCharacter);
    }
    const QChar last = t.at(17);
    if (!(last == u'X' || (last >= u'0' && last <= u'9')))
        return fail(IdNumberError::BadCharacter);
    if (!isKnownProvince(t.left(2).toInt()))
        return fail(IdNumberError::UnknownProvince);

    const QDate birth = QDate::fromString(t.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid())
        return fail(IdNumberError::BadBirthDate);
    if (birth > today)
        return fail(IdNumberError::BirthInFuture);
    if (birth.year() < 1900)
        return fail(IdNumberError::BirthTooEarly);

    id.m_expectedCheck = checkCharacter(QStringView(t).left(17));
    if (last != id.m_expectedCheck)
        return fail(IdNumberError::BadCheckDigit);

    id.m_error = IdNumberError::None;
    id.m_birthDate = birth;
    id.m_gender = (t.at(16).unicode() - u'0') % 2 == 1 ? Gender::Male : Gender::Female;
    if (regions && !regions->isKnownCounty(id.countyCode()))
        id.m_warning = IdNumberWarning::UnknownCounty;
    return id;
}

QString IdNumber::masked() const
{
    if (m_text.size() < 8)
        return { m_text.size(), u'*' };
    // A passport or permit number is short: four and four would leave almost all of it.
    const bool idLength = m_text.size() >= 18;
    const qsizetype head = idLength ? 4 : 1;
    const qsizetype tail = idLength ? 4 : 3;
    return m_text.left(head) + QString(m_text.size() - head - tail, u'*') + m_text.right(tail);
}

QString IdNumber::reasonMessage(IdNumberError error)
{
    switch (error) {
    case IdNumberError::None:
        return {};
    case IdNumberError::Empty:
        return IdNumberTr::tr("Enter the 18-character ID number.");
    case IdNumberError::WrongLength:
        return IdNumberTr::tr(
            "An ID number has 18 characters. Count the characters on the document and type it again.");
    case IdNumberError::BadCharacter:
        return IdNumberTr::tr("Only digits are allowed, with X as the last character. Check for letters or spaces.");
    case IdNumberError::UnknownProvince:
        return IdNumberTr::tr("The first two digits are no province code. Check the start of the number.");
    case IdNumberError::BadBirthDate:
        return IdNumberTr::tr("Digits 7 to 14 are no real date of birth. Check them against the document.");
    case IdNumberError::BirthInFuture:
        return IdNumberTr::tr("The date of birth in the number lies in the future. Check digits 7 to 14.");
    case IdNumberError::BirthTooEarly:
        return IdNumberTr::tr("The date of birth in the number is before 1900. Check digits 7 to 14.");
    case IdNumberError::BadCheckDigit:
        return IdNumberTr::tr(
            "The check character does not match: one character is mistyped. Compare each digit with the document.");
    }
    return {};
}

QString IdNumber::warningMessage(IdNumberWarning warning)
{
    switch (warning) {
    case IdNumberWarning::None:
        return {};
    case IdNumberWarning::UnknownCounty:
        return IdNumberTr::tr(
            "The county code is not in today's list. This is normal for counties that were renamed or "
            "merged; check the document.");
    }
    return {};
}

Gender genderFromCode(QChar code)
{
    switch (code.unicode()) {
    case u'1':
        return Gender::Male;
    case u'2':
        return Gender::Female;
    case u'9':
        return Gender::Unstated;
    default:
        return Gender::Unknown;
    }
}

QChar genderCode(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return u'1';
    case Gender::Female:
        return u'2';
    case Gender::Unstated:
        return u'9';
    case Gender::Unknown:
        break;
    }
    return u'0';
}

QString genderName(Gender gender)
{
    switch (gender) {
    case Gender::Unknown:
        return IdNumberTr::tr("Unknown");
    case Gender::Male:
        return IdNumberTr::tr("Male");
    case Gender::Female:
        return IdNumberTr::tr("Female");
    case Gender::Unstated:
        return IdNumberTr::tr("Unstated");
    }
    return {};
}

} // namespace RegPoint::Kiosk
