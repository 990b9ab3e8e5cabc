#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <functional>

namespace bp {
class RecoveryStore;
class TrainingController;
namespace ui {
class MainWindow;
}

/// Connects the main window's intents to the controller and the controller's snapshots to the
/// window: the only place where the app and the widgets meet (main.cpp and the GUI tests use it).
void connectStudio(TrainingController &controller, ui::MainWindow &window);

/// What a recovery file left by a session that ended unexpectedly holds, for the question.
struct RecoveryOffer {
    QString path;
    QDateTime written;
    QString lesson;
    std::int64_t epoch = 0;
};

/// How the user is asked: main.cpp shows dialogs, tests answer directly.
struct RecoveryPrompts {
    /// True to restore the session, false to discard it.
    std::function<bool(const RecoveryOffer &offer)> askToRestore;
    /// A recovery file could not be read; the message names the problem and where the file went.
    std::function<void(const QString &message)> reportBroken;
};

/// Offers the recovery files of sessions that are no longer running, newest first, until one is
/// restored: it becomes this session's own recovery file and the window continues it (the caller
/// then loads no lesson). Discarded files are deleted; unreadable ones are reported and set aside.
/// Returns true when a session was restored.
bool offerRecovery(RecoveryStore &store, ui::MainWindow &window, const RecoveryPrompts &prompts);

} // namespace bp
