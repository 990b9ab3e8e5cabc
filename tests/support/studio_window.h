#pragma once

// The set-up the whole-window tests share: the main window wired to a real training controller and
// its worker thread as main.cpp wires them, shown offscreen at a projector's size, a lesson opened,
// a phase on show.
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "core/maths/trace.h"
#include "ui/graph/network_view.h"
#include "ui/style/application_look.h"
#include "ui/teach/prediction_quiz.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QSize>
#include <QString>
#include <QTest>

#include <gtest/gtest.h>

namespace bp::test {

/// How long the window may take to show what training sent, on a machine busy with other builds.
inline constexpr int kWindowTimeoutMs = 30'000;

/// Shows `window` at `size` and waits until it is on screen.
[[nodiscard]] inline ::testing::AssertionResult showWindow(ui::MainWindow &window, QSize size)
{
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return ::testing::AssertionFailure() << "the window was never exposed";
    return ::testing::AssertionSuccess();
}

/// Opens `lesson` (seed 1), waits until training has it and the window shows it, then lets the
/// window settle for `settleMs`.
[[nodiscard]] inline ::testing::AssertionResult
openLesson(TrainingController &controller, const ui::MainWindow &window, const QString &lesson, int settleMs = 50)
{
    controller.loadPreset(lesson, 1);
    if (!QTest::qWaitFor(
            [&] {
                return controller.snapshot() && controller.snapshot()->presetName == lesson.toStdString() &&
                       window.lessonName() == lesson;
            },
            kWindowTimeoutMs))
        return ::testing::AssertionFailure() << "the window never showed the lesson " << lesson.toStdString();
    if (settleMs > 0)
        QTest::qWait(settleMs);
    return ::testing::AssertionSuccess();
}

/// The window as a projector test wants it: wired to `controller` as main.cpp wires it, shown at
/// `size`, `lesson` open, and presenter mode on when `presenting`.
[[nodiscard]] inline ::testing::AssertionResult openInRoom(TrainingController &controller, ui::MainWindow &window,
                                                           QSize size, const QString &lesson, bool presenting)
{
    connectStudio(controller, window);
    if (::testing::AssertionResult shown = showWindow(window, size); !shown)
        return shown;
    // Presenter mode right as the lesson comes on show, with no pause between (as the projector
    // tests have always done it).
    if (::testing::AssertionResult opened = openLesson(controller, window, lesson, 0); !opened)
        return opened;
    if (presenting)
        window.setPresenterMode(true);
    return ::testing::AssertionSuccess();
}

/// Shows phase `index` of the step on show (recording a step first when there is none) and waits
/// until it is on show.
[[nodiscard]] inline ::testing::AssertionResult showPhase(ui::MainWindow &window, int index)
{
    window.showPhase(index);
    if (!QTest::qWaitFor([&] { return window.trace() != nullptr && window.phaseIndex() == index; },
                         kWindowTimeoutMs))
        return ::testing::AssertionFailure() << "phase " << index << " never came on show";
    return ::testing::AssertionSuccess();
}

/// What the projector tests measure on the graph: the backward pass at the hidden layer (BP2: the
/// inputs show x, the hidden and output neurons δ) fully drawn, output neuron `outputNeuron`
/// selected (its bias tag must find a free place) and the saturation marks on.
[[nodiscard]] inline ::testing::AssertionResult showBackwardPassForTheClass(ui::MainWindow &window, int outputNeuron)
{
    if (::testing::AssertionResult shown = showPhase(window, 3); !shown)
        return shown;
    if (!QTest::qWaitFor([&] { return window.networkView()->scene().phaseProgress == 1.0; }, kWindowTimeoutMs))
        return ::testing::AssertionFailure() << "the backward pass was never drawn whole";
    ui::Selection output;
    output.kind = ui::Selection::Kind::Neuron;
    output.layer = 2;
    output.neuron = outputNeuron;
    window.selectInGraph(output);
    window.findChild<QAction *>(QStringLiteral("saturationMarksAction"))->setChecked(true);
    QTest::qWait(100);
    return ::testing::AssertionSuccess();
}

/// Steps the phases until one of `kind` at `layer` (0: any layer) is on show, revealing any question
/// the prediction quiz asks on the way, and recording a step first when none is on show.
[[nodiscard]] inline ::testing::AssertionResult stepInto(ui::MainWindow &window, PhaseKind kind,
                                                         int layer = 0)
{
    for (int guard = 0; guard < 20; ++guard) {
        if (window.trace() && window.phaseIndex() >= 0) {
            const Phase &phase = window.trace()->phases[static_cast<std::size_t>(window.phaseIndex())];
            if (phase.kind == kind && (layer == 0 || phase.layer == layer))
                return ::testing::AssertionSuccess();
        }
        if (window.predictionQuiz()->isPending())
            window.predictionQuiz()->reveal();
        const std::shared_ptr<const Trace> trace = window.trace();
        window.nextPhase();
        if (!trace && !QTest::qWaitFor([&] { return window.trace() != nullptr; }, kWindowTimeoutMs))
            return ::testing::AssertionFailure() << "no step was recorded";
    }
    return ::testing::AssertionFailure() << "the phase never came";
}

/// A fixture (`Base`: ::testing::Test or a TestWithParam) whose tests measure the window the user
/// sees: the style and font main() gives the application (Fusion, 11 pt) are set before the test
/// makes its window. The tests' default (Qt's 9 pt) let windows fit that the real one did not.
template <typename Base = ::testing::Test> class WithApplicationLook : public Base {
protected:
    void SetUp() override
    {
        Base::SetUp();
        ui::applyApplicationLook();
    }
};

/// A window and its training, wired; for tests that make several (one per size or language).
struct StudioWindow {
    StudioWindow() { connectStudio(controller, window); }

    /// Shows the window at `size` and opens `lesson` in it.
    [[nodiscard]] ::testing::AssertionResult open(QSize size, const QString &lesson)
    {
        if (::testing::AssertionResult shown = showWindow(window, size); !shown)
            return shown;
        return openLesson(controller, window, lesson);
    }

    TrainingController controller;
    ui::MainWindow window;
};

/// The fixture of the whole-window tests: the window shown at `size` before each test.
class StudioWindowTest : public ::testing::Test {
protected:
    explicit StudioWindowTest(QSize size = QSize(1920, 1080)) : m_size(size)
    {
        connectStudio(controller, window);
    }

    void SetUp() override { ASSERT_TRUE(showWindow(window, m_size)); }

    /// Opens a lesson and waits until the window shows it.
    void load(const QString &lesson) { ASSERT_TRUE(openLesson(controller, window, lesson)); }
    /// Shows phase `index` and waits until it is on show.
    void showPhase(int index) { ASSERT_TRUE(test::showPhase(window, index)); }

    TrainingController controller;
    ui::MainWindow window;

private:
    QSize m_size;
};

} // namespace bp::test
