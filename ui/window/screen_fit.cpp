#include "ui/window/screen_fit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace bp::ui {

QRect fitIntoAvailable(const QRect &geometry, const QMargins &frame, const QRect &available,
                       const QSize &minimum)
{
    if (!available.isValid() || !geometry.isValid())
        return geometry;
    const QRect room = available.marginsRemoved(frame);
    const int width = std::max(std::min(geometry.width(), room.width()), minimum.width());
    const int height = std::max(std::min(geometry.height(), room.height()), minimum.height());
    const int left = std::clamp(geometry.left(), room.left(), std::max(room.left(), room.right() + 1 - width));
    const int top = std::clamp(geometry.top(), room.top(), std::max(room.top(), room.bottom() + 1 - height));
    return QRect(left, top, width, height);
}

void fitToAvailableScreen(QWidget *window)
{
    if (!window || window->isMaximized() || window->isFullScreen())
        return;
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect geometry = window->geometry();
    const QRect frame = window->frameGeometry();
    const QMargins margins(geometry.left() - frame.left(), geometry.top() - frame.top(),
                           frame.right() - geometry.right(), frame.bottom() - geometry.bottom());
    const QRect fitted = fitIntoAvailable(geometry, margins, screen->availableGeometry(), window->minimumSize());
    if (fitted != geometry)
        window->setGeometry(fitted);
}

} // namespace bp::ui
