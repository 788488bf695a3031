#include "provisioningscreen.h"

#include "widgets/banner.h"
#include "widgets/fieldrow.h"
#include "widgets/removablemedia.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace RegPoint::App {

using Kiosk::ProvisioningDrive;
using Kiosk::ProvisioningState;

namespace {

enum Page
{
    HandoverPage,
    CertificatePage,
    DonePage
};

QPushButton *button(const char *name, bool primary, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QLatin1String(name));
    if (primary)
        b->setProperty("primary", true);
    return b;
}

// Sixteen groups as two lines of eight, the way the letter prints them.
QString inTwoLines(QString fingerprint)
{
    qsizetype at = -1;
    for (int groups = 0; groups < 8 && (at = fingerprint.indexOf(u' ', at + 1)) >= 0; ++groups) { }
    if (at >= 0)
        fingerprint[at] = u'\n';
    return fingerprint;
}

QLabel *paragraph(QWidget *parent, const char *name = nullptr)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    if (name)
        label->setObjectName(QLatin1String(name));
    return label;
}

} // namespace

ProvisioningScreen::ProvisioningScreen(Kiosk::PointProvisioner provisioner, QWidget *parent)
    : TranslatableWidget(parent)
    , m_provisioner(std::move(provisioner))
    , m_title(new QLabel(this))
    , m_intro(paragraph(this))
    , m_banner(new Banner(this))
    , m_pages(new QStackedWidget(this))
    , m_later(button("provisionLater", false, this))
    , m_laterHint(paragraph(this, "hint"))
{
    setObjectName(QStringLiteral("provisioningScreen"));
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_pages->addWidget(buildHandoverPage());
    m_pages->addWidget(buildCertificatePage());
    m_pages->addWidget(buildDonePage());

    auto *laterRow = new QHBoxLayout;
    laterRow->addWidget(m_laterHint, 1);
    laterRow->addWidget(m_later);

    auto *column = new QWidget(this);
    column->setMaximumWidth(900);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(16);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_intro);
    columnLayout->addWidget(m_banner);
    columnLayout->addWidget(m_pages);
    columnLayout->addSpacing(8);
    columnLayout->addLayout(laterRow);

    // Centred by stretches, as the first-run account screen is.
    auto *centre = new QHBoxLayout;
    centre->addStretch();
    centre->addWidget(column, 4);
    centre->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(centre);
    layout->addStretch(2);

    connect(m_later, &QPushButton::clicked, this, [this] {
        m_banner->clear();
        Q_EMIT finished();
    });
    showStep();
    ProvisioningScreen::retranslate();
}

QWidget *ProvisioningScreen::driveRow(QLineEdit *path, QPushButton *lookAgain)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(path, 1);
    layout->addWidget(lookAgain);
    path->setText(firstRemovableDrive());
    connect(lookAgain, &QPushButton::clicked, this, [path] {
        if (const QString drive = firstRemovableDrive(); !drive.isEmpty())
            path->setText(drive);
    });
    return row;
}

QWidget *ProvisioningScreen::buildHandoverPage()
{
    auto *page = new QWidget(this);
    m_pointCode = new QLineEdit(page);
    m_pointCode->setObjectName(QStringLiteral("pointCode"));
    m_pointCode->setMaxLength(11);
    m_pointCodeRow = new FieldRow(m_pointCode, page);
    m_handoverDrive = new QLineEdit(page);
    m_handoverDrive->setObjectName(QStringLiteral("handoverDrive"));
    m_handoverLookAgain = button("handoverLookAgain", false, page);
    m_handoverDriveRow = new FieldRow(driveRow(m_handoverDrive, m_handoverLookAgain), page);
    m_read = button("readHandover", true, page);
    m_caBox = new QWidget(page);
    m_caBox->setObjectName(QStringLiteral("caBox"));
    m_caText = paragraph(m_caBox, "caText");
    m_caText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_createKey = button("createKey", true, m_caBox);
    auto *caLayout = new QVBoxLayout(m_caBox);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caText);
    caLayout->addWidget(m_createKey);
    m_caBox->hide();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_pointCodeRow);
    layout->addWidget(m_handoverDriveRow);
    layout->addWidget(m_read);
    layout->addWidget(m_caBox);
    layout->addStretch();

    connect(m_read, &QPushButton::clicked, this, &ProvisioningScreen::readHandover);
    connect(m_createKey, &QPushButton::clicked, this, &ProvisioningScreen::createKey);
    // What was read is for this code and drive only: a change asks for a new reading.
    for (QLineEdit *edit : { m_pointCode, m_handoverDrive }) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_handover.reset();
            m_caBox->hide();
            m_intro->show();
            m_read->show();
        });
    }
    return page;
}

QWidget *ProvisioningScreen::buildCertificatePage()
{
    auto *page = new QWidget(this);
    m_requestText = paragraph(page, "requestText");
    m_certificateDrive = new QLineEdit(page);
    m_certificateDrive->setObjectName(QStringLiteral("certificateDrive"));
    m_certificateLookAgain = button("certificateLookAgain", false, page);
    m_certificateDriveRow = new FieldRow(driveRow(m_certificateDrive, m_certificateLookAgain), page);
    m_install = button("installCertificate", true, page);
    m_writeAgain = button("writeRequestAgain", false, page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_install, 1);
    buttons->addWidget(m_writeAgain);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_requestText);
    layout->addWidget(m_certificateDriveRow);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_install, &QPushButton::clicked, this, &ProvisioningScreen::installCertificate);
    connect(m_writeAgain, &QPushButton::clicked, this, &ProvisioningScreen::writeRequestAgain);
    return page;
}

QWidget *ProvisioningScreen::buildDonePage()
{
    auto *page = new QWidget(this);
    m_doneText = paragraph(page, "provisionedText");
    m_continue = button("provisionContinue", true, page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_doneText);
    layout->addWidget(m_continue);
    connect(m_continue, &QPushButton::clicked, this, &ProvisioningScreen::finished);
    return page;
}

void ProvisioningScreen::showStep()
{
    switch (m_provisioner.state()) {
    case ProvisioningState::NotProvisioned:
        m_pages->setCurrentIndex(HandoverPage);
        break;
    case ProvisioningState::AwaitingCertificate:
        m_pages->setCurrentIndex(CertificatePage);
        m_intro->show();
        break;
    case ProvisioningState::Provisioned:
        m_pages->setCurrentIndex(DonePage);
        break;
    }
    // The stack is as tall as the page shown, not as the tallest one.
    for (int page = 0; page < m_pages->count(); ++page) {
        const auto policy = page == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(page)->setSizePolicy(policy, policy);
    }
    const bool done = m_pages->currentIndex() == DonePage;
    m_later->setVisible(!done);
    m_laterHint->setVisible(!done);
}

void ProvisioningScreen::retranslate()
{
    const QString code = m_provisioner.pointCode();
    switch (m_pages->currentIndex()) {
    case HandoverPage:
        m_title->setText(tr("Provision this point: step 1 of 2"));
        m_intro->setText(tr("Insert the drive the provincial office prepared for this point. Its folder "
                            "\"regpoint\" holds the province's key and certificate authority (province.pem, "
                            "ca.pem). This point's key is made here and never leaves it; its request for a "
                            "certificate goes back onto the drive."));
        break;
    case CertificatePage:
        m_title->setText(tr("Provision this point: step 2 of 2"));
        m_intro->setText(tr("The provincial office issues this point's certificate from its request. Insert the "
                            "drive with the certificate."));
        break;
    default:
        m_title->setText(tr("This point is provisioned"));
        m_intro->clear();
        break;
    }
    m_pointCodeRow->setCaption(tr("Point code (county code, dash, number, as in the province's letter)"));
    m_pointCode->setPlaceholderText(tr("e.g. 430102-01"));
    for (FieldRow *row : { m_handoverDriveRow, m_certificateDriveRow })
        row->setCaption(tr("USB drive (where it is mounted)"));
    for (QLineEdit *edit : { m_handoverDrive, m_certificateDrive })
        edit->setPlaceholderText(tr("No drive found: insert it, then tap Look again"));
    for (QPushButton *b : { m_handoverLookAgain, m_certificateLookAgain })
        b->setText(tr("Look again"));
    m_read->setText(tr("Read the province's files"));
    if (m_handover)
        m_caText->setText(tr("Province's certificate authority: %1\nFingerprint:\n%2\nCompare the fingerprint with the "
                             "one in the provincial office's letter. Go on only if every group is the same.")
                              .arg(m_handover->caName, inTwoLines(m_handover->caFingerprint)));
    m_createKey->setText(tr("The fingerprint matches: make this point's key"));
    m_requestText->setText(
        tr("Point %1 has its key. Its request is %2: take it to the provincial office, which returns the "
           "certificate as regpoint/%3 on the drive.")
            .arg(code,
                m_requestPath.isEmpty() ? QStringLiteral("regpoint/") + ProvisioningDrive::requestFileName(code)
                                        : m_requestPath,
                ProvisioningDrive::certificateFileName(code)));
    m_install->setText(tr("Install the certificate"));
    m_writeAgain->setText(tr("Write the request again"));
    m_doneText->setText(
        tr("Point %1 is provisioned until %2: records are sealed and signed for the province. "
           "Records sealed now that had waited: %3.")
            .arg(code, QLocale().toString(m_provisioner.certificateExpiry().toLocalTime().date(), QLocale::ShortFormat))
            .arg(m_sealed));
    m_continue->setText(tr("Continue"));
    m_later->setText(tr("Later"));
    m_laterHint->setText(tr("Until the point is provisioned, records are kept here unsealed and cannot be sent. "
                            "A supervisor continues from Administration, This point."));
}

void ProvisioningScreen::readHandover()
{
    m_banner->clear();
    m_pointCodeRow->clearMessage();
    m_handoverDriveRow->clearMessage();
    m_handover.reset();
    m_caBox->hide();
    m_intro->show();
    if (!Kiosk::MachineProvisioning::isValidPointCode(m_pointCode->text().trimmed())) {
        m_pointCodeRow->setProblem(tr("Type the point code as the province's letter gives it: 6 digits, a dash and "
                                      "2 to 4 digits, e.g. 430102-01."));
        return;
    }
    Result<ProvisioningDrive::Handover> handover = m_provisioner.readHandover(m_handoverDrive->text().trimmed());
    if (!handover) {
        m_banner->showFailure(handover.failure());
        return;
    }
    m_handover = std::move(handover).value();
    m_caBox->show();
    // The room goes to the fingerprint; a change of code or drive brings both back.
    m_intro->hide();
    m_read->hide();
    retranslate();
}

void ProvisioningScreen::createKey()
{
    if (!m_handover)
        return;
    m_banner->clear();
    const Result<QString> request
        = m_provisioner.createKey(m_pointCode->text().trimmed(), *m_handover, m_handoverDrive->text().trimmed());
    // The key may exist though the drive could not take the request: the point is at step 2
    // either way, where the request can be written again.
    if (m_provisioner.state() == ProvisioningState::AwaitingCertificate) {
        m_certificateDrive->setText(m_handoverDrive->text().trimmed());
        m_requestPath = request ? request.value() : QString();
        showStep();
        retranslate();
    }
    if (!request)
        m_banner->showFailure(request.failure()); // otherwise the next step names the request
}

void ProvisioningScreen::writeRequestAgain()
{
    m_banner->clear();
    const Result<QString> request = m_provisioner.writeRequestAgain(m_certificateDrive->text().trimmed());
    if (!request) {
        m_banner->showFailure(request.failure());
        return;
    }
    m_requestPath = request.value();
    retranslate();
    m_banner->showMessage(
        [path = request.value()] { return tr("The request is on the drive: %1.").arg(path); }, Banner::Kind::Success);
}

void ProvisioningScreen::installCertificate()
{
    m_banner->clear();
    const Result<int> sealed = m_provisioner.installCertificate(m_certificateDrive->text().trimmed());
    if (!sealed) {
        m_banner->showFailure(sealed.failure());
        return;
    }
    m_sealed = sealed.value();
    showStep();
    retranslate();
    Q_EMIT provisioned();
}

} // namespace RegPoint::App
