#include "batchprintdialog.h"

#include "flow/sheetbatch.h"
#include "flow/sheetprinter.h"
#include "widgets/banner.h"
#include "widgets/printerchoicedialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace RegPoint::App {

BatchPrintDialog::BatchPrintDialog(
    Kiosk::SheetBatch &batch, Kiosk::SheetPrinter &printer, std::optional<qint64> clerk, QWidget *parent)
    : QDialog(parent)
    , m_batch(batch)
    , m_printer(printer)
    , m_clerk(clerk)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_banner(new Banner(this))
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_pause(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_otherPrinter(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("batchPrintDialog"));
    setMinimumWidth(640);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_status->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("startBatch"));
    m_start->setProperty("primary", true);
    m_pause->setObjectName(QStringLiteral("pauseBatch"));
    m_stop->setObjectName(QStringLiteral("stopBatch"));
    m_otherPrinter->setObjectName(QStringLiteral("batchOtherPrinter"));
    m_close->setObjectName(QStringLiteral("closeBatch"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_otherPrinter);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addStretch(1); // full screen under cage: the content stays together at the top
    layout->addLayout(buttons);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with a long message, never cuts it

    connect(m_start, &QPushButton::clicked, this, &BatchPrintDialog::start);
    connect(m_pause, &QPushButton::clicked, this, &BatchPrintDialog::togglePause);
    connect(m_stop, &QPushButton::clicked, &m_batch, &Kiosk::SheetBatch::stop);
    connect(m_otherPrinter, &QPushButton::clicked, this, &BatchPrintDialog::printElsewhere);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(&m_batch, &Kiosk::SheetBatch::progressed, this, &BatchPrintDialog::refresh);
    retranslate();
}

void BatchPrintDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BatchPrintDialog::retranslate()
{
    setWindowTitle(tr("Print all sheets"));
    m_title->setText(tr("Print every sheet not printed yet"));
    m_hint->setText(tr("In the order of the registration numbers, one at a time. Keep paper in the printer; if a "
                       "sheet fails, printing pauses and that sheet is printed again when you resume."));
    m_start->setText(tr("Start"));
    m_stop->setText(tr("Stop after this sheet"));
    m_otherPrinter->setText(tr("Go on with another printer…"));
    refresh();
}

void BatchPrintDialog::start()
{
    const Status started = m_batch.start();
    if (!started)
        m_banner->showFailure(started.failure(), Banner::Kind::Warning);
    else
        m_banner->clear();
    refresh();
}

void BatchPrintDialog::togglePause()
{
    if (m_batch.progress().paused)
        m_batch.resume();
    else
        m_batch.pause();
}

void BatchPrintDialog::printElsewhere()
{
    std::optional<Failure> failure;
    if (PrinterChoiceDialog::switchPrinter(m_printer, m_clerk, this, failure)) {
        m_banner->clear();
        m_batch.resume();
    } else if (failure) {
        m_banner->showFailure(*failure, Banner::Kind::Warning);
    }
}

void BatchPrintDialog::refresh()
{
    const Kiosk::SheetBatch::Progress &p = m_batch.progress();
    m_bar->setRange(0, int(std::max<qsizetype>(1, p.total)));
    m_bar->setValue(int(p.printed + p.setAside));
    m_bar->setVisible(p.total > 0);
    m_start->setVisible(!p.running);
    m_pause->setVisible(p.running);
    m_stop->setVisible(p.running);
    m_otherPrinter->setVisible(p.running && p.paused && !p.problem.isEmpty() && m_printer.canSwitchPrinter());
    m_pause->setText(p.paused ? tr("Resume") : tr("Pause"));
    m_close->setText(p.running ? tr("Close (printing goes on)") : tr("Close"));
    QString status;
    if (p.running && p.paused && !p.problem.isEmpty())
        status = tr("Paused: %1").arg(p.problem);
    else if (p.running && p.paused)
        status = tr("Paused after %1 of %2 sheets.").arg(p.printed).arg(p.total);
    else if (p.running)
        status = tr("Printing sheet %1 of %2…").arg(p.printed + p.setAside + 1).arg(p.total);
    else if (p.total > 0)
        status = tr("%1 of %2 sheets printed.").arg(p.printed).arg(p.total);
    if (p.setAside > 0)
        status += u' '
            + tr("%n sheet(s) could not be made (a form too full for the page): tell the exam office.", nullptr,
                int(p.setAside));
    m_status->setText(status);
}

} // namespace RegPoint::App
