#pragma once

class QDockWidget;
class QMainWindow;

namespace bp::ui {

class ChainRuleView;

/// Gives the chain-rule dock, when it is raised, the room its text needs at the minimum size (as
/// much as half the window's height and three quarters of its width): its boxes, two lines of
/// text each, want more height than the loss chart it is tabbed with. In presenter mode 40 % of
/// the height, so that the graph keeps its values. What does not fit scrolls.
void fitChainRuleDock(QMainWindow &window, QDockWidget &dock, const ChainRuleView &view, bool presenting);

} // namespace bp::ui
