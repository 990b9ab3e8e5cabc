#include "ui/charts/chart_export.h"

#include "ui/style/palette.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

namespace bp::ui {

bool exportWidgetPng(QWidget *widget, const QString &path, double scale)
{
    if (!widget || widget->width() <= 0 || widget->height() <= 0)
        return false;
    QImage image(widget->size() * scale, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return false;
    image.setDevicePixelRatio(scale);
    image.fill(palette::canvasColor());
    {
        QPainter painter(&image);
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    return image.save(path, "PNG");
}

bool exportWidgetSvg(QWidget *widget, const QString &path, const QString &title)
{
    if (!widget || widget->width() <= 0 || widget->height() <= 0)
        return false;
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(widget->size());
    generator.setViewBox(widget->rect());
    // The screen's resolution, so the text keeps the size the layout was made for.
    generator.setResolution(widget->logicalDpiX());
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("Backprop Studio"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.fillRect(widget->rect(), palette::canvasColor());
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    if (!painter.end())
        return false;
    return QFileInfo(path).size() > 0;
}

} // namespace bp::ui
