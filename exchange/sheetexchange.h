#pragma once

#include "frozenform.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace RegPoint::Exchange {

class IntakeSigner;
class IntakeSignatureVerifier;

// A frozen form as the province serves it to the point whose record it completes (GET /v1/forms),
// signed as {"form", "signature", "certificate"}: the body is the form with the point's code and
// the form's place in the province's sequence of frozen forms, so a signed form cannot be handed
// to another point and the point can ask for "what came after N".
struct ServedForm
{
    static constexpr QLatin1StringView kSignedKey { "form" };

    QString pointCode;
    qint64 seq = 0;
    FrozenForm form;

    QJsonObject toJson() const;
    static Result<ServedForm> fromJson(const QJsonObject &json);
};

QJsonObject signServedForm(const IntakeSigner &signer, const ServedForm &served);
// The form once signed by the CA's intake signer for this point (form.foreign otherwise).
Result<ServedForm> verifyServedForm(const QJsonObject &signedForm, const IntakeSignatureVerifier &verifier,
    const QString &pointCode, const QDateTime &at);

// One page of GET /v1/forms?after=N&limit=M: signed forms, and the sequence number to ask after next.
struct FormsPage
{
    static constexpr int kMaxPage = 200;
    QList<QJsonObject> forms; // each signed, as signServedForm made it
    qint64 next = 0;

    QJsonObject toJson() const;
    static Result<FormsPage> fromJson(const QJsonObject &json);
};

// What happened at the desk once the candidate held the printed sheet (POST /v1/confirmations):
// signed as printed, or a correction asked for, with the reason the clerk wrote down. Names the
// content hash of the form the sheet was printed from, so a confirmation of an older form is not
// taken for the newer one.
struct SheetConfirmation
{
    enum class Outcome
    {
        Signed,
        Correction,
    };
    QUuid recordId;
    QString serial;
    QString formSha256;
    Outcome outcome = Outcome::Signed;
    QString reason; // Correction only: what the candidate says is wrong
    QDateTime confirmedAt;
    QString clerk; // the operator's login, as the audit log names it

    static constexpr qsizetype kMaxReason = 200;
    static constexpr int kMaxPerRequest = 500;

    QJsonObject toJson() const;
    static Result<SheetConfirmation> fromJson(const QJsonObject &json, const QString &path = {});
    bool operator==(const SheetConfirmation &) const = default;
};

QString outcomeName(SheetConfirmation::Outcome outcome); // signed | correction

// {"confirmations": [...]} both ways.
QJsonObject confirmationsJson(const QList<SheetConfirmation> &confirmations);
Result<QList<SheetConfirmation>> confirmationsFromJson(const QJsonObject &json);

// The province's answer, per confirmation: kept (now or before), or refused with a code
// (confirmation.unknown-form: no frozen form of this point's has that record; confirmation.stale-form:
// the sheet was printed from another version of the form; confirmation.conflict: other words were
// kept under the same record and second).
struct ConfirmationAnswer
{
    QUuid recordId;
    QDateTime confirmedAt;
    QString code; // "ok" when kept
    bool kept() const { return code == u"ok"; }
};
QJsonObject confirmationAnswersJson(const QList<ConfirmationAnswer> &answers);
Result<QList<ConfirmationAnswer>> confirmationAnswersFromJson(const QJsonObject &json);

} // namespace RegPoint::Exchange
