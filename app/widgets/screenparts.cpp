#include "screenparts.h"

#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QPixmap>

namespace RegPoint::App {

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void showScaledImage(QLabel *label, const QImage &image)
{
    // Inside the frame: a picture as large as the label would push its border out.
    const QSize inside = label->contentsRect().size().shrunkBy(QMargins(1, 1, 1, 1));
    label->setPixmap(QPixmap::fromImage(image.scaled(inside, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace RegPoint::App
