#include "formdesk.h"

#include "jsonfields.h"
#include "sheetexchange.h"

#include "requestquery.h"

namespace RegPoint::Intake {

using namespace Qt::StringLiterals;
using namespace Exchange;

FormDesk::FormDesk(FormStore &forms, const IntakeSigner &signer)
    : m_forms(forms)
    , m_signer(signer)
{ }

Result<QJsonObject> FormDesk::forms(const QString &pointCode, const QByteArray &query)
{
    const QUrlQuery items(QString::fromLatin1(query));
    const std::optional<qint64> after = queryNumber(items, u"after"_s, 0, 0, qint64(1) << 53);
    const std::optional<qint64> limit = queryNumber(items, u"limit"_s, FormsPage::kMaxPage, 1, FormsPage::kMaxPage);
    if (!after)
        return malformedFailure(u"after"_s, u"expected a form number >= 0"_s);
    if (!limit)
        return malformedFailure(u"limit"_s, u"expected 1 to %1"_s.arg(FormsPage::kMaxPage));
    FormsPage page;
    page.next = *after;
    for (FormStore::Numbered &numbered : m_forms.frozenForPoint(pointCode, *after, int(*limit))) {
        page.next = numbered.seq;
        page.forms.append(signServedForm(m_signer, { pointCode, numbered.seq, std::move(numbered.form) }));
    }
    return page.toJson();
}

Result<QJsonObject> FormDesk::confirmations(const QString &pointCode, const QByteArray &body, const QDateTime &now)
{
    const Result<QJsonObject> json = parseJsonObject(body);
    if (!json)
        return json.failure();
    const Result<QList<SheetConfirmation>> confirmations = confirmationsFromJson(json.value());
    if (!confirmations)
        return confirmations.failure();
    QList<ConfirmationAnswer> answers;
    for (const SheetConfirmation &c : confirmations.value())
        answers.append({ c.recordId, c.confirmedAt, m_forms.keepConfirmation(pointCode, c, now) });
    return confirmationAnswersJson(answers);
}

} // namespace RegPoint::Intake
