#include "ui/graph/network_view.h"

#include "tests/ui/graph/graph_test_support.h"
#include "ui/graph/scene_text.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bp::ui {
namespace {

using test::countPixels;
using test::handTrace;
using test::traceScene;

const QString kMinus = QString(QChar(kMinusSign));

NetworkScene liveScene(const Network &network, std::vector<Vector> activations = {})
{
    NetworkScene scene;
    scene.network = std::make_shared<const Network>(network);
    scene.activations = std::move(activations);
    return scene;
}

QImage renderView(NetworkView &view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    view.render(&image);
    return image;
}

// What the view prints, with the lines of a two-line label joined as on one line ("δ" over "+0.1").
QString shown(const NetworkView &view, int layer, int neuron)
{
    QString text = view.valueText(layer, neuron);
    return text.replace(u'\n', u'=');
}

class HandNetworkView : public ::testing::Test {
protected:
    void SetUp() override
    {
        view.resize(900, 600);
        trace = handTrace();
        view.setScene(traceScene(trace, 0));
    }

    QPointF centre(int layer, int neuron) const { return view.neuronRect(layer, neuron).center(); }

    NetworkView view;
    std::shared_ptr<const Trace> trace;
};

TEST_F(HandNetworkView, HitTestFindsEveryNeuronAtItsCentre)
{
    for (int l = 0; l <= 2; ++l) {
        for (int j = 0; j < 2; ++j) {
            const QRectF rect = view.neuronRect(l, j);
            ASSERT_FALSE(rect.isEmpty()) << "layer " << l << " neuron " << j;
            const Selection hit = view.hitTest(rect.center());
            EXPECT_EQ(hit.kind, Selection::Kind::Neuron) << "layer " << l << " neuron " << j;
            EXPECT_EQ(hit.layer, l);
            EXPECT_EQ(hit.neuron, j);
            // Just inside the circle still hits, well outside does not hit this neuron.
            const Selection rim = view.hitTest(rect.center() + QPointF(0, rect.height() * 0.45));
            EXPECT_EQ(rim, hit);
        }
    }
    EXPECT_TRUE(view.neuronRect(3, 0).isEmpty());
    EXPECT_TRUE(view.neuronRect(1, 2).isEmpty());
}

TEST_F(HandNetworkView, NeuronsAreLaidOutLeftToRightAndCentred)
{
    EXPECT_LT(centre(0, 0).x(), centre(1, 0).x());
    EXPECT_LT(centre(1, 0).x(), centre(2, 0).x());
    EXPECT_LT(centre(1, 0).y(), centre(1, 1).y());
    // Even spacing between layers, each layer centred on the same height.
    EXPECT_NEAR(centre(1, 0).x() - centre(0, 0).x(), centre(2, 0).x() - centre(1, 0).x(), 1.0);
    EXPECT_NEAR((centre(0, 0).y() + centre(0, 1).y()) / 2.0, (centre(2, 0).y() + centre(2, 1).y()) / 2.0,
                1e-9);
    // Large enough to print on at this size.
    EXPECT_GE(view.neuronRect(1, 0).width(), 50.0);
}

TEST_F(HandNetworkView, HitTestFindsEdgesAlongTheirLines)
{
    for (int l = 1; l <= 2; ++l) {
        for (int j = 0; j < 2; ++j) {
            // The straight edges at their midpoint.
            const QPointF mid = (centre(l - 1, j) + centre(l, j)) / 2.0;
            const Selection hit = view.hitTest(mid);
            EXPECT_EQ(hit, (Selection{Selection::Kind::Edge, l, j, j})) << "layer " << l << " neuron " << j;
        }
        // The crossing edges a quarter of the way along (their midpoints coincide).
        const QPointF a = centre(l - 1, 0);
        const QPointF b = centre(l, 1);
        EXPECT_EQ(view.hitTest(a + (b - a) * 0.25), (Selection{Selection::Kind::Edge, l, 1, 0}));
        const QPointF c = centre(l - 1, 1);
        const QPointF d = centre(l, 0);
        EXPECT_EQ(view.hitTest(c + (d - c) * 0.75), (Selection{Selection::Kind::Edge, l, 0, 1}));
    }
}

TEST_F(HandNetworkView, EmptySpaceHitsNothing)
{
    EXPECT_EQ(view.hitTest(QPointF(3, 3)).kind, Selection::Kind::None);
    // Between two layers, far above the edges.
    const QPointF above((centre(0, 0).x() + centre(1, 0).x()) / 2.0, centre(0, 0).y() - 60.0);
    EXPECT_EQ(view.hitTest(above).kind, Selection::Kind::None);
}

TEST_F(HandNetworkView, ClicksEmitSelectionChanged)
{
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &NetworkView::selectionChanged);

    QTest::mouseClick(&view, Qt::LeftButton, {}, centre(1, 1).toPoint());
    ASSERT_EQ(spy.count(), 1);
    const Selection neuron = spy.at(0).at(0).value<Selection>();
    EXPECT_EQ(neuron, (Selection{Selection::Kind::Neuron, 1, 1, 0}));
    EXPECT_EQ(view.selection(), neuron);

    // The same neuron again changes nothing.
    QTest::mouseClick(&view, Qt::LeftButton, {}, centre(1, 1).toPoint());
    EXPECT_EQ(spy.count(), 1);

    const QPointF mid = (centre(1, 0) + centre(2, 0)) / 2.0;
    QTest::mouseClick(&view, Qt::LeftButton, {}, mid.toPoint());
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(1).at(0).value<Selection>(), (Selection{Selection::Kind::Edge, 2, 0, 0}));

    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(3, 3));
    ASSERT_EQ(spy.count(), 3);
    EXPECT_EQ(spy.at(2).at(0).value<Selection>().kind, Selection::Kind::None);
    EXPECT_EQ(view.selection().kind, Selection::Kind::None);
}

TEST_F(HandNetworkView, SetSelectionDoesNotEmit)
{
    QSignalSpy spy(&view, &NetworkView::selectionChanged);
    const Selection s{Selection::Kind::Neuron, 2, 0, 0};
    view.setSelection(s);
    EXPECT_EQ(view.selection(), s);
    EXPECT_EQ(spy.count(), 0);
}

TEST_F(HandNetworkView, EveryPhasePrintsTheTracesNumbersAndNothingAhead)
{
    const std::vector<Phase> expectedPhases = {{PhaseKind::Forward, 1},     {PhaseKind::Forward, 2},
                                               {PhaseKind::OutputError, 2}, {PhaseKind::Backward, 1},
                                               {PhaseKind::Gradients, 2},   {PhaseKind::Gradients, 1},
                                               {PhaseKind::Update, 0}};
    ASSERT_EQ(trace->phases.size(), expectedPhases.size());
    for (std::size_t i = 0; i < expectedPhases.size(); ++i) {
        EXPECT_EQ(trace->phases[i].kind, expectedPhases[i].kind);
        EXPECT_EQ(trace->phases[i].layer, expectedPhases[i].layer);
    }

    // The hand-worked values (tests/core/backprop_hand_test.cpp), as the view prints them: a sign
    // and three significant digits, whatever the quantity.
    const QStringList x = {QStringLiteral("+0.0500"), QStringLiteral("+0.100")};
    const QStringList a1 = {QStringLiteral("+0.593"), QStringLiteral("+0.597")};
    const QStringList a2 = {QStringLiteral("+0.751"), QStringLiteral("+0.773")};
    const QStringList d2 = {QStringLiteral("\u03B4=+0.138"),
                            QStringLiteral("\u03B4=") + kMinus + QStringLiteral("0.0381")};
    const QStringList d1 = {QStringLiteral("\u03B4=+0.00877"), QStringLiteral("\u03B4=+0.00995")};
    const QStringList none = {QString(), QString()};
    struct Expected {
        QStringList layer1;
        QStringList layer2;
    };
    const std::vector<Expected> expected = {
        {a1, none}, // forward 1: the output is not computed yet
        {a1, a2},   // forward 2
        {a1, d2},   // output error (BP1)
        {d1, d2},   // backward (BP2)
        {a1, d2},   // gradients of layer 2: ∂E/∂w² = a¹ δ², so layer 1 shows its a
        {d1, d2},   // gradients of layer 1
        {d1, d2},   // update
    };
    for (std::size_t p = 0; p < expected.size(); ++p) {
        view.setScene(traceScene(trace, static_cast<int>(p)));
        for (int j = 0; j < 2; ++j) {
            EXPECT_EQ(shown(view, 0, j), x[j]) << "phase " << p << " input " << j;
            EXPECT_EQ(shown(view, 1, j), expected[p].layer1[j]) << "phase " << p << " layer 1 neuron " << j;
            EXPECT_EQ(shown(view, 2, j), expected[p].layer2[j]) << "phase " << p << " layer 2 neuron " << j;
        }
    }
}

TEST_F(HandNetworkView, ValuesAppearAsThePhaseProgresses)
{
    view.setScene(traceScene(trace, 0, 0.0));
    EXPECT_EQ(view.valueText(1, 0), QString());
    view.setScene(traceScene(trace, 0, 0.5));
    EXPECT_EQ(view.valueText(1, 0), QString()) << "the signal is still on its way along the edges";
    view.setScene(traceScene(trace, 0, 1.0));
    EXPECT_EQ(view.valueText(1, 0), QStringLiteral("+0.593"));

    view.setScene(traceScene(trace, 3, 0.1));
    EXPECT_EQ(view.valueText(1, 0), QStringLiteral("+0.593")) << "δ¹ is not computed yet";
    view.setScene(traceScene(trace, 3, 1.0));
    EXPECT_EQ(shown(view, 1, 0), QStringLiteral("\u03B4=+0.00877"));
}

TEST_F(HandNetworkView, NoPhaseShowsTheLiveActivations)
{
    NetworkScene scene = traceScene(trace, -1);
    EXPECT_EQ(scene.activations.size(), 0u);
    view.setScene(scene);
    for (int l = 0; l <= 2; ++l)
        EXPECT_EQ(view.valueText(l, 0), QString()) << "layer " << l;

    scene.activations = {trace->input.col(0), trace->forward[0].activation.col(0),
                         trace->forward[1].activation.col(0)};
    view.setScene(scene);
    EXPECT_EQ(view.valueText(0, 1), QStringLiteral("+0.100"));
    EXPECT_EQ(view.valueText(1, 0), QStringLiteral("+0.593"));
    EXPECT_EQ(view.valueText(2, 1), QStringLiteral("+0.773"));
}

TEST_F(HandNetworkView, DerivativeViewPrintsSigmaPrime)
{
    NetworkScene scene = traceScene(trace, 1);
    scene.showDerivative = true;
    view.setScene(scene);
    // σ′(z¹₁) = a¹₁ (1 − a¹₁) = 0.593270 · 0.406730 = 0.241301
    EXPECT_EQ(shown(view, 1, 0), QStringLiteral("\u03C3\u2032=+0.241"));
    EXPECT_EQ(view.valueText(0, 0), QStringLiteral("+0.0500")) << "inputs keep showing x";
    const QList<LegendEntry> legend = view.legendEntries();
    ASSERT_FALSE(legend.isEmpty());
    EXPECT_EQ(legend.back().label, QStringLiteral("\u03C3\u2032(z)"));
    EXPECT_DOUBLE_EQ(legend.back().scale, 0.25);
}

TEST_F(HandNetworkView, LegendFollowsThePhaseWithTheTracesScales)
{
    QSignalSpy spy(&view, &NetworkView::legendChanged);
    view.setScene(traceScene(trace, 3));
    ASSERT_EQ(spy.count(), 1);
    const QList<LegendEntry> entries = spy.at(0).at(0).value<QList<LegendEntry>>();
    ASSERT_EQ(entries, view.legendEntries());
    bool sawDelta = false;
    for (const LegendEntry &e : entries) {
        if (e.label == QStringLiteral("\u03B4")) {
            sawDelta = true;
            EXPECT_EQ(e.kind, LegendEntry::Kind::Signed);
            EXPECT_NEAR(e.scale, 0.138498561628557, 1e-9) << "max |δ| of the whole trace";
        }
    }
    EXPECT_TRUE(sawDelta);

    view.setScene(traceScene(trace, 4));
    bool sawGradient = false;
    for (const LegendEntry &e : view.legendEntries()) {
        if (e.label == QStringLiteral("\u2202E/\u2202w")) {
            sawGradient = true;
            // max |∂E/∂w| = a¹₂ δ²₁ = 0.596884378259767 · 0.138498561628557
            EXPECT_NEAR(e.scale, 0.596884378259767 * 0.138498561628557, 1e-9);
        }
    }
    EXPECT_TRUE(sawGradient);

    // The same scene again: no signal.
    const int before = spy.count();
    view.setScene(traceScene(trace, 4));
    EXPECT_EQ(spy.count(), before);
}

TEST_F(HandNetworkView, RenderingShowsSignedEdgeColours)
{
    // Gradients of layer 2: ∂E/∂w²₁ₖ = a¹ₖ δ²₁ > 0 (orange), ∂E/∂w²₂ₖ = a¹ₖ δ²₂ < 0 (blue).
    view.setScene(traceScene(trace, 4));
    const QImage image = renderView(view);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 200) << "a rendered graph has many colours";

    auto probe = [&](int layer, int neuron) {
        const QPointF a = centre(layer - 1, neuron);
        const QPointF b = centre(layer, neuron);
        const QPointF p = a + (b - a) * 0.4;
        return QRect(p.toPoint() - QPoint(6, 6), QSize(13, 13));
    };
    EXPECT_GT(countPixels(image, probe(2, 0), test::isOrange), 5) << "positive ∂E/∂w in orange";
    EXPECT_GT(countPixels(image, probe(2, 1), test::isBlue), 5) << "negative ∂E/∂w in blue";
    EXPECT_EQ(countPixels(image, probe(2, 0), test::isBlue), 0);
}

TEST(NetworkViewRendering, WeightsOfBothSignsInTheirColours)
{
    Network network = test::handNetwork();
    network.layer(1).weights << 1.0, 0.2, 0.2, -1.0;
    NetworkView view;
    view.resize(900, 600);
    view.setScene(liveScene(network));
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    auto probe = [&](int neuron) {
        const QPointF a = view.neuronRect(0, neuron).center();
        const QPointF b = view.neuronRect(1, neuron).center();
        const QPointF p = a + (b - a) * 0.4;
        return QRect(p.toPoint() - QPoint(6, 6), QSize(13, 13));
    };
    EXPECT_GT(countPixels(image, probe(0), test::isOrange), 5) << "w¹₁₁ = +1";
    EXPECT_GT(countPixels(image, probe(1), test::isBlue), 5) << "w¹₂₂ = −1";
    // Nothing to print without activations, but the neurons are drawn (white with a ring).
    EXPECT_EQ(view.valueText(1, 0), QString());
    const QRect inside = view.neuronRect(1, 0).toRect().adjusted(20, 20, -20, -20);
    EXPECT_GT(countPixels(image, inside, [](const QColor &c) { return c.lightness() > 245; }), 20);
}

TEST(NetworkViewRendering, DivergedSceneShowsTheBannerAndAlarmColour)
{
    Network network = test::handNetwork();
    network.layer(2).weights(0, 0) = std::numeric_limits<double>::quiet_NaN();
    NetworkScene scene =
        liveScene(network, {test::column({0.05, 0.10}).col(0), test::column({0.5, 0.5}).col(0),
                            test::column({std::numeric_limits<double>::quiet_NaN(), 0.5}).col(0)});
    scene.diverged = true;
    NetworkView view;
    view.resize(900, 600);
    view.setScene(scene);
    const QImage image = renderView(view);
    const QColor alarm = palette::alarmColor();
    auto isAlarm = [&](const QColor &c) {
        return std::abs(c.red() - alarm.red()) < 12 && std::abs(c.green() - alarm.green()) < 12 &&
               std::abs(c.blue() - alarm.blue()) < 12;
    };
    EXPECT_GT(countPixels(image, QRect(0, 0, 900, 12), isAlarm), 900 * 8) << "the banner across the top";
    const QRect output = view.neuronRect(2, 0).toRect().adjusted(8, 8, -8, -8);
    EXPECT_GT(countPixels(image, output, isAlarm), output.width() * output.height() / 3)
        << "a NaN activation in the alarm colour";
    EXPECT_EQ(view.valueText(2, 0), QStringLiteral("NaN"));
}

TEST_F(HandNetworkView, TooltipsUseTheLectureNotationAndHideWhatIsNotComputedYet)
{
    const QString dash = QStringLiteral("\u2014");
    const ValueScales scales = traceScales(*trace);
    {
        const SceneFrame frame(traceScene(trace, 1), scales); // forward 2: a² known, δ² not yet
        const QString html = neuronTooltip(frame, 2, 0);
        EXPECT_TRUE(html.contains(QStringLiteral("z\u00B2\u2081"))) << html.toStdString();
        EXPECT_TRUE(html.contains(QStringLiteral("1.106"))) << "z²₁ = 1.10590…";
        EXPECT_TRUE(html.contains(QStringLiteral("0.7514"))) << "a²₁ = 0.75136…";
        EXPECT_TRUE(html.contains(QStringLiteral("\u03B4\u00B2\u2081")));
        EXPECT_TRUE(html.contains(dash)) << "δ²₁ is not computed in the forward pass";
        EXPECT_TRUE(html.contains(QStringLiteral("0.6000"))) << "b²₁";
    }
    {
        const SceneFrame frame(traceScene(trace, 3), scales); // backward: δ² known
        const QString html = neuronTooltip(frame, 2, 0);
        EXPECT_TRUE(html.contains(QStringLiteral("0.1385"))) << html.toStdString();
        EXPECT_TRUE(html.contains(QStringLiteral("0.1868"))) << "σ′(z²₁) = a(1 − a) = 0.18681…";
    }
    {
        const SceneFrame frame(traceScene(trace, 4), scales); // gradients of layer 2
        const QString html = edgeTooltip(frame, 2, 0, 1);
        EXPECT_TRUE(html.contains(QStringLiteral("\u2202E/\u2202w\u00B2\u2081\u2082"))) << html.toStdString();
        EXPECT_TRUE(html.contains(QStringLiteral("0.08267"))) << "∂E/∂w²₁₂ = a¹₂ δ²₁";
        EXPECT_TRUE(html.contains(QStringLiteral("0.4500"))) << "w²₁₂";
        EXPECT_FALSE(edgeTooltip(SceneFrame(traceScene(trace, 3), scales), 2, 0, 1)
                         .contains(QStringLiteral("0.08267")))
            << "∂E/∂w is not known before its phase";
    }

    // Through the widget: a tooltip event over a neuron shows the same text.
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setScene(traceScene(trace, 3));
    const QPoint at = centre(2, 0).toPoint();
    QHelpEvent help(QEvent::ToolTip, at, view.mapToGlobal(at));
    QApplication::sendEvent(&view, &help);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("0.1385"))) << QToolTip::text().toStdString();
    QToolTip::hideText();
}

TEST_F(HandNetworkView, ZoomScalesTheDrawingAndResets)
{
    const QRectF original = view.neuronRect(1, 0);
    view.setZoom(2.0);
    EXPECT_DOUBLE_EQ(view.zoom(), 2.0);
    EXPECT_NEAR(view.neuronRect(1, 0).width(), original.width() * 2.0, 1e-6);
    // Zooming keeps the view's centre in place.
    const QPointF middle(450, 300);
    const QPointF beforeCentre = original.center();
    EXPECT_NEAR(view.neuronRect(1, 0).center().x() - middle.x(), (beforeCentre.x() - middle.x()) * 2.0, 1e-6);
    EXPECT_EQ(view.hitTest(view.neuronRect(1, 0).center()), (Selection{Selection::Kind::Neuron, 1, 0, 0}));

    view.zoomIn();
    EXPECT_NEAR(view.zoom(), 2.5, 1e-9);
    view.zoomOut();
    view.zoomOut();
    EXPECT_NEAR(view.zoom(), 1.6, 1e-9);
    view.setZoom(100.0);
    EXPECT_DOUBLE_EQ(view.zoom(), NetworkView::maximumZoom());
    view.resetZoom();
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
    EXPECT_EQ(view.neuronRect(1, 0), original);
}

TEST_F(HandNetworkView, CtrlWheelZoomsAndDragPans)
{
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QPointF anchor = centre(1, 0);
    QWheelEvent wheel(anchor, view.mapToGlobal(anchor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    EXPECT_GT(view.zoom(), 1.0);
    EXPECT_NEAR(centre(1, 0).x(), anchor.x(), 1e-6) << "the point under the pointer stays put";

    const QRectF before = view.neuronRect(1, 0);
    QSignalSpy spy(&view, &NetworkView::selectionChanged);
    QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(400, 300));
    QTest::mouseMove(&view, QPoint(430, 320));
    QTest::mouseMove(&view, QPoint(460, 340));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(460, 340));
    EXPECT_NEAR(view.neuronRect(1, 0).center().x() - before.center().x(), 60.0, 1e-6);
    EXPECT_NEAR(view.neuronRect(1, 0).center().y() - before.center().y(), 40.0, 1e-6);
    EXPECT_EQ(spy.count(), 0) << "a drag is not a click";
}

TEST(NetworkViewLargeLayers, AnImageInputIsAGridAndStillHits)
{
    Network network({784, 128, 10}, {Activation::Logistic, Activation::Logistic});
    network.initialize(InitScheme::Xavier, 7);
    NetworkView view;
    view.resize(1150, 800);
    view.setScene(liveScene(network));
    const QRectF first = view.neuronRect(0, 0);
    const QRectF last = view.neuronRect(0, 783);
    EXPECT_NEAR(last.center().x() - first.center().x(),
                27 * (view.neuronRect(0, 1).center().x() - first.center().x()), 1e-6)
        << "28 columns";
    EXPECT_GT(last.center().y(), first.center().y());
    for (int j : {0, 27, 400, 783})
        EXPECT_EQ(view.hitTest(view.neuronRect(0, j).center()),
                  (Selection{Selection::Kind::Neuron, 0, j, 0}));
    for (int j : {0, 64, 127})
        EXPECT_EQ(view.hitTest(view.neuronRect(1, j).center()),
                  (Selection{Selection::Kind::Neuron, 1, j, 0}));
    EXPECT_EQ(view.valueText(1, 0), QString()) << "no values on a layer of 128";
}

// Only layers too large for numbers give way (issue 14): at a projector's 1280 × 720, the 784 inputs
// and the 128 hidden neurons of 784-128-10 say "hover for values" in their captions and keep their
// tool tips, while each of the 10 outputs prints its value.
TEST(NetworkViewLargeLayers, OnlyLayersTooLargeForNumbersSaySoAndKeepTheirToolTips)
{
    Network network({784, 128, 10}, {Activation::Logistic, Activation::Logistic});
    network.initialize(InitScheme::Xavier, 7);
    NetworkView view;
    view.resize(900, 500);
    view.setScene(liveScene(network, {Vector::Constant(784, 0.5), Vector::Constant(128, 0.25),
                                      Vector::Constant(10, 0.125)}));
    view.grab();
    QSet<int> saySo;
    QSet<int> valued;
    for (const PaintedText &t : view.paintedTexts()) {
        if (t.kind == PaintedText::Kind::Caption && t.text.contains(QStringLiteral("hover")))
            saySo.insert(t.layer);
        if (t.kind == PaintedText::Kind::NeuronValue)
            valued.insert(t.layer * 1000 + t.neuron);
    }
    EXPECT_EQ(saySo, (QSet<int>{0, 1}));
    for (int j = 0; j < 10; ++j)
        EXPECT_TRUE(valued.contains(2000 + j)) << "output " << j;
    for (int l : {0, 1}) {
        EXPECT_EQ(view.valueText(l, 5), QString()) << l;
        EXPECT_FALSE(neuronTooltip(SceneFrame(view.scene(), ValueScales{}), l, 5).isEmpty()) << l;
    }
}

} // namespace
} // namespace bp::ui
