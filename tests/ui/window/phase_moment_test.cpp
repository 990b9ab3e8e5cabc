// "One moment on screen": while one step is played phase by phase, every panel shows the network
// before the step until the update phase is on screen, and after it from then on.
#include "app/training/training_controller.h"
#include "core/maths/gradient_check.h"
#include "core/maths/metrics.h"
#include "tests/support/studio_window.h"
#include "ui/charts/loss_chart.h"
#include "ui/panels/equation_panel.h"
#include "ui/gradcheck/gradient_check_panel.h"
#include "ui/window/main_window.h"
#include "ui/representation/code_space_view.h"
#include "ui/representation/representation_table.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

class OneMoment : public test::StudioWindowTest {
protected:
    OneMoment() : StudioWindowTest(QSize(1280, 720)) {}

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(StudioWindowTest::SetUp());
        load("encoder-8-3-8");
    }
};

TEST_F(OneMoment, EveryPanelShowsTheNetworkOfThePhaseOnScreen)
{
    auto *table = window.findChild<RepresentationTable *>();
    auto *cube = window.findChild<CodeSpaceView *>();
    auto *check = window.findChild<GradientCheckPanel *>();
    ASSERT_NE(table, nullptr);
    ASSERT_NE(cube, nullptr);
    ASSERT_NE(check, nullptr);
    const LossChart *chart = window.lossChart();
    const Dataset data = makeEncoder(8);

    // Eight steps, one per sample.
    std::shared_ptr<const Trace> previous;
    for (int step = 0; step < 8; ++step) {
        window.nextPhase();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() && window.trace() != previous; }, 10000));
        const std::shared_ptr<const Trace> trace = window.trace();
        previous = trace;
        const int phases = static_cast<int>(trace->phases.size());
        for (int index = 0; index < phases; ++index) {
            if (index > 0)
                window.nextPhase();
            ASSERT_EQ(window.phaseIndex(), index);
            const bool update = trace->phases[static_cast<std::size_t>(index)].kind == PhaseKind::Update;
            const Network &expected = update ? trace->after : trace->before;
            const std::string where = "step " + std::to_string(step) + ", phase " + std::to_string(index);

            // The samples table, its counter and the cube: the hidden values of `expected`.
            const Matrix hidden = activationsOf(expected, data.inputs)[0];
            for (int sample = 0; sample < 8; ++sample) {
                for (int unit = 0; unit < 3; ++unit)
                    ASSERT_EQ(table->cellValue(sample, unit), hidden(unit, sample)) << where;
            }
            EXPECT_EQ(table->distinctCodes(), countDistinctCodes(hidden)) << where;
            EXPECT_EQ(cube->codeGroups().distinct, countDistinctCodes(hidden)) << where;

            // The status bar: loss and accuracy of `expected` on the whole set.
            const Evaluation evaluation = evaluate(expected, data.inputs, data.targets, data.targetKind());
            EXPECT_TRUE(window.statusText().contains("loss " + EquationPanel::formatValue(evaluation.loss)))
                << where << ": " << window.statusText().toStdString();

            // The charts: a replayed step trains outside the epochs, so no epoch appears.
            EXPECT_EQ(chart->trackBuffer(0).points().size(), 0) << where;
            EXPECT_TRUE(window.statusText().startsWith("epoch 0 ")) << where;

            // The gradient check (on the first step): backprop of `expected` for the sample on show,
            // which before the update is BP3 of the phase on screen.
            if (step == 0) {
                QSignalSpy finished(check, &GradientCheckPanel::checkFinished);
                check->startCheck();
                ASSERT_TRUE(finished.wait(10000)) << where;
                const GradientCheck truth = checkGradients(expected, data.inputs.col(0), data.targets.col(0));
                ASSERT_NE(check->result(), nullptr);
                EXPECT_EQ(check->result()->analyticBiases[0](0), truth.analyticBiases[0](0)) << where;
                if (!update) {
                    EXPECT_EQ(check->result()->analyticBiases[0](0), trace->backward[0].gradBiases(0)) << where;
                }
            }
        }
    }
}

} // namespace
} // namespace bp::ui
