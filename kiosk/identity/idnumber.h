#pragma once

#include <QDate>
#include <QString>

namespace RegPoint::Kiosk {

class RegionDirectory;

enum class Gender
{
    Unknown,
    Male,
    Female,
    Unstated
};

// Why an ID number was refused. Each has its own message (IdNumber::reasonMessage).
enum class IdNumberError
{
    None,
    Empty,
    WrongLength, // not 18 characters
    BadCharacter, // a non-digit in the first 17, or not digit/X at the end
    UnknownProvince, // first two digits are no GB/T 2260 province
    BadBirthDate, // digits 7-14 are no calendar date
    BirthInFuture,
    BirthTooEarly, // before 1900: certainly a typing error
    BadCheckDigit, // ISO 7064 MOD 11-2 failed
};

// Not a refusal: something a clerk should look at (an ID keeps its first address code for life,
// so an abolished county is normal).
enum class IdNumberWarning
{
    None,
    UnknownCounty
};

// A citizen identity number per GB 11643-1999. Construct with parse(); a value is either valid
// (isValid()) or carries the first error found.
class IdNumber
{
public:
    // `today` is injected so tests and day rollovers never depend on the wall clock.
    // `regions` is optional: without it the county check is skipped.
    static IdNumber parse(const QString &input, const QDate &today, const RegionDirectory *regions = nullptr);

    static QChar checkCharacter(QStringView first17);
    static bool isKnownProvince(int code);
    // "湖南" / "Hunan" for 43; empty for an unknown code.
    static QString provinceName(int code);
    static QString reasonMessage(IdNumberError error);
    static QString warningMessage(IdNumberWarning warning);

    bool isValid() const { return m_error == IdNumberError::None; }
    IdNumberError error() const { return m_error; }
    IdNumberWarning warning() const { return m_warning; }
    QString errorMessage() const { return reasonMessage(m_error); }

    // Normalised: trimmed, lowercase x as X. Set even when invalid, so a form can echo it.
    QString text() const { return m_text; }
    QString masked() const; // 4301**********123X style, for lists and logs-free displays
    QDate birthDate() const { return m_birthDate; }
    Gender gender() const { return m_gender; }
    QString provinceCode() const { return m_text.left(2); }
    QString countyCode() const { return m_text.left(6); }
    QChar expectedCheckCharacter() const { return m_expectedCheck; }

private:
    QString m_text;
    IdNumberError m_error = IdNumberError::Empty;
    IdNumberWarning m_warning = IdNumberWarning::None;
    QDate m_birthDate;
    Gender m_gender = Gender::Unknown;
    QChar m_expectedCheck;
};

QString genderName(Gender gender);
// GB/T 2261.1 codes, as the card and the stored record carry them: '0' unknown, '1' male,
// '2' female, '9' unstated.
Gender genderFromCode(QChar code);
QChar genderCode(Gender gender);

} // namespace RegPoint::Kiosk
