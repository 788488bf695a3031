#pragma once

#include "photo/photoinspector.h"

#include <QImage>
#include <QWidget>

#include <optional>

namespace RegPoint::App {

// The camera picture with what the candidate should line up with: the 3:4 frame the photo is
// cut from, the bands where the top of the hair and the eyes belong, and the face as found
// (green when the pose is ready, amber when not), plus the auto-capture countdown ring.
class LivePreview : public QWidget
{
    Q_OBJECT

public:
    explicit LivePreview(const Kiosk::PhotoProfile &profile, QWidget *parent = nullptr);

    void setFrame(const QImage &frame);
    void setGuidance(const Kiosk::LiveGuidance &guidance);
    void setCaptureProgress(double progress); // 0…1
    void clear(); // no camera: shows `placeholder`
    void setPlaceholder(const QString &text);
    const QImage &frame() const { return m_frame; }
    qint64 framesShown() const { return m_framesShown; }
    QSize sizeHint() const override { return { 480, 360 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF imageArea() const; // where the frame is drawn, aspect kept

    const Kiosk::PhotoProfile &m_profile;
    QImage m_frame;
    std::optional<Kiosk::LiveGuidance> m_guidance;
    double m_progress = 0;
    QString m_placeholder;
    qint64 m_framesShown = 0;
};

} // namespace RegPoint::App
