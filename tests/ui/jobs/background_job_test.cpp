// The one way panels compute off the GUI thread (the gradient check, the loss over two weights):
// results reach the GUI thread, a newer or cancelled job's result never does, failures are named
// and no work outlives its owner.
#include "ui/jobs/background_job.h"

#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <optional>
#include <stdexcept>

namespace bp::ui {
namespace {

constexpr int kTimeoutMs = 10'000;

// Work that waits until released (or cancelled), counting its progress.
struct Gate {
    std::atomic<bool> open{false};
    std::atomic<bool> done{false};
};

auto gatedWork(std::shared_ptr<Gate> gate, int value)
{
    return [gate, value](BackgroundJob::State &state) {
        state.progress = 1;
        while (!gate->open && !state.cancel)
            QThread::msleep(1);
        gate->done = true;
        return value;
    };
}

TEST(BackgroundJob, TheResultReachesTheOwnersThreadWithTheProgressOnTheWay)
{
    BackgroundJob jobs;
    auto gate = std::make_shared<Gate>();
    std::optional<int> result;
    Qt::HANDLE finishedOn = nullptr;
    jobs.start(7, gatedWork(gate, 42), [&](int value, const QString &failure) {
        EXPECT_TRUE(failure.isEmpty());
        result = value;
        finishedOn = QThread::currentThreadId();
    });
    EXPECT_TRUE(jobs.isRunning());
    EXPECT_EQ(jobs.total(), 7);
    ASSERT_TRUE(QTest::qWaitFor([&] { return jobs.progress() == 1; }, kTimeoutMs));
    gate->open = true;
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs));
    EXPECT_EQ(*result, 42);
    EXPECT_EQ(finishedOn, QThread::currentThreadId());
    EXPECT_FALSE(jobs.isRunning());
    EXPECT_EQ(jobs.progress(), 0);
}

TEST(BackgroundJob, ANewerJobReplacesTheRunningOneWhoseResultIsDropped)
{
    BackgroundJob jobs;
    auto older = std::make_shared<Gate>();
    auto newer = std::make_shared<Gate>();
    newer->open = true;
    std::vector<int> results;
    auto keep = [&](int value, const QString &) { results.push_back(value); };
    jobs.start(1, gatedWork(older, 1), keep);
    jobs.start(1, gatedWork(newer, 2), keep);
    // The older job was told to stop; it ends first (one thread), then the newer runs.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !jobs.isRunning(); }, kTimeoutMs));
    EXPECT_TRUE(older->done);
    EXPECT_EQ(results, std::vector<int>{2});
}

TEST(BackgroundJob, ACancelledJobStopsAndGivesNothing)
{
    BackgroundJob jobs;
    auto gate = std::make_shared<Gate>();
    bool finished = false;
    jobs.start(1, gatedWork(gate, 3), [&](int, const QString &) { finished = true; });
    jobs.cancel();
    EXPECT_FALSE(jobs.isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return gate->done.load(); }, kTimeoutMs));
    QTest::qWait(50);
    EXPECT_FALSE(finished);
}

TEST(BackgroundJob, AnExceptionIsReportedAsTheFailure)
{
    BackgroundJob jobs;
    QString failure;
    int result = -1;
    jobs.start(
        1, [](BackgroundJob::State &) -> int { throw std::runtime_error("the grid does not fit"); },
        [&](int value, const QString &message) {
            result = value;
            failure = message;
        });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !failure.isEmpty(); }, kTimeoutMs));
    EXPECT_EQ(failure, QStringLiteral("the grid does not fit"));
    EXPECT_EQ(result, 0);
}

TEST(BackgroundJob, DestroyingTheOwnerCancelsAndWaitsForTheWork)
{
    auto gate = std::make_shared<Gate>();
    bool finished = false;
    {
        BackgroundJob jobs;
        jobs.start(1, gatedWork(gate, 4), [&](int, const QString &) { finished = true; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return jobs.progress() == 1; }, kTimeoutMs));
    }
    // The work has ended (cancelled) before the destructor returned, and gave nothing.
    EXPECT_TRUE(gate->done);
    QTest::qWait(20);
    EXPECT_FALSE(finished);
}

} // namespace
} // namespace bp::ui
