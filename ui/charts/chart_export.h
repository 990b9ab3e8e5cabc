#pragma once

#include <QString>

class QWidget;

namespace bp::ui {

/// Paints a widget and its children into a PNG at `scale` times its size (crisp on slides).
bool exportWidgetPng(QWidget *widget, const QString &path, double scale = 2.0);
/// Paints a widget and its children into an SVG drawing of the same size.
bool exportWidgetSvg(QWidget *widget, const QString &path, const QString &title);

} // namespace bp::ui
