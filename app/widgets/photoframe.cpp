#include "photoframe.h"

#include "screenparts.h"

namespace RegPoint::App {

PhotoFrame::PhotoFrame(QSize baseSize, QWidget *parent)
    : QLabel(parent)
    , m_baseSize(baseSize)
{
    setFixedSize(baseSize);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setProperty("photoFrame", true); // framed even when it holds only a sentence
}

void PhotoFrame::setImage(const QImage &image)
{
    m_image = image;
    showImage();
}

void PhotoFrame::setPlaceholder(const QString &text)
{
    m_image = QImage();
    setText(text);
}

void PhotoFrame::setScale(double scale)
{
    const QSize size = m_baseSize * scale;
    if (size == this->size())
        return;
    setFixedSize(size);
    showImage();
}

void PhotoFrame::showImage()
{
    if (!m_image.isNull())
        showScaledImage(this, m_image);
}

} // namespace RegPoint::App
