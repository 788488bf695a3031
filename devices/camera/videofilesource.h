#pragma once

#include "videosinkframesource.h"

class QMediaPlayer;

namespace RegPoint::Devices {

// The camera simulator: a video file (an MJPEG AVI, say) played in a loop through QMediaPlayer
// into a QVideoSink, so the kiosk and its tests run the same QtMultimedia path as with a camera.
class VideoFileSource : public VideoSinkFrameSource
{
    Q_OBJECT

public:
    explicit VideoFileSource(QString path, QObject *parent = nullptr);
    void start() override;
    void stop() override;

private:
    QString m_path;
    QMediaPlayer *m_player;
};

} // namespace RegPoint::Devices
