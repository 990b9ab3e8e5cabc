#include "ui/jobs/background_job.h"

#include <algorithm>

namespace bp::ui {

BackgroundJob::BackgroundJob(QObject *parent) : QObject(parent)
{
    // One job at a time: a cancelled one still finishing makes the next wait instead of running
    // beside it (two cores, and the trainer's thread on one of them).
    m_pool.setMaxThreadCount(1);
}

BackgroundJob::~BackgroundJob()
{
    for (const std::shared_ptr<State> &state : m_live)
        state->cancel = true;
    m_pool.waitForDone();
}

std::shared_ptr<BackgroundJob::State> BackgroundJob::begin(int total)
{
    cancel();
    auto state = std::make_shared<State>();
    state->total = total;
    m_current = state;
    m_live.push_back(state);
    return state;
}

bool BackgroundJob::end(const std::shared_ptr<State> &state)
{
    std::erase(m_live, state);
    if (state != m_current)
        return false;
    m_current.reset();
    return true;
}

void BackgroundJob::cancel()
{
    if (!m_current)
        return;
    m_current->cancel = true;
    m_current.reset();
}

int BackgroundJob::progress() const
{
    return m_current ? m_current->progress.load(std::memory_order_relaxed) : 0;
}

int BackgroundJob::total() const
{
    return m_current ? m_current->total : 0;
}

QString BackgroundJob::unknownError()
{
    return tr("an unknown error");
}

} // namespace bp::ui
