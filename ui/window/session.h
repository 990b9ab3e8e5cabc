#pragma once

#include "core/training/training_snapshot.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace bp::ui {

/// The experiment session of a window: its file (once saved or opened), the recent files, whether
/// there is unsaved work, the recovery of a crashed session, the question on close and the window's
/// title. Opening and saving go to training through the signals; the answers come back as calls.
class Session : public QObject {
    Q_OBJECT

public:
    /// `window`: the parent of the file dialogs. `undoStack`: edits since the last save count as unsaved.
    Session(QWidget *window, QUndoStack *undoStack);

    /// File ▸ Open, Save, Save as and Open recent.
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QMenu *recentMenu() const { return m_recentMenu; }

    /// Recent files are kept in the user's settings (the app; tests leave it off).
    void setPersistent(bool persistent);
    void setAskToSaveOnClose(bool ask) { m_askToSave = ask; }
    QString experimentPath() const { return m_experimentPath; }
    /// True when training or an edit changed the network since the lesson was opened or last saved.
    bool hasUnsavedWork() const;

    /// A snapshot arrived; `newRun` when it starts a run. Returns true when that run came from a
    /// file (this session's experiment or a recovery), whose view the window then restores.
    bool receive(const SnapshotPointer &snapshot, bool newRun);
    /// Opens an experiment file (File ▸ Open without the dialog, a dropped file, a recent one).
    void openFile(const QString &path);
    /// Continues a crash-recovery file: like opening it, but the work counts as unsaved and the
    /// session has no file of its own.
    void restoreRecovery(const QString &path);
    /// Opens the experiment that was open when the app last closed, if Preferences ask for it;
    /// true when an open was requested.
    bool reopenLast();
    /// The run was saved to this file.
    void saved(const QString &path);
    /// A command failed (a save or an open): a close waiting for the save is off, a file that
    /// could not be opened is not this session's.
    void commandFailed();
    /// Asks whether to save unsaved work before the window closes; false when closing must wait
    /// (cancelled, or the save is on its way and closeRequested() follows when it is written).
    bool confirmClose();
    /// Whether confirmClose() would ask (unsaved work, asking is on, no save for closing under way).
    bool willAskBeforeClosing() const { return m_askToSave && hasUnsavedWork() && !m_closeAfterSave; }
    /// A save chosen in the close question is under way; the window closes when it is written.
    bool isClosingAfterSave() const { return m_closeAfterSave; }

signals:
    void openExperimentRequested(const QString &path);
    void saveExperimentRequested(const QString &path);
    void titleChanged(const QString &title);
    void message(const QString &message, int timeoutMs);
    /// The save asked for on close was written: the window may close now.
    void closeRequested();

private:
    void saveAs();
    void openWithDialog();
    void addRecent(const QString &path);
    void updateRecentMenu();
    QString title() const;

    QWidget *m_window = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QMenu *m_recentMenu = nullptr;
    SnapshotPointer m_snapshot;
    bool m_persistent = false;
    /// The experiment file of this run, once saved or opened.
    QString m_experimentPath;
    /// A file asked to open, until its run arrives (or it fails).
    QString m_pendingOpenPath;
    /// A recovery file being restored, until its run arrives.
    bool m_pendingRecovery = false;
    bool m_recovered = false;
    bool m_askToSave = false;
    bool m_closeAfterSave = false;
    std::int64_t m_savedStepCount = 0;
};

} // namespace bp::ui
