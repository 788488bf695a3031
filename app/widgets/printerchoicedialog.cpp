#include "printerchoicedialog.h"

#include "flow/sheetprinter.h"
#include "printer/printservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace RegPoint::App {

using Devices::PrinterChoice;
using Devices::QueueStatus;

namespace {
constexpr int kNameRole = Qt::UserRole;
}

PrinterChoiceDialog::PrinterChoiceDialog(Devices::PrintService &printer, QWidget *parent)
    : QDialog(parent)
    , m_printer(printer)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_use(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("printerChoice"));
    setWindowTitle(tr("Choose another printer"));
    setMinimumWidth(640);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setText(tr("Print on another printer"));
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Looking for the printers of this point…"));
    m_list->setObjectName(QStringLiteral("printerList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_use->setObjectName(QStringLiteral("usePrinter"));
    m_use->setProperty("primary", true);
    m_use->setText(tr("Print here"));
    m_use->setEnabled(false);
    m_cancel->setObjectName(QStringLiteral("cancelPrinterChoice"));
    m_cancel->setText(tr("Cancel"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_use);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);

    connect(m_use, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &PrinterChoiceDialog::updateButton);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_use->isEnabled())
            accept();
    });
    connect(&m_printer, &Devices::PrintService::printersListed, this, &PrinterChoiceDialog::showPrinters);
    m_printer.listPrinters();
}

QString PrinterChoiceDialog::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(kNameRole).toString() : QString();
}

bool PrinterChoiceDialog::switchPrinter(
    Kiosk::SheetPrinter &sheets, std::optional<qint64> clerk, QWidget *parent, std::optional<Failure> &failure)
{
    Devices::PrintService *service = sheets.printService();
    if (!service)
        return false;
    PrinterChoiceDialog dialog(*service, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return false;
    const Status switched = sheets.switchPrinter(dialog.chosen(), clerk);
    if (!switched)
        failure = switched.failure();
    return bool(switched);
}

QString PrinterChoiceDialog::stateText(const PrinterChoice &printer)
{
    if (QString problem = Devices::printerProblemText(printer.status.reasons); !problem.isEmpty())
        return problem;
    if (printer.status.state == QueueStatus::State::Stopped)
        return tr("Stopped: it prints nothing until a supervisor restarts it.");
    if (!printer.status.acceptingJobs)
        return tr("Takes no new jobs.");
    if (printer.status.state == QueueStatus::State::Processing)
        return tr("Printing; a sheet waits its turn.");
    return tr("Ready.");
}

void PrinterChoiceDialog::showPrinters(const QList<PrinterChoice> &printers, const QString &failure)
{
    m_list->clear();
    const QString current = m_printer.queueName();
    bool anyChoosable = false;
    for (const PrinterChoice &printer : printers) {
        const bool inUse = printer.name == current;
        QString line = printer.description.isEmpty()
            ? printer.name
            : tr("%1 (%2)", "description (queue)").arg(printer.description, printer.name);
        if (inUse)
            line = tr("%1 — in use at this desk", "printer").arg(line);
        auto *item = new QListWidgetItem(line + u'\n' + stateText(printer), m_list);
        item->setData(kNameRole, printer.name);
        item->setSizeHint(QSize(0, 64)); // a finger's room
        // Only a printer that would print now: a stopped one, or one taking no jobs, would fail
        // the candidate's sheet again.
        const bool ready = printer.status.state != QueueStatus::State::Stopped && printer.status.acceptingJobs;
        if (inUse || !ready)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        else
            anyChoosable = true;
    }
    if (!failure.isEmpty())
        m_hint->setText(failure);
    else if (!anyChoosable)
        m_hint->setText(
            tr("This point has no other printer ready. Save the sheet to a USB drive and print it elsewhere."));
    else
        m_hint->setText(tr("Choose a printer that is ready. The sheet prints there now, and so does everything this "
                           "desk prints until the kiosk restarts."));
    updateButton();
}

void PrinterChoiceDialog::updateButton()
{
    m_use->setEnabled(!chosen().isEmpty());
}

} // namespace RegPoint::App
