#pragma once

#include "app/training/sibling_runs.h"
#include "app/training/snapshot_metatype.h"
#include "core/formats/experiment.h"
#include "core/training/live_change.h"
#include "core/training/model_edit.h"
#include "core/data/preset.h"
#include "core/training/timeline.h"
#include "core/training/trainer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <variant>

namespace bp {

/// Owns the live trainer and runs it in its own thread (Qt's worker-object pattern): only this
/// object touches the network. It trains in chunks of about 10 ms and returns to its event loop
/// between them, so commands queued from the GUI are applied in order between steps, with no
/// mutex around the network. Results leave as immutable snapshots.
class TrainingWorker : public QObject {
    Q_OBJECT

public:
    /// abort ends a chunk early (reset, shutdown); inFlight is true while the GUI has not yet
    /// taken the last snapshot, so a slow GUI never builds a backlog.
    TrainingWorker(std::atomic<bool> *abort, std::atomic<bool> *inFlight);

    /// Starts a new run on this lesson (dataset, network shape, settings), weights from the seed.
    void loadLesson(const Preset &lesson, quint64 seed, quint64 runId);

public slots:
    void loadPreset(const QString &name, quint64 seed, quint64 runId);
    void reset(quint64 seed, quint64 runId);
    void play();
    void pause();
    /// One recorded step on sample `index` (the trace goes out with the next snapshot).
    void stepSample(int index);
    void stepEpoch();
    /// Sets the learning rate and records the change (one marker).
    void setLearningRate(double learningRate);
    /// Sets the learning rate while the user is still choosing it (a slider being dragged): the
    /// change is recorded once, from the rate before the first preview, by setLearningRate.
    void previewLearningRate(double learningRate);
    void setActivation(int layer, bp::Activation activation);
    void setOptimizer(bp::Optimizer optimizer);
    void setBatchSize(int batchSize);
    void setShownSample(int index);
    /// Limits continuous training to this many updates per second, so a class can watch a small
    /// network learn; 0 trains as fast as the machine can.
    void setPace(double stepsPerSecond);
    /// Writes the whole run to an experiment file (atomically); experimentSaved or commandFailed.
    void saveExperiment(const QString &path);
    /// Continues the run saved in an experiment file; on a bad file the current run is untouched.
    void openExperiment(const QString &path, quint64 runId);
    /// Continues a run given whole (a class session's private copy), as openExperiment does a file's.
    void continueExperiment(const bp::Experiment &experiment, quint64 runId);
    /// Writes the run to the crash-recovery file (atomically); recoveryWritten or recoveryFailed.
    void writeRecovery(const QString &path);
    /// How the GUI shows the run (zoom, selection), saved with the experiment.
    void setView(const bp::ExperimentView &view);
    /// Puts the run back to a kept state (pausing it). The later states stay until training
    /// resumes, so the teacher can scrub back and forth; resuming drops them and their epochs.
    void restoreState(quint64 id);
    /// Puts a diverged run back to its newest kept state with finite weights and loss.
    void rewindToLastGood();
    /// Edits the data and/or the architecture between two steps (training goes on if it was
    /// running); an edit that does not fit changes nothing and is reported by commandFailed. The
    /// edit is remembered under `id` with what undoes it, for revisitEdit.
    void applyModelEdit(quint64 id, const bp::ModelEdit &edit);
    /// Sets one weight or bias between two steps, remembered under `id` like a model edit.
    void applyParameterEdit(quint64 id, const bp::ParameterEdit &edit);
    /// Undoes (undo = true) or redoes the edit remembered under `id`. Each time, what reverses it
    /// is taken from the model as it is then, so undo and redo round trip exactly.
    void revisitEdit(quint64 id, bool undo);
    /// Takes histogram rows from now on (one at once for the current state) or stops taking them.
    void setHistogramsEnabled(bool on);
    /// Starts runs side by side with the run in focus (which becomes the original): one per
    /// variant text ("lr=2,optimizer=adam", 1 to 3), trained in lockstep with it.
    void compareWith(const QStringList &variants);
    /// Puts run `index` of the runs side by side in focus: the graph, the panels and the
    /// settings follow it.
    void setFocusRun(int index);
    /// Keeps the run in focus and drops the others.
    void stopComparing();

signals:
    void snapshotReady(bp::SnapshotPointer snapshot);
    /// A command could not be applied; the message says why, in words for the user.
    void commandFailed(const QString &message);
    void experimentSaved(const QString &path);
    /// The recovery file holds the run as of this step count.
    void recoveryWritten(const QString &path, qint64 stepCount);
    void recoveryFailed(const QString &message);
    /// The edit with this id was refused (commandFailed says why): the GUI drops it from its history.
    void editRefused(quint64 id);

private:
    void runChunk();
    void publish(bool force, std::shared_ptr<const Trace> trace = nullptr);
    void recordEpoch(const EpochMetrics &metrics);
    /// The histograms of the network now, for the next snapshot and the run's history.
    void takeHistograms();
    /// Starts the run's histogram history from saved rows (none for a new run), all of them for the
    /// next snapshot, and a row of the network now when histograms are wanted.
    void startHistograms(const std::vector<HistogramRowPointer> &saved);
    void stopRunning();
    /// Starts a run's timeline with its first state.
    void startTimeline();
    void recordState(double loss);
    /// Called before any training step: leaving a restored state drops the states after it.
    void leaveRestoredState();
    Experiment currentExperiment() const;
    using AnyEdit = std::variant<ModelEdit, ParameterEdit>;
    // Applies the edit and returns what undoes it; throws InputError, changing nothing. The changes
    // it makes are recorded as made by the edit `recordAs` (none when 0).
    AnyEdit applyEdit(const AnyEdit &edit, std::uint64_t recordAs);
    void recordEdit(quint64 id, const AnyEdit &edit);
    void editApplied();
    /// Sets the trainer's rate and lifts a divergence; a refused rate is reported by commandFailed
    /// and changes nothing (false).
    bool applyLearningRate(double learningRate);
    /// Records a live change made now (its epoch, step and serial are filled in).
    void recordChange(LiveChange change);
    void clearChanges();
    void startSiblings(const std::vector<RunVariant> &variants);

    std::atomic<bool> *m_abort;
    std::atomic<bool> *m_inFlight;
    std::optional<Trainer> m_trainer;
    QString m_presetName;
    InitScheme m_init = InitScheme::Uniform;
    /// r of the uniform scheme's U(−r, r): a reset draws as the lesson did.
    double m_initRange = 0.5;
    // The other runs side by side, when comparing.
    SiblingRuns m_siblings;
    quint64 m_seed = 1;
    quint64 m_runId = 0;
    std::uint64_t m_serial = 0;
    std::uint64_t m_editsHandled = 0;
    // What undoes and what redoes each edit of the undo history, by id (bounded: see recordEdit).
    struct EditRecord {
        AnyEdit undo;
        AnyEdit redo;
    };
    std::map<quint64, EditRecord> m_edits;
    std::shared_ptr<const Dataset> m_dataset;
    bool m_running = false;
    int m_shownSample = 0;
    // A child, so that it moves to the worker thread with its parent.
    QTimer *m_chunkTimer = nullptr;
    QElapsedTimer m_sincePublish;
    std::vector<EpochMetrics> m_pendingEpochs;
    // Histograms are taken only while the GUI shows them, in their own scratch memory.
    bool m_histogramsOn = false;
    Workspace m_histogramWorkspace;
    std::vector<HistogramRowPointer> m_pendingHistograms;
    // The run's rows so far (shared with the snapshots), for saving with the run.
    HistogramHistory m_histograms;
    // True when the next snapshot's rows replace all the GUI holds (another run came into focus).
    bool m_histogramsRestarted = false;
    // Every epoch of the run, for saving; thinned to half when it grows past twice what is saved.
    std::vector<EpochMetrics> m_history;
    // Throughput over a sliding second.
    QElapsedTimer m_rateClock;
    std::int64_t m_rateSamples = 0;
    // Pacing: updates allowed per second (0 = unlimited), counted from m_paceClock.
    double m_pace = 0.0;
    QElapsedTimer m_paceClock;
    std::int64_t m_pacedSteps = 0;
    double m_samplesPerSecond = 0.0;
    // Loss and accuracy last published, for large datasets between two epochs.
    double m_lastLoss = 0.0;
    double m_lastAccuracy = 0.0;
    Timeline m_timeline;
    // What the GUI last received of the timeline; rebuilt when the timeline changes.
    std::shared_ptr<const std::vector<TimelineMark>> m_timelineMarks;
    bool m_timelineChanged = true;
    std::uint64_t m_restoredId = 0;
    bool m_historyRestarted = false;
    ExperimentView m_view;
    // The live changes of the run, as the snapshots and files carry them.
    std::vector<LiveChange> m_changes;
    std::shared_ptr<const std::vector<LiveChange>> m_sharedChanges;
    bool m_changesChanged = true;
    std::uint64_t m_changeSerial = 0;
    // The serial of the newest change when each kept state was recorded, by the state's id; and
    // when the run was put back, so resuming drops the changes made in between.
    std::map<std::uint64_t, std::uint64_t> m_changeSerialAtState;
    std::uint64_t m_changeSerialAtRestore = 0;
    // The rate before a slider drag began (previewLearningRate), until the drag ends.
    std::optional<double> m_rateBeforePreview;
};

} // namespace bp
