#include "ui/window/dock_titles.h"

#include <QDockWidget>
#include <QFontInfo>
#include <QMainWindow>
#include <QTabBar>

#include <algorithm>

namespace bp::ui {

namespace {

// Marks a dock's contents whose type size was made their own.
constexpr const char *kPinned = "bpOwnTypeSize";

QFont withPixels(QFont font, int pixels)
{
    font.setPixelSize(pixels);
    return font;
}

} // namespace

int deskDockTitlePixels(const QWidget &window)
{
    return std::max(kMinimumDockTitlePixels, QFontInfo(window.font()).pixelSize());
}

void applyDockTitlePixels(QMainWindow &window, int pixels)
{
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (QWidget *contents = dock->widget(); contents && !contents->property(kPinned).toBool()) {
            // The contents keep the type they inherit now, whatever the dock's title gets: a size
            // of their own is not taken from the dock.
            QFont own = contents->font();
            if (own.pixelSize() > 0)
                own.setPixelSize(own.pixelSize());
            else
                own.setPointSizeF(own.pointSizeF());
            contents->setFont(own);
            contents->setProperty(kPinned, true);
        }
        if (QFontInfo(dock->font()).pixelSize() != pixels)
            dock->setFont(withPixels(dock->font(), pixels));
    }
    for (QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        if (QFontInfo(bar->font()).pixelSize() != pixels)
            bar->setFont(withPixels(bar->font(), pixels));
    }
}

} // namespace bp::ui
