#pragma once

#include "app/training/snapshot_metatype.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace bp {

class RecoveryStore;
class TrainingController;

/// Writes the session to its recovery file while there is unsaved work: every interval (60 s by
/// default) when training changed the network since the last write, and at once when training
/// pauses. An explicit save removes the file (the work is safe in the experiment file then).
class Autosaver : public QObject {
    Q_OBJECT

public:
    /// hasUnsavedWork tells whether the window holds work not yet saved to an experiment file.
    Autosaver(TrainingController &controller, RecoveryStore &store, std::function<bool()> hasUnsavedWork,
              QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Called just before each write (the app sends the window's view to the worker there).
    void setBeforeWrite(std::function<void()> beforeWrite) { m_beforeWrite = std::move(beforeWrite); }
    int interval() const { return m_timer.interval(); }
    /// Writes now if there is unsaved work not yet in the recovery file.
    void saveIfNeeded();

signals:
    /// The recovery file was written (for the status bar and tests).
    void autosaved(const QString &path);
    void autosaveFailed(const QString &message);

private:
    void onSnapshot(const bp::SnapshotPointer &snapshot);

    TrainingController &m_controller;
    RecoveryStore &m_store;
    std::function<bool()> m_hasUnsavedWork;
    std::function<void()> m_beforeWrite;
    QTimer m_timer;
    bool m_wasRunning = false;
    // The step count the recovery file holds (−1: none), and the run it belongs to.
    qint64 m_writtenSteps = -1;
    quint64 m_writtenRun = 0;
    qint64 m_requestedSteps = -1;
    quint64 m_requestedRun = 0;
};

} // namespace bp
