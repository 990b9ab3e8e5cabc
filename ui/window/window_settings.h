#pragma once

#include "core/training/training_snapshot.h"

#include <QObject>
#include <QString>

class QMainWindow;

namespace bp::ui {

class DockLayout;
class PresenterMode;
class Session;
class WindowActions;

/// What the window keeps in the user's settings (QSettings): its geometry and dock layout, the
/// pace, the animation speed, the spotlight, presenter mode, the last lesson and experiment; and
/// Edit ▸ Preferences…, which changes the settings a teacher sets once. Nothing is read or written
/// until restore() (the app calls it; tests leave the user's settings alone).
class WindowSettings : public QObject {
    Q_OBJECT

public:
    /// The parts whose state is remembered.
    struct Parts {
        QMainWindow *window = nullptr;
        WindowActions *actions = nullptr;
        DockLayout *docks = nullptr;
        Session *session = nullptr;
        PresenterMode *presenter = nullptr;
    };
    /// What restore() found in the settings.
    struct Restored {
        bool geometry = false;
        bool docks = false;
    };

    explicit WindowSettings(const Parts &parts);

    /// Restores the window's geometry, dock layout, pace, animation speed and spotlight, and from
    /// now on remembers them. Call before the window is shown.
    Restored restore();
    /// The window is being shown: what restore() left for that moment (a fit to the screen once the
    /// window manager's frame is known, presenter mode once the docks are sized) is queued.
    void windowShown();
    /// The window closes: its layout, pace, speed, presenter mode, lesson (of `snapshot`, when there
    /// is one) and experiment file are kept for next time.
    void save(const SnapshotPointer &snapshot);
    /// The lesson the user had open last time (empty the first time).
    QString lastLesson() const;
    /// Edit ▸ Preferences…: applies what the teacher chose. True when the language changed (it
    /// applies at the next start).
    bool editPreferences();

private:
    Parts m_parts;
    bool m_persistent = false;
    bool m_presentOnShow = false;
    // Restored geometry is fitted to the screen again once the window is shown (see restore()).
    bool m_fitOnShow = false;
};

} // namespace bp::ui
