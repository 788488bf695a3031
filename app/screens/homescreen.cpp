#include "homescreen.h"

#include "screens/dayenddialog.h"

#include "flow/registrationflow.h"
#include "operators/permissions.h"
#include "sync/dayendreview.h"
#include "sync/syncmonitor.h"
#include "widgets/actionicon.h"
#include "widgets/banner.h"
#include "widgets/devicestrip.h"
#include "widgets/recordtable.h"
#include "widgets/screenparts.h"
#include "widgets/syncstrip.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace RegPoint::App {

namespace {
QWidget *figure(QLabel *caption, QLabel *value, QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("figureBox"));
    auto *layout = new QVBoxLayout(box);
    // Styled by property: the value labels keep their own object names (todayCount, queueCount).
    value->setProperty("figure", QStringLiteral("value"));
    caption->setProperty("figure", QStringLiteral("caption"));
    layout->addWidget(value);
    layout->addWidget(caption);
    return box;
}
constexpr int kStateColumn = 4;
constexpr int kActionColumn = 5;
} // namespace

HomeScreen::HomeScreen(Kiosk::RegistrationFlow &flow, const Devices::DeviceBoard &devices, Kiosk::SyncMonitor &sync,
    Kiosk::DayEndReview &dayEnd, RecordDesk records, QWidget *parent)
    : TranslatableWidget(parent)
    , m_flow(flow)
    , m_dayEnd(dayEnd)
    , m_readerPrompt(new QLabel(this))
    , m_todayCaption(new QLabel(this))
    , m_todayValue(new QLabel(this))
    , m_queueCaption(new QLabel(this))
    , m_queueValue(new QLabel(this))
    , m_banner(new Banner(this))
    , m_newManual(new QPushButton(this))
    , m_manualHint(new QLabel(this))
    , m_dayEndButton(new QPushButton(this))
    , m_sheetsButton(new QPushButton(this))
    , m_records(std::move(records))
    , m_listTitle(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_searchButton(new QPushButton(this))
    , m_showAll(new QPushButton(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_emptyList(new QLabel(this))
    , m_devices(new DeviceStrip(devices, this))
    , m_sync(new SyncStrip(sync, this))
{
    setObjectName(QStringLiteral("homeScreen"));
    m_dayEndButton->setObjectName(QStringLiteral("dayEndReview"));
    m_dayEndButton->hide();
    m_sheetsButton->setObjectName(QStringLiteral("openSheets"));
    setActionIcon(m_sheetsButton, QStringLiteral("document-print"));
    m_todayValue->setObjectName(QStringLiteral("todayCount"));
    m_queueValue->setObjectName(QStringLiteral("queueCount"));
    m_newManual->setObjectName(QStringLiteral("newManualEntry"));
    setActionIcon(m_newManual, QStringLiteral("document-new"));
    m_newManual->setProperty("primary", true);
    m_newManual->setMinimumHeight(72);
    m_manualHint->setWordWrap(true);
    m_manualHint->setObjectName(QStringLiteral("hint"));
    m_listTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_emptyList->setObjectName(QStringLiteral("emptyRecordList"));
    m_emptyList->setAlignment(Qt::AlignCenter);
    m_emptyList->setWordWrap(true);
    m_emptyList->hide();
    setUpRecordTable(m_table, kStateColumn);
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchButton->setObjectName(QStringLiteral("recordSearchButton"));
    setActionIcon(m_searchButton, QStringLiteral("edit-find"));
    m_showAll->setObjectName(QStringLiteral("recordSearchClear"));
    m_showAll->hide();

    auto *top = new QGridLayout;
    top->setHorizontalSpacing(24);
    top->addWidget(figure(m_todayCaption, m_todayValue, this), 0, 0);
    top->addWidget(figure(m_queueCaption, m_queueValue, this), 0, 1);
    auto *actions = new QVBoxLayout;
    actions->addWidget(m_newManual);
    actions->addWidget(m_manualHint);
    // Side by side, so the record list keeps its rows on a 768-pixel-high screen.
    auto *laterActions = new QHBoxLayout;
    laterActions->addWidget(m_dayEndButton);
    laterActions->addWidget(m_sheetsButton);
    actions->addLayout(laterActions);
    top->addLayout(actions, 0, 2);
    top->setColumnStretch(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_banner);
    m_readerPrompt->setObjectName(QStringLiteral("readerPrompt"));
    layout->addWidget(m_readerPrompt);
    layout->addLayout(top);
    layout->addWidget(m_sync);
    auto *listBar = new QHBoxLayout;
    listBar->addWidget(m_listTitle, 1);
    listBar->addWidget(m_search, 1);
    listBar->addWidget(m_searchButton);
    listBar->addWidget(m_showAll);
    layout->addLayout(listBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyList, 1);
    layout->addWidget(m_devices);

    connect(m_newManual, &QPushButton::clicked, &m_flow, &Kiosk::RegistrationFlow::startManualEntry);
    connect(m_dayEndButton, &QPushButton::clicked, this, &HomeScreen::openDayEnd);
    connect(m_sheetsButton, &QPushButton::clicked, &m_flow, &Kiosk::RegistrationFlow::openSheets);
    connect(m_searchButton, &QPushButton::clicked, this, &HomeScreen::search);
    connect(m_search, &QLineEdit::returnPressed, this, &HomeScreen::search);
    connect(m_showAll, &QPushButton::clicked, this, &HomeScreen::clearSearch);
    // A tap anywhere on a row opens the record: its history and the step it is missing.
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_rowIds.size())
            openRecord(m_records, m_flow, m_rowIds.at(row), this);
    });
    connect(&m_flow, &Kiosk::RegistrationFlow::recordsChanged, this, &HomeScreen::refresh);
    // What a clerk searched for stays on the desk no longer than the candidate it was for.
    connect(&m_flow, &Kiosk::RegistrationFlow::stepChanged, this, [this](Kiosk::FlowStep step) {
        if (step != Kiosk::FlowStep::Home && !m_query.isEmpty())
            clearSearch();
    });
    // Answers from the province change the records' states; redrawn at most once a second.
    m_refreshLater.setSingleShot(true);
    m_refreshLater.setInterval(1000);
    connect(&m_refreshLater, &QTimer::timeout, this, &HomeScreen::refresh);
    connect(&sync, &Kiosk::SyncMonitor::changed, this, [this] {
        if (!m_refreshLater.isActive())
            m_refreshLater.start();
    });
    HomeScreen::retranslate();
}

void HomeScreen::retranslate()
{
    m_readerPrompt->setText(tr("Place the candidate's ID card on the reader: the record fills in by itself."));
    m_todayCaption->setText(tr("registered today"));
    m_queueCaption->setText(tr("not yet sent to the province"));
    m_newManual->setText(tr("New registration: enter ID document by hand"));
    m_manualHint->setText(tr("For candidates whose ID card cannot be read, or who hold another document."));
    m_sheetsButton->setText(tr("Registration sheets (after registration closes)"));
    m_emptyList->setText(tr("No record at this point yet. Place the first candidate's ID card on the reader, or "
                            "press \"New registration\" for a document entered by hand."));
    m_search->setPlaceholderText(tr("Name, ID number or its last 4 digits, registration number"));
    m_searchButton->setText(tr("Search"));
    m_showAll->setText(tr("Show all"));
    m_table->setHorizontalHeaderLabels(
        { tr("Time"), tr("Name"), tr("ID number"), tr("Entry"), tr("State"), tr("Next step") });
    refresh(); // the shown data holds translated texts too
}

void HomeScreen::refresh()
{
    auto summary = m_flow.homeSummary();
    if (!summary) {
        m_banner->showFailure(summary.failure());
        return;
    }
    // Held by the province's settings: the clerk sees why and what to do; records already
    // started (a photo put off) can still be finished from the table below.
    if (summary->hold)
        m_banner->showFailure(*summary->hold, Banner::Kind::Warning);
    else
        m_banner->clear();
    m_newManual->setEnabled(!summary->hold);
    const std::optional<Kiosk::Operator> &op = m_flow.currentOperator();
    const Result<qsizetype> undecided = m_dayEnd.pendingCount();
    const qsizetype waiting = undecided ? undecided.value() : 0;
    m_dayEndButton->setVisible(op && Kiosk::can(op->role, Kiosk::Permission::CloseDay) && waiting > 0);
    m_dayEndButton->setText(tr("Day-end review: %n to decide", nullptr, int(waiting)));
    m_readerPrompt->setVisible(!summary->hold); // a card is still read and shown, but not saved
    m_todayValue->setText(QString::number(summary->createdToday));
    m_queueValue->setText(QString::number(summary->awaitingUpload));
    if (m_query.isEmpty()) {
        m_listTitle->setText(tr("Records at this point (newest first)"));
        showRecords(summary->recent);
        return;
    }
    const Result<QList<Kiosk::RecordView>> found
        = m_newSearch ? m_records.files.search(m_query) : m_records.files.views(m_rowIds);
    m_newSearch = false;
    if (!found) {
        showRecords({}); // no row of an earlier search stays to be tapped
        m_banner->showFailure(found.failure());
        return;
    }
    // The count only: what was typed (a whole name, an ID number) stays in the field, not in large
    // type above the list where the queue can read it.
    m_listTitle->setText(found->size() >= Kiosk::RecordFiles::kMaxResults
            ? tr("The first %n records found: type more to narrow them", nullptr, int(found->size()))
            : tr("%n record(s) found", nullptr, int(found->size())));
    showRecords(found.value());
}

void HomeScreen::showRecords(const QList<Kiosk::RecordView> &records)
{
    m_table->setRowCount(int(records.size()));
    m_rowIds.clear();
    const QDate today = m_flow.today();
    for (int row = 0; row < records.size(); ++row) {
        const Kiosk::RecordView &r = records.at(row);
        m_rowIds.append(r.id);
        const QString time = r.createdAt.date() == today ? r.createdAt.toString(QStringLiteral("HH:mm"))
                                                         : r.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QStringList cells { time, r.maskedName, r.maskedIdNumber,
            r.entryMethod == Kiosk::EntryMethod::Card ? tr("ID card") : tr("by hand"),
            Kiosk::stateDisplayName(r.state) };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        // A record put off at its review or photo (or refused, and back with what was missing)
        // takes the step it is missing from here; any other opens with its history.
        const QString next = resumeLabel(r.state);
        auto *action = new QPushButton(next.isEmpty() ? tr("Open") : next);
        action->setObjectName(next.isEmpty() ? QStringLiteral("openRecord") : QStringLiteral("resumeRecord"));
        action->setProperty("compact", true);
        if (next.isEmpty())
            connect(
                action, &QPushButton::clicked, this, [this, id = r.id] { openRecord(m_records, m_flow, id, this); });
        else
            connect(action, &QPushButton::clicked, this, [this, id = r.id] {
                if (const Status started = m_flow.resume(id); !started)
                    m_banner->showFailure(started.failure());
            });
        replaceCellWidget(m_table, row, kActionColumn, rowActions(m_table, { action }));
    }
    // An empty list says what to do, rather than showing an empty grid.
    const bool nothingYet = records.isEmpty() && m_query.isEmpty();
    m_table->setVisible(!nothingYet);
    m_emptyList->setVisible(nothingYet);
    if (records.isEmpty() && !m_query.isEmpty())
        m_banner->showMessage(
            [] { return tr("No record matches. Check the spelling, or place the candidate's ID card on the reader."); },
            Banner::Kind::Warning);
}

void HomeScreen::search()
{
    m_query = m_search->text().simplified();
    m_newSearch = true;
    m_showAll->setVisible(!m_query.isEmpty());
    refresh();
}

void HomeScreen::clearSearch()
{
    m_search->clear();
    search();
}

void HomeScreen::openDayEnd()
{
    const std::optional<Kiosk::Operator> &op = m_flow.currentOperator();
    if (!op)
        return;
    DayEndDialog dialog(m_dayEnd, *op, this);
    dialog.resize(window()->size() * 0.9);
    dialog.exec();
    refresh();
}

} // namespace RegPoint::App
