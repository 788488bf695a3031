#include "dayenddialog.h"

#include "sync/dayendreview.h"
#include "widgets/banner.h"
#include "widgets/recordtable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace RegPoint::App {

namespace {
constexpr int kNameColumn = 1;
constexpr int kDecisionColumn = 4;
} // namespace

DayEndDialog::DayEndDialog(Kiosk::DayEndReview &review, Kiosk::Operator supervisor, QWidget *parent)
    : QDialog(parent)
    , m_review(review)
    , m_supervisor(std::move(supervisor))
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QPushButton(this))
    , m_banner(new Banner(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_approveAll(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("dayEndDialog"));
    setModal(true);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("dayEndPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("dayEndConfirm"));
    m_confirm->setProperty("primary", true);
    m_table->setObjectName(QStringLiteral("dayEndTable"));
    setUpRecordTable(m_table, kNameColumn);
    m_approveAll->setObjectName(QStringLiteral("dayEndApproveAll"));
    m_close->setObjectName(QStringLiteral("dayEndClose"));

    auto *identity = new QHBoxLayout;
    identity->addWidget(m_password, 1);
    identity->addWidget(m_confirm);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_approveAll);
    actions->addStretch();
    actions->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(identity);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_confirm, &QPushButton::clicked, this, &DayEndDialog::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &DayEndDialog::signIn);
    connect(m_approveAll, &QPushButton::clicked, this, &DayEndDialog::approveAll);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslate(); // draws the list too
}

void DayEndDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DayEndDialog::retranslate()
{
    setWindowTitle(tr("Day-end review"));
    m_title->setText(tr("Day-end review: the day's records before they are sent"));
    m_hint->setText(m_signedIn
            ? tr("Approve or reject each record. A rejection needs its reason; it goes to the "
                 "province with the record.")
            : tr("%1, enter your password again to approve or reject records.").arg(m_supervisor.displayName));
    m_password->setPlaceholderText(tr("Password"));
    m_confirm->setText(tr("Confirm"));
    m_approveAll->setText(tr("Approve all shown"));
    m_close->setText(tr("Close"));
    m_table->setHorizontalHeaderLabels({ tr("Time"), tr("Name"), tr("ID number"), tr("Entry"), tr("Decision") });
    reload();
}

void DayEndDialog::signIn()
{
    const Result<Kiosk::Operator> signedIn = m_review.signIn(m_supervisor.username, m_password->text());
    m_password->clear(); // a password never stays on screen
    if (!signedIn) {
        m_banner->showFailure(signedIn.failure());
        return;
    }
    m_signedIn = signedIn.value();
    m_banner->clear();
    retranslate();
}

void DayEndDialog::reload()
{
    const bool open = m_signedIn.has_value();
    m_password->setVisible(!open);
    m_confirm->setVisible(!open);
    const Result<QList<Kiosk::RecordView>> pending = m_review.pending();
    if (!pending) {
        m_banner->showFailure(pending.failure());
        return;
    }
    m_approveAll->setEnabled(open && !pending->isEmpty());
    m_table->setRowCount(int(pending->size()));
    for (int row = 0; row < pending->size(); ++row) {
        const Kiosk::RecordView &r = pending->at(row);
        const QStringList cells { r.createdAt.toString(QStringLiteral("MM-dd HH:mm")), r.maskedName, r.maskedIdNumber,
            r.entryMethod == Kiosk::EntryMethod::Card ? tr("ID card") : tr("by hand") };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        QList<QPushButton *> buttons;
        for (const bool approve : { true, false }) {
            auto *button = new QPushButton(approve ? tr("Approve") : tr("Reject…"));
            button->setObjectName(approve ? QStringLiteral("approveRecord") : QStringLiteral("rejectRecord"));
            button->setProperty("compact", true);
            button->setEnabled(open);
            connect(button, &QPushButton::clicked, this, [this, id = r.id, approve] { decide(id, approve); });
            buttons.append(button);
        }
        replaceCellWidget(m_table, row, kDecisionColumn, rowActions(m_table, buttons));
    }
}

void DayEndDialog::decide(const QUuid &id, bool approve)
{
    if (!m_signedIn)
        return;
    QString reason;
    if (!approve) {
        bool given = false;
        reason = QInputDialog::getText(this, tr("Reject the record"),
            tr("Why is it rejected? The reason goes to the province with the record."), QLineEdit::Normal, {}, &given);
        if (!given)
            return;
    }
    const Status decided
        = m_review.decide(*m_signedIn, id, approve ? Kiosk::Decision::Approved : Kiosk::Decision::Rejected, reason);
    if (!decided)
        m_banner->showFailure(decided.failure());
    else
        m_banner->clear();
    reload();
}

void DayEndDialog::approveAll()
{
    if (!m_signedIn)
        return;
    if (QMessageBox::question(this, tr("Approve all"), tr("Approve every record in the list?")) != QMessageBox::Yes)
        return;
    const Result<qsizetype> approved = m_review.approveAllPending(*m_signedIn);
    if (!approved)
        m_banner->showFailure(approved.failure());
    else
        m_banner->showMessage([count = int(approved.value())] { return tr("%n record(s) approved.", nullptr, count); },
            Banner::Kind::Success);
    reload();
}

} // namespace RegPoint::App
