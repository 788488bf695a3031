#include "screenparts.h"

#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QPixmap>
#include <QStyle>
#include <QWidget>

#include <algorithm>

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

QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

double photoScale(const QWidget &screen)
{
    // A screen's content area is 623 px high on a 1366×768 desk, 935 px on a 1920×1080 one.
    constexpr double kSmallDeskHeight = 623;
    constexpr double kLargest = 1.5;
    return std::clamp(screen.height() / kSmallDeskHeight, 1.0, kLargest);
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace RegPoint::App
