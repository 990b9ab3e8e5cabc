#include "ui/chain/chain_dock_fit.h"

#include "ui/chain/chain_rule_view.h"

#include <QDockWidget>
#include <QMainWindow>

#include <algorithm>

namespace bp::ui {

void fitChainRuleDock(QMainWindow &window, QDockWidget &dock, const ChainRuleView &view, bool presenting)
{
    // The dock's title bar and a scroll bar's worth around the view.
    constexpr int kFrame = 48;
    const QSize needed = view.minimumSizeHint() + QSize(kFrame, kFrame);
    // Presenting, four tenths of the height whatever it needs: more, and the graph's values give way.
    const int height =
        presenting ? window.height() * 40 / 100 : std::min(needed.height(), window.height() / 2);
    window.resizeDocks({&dock}, {height}, Qt::Vertical);
    window.resizeDocks({&dock}, {std::min(needed.width(), window.width() * 3 / 4)}, Qt::Horizontal);
}

} // namespace bp::ui
