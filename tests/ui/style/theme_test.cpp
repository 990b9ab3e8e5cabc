// Themes: the palette follows the theme, text keeps its contrast, the signed scale survives colour
// blindness, the widgets repaint when the theme changes, and the preferences persist.
#include "app/training/training_controller.h"
#include "tests/support/studio_window.h"
#include "tests/ui/boundary/boundary_test_support.h"
#include "tests/ui/graph/graph_test_support.h"
#include "ui/boundary/boundary_style.h"
#include "ui/charts/loss_chart.h"
#include "ui/gradcheck/gradient_check_panel.h"
#include "ui/graph/network_view.h"
#include "ui/panels/equation_panel.h"
#include "ui/style/color_vision.h"
#include "ui/style/palette.h"
#include "ui/style/theme.h"
#include "ui/window/main_window.h"
#include "ui/window/preferences_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

namespace bp::ui {
namespace {

using color_vision::Deficiency;

std::string nameOf(ThemeKind kind)
{
    return Theme::keyOf(kind).toStdString();
}

std::string nameOf(SignedScale scale)
{
    return Theme::keyOf(scale).toStdString();
}

std::string nameOf(const QColor &c)
{
    return c.name().toStdString();
}

// Every test starts from, and leaves, the light theme with the default scale.
class ThemeTest : public ::testing::Test {
protected:
    void SetUp() override { reset(); }
    void TearDown() override { reset(); }
    static void reset()
    {
        Theme::instance().setKind(ThemeKind::Light);
        Theme::instance().setSignedScale(SignedScale::BlueOrange);
    }
};

struct NamedColour {
    const char *name;
    std::function<QColor()> colour;
};

const std::vector<NamedColour> &themedColours()
{
    static const std::vector<NamedColour> colours = {
        {"canvas", palette::canvasColor},
        {"ink", palette::inkColor},
        {"faint ink", palette::faintInkColor},
        {"muted ink", palette::mutedInkColor},
        {"surface", palette::surfaceColor},
        {"surface border", palette::surfaceBorderColor},
        {"grid", palette::gridColor},
        {"minor grid", palette::minorGridColor},
        {"warning ink", palette::warningInkColor},
        {"accuracy", palette::accuracyColor},
        {"halo", palette::haloColor},
        {"alarm", palette::alarmColor},
        {"signed −1", [] { return palette::signedColor(-1.0, 1.0); }},
        {"signed 0", [] { return palette::signedColor(0.0, 1.0); }},
        {"signed +1", [] { return palette::signedColor(1.0, 1.0); }},
        {"activation 0", [] { return palette::activationColor(0.0); }},
        {"activation 1", [] { return palette::activationColor(1.0); }},
        {"relative error 0", [] { return palette::relativeErrorColorAt(0.0); }},
        {"input layer", [] { return palette::layerColor(0); }},
        {"layer 1", [] { return palette::layerColor(1); }},
        {"layer 2", [] { return palette::layerColor(2); }},
        {"category 6", [] { return palette::categoryColor(6); }},
    };
    return colours;
}

TEST_F(ThemeTest, EveryThemedColourDiffersBetweenLightDarkAndHighContrast)
{
    std::vector<std::vector<QColor>> byTheme;
    for (const ThemeKind kind : Theme::kAllKinds) {
        Theme::instance().setKind(kind);
        std::vector<QColor> colours;
        for (const NamedColour &c : themedColours())
            colours.push_back(c.colour());
        byTheme.push_back(colours);
    }
    for (std::size_t i = 0; i < themedColours().size(); ++i) {
        for (std::size_t a = 0; a < byTheme.size(); ++a) {
            for (std::size_t b = a + 1; b < byTheme.size(); ++b) {
                EXPECT_NE(byTheme[a][i], byTheme[b][i])
                    << themedColours()[i].name << " is " << nameOf(byTheme[a][i]) << " in both "
                    << nameOf(Theme::kAllKinds[a]) << " and " << nameOf(Theme::kAllKinds[b]);
            }
        }
    }
    // The dark theme is dark and the others are light, where it matters most: the canvas.
    EXPECT_LT(color_vision::relativeLuminance(byTheme[1][0]), 0.05);
    EXPECT_GT(color_vision::relativeLuminance(byTheme[0][0]), 0.9);
    EXPECT_GT(color_vision::relativeLuminance(byTheme[2][0]), 0.9);
}

TEST_F(ThemeTest, HighContrastDrawsThickerStrokes)
{
    const double light = palette::strokeScale();
    Theme::instance().setKind(ThemeKind::HighContrast);
    EXPECT_GE(palette::strokeScale(), 1.5 * light);
}

TEST_F(ThemeTest, HighContrastEnlargesTheTextOfTheGraphAndTheEquations)
{
    NetworkView view;
    view.resize(600, 400);
    view.setScene(test::traceScene(test::handTrace(), 3));
    const double lightValue = view.valuePixels(1);
    ASSERT_GT(lightValue, 0.0);
    EquationPanel panel;
    panel.setPointSize(14);
    const double lightPoints = panel.findChild<QTextBrowser *>()->font().pointSizeF();
    Theme::instance().setKind(ThemeKind::HighContrast);
    EXPECT_GE(view.valuePixels(1), lightValue * 1.15);
    EXPECT_GE(panel.findChild<QTextBrowser *>()->font().pointSizeF(), lightPoints * 1.15);
    // Every text the graph draws grows with it.
    view.grab();
    for (const PaintedText &text : view.paintedTexts())
        EXPECT_GE(text.pixels, 12.0 * 1.15) << text.text.toStdString();
}

TEST_F(ThemeTest, TheSignedScaleChangesOnlyTheSignedColours)
{
    for (const ThemeKind kind : Theme::kAllKinds) {
        Theme::instance().setKind(kind);
        Theme::instance().setSignedScale(SignedScale::BlueOrange);
        const QColor canvas = palette::canvasColor();
        const QColor positive = palette::signedColor(1.0, 1.0);
        const QColor negative = palette::signedColor(-1.0, 1.0);
        for (const SignedScale scale : {SignedScale::PurpleGreen, SignedScale::BlueRed}) {
            Theme::instance().setSignedScale(scale);
            EXPECT_EQ(palette::canvasColor(), canvas) << nameOf(kind) << " " << nameOf(scale);
            EXPECT_NE(palette::signedColor(1.0, 1.0), positive) << nameOf(kind) << " " << nameOf(scale);
            // Blue–red keeps the blue of negative values; the others change both ends.
            if (scale == SignedScale::PurpleGreen) {
                EXPECT_NE(palette::signedColor(-1.0, 1.0), negative) << nameOf(kind);
            }
        }
    }
}

TEST_F(ThemeTest, ChangedFiresOncePerRealChangeAndSetsTheApplicationPalette)
{
    QSignalSpy spy(&Theme::instance(), &Theme::changed);
    Theme::instance().setKind(ThemeKind::Light);
    EXPECT_EQ(spy.count(), 0) << "no change, no signal";
    Theme::instance().setKind(ThemeKind::Dark);
    EXPECT_EQ(spy.count(), 1);
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightnessF(), 0.3);
    EXPECT_GT(QApplication::palette().color(QPalette::WindowText).lightnessF(), 0.8);
    Theme::instance().setSignedScale(SignedScale::BlueRed);
    EXPECT_EQ(spy.count(), 2);
    Theme::instance().setKind(ThemeKind::Light);
    EXPECT_EQ(spy.count(), 3);
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightnessF(), 0.8);
}

// WCAG 2 contrast of every text colour on every background it is drawn on: AA (4.5:1) in light and
// dark, AAA (7:1) in high contrast.
TEST_F(ThemeTest, TextContrastMeetsWcagInEveryTheme)
{
    for (const ThemeKind kind : Theme::kAllKinds) {
        const double minimum = kind == ThemeKind::HighContrast ? 7.0 : 4.5;
        const ThemeColors c = Theme::colorsFor(kind, SignedScale::BlueOrange);
        const struct {
            const char *pair;
            QColor text;
            QColor background;
            double minimum;
        } pairs[] = {
            {"ink on canvas", c.ink, c.canvas, minimum},
            {"ink on surface", c.ink, c.surface, minimum},
            {"muted ink on canvas", c.mutedInk, c.canvas, minimum},
            {"muted ink on surface", c.mutedInk, c.surface, minimum},
            {"warning ink on canvas", c.warningInk, c.canvas, minimum},
            {"alarm on canvas", c.alarm, c.canvas, minimum},
            // Faint ink draws lines and the odd hint: 3:1 (WCAG's non-text contrast), 7:1 in high contrast.
            {"faint ink on canvas", c.faintInk, c.canvas, kind == ThemeKind::HighContrast ? 7.0 : 3.0},
        };
        for (const auto &p : pairs) {
            EXPECT_GE(color_vision::contrastRatio(p.text, p.background), p.minimum)
                << nameOf(kind) << ": " << p.pair << " (" << nameOf(p.text) << " on " << nameOf(p.background)
                << ")";
        }
        const QPalette w = Theme::widgetPaletteFor(kind);
        const struct {
            const char *pair;
            QPalette::ColorRole text;
            QPalette::ColorRole background;
        } roles[] = {
            {"WindowText on Window", QPalette::WindowText, QPalette::Window},
            {"Text on Base", QPalette::Text, QPalette::Base},
            {"Text on AlternateBase", QPalette::Text, QPalette::AlternateBase},
            {"ButtonText on Button", QPalette::ButtonText, QPalette::Button},
            {"HighlightedText on Highlight", QPalette::HighlightedText, QPalette::Highlight},
            {"ToolTipText on ToolTipBase", QPalette::ToolTipText, QPalette::ToolTipBase},
            {"Link on Base", QPalette::Link, QPalette::Base},
        };
        for (const auto &r : roles) {
            for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
                const QColor text = w.color(group, r.text);
                const QColor background = w.color(group, r.background);
                EXPECT_GE(color_vision::contrastRatio(text, background), minimum)
                    << nameOf(kind) << ": " << r.pair << " (" << nameOf(text) << " on " << nameOf(background)
                    << ")";
            }
        }
    }
}

TEST(ColorVision, ContrastRatioMatchesWcagsEnds)
{
    EXPECT_NEAR(color_vision::contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(color_vision::contrastRatio(Qt::white, Qt::white), 1.0, 1e-9);
    // #767676 on white is the well-known lightest grey that passes AA: 4.54:1.
    EXPECT_NEAR(color_vision::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
}

TEST(ColorVision, SimulationKeepsGreysAndConfusesWhatEachDeficiencyConfuses)
{
    for (const Deficiency d : {Deficiency::Protanopia, Deficiency::Deuteranopia, Deficiency::Tritanopia}) {
        for (const int v : {0, 60, 128, 200, 255}) {
            const QColor simulated = color_vision::simulate(QColor(v, v, v), d);
            EXPECT_LE(color_vision::deltaE(simulated, QColor(v, v, v)), 1.5) << "grey " << v;
        }
    }
    // Red against green: lost to the red-green deficiencies, kept by tritanopia (blue-yellow).
    const QColor red(220, 40, 40);
    const QColor green(40, 160, 40);
    const double normal = color_vision::deltaE(red, green);
    auto seen = [&](Deficiency d) {
        return color_vision::deltaE(color_vision::simulate(red, d), color_vision::simulate(green, d));
    };
    EXPECT_LT(seen(Deficiency::Protanopia), 0.4 * normal);
    EXPECT_LT(seen(Deficiency::Deuteranopia), 0.4 * normal);
    EXPECT_GT(seen(Deficiency::Tritanopia), 0.6 * normal);
    // Blue against green: lost to tritanopia, kept by the others.
    const QColor blue(40, 110, 200);
    const QColor teal(40, 170, 150);
    const double blueGreen = color_vision::deltaE(blue, teal);
    const double tritan = color_vision::deltaE(color_vision::simulate(blue, Deficiency::Tritanopia),
                                               color_vision::simulate(teal, Deficiency::Tritanopia));
    EXPECT_LT(tritan, 0.6 * blueGreen);
}

// The two ends of the signed scale must stay apart, and apart from zero, for every student.
// ΔE*ab 40 is a plainly different colour; 20 separates a value from zero at a glance.
constexpr double kEndsApart = 40.0;
constexpr double kApartFromZero = 20.0;

TEST_F(ThemeTest, EverySignedScaleStaysDistinctUnderEachColourBlindness)
{
    for (const ThemeKind kind : Theme::kAllKinds) {
        for (const SignedScale scale : Theme::kAllScales) {
            Theme::instance().setKind(kind);
            Theme::instance().setSignedScale(scale);
            for (const Deficiency d : {Deficiency::None, Deficiency::Protanopia, Deficiency::Deuteranopia,
                                       Deficiency::Tritanopia}) {
                auto seen = [d](double value) {
                    return color_vision::simulate(palette::signedColor(value, 1.0), d);
                };
                const std::string where =
                    nameOf(kind) + " " + nameOf(scale) + " deficiency " + std::to_string(static_cast<int>(d));
                EXPECT_GE(color_vision::deltaE(seen(-1.0), seen(1.0)), kEndsApart) << where;
                EXPECT_GE(color_vision::deltaE(seen(-1.0), seen(0.0)), kApartFromZero) << where;
                EXPECT_GE(color_vision::deltaE(seen(1.0), seen(0.0)), kApartFromZero) << where;
                // A quarter of the scale is already readable as a sign.
                EXPECT_GE(color_vision::deltaE(seen(-0.25), seen(0.25)), kApartFromZero) << where;
            }
        }
    }
}

TEST(ColorVision, ARedGreenScaleFailsTheSameThreshold)
{
    // The test above could fail: ColorBrewer's RdYlGn ends, a classic that red-green colour-blind
    // students cannot tell apart, do.
    const QColor red(215, 48, 39);
    const QColor green(26, 152, 80);
    EXPECT_LT(color_vision::deltaE(color_vision::simulate(red, Deficiency::Deuteranopia),
                                   color_vision::simulate(green, Deficiency::Deuteranopia)),
              kEndsApart);
}

QColor cornerPixel(QWidget &widget)
{
    const QImage image = widget.grab().toImage();
    return QColor(image.pixel(2, image.height() - 3));
}

TEST_F(ThemeTest, TheNetworkGraphRepaintsInTheNewTheme)
{
    NetworkView view;
    view.setFocusPolicy(Qt::NoFocus); // no focus frame over the pixels sampled at the edge
    view.resize(600, 400);
    view.setScene(test::traceScene(test::handTrace(), 6));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_EQ(cornerPixel(view), palette::canvasColor());
    const QImage light = view.grab().toImage();
    const QColor lightPositive = palette::signedColor(1.0, 1.0);
    Theme::instance().setKind(ThemeKind::Dark);
    EXPECT_EQ(cornerPixel(view), palette::canvasColor()) << "the dark canvas";
    // The edges and neurons change too: each picture has many more pixels of its own theme's
    // orange than of the other's (antialiasing leaves a few in between).
    const QImage dark = view.grab().toImage();
    const QColor darkPositive = palette::signedColor(1.0, 1.0);
    auto count = [](const QImage &image, const QColor &colour) {
        return test::countPixels(image, image.rect(),
                                 [&](const QColor &c) { return color_vision::deltaE(c, colour) < 4.0; });
    };
    EXPECT_GT(count(light, lightPositive), 200);
    EXPECT_GT(count(dark, darkPositive), 200);
    EXPECT_GT(count(light, lightPositive), 5 * count(dark, lightPositive));
    EXPECT_GT(count(dark, darkPositive), 5 * count(light, darkPositive));
}

TEST_F(ThemeTest, ChartsRestyleBackgroundAxesAndLabels)
{
    LossChart chart;
    chart.setFocusPolicy(Qt::NoFocus); // no focus frame over the pixels sampled at the edge
    chart.resize(600, 300);
    for (int epoch = 1; epoch <= 20; ++epoch)
        chart.appendPoint(epoch, 1.0 / epoch, epoch / 20.0, 1.2 / epoch);
    chart.flush();
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    for (const ThemeKind kind : {ThemeKind::Dark, ThemeKind::HighContrast, ThemeKind::Light}) {
        Theme::instance().setKind(kind);
        const QImage image = chart.grab().toImage();
        // Clear of the focus frame (3 pixels) along the edge.
        EXPECT_EQ(QColor(image.pixel(image.width() / 2, image.height() - 6)), palette::canvasColor())
            << nameOf(kind);
        // Text and lines in the theme's ink: axis labels, the header, the loss line.
        const QColor ink = palette::inkColor();
        EXPECT_GT(test::countPixels(image, image.rect(), [&](const QColor &c) { return c == ink; }), 100)
            << nameOf(kind);
        // Nothing left of the other themes' canvases (no white chart in a dark window).
        for (const ThemeKind other : Theme::kAllKinds) {
            const QColor otherCanvas = Theme::colorsFor(other, SignedScale::BlueOrange).canvas;
            if (other == kind)
                continue;
            EXPECT_LT(
                test::countPixels(image, image.rect(), [&](const QColor &c) { return c == otherCanvas; }),
                image.width())
                << nameOf(other) << "'s canvas in the " << nameOf(kind) << " chart";
        }
    }
}

TEST_F(ThemeTest, TheDecisionBoundaryRendersItsHeatmapInTheNewTheme)
{
    DecisionBoundaryView view;
    view.resize(420, 420);
    view.setDataset(test::planarDataset());
    view.setNetwork(test::stepNetwork(10.0, 0.0));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(test::waitUntilIdle(view));
    // The left edge of the plot is confidently class 0: output ≈ 0.
    const QRectF plot = view.plotArea();
    const QRect strip(static_cast<int>(plot.left()) + 3, static_cast<int>(plot.top()) + 3, 6,
                      static_cast<int>(plot.height()) - 6);
    auto countNear = [&](const QImage &image, const QColor &colour) {
        return test::countPixels(image, strip,
                                 [&](const QColor &c) { return color_vision::deltaE(c, colour) < 5.0; });
    };
    const QColor lightClass0 = boundary::outputColor(0.0);
    const QImage light = test::renderView(view);
    Theme::instance().setKind(ThemeKind::Dark);
    const QColor darkClass0 = boundary::outputColor(0.0);
    ASSERT_GT(color_vision::deltaE(lightClass0, darkClass0), 20.0);
    const QImage dark = test::renderView(view);
    const int area = strip.width() * strip.height();
    EXPECT_GT(countNear(light, lightClass0), area / 2);
    EXPECT_GT(countNear(dark, darkClass0), area / 2);
    EXPECT_EQ(countNear(dark, lightClass0), 0);
}

TEST_F(ThemeTest, TheGradientCheckPanelRestylesItsTable)
{
    GradientCheckPanel panel;
    auto *table = panel.findChild<QTableView *>();
    ASSERT_NE(table, nullptr);
    const QString light = table->styleSheet();
    EXPECT_TRUE(light.contains(palette::canvasColor().name(), Qt::CaseInsensitive));
    Theme::instance().setKind(ThemeKind::Dark);
    const QString dark = table->styleSheet();
    EXPECT_TRUE(dark.contains("background: " + palette::canvasColor().name(), Qt::CaseInsensitive))
        << dark.toStdString();
    EXPECT_TRUE(
        dark.contains("alternate-background-color: " + palette::surfaceColor().name(), Qt::CaseInsensitive));
    EXPECT_TRUE(dark.contains("color: " + palette::inkColor().name(), Qt::CaseInsensitive));
    EXPECT_FALSE(dark.contains(Theme::colorsFor(ThemeKind::Light, SignedScale::BlueOrange).canvas.name(),
                               Qt::CaseInsensitive));
}

TEST_F(ThemeTest, EquationHtmlCarriesTheThemesColours)
{
    EquationPanel panel;
    const QString lightSurface = palette::surfaceColor().name();
    const QString lightMuted = palette::mutedInkColor().name();
    ASSERT_TRUE(panel.html().contains(lightSurface, Qt::CaseInsensitive));
    Theme::instance().setKind(ThemeKind::Dark);
    const QString html = panel.html();
    EXPECT_TRUE(html.contains(palette::surfaceColor().name(), Qt::CaseInsensitive));
    EXPECT_TRUE(html.contains(palette::mutedInkColor().name(), Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(lightSurface, Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(lightMuted, Qt::CaseInsensitive));
    // And the phase pages, not only the overview.
    const QString phase = EquationPanel::phaseHtml(*test::handTrace(), 3, Selection{});
    EXPECT_TRUE(phase.contains(palette::surfaceColor().name(), Qt::CaseInsensitive));
    EXPECT_FALSE(phase.contains(lightSurface, Qt::CaseInsensitive));
}

// Settings in a temporary place, so the tests neither read nor change the user's.
class PreferencesTest : public ThemeTest {
protected:
    void SetUp() override
    {
        ThemeTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName("Backprop Studio Tests");
        QCoreApplication::setApplicationName("theme_tests");
        QSettings().clear();
    }
    QTemporaryDir m_dir;
};

TEST_F(PreferencesTest, PersistThroughQSettings)
{
    Preferences chosen;
    chosen.theme = ThemeKind::HighContrast;
    chosen.signedScale = SignedScale::PurpleGreen;
    chosen.language = "it";
    chosen.animationSpeed = 8;
    chosen.pace = 100.0;
    chosen.reopenLastExperiment = false;
    {
        QSettings settings;
        chosen.save(settings);
    }
    QSettings settings;
    EXPECT_EQ(settings.value("ui/language").toString(), "it");
    EXPECT_EQ(settings.value("ui/theme").toString(), "high-contrast");
    EXPECT_TRUE(Preferences::load(settings) == chosen);
    Theme::instance().load(settings);
    EXPECT_EQ(Theme::instance().kind(), ThemeKind::HighContrast);
    EXPECT_EQ(Theme::instance().signedScale(), SignedScale::PurpleGreen);
}

TEST_F(PreferencesTest, NonsenseInTheSettingsFallsBackToDefaults)
{
    QSettings settings;
    settings.setValue("ui/theme", "purple");
    settings.setValue("ui/signedPalette", 42);
    settings.setValue("ui/language", "klingon");
    settings.setValue("animationSpeed", "fast");
    settings.setValue("pace", "-3");
    const Preferences loaded = Preferences::load(settings);
    EXPECT_EQ(loaded.theme, ThemeKind::Light);
    EXPECT_EQ(loaded.signedScale, SignedScale::BlueOrange);
    EXPECT_EQ(loaded.language, "");
    EXPECT_EQ(loaded.animationSpeed, Preferences().animationSpeed);
    EXPECT_EQ(loaded.pace, Preferences().pace);
    settings.setValue("animationSpeed", 99);
    EXPECT_EQ(Preferences::load(settings).animationSpeed, 10);
}

TEST_F(PreferencesTest, TheDialogPreviewsLiveAndCancelPutsTheThemeBack)
{
    PreferencesDialog dialog(Preferences{}, {{"10 steps/s", 10.0}, {"1000 steps/s", 1000.0}});
    dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findData("dark"));
    EXPECT_EQ(Theme::instance().kind(), ThemeKind::Dark);
    dialog.signedScaleCombo()->setCurrentIndex(dialog.signedScaleCombo()->findData("blue-red"));
    EXPECT_EQ(Theme::instance().signedScale(), SignedScale::BlueRed);
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData("it"));
    const Preferences chosen = dialog.preferences();
    EXPECT_EQ(chosen.theme, ThemeKind::Dark);
    EXPECT_EQ(chosen.language, "it");
    dialog.reject();
    EXPECT_EQ(Theme::instance().kind(), ThemeKind::Light);
    EXPECT_EQ(Theme::instance().signedScale(), SignedScale::BlueOrange);
}

TEST_F(PreferencesTest, EditMenuFollowsFileAndHoldsPreferences)
{
    MainWindow window;
    const QList<QAction *> menus = window.menuBar()->actions();
    ASSERT_GE(menus.size(), 2);
    EXPECT_EQ(menus[0]->text(), "&File");
    EXPECT_EQ(menus[1]->text(), "&Edit");
    ASSERT_NE(window.preferencesAction(), nullptr);
    EXPECT_EQ(window.preferencesAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    EXPECT_TRUE(menus[1]->menu()->actions().contains(window.preferencesAction()));
}

TEST_F(PreferencesTest, TheLastExperimentReopensWhenAskedAndAMissingOneIsReported)
{
    MainWindow window;
    QSignalSpy opened(&window, &MainWindow::openExperimentRequested);
    const QString path = m_dir.filePath("lesson.bpx.json");
    QSettings().setValue("lastExperiment", path);
    EXPECT_FALSE(window.reopenLastExperiment()) << "the file does not exist";
    EXPECT_EQ(opened.count(), 0);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains("lesson.bpx.json"));

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{}");
    file.close();
    EXPECT_TRUE(window.reopenLastExperiment());
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.front().front().toString(), path);

    QSettings().setValue("startup/reopenLastExperiment", false);
    EXPECT_FALSE(window.reopenLastExperiment());
    EXPECT_EQ(opened.count(), 1);
}

TEST_F(PreferencesTest, TheWindowsStyleSheetsFollowTheTheme)
{
    MainWindow window;
    const QString lightBanner = window.divergenceBanner()->styleSheet();
    Theme::instance().setKind(ThemeKind::Dark);
    EXPECT_NE(window.divergenceBanner()->styleSheet(), lightBanner);
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightnessF(), 0.3);
    EXPECT_LT(QApplication::palette(&window).color(QPalette::Window).lightnessF(), 0.3);
    // Qt resolves a widget's palette when it is shown.
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_LT(window.palette().color(QPalette::Window).lightnessF(), 0.3);
    EXPECT_LT(window.equationPanel()->palette().color(QPalette::Window).lightnessF(), 0.3);
    // A switch while shown reaches it too.
    Theme::instance().setKind(ThemeKind::HighContrast);
    EXPECT_EQ(window.palette().color(QPalette::Window), QColor(255, 255, 255));
    EXPECT_EQ(window.equationPanel()->palette().color(QPalette::WindowText), QColor(0, 0, 0));
}

// The whole window, with a lesson and trained charts: in the dark theme no light area is left (no
// white chart, panel or tool bar in a dark window).
TEST_F(PreferencesTest, NothingInTheWholeWindowStaysLightInTheDarkTheme)
{
    bp::test::StudioWindow studio;
    TrainingController &controller = studio.controller;
    MainWindow &window = studio.window;
    ASSERT_TRUE(studio.open(QSize(1600, 900), QStringLiteral("encoder-8-3-8")));
    window.stepEpoch();
    window.stepEpoch();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return controller.snapshot() && controller.snapshot()->epoch >= 2; }, 10000));
    window.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr; }, 10000));
    QTest::qWait(600);

    auto lightPixels = [](const QImage &image) {
        return test::countPixels(image, image.rect(), [](const QColor &c) { return c.lightnessF() > 0.85; });
    };
    const QImage light = window.grab().toImage();
    Theme::instance().setKind(ThemeKind::Dark);
    QTest::qWait(200);
    const QImage dark = window.grab().toImage();
    const int total = dark.width() * dark.height();
    // In light most of the window is light; in dark only small marks are (text, bright neurons).
    EXPECT_GT(lightPixels(light), total / 2);
    EXPECT_LT(lightPixels(dark), total / 20) << "of " << total << " pixels";
    // And no large block of a light background anywhere: every 40×40 tile is mostly dark.
    int lightTiles = 0;
    for (int y = 0; y + 40 <= dark.height(); y += 40) {
        for (int x = 0; x + 40 <= dark.width(); x += 40) {
            const int n = test::countPixels(dark, QRect(x, y, 40, 40),
                                            [](const QColor &c) { return c.lightnessF() > 0.85; });
            if (n > 40 * 40 * 3 / 4) {
                ++lightTiles;
                ADD_FAILURE() << "light tile at " << x << ", " << y;
            }
        }
    }
    EXPECT_EQ(lightTiles, 0);
}

} // namespace
} // namespace bp::ui
