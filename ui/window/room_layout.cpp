#include "ui/window/room_layout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTabBar>

#include <algorithm>

namespace bp::ui {

RoomLayout::RoomLayout(QMainWindow &window, Docks docks) : m_window(window), m_docks(std::move(docks)) {}

void RoomLayout::reset()
{
    m_known = false;
}

bool RoomLayout::fit()
{
    if (!m_docks.equation || !m_docks.loss || !m_docks.gradient)
        return false;
    const bool narrow = m_window.width() < kNarrowWidth;
    const bool chartsTabbed = narrow || m_window.height() < kShortHeight;
    if (!m_known) {
        // The layout as built or restored is taken as it is.
        m_known = true;
        m_equationBelow = m_window.dockWidgetArea(m_docks.equation) == Qt::BottomDockWidgetArea;
        m_chartsTabbed = m_window.tabifiedDockWidgets(m_docks.loss).contains(m_docks.gradient);
    }
    const bool moves = narrow != m_equationBelow || chartsTabbed != m_chartsTabbed;
    if (moves)
        arrange(narrow, chartsTabbed);
    // On a short window the right column runs down to the status bar, beside the charts: the
    // equation of a hidden neuron (BP2, a term per line) needs the height more than the charts
    // need the width.
    giveCornerToRightColumn(!narrow && m_window.height() < kShortHeight);
    keepTabsWhole();
    return moves;
}

void RoomLayout::giveCornerToRightColumn(bool right)
{
    const Qt::DockWidgetArea area = right ? Qt::RightDockWidgetArea : Qt::BottomDockWidgetArea;
    if (m_window.corner(Qt::BottomRightCorner) != area)
        m_window.setCorner(Qt::BottomRightCorner, area);
}

void RoomLayout::putEquationRight()
{
    if (!m_docks.equation || !m_docks.loss || !m_docks.gradient)
        return;
    if (!m_known) {
        m_known = true;
        m_chartsTabbed = m_window.tabifiedDockWidgets(m_docks.loss).contains(m_docks.gradient);
        m_equationBelow = m_window.dockWidgetArea(m_docks.equation) == Qt::BottomDockWidgetArea;
    }
    if (m_equationBelow)
        arrange(false, m_chartsTabbed);
    // The equation's larger type needs the column's whole height.
    giveCornerToRightColumn(true);
}

void RoomLayout::arrange(bool equationBelow, bool chartsTabbed)
{
    m_equationBelow = equationBelow;
    m_chartsTabbed = chartsTabbed;
    const bool equationShown = m_docks.equation->isVisibleTo(&m_window);
    const bool lossShown = m_docks.loss->isVisibleTo(&m_window);
    const bool gradientShown = m_docks.gradient->isVisibleTo(&m_window);
    if (chartsTabbed) {
        m_window.tabifyDockWidget(m_docks.loss, m_docks.gradient);
    } else {
        m_window.addDockWidget(Qt::BottomDockWidgetArea, m_docks.gradient);
        m_window.splitDockWidget(m_docks.loss, m_docks.gradient, Qt::Horizontal);
    }
    if (equationBelow) {
        m_window.addDockWidget(Qt::BottomDockWidgetArea, m_docks.equation);
        m_window.splitDockWidget(m_docks.equation, m_docks.loss, Qt::Horizontal);
        if (chartsTabbed)
            m_window.tabifyDockWidget(m_docks.loss, m_docks.gradient);
    } else {
        m_window.addDockWidget(Qt::RightDockWidgetArea, m_docks.equation);
    }
    for (QDockWidget *tab : std::as_const(m_docks.equationTabs))
        m_window.tabifyDockWidget(m_docks.equation, tab);
    QList<bool> lossTabsShown;
    for (QDockWidget *tab : std::as_const(m_docks.lossTabs)) {
        lossTabsShown.append(tab->isVisibleTo(&m_window));
        m_window.tabifyDockWidget(m_docks.loss, tab);
    }
    for (qsizetype i = 0; i < m_docks.lossTabs.size(); ++i)
        m_docks.lossTabs[i]->setVisible(lossTabsShown[i]);
    m_docks.equation->setVisible(equationShown);
    m_docks.loss->setVisible(lossShown);
    m_docks.gradient->setVisible(gradientShown);
    m_docks.equation->raise();
    m_docks.loss->raise();
    if (equationBelow) {
        // The equation takes the larger share of the strip: it is what the class reads.
        m_window.resizeDocks({m_docks.equation, m_docks.loss},
                             {m_window.width() * 56 / 100, m_window.width() * 44 / 100}, Qt::Horizontal);
        m_window.resizeDocks({m_docks.equation}, {std::clamp(m_window.height() * 40 / 100, 240, 340)},
                             Qt::Vertical);
    }
}

void RoomLayout::keepTabsWhole()
{
    // A tab's title is what tells the panels apart: never "Equ…"; scroll buttons when they do not fit.
    for (QTabBar *bar : m_window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
}

} // namespace bp::ui
