#include "formexchange.h"

#include "jsonfields.h"
#include "records/formshelf.h"
#include "sheetexchange.h"
#include "sync/intakeclient.h"

#include <QSet>

namespace RegPoint::Kiosk {

using namespace Qt::StringLiterals;

namespace {
constexpr int kConfirmationsPerRequest = 200;
}

FormExchange::FormExchange(IntakeClient &client, FormShelf &shelf, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_shelf(shelf)
{ }

void FormExchange::start(std::function<void(const Outcome &)> done)
{
    m_done = std::move(done);
    m_outcome = {};
    sendConfirmations();
}

void FormExchange::sendConfirmations()
{
    const Result<QList<Exchange::SheetConfirmation>> waiting = m_shelf.unanswered(kConfirmationsPerRequest);
    if (!waiting)
        return fetchForms(waiting.failure());
    if (waiting->isEmpty())
        return fetchForms();
    QSet<std::pair<QUuid, QString>> sent;
    for (const Exchange::SheetConfirmation &c : waiting.value())
        sent.insert(std::pair(c.recordId, Exchange::utcTimeText(c.confirmedAt)));
    m_client.postJson(u"/v1/confirmations"_s, Exchange::confirmationsJson(waiting.value()),
        [this, sent](const Result<QJsonObject> &answer) {
            // Whatever fails here, the forms are still fetched: they wait for no confirmation.
            if (!answer)
                return fetchForms(answer.failure());
            const Result<QList<Exchange::ConfirmationAnswer>> answers
                = Exchange::confirmationAnswersFromJson(answer.value());
            if (!answers)
                return fetchForms(answers.failure());
            // One answer for each confirmation sent, no other: else nothing is taken from it.
            QSet<std::pair<QUuid, QString>> answered;
            for (const Exchange::ConfirmationAnswer &a : answers.value())
                answered.insert(std::pair(a.recordId, Exchange::utcTimeText(a.confirmedAt)));
            if (answered != sent || answers->size() != sent.size())
                return fetchForms(Failure { u"sync.bad-answer"_s, [] {
                                               return tr("The province's server answered for other sheet confirmations "
                                                         "than were sent; they are sent "
                                                         "again next time.");
                                           } });
            if (const Status kept = m_shelf.keepAnswers(answers.value()); !kept)
                return fetchForms(kept.failure());
            m_outcome.confirmationsSent += answers->size();
            // A full request may have left more behind; a short one was the last.
            if (sent.size() == kConfirmationsPerRequest)
                return sendConfirmations();
            fetchForms();
        });
}

void FormExchange::fetchForms(std::optional<Failure> confirmationsFailure)
{
    if (confirmationsFailure)
        m_outcome.failure = std::move(confirmationsFailure);
    const Result<qint64> after = m_shelf.lastSeq();
    if (!after)
        return end(after.failure());
    m_client.get(
        u"/v1/forms?after=%1"_s.arg(after.value()), [this, asked = after.value()](const Result<QJsonObject> &answer) {
            if (!answer)
                return end(answer.failure());
            const Result<Exchange::FormsPage> page = Exchange::FormsPage::fromJson(answer.value());
            if (!page)
                return end(page.failure());
            const Result<FormShelf::ServedPage> kept = m_shelf.keepServed(page->forms);
            if (!kept)
                return end(kept.failure());
            m_outcome.formsReceived += kept->kept;
            if (kept->problem) // the forms after one set aside still come; one that stopped the page is asked again
                m_outcome.failure = kept->problem;
            if (kept->stopped)
                return end(std::nullopt);
            const Result<qint64> now = m_shelf.lastSeq();
            if (!now)
                return end(now.failure());
            // A full page that moved the cursor may have more behind it; anything else was the last.
            if (page->forms.size() == Exchange::FormsPage::kMaxPage && now.value() > asked)
                return fetchForms();
            end(std::nullopt);
        });
}

void FormExchange::end(std::optional<Failure> failure)
{
    if (failure) // the forms' failure; else the confirmations' one stays
        m_outcome.failure = std::move(failure);
    if (auto done = std::exchange(m_done, nullptr))
        done(m_outcome);
}

} // namespace RegPoint::Kiosk
