#pragma once

#include "crypto/provisioningdrive.h"
#include "widgets/translatablewidget.h"
#include "workspace/pointprovisioner.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace RegPoint::App {

class Banner;
class FieldRow;

// The provisioning wizard: the province's files from the technician's drive, this point's key
// and request back onto it, then the certificate the provincial office issued. The same steps as
// `regpointctl provision --drive`. It opens at the step the point has reached; "Later" leaves it
// there (records are kept and wait unsealed) and finishes.
class ProvisioningScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    explicit ProvisioningScreen(Kiosk::PointProvisioner provisioner, QWidget *parent = nullptr);

Q_SIGNALS:
    void provisioned(); // the certificate is installed: records are sealed from now on
    void finished(); // done, or put off until later

private:
    QWidget *buildHandoverPage();
    QWidget *buildCertificatePage();
    QWidget *buildDonePage();
    QWidget *driveRow(QLineEdit *path, QPushButton *lookAgain);
    void retranslate() override;
    void showStep();
    void readHandover();
    void createKey();
    void writeRequestAgain();
    void installCertificate();

    Kiosk::PointProvisioner m_provisioner;
    std::optional<Kiosk::ProvisioningDrive::Handover> m_handover;
    QString m_requestPath;
    int m_sealed = 0;

    QLabel *m_title;
    QLabel *m_intro;
    Banner *m_banner;
    QStackedWidget *m_pages;
    // Step 1: the handover.
    QLineEdit *m_pointCode;
    FieldRow *m_pointCodeRow;
    QLineEdit *m_handoverDrive;
    QPushButton *m_handoverLookAgain;
    FieldRow *m_handoverDriveRow;
    QPushButton *m_read;
    QWidget *m_caBox;
    QLabel *m_caText;
    QPushButton *m_createKey;
    // Step 2: the certificate.
    QLabel *m_requestText;
    QLineEdit *m_certificateDrive;
    QPushButton *m_certificateLookAgain;
    FieldRow *m_certificateDriveRow;
    QPushButton *m_install;
    QPushButton *m_writeAgain;
    // Done.
    QLabel *m_doneText;
    QPushButton *m_continue;
    QPushButton *m_later;
    QLabel *m_laterHint;
};

} // namespace RegPoint::App
