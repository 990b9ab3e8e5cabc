#pragma once

#include <QList>

class QDockWidget;
class QMainWindow;

namespace bp::ui {

/// Which panels give way on a small projector. On a narrow window (a 1024 × 768 projector) the right
/// column (the equation and the panels tabbed with it) moves under the graph, beside the loss chart:
/// the graph gets the width its values need, the equation a wide strip, and the samples table keeps
/// its column. On a narrow or short window (1280 × 720) the gradient chart becomes a tab behind the
/// loss chart, which then has the width for its key on one line and the height for its labels. On
/// a larger window both come back. On a short window that is not narrow (1280 × 720) the right column
/// runs down to the status bar beside the charts. Nothing moves while the window stays in one class
/// of size, so a layout the user arranged is kept.
class RoomLayout {
public:
    struct Docks {
        QDockWidget *equation = nullptr;
        /// Tabbed with the equation in the right column (gradient check, architecture).
        QList<QDockWidget *> equationTabs;
        QDockWidget *loss = nullptr;
        QDockWidget *gradient = nullptr;
        /// Tabbed with the loss chart wherever it goes (the chain rule), so a move never leaves one
        /// alone in a corner, squeezing the charts.
        QList<QDockWidget *> lossTabs;
    };

    /// Below this width the right column moves under the graph.
    static constexpr int kNarrowWidth = 1200;
    /// Below this height (and on a narrow window) the two charts share one place as tabs.
    static constexpr int kShortHeight = 800;

    RoomLayout(QMainWindow &window, Docks docks);

    /// Arranges the docks for the window's size (call on resize, not while presenting); true when
    /// the window changed its class of size and the docks moved.
    bool fit();
    /// Forgets the arrangement (after a saved layout was restored): the next fit() takes the window
    /// as it is for its size class.
    void reset();
    bool isNarrow() const { return m_known && m_equationBelow; }
    /// Presenter mode: the samples' column is hidden, so the equation gets the right column back at
    /// every size, down to the status bar (its larger type needs the height).
    void putEquationRight();

private:
    void arrange(bool equationBelow, bool chartsTabbed);
    void keepTabsWhole();
    void giveCornerToRightColumn(bool right);

    QMainWindow &m_window;
    Docks m_docks;
    bool m_known = false;
    bool m_equationBelow = false;
    bool m_chartsTabbed = false;
};

} // namespace bp::ui
