// The README's pictures of the whole window, each made by a test from the code of the day: the
// backward pass at 1920 × 1080, presenter mode with the spotlight, the trained encoder at 1280 × 720,
// the spiral's decision boundary, the vanishing-gradient lab switched to relu, and the dark and
// high-contrast themes. Each test checks what its picture is there to show (every neuron's value
// legible and uncovered; the gradient of the first layer coming back after the switch to relu), so
// it runs in every test run; with BP_SCREENSHOT_DIR set it also writes the PNG under the name the
// README links (docs/screenshots/), to be copied there and optimised (optipng -o2).
#include "app/training/training_controller.h"
#include "core/maths/trace.h"
#include "core/training/trainer.h"
#include "ui/graph/network_view.h"
#include "ui/style/theme.h"
#include "ui/window/main_window.h"
#include "tests/support/graph_scene_checks.h"
#include "tests/support/projector_rooms.h"
#include "tests/support/screenshot_folder.h"
#include "tests/support/studio_window.h"

#include <QAction>
#include <QComboBox>
#include <QTest>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bp::ui {
namespace {

class ReadmePicture : public bp::test::WithApplicationLook<> {
protected:
    // The window at `size` on `lesson`, presenter mode on when `presenting`, trained for `epochs`.
    void openAndTrain(QSize size, const QString &lesson, bool presenting, int epochs)
    {
        m_size = size;
        m_presenting = presenting;
        ASSERT_TRUE(bp::test::openInRoom(controller, window, size, lesson, presenting));
        train(epochs);
    }

    void train(int epochs)
    {
        const std::int64_t until = controller.snapshot()->epoch + epochs;
        for (int e = 0; e < epochs; ++e)
            controller.stepEpoch();
        ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == until; }, bp::test::kWindowTimeoutMs));
    }

    // Phase `index` of a new step, drawn whole, with `selection` selected.
    void showPhaseDrawn(int index, const Selection &selection)
    {
        ASSERT_TRUE(bp::test::showPhase(window, index));
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.networkView()->scene().phaseProgress == 1.0; },
                                    bp::test::kWindowTimeoutMs));
        window.selectInGraph(selection);
        QTest::qWait(300);
    }

    // Every neuron prints its value (with `symbol` after the input), every text on the graph is at
    // least the room's size and overlaps nothing.
    void expectTheGraphReadable(const std::vector<int> &sizes, QChar symbol, const std::string &name)
    {
        const double minimum = bp::test::requiredTextPixels(m_size.width(), m_size.height(), m_presenting);
        const NetworkView &view = *window.networkView();
        bp::test::expectEveryNeuronPrintsItsValue(view, sizes, minimum, symbol, name);
        bp::test::expectGraphTextsReadable(view, sizes, minimum, name);
    }

    // The picture, when BP_SCREENSHOT_DIR names a folder.
    void save(const QString &file)
    {
        if (const std::optional<QDir> folder = bp::test::screenshotFolder()) {
            EXPECT_TRUE(window.grab().save(folder->filePath(file))) << file.toStdString();
        }
    }

    TrainingController controller;
    MainWindow window;

private:
    QSize m_size;
    bool m_presenting = false;
};

constexpr QChar kDelta(u'\u03B4');
// An a is printed bare, with no symbol.
constexpr QChar kActivation;

Selection neuron(int layer, int index)
{
    return Selection{Selection::Kind::Neuron, layer, index, 0};
}

// README, top: the backward pass of 8-3-8 after 300 epochs at the hidden layer (BP2), hidden neuron
// 2 selected so the equation panel sums its eight terms.
TEST_F(ReadmePicture, TheBackwardPassAt1920)
{
    ASSERT_NO_FATAL_FAILURE(openAndTrain(QSize(1920, 1080), QStringLiteral("encoder-8-3-8"), false, 300));
    ASSERT_NO_FATAL_FAILURE(showPhaseDrawn(3, neuron(1, 1)));
    expectTheGraphReadable({8, 3, 8}, kDelta, "backward pass");
    save(QStringLiteral("backward-pass-1920x1080.png"));
}

// README, presenter mode: 40 epochs in, the spotlight on hidden neuron 1 in the backward pass.
TEST_F(ReadmePicture, PresenterModeWithTheSpotlight)
{
    ASSERT_NO_FATAL_FAILURE(openAndTrain(QSize(1920, 1080), QStringLiteral("encoder-8-3-8"), true, 40));
    window.spotlightAction()->setChecked(true);
    ASSERT_NO_FATAL_FAILURE(showPhaseDrawn(3, neuron(1, 0)));
    ASSERT_TRUE(window.isPresenterMode());
    expectTheGraphReadable({8, 3, 8}, kDelta, "presenter mode");
    save(QStringLiteral("presenter-mode.png"));
}

// README, more screenshots: the encoder trained (750 epochs: eight distinct codes) at 1280 × 720, in
// the forward pass's last phase (every a computed).
TEST_F(ReadmePicture, TheTrainedEncoderAt1280)
{
    ASSERT_NO_FATAL_FAILURE(openAndTrain(QSize(1280, 720), QStringLiteral("encoder-8-3-8"), false, 750));
    ASSERT_NO_FATAL_FAILURE(showPhaseDrawn(1, neuron(1, 0)));
    EXPECT_EQ(controller.snapshot()->network->layerCount(), 2);
    expectTheGraphReadable({8, 3, 8}, kActivation, "trained encoder");
    save(QStringLiteral("trained-encoder-1280x720.png"));
}

// README, more screenshots: the spiral after 400 epochs (Adam, batches of 10), its decision boundary
// in the side panel, the forward pass of a sample through the 2-16-16-1 graph.
TEST_F(ReadmePicture, TheSpiralsDecisionBoundary)
{
    ASSERT_NO_FATAL_FAILURE(openAndTrain(QSize(1920, 1080), QStringLiteral("spiral"), false, 400));
    ASSERT_NO_FATAL_FAILURE(showPhaseDrawn(2, neuron(3, 0)));
    EXPECT_GE(controller.snapshot()->accuracy, 0.9);
    expectTheGraphReadable({2, 16, 16, 1}, kActivation, "spiral");
    save(QStringLiteral("spiral-boundary-1920x1080.png"));
}

// README, the vanishing-gradient lab: six logistic layers learn nothing in 60 epochs; switched live
// to relu, the first layer's gradient comes back by orders of magnitude (BP2 no longer multiplies δ by
// σ′ ≤ ¼ at every layer on the way back).
TEST_F(ReadmePicture, TheVanishingGradientSwitchedToRelu)
{
    ASSERT_NO_FATAL_FAILURE(openAndTrain(QSize(1920, 1080), QStringLiteral("vanishing-gradient"), false, 60));
    // ‖∂E/∂Wˡ‖ averaged over the last epoch's steps (one step's alone is one sample's, often 0 with relu).
    const auto epochGradient = [&](std::size_t layer) {
        const std::vector<EpochMetrics> &epochs = controller.snapshot()->newEpochs;
        return epochs.empty() ? -1.0 : epochs.back().layers.at(layer).gradientNorm;
    };
    const double logisticFirst = epochGradient(0);
    ASSERT_GT(logisticFirst, 0.0) << "no epoch in the last snapshot";
    EXPECT_LT(logisticFirst, epochGradient(5) / 100.0) << "the logistic net's first layer should learn slowest";
    auto *hidden = window.findChild<QComboBox *>(QStringLiteral("hiddenActivationCombo"));
    ASSERT_NE(hidden, nullptr);
    const int relu = hidden->findData(static_cast<int>(Activation::Relu));
    ASSERT_GE(relu, 0);
    hidden->setCurrentIndex(relu);
    emit hidden->activated(relu);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return controller.snapshot()->network->layer(1).activation == Activation::Relu; },
        bp::test::kWindowTimeoutMs));
    ASSERT_NO_FATAL_FAILURE(train(60));
    EXPECT_GT(epochGradient(0), 100.0 * logisticFirst)
        << "after the switch to relu the first layer's gradient should come back";
    ASSERT_NO_FATAL_FAILURE(showPhaseDrawn(5, Selection{}));
    expectTheGraphReadable({2, 8, 8, 8, 8, 8, 1}, kActivation, "vanishing gradient");
    save(QStringLiteral("vanishing-gradient-relu-1920x1080.png"));
}

// Sets the theme for one test and puts the light theme back after it.
class ThemeScope {
public:
    explicit ThemeScope(ThemeKind kind) { Theme::instance().setKind(kind); }
    ~ThemeScope() { Theme::instance().setKind(ThemeKind::Light); }
    ThemeScope(const ThemeScope &) = delete;
    ThemeScope &operator=(const ThemeScope &) = delete;
};

// README, the themes: the dark and high-contrast windows at 1920 × 1080, 8-3-8 after 800 epochs in
// the backward pass at the hidden layer (BP2), hidden neuron 2 selected.
class ReadmeThemePicture : public ReadmePicture, public ::testing::WithParamInterface<ThemeKind> {};

TEST_P(ReadmeThemePicture, TheBackwardPassInTheTheme)
{
    const ThemeScope theme(GetParam());
    ASSERT_NO_FATAL_FAILURE(openAndTrain(QSize(1920, 1080), QStringLiteral("encoder-8-3-8"), false, 800));
    ASSERT_NO_FATAL_FAILURE(showPhaseDrawn(3, neuron(1, 1)));
    expectTheGraphReadable({8, 3, 8}, kDelta, Theme::keyOf(GetParam()).toStdString());
    save(QStringLiteral("theme-%1.png").arg(Theme::keyOf(GetParam())));
}

INSTANTIATE_TEST_SUITE_P(DarkAndHighContrast, ReadmeThemePicture,
                         ::testing::Values(ThemeKind::Dark, ThemeKind::HighContrast),
                         [](const ::testing::TestParamInfo<ThemeKind> &info) {
                             return bp::test::asTestName(Theme::keyOf(info.param).toStdString());
                         });

} // namespace
} // namespace bp::ui
