#pragma once

#include "formstore.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace RegPoint::Exchange {
class IntakeSigner;
}

namespace RegPoint::Intake {

// The sheets' part of the protocol: a point fetches the frozen forms of its own candidates, each
// signed by the province (GET /v1/forms), and sends back what the candidate did with the printed
// sheet (POST /v1/confirmations). A failure here is a malformed request; StorageError passes.
class FormDesk
{
public:
    FormDesk(FormStore &forms, const Exchange::IntakeSigner &signer);

    // `query`: after=N (default 0), limit=M (default and max FormsPage::kMaxPage).
    Result<QJsonObject> forms(const QString &pointCode, const QByteArray &query);
    Result<QJsonObject> confirmations(const QString &pointCode, const QByteArray &body, const QDateTime &now);

private:
    FormStore &m_forms;
    const Exchange::IntakeSigner &m_signer;
};

} // namespace RegPoint::Intake
