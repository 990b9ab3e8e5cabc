// The whole window, wired to a real controller and worker thread as main.cpp wires it, offscreen.
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "ui/equation_panel.h"
#include "ui/graph/network_view.h"
#include "ui/main_window.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

class Studio : public ::testing::Test {
protected:
    void SetUp() override
    {
        connectStudio(controller, window);
        window.resize(1920, 1080);
        window.show();
    }

    void load(const QString &lesson)
    {
        controller.loadPreset(lesson, 1);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return controller.snapshot() && controller.snapshot()->presetName == lesson.toStdString();
            },
            10000));
        QTest::qWait(50);
    }

    TrainingController controller;
    MainWindow window;
};

// The number the equation panel prints for a value; the panel's text must contain it.
bool panelShows(const MainWindow &window, double value)
{
    return window.equationPanel()->html().contains(EquationPanel::formatValue(value).toHtmlEscaped());
}

TEST_F(Studio, EveryPhaseShowsTheTracesNumbersInTheGraphAndTheEquations)
{
    load("encoder-8-3-8");
    window.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr; }, 10000));
    const std::shared_ptr<const Trace> trace = window.trace();
    ASSERT_EQ(window.phaseIndex(), 0);
    const int phases = static_cast<int>(trace->phases.size());
    ASSERT_EQ(phases, 7); // forward 1, 2; output error (BP1); backward at 1 (BP2); gradients 2, 1; update
    for (int index = 0; index < phases; ++index) {
        if (index > 0)
            window.nextPhase();
        ASSERT_EQ(window.phaseIndex(), index);
        // Let the phase's animation finish, as a class would.
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return window.networkView()->scene().phaseProgress == 1.0; }, 10000));
        const NetworkScene &scene = window.networkView()->scene();
        EXPECT_EQ(scene.phaseIndex, index);
        EXPECT_EQ(scene.trace, trace);
        const Phase phase = trace->phases[static_cast<std::size_t>(index)];
        const std::size_t l = static_cast<std::size_t>(std::max(phase.layer, 1) - 1);
        switch (phase.kind) {
        case PhaseKind::Forward:
            // The layer being computed shows its values; the layers after it are still blank.
            EXPECT_FALSE(window.networkView()->valueText(phase.layer, 0).isEmpty()) << "phase " << index;
            if (phase.layer < trace->before.layerCount()) {
                EXPECT_TRUE(window.networkView()->valueText(phase.layer + 1, 0).isEmpty())
                    << "phase " << index;
            }
            EXPECT_TRUE(panelShows(window, trace->forward[l].activation(0, 0))) << "phase " << index;
            EXPECT_TRUE(panelShows(window, trace->forward[l].weightedInput(0, 0))) << "phase " << index;
            break;
        case PhaseKind::OutputError:
        case PhaseKind::Backward:
            EXPECT_TRUE(panelShows(window, trace->backward[l].delta(0, 0))) << "phase " << index;
            break;
        case PhaseKind::Gradients:
            EXPECT_TRUE(panelShows(window, trace->backward[l].gradWeights(0, 0))) << "phase " << index;
            break;
        case PhaseKind::Update: {
            const int last = trace->before.layerCount();
            EXPECT_TRUE(panelShows(window, trace->after.layer(last).weights(0, 0))) << "phase " << index;
            break;
        }
        }
    }
    // Past the last phase, the next step starts on the next sample.
    window.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != trace; }, 10000));
    EXPECT_EQ(window.trace()->input(1, 0), 1.0);
    EXPECT_EQ(window.phaseIndex(), 0);
    // And back: the previous phase of the new step is refused at its first phase.
    window.previousPhase();
    EXPECT_EQ(window.phaseIndex(), 0);
}

TEST_F(Studio, SelectingANeuronFillsTheEquationWithItsNumbers)
{
    load("encoder-8-3-8");
    window.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr; }, 10000));
    const std::shared_ptr<const Trace> trace = window.trace();
    // Forward, layer 1: select hidden neuron 3 and read its z and a in the panel.
    Selection selection;
    selection.kind = Selection::Kind::Neuron;
    selection.layer = 1;
    selection.neuron = 2;
    emit window.networkView()->selectionChanged(selection);
    EXPECT_TRUE(panelShows(window, trace->forward[0].weightedInput(2, 0)));
    EXPECT_TRUE(panelShows(window, trace->forward[0].activation(2, 0)));
    EXPECT_TRUE(window.equationPanel()->html().contains("Forward pass"));
}

TEST_F(Studio, PlayTrainsAndTheStatusLineFollows)
{
    load("encoder-8-3-8");
    window.togglePlay();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return controller.snapshot()->running && controller.snapshot()->epoch > 5; }, 10000));
    window.togglePlay();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !controller.snapshot()->running; }, 10000));
    QTest::qWait(50);
    EXPECT_TRUE(window.statusText().startsWith(QString("epoch %1 ·").arg(controller.snapshot()->epoch)))
        << window.statusText().toStdString();
}

TEST_F(Studio, DivergencePausesShowsTheExplanationAndResetRecovers)
{
    load("xor");
    controller.setActivation(1, Activation::Identity);
    controller.setActivation(2, Activation::Identity);
    controller.setLearningRate(1e5);
    window.togglePlay();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->diverged; }, 10000));
    QTest::qWait(50);
    EXPECT_FALSE(controller.snapshot()->running);
    EXPECT_TRUE(window.divergenceBanner()->isVisible());
    EXPECT_TRUE(window.networkView()->scene().diverged);
    controller.setLearningRate(0.5);
    window.resetNetwork();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !controller.snapshot()->diverged; }, 10000));
    QTest::qWait(50);
    EXPECT_FALSE(window.divergenceBanner()->isVisible());
}

TEST_F(Studio, TheWindowRendersSomethingThatIsNotBlank)
{
    load("encoder-8-3-8");
    const QImage image = window.grab().toImage();
    ASSERT_FALSE(image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    EXPECT_GT(colours.size(), 200);
}

TEST_F(Studio, TrainingMakesUnsavedWorkAndSavingClearsIt)
{
    load("encoder-8-3-8");
    EXPECT_FALSE(window.hasUnsavedWork());
    window.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 1; }, 10000));
    QTest::qWait(20);
    EXPECT_TRUE(window.hasUnsavedWork());
    QTemporaryDir folder;
    const QString path = folder.filePath("lesson.bpx.json");
    emit window.saveExperimentRequested(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.hasUnsavedWork(); }, 10000));
    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_TRUE(window.windowTitle().startsWith("lesson.bpx.json"));
}

// File > Export worked example: the step being replayed, for the neuron on show, in both formats.
TEST_F(Studio, TheWorkedExampleOfTheStepOnShowIsExported)
{
    load("encoder-8-3-8");
    QTemporaryDir folder;
    // Before any step is replayed: the step the shown sample would take, training untouched.
    const std::int64_t steps = controller.snapshot()->stepCount;
    ASSERT_TRUE(window.exportWorkedExample(folder.filePath("before.md")));
    EXPECT_EQ(controller.snapshot()->stepCount, steps);

    window.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr; }, 10000));
    const std::shared_ptr<const Trace> trace = window.trace();
    const auto read = [](const QString &path) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return QString::fromUtf8(file.readAll());
    };
    ASSERT_TRUE(window.exportWorkedExample(folder.filePath("step.tex")));
    const QString latex = read(folder.filePath("step.tex"));
    EXPECT_TRUE(latex.startsWith("\\documentclass"));
    EXPECT_TRUE(latex.contains("sample 1 of 8"));
    // z¹₁ of the replayed trace, as the handout rounds it (6 significant digits).
    const QString z = QString::number(trace->forward[0].weightedInput(0, 0), 'g', 6);
    // Its sum of 8 products is broken into two rows; the result ends the row before a¹₁'s.
    EXPECT_TRUE(latex.contains("z^{1}_{1} &= ") && latex.contains("= " + z + " \\\\\na^{1}_{1} &= "))
        << z.toStdString();

    ASSERT_TRUE(window.exportWorkedExample(folder.filePath("step.md")));
    const QString markdown = read(folder.filePath("step.md"));
    EXPECT_TRUE(markdown.startsWith("# Worked example: "));
    EXPECT_TRUE(markdown.contains("(BP1)"));
    EXPECT_FALSE(markdown.contains("\\begin{align*}"));

    // A folder that does not exist: a message, no crash, no file.
    EXPECT_FALSE(window.exportWorkedExample(folder.filePath("absent/step.md")));
}

TEST_F(Studio, ClosingWhileTrainingStopsPromptly)
{
    load("vanishing-gradient");
    window.togglePlay();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->running; }, 10000));
    window.close();
    // The controller's destructor (at the end of the test) joins the thread; ctest's timeout fails
    // the test if it does not end.
    SUCCEED();
}

} // namespace
} // namespace bp::ui
