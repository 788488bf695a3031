#include "recorddialog.h"

#include "flow/registrationflow.h"
#include "widgets/banner.h"
#include "widgets/fieldgrid.h"
#include "widgets/recordtable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace RegPoint::App {

namespace {
QString stateName(const QString &key)
{
    const std::optional<Kiosk::RecordState> state = Kiosk::stateFromKey(key);
    return state ? Kiosk::stateDisplayName(*state) : key;
}

// Why a print job did not come out, as the print service recorded it.
QString printFailure(const QString &outcome)
{
    if (outcome == u"failed")
        return RecordDialog::tr("the printer reported an error");
    if (outcome == u"timed_out")
        return RecordDialog::tr("the printer did not answer");
    if (outcome == u"cancelled")
        return RecordDialog::tr("cancelled");
    return outcome;
}

// The review's own event says what the review found; the state change it made says it again.
bool repeatsTheReview(const Kiosk::RecordHistoryEntry &entry)
{
    return entry.action == u"record.state"
        && (entry.outcome == Kiosk::stateKey(Kiosk::RecordState::Reviewed)
            || entry.outcome == Kiosk::stateKey(Kiosk::RecordState::Refused));
}

// What one audit event of the record means, in the clerk's words; a code RegPoint does not know
// (a newer version wrote it) shows as written.
QString historyText(const Kiosk::RecordHistoryEntry &entry)
{
    const QString &action = entry.action;
    const QString &outcome = entry.outcome;
    if (action == u"record.created")
        return RecordDialog::tr("Saved: %1").arg(stateName(outcome));
    if (action == u"record.state")
        return stateName(outcome);
    if (action == u"record.corrected")
        return RecordDialog::tr("Typed details corrected before sealing: a new version, reviewed again");
    if (action == u"eligibility.review")
        return outcome == u"eligible" ? RecordDialog::tr("Eligibility review: eligible")
                                      : RecordDialog::tr("Eligibility review: refused");
    if (action == u"photo.override")
        return RecordDialog::tr("Photo accepted by a supervisor despite a failed check");
    if (action == u"print.slip")
        return outcome == u"ok" ? RecordDialog::tr("Capture slip printed")
                                : RecordDialog::tr("Capture slip did not print (%1)").arg(printFailure(outcome));
    if (action == u"print.sheet") {
        if (outcome == u"ok")
            return RecordDialog::tr("Registration sheet printed");
        if (outcome == u"exported")
            return RecordDialog::tr("Registration sheet saved to a USB drive");
        if (outcome == u"queued")
            return RecordDialog::tr("Registration sheet sent to the printer");
        return RecordDialog::tr("Registration sheet did not print (%1)").arg(printFailure(outcome));
    }
    if (action == u"sheet.confirm")
        return outcome == u"signed" ? RecordDialog::tr("Registration sheet signed by the candidate")
                                    : RecordDialog::tr("Registration sheet sent back for correction");
    if (action == u"record.purge")
        return RecordDialog::tr("Working copy removed after the province's final answer");
    return action + u" (" + outcome + u')';
}

QString nextText(Kiosk::RecordState state)
{
    using Kiosk::RecordState;
    switch (state) {
    case RecordState::Draft:
    case RecordState::CardRead:
        return RecordDialog::tr("Next: the eligibility review, then the photo.");
    case RecordState::Reviewed:
        return RecordDialog::tr("Eligible. Next: the photo.");
    case RecordState::Refused:
        return RecordDialog::tr("Refused at the review. When the candidate brings what was missing, review again.");
    case RecordState::PhotoOk:
    case RecordState::Sealed:
    case RecordState::Queued:
    case RecordState::Sent:
        return RecordDialog::tr("Registered. The record goes to the province with the next sync; nothing is "
                                "left to do at the desk.");
    case RecordState::Accepted:
        return RecordDialog::tr("Registered and accepted by the province. The candidate fills in the rest online.");
    case RecordState::Duplicate:
    case RecordState::Conflict:
    case RecordState::Rejected:
        return RecordDialog::tr("The province did not take this record as it is. Ask the supervisor before "
                                "anything else.");
    }
    return {};
}
} // namespace

QString resumeLabel(Kiosk::RecordState state)
{
    if (Kiosk::awaitsReview(state))
        return RecordDialog::tr("Review");
    if (state == Kiosk::RecordState::Refused)
        return RecordDialog::tr("Review again");
    if (Kiosk::awaitsPhoto(state))
        return RecordDialog::tr("Take photo");
    return {};
}

RecordDialog::RecordDialog(const Kiosk::RecordFiles &files, Kiosk::RegistrationFlow &flow, SlipPrinting printSlip,
    const QUuid &id, QWidget *parent)
    : QDialog(parent)
    , m_files(files)
    , m_flow(flow)
    , m_printSlip(std::move(printSlip))
    , m_id(id)
    , m_title(new QLabel(this))
    , m_banner(new Banner(this))
    , m_fields(new FieldGrid)
    , m_next(new QLabel(this))
    , m_historyTitle(new QLabel(this))
    , m_history(new QTableWidget(0, 3, this))
    , m_resume(new QPushButton(this))
    , m_reprint(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("recordDialog"));
    setModal(true);
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_next->setObjectName(QStringLiteral("recordNext"));
    m_next->setWordWrap(true);
    m_historyTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_history->setObjectName(QStringLiteral("recordHistory"));
    setUpRecordTable(m_history, 1); // what happened
    m_resume->setObjectName(QStringLiteral("recordResume"));
    m_resume->setProperty("primary", true);
    m_reprint->setObjectName(QStringLiteral("recordReprintSlip"));
    m_close->setObjectName(QStringLiteral("recordClose"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_resume);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addLayout(m_fields);
    layout->addWidget(m_next);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);
    layout->addLayout(buttons);

    connect(m_resume, &QPushButton::clicked, this, &RecordDialog::resume);
    connect(m_reprint, &QPushButton::clicked, this, [this] {
        if (m_file && m_printSlip)
            m_printSlip(*m_file);
        reload(); // the copy is in the history once the queue answers; the clerk may reopen
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    // Whatever takes the desk elsewhere (a card placed, the lock, a logout) closes this view.
    connect(&m_flow, &Kiosk::RegistrationFlow::stepChanged, this, &QDialog::reject);
    retranslate(); // loads the record too
}

void RecordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RecordDialog::retranslate()
{
    setWindowTitle(tr("Record"));
    m_historyTitle->setText(tr("History"));
    m_history->setHorizontalHeaderLabels({ tr("Time"), tr("What happened"), tr("By") });
    m_reprint->setText(tr("Print slip again"));
    m_close->setText(tr("Back"));
    reload();
}

void RecordDialog::reload()
{
    m_fields->clear();
    m_banner->clear();
    Result<Kiosk::RecordFile> file = m_files.open(m_id);
    if (!file) {
        m_file.reset();
        m_title->setText(tr("Record"));
        m_banner->showFailure(file.failure());
        m_next->clear();
        m_history->setRowCount(0);
        m_resume->hide();
        m_reprint->hide();
        return;
    }
    m_file = std::move(file).value();
    const Kiosk::RecordView &view = m_file->view;
    m_title->setText(tr("Record %1").arg(view.shortId));
    m_fields->add(tr("Name"), view.maskedName);
    m_fields->add(tr("ID number"), view.maskedIdNumber);
    m_fields->add(tr("Registration number"), m_file->serial.value_or(QString()),
        tr("not given yet: it comes with the photo, or with the next sync"));
    m_fields->add(tr("Entry"), view.entryMethod == Kiosk::EntryMethod::Card ? tr("ID card") : tr("by hand"));
    m_fields->add(tr("Saved"), view.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    m_fields->add(tr("State"), Kiosk::stateDisplayName(view.state));
    m_next->setText(nextText(view.state));
    if (m_file->serialRefused) {
        m_next->setText(tr("Accepted by the province without its registration number: the candidate cannot "
                           "register online with it until the technician and the exam office have sorted the "
                           "number out."));
        m_banner->showMessage(
            [serial = m_file->serial.value_or(QString())] {
                return tr("The province holds this record, but not its registration number %1: another record "
                          "came with the same number first. The candidate cannot register online with this slip. "
                          "Keep the candidate's slip and call the technician.")
                    .arg(serial);
            },
            Banner::Kind::Warning);
    }

    QList<Kiosk::RecordHistoryEntry> history = m_file->history;
    history.removeIf(repeatsTheReview);
    m_history->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const Kiosk::RecordHistoryEntry &entry = history.at(row);
        const QStringList cells { entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            historyText(entry), entry.operatorName.isEmpty() ? tr("the system") : entry.operatorName };
        for (int column = 0; column < cells.size(); ++column)
            m_history->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }

    const QString next = resumeLabel(view.state);
    m_resume->setText(next);
    // From the list only: opened from a card or a typed number, the person at the desk is not yet
    // known to be this record's candidate.
    const bool atHome = m_flow.step() == Kiosk::FlowStep::Home;
    m_resume->setVisible(!next.isEmpty() && atHome);
    if (!next.isEmpty() && !atHome)
        m_next->setText(m_next->text() + u'\n'
            + tr("To go on with it, discard what is open, check the candidate's document against this record and "
                 "open it from the list."));
    // The slip names the number the candidate registers online with: it is worth printing again
    // for every registered record that has one and the province has not turned away.
    using Kiosk::RecordState;
    const bool turnedAway = view.state == RecordState::Duplicate || view.state == RecordState::Conflict
        || view.state == RecordState::Rejected;
    const bool registered = next.isEmpty() && view.state != RecordState::Refused && !turnedAway;
    m_reprint->setVisible(m_printSlip && registered && m_file->serial.has_value() && !m_file->serialRefused);
}

RecordDialog *openRecord(const RecordDesk &desk, Kiosk::RegistrationFlow &flow, const QUuid &id, QWidget *parent)
{
    auto *dialog = new RecordDialog(desk.files, flow, desk.printSlip, id, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(parent->window()->size());
    dialog->open();
    return dialog;
}

void RecordDialog::resume()
{
    if (const Status started = m_flow.resume(m_id); !started) {
        m_banner->showFailure(started.failure());
        return;
    }
    accept();
}

} // namespace RegPoint::App
