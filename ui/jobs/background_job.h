#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>
#include <memory>
#include <utility>
#include <vector>

namespace bp::ui {

/// A panel's long computation off the GUI thread, one at a time on a thread of its own. The work
/// reads its State's cancel flag and counts its progress there; the panel reads the progress from
/// the GUI thread. A job that is cancelled, or replaced by a newer one, still runs to its next look
/// at the flag, but its result is dropped: `finished` is called only for the job still current.
/// The destructor cancels every job and waits for the thread, so no work outlives the panel.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    struct State {
        std::atomic<bool> cancel{false};
        std::atomic<int> progress{0};
        int total = 0;
    };

    explicit BackgroundJob(QObject *parent = nullptr);
    ~BackgroundJob() override;

    /// Cancels the current job (if any) and runs work(state) → Result on the job thread; then, on
    /// this object's thread and only if the job is still current, finished(result, failure), where
    /// failure is the message of an exception the work threw (and result a default Result).
    template <typename Work, typename Finished> void start(int total, Work work, Finished finished);
    /// Cancels the current job: its result will be dropped.
    void cancel();
    bool isRunning() const { return m_current != nullptr; }
    /// The current job's progress and total (0 without one).
    int progress() const;
    int total() const;

private:
    std::shared_ptr<State> begin(int total);
    /// Forgets a job that has ended; true when it was the current one.
    bool end(const std::shared_ptr<State> &state);
    static QString unknownError();

    QThreadPool m_pool;
    std::shared_ptr<State> m_current;
    std::vector<std::shared_ptr<State>> m_live;
};

template <typename Work, typename Finished> void BackgroundJob::start(int total, Work work, Finished finished)
{
    using Result = decltype(work(std::declval<State &>()));
    using Outcome = std::pair<Result, QString>;
    std::shared_ptr<State> state = begin(total);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, state, finished = std::move(finished)]() mutable {
                Outcome outcome = watcher->result();
                watcher->deleteLater();
                if (end(state))
                    finished(std::move(outcome.first), outcome.second);
            });
    watcher->setFuture(QtConcurrent::run(&m_pool, [state, work = std::move(work)]() -> Outcome {
        try {
            return {work(*state), QString()};
        } catch (const std::exception &error) {
            return {Result{}, QString::fromUtf8(error.what())};
        } catch (...) {
            return {Result{}, unknownError()};
        }
    }));
}

} // namespace bp::ui
