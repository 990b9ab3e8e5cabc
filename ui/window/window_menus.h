#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace bp::ui {

class DockLayout;
class EditHistory;
class ExportActions;
class Session;
class TimelineStrip;
class WindowActions;
class WindowPanels;

/// The menu bar: File, Edit, Train, View, Lessons and Help. It gathers the actions the other parts
/// own and adds the few of its own (Preferences, the timeline's keys, F6, the lessons, the help);
/// what those ask of the window leaves as intents (the signals).
class WindowMenus : public QObject {
    Q_OBJECT

public:
    /// The parts whose actions the menus list.
    struct Parts {
        QMainWindow *window = nullptr;
        WindowActions *actions = nullptr;
        DockLayout *docks = nullptr;
        WindowPanels *panels = nullptr;
        EditHistory *edits = nullptr;
        Session *session = nullptr;
        ExportActions *exports = nullptr;
        TimelineStrip *timeline = nullptr;
    };

    /// Fills the window's menu bar.
    explicit WindowMenus(const Parts &parts);

    /// Edit > Preferences… (Ctrl+,).
    QAction *preferences = nullptr;

signals:
    void lessonChosen(const QString &name);
    void preferencesRequested();
    void rewindRequested();
    /// Train › Compare with… and Stop comparing (runs side by side).
    void compareRequested();
    void stopComparingRequested();
    /// F6 (+1) and Shift+F6 (−1).
    void focusPanelRequested(int direction);
    void guideRequested();
};

} // namespace bp::ui
