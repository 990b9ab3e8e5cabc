#pragma once

#include "app/training/snapshot_metatype.h"
#include "core/maths/activation.h"
#include "core/formats/experiment.h"
#include "core/training/model_edit.h"
#include "core/maths/optimizer.h"
#include "core/data/preset.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace bp {

class TrainingWorker;

/// The GUI's handle on training. Lives in the GUI thread, owns the worker thread, turns intents
/// into queued commands, and hands the newest snapshot of the current run to the GUI. Snapshots of
/// an older run (before a reset) are dropped.
class TrainingController : public QObject {
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);
    /// Stops the worker promptly: raises the abort flag, quits the thread and waits for it.
    ~TrainingController() override;

    /// The newest snapshot, or null before the first one arrives.
    SnapshotPointer snapshot() const { return m_snapshot; }
    bool isRunning() const { return m_snapshot && m_snapshot->running; }

    /// Starts a new run on any lesson, e.g. one built from a file.
    void loadLesson(const Preset &lesson, quint64 seed = 1);

public slots:
    void loadPreset(const QString &name, quint64 seed = 1);
    /// Re-initialises the weights from the seed, keeping the live settings.
    void reset(quint64 seed);
    void play();
    void pause();
    void togglePlay();
    void stepSample(int index);
    void stepEpoch();
    void setLearningRate(double learningRate);
    /// The rate while the user is still choosing it: applied at once, recorded as one change by the
    /// setLearningRate that ends the choice.
    void previewLearningRate(double learningRate);
    void setActivation(int layer, bp::Activation activation);
    void setOptimizer(bp::Optimizer optimizer);
    void setBatchSize(int batchSize);
    void setShownSample(int index);
    /// Updates per second while playing; 0 = as fast as possible.
    void setPace(double stepsPerSecond);
    /// Saves the run to an experiment file (experimentSaved or commandFailed follow).
    void saveExperiment(const QString &path);
    /// Continues the run of an experiment file; a bad file leaves the current run as it was.
    void openExperiment(const QString &path);
    /// Writes the run to a crash-recovery file (recoveryWritten or recoveryFailed follow).
    void writeRecovery(const QString &path);
    /// The view (zoom, selection) saved with the experiment from now on.
    void setView(const bp::ExperimentView &view);
    /// Puts the run back to the kept state with this id (see TrainingSnapshot::timeline).
    void restoreState(quint64 id);
    /// Puts a diverged run back to its newest kept state with finite weights.
    void rewindToLastGood();
    /// Edits the data and/or the architecture of the live run, between two steps; the worker
    /// remembers how to undo it under `id` (see revisitEdit).
    void applyModelEdit(quint64 id, const bp::ModelEdit &edit);
    /// Sets one weight or bias of the live run, between two steps, remembered under `id`.
    void applyParameterEdit(quint64 id, const bp::ParameterEdit &edit);
    /// Undoes or redoes the edit remembered under `id`.
    void revisitEdit(quint64 id, bool undo);
    /// Starts runs side by side with the current one, one per variant text ("lr=2", 1 to 3).
    void compareWith(const QStringList &variants);
    /// Puts run `index` of the runs side by side in focus.
    void setFocusRun(int index);
    /// Keeps the run in focus alone.
    void stopComparing();

signals:
    void snapshotChanged(bp::SnapshotPointer snapshot);
    void commandFailed(const QString &message);
    void experimentSaved(const QString &path);
    void recoveryWritten(const QString &path, qint64 stepCount);
    void recoveryFailed(const QString &message);
    /// Training refused the edit with this id (commandFailed says why).
    void editRefused(quint64 id);

private:
    void receiveSnapshot(bp::SnapshotPointer snapshot);

    QThread m_thread;
    TrainingWorker *m_worker = nullptr;
    std::atomic<bool> m_abort{false};
    std::atomic<bool> m_inFlight{false};
    quint64 m_runId = 1;
    quint64 m_lastRunId = 1;
    // The run id an experiment file being opened will get, or 0.
    quint64 m_pendingRunId = 0;
    SnapshotPointer m_snapshot;
};

} // namespace bp
