// The chain-rule view: its model against the hand-worked 2-2-2 example and the chain rule itself,
// its layout, and the widget's clicks.

#include "ui/chain/chain_rule_geometry.h"
#include "ui/chain/chain_rule_model.h"
#include "ui/chain/chain_rule_view.h"
#include "ui/style/value_format.h"

#include "core/maths/trace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace bp::ui {
namespace {

std::shared_ptr<const Trace> handTrace()
{
    Network network({2, 2, 2}, {Activation::Logistic, Activation::Logistic});
    network.layer(1).weights << 0.15, 0.20, 0.25, 0.30;
    network.layer(1).biases << 0.35, 0.35;
    network.layer(2).weights << 0.40, 0.45, 0.50, 0.55;
    network.layer(2).biases << 0.60, 0.60;
    Matrix input(2, 1), target(2, 1);
    input << 0.05, 0.10;
    target << 0.01, 0.99;
    return std::make_shared<const Trace>(traceSgdStep(network, input, target, 0.5));
}

std::shared_ptr<const Trace> encoderTrace(Activation output = Activation::Logistic,
                                          Loss loss = Loss::HalfSquaredError)
{
    Network network({8, 3, 8}, {Activation::Logistic, output}, loss);
    network.initialize(InitScheme::Uniform, 3);
    Matrix input = Matrix::Zero(8, 1);
    input(2, 0) = 1.0;
    return std::make_shared<const Trace>(traceSgdStep(network, input, input, 0.5));
}

int phaseOf(const Trace &trace, PhaseKind kind, int layer)
{
    for (std::size_t i = 0; i < trace.phases.size(); ++i) {
        if (trace.phases[i].kind == kind && (kind == PhaseKind::Update || trace.phases[i].layer == layer))
            return static_cast<int>(i);
    }
    return -1;
}

Selection neuron(int layer, int j)
{
    return {Selection::Kind::Neuron, layer, j, 0};
}

const ChainNode &find(const ChainModel &model, ChainNode::Kind kind, const QString &label)
{
    for (const ChainNode &node : model.nodes) {
        if (node.kind == kind && node.label == label)
            return node;
    }
    static const ChainNode none;
    ADD_FAILURE() << "no node " << label.toStdString();
    return none;
}

TEST(ChainRuleModel, ForwardShowsTheValuesOfTheHandExampleAndNothingLater)
{
    const auto trace = handTrace();
    const ChainModel model =
        buildChainModel(*trace, phaseOf(*trace, PhaseKind::Forward, 1), neuron(1, 0), {}, {});
    ASSERT_EQ(model.layer, 1);
    EXPECT_NEAR(*find(model, ChainNode::Kind::Sum, "z¹₁").value, 0.3775, 1e-12);
    EXPECT_NEAR(*find(model, ChainNode::Kind::Activation, "a¹₁").value, 0.593269992, 1e-9);
    // z²₁ belongs to the next forward phase, E to the end of the forward pass: not yet.
    EXPECT_FALSE(find(model, ChainNode::Kind::Sum, "z²₁").value.has_value());
    EXPECT_FALSE(find(model, ChainNode::Kind::Loss, "E").value.has_value());
    for (const ChainNode &node : model.nodes)
        EXPECT_FALSE(node.gradient.has_value()) << node.label.toStdString();
    for (const ChainEdge &edge : model.edges)
        EXPECT_FALSE(edge.local.has_value());
}

TEST(ChainRuleModel, BackwardIsTheChainRuleWithTheHandExamplesNumbers)
{
    const auto trace = handTrace();
    const ChainModel model =
        buildChainModel(*trace, phaseOf(*trace, PhaseKind::Backward, 1), neuron(1, 0), {}, {});
    EXPECT_TRUE(model.sumsNextLayer);
    // ∂E/∂a¹₁ = w²₁₁ δ²₁ + w²₂₁ δ²₂ = 0.4 · 0.138499 + 0.5 · (−0.0380982), the sum BP2 takes.
    const ChainNode &a = find(model, ChainNode::Kind::Activation, "a¹₁");
    EXPECT_NEAR(*a.gradient, 0.4 * 0.13849856 + 0.5 * -0.03809824, 1e-8);
    const ChainNode &z = find(model, ChainNode::Kind::Sum, "z¹₁");
    EXPECT_NEAR(*z.gradient, 0.00877135, 1e-8); // δ¹₁ of the hand-worked example
    int current = 0;
    for (const ChainEdge &edge : model.edges) {
        if (!edge.current)
            continue;
        ++current;
        // upstream × local = downstream, on every edge being computed
        ASSERT_TRUE(edge.local.has_value());
        EXPECT_NEAR(edge.upstream * *edge.local, edge.downstream, 1e-15);
    }
    EXPECT_EQ(current, 1); // the activation's edge: ∂E/∂a¹₁ × σ′(z¹₁) = δ¹₁
    // The activation's local derivative is σ′(z¹₁) = a(1 − a), and it links the two gradients.
    for (const ChainEdge &edge : model.edges) {
        if (model.nodes[static_cast<std::size_t>(edge.to)].kind == ChainNode::Kind::Activation) {
            EXPECT_NEAR(*edge.local, *a.value * (1 - *a.value), 1e-15);
            EXPECT_NEAR(*a.gradient * *edge.local, *z.gradient, 1e-15);
        }
    }
}

TEST(ChainRuleModel, GradientsAndUpdateFollowBp3AndBp4)
{
    const auto trace = handTrace();
    const ChainModel gradients =
        buildChainModel(*trace, phaseOf(*trace, PhaseKind::Gradients, 1), neuron(1, 0), {}, {});
    const ChainNode &w = find(gradients, ChainNode::Kind::Weight, "w¹₁₁");
    EXPECT_NEAR(*w.gradient, 0.05 * 0.0087713547, 1e-12); // (BP4) a⁰₁ δ¹₁
    EXPECT_TRUE(w.current);
    EXPECT_NEAR(*find(gradients, ChainNode::Kind::Bias, "b¹₁").gradient, 0.00877135, 1e-8); // (BP3)
    EXPECT_FALSE(w.updated.has_value());
    const ChainModel update =
        buildChainModel(*trace, phaseOf(*trace, PhaseKind::Update, 0), neuron(1, 0), {}, {});
    EXPECT_NEAR(*find(update, ChainNode::Kind::Weight, "w¹₁₁").updated, 0.15 - 0.5 * 0.05 * 0.0087713547,
                1e-10);
}

TEST(ChainRuleModel, CollapsesBeyondAFewAndExpandsOnRequest)
{
    const auto trace = encoderTrace();
    const int phase = phaseOf(*trace, PhaseKind::Backward, 1);
    const ChainModel collapsed = buildChainModel(*trace, phase, neuron(1, 1), {}, {});
    int more = 0, weights = 0;
    for (const ChainNode &node : collapsed.nodes) {
        if (node.kind == ChainNode::Kind::More) {
            ++more;
            EXPECT_EQ(node.hidden, 5);
        }
        weights += node.kind == ChainNode::Kind::Weight;
    }
    EXPECT_EQ(more, 2);
    EXPECT_EQ(weights, 6);
    // The BP2 sum runs over all 8 next neurons, shown or not.
    double sum = 0.0;
    for (int i = 0; i < 8; ++i)
        sum += trace->before.layer(2).weights(i, 1) * trace->backward[1].delta(i, 0);
    EXPECT_NEAR(*find(collapsed, ChainNode::Kind::Activation, "a¹₂").gradient, sum, 1e-15);
    const ChainModel expanded = buildChainModel(*trace, phase, neuron(1, 1), {}, {true, true});
    weights = 0;
    for (const ChainNode &node : expanded.nodes) {
        EXPECT_NE(node.kind, ChainNode::Kind::More);
        weights += node.kind == ChainNode::Kind::Weight;
    }
    EXPECT_EQ(weights, 16);
}

TEST(ChainRuleModel, QuizConcealsTheDeltaBeingPredicted)
{
    const auto trace = handTrace();
    ChainRuleView view;
    view.setState(trace, phaseOf(*trace, PhaseKind::OutputError, 2), neuron(2, 0), {neuron(2, 0)});
    const QString delta = formatSignificant(trace->backward[1].delta(0, 0), 4);
    bool concealed = false;
    for (int i = 0; i < static_cast<int>(view.model().nodes.size()); ++i) {
        for (const QString &line : view.nodeLines(i)) {
            EXPECT_FALSE(line.contains(delta)) << line.toStdString();
            concealed = concealed || line == QStringLiteral("∂ ?");
        }
    }
    for (int i = 0; i < static_cast<int>(view.model().edges.size()); ++i)
        EXPECT_FALSE(view.edgeLabel(i).contains(delta)) << view.edgeLabel(i).toStdString();
    EXPECT_TRUE(concealed);
    view.setState(trace, phaseOf(*trace, PhaseKind::OutputError, 2), neuron(2, 0), {});
    bool shown = false;
    for (int i = 0; i < static_cast<int>(view.model().edges.size()); ++i)
        shown = shown || view.edgeLabel(i).endsWith(delta);
    EXPECT_TRUE(shown) << "the revealed δ is written as upstream × local = downstream";
}

TEST(ChainRuleModel, SoftmaxOutputSaysBp1UsesTheJacobian)
{
    const auto trace = encoderTrace(Activation::Softmax, Loss::CrossEntropy);
    const ChainModel model =
        buildChainModel(*trace, phaseOf(*trace, PhaseKind::OutputError, 2), neuron(2, 2), {}, {});
    EXPECT_TRUE(model.softmaxOutput);
    EXPECT_FALSE(find(model, ChainNode::Kind::Activation, "a²₃").gradient.has_value());
    EXPECT_NEAR(*find(model, ChainNode::Kind::Sum, "z²₃").gradient, trace->backward[1].delta(2, 0), 1e-15);
}

TEST(ChainRuleModel, NothingWithoutAPhaseOrForTheInputLayer)
{
    const auto trace = handTrace();
    EXPECT_EQ(buildChainModel(*trace, -1, neuron(1, 0), {}, {}).layer, 0);
    EXPECT_EQ(buildChainModel(*trace, 0, neuron(0, 0), {}, {}).layer, 0);
    EXPECT_EQ(buildChainModel(*trace, 0, Selection{}, {}, {}).layer, 0);
    EXPECT_EQ(buildChainModel(*trace, 0, neuron(1, 5), {}, {}).layer, 0);
}

TEST(ChainRuleGeometry, BoxesFitAndNeverOverlapAtTheProjectorSizes)
{
    const auto trace = encoderTrace();
    // Docks of about the size at 1024×768, 1280×720 and 1920×1080, at the desk and in presenter
    // mode; a dock smaller than chainMinimumSize scrolls a view of that size.
    const QSizeF sizes[] = {{560, 300}, {700, 280}, {1100, 420}, {1800, 700}};
    for (const QSizeF dock : sizes) {
        for (auto [px, minimum] : {std::pair{13.0, 12.0}, std::pair{13.0 * 1.6, 20.0}}) {
            for (int phase = 0; phase < static_cast<int>(trace->phases.size()); ++phase) {
                const ChainModel model = buildChainModel(*trace, phase, neuron(1, 0), {}, {});
                const QSizeF size = dock.expandedTo(chainMinimumSize(model, px, minimum));
                const ChainGeometry geometry = layoutChain(model, size, px, minimum);
                ASSERT_EQ(geometry.nodes.size(), model.nodes.size());
                EXPECT_GE(geometry.textPixels, minimum);
                EXPECT_GE(geometry.smallPixels, minimum);
                EXPECT_GE(geometry.chromePixels, minimum);
                for (std::size_t i = 0; i < geometry.nodes.size(); ++i) {
                    EXPECT_TRUE(QRectF(QPointF(0, 0), size).contains(geometry.nodes[i]))
                        << size.width() << "x" << size.height() << " node " << i;
                    for (std::size_t k = i + 1; k < geometry.nodes.size(); ++k)
                        EXPECT_FALSE(geometry.nodes[i].intersects(geometry.nodes[k]))
                            << size.width() << "x" << size.height() << " px " << px << ": nodes " << i << ", "
                            << k;
                }
            }
        }
    }
}

// Below its minimum size the text keeps the minimum instead of shrinking (the old floor was 9 px).
TEST(ChainRuleGeometry, TextNeverShrinksBelowTheMinimumInALowDock)
{
    const auto trace = encoderTrace();
    const ChainModel model =
        buildChainModel(*trace, phaseOf(*trace, PhaseKind::Backward, 1), neuron(1, 0), {}, {});
    const ChainGeometry low = layoutChain(model, QSizeF(450, 180), 13.0);
    EXPECT_EQ(low.textPixels, kChainMinTextPixels);
    EXPECT_GE(kChainMinTextPixels, 12.0);
    const QSizeF needed = chainMinimumSize(model, 13.0);
    EXPECT_GT(needed.width(), 450.0);
    EXPECT_GT(needed.height(), 180.0);
    // With room, the text is the caption size.
    EXPECT_EQ(layoutChain(model, needed * 1.5, 13.0).textPixels, 13.0);
}

TEST(ChainRuleView, ClickingMoreExpandsAndTheNoteLinksToTheEquations)
{
    const auto trace = encoderTrace();
    ChainRuleView view;
    view.resize(900, 420);
    view.setState(trace, phaseOf(*trace, PhaseKind::Backward, 1), neuron(1, 0));
    int more = -1;
    for (std::size_t i = 0; i < view.model().nodes.size(); ++i) {
        if (view.model().nodes[i].kind == ChainNode::Kind::More && view.model().nodes[i].moreInputs)
            more = static_cast<int>(i);
    }
    ASSERT_GE(more, 0);
    EXPECT_TRUE(view.noteText().contains(QStringLiteral("BP2")));
    QSignalSpy link(&view, &ChainRuleView::equationPanelRequested);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.geometry().note.center().toPoint());
    EXPECT_EQ(link.count(), 1);
    QTest::mouseClick(&view, Qt::LeftButton, {},
                      view.geometry().nodes[static_cast<std::size_t>(more)].center().toPoint());
    EXPECT_TRUE(view.expansion().inputs);
    int weights = 0;
    for (const ChainNode &node : view.model().nodes)
        weights += node.kind == ChainNode::Kind::Weight && node.column == 1;
    EXPECT_EQ(weights, 8);
    // Another neuron starts collapsed again.
    view.setState(trace, phaseOf(*trace, PhaseKind::Backward, 1), neuron(1, 2));
    EXPECT_FALSE(view.expansion().inputs);
    EXPECT_FALSE(view.grab().isNull());
}

TEST(ChainRuleView, MoreAndTheLinkAreReachedByTabAndWorkWithEnterOrSpace)
{
    const auto trace = encoderTrace();
    ChainRuleView view;
    view.resize(900, 420);
    view.setState(trace, phaseOf(*trace, PhaseKind::Backward, 1), neuron(1, 0));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QApplication::setActiveWindow(&view);
    view.setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.hasFocus(); }, 2000));
    QSignalSpy link(&view, &ChainRuleView::equationPanelRequested);

    // Tab: the inputs' "+ 5 more", named for a screen reader; Enter expands it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, &view);
    ASSERT_NE(focus, nullptr);
    EXPECT_EQ(focus->accessibleName(), QStringLiteral("Show 5 more inputs of z¹₁"));
    // It stands over the "+ 5 more" it expands.
    const auto more =
        std::find_if(view.model().nodes.begin(), view.model().nodes.end(),
                     [](const ChainNode &n) { return n.kind == ChainNode::Kind::More && n.moreInputs; });
    ASSERT_NE(more, view.model().nodes.end());
    const QRectF moreBox =
        view.geometry().nodes[static_cast<std::size_t>(std::distance(view.model().nodes.begin(), more))];
    EXPECT_TRUE(QRectF(focus->geometry()).contains(moreBox.center()));
    QTest::keyClick(focus, Qt::Key_Return);
    EXPECT_TRUE(view.expansion().inputs);
    EXPECT_FALSE(view.expansion().next);
    // The focus stays in the view; Tab goes on to the next layer's "+ 5 more", and Space expands it.
    ASSERT_TRUE(view.isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == &view);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    EXPECT_EQ(focus->accessibleName(), QStringLiteral("Show 5 more neurons of layer 2 that a¹₁ feeds"));
    QTest::keyClick(focus, Qt::Key_Space);
    EXPECT_TRUE(view.expansion().next);
    for (const ChainNode &node : view.model().nodes)
        EXPECT_NE(node.kind, ChainNode::Kind::More);
    // Nothing left to expand: Tab reaches the note's link, Enter raises the equation panel.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    EXPECT_EQ(focus->accessibleName(), QStringLiteral("Show the equation panel"));
    EXPECT_EQ(link.count(), 0);
    QTest::keyClick(focus, Qt::Key_Enter);
    EXPECT_EQ(link.count(), 1);
    // A visible button is never nameless.
    for (const QAbstractButton *button : view.keyboardButtons()) {
        if (button->isVisible()) {
            EXPECT_FALSE(button->accessibleName().isEmpty());
        }
    }
}

} // namespace
} // namespace bp::ui

namespace bp::ui {
namespace {

// Renders the view in each phase to PNG files for a person to look at, when BP_SCREENSHOT_DIR is set.
TEST(ChainRuleView, WritesPngsWhenAskedTo)
{
    const char *folder = std::getenv("BP_SCREENSHOT_DIR");
    if (!folder)
        GTEST_SKIP() << "set BP_SCREENSHOT_DIR to render the chain-rule view";
    QDir().mkpath(QString::fromLocal8Bit(folder));
    const auto trace = handTrace();
    ChainRuleView view;
    for (const QSize size : {QSize(560, 300), QSize(900, 420)}) {
        view.resize(size);
        for (int phase = 0; phase < static_cast<int>(trace->phases.size()); ++phase) {
            view.setState(trace, phase, neuron(1, 0));
            const QString path = QDir(QString::fromLocal8Bit(folder))
                                     .filePath(QStringLiteral("chain-%1x%2-phase%3.png")
                                                   .arg(size.width())
                                                   .arg(size.height())
                                                   .arg(phase));
            EXPECT_TRUE(view.grab().save(path)) << path.toStdString();
        }
    }
}

} // namespace
} // namespace bp::ui
