// Presenter mode's parts of the network view: large type and thick lines, the spotlight, and the
// zoom to one layer.
#include "ui/graph/network_view.h"

#include "tests/ui/graph/graph_test_support.h"
#include "ui/graph/spotlight.h"
#include "ui/style/palette.h"

#include <QImage>
#include <QKeyEvent>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

namespace bp::ui {
namespace {

using test::handTrace;
using test::traceScene;

NetworkScene liveScene(const Network &network)
{
    NetworkScene scene;
    scene.network = std::make_shared<const Network>(network);
    return scene;
}

QImage renderView(NetworkView &view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    view.render(&image);
    return image;
}

// How far a pixel is from the canvas: 0 on the bare canvas, large on a saturated line.
int inkAt(const QImage &image, QPointF point)
{
    const QColor c(image.pixel(point.toPoint()));
    const QColor canvas = palette::canvasColor();
    return std::abs(c.red() - canvas.red()) + std::abs(c.green() - canvas.green()) +
           std::abs(c.blue() - canvas.blue());
}

// The thickness in pixels of a horizontal line crossing column x near y: the run of pixels that
// differ from the canvas.
int lineThickness(const QImage &image, int x, int y)
{
    auto inked = [&](int row) { return inkAt(image, QPointF(x, row)) > 40; };
    if (!inked(y))
        return 0;
    int top = y;
    int bottom = y;
    while (top > 0 && inked(top - 1))
        --top;
    while (bottom + 1 < image.height() && inked(bottom + 1))
        ++bottom;
    return bottom - top + 1;
}

// One neuron per layer, all on one horizontal line: each layer has exactly one edge, level.
Network chain()
{
    Network network({1, 1, 1}, {Activation::Logistic, Activation::Logistic});
    network.layer(1).weights << 1.0;
    network.layer(1).biases << 0.0;
    network.layer(2).weights << -1.0;
    network.layer(2).biases << 0.0;
    return network;
}

TEST(PresenterView, PresentationScaleEnlargesTheCaptionsAndThickensTheEdges)
{
    NetworkView view;
    view.resize(900, 600);
    view.setScene(liveScene(chain()));
    const double normalPixels = view.captionPixels();
    const QRectF a = view.neuronRect(0, 0);
    const QRectF b = view.neuronRect(1, 0);
    ASSERT_NEAR(a.center().y(), b.center().y(), 0.5);
    // A quarter of the way along the edge, clear of the neurons and of any value printed on it.
    const int x = static_cast<int>(std::lround(a.right() + (b.left() - a.right()) * 0.25));
    const int y = static_cast<int>(std::lround(a.center().y()));
    const int normalWidth = lineThickness(renderView(view), x, y);
    ASSERT_GT(normalWidth, 0);

    view.setPresentationScale(1.6, 2.0);
    EXPECT_DOUBLE_EQ(view.textScale(), 1.6);
    EXPECT_DOUBLE_EQ(view.lineScale(), 2.0);
    EXPECT_NEAR(view.captionPixels(), normalPixels * 1.6, 1e-9);
    // The layout's positions only move as much as the larger captions need.
    const QRectF a2 = view.neuronRect(0, 0);
    const QRectF b2 = view.neuronRect(1, 0);
    const int x2 = static_cast<int>(std::lround(a2.right() + (b2.left() - a2.right()) * 0.25));
    const int presentedWidth =
        lineThickness(renderView(view), x2, static_cast<int>(std::lround(a2.center().y())));
    // Twice the stroke; anti-aliasing adds up to a pixel on each side of either.
    EXPECT_GE(presentedWidth, 2 * normalWidth - 2) << "normal " << normalWidth;
    EXPECT_LE(presentedWidth, 2 * normalWidth + 2) << "normal " << normalWidth;

    view.setPresentationScale(1.0, 1.0);
    EXPECT_DOUBLE_EQ(view.captionPixels(), normalPixels);
    EXPECT_EQ(lineThickness(renderView(view), x, y), normalWidth);
}

TEST(PresenterView, SpotlightOnASelectedNeuronLightsItsEdgesAndItsNeighbours)
{
    const std::shared_ptr<const Trace> trace = handTrace();
    const SceneFrame frame(traceScene(trace, 0), traceScales(*trace));
    const Selection hidden{Selection::Kind::Neuron, 1, 0, 0};
    const Spotlight spot(frame, hidden, true);
    ASSERT_TRUE(spot.isActive());
    // Into h₁: w¹₁ₖ for every k; out of h₁: w²ⱼ₁ for every j. Nothing else.
    for (int j = 0; j < 2; ++j) {
        for (int k = 0; k < 2; ++k) {
            EXPECT_EQ(spot.isLit(1, j, k), j == 0) << "w1 " << j << k;
            EXPECT_EQ(spot.isLit(2, j, k), k == 0) << "w2 " << j << k;
            EXPECT_DOUBLE_EQ(spot.edgeOpacity(1, j, k), j == 0 ? 1.0 : Spotlight::kDimming);
        }
    }
    EXPECT_TRUE(spot.isLit(1, 0));
    EXPECT_FALSE(spot.isLit(1, 1));
    EXPECT_TRUE(spot.isLit(0, 1));
    EXPECT_TRUE(spot.isLit(2, 1));

    EXPECT_FALSE(Spotlight(frame, hidden, false).isActive());
}

TEST(PresenterView, SpotlightWithoutSelectionFollowsThePhase)
{
    const std::shared_ptr<const Trace> trace = handTrace();
    const ValueScales scales = traceScales(*trace);
    // Phases of the 2-2-2 net: forward 1, forward 2, output error, backward 1, gradients 2, 1, update.
    const Spotlight forward1(SceneFrame(traceScene(trace, 0), scales), {}, true);
    EXPECT_TRUE(forward1.isLit(0, 0));
    EXPECT_TRUE(forward1.isLit(1, 1));
    EXPECT_FALSE(forward1.isLit(2, 0));
    EXPECT_TRUE(forward1.isLit(1, 1, 0));
    EXPECT_FALSE(forward1.isLit(2, 1, 0));

    ASSERT_EQ(trace->phases[3].kind, PhaseKind::Backward);
    const Spotlight backward(SceneFrame(traceScene(trace, 3), scales), {}, true);
    // (BP2) δ¹ = ((W²)ᵀ δ²) ⊙ σ′(z¹): layers 1 and 2 and the weights W².
    EXPECT_FALSE(backward.isLit(0, 0));
    EXPECT_TRUE(backward.isLit(1, 0));
    EXPECT_TRUE(backward.isLit(2, 1));
    EXPECT_TRUE(backward.isLit(2, 1, 1));
    EXPECT_FALSE(backward.isLit(1, 1, 1));

    ASSERT_EQ(trace->phases[6].kind, PhaseKind::Update);
    EXPECT_FALSE(Spotlight(SceneFrame(traceScene(trace, 6), scales), {}, true).isActive());
    // No phase and no selection: nothing to single out.
    EXPECT_FALSE(Spotlight(SceneFrame(liveScene(trace->before), scales), {}, true).isActive());
}

TEST(PresenterView, SpotlightDimsTheDrawnEdgesOutsideIt)
{
    NetworkView view;
    view.resize(900, 600);
    const std::shared_ptr<const Trace> trace = handTrace();
    view.setScene(traceScene(trace, 1)); // forward at layer 2: every edge drawn at full strength
    // The two level edges into the output layer: w²₁₁ (from h₁, lit) and w²₂₂ (from h₂, dimmed),
    // sampled a third of the way along: past the tags of the hidden neurons' values, before the
    // crossing edges come near.
    auto along = [&](int from, int to) {
        const QPointF a = view.neuronRect(1, from).center();
        const QPointF b = view.neuronRect(2, to).center();
        const double r = view.neuronRect(1, from).width() / 2.0;
        return a + (b - a) * ((r + (b.x() - a.x() - 2 * r) * 0.32) / (b.x() - a.x()));
    };
    const QPointF lit = along(0, 0);
    const QPointF dimmed = along(1, 1);
    const QImage plain = renderView(view);
    view.setSelection({Selection::Kind::Neuron, 1, 0, 0});
    view.setSpotlight(true);
    ASSERT_TRUE(view.isSpotlight());
    const QImage spot = renderView(view);
    ASSERT_GT(inkAt(plain, lit), 60);
    ASSERT_GT(inkAt(plain, dimmed), 60);
    // Inside the spotlight the edge keeps its colour; outside it fades almost to the canvas.
    EXPECT_GE(inkAt(spot, lit), inkAt(plain, lit) - 10);
    EXPECT_LT(inkAt(spot, dimmed), inkAt(plain, dimmed) * 0.3);
    // The neuron out of the spotlight fades too: its centre moves towards the canvas.
    const QPointF other = view.neuronRect(1, 1).center();
    EXPECT_LT(inkAt(spot, other), inkAt(plain, other));
}

class LayerZoom : public ::testing::Test {
protected:
    void SetUp() override
    {
        view.resize(1000, 640);
        // Small layers, as in the encoders: their columns leave room to zoom into.
        Network network({2, 3, 3, 3, 3, 2}, std::vector<Activation>(5, Activation::Logistic));
        view.setScene(liveScene(network));
    }

    bool layerInside(int layer) const
    {
        const QRectF area(QPointF(0, 0), QSizeF(view.size()));
        for (int j = 0; j < view.scene().network->layer(layer).weights.rows(); ++j) {
            if (!area.contains(view.neuronRect(layer, j)))
                return false;
        }
        return true;
    }

    NetworkView view;
};

TEST_F(LayerZoom, ZoomToALayerFitsItsNeuronsInTheViewAndEnlargesThem)
{
    const double before = view.neuronRect(3, 0).width();
    for (int layer = 1; layer <= 5; ++layer) {
        view.zoomToLayer(layer, false);
        EXPECT_GT(view.zoom(), 1.2) << "layer " << layer;
        EXPECT_TRUE(layerInside(layer)) << "layer " << layer;
    }
    view.zoomToLayer(3, false);
    EXPECT_GT(view.neuronRect(3, 0).width(), before * 1.2);
    // Layers two away fall outside: the view shows one layer, not the network.
    EXPECT_FALSE(layerInside(1));
    EXPECT_FALSE(layerInside(5));
    view.zoomToNetwork(false);
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
    for (int layer = 1; layer <= 5; ++layer)
        EXPECT_TRUE(layerInside(layer)) << "layer " << layer;
}

TEST_F(LayerZoom, TheZoomGlidesAndEscapeGoesBackToTheWholeNetwork)
{
    view.zoomToLayer(2);
    EXPECT_TRUE(view.isZoomAnimating());
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0); // it starts where it was
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.isZoomAnimating(); }, 5000));
    EXPECT_GT(view.zoom(), 1.2);
    EXPECT_TRUE(layerInside(2));

    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QCoreApplication::sendEvent(&view, &escape);
    EXPECT_TRUE(view.isZoomAnimating());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.isZoomAnimating(); }, 5000));
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
    EXPECT_EQ(view.offset(), QPointF());
}

TEST_F(LayerZoom, ALayerThatDoesNotExistChangesNothing)
{
    view.zoomToLayer(9, false);
    view.zoomToLayer(-1, false);
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
    EXPECT_FALSE(view.isZoomAnimating());
}

} // namespace
} // namespace bp::ui
