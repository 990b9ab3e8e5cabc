// The pictures a lecturer's panels compute travel to the followers over the loopback, through the
// real class server and client (#16): each ends bit for bit with the host's, and a picture that did
// not change since the previous state is not sent again.
#include "core/session/shown_state.h"
#include "tests/ui/window/class_loopback.h"
#include "ui/boundary/decision_boundary_view.h"
#include "ui/window/class_session.h"
#include "ui/window/dock_layout.h"
#include "ui/window/window_panels.h"

#include <QDockWidget>
#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>

namespace bp::ui {
namespace {

void showDock(MainWindow &window, const char *name, bool shown)
{
    auto *dock = window.findChild<QDockWidget *>(name);
    ASSERT_NE(dock, nullptr) << name;
    dock->setVisible(shown);
    if (shown)
        dock->raise();
}

DecisionBoundaryView &boundaryOf(const MainWindow &window)
{
    return *window.windowPanels()->boundary;
}

// Both grids hold the same values over the same plane, bit for bit.
::testing::AssertionResult sameGrid(const BoundaryGrid &got, const BoundaryGrid &expected)
{
    if (got.isEmpty() || got.resolution != expected.resolution || !(got.extent == expected.extent))
        return ::testing::AssertionFailure()
               << "grids of " << got.resolution << " and " << expected.resolution
               << " samples per axis, or over other planes";
    for (std::size_t v = 0; v < got.values.size(); ++v)
        if (std::memcmp(&got.values[v], &expected.values[v], sizeof(double)) != 0)
            return ::testing::AssertionFailure()
                   << "sample " << v << ": " << got.values[v] << " vs " << expected.values[v];
    return ::testing::AssertionSuccess();
}

ShownBoundary shownOf(const BoundaryGrid &grid)
{
    return {grid.extent.x1Min, grid.extent.x1Max, grid.extent.x2Min,
            grid.extent.x2Max, grid.resolution,   grid.values};
}

// The lecturer on the circle lesson (two inputs, one output) with the decision boundary on screen.
class PicturesOverLoopback : public ClassOverLoopback {
protected:
    void SetUp() override
    {
        ClassOverLoopback::SetUp();
        hostTraining.loadPreset("circle", 1);
        ASSERT_TRUE(QTest::qWaitFor([&] { return host.snapshot()->presetName == "circle"; }, 10000));
        showDock(host, dock_names::kBoundary, true);
        showDock(student, dock_names::kBoundary, true);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !boundaryOf(host).grid().isEmpty(); }, 10000));
        studentLink.join(address(), "K7P2QX");
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return student.snapshot() && student.snapshot()->presetName == "circle"; }, 10000));
        QObject::connect(studentLink.client(), &ClassClient::stateReceived, studentLink.client(),
                         [this](const QByteArray &payload) {
                             ++statesReceived;
                             bytesReceived += payload.size();
                             boundaryBytes += bytesOf(payload, "\n \"boundary\": ", "\n \"shown\": ");
                             wholeBoundaries += payload.contains("\"boundary\": {\"id\": ") &&
                                                payload.contains("\"whole\": true, \"extent\"");
                         });
    }

    ::testing::AssertionResult sameBoundary()
    {
        return sameGrid(boundaryOf(student).grid(), boundaryOf(host).grid());
    }

    // The bytes of a state's member from `key` to the next member `next` (0 when it has none).
    static qint64 bytesOf(const QByteArray &state, const char *key, const char *next)
    {
        const qsizetype from = state.indexOf(key);
        const qsizetype to = from < 0 ? -1 : state.indexOf(next, from);
        return to < 0 ? 0 : to - from;
    }

    int statesReceived = 0;
    qint64 bytesReceived = 0;
    qint64 boundaryBytes = 0;
    int wholeBoundaries = 0;
};

// What one follower receives while the lecturer trains with the boundary on screen (the figures in
// docs/performance.md): printed, and the grid still ends bit for bit with the host's.
TEST_F(PicturesOverLoopback, BytesPerSecondToAFollowerWhileTrainingWithTheBoundaryOnScreen)
{
    const int studentComputations = boundaryOf(student).computationCount();
    hostTraining.play();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.snapshot()->epoch > 100; }, 30000));
    statesReceived = 0;
    bytesReceived = 0;
    boundaryBytes = 0;
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(10000);
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    const int states = statesReceived;
    const qint64 bytes = bytesReceived;
    const qint64 boundary = boundaryBytes;
    hostTraining.pause();
    std::printf("[ bytes ] one follower, training the circle lesson with the boundary on screen: %lld bytes "
                "in %d states over %.1f s = %.0f bytes/s (%.0f bytes a state, of which the boundary %.0f)\n",
                static_cast<long long>(bytes), states, seconds, static_cast<double>(bytes) / seconds,
                states ? static_cast<double>(bytes) / states : 0.0,
                states ? static_cast<double>(boundary) / states : 0.0);
    EXPECT_GT(states, 10);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !host.snapshot()->running && !boundaryOf(host).isComputing(); }, 10000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return boundaryOf(host).heatmapNetwork() == host.snapshot()->network && bool(sameBoundary()); },
        10000))
        << sameBoundary();
    EXPECT_EQ(boundaryOf(student).computationCount(), studentComputations);
    EXPECT_EQ(student.classSession()->statesRefused(), 0);
}

// The lecturer steps through the phases of samples, paused, with the boundary on screen: the grid
// changes only when a step's update moves the network, and travels whole only then.
TEST_F(PicturesOverLoopback, AGridTravelsWholeOnlyWhenItChanged)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return bool(sameBoundary()); }, 10000)) << sameBoundary();
    statesReceived = 0;
    bytesReceived = 0;
    boundaryBytes = 0;
    wholeBoundaries = 0;
    QElapsedTimer clock;
    clock.start();
    for (int step = 0; step < 40; ++step) {
        host.nextPhase();
        QTest::qWait(150);
    }
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    std::printf(
        "[ bytes ] one follower, the lecturer stepping 40 phases of the circle lesson with the boundary on "
        "screen: %lld bytes in %d states over %.1f s = %.0f bytes/s (the boundary %lld bytes, %d times "
        "whole)\n",
        static_cast<long long>(bytesReceived), statesReceived, seconds,
        static_cast<double>(bytesReceived) / seconds, static_cast<long long>(boundaryBytes), wholeBoundaries);
    EXPECT_GE(statesReceived, 30);
    EXPECT_LT(wholeBoundaries * 3, statesReceived);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !boundaryOf(host).isComputing(); }, 10000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return boundaryOf(host).heatmapNetwork() == host.snapshot()->network && bool(sameBoundary()); },
        10000))
        << sameBoundary();
    EXPECT_EQ(student.classSession()->statesRefused(), 0);
}

// A state that brought a new grid whole is lost on its way (its socket backed up); the states after it
// name that grid by id alone. The follower keeps the grid it has until the host's next whole one,
// which comes within seconds, and ends with the host's bit for bit.
TEST_F(PicturesOverLoopback, AFollowerThatMissedAGridGetsItWholeWithinSeconds)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return bool(sameBoundary()); }, 10000)) << sameBoundary();
    ClassClient *client = studentLink.client();
    ClassSession *session = student.classSession();
    ASSERT_TRUE(QObject::disconnect(client, &ClassClient::stateReceived, session, nullptr));
    const BoundaryGrid before = boundaryOf(student).grid();
    std::uint64_t droppedId = 0;
    int byIdAfter = 0;
    bool keptItsGrid = true;
    QObject::connect(client, &ClassClient::stateReceived, session, [&](const QByteArray &payload) {
        const ShownState state = parseShownState(payload.toStdString(), "host");
        if (droppedId == 0 && state.boundary.whole && !identical(*state.boundary.whole, shownOf(before))) {
            droppedId = state.boundary.id;
            return;
        }
        session->receiveHostState(payload);
        if (droppedId != 0 && state.boundary.id == droppedId && !state.boundary.whole) {
            ++byIdAfter;
            keptItsGrid = keptItsGrid && sameGrid(boundaryOf(student).grid(), before);
        }
    });
    // One epoch moves the network: its new grid comes whole, and is dropped; then the lecturer steps,
    // and the states name the grid by id.
    hostTraining.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return droppedId != 0; }, 10000));
    for (int step = 0; step < 3; ++step) {
        host.nextPhase();
        QTest::qWait(200);
    }
    ASSERT_GT(byIdAfter, 0);
    EXPECT_TRUE(keptItsGrid);
    EXPECT_TRUE(QTest::qWaitFor([&] { return bool(sameBoundary()); }, 20000)) << sameBoundary();
    EXPECT_EQ(session->statesRefused(), 0);
}

} // namespace
} // namespace bp::ui
