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
    label->setPixmap(QPixmap::fromImage(image.scaled(label->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace RegPoint::App
