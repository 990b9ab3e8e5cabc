#include "ui/style/application_look.h"

#include <QApplication>
#include <QFont>
#include <QGuiApplication>
#include <QScreen>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace bp::ui {

void applyApplicationLook()
{
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    QFont font = QApplication::font();
    font.setPointSize(std::max(font.pointSize(), 11));
    QApplication::setFont(font);
}

QFont scaledFont(QFont font, double scale)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const double dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    const double points = font.pointSizeF() > 0.0 ? font.pointSizeF() : font.pixelSize() * 72.0 / dpi;
    // (Less a hair, so that a size already whole is not rounded up once more.)
    font.setPixelSize(std::max(1, static_cast<int>(std::ceil(points * scale * dpi / 72.0 - 0.01))));
    return font;
}

} // namespace bp::ui
