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
    /// The experiment file named on the command line, or empty: restoring the session means not
    /// opening it, so the question names it.
    QString fileAsked;
};

/// The answer to a recovery offer.
enum class RecoveryChoice {
    /// Continue the saved session (it becomes this session's own recovery file).
    Restore,
    /// Delete the saved session.
    Discard,
    /// Leave it for the next start (the user opened a file instead); nothing is deleted.
    KeepForLater,
};

/// How the user is asked: main.cpp shows dialogs, tests answer directly.
struct RecoveryPrompts {
    std::function<RecoveryChoice(const RecoveryOffer &offer)> askToRestore;
    /// A recovery file could not be read; the message names the problem and where the file went.
    std::function<void(const QString &message)> reportBroken;
};

/// Offers the recovery files of sessions that are no longer running, newest first, until one is
/// restored: it becomes this session's own recovery file and the window continues it (the caller
/// then loads no lesson). Discarded files are deleted, kept ones are left for the next start;
/// unreadable ones are reported and set aside. fileAsked: the experiment file named on the command
/// line (or empty), passed on to the question. Returns true when a session was restored.
bool offerRecovery(RecoveryStore &store, ui::MainWindow &window, const RecoveryPrompts &prompts,
                   const QString &fileAsked = {});

} // namespace bp
