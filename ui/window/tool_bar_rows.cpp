#include "ui/window/tool_bar_rows.h"

#include <QMainWindow>
#include <QStyle>
#include <QToolBar>

namespace bp::ui {

QList<bool> toolBarRowBreaks(const QList<int> &widths, int available, int spacing)
{
    QList<bool> breaks;
    int used = 0;
    for (const int width : widths) {
        if (width <= 0) {
            breaks.append(false);
            continue;
        }
        const bool fits = used == 0 || used + spacing + width <= available;
        breaks.append(!breaks.isEmpty() && !fits);
        used = fits && used > 0 ? used + spacing + width : width;
    }
    if (!breaks.isEmpty())
        breaks.front() = false;
    return breaks;
}

ToolBarRows::ToolBarRows(QMainWindow &window, QList<QToolBar *> bars)
    : m_window(window), m_bars(std::move(bars))
{
}

bool ToolBarRows::fit()
{
    QList<int> widths;
    for (QToolBar *bar : std::as_const(m_bars))
        widths.append(bar->isVisibleTo(&m_window) ? bar->sizeHint().width() : 0);
    // The main window's layout puts its own spacing between two bars of a row.
    const int spacing = m_window.style()->pixelMetric(QStyle::PM_ToolBarItemSpacing) + 6;
    // Room to spare for a button whose text grows ("Play" becomes "Pause") while the rows stay.
    const int slack = 24;
    const QList<bool> breaks = toolBarRowBreaks(widths, m_window.width() - slack, spacing);
    bool moved = false;
    for (qsizetype i = 1; i < m_bars.size(); ++i) {
        QToolBar *bar = m_bars[i];
        if (breaks[i] == m_window.toolBarBreak(bar))
            continue;
        moved = true;
        if (breaks[i])
            m_window.insertToolBarBreak(bar);
        else
            m_window.removeToolBarBreak(bar);
    }
    return moved;
}

} // namespace bp::ui
