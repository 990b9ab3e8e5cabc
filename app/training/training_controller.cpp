#include "app/training/training_controller.h"

#include "app/training/training_worker.h"

namespace bp {

TrainingController::TrainingController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<bp::SnapshotPointer>();
    m_worker = new TrainingWorker(&m_abort, &m_inFlight);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrainingWorker::snapshotReady, this, &TrainingController::receiveSnapshot);
    connect(m_worker, &TrainingWorker::commandFailed, this, &TrainingController::commandFailed);
    connect(m_worker, &TrainingWorker::experimentSaved, this, &TrainingController::experimentSaved);
    connect(m_worker, &TrainingWorker::recoveryWritten, this, &TrainingController::recoveryWritten);
    connect(m_worker, &TrainingWorker::recoveryFailed, this, &TrainingController::recoveryFailed);
    connect(m_worker, &TrainingWorker::editRefused, this, &TrainingController::editRefused);
    m_thread.setObjectName("training");
    m_thread.start();
}

TrainingController::~TrainingController()
{
    m_abort.store(true);
    m_thread.quit();
    m_thread.wait();
}

void TrainingController::receiveSnapshot(SnapshotPointer snapshot)
{
    // The worker may publish again as soon as this one is taken: one at a time, never a backlog.
    m_inFlight.store(false);
    // Run ids are issued in order, so an opened file only wins over runs asked for before it.
    if (m_pendingRunId != 0 && snapshot->runId == m_pendingRunId) {
        if (m_pendingRunId > m_runId)
            m_runId = m_pendingRunId; // the experiment file opened
        m_pendingRunId = 0;
    }
    if (snapshot->runId != m_runId)
        return;
    m_snapshot = std::move(snapshot);
    emit snapshotChanged(m_snapshot);
}

void TrainingController::loadPreset(const QString &name, quint64 seed)
{
    m_abort.store(true);
    m_runId = ++m_lastRunId;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, name, seed, runId = m_runId] { worker->loadPreset(name, seed, runId); },
        Qt::QueuedConnection);
}

void TrainingController::loadLesson(const Preset &lesson, quint64 seed)
{
    m_abort.store(true);
    m_runId = ++m_lastRunId;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, lesson, seed, runId = m_runId] { worker->loadLesson(lesson, seed, runId); },
        Qt::QueuedConnection);
}

void TrainingController::reset(quint64 seed)
{
    m_abort.store(true);
    m_runId = ++m_lastRunId;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, seed, runId = m_runId] { worker->reset(seed, runId); },
        Qt::QueuedConnection);
}

void TrainingController::play()
{
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::play, Qt::QueuedConnection);
}

void TrainingController::pause()
{
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::pause, Qt::QueuedConnection);
}

void TrainingController::togglePlay()
{
    if (isRunning())
        pause();
    else
        play();
}

void TrainingController::stepSample(int index)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, index] { worker->stepSample(index); }, Qt::QueuedConnection);
}

void TrainingController::stepEpoch()
{
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::stepEpoch, Qt::QueuedConnection);
}

void TrainingController::setLearningRate(double learningRate)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, learningRate] { worker->setLearningRate(learningRate); },
        Qt::QueuedConnection);
}

void TrainingController::previewLearningRate(double learningRate)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, learningRate] { worker->previewLearningRate(learningRate); },
        Qt::QueuedConnection);
}

void TrainingController::setActivation(int layer, Activation activation)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, layer, activation] { worker->setActivation(layer, activation); },
        Qt::QueuedConnection);
}

void TrainingController::setOptimizer(Optimizer optimizer)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, optimizer] { worker->setOptimizer(optimizer); }, Qt::QueuedConnection);
}

void TrainingController::setBatchSize(int batchSize)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, batchSize] { worker->setBatchSize(batchSize); }, Qt::QueuedConnection);
}

void TrainingController::setShownSample(int index)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, index] { worker->setShownSample(index); }, Qt::QueuedConnection);
}

void TrainingController::setPace(double stepsPerSecond)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, stepsPerSecond] { worker->setPace(stepsPerSecond); },
        Qt::QueuedConnection);
}

void TrainingController::saveExperiment(const QString &path)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path] { worker->saveExperiment(path); }, Qt::QueuedConnection);
}

void TrainingController::openExperiment(const QString &path)
{
    // A new run id only once the file has been read: the worker keeps the old run (and its id)
    // when the file is bad, so its snapshots must still be accepted then.
    const quint64 runId = ++m_lastRunId;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path, runId] { worker->openExperiment(path, runId); },
        Qt::QueuedConnection);
    m_pendingRunId = runId;
}

void TrainingController::writeRecovery(const QString &path)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path] { worker->writeRecovery(path); }, Qt::QueuedConnection);
}

void TrainingController::setView(const ExperimentView &view)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, view] { worker->setView(view); }, Qt::QueuedConnection);
}

void TrainingController::restoreState(quint64 id)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id] { worker->restoreState(id); }, Qt::QueuedConnection);
}

void TrainingController::rewindToLastGood()
{
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::rewindToLastGood, Qt::QueuedConnection);
}

void TrainingController::applyModelEdit(quint64 id, const ModelEdit &edit)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, edit] { worker->applyModelEdit(id, edit); }, Qt::QueuedConnection);
}

void TrainingController::applyParameterEdit(quint64 id, const ParameterEdit &edit)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, edit] { worker->applyParameterEdit(id, edit); },
        Qt::QueuedConnection);
}

void TrainingController::revisitEdit(quint64 id, bool undo)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, undo] { worker->revisitEdit(id, undo); }, Qt::QueuedConnection);
}

void TrainingController::compareWith(const QStringList &variants)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, variants] { worker->compareWith(variants); }, Qt::QueuedConnection);
}

void TrainingController::setFocusRun(int index)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, index] { worker->setFocusRun(index); }, Qt::QueuedConnection);
}

void TrainingController::stopComparing()
{
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::stopComparing, Qt::QueuedConnection);
}

} // namespace bp
