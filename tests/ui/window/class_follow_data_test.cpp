// The pictures a lecturer's panels compute travel to the followers over the loopback, through the
// real class server and client (#16): each ends bit for bit with the host's, and a picture that did
// not change since the previous state is not sent again.
#include "core/analysis/parameter_name.h"
#include "core/session/shown_state.h"
#include "tests/support/boundary_match.h"
#include "tests/ui/window/class_loopback.h"
#include "ui/boundary/decision_boundary_view.h"
#include "ui/gradcheck/gradient_check_panel.h"
#include "ui/landscape/loss_landscape_panel.h"
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
        return test::sameGrid(boundaryOf(student).grid(), boundaryOf(host).grid());
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
    wholeBoundaries = 0;
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(10000);
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    const int states = statesReceived;
    const qint64 bytes = bytesReceived;
    const qint64 boundary = boundaryBytes;
    const int wholes = wholeBoundaries;
    hostTraining.pause();
    std::printf("[ bytes ] one follower, training the circle lesson with the boundary on screen: %lld bytes "
                "in %d states over %.1f s = %.0f bytes/s (%.0f bytes a state, of which the boundary %.0f; "
                "%d grids whole)\n",
                static_cast<long long>(bytes), states, seconds, static_cast<double>(bytes) / seconds,
                states ? static_cast<double>(bytes) / states : 0.0,
                states ? static_cast<double>(boundary) / states : 0.0, wholes);
    EXPECT_GT(states, 10);
    // While the lecturer trains, a new grid travels at most once a second (ShownPictures::
    // kTrainingPictureMs), plus the whole one due within 10 s of a state that named a grid by id;
    // every state brought one whole before.
    EXPECT_LE(wholes, static_cast<int>(seconds * 1.1) + 3);
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
            keptItsGrid = keptItsGrid && test::sameGrid(boundaryOf(student).grid(), before);
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

LossLandscapePanel &landscapeOf(const MainWindow &window)
{
    return *window.windowPanels()->landscape;
}

// The follower's slice and path are the host's, bit for bit.
::testing::AssertionResult sameLandscape(const MainWindow &student, const MainWindow &host)
{
    const auto got = landscapeOf(student).slice();
    const auto expected = landscapeOf(host).slice();
    if (!got || !expected)
        return ::testing::AssertionFailure()
               << (got ? "" : "the follower has no slice; ") << (expected ? "" : "the host has no slice");
    if (!identical(*got, *expected))
        return ::testing::AssertionFailure()
               << "slices differ: E here " << got->currentLoss << " vs " << expected->currentLoss;
    const std::vector<QPointF> p = landscapeOf(student).focusPath();
    const std::vector<QPointF> q = landscapeOf(host).focusPath();
    if (p.size() != q.size())
        return ::testing::AssertionFailure()
               << "paths of " << p.size() << " and " << q.size() << " positions";
    for (std::size_t i = 0; i < p.size(); ++i) {
        const double a[] = {p[i].x(), p[i].y()};
        const double b[] = {q[i].x(), q[i].y()};
        if (std::memcmp(a, b, sizeof a) != 0)
            return ::testing::AssertionFailure() << "position " << i << " differs";
    }
    return ::testing::AssertionSuccess();
}

// The lecturer on the 8-3-8 with the loss over two weights on screen; the student follows with it.
class LandscapeOverLoopback : public ClassOverLoopback {
protected:
    void SetUp() override
    {
        ClassOverLoopback::SetUp();
        showDock(host, dock_names::kLandscape, true);
        showDock(student, dock_names::kLandscape, true);
        ASSERT_TRUE(QTest::qWaitFor([&] { return landscapeOf(host).slice() != nullptr; }, 20000));
        ASSERT_TRUE(joinAndFollow());
        studentComputations = landscapeOf(student).computationCount();
    }

    // The host's panel is done with the network on show.
    bool hostSettled()
    {
        return QTest::qWaitFor(
            [&] {
                const auto slice = landscapeOf(host).slice();
                return !landscapeOf(host).isComputing() && slice &&
                       slice->currentFirst == parameterValue(*host.snapshot()->network, slice->request.first);
            },
            20000);
    }

    int studentComputations = 0;
};

TEST_F(LandscapeOverLoopback, TheFollowerDrawsTheHostsSliceAndPathBitForBitAndComputesNone)
{
    EXPECT_TRUE(QTest::qWaitFor([&] { return bool(sameLandscape(student, host)); }, 10000))
        << sameLandscape(student, host);
    ASSERT_TRUE(trainUntil(300));
    ASSERT_TRUE(hostSettled());
    EXPECT_GT(landscapeOf(host).focusPath().size(), 2u);
    EXPECT_TRUE(QTest::qWaitFor([&] { return bool(sameLandscape(student, host)); }, 10000))
        << sameLandscape(student, host);
    EXPECT_EQ(landscapeOf(student).computationCount(), studentComputations);
    EXPECT_EQ(student.classSession()->statesRefused(), 0);
}

TEST_F(LandscapeOverLoopback, TheFollowerDrawsWhatItReceivesSaysWhenTheLecturerShowsNoneAndExploresOnItsOwn)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return bool(sameLandscape(student, host)); }, 10000))
        << sameLandscape(student, host);
    // A slice no network computes (E = 0.123 everywhere): drawn as it arrived.
    ShownState state = parseShownState(host.classSession()->lastStateJson().toStdString(), "host");
    auto doctored = std::make_shared<LossLandscape>(*landscapeOf(host).slice());
    doctored->loss.setConstant(0.123);
    state.landscape = {state.landscape.id + 100, doctored};
    state.serial += 100;
    ClassSession *session = student.classSession();
    session->receiveHostState(QByteArray::fromStdString(shownStateToJson(state)));
    ASSERT_EQ(session->statesRefused(), 0) << session->lastRefusal().toStdString();
    ASSERT_TRUE(landscapeOf(student).slice());
    EXPECT_TRUE(identical(*landscapeOf(student).slice(), *doctored));

    // The lecturer closes the panel: the follower says so instead of computing its own.
    showDock(host, dock_names::kLandscape, false);
    EXPECT_TRUE(QTest::qWaitFor([&] { return landscapeOf(student).slice() == nullptr; }, 5000));
    EXPECT_TRUE(landscapeOf(student).summaryText().contains("lecturer"))
        << landscapeOf(student).summaryText().toStdString();
    EXPECT_EQ(landscapeOf(student).computationCount(), studentComputations);
    // On their own, the student's panel computes the network it has...
    session->exploreOnMyOwn();
    EXPECT_TRUE(QTest::qWaitFor([&] { return landscapeOf(student).slice() != nullptr; }, 20000));
    EXPECT_GT(landscapeOf(student).computationCount(), studentComputations);
    // ...and following again shows the lecturer's once more.
    session->followAgain();
    showDock(host, dock_names::kLandscape, true);
    EXPECT_TRUE(QTest::qWaitFor([&] { return bool(sameLandscape(student, host)); }, 20000))
        << sameLandscape(student, host);
}

GradientCheckPanel &checkOf(const MainWindow &window)
{
    return *window.windowPanels()->gradientCheck;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// The follower's check is the host's: every parameter's backprop derivative, central difference
// and relative error bit for bit, the same verdict, and the same staleness; and the matrices its
// graph colours the edges by hold the host's relative errors.
::testing::AssertionResult sameCheck(const MainWindow &student, const MainWindow &host)
{
    const auto got = checkOf(student).report();
    const auto expected = checkOf(host).report();
    if (!got || !expected)
        return ::testing::AssertionFailure()
               << (got ? "" : "the follower has no check; ") << (expected ? "" : "the host has no check");
    if (got->parameters.size() != expected->parameters.size())
        return ::testing::AssertionFailure()
               << got->parameters.size() << " parameters vs the host's " << expected->parameters.size();
    for (std::size_t i = 0; i < got->parameters.size(); ++i) {
        const CheckedParameter &p = got->parameters[i];
        const CheckedParameter &q = expected->parameters[i];
        if (!(p.index == q.index) || !sameBits(p.analytic, q.analytic) || !sameBits(p.numeric, q.numeric) ||
            !sameBits(p.relativeError, q.relativeError))
            return ::testing::AssertionFailure() << "parameter " << i << " differs";
    }
    for (std::size_t l = 0; l < expected->check->relativeErrorWeights.size(); ++l) {
        const Matrix &a = got->check->relativeErrorWeights[l];
        const Matrix &b = expected->check->relativeErrorWeights[l];
        if (a.size() != b.size() || std::memcmp(a.data(), b.data(), sizeof(double) * a.size()) != 0)
            return ::testing::AssertionFailure() << "the relative errors of layer " << l + 1 << " differ";
    }
    if (checkOf(student).summaryText() != checkOf(host).summaryText())
        return ::testing::AssertionFailure()
               << "verdicts differ: " << checkOf(student).summaryText().toStdString() << " vs "
               << checkOf(host).summaryText().toStdString();
    if (checkOf(student).isResultStale() != checkOf(host).isResultStale())
        return ::testing::AssertionFailure() << "one is stale, the other not";
    return ::testing::AssertionSuccess();
}

// The lecturer on the 8-3-8; the student follows.
class CheckOverLoopback : public ClassOverLoopback {
protected:
    void SetUp() override
    {
        ClassOverLoopback::SetUp();
        ASSERT_TRUE(joinAndFollow());
    }
};

TEST_F(CheckOverLoopback, TheFollowerShowsTheLecturersCheckBitForBitAndRunsNoneOfItsOwn)
{
    GradientCheckPanel &studentCheck = checkOf(student);
    EXPECT_TRUE(studentCheck.isFollowing());
    EXPECT_FALSE(studentCheck.hasResult());
    // A follower runs no check of its own, even when asked.
    studentCheck.startCheck();
    EXPECT_FALSE(studentCheck.isRunning());

    checkOf(host).startCheck();
    ASSERT_TRUE(QTest::qWaitFor([&] { return checkOf(host).hasResult(); }, 20000));
    ASSERT_EQ(checkOf(host).checkedCount(), 59);
    EXPECT_TRUE(QTest::qWaitFor([&] { return bool(sameCheck(student, host)); }, 10000))
        << sameCheck(student, host);
    EXPECT_FALSE(studentCheck.isResultStale());
    EXPECT_EQ(studentCheck.report()->sample, checkOf(host).report()->sample);

    // The lecturer trains on: the check is of the network as it was, on both screens.
    ASSERT_TRUE(trainUntil(host.snapshot()->epoch + 20));
    EXPECT_TRUE(checkOf(host).isResultStale());
    EXPECT_TRUE(QTest::qWaitFor([&] { return studentCheck.isResultStale(); }, 10000));
    EXPECT_TRUE(sameCheck(student, host));

    // Exploring, the student's panel is its own: no lecturer's result, a check of its own runs...
    ClassSession *session = student.classSession();
    session->exploreOnMyOwn();
    EXPECT_FALSE(studentCheck.isFollowing());
    EXPECT_FALSE(studentCheck.hasResult());
    // (The private copy may take a moment to arrive; until then there is no subject to check.)
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            if (!studentCheck.isRunning() && !studentCheck.hasResult())
                studentCheck.startCheck();
            return studentCheck.hasResult();
        },
        20000));
    // ...and following again shows the lecturer's once more.
    session->followAgain();
    EXPECT_TRUE(QTest::qWaitFor([&] { return bool(sameCheck(student, host)); }, 10000))
        << sameCheck(student, host);
    EXPECT_EQ(session->statesRefused(), 0);
}

} // namespace
} // namespace bp::ui
