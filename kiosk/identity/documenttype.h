#pragma once

#include <QString>

#include <optional>

namespace RegPoint::Kiosk {

// The ID document a candidate's identity was taken from. A card is read from its chip; the
// others are typed under a supervisor's approval (DESIGN.md: a typed document is an exception).
enum class DocumentType
{
    ResidentCard, // 居民身份证 (and the residence permits that share its number format)
    HouseholdRegister, // 户口簿: for a candidate without a card; it carries the citizen ID number
    Passport, // 护照
    HkMacaoPermit, // 港澳居民来往内地通行证
    TaiwanPermit, // 台湾居民来往大陆通行证
};

inline constexpr DocumentType kDocumentTypes[] = { DocumentType::ResidentCard, DocumentType::HouseholdRegister,
    DocumentType::Passport, DocumentType::HkMacaoPermit, DocumentType::TaiwanPermit };

QString documentTypeKey(DocumentType type); // "resident-card", ...: what records store
std::optional<DocumentType> documentTypeFromKey(QStringView key);
QString documentTypeName(DocumentType type); // in the clerk's language
QString documentTypeChineseName(DocumentType type); // as printed on the registration sheet

// The document's number is the 18-character citizen ID number (its digits give the birth date
// and gender, which the form must then agree with).
bool carriesIdNumber(DocumentType type);

// A typed number of a document without a citizen ID number, as the record keeps it: spaces
// removed, letters upper case.
QString normalizedDocumentNumber(const QString &typed);
// Why `number` (normalized) cannot be a number of `type`, in the clerk's language; nullopt when
// it can. Only for documents that do not carry an ID number.
std::optional<QString> documentNumberProblem(DocumentType type, const QString &number);

} // namespace RegPoint::Kiosk
