#include "simulatedprintsdialog.h"

#include "printer/simulatedqueue.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace RegPoint::App {

SimulatedPrintsDialog::SimulatedPrintsDialog(const QList<const Devices::SimulatedQueue *> &printers, QWidget *parent)
    : QDialog(parent)
    , m_jobs(new QListWidget(this))
    , m_page(new QLabel(this))
{
    setObjectName(QStringLiteral("simulatedPrints"));
    setWindowTitle(tr("Simulated printer: what it printed"));
    m_page->setObjectName(QStringLiteral("printedPage"));
    m_page->setAlignment(Qt::AlignCenter);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_page);
    scroll->setWidgetResizable(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const Devices::SimulatedQueue *printer : printers) {
        QList<Devices::SimulatedQueue::Printed> printed = printer->printed();
        std::reverse(printed.begin(), printed.end());
        for (const Devices::SimulatedQueue::Printed &job : std::as_const(printed)) {
            m_jobs->addItem(tr("%1, job %2: %3").arg(printer->name()).arg(job.id).arg(job.title));
            m_pages.append(job.pdf);
        }
    }
    if (m_pages.isEmpty())
        m_page->setText(tr("Nothing printed yet."));
    connect(m_jobs, &QListWidget::currentRowChanged, this, &SimulatedPrintsDialog::showJob);

    auto *row = new QHBoxLayout;
    m_jobs->setMaximumWidth(260);
    row->addWidget(m_jobs);
    row->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    resize(900, 700);
    if (!m_pages.isEmpty())
        m_jobs->setCurrentRow(0);
}

QImage SimulatedPrintsDialog::firstPage(const QByteArray &pdf, int dotsPerInch)
{
    QProcess poppler;
    poppler.start(QStringLiteral("pdftoppm"),
        { QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-r"), QString::number(dotsPerInch),
            QStringLiteral("-") });
    if (!poppler.waitForStarted(5000))
        return {};
    poppler.write(pdf);
    poppler.closeWriteChannel();
    if (!poppler.waitForFinished(15000) || poppler.exitCode() != 0)
        return {};
    return QImage::fromData(poppler.readAllStandardOutput(), "PNG");
}

void SimulatedPrintsDialog::showJob(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    const QImage page = firstPage(m_pages.at(row), 80);
    if (page.isNull()) {
        m_page->setText(tr("The page cannot be shown: pdftoppm (poppler-utils) is missing or failed."));
        return;
    }
    m_page->setPixmap(QPixmap::fromImage(page));
}

} // namespace RegPoint::App
