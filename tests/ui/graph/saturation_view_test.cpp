// The saturation view: a σ′ gauge on every neuron, a mark on the saturated and dead units, and the
// legend that names them, drawn from core's report and only while asked for.
#include "core/maths/metrics.h"
#include "core/maths/saturation.h"
#include "tests/ui/graph/graph_test_support.h"
#include "ui/graph/network_view.h"
#include "ui/graph/saturation_marks.h"
#include "ui/graph/scene_text.h"
#include "ui/style/palette.h"

#include <QImage>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

namespace bp::ui {
namespace {

using test::countPixels;

// XOR's inputs through a 2-2-2-1 net. Logistic layer 1: unit 1 has huge weights (z = 20(x₁ + x₂),
// saturated on three of the four samples), unit 2 small ones. Relu layer 2: unit 1 has bias −10
// (z ≤ −8 on every sample: dead), unit 2 is active on all four.
Network markedNetwork()
{
    Network network({2, 2, 2, 1}, {Activation::Logistic, Activation::Relu, Activation::Logistic});
    network.layer(1).weights << 20.0, 20.0, 0.1, 0.1;
    network.layer(1).biases << 0.0, 0.0;
    network.layer(2).weights << 1.0, 1.0, 1.0, -1.0;
    network.layer(2).biases << -10.0, 0.5;
    network.layer(3).weights << 0.5, 0.5;
    network.layer(3).biases << 0.0;
    return network;
}

Matrix xorInputs()
{
    Matrix inputs(2, 4);
    inputs << 0, 0, 1, 1, 0, 1, 0, 1;
    return inputs;
}

NetworkScene markedScene(bool show)
{
    const Network network = markedNetwork();
    NetworkScene scene;
    scene.network = std::make_shared<const Network>(network);
    const std::vector<Matrix> layers = activationsOf(network, xorInputs());
    scene.activations.push_back(xorInputs().col(1));
    for (const Matrix &a : layers)
        scene.activations.push_back(a.col(1));
    scene.saturation = std::make_shared<const SaturationReport>(saturationOf(network, layers));
    scene.showSaturation = show;
    return scene;
}

QImage render(NetworkView &view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    view.render(&image);
    return image;
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 40;
}

// Where the badge of neuron j of layer l goes: lower left of the circle.
QRect badgeArea(const NetworkView &view, int layer, int neuron)
{
    const QRectF circle = view.neuronRect(layer, neuron);
    const double r = circle.width() / 2.0;
    const QPointF at = circle.center() + QPointF(-0.8 * r, 0.8 * r);
    return QRect(at.toPoint() - QPoint(4, 4), QSize(9, 9));
}

bool hasMarksEntry(const QList<LegendEntry> &entries)
{
    for (const LegendEntry &entry : entries)
        if (entry.kind == LegendEntry::Kind::Marks)
            return true;
    return false;
}

TEST(SaturationView, TheReportMarksTheRightUnits)
{
    const SaturationReport report = saturationOf(markedNetwork(), xorInputs());
    ASSERT_EQ(report.layers.size(), 3u);
    EXPECT_TRUE(report.layers[0].units[0].saturated);
    EXPECT_FALSE(report.layers[0].units[1].saturated);
    EXPECT_TRUE(report.layers[1].units[0].dead);
    EXPECT_FALSE(report.layers[1].units[1].dead);
}

TEST(SaturationView, MarksAreDrawnOnlyWhereTheUnitsAreSaturatedOrDead)
{
    NetworkView view;
    view.resize(1000, 640);
    view.setScene(markedScene(true));
    const QImage image = render(view);
    if (const char *folder = std::getenv("BP_SCREENSHOT_DIR"))
        image.save(QString::fromLocal8Bit(folder) + QStringLiteral("/saturation-marks-graph.png"));
    const QColor amber = palette::warningInkColor();
    const QColor ink = palette::inkColor();
    auto amberAt = [&](int l, int j) {
        return countPixels(image, badgeArea(view, l, j), [&](const QColor &c) { return near(c, amber); });
    };
    auto inkAt = [&](int l, int j) {
        return countPixels(image, badgeArea(view, l, j), [&](const QColor &c) { return near(c, ink); });
    };
    EXPECT_GT(amberAt(1, 0), 20) << "the saturated unit's badge";
    EXPECT_EQ(amberAt(1, 1), 0) << "no badge on the unit with small weights";
    EXPECT_GT(inkAt(2, 0), 10) << "the dead unit's badge (its white cross takes the middle)";
    EXPECT_EQ(inkAt(2, 1), 0) << "no badge on the living relu unit";

    // Turned off: no badge at all.
    view.setScene(markedScene(false));
    const QImage plain = render(view);
    EXPECT_EQ(countPixels(plain, badgeArea(view, 1, 0), [&](const QColor &c) { return near(c, amber); }), 0);
    EXPECT_EQ(countPixels(plain, badgeArea(view, 2, 0), [&](const QColor &c) { return near(c, ink); }), 0);
}

TEST(SaturationView, TheLegendNamesTheMarksWhileTheyAreShown)
{
    NetworkView view;
    view.resize(1000, 640);
    view.setScene(markedScene(false));
    EXPECT_FALSE(hasMarksEntry(view.legendEntries()));
    view.setScene(markedScene(true));
    ASSERT_TRUE(hasMarksEntry(view.legendEntries()));
    render(view);
    bool recorded = false;
    for (const PaintedText &text : view.paintedTexts())
        recorded = recorded ||
                   (text.kind == PaintedText::Kind::Legend && text.text == saturation_marks::gaugeText());
    EXPECT_TRUE(recorded) << "the marks' legend entry is drawn, not only listed";

    // A report of another network (a layer too few) is not drawn over this one.
    NetworkScene stale = markedScene(true);
    SaturationReport other = *stale.saturation;
    other.layers.pop_back();
    stale.saturation = std::make_shared<const SaturationReport>(other);
    view.setScene(stale);
    EXPECT_FALSE(hasMarksEntry(view.legendEntries()));
}

TEST(SaturationView, TheTooltipSaysHowOftenAUnitIsSaturated)
{
    const NetworkScene scene = markedScene(true);
    const SceneFrame frame(scene, ValueScales{});
    const QString saturated = neuronTooltip(frame, 1, 0);
    EXPECT_TRUE(saturated.contains(QStringLiteral("75 % of 4 samples"))) << saturated.toStdString();
    const QString dead = neuronTooltip(frame, 2, 0);
    EXPECT_TRUE(dead.contains(QStringLiteral("z ≤ 0 on every sample"))) << dead.toStdString();
    const QString plain = neuronTooltip(SceneFrame(markedScene(false), ValueScales{}), 1, 0);
    EXPECT_FALSE(plain.contains(QStringLiteral("samples"))) << plain.toStdString();
}

} // namespace
} // namespace bp::ui
