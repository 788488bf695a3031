#include "sheetexchange.h"

#include "intakesignature.h"
#include "jsonfields.h"
#include "printabletext.h"

#include <QJsonArray>

namespace RegPoint::Exchange {

using namespace Qt::StringLiterals;

QJsonObject ServedForm::toJson() const
{
    return { { u"pointCode"_s, pointCode }, { u"seq"_s, seq }, { u"form"_s, form.toJson() } };
}

Result<ServedForm> ServedForm::fromJson(const QJsonObject &json)
{
    JsonFields fields(json);
    ServedForm served;
    served.pointCode = fields.string("pointCode"_L1);
    served.seq = fields.integer("seq"_L1, 1, qint64(1) << 53);
    const QJsonObject form = fields.object("form"_L1);
    if (!fields.ok())
        return fields.failure();
    Result<FrozenForm> parsed = FrozenForm::fromJson(form);
    if (!parsed)
        return parsed.failure();
    served.form = std::move(parsed).value();
    return served;
}

QJsonObject signServedForm(const IntakeSigner &signer, const ServedForm &served)
{
    return signer.sign(ServedForm::kSignedKey, served.toJson());
}

Result<ServedForm> verifyServedForm(const QJsonObject &signedForm, const IntakeSignatureVerifier &verifier,
    const QString &pointCode, const QDateTime &at)
{
    const Result<QJsonObject> body = verifier.verify(signedForm, ServedForm::kSignedKey, at);
    if (!body)
        return body.failure();
    Result<ServedForm> served = ServedForm::fromJson(body.value());
    if (served && served->pointCode != pointCode)
        return Failure { u"form.foreign"_s, u"The form is another point's."_s };
    return served;
}

QJsonObject FormsPage::toJson() const
{
    QJsonArray list;
    for (const QJsonObject &form : forms)
        list.append(form);
    return { { u"forms"_s, list }, { u"next"_s, next } };
}

Result<FormsPage> FormsPage::fromJson(const QJsonObject &json)
{
    JsonFields fields(json);
    FormsPage page;
    const QJsonArray list = fields.array("forms"_L1, kMaxPage);
    page.next = fields.integer("next"_L1, 0, qint64(1) << 53);
    for (qsizetype i = 0; fields.ok() && i < list.size(); ++i) {
        if (!list.at(i).isObject())
            fields.refuse("forms"_L1, u"[%1] must be an object"_s.arg(i));
        page.forms.append(list.at(i).toObject());
    }
    if (!fields.ok())
        return fields.failure();
    return page;
}

QString outcomeName(SheetConfirmation::Outcome outcome)
{
    return outcome == SheetConfirmation::Outcome::Signed ? u"signed"_s : u"correction"_s;
}

QJsonObject SheetConfirmation::toJson() const
{
    return { { u"recordId"_s, uuidText(recordId) }, { u"serial"_s, serial }, { u"formSha256"_s, formSha256 },
        { u"outcome"_s, outcomeName(outcome) }, { u"reason"_s, reason }, { u"confirmedAt"_s, utcTimeText(confirmedAt) },
        { u"clerk"_s, clerk } };
}

Result<SheetConfirmation> SheetConfirmation::fromJson(const QJsonObject &json, const QString &path)
{
    JsonFields fields(json, path);
    SheetConfirmation c;
    c.recordId = fields.uuid("recordId"_L1);
    c.serial = fields.serial("serial"_L1);
    c.formSha256 = fields.sha256("formSha256"_L1);
    const QString outcome = fields.string("outcome"_L1);
    if (fields.ok() && outcome != u"signed" && outcome != u"correction")
        fields.refuse("outcome"_L1, u"signed or correction"_s);
    c.outcome = outcome == u"correction" ? Outcome::Correction : Outcome::Signed;
    c.reason = fields.string("reason"_L1);
    if (fields.ok() && c.outcome == Outcome::Correction && c.reason.trimmed().isEmpty())
        fields.refuse("reason"_L1, u"a correction names what is wrong"_s);
    else if (fields.ok() && c.outcome == Outcome::Signed && !c.reason.isEmpty())
        fields.refuse("reason"_L1, u"empty for a signed sheet"_s);
    else if (fields.ok() && (c.reason.size() > kMaxReason || !isPrintableText(c.reason)))
        fields.refuse("reason"_L1, u"at most %1 printable characters"_s.arg(kMaxReason));
    c.confirmedAt = fields.utcTime("confirmedAt"_L1);
    c.clerk = fields.string("clerk"_L1);
    if (fields.ok() && (c.clerk.isEmpty() || c.clerk.size() > 64 || !isPrintableText(c.clerk)))
        fields.refuse("clerk"_L1, u"the operator's login, 1 to 64 printable characters"_s);
    if (!fields.ok())
        return fields.failure();
    return c;
}

QJsonObject confirmationsJson(const QList<SheetConfirmation> &confirmations)
{
    QJsonArray list;
    for (const SheetConfirmation &c : confirmations)
        list.append(c.toJson());
    return { { u"confirmations"_s, list } };
}

Result<QList<SheetConfirmation>> confirmationsFromJson(const QJsonObject &json)
{
    JsonFields fields(json);
    const QJsonArray list = fields.array("confirmations"_L1, SheetConfirmation::kMaxPerRequest);
    if (!fields.ok())
        return fields.failure();
    QList<SheetConfirmation> confirmations;
    for (qsizetype i = 0; i < list.size(); ++i) {
        Result<SheetConfirmation> c
            = SheetConfirmation::fromJson(list.at(i).toObject(), fields.elementPath("confirmations"_L1, i));
        if (!c)
            return c.failure();
        confirmations.append(std::move(c).value());
    }
    return confirmations;
}

QJsonObject confirmationAnswersJson(const QList<ConfirmationAnswer> &answers)
{
    QJsonArray list;
    for (const ConfirmationAnswer &a : answers)
        list.append(QJsonObject { { u"recordId"_s, uuidText(a.recordId) },
            { u"confirmedAt"_s, utcTimeText(a.confirmedAt) }, { u"code"_s, a.code } });
    return { { u"confirmations"_s, list } };
}

Result<QList<ConfirmationAnswer>> confirmationAnswersFromJson(const QJsonObject &json)
{
    JsonFields fields(json);
    const QJsonArray list = fields.array("confirmations"_L1, SheetConfirmation::kMaxPerRequest);
    QList<ConfirmationAnswer> answers;
    for (qsizetype i = 0; fields.ok() && i < list.size(); ++i) {
        JsonFields answer(list.at(i).toObject(), fields.elementPath("confirmations"_L1, i));
        ConfirmationAnswer a { answer.uuid("recordId"_L1), answer.utcTime("confirmedAt"_L1), answer.string("code"_L1) };
        fields.adopt(answer);
        answers.append(a);
    }
    if (!fields.ok())
        return fields.failure();
    return answers;
}

} // namespace RegPoint::Exchange
