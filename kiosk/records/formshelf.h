#pragma once

#include "frozenform.h"
#include "result.h"
#include "sheetexchange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace RegPoint::Exchange {
class IntakeSignatureVerifier;
}

namespace RegPoint::Kiosk {

class AuditLog;
class Clock;
class Database;
class LocalVault;

// The point's copy of its candidates' frozen forms, and what the desk did with each printed
// registration sheet. A form is kept only when the province's intake signer signed it for this
// point and it completes one of this point's records under the number that record was given; it
// is kept as it was signed, encrypted, and its signature is checked again each time it is read,
// so a form changed in the data folder (even by someone holding the local key) is never printed.
class FormShelf
{
public:
    FormShelf(Database &database, const LocalVault &vault, const Clock &clock, AuditLog &audit, const QByteArray &caPem,
        QString pointCode);
    ~FormShelf();
    // The province's CA and this point's code, once the point is provisioned (empty before: no
    // form is kept or read).
    void pin(const QByteArray &caPem, const QString &pointCode);

    // What became of a page the province served.
    struct ServedPage
    {
        qsizetype kept = 0;
        // Signed by the province but not this point's to take (a record it does not hold, another
        // number): set aside by number, so the forms after it still come.
        qsizetype setAside = 0;
        // A form's signature did not check: the page stops there, and the next fetch asks for it
        // again (its number cannot be trusted to skip anything).
        bool stopped = false;
        std::optional<Failure> problem; // the first form set aside or stopping the page
    };
    // One page the province served (GET /v1/forms, in the province's order): each form checked
    // and kept (a newer number for a record replaces the form kept), in one transaction with an
    // audit event for what was kept and one for each form refused. Fails only when the store does.
    Result<ServedPage> keepServed(const QList<QJsonObject> &signedForms);
    // The highest number kept or set aside: what the next fetch asks after (0 for none).
    Result<qint64> lastSeq() const;
    Result<qsizetype> count() const;
    // Forms set aside (ServedPage::setAside), for as long as the point keeps them on record.
    Result<qsizetype> setAsideCount() const;
    // The record's frozen form, its signature checked again; nullopt when none arrived yet.
    Result<std::optional<Exchange::FrozenForm>> form(const QUuid &recordId) const;

    // The candidate held the printed sheet: signed, or asked for a correction (the reason is
    // kept encrypted and travels to the province). An audit event by `operatorId`.
    Status confirm(const Exchange::SheetConfirmation &confirmation, qint64 operatorId);
    // Confirmations the province has not answered, oldest first.
    Result<QList<Exchange::SheetConfirmation>> unanswered(int limit) const;
    // The newest confirmation of a record, answered or not.
    Result<std::optional<Exchange::SheetConfirmation>> lastConfirmation(const QUuid &recordId) const;
    // Records whose newest confirmation is signed / a correction.
    struct ConfirmationCounts
    {
        qsizetype signedSheets = 0;
        qsizetype corrections = 0;
    };
    Result<ConfirmationCounts> confirmationCounts() const;
    // The province's answers (kept, or refused with a code that stays on the confirmation).
    Status keepAnswers(const QList<Exchange::ConfirmationAnswer> &answers);

private:
    // Why this point cannot take a form the province signed; nullopt when it can.
    Result<std::optional<QString>> refusalOf(const Exchange::ServedForm &served) const;
    Status keepOne(const Exchange::ServedForm &served, const QJsonObject &signedForm);
    Status setAside(const Exchange::ServedForm &served, const QString &code);
    Result<QList<Exchange::SheetConfirmation>> confirmations(const QString &where, const QVariantList &values) const;

    Database &m_database;
    const LocalVault &m_vault;
    const Clock &m_clock;
    AuditLog &m_audit;
    QString m_pointCode;
    std::unique_ptr<Exchange::IntakeSignatureVerifier> m_verifier;
};

} // namespace RegPoint::Kiosk
