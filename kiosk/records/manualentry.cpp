#include "manualentry.h"

#include "identity/nationtable.h"
#include "identity/regiondirectory.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace RegPoint::Kiosk {

namespace {

struct ManualEntryTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::ManualEntry)
};

// Chinese names may carry the middle dot of minority names; permits carry Latin names with spaces.
bool isPlausibleName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[\\p{Han}\\x{00B7}A-Za-z][\\p{Han}\\x{00B7}A-Za-z .'-]*$"));
    return pattern.match(name).hasMatch();
}

} // namespace

std::optional<QString> ManualEntryCheck::problemFor(EntryField field) const
{
    for (const FieldProblem &problem : problems) {
        if (problem.field == field)
            return problem.message;
    }
    return std::nullopt;
}

ManualEntryValidator::ManualEntryValidator(const NationTable &nations, const RegionDirectory &regions)
    : m_nations(nations)
    , m_regions(regions)
{ }

IdNumber ManualEntryValidator::checkIdNumber(const QString &text, const QDate &today) const
{
    return IdNumber::parse(text, today, &m_regions);
}

ManualEntryCheck ManualEntryValidator::check(const ManualEntryForm &form, const QDate &today) const
{
    ManualEntryCheck result;
    auto problem = [&result](EntryField field, const QString &message) { result.problems.append({ field, message }); };

    const QString name = form.name.simplified();
    if (name.isEmpty())
        problem(EntryField::Name, ManualEntryTr::tr("Enter the name exactly as printed on the document."));
    else if (name.size() > kMaxNameLength)
        problem(EntryField::Name,
            ManualEntryTr::tr(
                "The name is longer than %n characters. Check it against the document.", nullptr, kMaxNameLength));
    else if (!isPlausibleName(name))
        problem(EntryField::Name,
            ManualEntryTr::tr(
                "The name may contain only Chinese characters, the dot · of minority names, or Latin letters. "
                "Remove digits and symbols."));

    // A resident card or household register carries the ID number, whose digits the gender and
    // birth date must agree with; a passport or permit number is checked by its own format.
    const bool idNumberDocument = carriesIdNumber(form.documentType);
    const IdNumber id = idNumberDocument ? checkIdNumber(form.idNumber, today) : IdNumber();
    const QString otherNumber = idNumberDocument ? QString() : normalizedDocumentNumber(form.idNumber);
    if (idNumberDocument) {
        if (!id.isValid())
            problem(EntryField::IdNumber, id.errorMessage());
        else if (id.warning() != IdNumberWarning::None)
            result.warnings.append(IdNumber::warningMessage(id.warning()));
    } else if (const std::optional<QString> wrong = documentNumberProblem(form.documentType, otherNumber)) {
        problem(EntryField::IdNumber, *wrong);
    }

    if (form.gender == Gender::Unknown)
        problem(EntryField::Gender, ManualEntryTr::tr("Choose the gender shown on the document."));
    else if (id.isValid() && form.gender != id.gender())
        problem(EntryField::Gender,
            ManualEntryTr::tr("The gender does not match the ID number (digit 17 says %1). Check both on the document.")
                .arg(genderName(id.gender())));

    if (!m_nations.find(form.nationCode))
        problem(EntryField::Nation, ManualEntryTr::tr("Choose the ethnic group shown on the document."));

    if (!form.birthDate.isValid())
        problem(EntryField::BirthDate, ManualEntryTr::tr("Enter the date of birth shown on the document."));
    else if (form.birthDate > today)
        problem(
            EntryField::BirthDate, ManualEntryTr::tr("The date of birth is after today. Check it on the document."));
    else if (id.isValid() && form.birthDate != id.birthDate())
        problem(EntryField::BirthDate,
            ManualEntryTr::tr("The date of birth does not match the ID number (%1). Check both on the document.")
                .arg(id.birthDate().toString(Qt::ISODate)));

    const QString address = form.address.simplified();
    if (address.isEmpty())
        problem(EntryField::Address, ManualEntryTr::tr("Enter the address exactly as printed on the document."));
    else if (address.size() > kMaxAddressLength)
        problem(EntryField::Address,
            ManualEntryTr::tr("The address is longer than %n characters. Check it against the document.", nullptr,
                kMaxAddressLength));

    if (result.isAcceptable())
        result.identity = CandidateIdentity { name, idNumberDocument ? id.text() : otherNumber, form.gender,
            form.nationCode, form.birthDate, address, form.documentType };
    return result;
}

} // namespace RegPoint::Kiosk
