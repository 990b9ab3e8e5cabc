// The panel with real checks on a worker thread, offscreen.
#include "core/maths/gradient_check.h"
#include "tests/support/matrix_near.h"
#include "tests/ui/gradcheck/gradcheck_test_support.h"
#include "ui/gradcheck/gradient_check_model.h"
#include "ui/gradcheck/gradient_check_panel.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <cstdio>

#include <algorithm>
#include <cmath>
#include <memory>

namespace bp::ui {
namespace {

using bp::test::matrixIdentical;

// Generous: a full 784-128-10 check takes about 2 s optimised, far longer under sanitizers.
constexpr int kCheckTimeoutMs = 90'000;

bool waitForCheck(GradientCheckPanel &panel)
{
    return QTest::qWaitFor([&] { return !panel.isRunning(); }, kCheckTimeoutMs);
}

double cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(GradientCheckModel::ValueRole).toDouble();
}

double analyticAt(const GradientCheck &check, const QAbstractItemModel &model, int row)
{
    const int layer = model.index(row, 0).data(GradientCheckModel::LayerRole).toInt();
    const int j = model.index(row, 0).data(GradientCheckModel::RowRole).toInt();
    const int k = model.index(row, 0).data(GradientCheckModel::ColumnRole).toInt();
    const auto l = static_cast<std::size_t>(layer - 1);
    return k < 0 ? check.analyticBiases[l](j) : check.analyticWeights[l](j, k);
}

TEST(GradientCheckPanel, ChecksTheHandNetworkAndListsItWorstFirst)
{
    GradientCheckPanel panel;
    EXPECT_FALSE(panel.hasResult());
    EXPECT_EQ(panel.result(), nullptr);
    const Network network = test::handNetwork();
    panel.setSubject(std::make_shared<const Network>(network), test::handInput(), test::handTarget(),
                     QStringLiteral("x = (0.05, 0.10)"));
    QSignalSpy finished(&panel, &GradientCheckPanel::checkFinished);
    panel.startCheck();
    EXPECT_TRUE(panel.isRunning());
    ASSERT_TRUE(waitForCheck(panel));
    ASSERT_EQ(finished.count(), 1);

    ASSERT_TRUE(panel.hasResult());
    EXPECT_EQ(panel.checkedCount(), 12);
    EXPECT_LT(panel.worstRelativeError(), 1e-6);
    EXPECT_FALSE(panel.isAlarmShown());
    EXPECT_TRUE(
        panel.summaryText().startsWith(QStringLiteral("Backprop agrees with the numerical derivative")))
        << panel.summaryText().toStdString();
    EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("over 12 parameters (h = 10⁻⁵)")));

    const GradientCheck core = checkGradients(network, test::handInput(), test::handTarget());
    EXPECT_EQ(panel.worstRelativeError(), core.worstRelativeError);
    const QAbstractItemModel &model = *panel.model();
    ASSERT_EQ(model.rowCount(), 12);
    for (int r = 0; r < model.rowCount(); ++r) {
        EXPECT_EQ(cell(model, r, GradientCheckModel::BackpropColumn), analyticAt(core, model, r))
            << "row " << r;
        if (r > 0) {
            EXPECT_GE(cell(model, r - 1, GradientCheckModel::RelativeErrorColumn),
                      cell(model, r, GradientCheckModel::RelativeErrorColumn))
                << "row " << r << " is worse than the row above";
        }
    }
    EXPECT_EQ(cell(model, 0, GradientCheckModel::RelativeErrorColumn), core.worstRelativeError);
    EXPECT_EQ(model.index(0, 0).data(GradientCheckModel::LayerRole).toInt(), core.worstLayer);
    EXPECT_EQ(model.index(0, 0).data(GradientCheckModel::RowRole).toInt(), core.worstRow);
    EXPECT_EQ(model.index(0, 0).data(GradientCheckModel::ColumnRole).toInt(), core.worstColumn);

    ASSERT_NE(panel.result(), nullptr);
    for (std::size_t i = 0; i < core.analyticWeights.size(); ++i) {
        EXPECT_TRUE(matrixIdentical(panel.result()->analyticWeights[i], core.analyticWeights[i]));
        EXPECT_TRUE(matrixIdentical(panel.result()->numericWeights[i], core.numericWeights[i]));
        EXPECT_TRUE(matrixIdentical(panel.result()->analyticBiases[i], core.analyticBiases[i]));
    }
}

TEST(GradientCheckPanel, TheGuiKeepsTickingWhileABigCheckRuns)
{
    GradientCheckPanel panel;
    panel.resize(420, 640);
    panel.show();
    const Network network = test::randomNetwork({784, 128, 10});
    panel.setSubject(std::make_shared<const Network>(network), test::randomInput(784), test::oneHot(10, 3),
                     QStringLiteral("random"));
    CheckPlan plan;
    plan.checkAll = true; // 203,540 forward passes: long enough to watch the GUI thread
    panel.setPlan(plan);

    QElapsedTimer clock;
    int ticks = 0;
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - last);
        last = now;
        ++ticks;
    });
    clock.start();
    timer.start();
    panel.startCheck();
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel.findChild<QProgressBar *>()->isVisible(); }, 5000))
        << "the busy state should show during a long check";
    ASSERT_TRUE(waitForCheck(panel));
    timer.stop();
    const qint64 elapsed = clock.elapsed();
    std::printf(
        "[ timing   ] full 784-128-10 check in the panel: %lld ms, %d timer ticks, longest gap %lld ms\n",
        static_cast<long long>(elapsed), ticks, static_cast<long long>(longestGap));
    EXPECT_EQ(panel.checkedCount(), 101'770);
    // The GUI thread's event loop ran during the check: its timer fired again and again. (How often is
    // not asserted: no timing assertions in tests. A blocked GUI thread would give at most one tick.)
    EXPECT_GE(ticks, 3) << "the GUI thread was blocked during the check";
}

TEST(GradientCheckPanel, LargeNetworksAreSampledAndSaySo)
{
    GradientCheckPanel panel;
    const Network network = test::randomNetwork({784, 128, 10});
    panel.setSubject(std::make_shared<const Network>(network), test::randomInput(784), test::oneHot(10, 3),
                     QStringLiteral("random"));
    panel.startCheck();
    ASSERT_TRUE(waitForCheck(panel));
    ASSERT_TRUE(panel.hasResult());
    EXPECT_EQ(panel.checkedCount(), 3290);
    EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("3,290 of 101,770 parameters")))
        << panel.summaryText().toStdString();
    EXPECT_TRUE(panel.report()->sampled);
    EXPECT_EQ(panel.model()->rowCount(), 3290);
    const QString explanation = explanationText(*panel.report());
    EXPECT_TRUE(explanation.contains(QStringLiteral("2,000 of layer 1’s 100,480")))
        << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("all 1,290 of layer 2"))) << explanation.toStdString();
}

TEST(GradientCheckPanel, ANewSubjectDuringARunLeavesTheResultWithItsOwnNetwork)
{
    GradientCheckPanel panel;
    const auto first = std::make_shared<const Network>(test::randomNetwork({64, 32, 10}, 1));
    const auto second = std::make_shared<const Network>(test::randomNetwork({64, 32, 10}, 2));
    const Matrix x = test::randomInput(64);
    const Matrix t = test::oneHot(10, 4);
    panel.setSubject(first, x, t, QStringLiteral("first"));
    panel.startCheck();
    panel.setSubject(second, x, t, QStringLiteral("second"));
    panel.startCheck(); // ignored: one check at a time
    ASSERT_TRUE(waitForCheck(panel));
    ASSERT_TRUE(panel.hasResult());

    EXPECT_EQ(panel.report()->network, first);
    EXPECT_TRUE(panel.isResultStale());
    const GradientCheck checkedFirst = checkGradients(*first, x, t);
    for (std::size_t i = 0; i < checkedFirst.analyticWeights.size(); ++i)
        EXPECT_TRUE(matrixIdentical(panel.result()->analyticWeights[i], checkedFirst.analyticWeights[i]));
    bool saysWhich = false;
    bool saysChanged = false;
    for (const QLabel *label : panel.findChildren<QLabel *>()) {
        saysWhich =
            saysWhich || label->text().contains(QStringLiteral("Sample “first” of the 64-32-10 network"));
        saysChanged = saysChanged || label->text().contains(QStringLiteral("changed since"));
    }
    EXPECT_TRUE(saysWhich);
    EXPECT_TRUE(saysChanged);

    panel.startCheck();
    ASSERT_TRUE(waitForCheck(panel));
    EXPECT_EQ(panel.report()->network, second);
    EXPECT_FALSE(panel.isResultStale());
    EXPECT_EQ(panel.report()->sampleName, QStringLiteral("second"));
}

TEST(GradientCheckPanel, CancelStopsAtOnceAndKeepsTheLastResult)
{
    GradientCheckPanel panel;
    panel.setSubject(std::make_shared<const Network>(test::handNetwork()), test::handInput(),
                     test::handTarget(), QStringLiteral("hand"));
    panel.startCheck();
    ASSERT_TRUE(waitForCheck(panel));
    const auto handResult = panel.result();

    panel.setSubject(std::make_shared<const Network>(test::randomNetwork({784, 128, 10})),
                     test::randomInput(784), test::oneHot(10, 1), QStringLiteral("big"));
    CheckPlan plan;
    plan.checkAll = true;
    panel.setPlan(plan);
    QSignalSpy cancelled(&panel, &GradientCheckPanel::checkCancelled);
    QSignalSpy finished(&panel, &GradientCheckPanel::checkFinished);
    panel.startCheck();
    QTest::qWait(300);
    ASSERT_TRUE(panel.isRunning());
    auto *button = panel.findChild<QPushButton *>();
    EXPECT_TRUE(button->text().contains(QStringLiteral("Cancel"))) << button->text().toStdString();
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_FALSE(panel.isRunning());
    EXPECT_EQ(cancelled.count(), 1);
    QTest::qWait(200);
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(panel.result(), handResult);
}

TEST(GradientCheckPanel, DestroyingThePanelDuringACheckWaitsBriefly)
{
    QElapsedTimer clock;
    {
        GradientCheckPanel panel;
        panel.setSubject(std::make_shared<const Network>(test::randomNetwork({784, 128, 10})),
                         test::randomInput(784), test::oneHot(10, 1), QStringLiteral("big"));
        CheckPlan plan;
        plan.checkAll = true;
        panel.setPlan(plan);
        panel.startCheck();
        QTest::qWait(100);
        clock.start();
    }
    // Printed, not asserted (no timing assertions): the destructor cancels rather than finishing the
    // 203,540 forward passes, which ASan and the test's own end (no hang) check.
    std::printf("[ timing   ] destroying the panel mid-check: %lld ms\n",
                static_cast<long long>(clock.elapsed()));
}

TEST(GradientCheckPanel, AReluKinkWithinHRaisesTheAlarmAndSaysWhy)
{
    GradientCheckPanel panel;
    panel.show();
    panel.setSubject(std::make_shared<const Network>(test::kinkNetwork()), test::column({1.0}),
                     test::column({1.0}), QStringLiteral("x = 1"));
    panel.startCheck();
    ASSERT_TRUE(waitForCheck(panel));
    EXPECT_TRUE(panel.isAlarmShown());
    EXPECT_GT(panel.worstRelativeError(), 1e-3);
    EXPECT_TRUE(
        panel.summaryText().startsWith(QStringLiteral("Backprop and the numerical derivative disagree")))
        << panel.summaryText().toStdString();
    const QString advice = alarmAdviceText(*panel.report());
    EXPECT_TRUE(advice.contains(QStringLiteral("ReLU"))) << advice.toStdString();
    EXPECT_TRUE(advice.contains(QStringLiteral("z¹₁ = 3.0 × 10⁻⁶"))) << advice.toStdString();
    bool shown = false;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text().contains(QStringLiteral("kink at 0")));
    EXPECT_TRUE(shown) << "the advice should be on show";
}

TEST(GradientCheckPanel, NoSubjectNoCheck)
{
    GradientCheckPanel panel;
    panel.startCheck();
    EXPECT_FALSE(panel.isRunning());
    EXPECT_FALSE(panel.findChild<QPushButton *>()->isEnabled());
    panel.setSubject(std::make_shared<const Network>(test::handNetwork()), test::column({1.0, 2.0, 3.0}),
                     test::handTarget(), QStringLiteral("wrong width"));
    panel.startCheck();
    EXPECT_FALSE(panel.isRunning());
    EXPECT_FALSE(panel.findChild<QPushButton *>()->isEnabled());
}

} // namespace
} // namespace bp::ui
