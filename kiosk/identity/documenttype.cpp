#include "documenttype.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace RegPoint::Kiosk {

using namespace Qt::StringLiterals;

namespace {

struct DocumentTypeTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::DocumentType)
};

} // namespace

QString documentTypeKey(DocumentType type)
{
    switch (type) {
    case DocumentType::ResidentCard:
        return u"resident-card"_s;
    case DocumentType::HouseholdRegister:
        return u"household-register"_s;
    case DocumentType::Passport:
        return u"passport"_s;
    case DocumentType::HkMacaoPermit:
        return u"hk-macao-permit"_s;
    case DocumentType::TaiwanPermit:
        return u"taiwan-permit"_s;
    }
    return {};
}

std::optional<DocumentType> documentTypeFromKey(QStringView key)
{
    for (DocumentType type : kDocumentTypes) {
        if (key == documentTypeKey(type))
            return type;
    }
    return std::nullopt;
}

QString documentTypeName(DocumentType type)
{
    switch (type) {
    case DocumentType::ResidentCard:
        return DocumentTypeTr::tr("Resident identity card");
    case DocumentType::HouseholdRegister:
        return DocumentTypeTr::tr("Household register (no card)");
    case DocumentType::Passport:
        return DocumentTypeTr::tr("Passport");
    case DocumentType::HkMacaoPermit:
        return DocumentTypeTr::tr("Mainland travel permit for Hong Kong and Macao residents");
    case DocumentType::TaiwanPermit:
        return DocumentTypeTr::tr("Mainland travel permit for Taiwan residents");
    }
    return {};
}

QString documentTypeChineseName(DocumentType type)
{
    switch (type) {
    case DocumentType::ResidentCard:
        return u"居民身份证"_s;
    case DocumentType::HouseholdRegister:
        return u"户口簿"_s;
    case DocumentType::Passport:
        return u"护照"_s;
    case DocumentType::HkMacaoPermit:
        return u"港澳居民来往内地通行证"_s;
    case DocumentType::TaiwanPermit:
        return u"台湾居民来往大陆通行证"_s;
    }
    return {};
}

bool carriesIdNumber(DocumentType type)
{
    return type == DocumentType::ResidentCard || type == DocumentType::HouseholdRegister;
}

QString normalizedDocumentNumber(const QString &typed)
{
    QString number = typed.toUpper();
    number.remove(QRegularExpression(u"\\s"_s));
    return number;
}

std::optional<QString> documentNumberProblem(DocumentType type, const QString &number)
{
    if (number.isEmpty())
        return DocumentTypeTr::tr("Enter the document number exactly as printed.");
    switch (type) {
    case DocumentType::ResidentCard:
    case DocumentType::HouseholdRegister:
        break; // checked as an ID number (IdNumber)
    case DocumentType::Passport: {
        static const QRegularExpression passport(u"^[A-Z0-9]{5,17}$"_s);
        if (!passport.match(number).hasMatch())
            return DocumentTypeTr::tr(
                "A passport number has 5 to 17 letters and digits (a Chinese passport: E and 8 characters). Check "
                "it on the photo page.");
        break;
    }
    case DocumentType::HkMacaoPermit: {
        // H (Hong Kong) or M (Macao), then 8 digits; permits issued before 2013 have 10.
        static const QRegularExpression permit(u"^[HM](\\d{8}|\\d{10})$"_s);
        if (!permit.match(number).hasMatch())
            return DocumentTypeTr::tr(
                "A Hong Kong or Macao resident's permit number is H or M followed by 8 digits (10 on older "
                "permits). Check it on the permit.");
        break;
    }
    case DocumentType::TaiwanPermit: {
        // 8 digits since 2015; older permits have 10 digits and sometimes a letter.
        static const QRegularExpression permit(u"^(\\d{8}|\\d{10}[A-Z]?)$"_s);
        if (!permit.match(number).hasMatch())
            return DocumentTypeTr::tr(
                "A Taiwan resident's permit number has 8 digits (10 on older permits). Check it on the permit.");
        break;
    }
    }
    return std::nullopt;
}

} // namespace RegPoint::Kiosk
