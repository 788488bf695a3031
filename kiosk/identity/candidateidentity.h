#pragma once

#include "identity/documenttype.h"
#include "identity/idnumber.h"
#include "recorddocument.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace RegPoint::Kiosk {

// What the ID document says about the candidate. Personal data: only ever stored encrypted.
struct CandidateIdentity
{
    QString name;
    QString idNumber;
    Gender gender = Gender::Unknown;
    QString nationCode; // GB/T 3304
    QDate birthDate;
    QString address;
    DocumentType documentType = DocumentType::ResidentCard; // a chip is always a resident card's

    // As both sides of the exchange write it; the canonical JSON is also the at-rest form.
    Exchange::IdentityDocument toDocument() const;
    static CandidateIdentity fromDocument(const Exchange::IdentityDocument &document);
    QByteArray toCanonicalJson() const;
    static std::optional<CandidateIdentity> fromJson(const QByteArray &json);
    bool operator==(const CandidateIdentity &) const = default;
};

} // namespace RegPoint::Kiosk
