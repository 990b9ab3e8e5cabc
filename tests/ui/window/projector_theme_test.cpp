// The graph in each theme (light, dark, high contrast) on the three projectors (1024×768, 1280×720,
// 1920×1080), at the desk and in presenter mode, for the 8-3-8, 4-2-4 and 16-4-16 nets: every
// neuron's value legible and uncovered, the legend at least 12 px, and high contrast's text larger
// than the light theme's; in the tightest rooms, every phase of a step too. Asserts on what the graph
// drew. With BP_SCREENSHOT_DIR set, it also writes a screenshot of each.
#include "app/language.h"
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "core/maths/trace.h"
#include "ui/graph/network_view.h"
#include "ui/style/theme.h"
#include "ui/window/main_window.h"
#include "tests/support/graph_scene_checks.h"
#include "tests/support/projector_rooms.h"
#include "tests/support/screenshot_folder.h"
#include "tests/support/studio_window.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSize>
#include <QStringList>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace bp::ui {
namespace {

struct ThemedRoom {
    ThemeKind theme;
    int width;
    int height;
    bool presenting;
    const char *preset;
    std::vector<int> sizes;
};

std::string nameOf(const ThemedRoom &room)
{
    std::string name = Theme::keyOf(room.theme).toStdString() + "-" +
                       (room.presenting ? "presenter" : "desk") + "-" + std::to_string(room.width) + "x" +
                       std::to_string(room.height);
    for (const int size : room.sizes)
        name += '-' + std::to_string(size);
    return name;
}

void PrintTo(const ThemedRoom &room, std::ostream *out)
{
    *out << nameOf(room);
}

// The sizes in this room (14 px at the desk and 24 presenting at 1920 × 1080, in proportion
// on a smaller screen, never below 12 px), and high contrast's enlargement.
double requiredPixels(const ThemedRoom &room)
{
    return bp::test::requiredTextPixels(room.width, room.height, room.presenting) *
           (room.theme == ThemeKind::HighContrast ? 1.15 : 1.0);
}

// Sets the theme for one test and puts the light theme back after it.
class ThemeScope {
public:
    explicit ThemeScope(ThemeKind kind) { Theme::instance().setKind(kind); }
    ~ThemeScope() { Theme::instance().setKind(ThemeKind::Light); }
    ThemeScope(const ThemeScope &) = delete;
    ThemeScope &operator=(const ThemeScope &) = delete;
};

// The window in the room with the preset loaded, at the backward pass of the hidden layer (BP2: the
// inputs show x, the hidden and output neurons δ), an output neuron selected (its bias tag must find
// a free place) and the saturation marks on.
void showBackwardPass(MainWindow &window, TrainingController &controller, const ThemedRoom &room)
{
    ASSERT_TRUE(bp::test::openInRoom(controller, window, QSize(room.width, room.height),
                                     QString::fromLatin1(room.preset), room.presenting));
    ASSERT_TRUE(bp::test::showBackwardPassForTheClass(window, room.sizes[2] / 2 - 1));
}

// The smallest size of each kind of text the graph drew (captions, values, legend, …).
std::map<PaintedText::Kind, double> smallestByKind(const NetworkView &view)
{
    std::map<PaintedText::Kind, double> smallest;
    for (const PaintedText &t : view.paintedTexts()) {
        const auto [at, added] = smallest.emplace(t.kind, t.pixels);
        if (!added)
            at->second = std::min(at->second, t.pixels);
    }
    return smallest;
}

class ProjectorTheme : public bp::test::WithApplicationLook<::testing::TestWithParam<ThemedRoom>> {};

TEST_P(ProjectorTheme, EveryValueIsReadableAndTheLegendIsAtLeastTwelvePixels)
{
    const ThemedRoom room = GetParam();
    const ThemeScope theme(room.theme);
    TrainingController controller;
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showBackwardPass(window, controller, room));
    const NetworkView &view = *window.networkView();
    if (const char *folder = std::getenv("BP_SCREENSHOT_DIR")) {
        QDir().mkpath(QString::fromLocal8Bit(folder));
        window.grab().save(QDir(QString::fromLocal8Bit(folder)).filePath(QString::fromStdString(nameOf(room)) + ".png"));
    }
    const double minimum = requiredPixels(room);
    test::expectEveryNeuronPrintsItsValue(view, room.sizes, minimum, QChar(u'\u03B4'), nameOf(room));
    test::expectGraphTextsReadable(view, room.sizes, minimum, nameOf(room));
    test::expectMarksCoverNoText(view, room.sizes, nameOf(room));
    test::expectBiasTagDrawn(view, 2, room.sizes[2] / 2 - 1, nameOf(room));
    int legends = 0;
    for (const PaintedText &t : view.paintedTexts()) {
        if (t.kind != PaintedText::Kind::Legend)
            continue;
        ++legends;
        EXPECT_GE(t.pixels, 12.0) << nameOf(room) << ": " << test::describe(t);
    }
    EXPECT_GE(legends, 2) << nameOf(room) << ": the legend shows at least w and δ";
}

std::vector<ThemedRoom> themedRooms()
{
    std::vector<ThemedRoom> all;
    for (const ThemeKind theme : Theme::kAllKinds)
        for (const bool presenting : {false, true})
            for (const auto &[width, height] :
                 {std::pair{1024, 768}, std::pair{1280, 720}, std::pair{1920, 1080}})
                for (const auto &[preset, sizes] :
                     {std::pair{"encoder-8-3-8", std::vector<int>{8, 3, 8}},
                      std::pair{"encoder-4-2-4", std::vector<int>{4, 2, 4}},
                      std::pair{"encoder-16-4-16", std::vector<int>{16, 4, 16}}})
                    all.push_back({theme, width, height, presenting, preset, sizes});
    return all;
}

INSTANTIATE_TEST_SUITE_P(AllThemes, ProjectorTheme, ::testing::ValuesIn(themedRooms()),
                         [](const ::testing::TestParamInfo<ThemedRoom> &info) {
                             return bp::test::asTestName(nameOf(info.param));
                         });

// High contrast is for those who need the text larger: every kind of text on the graph (captions,
// values, targets, legend, phase) is at least 1.15 times its size in the light theme, in the same room.
using ProjectorThemeText = bp::test::WithApplicationLook<>;

TEST_F(ProjectorThemeText, HighContrastEnlargesEveryKindOfTextOnTheGraph)
{
    for (const bool presenting : {false, true}) {
        const ThemedRoom light{ThemeKind::Light, 1280, 720, presenting, "encoder-8-3-8", {8, 3, 8}};
        std::map<PaintedText::Kind, double> lightSizes;
        {
            TrainingController controller;
            MainWindow window;
            ASSERT_NO_FATAL_FAILURE(showBackwardPass(window, controller, light));
            lightSizes = smallestByKind(*window.networkView());
        }
        ThemedRoom contrast = light;
        contrast.theme = ThemeKind::HighContrast;
        const ThemeScope theme(ThemeKind::HighContrast);
        TrainingController controller;
        MainWindow window;
        ASSERT_NO_FATAL_FAILURE(showBackwardPass(window, controller, contrast));
        const std::map<PaintedText::Kind, double> contrastSizes = smallestByKind(*window.networkView());
        ASSERT_GE(lightSizes.size(), 5u) << "captions, values, targets, legend and phase";
        for (const auto &[kind, pixels] : lightSizes) {
            ASSERT_TRUE(contrastSizes.count(kind)) << nameOf(contrast) << ": no " << test::kindName(kind);
            EXPECT_GE(contrastSizes.at(kind), pixels * 1.15)
                << nameOf(contrast) << ": " << test::kindName(kind) << " is " << contrastSizes.at(kind)
                << " px, " << pixels << " px in the light theme";
        }
    }
}

// A neuron's value as the graph prints it: "δ=" or "σ′=" or nothing, then a sign and three
// significant digits ("+0.146", "−0.00351", "+1.00"), or 0.00 for zero.
::testing::AssertionResult isNeuronValue(const QString &text)
{
    QString number = text.mid(text.indexOf(QLatin1Char('=')) + 1);
    if (number == QStringLiteral("0.00"))
        return ::testing::AssertionSuccess();
    if (!number.startsWith(QLatin1Char('+')) && !number.startsWith(QChar(u'\u2212')))
        return ::testing::AssertionFailure() << "\"" << text.toStdString() << "\" has no sign";
    const QString mantissa = number.mid(1).section(QLatin1Char('e'), 0, 0);
    QString digits = mantissa;
    digits.remove(QLatin1Char('.'));
    while (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    bool allDigits = !digits.isEmpty();
    for (const QChar c : std::as_const(digits))
        allDigits = allDigits && c.isDigit();
    if (!allDigits || digits.size() != 3)
        return ::testing::AssertionFailure() << "\"" << text.toStdString() << "\" has not three significant digits";
    return ::testing::AssertionSuccess();
}

// The values each layer of the room's net printed, each checked to be in the one format.
std::vector<QStringList> printedValues(const NetworkView &view, const ThemedRoom &room, const std::string &where)
{
    std::vector<QStringList> values(room.sizes.size());
    for (const PaintedText &t : view.paintedTexts()) {
        if (t.kind != PaintedText::Kind::NeuronValue)
            continue;
        EXPECT_TRUE(isNeuronValue(t.text)) << where << ": " << test::describe(t);
        if (t.layer >= 0 && t.layer < static_cast<int>(values.size()))
            values[static_cast<std::size_t>(t.layer)] << t.text;
    }
    return values;
}

// Every phase of a step in the tightest rooms (1024 × 768, at the desk and presenting): the forward
// pass's a, the output error's and the backward pass's δ, the gradients' and the update's values,
// then σ′ on, and each edge of a layer selected in its gradients phase (its ∂E/∂w label). In each,
// every neuron computed so far prints its value, legible, clear of every other text, tag, circle
// and gauge.
class ProjectorThemePhases : public bp::test::WithApplicationLook<::testing::TestWithParam<ThemedRoom>> {};

TEST_P(ProjectorThemePhases, EveryPhaseIsReadable)
{
    const ThemedRoom room = GetParam();
    const ThemeScope theme(room.theme);
    TrainingController controller;
    MainWindow window;
    ASSERT_TRUE(bp::test::openInRoom(controller, window, QSize(room.width, room.height),
                                     QString::fromLatin1(room.preset), room.presenting));
    ASSERT_TRUE(bp::test::showPhase(window, 0));
    window.findChild<QAction *>(QStringLiteral("saturationMarksAction"))->setChecked(true);
    NetworkView &view = *window.networkView();
    const double minimum = requiredPixels(room);
    const int layers = static_cast<int>(room.sizes.size());
    const auto showFully = [&](int index) {
        ASSERT_TRUE(bp::test::showPhase(window, index));
        ASSERT_TRUE(QTest::qWaitFor([&] { return view.scene().phaseProgress == 1.0; }, bp::test::kWindowTimeoutMs));
        view.repaint();
    };
    const std::vector<Phase> phases = window.trace()->phases;
    int lastForward = 0;
    for (int index = 0; index < static_cast<int>(phases.size()); ++index) {
        const Phase phase = phases[static_cast<std::size_t>(index)];
        ASSERT_NO_FATAL_FAILURE(showFully(index));
        const std::string where = nameOf(room) + ", phase " + std::to_string(index);
        test::expectGraphTextsReadable(view, room.sizes, minimum, where);
        test::expectMarksCoverNoText(view, room.sizes, where);
        // The forward pass has computed the layers up to its own; every later phase all of them.
        const int computed = phase.kind == PhaseKind::Forward ? phase.layer : layers - 1;
        const std::vector<QStringList> values = printedValues(view, room, where);
        for (int l = 0; l < layers; ++l) {
            const QStringList &printed = values[static_cast<std::size_t>(l)];
            EXPECT_EQ(printed.size(), l <= computed ? room.sizes[static_cast<std::size_t>(l)] : 0)
                << where << ", layer " << l << ": " << printed.join(QStringLiteral(" ")).toStdString();
            // a in the forward pass; δ from the layer the backward pass has reached to the output,
            // and from then on on every layer after the input, but for the a that the gradients of
            // the next layer multiply by (BP3: ∂E/∂wˡⱼₖ = aˡ⁻¹ₖ δˡⱼ).
            const bool delta = (phase.kind == PhaseKind::OutputError && l == layers - 1) ||
                               (phase.kind == PhaseKind::Backward && l >= phase.layer) ||
                               (phase.kind == PhaseKind::Gradients && l > 0 && l != phase.layer - 1) ||
                               (phase.kind == PhaseKind::Update && l > 0);
            for (const QString &text : printed)
                EXPECT_EQ(text.contains(QChar(u'\u03B4')), delta) << where << ", layer " << l << ": " << text.toStdString();
        }
        if (phase.kind == PhaseKind::Forward)
            lastForward = index;
        if (phase.kind != PhaseKind::Gradients)
            continue;
        // Each edge into the gradients' layer selected: its ∂E/∂w is drawn, legible, and covers no
        // value, no other text and no circle (its own neuron's included; presenting, where circles are
        // large, no more than their rim, a fifth of the radius); a line from it, when it sits off its
        // edge, crosses none of them either. Open: presenting on a 1024 × 768 projector
        // the graph (about 660 × 390 px, its circles and values large) has no free place of the
        // tag's size, and the tag lies above the edge's middle, over what is there.
        const bool roomForTheTag = !(room.presenting && room.width <= 1024);
        view.setFocus();
        ASSERT_TRUE(QTest::qWaitFor([&] { return view.hasFocus(); }, 2000)) << where;
        for (int j = 0; j < room.sizes[static_cast<std::size_t>(phase.layer)]; ++j) {
            for (int k = 0; k < room.sizes[static_cast<std::size_t>(phase.layer - 1)]; ++k) {
                view.setSelection(Selection{Selection::Kind::Edge, phase.layer, j, k});
                view.repaint();
                const std::string edge = where + ", edge " + std::to_string(k) + "→" + std::to_string(j);
                const std::vector<PaintedText> &texts = view.paintedTexts();
                const auto tag = std::find_if(texts.begin(), texts.end(), [](const PaintedText &t) {
                    return t.kind == PaintedText::Kind::EdgeValue && t.text.startsWith(QStringLiteral("\u2202E/\u2202w"));
                });
                ASSERT_NE(tag, texts.end()) << edge << ": no ∂E/∂w";
                const bool corner = (j == 0 && k == 0) || (j + 1 == room.sizes[static_cast<std::size_t>(phase.layer)] &&
                                                           k + 1 == room.sizes[static_cast<std::size_t>(phase.layer - 1)]);
                if (const auto folder = test::screenshotFolder(); folder && corner)
                    view.grab().save(folder->filePath(
                        QString::fromStdString(edge).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")),
                                                             QStringLiteral("_")) +
                        QStringLiteral(".png")));
                EXPECT_GE(tag->pixels, minimum) << edge << ": " << test::describe(*tag);
                if (!roomForTheTag)
                    continue;
                for (const PaintedText &other : texts) {
                    const QRectF overlap = tag->cover.intersected(other.cover);
                    EXPECT_TRUE(&other == &*tag || !(overlap.width() > 1.0 && overlap.height() > 1.0))
                        << edge << ": " << test::describe(*tag) << " overlaps " << test::describe(other);
                }
                test::expectMarksCoverNoText(view, room.sizes, edge);
                for (int l = 0; l < layers; ++l) {
                    for (int n = 0; n < room.sizes[static_cast<std::size_t>(l)]; ++n) {
                        const QRectF circle = view.neuronRect(l, n);
                        const double depth = test::depthInCircle(tag->cover, circle);
                        EXPECT_LE(depth, room.presenting ? circle.width() / 10.0 : 1.0)
                            << edge << ": " << test::describe(*tag) << " covers neuron " << n << " of layer " << l
                            << " by " << depth << " px";
                    }
                }
                if (::testing::Test::HasFailure())
                    return;
            }
        }
        view.setSelection(Selection{});
    }
    // σ′ on, in the forward pass's last phase: σ′ instead of a on every layer after the input.
    ASSERT_NO_FATAL_FAILURE(showFully(lastForward));
    window.findChild<QAction *>(QStringLiteral("derivativeAction"))->setChecked(true);
    view.repaint();
    const std::string where = nameOf(room) + ", σ′ on";
    test::expectGraphTextsReadable(view, room.sizes, minimum, where);
    test::expectMarksCoverNoText(view, room.sizes, where);
    const std::vector<QStringList> values = printedValues(view, room, where);
    for (int l = 1; l < layers; ++l) {
        EXPECT_EQ(values[static_cast<std::size_t>(l)].size(), room.sizes[static_cast<std::size_t>(l)]) << where;
        for (const QString &text : values[static_cast<std::size_t>(l)])
            EXPECT_TRUE(text.startsWith(QStringLiteral("\u03C3\u2032="))) << where << ": " << text.toStdString();
    }
}

std::vector<ThemedRoom> tightestRooms()
{
    std::vector<ThemedRoom> all;
    for (const ThemeKind theme : Theme::kAllKinds)
        for (const bool presenting : {false, true})
            for (const auto &[preset, sizes] : {std::pair{"encoder-8-3-8", std::vector<int>{8, 3, 8}},
                                                std::pair{"encoder-16-4-16", std::vector<int>{16, 4, 16}}})
                all.push_back({theme, 1024, 768, presenting, preset, sizes});
    return all;
}

INSTANTIATE_TEST_SUITE_P(Tightest, ProjectorThemePhases, ::testing::ValuesIn(tightestRooms()),
                         [](const ::testing::TestParamInfo<ThemedRoom> &info) {
                             return bp::test::asTestName(nameOf(info.param));
                         });

// Presenting on the larger projectors, where the graph's values are larger too (light theme).
std::vector<ThemedRoom> presentingRooms()
{
    std::vector<ThemedRoom> all;
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
        for (const auto &[preset, sizes] : {std::pair{"encoder-8-3-8", std::vector<int>{8, 3, 8}},
                                            std::pair{"encoder-16-4-16", std::vector<int>{16, 4, 16}}})
            all.push_back({ThemeKind::Light, size.width(), size.height(), true, preset, sizes});
    return all;
}

INSTANTIATE_TEST_SUITE_P(Presenting, ProjectorThemePhases, ::testing::ValuesIn(presentingRooms()),
                         [](const ::testing::TestParamInfo<ThemedRoom> &info) {
                             return bp::test::asTestName(nameOf(info.param));
                         });

} // namespace
} // namespace bp::ui
