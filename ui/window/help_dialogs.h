#pragma once

#include <QCoreApplication>

class QWidget;

namespace bp::ui {

/// Help ▸ Keyboard shortcuts and Help ▸ About.
class HelpDialogs {
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)

public:
    static void showShortcuts(QWidget *parent);
    static void showAbout(QWidget *parent);
};

} // namespace bp::ui
