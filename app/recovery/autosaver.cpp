#include "app/recovery/autosaver.h"

#include "app/recovery/recovery_store.h"
#include "app/training/training_controller.h"

namespace bp {

namespace {
constexpr int kDefaultIntervalMs = 60'000;
} // namespace

Autosaver::Autosaver(TrainingController &controller, RecoveryStore &store,
                     std::function<bool()> hasUnsavedWork, QObject *parent)
    : QObject(parent), m_controller(controller), m_store(store), m_hasUnsavedWork(std::move(hasUnsavedWork))
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveIfNeeded);
    connect(&controller, &TrainingController::snapshotChanged, this, &Autosaver::onSnapshot);
    connect(&controller, &TrainingController::recoveryWritten, this,
            [this](const QString &path, qint64 steps) {
                if (path != m_store.ownPath())
                    return;
                m_writtenSteps = steps;
                m_writtenRun = m_requestedRun;
                emit autosaved(path);
            });
    connect(&controller, &TrainingController::recoveryFailed, this, &Autosaver::autosaveFailed);
    // The work is in the experiment file now; a later change writes a new recovery file.
    connect(&controller, &TrainingController::experimentSaved, this, [this] {
        m_store.removeOwn();
        m_writtenSteps = -1;
        m_requestedSteps = -1;
    });
    if (m_store.isUsable())
        m_timer.start();
}

void Autosaver::saveIfNeeded()
{
    const SnapshotPointer snapshot = m_controller.snapshot();
    if (!m_store.isUsable() || !snapshot || !m_hasUnsavedWork())
        return;
    const auto steps = static_cast<qint64>(snapshot->stepCount);
    if (snapshot->runId == m_writtenRun && steps == m_writtenSteps)
        return;
    if (snapshot->runId == m_requestedRun && steps == m_requestedSteps)
        return; // already on its way
    m_requestedRun = snapshot->runId;
    m_requestedSteps = steps;
    if (m_beforeWrite)
        m_beforeWrite();
    m_controller.writeRecovery(m_store.ownPath());
}

void Autosaver::onSnapshot(const SnapshotPointer &snapshot)
{
    // A pause is a natural moment to secure the work: the teacher may be about to close the lid.
    if (m_wasRunning && !snapshot->running)
        saveIfNeeded();
    m_wasRunning = snapshot->running;
}

} // namespace bp
