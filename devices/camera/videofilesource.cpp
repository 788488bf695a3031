#include "videofilesource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QUrl>
#include <QVideoSink>

namespace RegPoint::Devices {

namespace {
struct VideoFileSourceTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Devices::Camera)
};
} // namespace

VideoFileSource::VideoFileSource(QString path, QObject *parent)
    : VideoSinkFrameSource(parent)
    , m_path(std::move(path))
    , m_player(new QMediaPlayer(this))
{
    m_player->setVideoOutput(sink());
    m_player->setLoops(QMediaPlayer::Infinite);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &error) {
        publish(CameraState::Error, m_path,
            VideoFileSourceTr::tr("The simulated camera cannot play %1 (%2).").arg(m_path, error));
    });
}

void VideoFileSource::start()
{
    if (!QFileInfo::exists(m_path)) {
        publish(CameraState::Error, m_path,
            VideoFileSourceTr::tr("The simulated camera's video %1 does not exist.").arg(m_path));
        return;
    }
    publish(CameraState::Starting, m_path);
    m_player->setSource(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()));
    m_player->play();
}

void VideoFileSource::stop()
{
    m_player->stop();
    publish(CameraState::NotConnected, m_path);
}

} // namespace RegPoint::Devices
