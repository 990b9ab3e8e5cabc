// The weights' labels on the edges: they never overlap where edges cross, and a weight has one.
#include "ui/graph/label_layout.h"
#include "ui/graph/network_view.h"

#include <QTest>

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

NetworkScene sceneOf(const Network &network)
{
    NetworkScene scene;
    scene.network = std::make_shared<const Network>(network);
    return scene;
}

Network network2331()
{
    Network network({2, 3, 3, 1}, {Activation::Logistic, Activation::Logistic, Activation::Logistic},
                    Loss::HalfSquaredError);
    network.initialize(InitScheme::Uniform, 3);
    return network;
}

void expectApart(const QList<NetworkView::WeightLabel> &labels, const QString &where)
{
    for (qsizetype i = 0; i < labels.size(); ++i)
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            EXPECT_FALSE(labels[i].rect.intersects(labels[j].rect))
                << where.toStdString() << ": \"" << labels[i].text.toStdString() << "\" and \""
                << labels[j].text.toStdString() << "\" overlap";
}

TEST(WeightLabels, DoNotOverlapWhereEdgesCrossAtProjectorAndDesktopSizes)
{
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080), QSize(900, 600), QSize(700, 460)}) {
        NetworkView view;
        view.resize(size);
        view.setScene(sceneOf(network2331()));
        view.grab();
        const QList<NetworkView::WeightLabel> labels = view.weightLabels();
        // From the graph's room in a 1280×720 window up, weights are labelled; in a smaller graph the
        // labels (at the projector's minimum text size) may all give way, but never overlap.
        if (size.width() >= 900) {
            EXPECT_GE(labels.size(), 3) << size.width() << "×" << size.height() << ": some weights are labelled";
        }
        expectApart(labels, QStringLiteral("%1×%2").arg(size.width()).arg(size.height()));
    }
}

TEST(WeightLabels, ASelectedEdgeHasOneLabelForItsWeight)
{
    NetworkView view;
    view.resize(1280, 720);
    const Network network = network2331();
    view.setScene(sceneOf(network));
    view.setSelection(Selection{Selection::Kind::Edge, 2, 0, 0});
    view.grab();
    const QList<NetworkView::WeightLabel> labels = view.weightLabels();
    ASSERT_EQ(labels.size(), 1);
    EXPECT_TRUE(labels.front().text.startsWith(QStringLiteral("w²₁₁ = "))) << labels.front().text.toStdString();
}

TEST(LabelLayout, TheMoreImportantLabelWinsAndTheOtherMovesOrGoes)
{
    // Two labels wanting the same place: the larger weight keeps it, the other takes its second place.
    std::vector<LabelCandidate> labels(2);
    labels[0].places = {QRectF(0, 0, 50, 10), QRectF(0, 40, 50, 10)};
    labels[0].priority = 0.1;
    labels[1].places = {QRectF(10, 2, 50, 10)};
    labels[1].priority = 0.9;
    std::vector<int> chosen = placeLabels(labels, {});
    EXPECT_EQ(chosen, (std::vector<int>{1, 0}));
    // With no second place it is dropped, and an obstacle (the selected edge's label) is kept clear.
    labels[0].places.pop_back();
    chosen = placeLabels(labels, {QRectF(100, 0, 20, 20)});
    EXPECT_EQ(chosen, (std::vector<int>{-1, 0}));
    chosen = placeLabels(labels, {QRectF(0, 0, 200, 20)});
    EXPECT_EQ(chosen, (std::vector<int>{-1, -1}));
}

} // namespace
} // namespace bp::ui
