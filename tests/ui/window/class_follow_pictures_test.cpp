// A follower draws the lecturer's pictures as they arrive (#16): the histograms over time and the
// decision boundary are the host's bit for bit, never the follower's own computation of them.
#include "core/session/shown_state.h"
#include "tests/support/histogram_match.h"
#include "tests/support/boundary_match.h"
#include "tests/ui/window/class_room.h"
#include "ui/boundary/decision_boundary_view.h"
#include "ui/histograms/histogram_panel.h"
#include "ui/window/dock_layout.h"
#include "ui/window/window_panels.h"

#include <QDockWidget>

#include <gtest/gtest.h>

#include <cstring>

namespace bp::ui {
namespace {

const std::vector<HistogramRowPointer> &dockRows(const MainWindow &window)
{
    return window.windowPanels()->histograms->history().rows();
}

TEST_F(ClassRoom, TheHistogramsDockShowsTheHostsRowsBitForBit)
{
    host.windowPanels()->showHistograms(HistogramQuantity::Weights, HistogramScale::LogMagnitude);
    hostTraining.play();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return host.snapshot()->epoch > 600 && dockRows(host).size() > 20; }, 30000));
    // While training the rows travel as they come.
    EXPECT_TRUE(QTest::qWaitFor([&] { return dockRows(student).size() > 20; }, 10000));
    hostTraining.pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !host.snapshot()->running; }, 10000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return bool(test::histogramRowsIdentical(dockRows(student), dockRows(host))); }, 10000))
        << test::histogramRowsIdentical(dockRows(student), dockRows(host));
    EXPECT_EQ(student.classSession()->statesRefused(), 0);
}

TEST_F(ClassRoom, TheHistogramsDockShowsTheRowsItReceivesNotItsOwn)
{
    host.windowPanels()->showHistograms(HistogramQuantity::Weights, HistogramScale::Linear);
    student.windowPanels()->showHistograms(HistogramQuantity::Weights, HistogramScale::Linear);
    hostTraining.play();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return host.snapshot()->epoch > 50 && dockRows(host).size() > 5; }, 30000));
    hostTraining.pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !host.snapshot()->running; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return bool(test::histogramRowsIdentical(dockRows(student), dockRows(host))); }, 10000));
    QObject::disconnect(m_link);

    // The host's rows with the newest one's weights of layer 1 over a range no network of this run
    // has (±7.5 exactly): what the follower shows must be this row, as it arrived.
    ShownState state = parseShownState(host.classSession()->lastStateJson().toStdString(), "host");
    std::vector<HistogramRowPointer> rows = dockRows(host);
    ASSERT_FALSE(rows.empty());
    auto doctored = std::make_shared<HistogramRow>(*rows.back());
    Histogram &weights = doctored->layers[0].of[static_cast<std::size_t>(HistogramQuantity::Weights)]
                                               [static_cast<std::size_t>(HistogramScale::Linear)];
    weights.low = -7.5;
    weights.high = 7.5;
    rows.back() = doctored;
    state.serial += 100;
    state.histograms = {state.histograms.id + 100, true, -1, rows};
    student.classSession()->receiveHostState(QByteArray::fromStdString(shownStateToJson(state)));
    ASSERT_EQ(student.classSession()->statesRefused(), 0)
        << student.classSession()->lastRefusal().toStdString();
    EXPECT_TRUE(test::histogramRowsIdentical(dockRows(student), rows))
        << test::histogramRowsIdentical(dockRows(student), rows);
    EXPECT_FALSE(test::histogramRowsIdentical(dockRows(student), dockRows(host)));
}

class BoundaryRoom : public ClassRoom {
protected:
    void SetUp() override
    {
        ClassRoom::SetUp();
        load(hostTraining, "circle");
        ASSERT_TRUE(QTest::qWaitFor([&] { return student.snapshot()->presetName == "circle"; }, 10000));
        showBoundary(host, true);
        showBoundary(student, true);
        studentComputations = boundaryOf(student).computationCount();
    }

    static void showBoundary(MainWindow &window, bool shown)
    {
        auto *dock = window.findChild<QDockWidget *>(dock_names::kBoundary);
        ASSERT_NE(dock, nullptr);
        dock->setVisible(shown);
        if (shown)
            dock->raise();
    }
    static DecisionBoundaryView &boundaryOf(const MainWindow &window)
    {
        return *window.windowPanels()->boundary;
    }

    ::testing::AssertionResult sameBoundary()
    {
        return test::sameGrid(boundaryOf(student).grid(), boundaryOf(host).grid());
    }

    int studentComputations = 0;
};

TEST_F(BoundaryRoom, TheFollowerDrawsTheHostsGridBitForBitAndComputesNone)
{
    hostTraining.play();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.snapshot()->epoch > 200; }, 30000));
    // While training, the grids follow the host's.
    EXPECT_TRUE(QTest::qWaitFor([&] { return bool(sameBoundary()); }, 10000)) << sameBoundary();
    hostTraining.pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !host.snapshot()->running; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !boundaryOf(host).isComputing(); }, 10000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return boundaryOf(host).heatmapNetwork() == host.snapshot()->network && bool(sameBoundary()); },
        10000))
        << sameBoundary();
    EXPECT_EQ(boundaryOf(student).computationCount(), studentComputations);
    EXPECT_TRUE(boundaryOf(student).note().isEmpty()) << boundaryOf(student).note().toStdString();
    EXPECT_EQ(student.classSession()->statesRefused(), 0);
}

TEST_F(BoundaryRoom, TheFollowerDrawsTheGridItReceivesAndSaysWhenTheLecturerShowsNone)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return bool(sameBoundary()); }, 10000)) << sameBoundary();
    QObject::disconnect(m_link);
    // A grid no network computes (every sample 0.123, over another plane): drawn as it arrived.
    ShownState state = parseShownState(host.classSession()->lastStateJson().toStdString(), "host");
    ASSERT_NE(state.boundary.id, 0u);
    const BoundaryGrid &hostGrid = boundaryOf(host).grid();
    auto doctored = std::make_shared<ShownBoundary>(
        ShownBoundary{hostGrid.extent.x1Min, 2.0, hostGrid.extent.x2Min, hostGrid.extent.x2Max,
                      hostGrid.resolution, std::vector<double>(hostGrid.values.size(), 0.123)});
    state.boundary = {state.boundary.id + 100, doctored};
    state.serial += 100;
    student.classSession()->receiveHostState(QByteArray::fromStdString(shownStateToJson(state)));
    ASSERT_EQ(student.classSession()->statesRefused(), 0)
        << student.classSession()->lastRefusal().toStdString();
    const BoundaryGrid &shown = boundaryOf(student).grid();
    ASSERT_EQ(shown.values.size(), doctored->values.size());
    EXPECT_EQ(shown.values.front(), 0.123);
    EXPECT_EQ(shown.values.back(), 0.123);
    EXPECT_EQ(shown.extent.x1Max, 2.0);
    EXPECT_EQ(boundaryOf(student).extent().x1Max, 2.0);

    // The lecturer closes the boundary: the follower says so instead of computing its own.
    connectLink();
    showBoundary(host, false);
    EXPECT_TRUE(QTest::qWaitFor([&] { return boundaryOf(student).grid().isEmpty(); }, 5000));
    EXPECT_FALSE(boundaryOf(student).note().isEmpty());
    EXPECT_NE(boundaryOf(student).note(), DecisionBoundaryView::needsTwoInputsText());
    EXPECT_EQ(boundaryOf(student).computationCount(), studentComputations);
    // On their own, the student's panel computes the network it has again.
    student.classSession()->exploreOnMyOwn();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !boundaryOf(student).grid().isEmpty(); }, 10000));
    EXPECT_GT(boundaryOf(student).computationCount(), studentComputations);
}

} // namespace
} // namespace bp::ui
