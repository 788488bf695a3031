#include "identitychecker.h"

#include "intakeservice.h"
#include "intakestore.h"
#include "receipt.h"
#include "recorddocument.h"
#include "wipe.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace RegPoint::Intake {

using namespace Qt::StringLiterals;
using namespace Exchange;

IdentityChecker::IdentityChecker(
    IntakeStore &store, const IntakeService &service, EnvelopeOpener opener, const QByteArray &provinceKeyPem)
    : m_store(store)
    , m_service(service)
    , m_opener(std::move(opener))
    // Only who holds the province key can compute the index: derived from it, never stored.
    , m_indexKey(QCryptographicHash::hash(
          QByteArray("regpoint-identity-index/1|").append(provinceKeyPem), QCryptographicHash::Sha256))
{ }

IdentityChecker::Pass IdentityChecker::run(int limit)
{
    Pass pass;
    for (IntakeStore::Unchecked &record : m_store.uncheckedRecords(limit)) {
        if (record.decision == Decision::Rejected) {
            m_store.markIdentity(record.id, u"skipped"_s);
            ++pass.skipped;
            continue;
        }
        Result<OpenedEnvelope> opened = m_opener.open(record.envelope);
        wipe(record.envelope);
        Result<RecordDocument> document
            = opened ? RecordDocument::fromJson(opened->content.recordJson) : Result<RecordDocument>(opened.failure());
        if (opened) {
            wipe(opened->content.recordJson);
            wipe(opened->content.photoJpeg);
        }
        if (!document || document->identity.idNumber.isEmpty() || document->recordId != record.id) {
            m_store.markIdentity(record.id, u"unopenable"_s);
            ++pass.unopenable;
            continue;
        }
        QByteArray number = document->identity.idNumber.toUtf8();
        const QString idHmac = QString::fromLatin1(
            QMessageAuthenticationCode::hash(number, m_indexKey, QCryptographicHash::Sha256).toHex());
        wipe(number);
        wipe(document->identity.idNumber);
        wipe(document->identity.name);
        wipe(document->identity.address);

        ReceiptBody body;
        body.recordId = record.id;
        body.pointCode = record.pointCode;
        body.batch = record.batch;
        body.sha256 = record.sha256;
        body.issuedAt = m_service.now();
        body.final = true;
        bool conflict = false;
        const QJsonObject receipt = m_store.checkIdentity(
            record.id, idHmac, document->supersedes,
            [&](qint64 seq, const IntakeStore::Standing &now) {
                ReceiptBody b = body;
                b.seq = seq;
                b.decision = now.decision;
                b.serial = now.serial;
                b.state = ReceiptState::Accepted;
                b.code = u"ok"_s;
                return signReceipt(m_service.signer(), b);
            },
            [&](qint64 seq, const IntakeStore::Standing &now, const QUuid &holder) {
                conflict = true;
                ReceiptBody b = body;
                b.seq = seq;
                b.decision = now.decision;
                b.serial = now.serial;
                b.state = ReceiptState::Conflict;
                b.code = u"identity.registered-elsewhere"_s;
                b.other = holder;
                return signReceipt(m_service.signer(), b);
            });
        if (!receipt.isEmpty()) {
            ++pass.checked;
            pass.conflicts += conflict ? 1 : 0;
        }
    }
    return pass;
}

} // namespace RegPoint::Intake
