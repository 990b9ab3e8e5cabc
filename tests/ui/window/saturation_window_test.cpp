// The lessons on why learning is slow, in the whole window: the Saturation lesson turns the graph's
// saturation marks on, the gradient chart counts the units, and the equation panel says why a
// neuron or a weight learns slowly (BP2: saturated; BP4: input low).
#include "app/training/training_controller.h"
#include "core/maths/activation.h"
#include "core/maths/saturation.h"
#include "tests/support/studio_window.h"
#include "ui/charts/gradient_chart.h"
#include "ui/graph/network_view.h"
#include "ui/histograms/histogram_panel.h"
#include "ui/landscape/loss_landscape_panel.h"
#include "ui/panels/equation_panel.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QDockWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

class SlowLearning : public test::StudioWindowTest {
protected:
    SlowLearning() : StudioWindowTest(QSize(1280, 720)) {}
};

TEST_F(SlowLearning, TheSaturationLessonTurnsTheMarksOnAndTheChartCountsThem)
{
    load("encoder-8-3-8");
    EXPECT_FALSE(window.networkView()->scene().showSaturation);
    auto *chart = window.findChild<GradientChart *>(QStringLiteral("gradientChart"));
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(chart->unitCountsText(), QString()) << "no saturated or dead unit: nothing to count";

    load("saturation");
    // The small weights beside the large ones, started from the same seed (runs side by side).
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->runs.size() == 2; }, 10000));
    const NetworkScene &scene = window.networkView()->scene();
    EXPECT_TRUE(scene.showSaturation);
    ASSERT_TRUE(scene.saturation);
    const int saturated = scene.saturation->saturatedCount();
    EXPECT_GE(saturated, 1); // seed 1: one unit (docs/lessons.md)
    bool marksInLegend = false;
    for (const LegendEntry &entry : window.networkView()->legendEntries())
        marksInLegend = marksInLegend || entry.kind == LegendEntry::Kind::Marks;
    EXPECT_TRUE(marksInLegend);
    // "layer 1: saturated 2 · layer 2: saturated 3": the counts add up to the report's.
    const QString counts = chart->unitCountsText();
    int sum = 0;
    for (const LayerSaturation &layer : scene.saturation->layers)
        if (layer.saturatedCount > 0) {
            EXPECT_TRUE(counts.contains(QStringLiteral("saturated %1").arg(layer.saturatedCount)))
                << counts.toStdString();
            sum += layer.saturatedCount;
        }
    EXPECT_EQ(sum, saturated);

    // Another lesson keeps the teacher's choice.
    load("xor");
    EXPECT_TRUE(window.networkView()->scene().showSaturation);
}

// Each lesson on slow learning opens the dock its lesson text points at: Optimizers the loss over
// two weights (with one path per optimizer), Initialisation the histograms of the activations, the
// vanishing gradient those of δ; an ordinary lesson opens neither.
TEST_F(SlowLearning, EachLessonOpensTheDocksItNeeds)
{
    auto *landscapeDock = window.findChild<QDockWidget *>(QStringLiteral("landscapeDock"));
    auto *histogramsDock = window.findChild<QDockWidget *>(QStringLiteral("histogramsDock"));
    auto *landscape = window.findChild<LossLandscapePanel *>();
    auto *histograms = window.findChild<HistogramPanel *>();
    ASSERT_TRUE(landscapeDock && histogramsDock && landscape && histograms);
    load("encoder-8-3-8");
    EXPECT_FALSE(landscapeDock->isVisible());
    EXPECT_FALSE(histogramsDock->isVisible());

    load("optimizers");
    EXPECT_TRUE(landscapeDock->isVisible());
    EXPECT_FALSE(histogramsDock->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->runs.size() == 3; }, 10000));
    controller.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return landscape->paths().size() == 3; }, 10000))
        << "paths on show: " << landscape->paths().size();

    load("initialisation");
    EXPECT_TRUE(histogramsDock->isVisible());
    EXPECT_EQ(histograms->quantity(), HistogramQuantity::Activations);

    load("vanishing-gradient");
    EXPECT_TRUE(histogramsDock->isVisible());
    EXPECT_EQ(histograms->quantity(), HistogramQuantity::Deltas);
}

// These lessons are presented to a class: presenter mode keeps the docks the lesson opened, as tabs
// beside the equation and the loss chart (which stay in front), instead of hiding them.
TEST_F(SlowLearning, PresenterModeKeepsTheDocksTheLessonOpenedAsTabs)
{
    auto *equationDock = window.findChild<QDockWidget *>(QStringLiteral("equationDock"));
    auto *lossDock = window.findChild<QDockWidget *>(QStringLiteral("lossDock"));
    auto *landscapeDock = window.findChild<QDockWidget *>(QStringLiteral("landscapeDock"));
    auto *histogramsDock = window.findChild<QDockWidget *>(QStringLiteral("histogramsDock"));
    auto *samplesDock = window.findChild<QDockWidget *>(QStringLiteral("samplesDock"));
    ASSERT_TRUE(equationDock && lossDock && landscapeDock && histogramsDock && samplesDock);
    const auto isOpen = [](QDockWidget *dock) { return dock->toggleViewAction()->isChecked(); };

    load("optimizers");
    ASSERT_TRUE(isOpen(landscapeDock));
    window.presenterAction()->trigger();
    EXPECT_TRUE(isOpen(landscapeDock));
    EXPECT_TRUE(window.tabifiedDockWidgets(equationDock).contains(landscapeDock));
    EXPECT_TRUE(equationDock->isVisible()) << "the equation stays the front tab";
    EXPECT_FALSE(isOpen(histogramsDock)) << "this lesson did not open the histograms";
    EXPECT_FALSE(isOpen(samplesDock)) << "the other panels still give way";
    window.presenterAction()->trigger();
    EXPECT_TRUE(isOpen(samplesDock));

    load("vanishing-gradient");
    ASSERT_TRUE(isOpen(histogramsDock));
    window.presenterAction()->trigger();
    EXPECT_TRUE(isOpen(histogramsDock));
    EXPECT_TRUE(window.tabifiedDockWidgets(lossDock).contains(histogramsDock));
    EXPECT_TRUE(lossDock->isVisible()) << "the compact loss chart stays the front tab";
    window.presenterAction()->trigger();
}

TEST_F(SlowLearning, TheEquationPanelSaysWhyANeuronOrAWeightLearnsSlowly)
{
    load("saturation");
    // 8-3-8: forward 1, 2; BP1; BP2 at layer 1 is phase 3.
    showPhase(3);
    const Trace &trace = *window.trace();
    int saturated = -1;
    int lively = -1;
    for (int j = 0; j < 3; ++j) {
        const double derivative =
            activationDerivativeAt(Activation::Logistic, trace.forward[0].weightedInput(j, 0));
        (isSaturatedDerivative(Activation::Logistic, derivative) ? saturated : lively) = j;
    }
    ASSERT_GE(saturated, 0) << "seed 1's sample 1 saturates a hidden unit (measured)";
    ASSERT_GE(lively, 0);
    Selection neuron;
    neuron.kind = Selection::Kind::Neuron;
    neuron.layer = 1;
    neuron.neuron = saturated;
    window.selectInGraph(neuron);
    EXPECT_TRUE(window.equationPanel()->html().contains(QStringLiteral("Saturated")))
        << "unit " << saturated + 1;
    neuron.neuron = lively;
    window.selectInGraph(neuron);
    EXPECT_FALSE(window.equationPanel()->html().contains(QStringLiteral("Saturated")))
        << "unit " << lively + 1;

    // BP4 at layer 1 (phase 5): the sample is one-hot, so every input but x₁ is 0.
    showPhase(5);
    Selection edge;
    edge.kind = Selection::Kind::Edge;
    edge.layer = 1;
    edge.neuron = 0;
    edge.from = 4;
    window.selectInGraph(edge);
    EXPECT_TRUE(window.equationPanel()->html().contains(QStringLiteral("Input low")));
    edge.from = 0;
    window.selectInGraph(edge);
    EXPECT_FALSE(window.equationPanel()->html().contains(QStringLiteral("Input low")));
}

} // namespace
} // namespace bp::ui
