// A follower draws the lecturer's pictures as they arrive (#16): the histograms over time are the
// host's rows bit for bit, never the follower's own computation of them.
#include "core/session/shown_state.h"
#include "tests/support/histogram_match.h"
#include "tests/ui/window/class_room.h"
#include "ui/histograms/histogram_panel.h"
#include "ui/window/window_panels.h"

#include <gtest/gtest.h>

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

} // namespace
} // namespace bp::ui
