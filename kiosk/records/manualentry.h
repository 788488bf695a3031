#pragma once

#include "records/candidaterecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace RegPoint::Kiosk {

class NationTable;
class RegionDirectory;

enum class EntryField
{
    Name,
    IdNumber,
    Gender,
    Nation,
    BirthDate,
    Address
};

// What the clerk typed, as typed. Kept verbatim so nothing is lost when a field is refused.
struct ManualEntryForm
{
    QString name;
    QString idNumber; // the document's number, whatever its type
    Gender gender = Gender::Unknown; // Unknown: not chosen yet
    QString nationCode;
    QDate birthDate; // invalid: not entered
    QString address;
    DocumentType documentType = DocumentType::ResidentCard;
};

struct FieldProblem
{
    EntryField field;
    QString message; // translated, says what to do
};

struct ManualEntryCheck
{
    QList<FieldProblem> problems;
    QList<QString> warnings; // shown, but do not block saving
    std::optional<CandidateIdentity> identity; // set when there are no problems

    bool isAcceptable() const { return problems.isEmpty(); }
    std::optional<QString> problemFor(EntryField field) const;
};

// Checks a hand-typed ID document: every field, and that the fields agree with the ID number when
// the document carries one; a passport or permit number by its own format.
class ManualEntryValidator
{
public:
    ManualEntryValidator(const NationTable &nations, const RegionDirectory &regions);

    ManualEntryCheck check(const ManualEntryForm &form, const QDate &today) const;
    // The live check of the ID number alone, while the clerk is typing.
    IdNumber checkIdNumber(const QString &text, const QDate &today) const;
    const RegionDirectory &regions() const { return m_regions; }

    static constexpr int kMaxNameLength = 30; // the card holds 15 UCS-2 characters; permits hold more
    static constexpr int kMaxAddressLength = 70; // 35 on the card plus an added address

private:
    const NationTable &m_nations;
    const RegionDirectory &m_regions;
};

} // namespace RegPoint::Kiosk
