#include "candidateidentity.h"

#include "canonicaljson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace RegPoint::Kiosk {

Exchange::IdentityDocument CandidateIdentity::toDocument() const
{
    return { name, idNumber, QString(genderCode(gender)), nationCode, birthDate, address,
        documentType == DocumentType::ResidentCard ? QString() : documentTypeKey(documentType) };
}

CandidateIdentity CandidateIdentity::fromDocument(const Exchange::IdentityDocument &document)
{
    CandidateIdentity identity;
    identity.name = document.name;
    identity.idNumber = document.idNumber;
    identity.gender = document.gender.size() == 1 ? genderFromCode(document.gender.front()) : Gender::Unknown;
    identity.nationCode = document.nation;
    identity.birthDate = document.birthDate;
    identity.address = document.address;
    identity.documentType = document.documentType.isEmpty()
        ? DocumentType::ResidentCard
        : documentTypeFromKey(document.documentType).value_or(DocumentType::ResidentCard);
    return identity;
}

QByteArray CandidateIdentity::toCanonicalJson() const
{
    return Exchange::canonicalJson(toDocument().toJson());
}

std::optional<CandidateIdentity> CandidateIdentity::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return fromDocument(Exchange::IdentityDocument::fromJson(doc.object()));
}

} // namespace RegPoint::Kiosk
