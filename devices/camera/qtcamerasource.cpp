#include "qtcamerasource.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoSink>

Q_LOGGING_CATEGORY(lcCamera, "regpoint.devices.camera")

namespace RegPoint::Devices {

namespace {
struct QtCameraSourceTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Devices::Camera)
};
QCameraFormat bestFormat(const QList<QCameraFormat> &formats)
{
    // Enough pixels for a 480×640 crop of the head, no more than a 2-core PC analyses at 15 fps.
    QCameraFormat best;
    for (const QCameraFormat &f : formats) {
        const QSize r = f.resolution();
        if (r.width() > 1920 || r.height() > 1080 || f.maxFrameRate() < 15)
            continue;
        if (best.isNull() || r.width() * r.height() > best.resolution().width() * best.resolution().height())
            best = f;
    }
    return best;
}

QCameraDevice findDevice(const QByteArray &m_deviceId)
{
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    for (const QCameraDevice &device : inputs) {
        if (m_deviceId.isEmpty() ? device.isDefault() : device.id() == m_deviceId)
            return device;
    }
    return m_deviceId.isEmpty() && !inputs.isEmpty() ? inputs.first() : QCameraDevice();
}

} // namespace

QtCameraSource::QtCameraSource(QByteArray deviceId, QObject *parent)
    : VideoSinkFrameSource(parent)
    , m_deviceId(std::move(deviceId))
    , m_devices(new QMediaDevices(this))
    , m_session(new QMediaCaptureSession(this))
{
    m_session->setVideoSink(sink());
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &QtCameraSource::handleDevicesChanged);
}

QtCameraSource::~QtCameraSource() = default;

void QtCameraSource::start()
{
    m_wanted = true;
    const QCameraDevice device = findDevice(m_deviceId);
    if (device.isNull()) {
        publish(CameraState::NotConnected, QString::fromUtf8(m_deviceId),
            QtCameraSourceTr::tr(
                "No camera found. Plug the camera in; RegPoint starts it as soon as it appears. Meanwhile, import "
                "photo files."));
        return;
    }
    delete m_camera;
    m_camera = new QCamera(device, this);
    if (const QCameraFormat format = bestFormat(device.videoFormats()); !format.isNull())
        m_camera->setCameraFormat(format);
    connect(m_camera, &QCamera::errorOccurred, this, [this, device](QCamera::Error, const QString &error) {
        publish(CameraState::Error, device.description(),
            QtCameraSourceTr::tr("The camera reports a fault: %1. Unplug it and plug it in again.").arg(error));
    });
    m_session->setCamera(m_camera);
    publish(CameraState::Starting, device.description());
    qCInfo(lcCamera) << "starting" << device.description() << m_camera->cameraFormat().resolution();
    m_camera->start();
}

void QtCameraSource::stop()
{
    m_wanted = false;
    if (m_camera)
        m_camera->stop();
    publish(CameraState::NotConnected, QString());
}

void QtCameraSource::handleDevicesChanged()
{
    if (!m_wanted)
        return;
    const bool present = !findDevice(m_deviceId).isNull();
    const bool running = m_camera && m_camera->isActive();
    if (!present && m_camera) {
        qCInfo(lcCamera) << "camera unplugged";
        m_session->setCamera(nullptr);
        delete m_camera;
        m_camera = nullptr;
        publish(
            CameraState::NotConnected, QString(), QtCameraSourceTr::tr("The camera was unplugged. Plug it in again."));
    } else if (present && !running) {
        start();
    }
}

} // namespace RegPoint::Devices
