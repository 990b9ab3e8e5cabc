#include "app/training/training_worker.h"

#include "core/analysis/histogram.h"
#include "core/formats/error.h"
#include "core/formats/experiment.h"
#include "core/maths/metrics.h"
#include "core/formats/number_format.h"
#include "core/data/preset.h"

#include <algorithm>
#include <limits>

namespace bp {

namespace {

// Snapshots go out at most this often while training runs (about the display's rate).
constexpr int kPublishIntervalMs = 16;
// A chunk of training lasts about this long before the worker returns to its event loop.
constexpr int kChunkMs = 10;
// Datasets up to this size get every sample's activations in each snapshot.
constexpr int kMaxSamplesWithActivations = 256;
// Epoch metrics waiting for the GUI are thinned beyond this many.
constexpr std::size_t kMaxPendingEpochs = 4096;
// Edits remembered for undo and redo (the GUI's undo stack keeps fewer).
constexpr std::size_t kMaxRecordedEdits = 256;
// Histogram rows waiting for the GUI beyond this many: the oldest go.
constexpr std::size_t kMaxPendingHistograms = 64;

} // namespace

TrainingWorker::TrainingWorker(std::atomic<bool> *abort, std::atomic<bool> *inFlight)
    : m_abort(abort), m_inFlight(inFlight)
{
    m_chunkTimer = new QTimer(this);
    m_chunkTimer->setInterval(0);
    connect(m_chunkTimer, &QTimer::timeout, this, &TrainingWorker::runChunk);
    m_sincePublish.start();
    m_rateClock.start();
}

void TrainingWorker::loadPreset(const QString &name, quint64 seed, quint64 runId)
{
    try {
        loadLesson(makePreset(name.toStdString(), seed), seed, runId);
    } catch (const InputError &error) {
        emit commandFailed(QString::fromStdString(error.what()));
    }
}

void TrainingWorker::loadLesson(const Preset &lesson, quint64 seed, quint64 runId)
{
    m_abort->store(false);
    stopRunning();
    try {
        m_trainer.emplace(lesson.makeNetwork(seed), lesson.dataset, lesson.training);
        m_dataset = std::make_shared<const Dataset>(lesson.dataset);
    } catch (const InputError &error) {
        emit commandFailed(QString::fromStdString(error.what()));
        return;
    }
    m_presetName = QString::fromStdString(lesson.name);
    m_init = lesson.init;
    m_initRange = lesson.initRange;
    m_seed = seed;
    m_siblings.clear();
    startSiblings(lesson.siblings);
    m_runId = runId;
    m_serial = 0;
    m_shownSample = 0;
    m_view = ExperimentView{};
    m_pendingEpochs.clear();
    m_history.clear();
    clearChanges();
    m_samplesPerSecond = 0.0;
    startTimeline();
    startHistograms({});
    publish(true);
}

void TrainingWorker::reset(quint64 seed, quint64 runId)
{
    m_abort->store(false);
    if (!m_trainer)
        return;
    stopRunning();
    // Runs side by side start again beside the original's new weights.
    m_siblings.setFocus(0, m_trainer, m_history);
    const std::vector<RunVariant> variants = m_siblings.variants();
    m_siblings.clear();
    // Keep what the teacher set live (activations, learning rate, optimizer, batch size); draw new
    // weights from the seed, and start the counters and the optimizer's memory again.
    Network network = m_trainer->network();
    network.initialize(m_init, seed, m_initRange);
    const TrainingSettings settings = m_trainer->settings();
    m_trainer.emplace(std::move(network), *m_dataset, settings);
    m_seed = seed;
    startSiblings(variants);
    m_runId = runId;
    m_serial = 0;
    m_pendingEpochs.clear();
    m_history.clear();
    clearChanges();
    m_samplesPerSecond = 0.0;
    startTimeline();
    startHistograms({});
    publish(true);
}

Experiment TrainingWorker::currentExperiment() const
{
    ExperimentView view = m_view;
    view.shownSample = m_shownSample;
    Experiment experiment = captureExperiment(*m_trainer, m_presetName.toStdString(), m_seed, m_history, view);
    experiment.changes = m_changes;
    experiment.init = m_init;
    experiment.initRange = m_initRange;
    m_siblings.fill(experiment, *m_trainer, m_history);
    // The rows are the run in focus's: saved when it is the experiment's own run (run 0).
    if (m_siblings.focus() == 0)
        experiment.histograms = m_histograms.rows();
    return experiment;
}

void TrainingWorker::recordChange(LiveChange change)
{
    change.epoch = m_trainer->epoch();
    change.stepCount = m_trainer->stepCount();
    change.serial = ++m_changeSerial;
    appendChange(m_changes, std::move(change));
    m_changesChanged = true;
}

void TrainingWorker::clearChanges()
{
    m_changes.clear();
    m_changesChanged = true;
    m_changeSerialAtState.clear();
    m_changeSerialAtRestore = 0;
    m_rateBeforePreview.reset();
}

void TrainingWorker::writeRecovery(const QString &path)
{
    if (!m_trainer)
        return;
    try {
        bp::saveExperiment(path.toStdString(), currentExperiment());
        emit recoveryWritten(path, static_cast<qint64>(m_trainer->stepCount()));
    } catch (const InputError &error) {
        emit recoveryFailed(QString::fromStdString(error.what()));
    }
}

void TrainingWorker::setView(const ExperimentView &view)
{
    m_view = view;
}

void TrainingWorker::startTimeline()
{
    m_timeline.clear();
    m_restoredId = 0;
    m_historyRestarted = false;
    recordState(m_trainer->epochMetrics().loss);
}

void TrainingWorker::recordState(double loss)
{
    const std::uint64_t id = m_timeline.record(*m_trainer, loss);
    if (id != 0)
        m_changeSerialAtState[id] = m_changeSerial;
    // Forget the states the timeline has dropped.
    if (m_changeSerialAtState.size() > 2 * m_timeline.size() + 8) {
        std::erase_if(m_changeSerialAtState,
                      [this](const auto &entry) { return m_timeline.find(entry.first) == nullptr; });
    }
    m_timelineChanged = true;
}

void TrainingWorker::leaveRestoredState()
{
    if (m_restoredId == 0)
        return;
    const TimelineEntry *entry = m_timeline.find(m_restoredId);
    m_restoredId = 0;
    if (!entry)
        return;
    const std::int64_t epoch = entry->epoch;
    m_timeline.truncateAfter(entry->id);
    m_timelineChanged = true;
    // The epochs after the restored state belong to a future that no longer happens.
    while (!m_history.empty() && m_history.back().epoch > epoch)
        m_history.pop_back();
    m_histograms.truncateAfter(epoch);
    m_pendingEpochs = m_history;
    m_historyRestarted = true;
    m_siblings.resend();
    // So do the changes made after the state was kept.
    const auto kept = m_changeSerialAtState.find(entry->id);
    dropChangesBetween(m_changes, kept != m_changeSerialAtState.end() ? kept->second : 0, m_changeSerialAtRestore);
    m_changesChanged = true;
}

void TrainingWorker::restoreState(quint64 id)
{
    if (!m_trainer)
        return;
    const TimelineEntry *entry = m_timeline.find(id);
    if (!entry) {
        emit commandFailed(tr("That state is no longer kept."));
        return;
    }
    stopRunning();
    try {
        m_trainer.emplace(resumeFrom(*entry, *m_dataset));
    } catch (const InputError &error) {
        emit commandFailed(QString::fromStdString(error.what()));
        return;
    }
    if (m_restoredId == 0)
        m_changeSerialAtRestore = m_changeSerial;
    // The newest state itself is "now": nothing to drop when training resumes from it.
    m_restoredId = entry->id == m_timeline.entries().back().id ? 0 : entry->id;
    publish(true);
}

void TrainingWorker::rewindToLastGood()
{
    if (!m_trainer)
        return;
    const TimelineEntry *entry = m_timeline.lastGood();
    if (!entry) {
        emit commandFailed(tr("No earlier state with finite weights is kept."));
        return;
    }
    restoreState(entry->id);
}

void TrainingWorker::saveExperiment(const QString &path)
{
    if (!m_trainer)
        return;
    try {
        bp::saveExperiment(path.toStdString(), currentExperiment());
        emit experimentSaved(path);
    } catch (const InputError &error) {
        emit commandFailed(QString::fromStdString(error.what()));
    }
}

void TrainingWorker::openExperiment(const QString &path, quint64 runId)
{
    m_abort->store(false);
    Experiment experiment;
    try {
        experiment = loadExperiment(path.toStdString());
    } catch (const InputError &error) {
        emit commandFailed(QString::fromStdString(error.what()));
        publish(true);
        return;
    }
    continueExperiment(experiment, runId);
}

void TrainingWorker::continueExperiment(const Experiment &experiment, quint64 runId)
{
    m_abort->store(false);
    try {
        Trainer trainer = resumeTraining(experiment);
        SiblingRuns siblings;
        if (!experiment.siblings.empty())
            siblings.restore(experiment);
        stopRunning();
        m_trainer.emplace(std::move(trainer));
        m_siblings = std::move(siblings);
    } catch (const InputError &error) {
        // A file that cannot be used changes nothing: the current run goes on as it was.
        emit commandFailed(QString::fromStdString(error.what()));
        publish(true);
        return;
    }
    m_dataset = std::make_shared<const Dataset>(experiment.dataset);
    m_presetName = QString::fromStdString(experiment.lesson);
    const auto lessons = presetNames();
    // A file without runs side by side does not hold the initialisation: the lesson's, if known.
    m_init = experiment.init;
    m_initRange = experiment.initRange;
    if (experiment.siblings.empty()) {
        const bool known = std::find(lessons.begin(), lessons.end(), experiment.lesson) != lessons.end();
        const Preset lesson = known ? makePreset(experiment.lesson, experiment.seed) : Preset{};
        m_init = known ? lesson.init : InitScheme::Xavier;
        m_initRange = lesson.initRange;
    }
    m_seed = experiment.seed;
    m_runId = runId;
    m_serial = 0;
    m_shownSample = std::clamp(experiment.view.shownSample, 0, m_dataset->sampleCount() - 1);
    m_view = experiment.view;
    m_history = experiment.history;
    m_pendingEpochs = experiment.history;
    clearChanges();
    m_changes = experiment.changes;
    for (LiveChange &change : m_changes)
        change.serial = ++m_changeSerial;
    m_samplesPerSecond = 0.0;
    startTimeline();
    startHistograms(experiment.histograms);
    publish(true);
}

TrainingWorker::AnyEdit TrainingWorker::applyEdit(const AnyEdit &edit, std::uint64_t recordAs)
{
    if (const auto *model = std::get_if<ModelEdit>(&edit)) {
        const Network before = m_trainer->network();
        const Dataset beforeData = m_trainer->dataset();
        // New weights are drawn as the run in focus drew its own (a lesson's range, a sibling's He).
        const RunOrigin origin = m_siblings.focusOrigin({m_seed, m_init, m_initRange});
        ModelEdit undo = bp::applyModelEdit(*m_trainer, *model, origin);
        // The other runs side by side keep the old shape and data: they could not be saved with
        // this one, nor compared with it. The run in focus goes on alone, with its initialisation.
        m_siblings.clear();
        m_init = origin.init;
        m_initRange = origin.initRange;
        if (recordAs != 0) {
            for (LiveChange &change :
                 describeModelChange(before, beforeData, m_trainer->network(), m_trainer->dataset())) {
                change.editId = recordAs;
                recordChange(std::move(change));
            }
        }
        return undo;
    }
    const auto &parameter = std::get<ParameterEdit>(edit);
    ParameterEdit undo = bp::applyParameterEdit(*m_trainer, parameter);
    if (recordAs != 0) {
        LiveChange change;
        change.kind = ChangeKind::Parameter;
        change.layer = parameter.layer;
        change.neuron = parameter.neuron;
        change.input = parameter.from;
        change.from = formatNumber(undo.value);
        change.to = formatNumber(parameter.value);
        change.editId = recordAs;
        recordChange(std::move(change));
    }
    return undo;
}

void TrainingWorker::recordEdit(quint64 id, const AnyEdit &edit)
{
    ++m_editsHandled;
    if (!m_trainer)
        return;
    try {
        AnyEdit undo = applyEdit(edit, id);
        m_edits.insert_or_assign(id, EditRecord{std::move(undo), edit});
        // The GUI's undo history is bounded too; the oldest records are the ones it has dropped.
        while (m_edits.size() > kMaxRecordedEdits)
            m_edits.erase(m_edits.begin());
    } catch (const InputError &error) {
        emit commandFailed(QString::fromStdString(error.what()));
        emit editRefused(id);
    }
    editApplied();
}

void TrainingWorker::applyModelEdit(quint64 id, const ModelEdit &edit)
{
    recordEdit(id, edit);
}

void TrainingWorker::applyParameterEdit(quint64 id, const ParameterEdit &edit)
{
    recordEdit(id, edit);
}

void TrainingWorker::revisitEdit(quint64 id, bool undo)
{
    ++m_editsHandled;
    const auto record = m_edits.find(id);
    if (!m_trainer || record == m_edits.end()) {
        publish(true);
        return;
    }
    try {
        AnyEdit &apply = undo ? record->second.undo : record->second.redo;
        // An undone edit's changes go (its markers with them); a redo makes them again, now.
        AnyEdit reverse = applyEdit(apply, undo ? 0 : id);
        if (undo) {
            removeChangesOfEdit(m_changes, id);
            m_changesChanged = true;
        }
        (undo ? record->second.redo : record->second.undo) = std::move(reverse);
    } catch (const InputError &error) {
        emit commandFailed(QString::fromStdString(error.what()));
    }
    editApplied();
}

void TrainingWorker::editApplied()
{
    // Snapshots share the data until the next edit, so it is copied once per edit, not per frame.
    m_dataset = std::make_shared<const Dataset>(m_trainer->dataset());
    m_shownSample = std::clamp(m_shownSample, 0, m_dataset->sampleCount() - 1);
    publish(true);
}

void TrainingWorker::startSiblings(const std::vector<RunVariant> &variants)
{
    if (variants.empty())
        return;
    try {
        m_siblings.start(*m_trainer, RunOrigin{m_seed, m_init, m_initRange}, variants);
    } catch (const InputError &error) {
        emit commandFailed(QString::fromStdString(error.what()));
    }
}

void TrainingWorker::compareWith(const QStringList &texts)
{
    if (!m_trainer)
        return;
    std::vector<RunVariant> variants;
    try {
        for (const QString &text : texts)
            variants.push_back(parseRunVariant(text.toStdString()));
        SiblingRuns siblings;
        siblings.start(*m_trainer, RunOrigin{m_seed, m_init, m_initRange}, variants);
        m_siblings = std::move(siblings);
    } catch (const InputError &error) {
        emit commandFailed(QString::fromStdString(error.what()));
    }
    publish(true);
}

void TrainingWorker::setFocusRun(int index)
{
    if (!m_trainer || !m_siblings.setFocus(index, m_trainer, m_history)) {
        publish(true);
        return;
    }
    // The panels, the charts and the timeline follow the run now in focus; edits made on the
    // other run cannot be undone on this one.
    m_pendingEpochs = m_history;
    m_historyRestarted = true;
    m_edits.clear();
    m_lastLoss = m_history.empty() ? 0.0 : m_history.back().loss;
    m_lastAccuracy = m_history.empty() ? 0.0 : m_history.back().accuracy;
    m_timeline.clear();
    m_restoredId = 0;
    recordState(m_trainer->epochMetrics().loss);
    m_historyRestarted = true;
    // The rows shown were the other run's: this one's start now.
    startHistograms({});
    m_histogramsRestarted = true;
    publish(true);
}

void TrainingWorker::stopComparing()
{
    m_siblings.clear();
    publish(true);
}

void TrainingWorker::play()
{
    if (!m_trainer || m_running)
        return;
    if (m_trainer->isDiverged()) {
        emit commandFailed(QString::fromStdString(m_trainer->divergenceMessage()));
        return;
    }
    leaveRestoredState();
    m_running = true;
    m_paceClock.restart();
    m_pacedSteps = 0;
    m_rateClock.restart();
    m_rateSamples = 0;
    m_chunkTimer->start();
    publish(true);
}

void TrainingWorker::pause()
{
    if (!m_running)
        return;
    stopRunning();
    publish(true);
}

void TrainingWorker::stopRunning()
{
    m_running = false;
    m_chunkTimer->stop();
}

void TrainingWorker::runChunk()
{
    if (!m_running || !m_trainer)
        return;
    Trainer &trainer = *m_trainer;
    // Reading the clock costs about 20 ns: for small networks look at it every 32 steps only.
    const int stepsPerClockCheck = trainer.network().parameterCount() < 10'000 ? 32 : 1;
    // With a pace, only the steps due since play began are taken; the timer comes back for more.
    std::int64_t allowed = std::numeric_limits<std::int64_t>::max();
    if (m_pace > 0.0) {
        allowed = static_cast<std::int64_t>(m_pace * static_cast<double>(m_paceClock.nsecsElapsed()) / 1e9) -
                  m_pacedSteps;
        if (allowed <= 0) {
            m_chunkTimer->setInterval(static_cast<int>(std::clamp(1000.0 / m_pace, 1.0, 50.0)));
            publish(false);
            return;
        }
    }
    m_chunkTimer->setInterval(0);
    QElapsedTimer chunk;
    chunk.start();
    std::int64_t samples = 0;
    std::int64_t steps = 0;
    while (!m_abort->load(std::memory_order_relaxed) && chunk.elapsed() < kChunkMs && steps < allowed) {
        for (int i = 0; i < stepsPerClockCheck && steps < allowed; ++i, ++steps) {
            const int before =
                trainer.positionInEpoch() >= trainer.dataset().sampleCount() ? 0 : trainer.positionInEpoch();
            if (!trainer.step()) {
                stopRunning();
                publish(true);
                return;
            }
            m_siblings.step();
            samples += trainer.positionInEpoch() - before;
            if (trainer.isEpochComplete()) {
                const EpochMetrics metrics = trainer.epochMetrics();
                recordEpoch(metrics);
                if (m_timeline.isDue(trainer.epoch()))
                    recordState(metrics.loss);
            }
        }
    }
    m_pacedSteps += steps;
    m_rateSamples += samples;
    if (m_rateClock.elapsed() >= 500) {
        m_samplesPerSecond =
            static_cast<double>(m_rateSamples) * 1000.0 / static_cast<double>(m_rateClock.elapsed());
        m_rateSamples = 0;
        m_rateClock.restart();
    }
    publish(false);
}

void TrainingWorker::recordEpoch(const EpochMetrics &metrics)
{
    appendToHistory(m_history, metrics);
    if (m_histogramsOn && HistogramHistory::isScheduled(metrics.epoch))
        takeHistograms();
    m_pendingEpochs.push_back(metrics);
    if (m_pendingEpochs.size() > kMaxPendingEpochs) {
        // Keep every other epoch (the newest always), so a GUI that falls behind gets a thinned
        // history rather than a flood.
        std::vector<EpochMetrics> thinned;
        thinned.reserve(m_pendingEpochs.size() / 2 + 1);
        for (std::size_t i = m_pendingEpochs.size() % 2 == 0 ? 1 : 0; i < m_pendingEpochs.size(); i += 2)
            thinned.push_back(m_pendingEpochs[i]);
        m_pendingEpochs.swap(thinned);
    }
}

void TrainingWorker::takeHistograms()
{
    auto row = std::make_shared<const HistogramRow>(computeHistograms(m_trainer->network(), m_trainer->dataset(),
                                                                      m_trainer->epoch(), m_histogramWorkspace));
    m_histograms.append(row);
    m_pendingHistograms.push_back(std::move(row));
    if (m_pendingHistograms.size() > kMaxPendingHistograms)
        m_pendingHistograms.erase(m_pendingHistograms.begin());
}

void TrainingWorker::startHistograms(const std::vector<HistogramRowPointer> &saved)
{
    // A run's saved rows go to the GUI as they are, whether or not it shows them now.
    m_histograms.clear();
    for (const HistogramRowPointer &row : saved)
        m_histograms.append(row);
    m_pendingHistograms = m_histograms.rows();
    if (m_histogramsOn)
        takeHistograms();
}

void TrainingWorker::setHistogramsEnabled(bool on)
{
    if (on == m_histogramsOn)
        return;
    m_histogramsOn = on;
    m_pendingHistograms.clear();
    if (on && m_trainer) {
        takeHistograms();
        publish(true);
    }
}

void TrainingWorker::stepSample(int index)
{
    if (!m_trainer)
        return;
    stopRunning();
    leaveRestoredState();
    try {
        std::shared_ptr<const Trace> trace = std::make_shared<const Trace>(m_trainer->traceSample(index));
        m_shownSample = index;
        publish(true, std::move(trace));
    } catch (const InputError &error) {
        emit commandFailed(QString::fromStdString(error.what()));
    }
}

void TrainingWorker::stepEpoch()
{
    if (!m_trainer)
        return;
    stopRunning();
    leaveRestoredState();
    const EpochMetrics metrics = m_trainer->runEpoch(m_abort);
    m_siblings.runEpoch(m_abort);
    if (!m_trainer->isDiverged()) {
        recordEpoch(metrics);
        if (m_timeline.isDue(m_trainer->epoch()))
            recordState(metrics.loss);
    }
    publish(true);
}

void TrainingWorker::setLearningRate(double learningRate)
{
    if (!m_trainer)
        return;
    const double before = m_rateBeforePreview.value_or(m_trainer->settings().optimizer.learningRate);
    m_rateBeforePreview.reset();
    if (applyLearningRate(learningRate) && learningRate != before) {
        LiveChange change;
        change.kind = ChangeKind::LearningRate;
        change.from = formatNumber(before);
        change.to = formatNumber(learningRate);
        recordChange(std::move(change));
    }
    publish(true);
}

void TrainingWorker::previewLearningRate(double learningRate)
{
    if (!m_trainer)
        return;
    const double before = m_trainer->settings().optimizer.learningRate;
    if (applyLearningRate(learningRate) && !m_rateBeforePreview)
        m_rateBeforePreview = before;
    publish(true);
}

bool TrainingWorker::applyLearningRate(double learningRate)
{
    try {
        m_trainer->setLearningRate(learningRate);
    } catch (const InputError &error) {
        emit commandFailed(QString::fromStdString(error.what()));
        return false;
    }
    // A new rate is the lecturer's answer to a divergence: training may go on.
    if (m_trainer->isDiverged())
        m_trainer->clearDivergence();
    return true;
}

void TrainingWorker::setActivation(int layer, Activation activation)
{
    if (!m_trainer)
        return;
    try {
        const Network before = m_trainer->network();
        m_trainer->setActivation(layer, activation);
        for (LiveChange &change : describeModelChange(before, *m_dataset, m_trainer->network(), *m_dataset))
            recordChange(std::move(change));
    } catch (const InputError &error) {
        emit commandFailed(QString::fromStdString(error.what()));
    }
    publish(true);
}

void TrainingWorker::setOptimizer(Optimizer optimizer)
{
    if (!m_trainer)
        return;
    const Optimizer before = m_trainer->settings().optimizer.kind;
    m_trainer->setOptimizer(optimizer);
    if (before != m_trainer->settings().optimizer.kind) {
        LiveChange change;
        change.kind = ChangeKind::Optimizer;
        change.from = std::string(optimizerName(before));
        change.to = std::string(optimizerName(m_trainer->settings().optimizer.kind));
        recordChange(std::move(change));
    }
    publish(true);
}

void TrainingWorker::setBatchSize(int batchSize)
{
    if (!m_trainer)
        return;
    try {
        const int before = m_trainer->settings().batchSize;
        m_trainer->setBatchSize(batchSize);
        if (before != batchSize) {
            LiveChange change;
            change.kind = ChangeKind::BatchSize;
            change.from = std::to_string(before);
            change.to = std::to_string(batchSize);
            recordChange(std::move(change));
        }
    } catch (const InputError &error) {
        emit commandFailed(QString::fromStdString(error.what()));
    }
    publish(true);
}

void TrainingWorker::setShownSample(int index)
{
    if (!m_trainer || index < 0 || index >= m_trainer->dataset().sampleCount())
        return;
    m_shownSample = index;
    publish(true);
}

void TrainingWorker::setPace(double stepsPerSecond)
{
    m_pace = std::max(0.0, stepsPerSecond);
    m_paceClock.restart();
    m_pacedSteps = 0;
}

void TrainingWorker::publish(bool force, std::shared_ptr<const Trace> trace)
{
    if (!m_trainer)
        return;
    if (!force && (m_inFlight->load() || m_sincePublish.elapsed() < kPublishIntervalMs))
        return;
    const Trainer &trainer = *m_trainer;
    auto snapshot = std::make_shared<TrainingSnapshot>();
    snapshot->runId = m_runId;
    snapshot->serial = ++m_serial;
    snapshot->running = m_running;
    snapshot->diverged = trainer.isDiverged();
    snapshot->divergenceMessage = trainer.divergenceMessage();
    snapshot->presetName = m_presetName.toStdString();
    snapshot->dataset = m_dataset;
    snapshot->network = std::make_shared<const Network>(trainer.network());
    snapshot->settings = trainer.settings();
    snapshot->seed = m_seed;
    snapshot->epoch = trainer.epoch();
    snapshot->stepCount = trainer.stepCount();
    snapshot->positionInEpoch = trainer.positionInEpoch();
    snapshot->lastLoss = trainer.lastLoss();
    snapshot->lastStats = trainer.lastLayerStats();
    snapshot->newEpochs.swap(m_pendingEpochs);
    snapshot->newHistograms.swap(m_pendingHistograms);
    snapshot->histogramsRestarted = m_histogramsRestarted;
    m_histogramsRestarted = false;
    snapshot->samplesPerSecond = m_running ? m_samplesPerSecond : 0.0;
    snapshot->shownSample = m_shownSample;
    snapshot->editsHandled = m_editsHandled;

    const Dataset &data = *m_dataset;
    const Matrix shown = data.inputs.col(m_shownSample);
    const std::vector<Matrix> shownLayers = activationsOf(trainer.network(), shown);
    snapshot->shownActivations.push_back(shown.col(0));
    for (const Matrix &a : shownLayers)
        snapshot->shownActivations.push_back(a.col(0));
    if (data.sampleCount() <= kMaxSamplesWithActivations) {
        snapshot->sampleActivations = activationsOf(trainer.network(), data.inputs);
        snapshot->saturation = std::make_shared<const SaturationReport>(
            saturationOf(trainer.network(), snapshot->sampleActivations));
        const Evaluation evaluation =
            evaluate(trainer.network(), data.inputs, data.targets, data.targetKind());
        snapshot->loss = evaluation.loss;
        snapshot->accuracy = evaluation.accuracy;
    } else if (!snapshot->newEpochs.empty()) {
        snapshot->loss = snapshot->newEpochs.back().loss;
        snapshot->accuracy = snapshot->newEpochs.back().accuracy;
    } else {
        snapshot->loss = m_lastLoss;
        snapshot->accuracy = m_lastAccuracy;
    }
    // Larger sets: a forward pass over at most kSaturationSampleLimit evenly spaced samples.
    if (!snapshot->saturation)
        snapshot->saturation =
            std::make_shared<const SaturationReport>(saturationOf(trainer.network(), data.inputs));
    m_lastLoss = snapshot->loss;
    m_lastAccuracy = snapshot->accuracy;
    snapshot->trace = std::move(trace);
    if (m_timelineChanged || !m_timelineMarks) {
        m_timelineMarks = std::make_shared<const std::vector<TimelineMark>>(m_timeline.marks());
        m_timelineChanged = false;
    }
    snapshot->timeline = m_timelineMarks;
    snapshot->timelinePosition = m_restoredId;
    snapshot->historyRestarted = m_historyRestarted;
    m_historyRestarted = false;
    if (m_changesChanged || !m_sharedChanges) {
        m_sharedChanges = std::make_shared<const std::vector<LiveChange>>(m_changes);
        m_changesChanged = false;
    }
    snapshot->changes = m_sharedChanges;
    snapshot->view = m_view;
    snapshot->view.shownSample = m_shownSample;
    if (m_siblings.isComparing())
        snapshot->runs = m_siblings.summaries(trainer, data.sampleCount() <= kMaxSamplesWithActivations);
    snapshot->focusRun = m_siblings.focus();
    snapshot->runsRestarted = m_siblings.takeRestarted();

    m_inFlight->store(true);
    m_sincePublish.restart();
    emit snapshotReady(std::move(snapshot));
}

} // namespace bp
