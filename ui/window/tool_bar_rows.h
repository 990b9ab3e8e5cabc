#pragma once

#include <QList>

class QMainWindow;
class QToolBar;

namespace bp::ui {

/// Which bars start a new row, for bars of these widths (0: hidden) in a window this wide: each bar
/// joins the row of the one before it while the row has room for it (`spacing` between two bars),
/// else it starts the next row. A hidden bar never starts a row. The first entry is always false.
QList<bool> toolBarRowBreaks(const QList<int> &widths, int available, int spacing);

/// The window's tool bars laid out in as many rows as their controls need at the window's width, so
/// that no control hides behind the overflow arrow ("»") on a narrow projector: at 1920 pixels two
/// rows, at 1024 a third. The bars keep their order; the rows follow the widths the bars have now
/// (their language, presenter mode's larger buttons, the controls they show).
class ToolBarRows {
public:
    ToolBarRows(QMainWindow &window, QList<QToolBar *> bars);

    /// Puts the breaks between rows where the window's width needs them; true when a break moved.
    bool fit();

private:
    QMainWindow &m_window;
    QList<QToolBar *> m_bars;
};

} // namespace bp::ui
