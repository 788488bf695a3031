#pragma once

#include <QImage>
#include <QLabel>

namespace RegPoint::App {

// A framed photo (or a sentence in its place) whose size follows the screen: `baseSize` on a
// 1366×768 desk, larger on a larger screen, the photo redrawn to fill it each time.
class PhotoFrame : public QLabel
{
    Q_OBJECT

public:
    PhotoFrame(QSize baseSize, QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setPlaceholder(const QString &text);
    void setScale(double scale);

private:
    void showImage();

    QSize m_baseSize;
    QImage m_image;
};

} // namespace RegPoint::App
