#pragma once

#include "photo/capturestabilizer.h"
#include "widgets/translatablewidget.h"

#include <QElapsedTimer>
#include <QUuid>

class QCheckBox;
class QLabel;
class QPushButton;

namespace RegPoint::Devices {
class FrameSource;
struct CameraStatus;
} // namespace RegPoint::Devices
namespace RegPoint::Kiosk {
class LiveAnalyser;
class RegistrationFlow;
struct LiveGuidance;
struct PhotoAttempt;
struct PhotoProfile;
} // namespace RegPoint::Kiosk

namespace RegPoint::App {

class Banner;
class CheckList;
class LivePreview;
class PhotoFrame;
class PhotoOverridePanel;

// The photo step: the camera with live guidance on the left; the ID card photo and the new photo
// side by side for the clerk to compare, with the verdict of every check, on the right. A photo
// is taken by the clerk when the guidance says ready, or by itself after a still second; a
// candidate's own file can be imported instead. Both go through the same checks and fix.
class PhotoScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    // `analyser` judges the live frames off the GUI thread; the composition root owns it.
    PhotoScreen(Kiosk::RegistrationFlow &flow, Devices::FrameSource &camera, Kiosk::LiveAnalyser &analyser,
        const Kiosk::PhotoProfile &profile, QWidget *parent = nullptr);
    ~PhotoScreen() override;

    void refresh(); // a new record: forget the last attempt, start the camera
    void capture(); // the newest frame, as it is
    bool importFile(const QString &path);
    const Kiosk::LiveAnalyser &analyser() const { return m_analyser; }

private:
    void retranslate() override;
    void resizeEvent(QResizeEvent *event) override;
    void handleFrame(const QImage &frame);
    void handleGuidance(const Kiosk::LiveGuidance &guidance);
    void showLiveHint(const Kiosk::LiveGuidance &guidance, bool photoWaiting);
    void showPhotoTakenHint();
    void handleCameraStatus(const Devices::CameraStatus &status);
    void showAttempt(const Kiosk::PhotoAttempt &attempt);
    void chooseFile();
    void accept();
    void approveOverride(const QString &supervisor, const QString &password, const QString &reason);
    void updateButtons();
    void stopCamera();

    Kiosk::RegistrationFlow &m_flow;
    Devices::FrameSource &m_camera;
    Kiosk::LiveAnalyser &m_analyser;
    Kiosk::CaptureStabilizer m_stabilizer;
    QElapsedTimer m_sinceStart;
    QImage m_newestFrame;
    bool m_ready = false; // the newest guidance allows a capture
    QLabel *m_title;
    QUuid m_policyAppliedFor; // the record whose photo the auto-capture default was set for
    Banner *m_banner;
    LivePreview *m_preview;
    QLabel *m_hint;
    QCheckBox *m_autoCapture;
    QLabel *m_cardCaption;
    PhotoFrame *m_cardPhoto;
    QLabel *m_resultCaption;
    PhotoFrame *m_resultPhoto;
    CheckList *m_checks;
    PhotoOverridePanel *m_override;
    QPushButton *m_later;
    QPushButton *m_import;
    QPushButton *m_askSupervisor;
    QPushButton *m_take;
    QPushButton *m_use;
};

} // namespace RegPoint::App
