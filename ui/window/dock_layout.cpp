#include "ui/window/dock_layout.h"

#include "ui/window/room_layout.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QTabBar>
#include <QTimer>

#include <algorithm>

namespace bp::ui {

DockLayout::DockLayout(QMainWindow *window) : QObject(window), m_window(window)
{
}

DockLayout::~DockLayout() = default;

QDockWidget *DockLayout::add(const PanelDescription &panel)
{
    auto *dock = new QDockWidget(panel.title, m_window);
    dock->setObjectName(QString::fromLatin1(panel.name));
    panel.widget->setParent(dock);
    dock->setWidget(panel.widget);
    if (panel.minimumWidth > 0)
        dock->setMinimumWidth(panel.minimumWidth);
    QDockWidget *beside = panel.beside ? this->dock(panel.beside) : nullptr;
    switch (panel.place) {
    case PanelDescription::Place::Area: m_window->addDockWidget(panel.area, dock); break;
    case PanelDescription::Place::TabWith: m_window->tabifyDockWidget(beside, dock); break;
    case PanelDescription::Place::Below: m_window->splitDockWidget(beside, dock, Qt::Vertical); break;
    case PanelDescription::Place::RightOf:
        m_window->addDockWidget(panel.area, dock);
        m_window->splitDockWidget(beside, dock, Qt::Horizontal);
        break;
    }
    m_panels.push_back({panel, dock});
    return dock;
}

QDockWidget *DockLayout::dock(const char *name) const
{
    for (const Panel &panel : m_panels)
        if (qstrcmp(panel.description.name, name) == 0)
            return panel.dock;
    return nullptr;
}

QList<QDockWidget *> DockLayout::docks() const
{
    QList<QDockWidget *> result;
    for (const Panel &panel : m_panels)
        result.append(panel.dock);
    return result;
}

void DockLayout::feed(const TrainingSnapshot &snapshot, bool keepVisibility)
{
    for (const Panel &panel : m_panels) {
        const PanelDescription &d = panel.description;
        const bool applies = !d.applies || d.applies(snapshot);
        if (d.applies && !keepVisibility)
            panel.dock->setVisible(applies);
        if (applies && d.feed)
            d.feed(snapshot);
    }
}

void DockLayout::sizeDocks(const std::function<void()> &onShortScreen)
{
    using namespace dock_names;
    QDockWidget *samples = dock(kSamples);
    QDockWidget *codes = dock(kCodes);
    const QSize size = m_window->size();
    fitRoom();
    // Tall enough for the charts' key on a line and their tick labels whole (Qt elides them to "…").
    const int chartHeight = std::clamp(size.height() * 30 / 100, 240, 320);
    m_window->resizeDocks({dock(kLoss), dock(kGradient)}, {chartHeight, chartHeight}, Qt::Vertical);
    const int leftColumn = size.height() - chartHeight - 120;
    if (size.height() < 900) {
        onShortScreen();
        // Too short for the table above the codes: they share the column as tabs.
        m_window->tabifyDockWidget(samples, codes);
        m_window->tabifyDockWidget(samples, dock(kBoundary));
        samples->raise();
    } else {
        m_window->resizeDocks({samples, codes}, {leftColumn * 58 / 100, leftColumn * 42 / 100}, Qt::Vertical);
    }
    if (isEquationBelow()) {
        // The equation shares the strip under the graph: the samples' column is the only side one.
        // (Wide enough for its tabs' titles whole: Samples, Dataset, Codes or Boundary.)
        m_window->resizeDocks({samples}, {std::max(samples->minimumSizeHint().width(), 300)}, Qt::Horizontal);
        m_window->resizeDocks({dock(kEquation)}, {std::clamp(size.height() * 40 / 100, 240, 340)}, Qt::Vertical);
    } else {
        // As wide from the start as its tabs will be: a lesson that opens the loss over two weights
        // as a fourth tab then reflows nothing.
        m_window->resizeDocks(
            {samples, dock(kEquation)},
            {std::clamp(size.width() * 22 / 100, 280, 420),
             std::max(std::clamp(size.width() * 23 / 100, 320, 460), rightColumnTabsWidth())},
            Qt::Horizontal);
    }
}

int DockLayout::rightColumnTabsWidth() const
{
    using namespace dock_names;
    // A bar like the window's own rows of dock tabs (its style, font and style sheet), never shown.
    QTabBar measure(m_window);
    measure.hide();
    measure.setDocumentMode(m_window->documentMode());
    measure.setElideMode(Qt::ElideNone);
    measure.setUsesScrollButtons(false);
    measure.setExpanding(false);
    for (const char *name : {kEquation, kGradientCheck, kArchitecture, kLandscape})
        if (const QDockWidget *panel = dock(name))
            measure.addTab(panel->windowTitle());
    return measure.sizeHint().width() + 2;
}

RoomLayout &DockLayout::room()
{
    using namespace dock_names;
    if (!m_room)
        m_room = std::make_unique<RoomLayout>(
            *m_window, RoomLayout::Docks{dock(kEquation), {dock(kGradientCheck), dock(kArchitecture), dock(kLandscape)},
                                         dock(kLoss), dock(kGradient), {dock(kChainRule), dock(kHistograms)}});
    return *m_room;
}

void DockLayout::widenRightColumnForTabs()
{
    QTimer::singleShot(0, m_window, [this] {
        QDockWidget *equation = dock(dock_names::kEquation);
        if (isEquationBelow() || equation->isFloating() || !equation->isVisible())
            return;
        for (const QTabBar *bar : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
            if (!bar->isVisible() || m_window->dockWidgetArea(equation) != Qt::RightDockWidgetArea ||
                bar->geometry().left() < equation->geometry().left() - 1)
                continue;
            int needed = 0;
            for (int i = 0; i < bar->count(); ++i)
                needed += bar->tabRect(i).width();
            if (needed > bar->width())
                m_window->resizeDocks({equation}, {equation->width() + needed - bar->width() + 2}, Qt::Horizontal);
        }
    });
}

bool DockLayout::fitRoom()
{
    return room().fit();
}

void DockLayout::resetRoom()
{
    room().reset();
}

void DockLayout::putEquationRight()
{
    room().putEquationRight();
}

bool DockLayout::isEquationBelow() const
{
    return m_room && m_room->isNarrow();
}

QList<QWidget *> DockLayout::panels(QWidget *graph) const
{
    QList<QWidget *> result{graph};
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        // A dock behind another's tab is "visible" but its contents are not.
        if (dock->isVisible() && dock->widget() && dock->widget()->isVisible())
            result.append(dock);
    }
    return result;
}

void DockLayout::focusPanel(QWidget *graph, int direction)
{
    const QList<QWidget *> all = panels(graph);
    if (all.isEmpty())
        return;
    int current = -1;
    for (QWidget *focus = QApplication::focusWidget(); focus && current < 0; focus = focus->parentWidget())
        current = static_cast<int>(all.indexOf(focus));
    const int count = static_cast<int>(all.size());
    const int next = current < 0 ? (direction > 0 ? 0 : count - 1) : (current + direction + count) % count;
    QWidget *panel = all[next];
    // The panel itself when it takes focus, else its first control that does.
    QWidget *target = panel->focusPolicy() & Qt::TabFocus ? panel : nullptr;
    if (!target) {
        for (QWidget *child : panel->findChildren<QWidget *>()) {
            if ((child->focusPolicy() & Qt::TabFocus) && child->isVisible() && child->isEnabled()) {
                target = child;
                break;
            }
        }
    }
    (target ? target : panel)->setFocus(Qt::ShortcutFocusReason);
}

bool DockLayout::restore(const QSettings &settings, bool *geometryRestored)
{
    *geometryRestored = false;
    if (settings.value("layoutVersion").toInt() != kLayoutVersion)
        return false;
    *geometryRestored = m_window->restoreGeometry(settings.value("geometry").toByteArray());
    resetRoom();
    return m_window->restoreState(settings.value("windowState").toByteArray(), kLayoutVersion);
}

void DockLayout::save(QSettings &settings, const QByteArray &state) const
{
    settings.setValue("layoutVersion", kLayoutVersion);
    settings.setValue("geometry", m_window->saveGeometry());
    settings.setValue("windowState", state);
}

} // namespace bp::ui
