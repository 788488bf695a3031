#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace RegPoint::Kiosk {

class AuditLog;
class Clock;
class Database;
class LocalVault;

// Every registration sheet sent to the printer: its PDF kept encrypted with its SHA-256, which
// copy it was and why, who printed it and how the job ended. It answers "what exactly did this
// candidate sign" and numbers the copies, so a reprint says 第 N 次打印. Each print is an audit event
// ("print.sheet": the copy, the reason, the PDF's SHA-256; then how the job ended).
class SheetArchive
{
public:
    SheetArchive(Database &database, const LocalVault &vault, const Clock &clock, AuditLog &audit);

    // Why a sheet is printed; a reprint needs a reason other than First.
    enum class Reason
    {
        First,
        Jammed, // no page came out, or a spoiled one
        Damaged, // the candidate's copy was torn or spoiled
        Lost,
        AfterCorrection, // the province's corrected form
        Batch, // the batch print of all the point's sheets
        ToDrive, // the PDF taken to another printer on a USB drive: this desk's cannot print
    };
    static QString reasonKey(Reason reason); // first | jam | damaged | lost | correction | batch | usb

    struct Print
    {
        qint64 id = 0;
        QUuid recordId;
        int copy = 0;
        QString reason;
        QString formHash;
        QString pdfSha256;
        QDateTime printedAt;
        std::optional<qint64> operatorId;
        QString outcome; // empty while the job is in the queue
    };

    // The number of the next attempt (unique per record, every attempt counted).
    Result<int> nextCopy(const QUuid &recordId) const;
    // What the next sheet says it is: 1 + the copies that may have reached paper (printed, taken
    // away on a drive, or timed out in the queue); attempts that never printed do not count, so
    // the only page a candidate holds never says 第 2 次打印 because a queue was stopped.
    Result<int> nextPaperNumber(const QUuid &recordId) const;
    // The form hash of the newest copy printed or taken away: what the candidate holds.
    Result<std::optional<QString>> heldFormHash(const QUuid &recordId) const;
    // Keeps the PDF about to be sent, as copy `copy`; the print's id.
    Result<qint64> keep(const QUuid &recordId, int copy, Reason reason, const QString &formHash, const QByteArray &pdf,
        std::optional<qint64> operatorId);
    // How the job ended ("ok", "failed", ... as Devices::outcomeKey names it).
    Status noteOutcome(qint64 printId, const QString &outcome, int jobId);
    Result<QList<Print>> prints(const QUuid &recordId) const;
    // Whether a copy of the record was printed (the queue completed it) or taken away to print.
    Result<bool> printedOnce(const QUuid &recordId) const;
    // Records whose frozen form has arrived and no copy printed or taken away yet, by number:
    // what the batch print prints.
    Result<QList<QUuid>> awaitingPrint() const;
    // Records with at least one copy printed or taken away.
    Result<qsizetype> printedRecords() const;
    // The PDF as it was sent, its SHA-256 checked.
    Result<QByteArray> pdf(qint64 printId) const;

private:
    Database &m_database;
    const LocalVault &m_vault;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace RegPoint::Kiosk
