#include "ui/window/dock_titles.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QFontInfo>
#include <QFontMetrics>
#include <QMainWindow>
#include <QStyle>
#include <QTabBar>

#include <algorithm>

namespace bp::ui {

namespace {

// Marks a dock's contents whose type size was made their own.
constexpr const char *kPinned = "bpOwnTypeSize";
// A dock's minimum width as its panel set it.
constexpr const char *kOwnMinimum = "bpOwnMinimumWidth";

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

void applyDockTitlePixels(QMainWindow &window, int pixels, int tabPixels)
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
        // Wide enough for its title beside its buttons ("Equ…" tells no panel from another), and
        // never narrower than the panel asked for.
        if (!dock->property(kOwnMinimum).isValid())
            dock->setProperty(kOwnMinimum, dock->minimumWidth());
        int buttons = 0;
        for (const QAbstractButton *button :
             dock->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly))
            buttons += button->isVisibleTo(dock) ? button->sizeHint().width() + 2 : 0;
        const int margin = dock->style()->pixelMetric(QStyle::PM_DockWidgetTitleMargin, nullptr, dock);
        const int title = QFontMetrics(dock->font()).horizontalAdvance(dock->windowTitle()) + 2 * margin + 4;
        const int minimum = std::max(dock->property(kOwnMinimum).toInt(), title + buttons);
        if (dock->minimumWidth() != minimum)
            dock->setMinimumWidth(minimum);
    }
    // The tabs keep the desk's size: Qt lays a tab bar out at the height it had when its docks were
    // tabbed, so larger ones would be cut; the dock's own title above them is the large one.
    for (QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        if (QFontInfo(bar->font()).pixelSize() != tabPixels)
            bar->setFont(withPixels(bar->font(), tabPixels));
    }
}

} // namespace bp::ui
