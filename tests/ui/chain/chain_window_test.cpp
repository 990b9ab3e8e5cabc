// The chain-rule view in the window: fed the trace on screen, it follows the phase stepping, the
// selection, the quiz and presenter mode; and pictures of it at the projector sizes, in both languages.
#include "app/language.h"
#include "app/training/training_controller.h"
#include "ui/chain/chain_rule_view.h"
#include "ui/style/value_format.h"
#include "ui/teach/prediction_quiz.h"
#include "ui/window/main_window.h"

#include "tests/support/projector_rooms.h"
#include "tests/support/studio_window.h"
#include "tests/support/screenshot_folder.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

namespace bp::ui {
namespace {

class ChainWindow : public test::StudioWindowTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(StudioWindowTest::SetUp());
        chain = window.findChild<ChainRuleView *>();
        ASSERT_NE(chain, nullptr);
    }

    void showChainDock()
    {
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("chainRuleDock"));
        ASSERT_NE(dock, nullptr);
        dock->show();
        dock->raise();
        QTest::qWait(30);
    }

    const ChainNode *node(ChainNode::Kind kind, const QString &label) const
    {
        for (const ChainNode &n : chain->model().nodes) {
            if (n.kind == kind && n.label == label)
                return &n;
        }
        return nullptr;
    }

    ChainRuleView *chain = nullptr;
};

TEST_F(ChainWindow, FollowsThePhasesAndTheSelectionWithTheNumbersOfTheTraceOnScreen)
{
    load("encoder-8-3-8");
    window.selectInGraph({Selection::Kind::Neuron, 1, 1, 0});
    ASSERT_TRUE(test::stepInto(window, PhaseKind::Forward, 1));
    const std::shared_ptr<const Trace> trace = window.trace();
    ASSERT_EQ(chain->model().layer, 1);
    ASSERT_EQ(chain->model().neuron, 1);
    EXPECT_EQ(chain->model().phaseKind, PhaseKind::Forward);
    const ChainNode *z = node(ChainNode::Kind::Sum, QStringLiteral("z¹₂"));
    ASSERT_NE(z, nullptr);
    EXPECT_EQ(*z->value, trace->forward[0].weightedInput(1, 0)); // the very numbers, not recomputed
    EXPECT_FALSE(z->gradient.has_value());

    ASSERT_TRUE(test::stepInto(window, PhaseKind::Backward, 1));
    EXPECT_EQ(window.trace(), trace);
    EXPECT_TRUE(chain->model().sumsNextLayer);
    EXPECT_TRUE(chain->noteText().contains(QStringLiteral("BP2")));
    z = node(ChainNode::Kind::Sum, QStringLiteral("z¹₂"));
    ASSERT_NE(z, nullptr);
    EXPECT_EQ(*z->gradient, trace->backward[0].delta(1, 0));

    // Another neuron: the view follows the selection at once.
    window.selectInGraph({Selection::Kind::Neuron, 2, 4, 0});
    EXPECT_EQ(chain->model().layer, 2);
    EXPECT_EQ(chain->model().neuron, 4);
    // The link raises the equation panel.
    auto *equations = window.findChild<QDockWidget *>(QStringLiteral("equationDock"));
    equations->hide();
    emit chain->equationPanelRequested();
    EXPECT_TRUE(equations->isVisible());
}

TEST_F(ChainWindow, TheQuizHidesTheDeltaTheClassIsPredicting)
{
    load("encoder-8-3-8");
    window.quizAction()->trigger();
    ASSERT_TRUE(test::stepInto(window, PhaseKind::OutputError));
    ASSERT_TRUE(window.predictionQuiz()->isPending());
    const std::vector<Selection> concealed = window.predictionQuiz()->concealed();
    ASSERT_FALSE(concealed.empty());
    const Selection hidden = concealed.front();
    ASSERT_EQ(hidden.kind, Selection::Kind::Neuron);
    window.selectInGraph(hidden);
    const QString delta = formatSignificant(
        window.trace()->backward[static_cast<std::size_t>(hidden.layer - 1)].delta(hidden.neuron, 0), 4);
    bool question = false;
    for (int i = 0; i < static_cast<int>(chain->model().nodes.size()); ++i) {
        for (const QString &line : chain->nodeLines(i)) {
            EXPECT_FALSE(line.contains(delta)) << line.toStdString();
            question = question || line == QStringLiteral("∂ ?");
        }
    }
    EXPECT_TRUE(question);
    window.predictionQuiz()->reveal();
    QTest::qWait(20);
    bool shown = false;
    for (int i = 0; i < static_cast<int>(chain->model().edges.size()); ++i)
        shown = shown || chain->edgeLabel(i).endsWith(delta);
    EXPECT_TRUE(shown);
}

TEST_F(ChainWindow, PresenterModeEnlargesItsText)
{
    load("encoder-8-3-8");
    window.selectInGraph({Selection::Kind::Neuron, 1, 0, 0});
    ASSERT_TRUE(test::stepInto(window, PhaseKind::Backward, 1));
    showChainDock();
    EXPECT_DOUBLE_EQ(chain->textScale(), 1.0);
    window.presenterAction()->trigger();
    QTest::qWait(50);
    // Presenter mode hides the dock with the others; View ▸ Chain rule brings it back, enlarged.
    showChainDock();
    EXPECT_DOUBLE_EQ(chain->textScale(), 1.6);
    EXPECT_GE(chain->geometry().textPixels, kChainMinTextPixels);
    window.presenterAction()->trigger();
    QTest::qWait(50);
    EXPECT_DOUBLE_EQ(chain->textScale(), 1.0);
}

using test::nameOf;
using Room = test::ProjectorRoom;

class ChainLayout : public ::testing::TestWithParam<Room> {};

// The chain rule of a hidden 8-3-8 neuron in BP2, raised in the window at each projector size: every
// text it draws is at least #14's 12 px at the desk and larger in presenter mode, and the boxes
// that do not fit the dock are reached by scrolling, not shrunk.
TEST_P(ChainLayout, EveryTextIsAtLeastTheProjectorMinimum)
{
    const Room room = GetParam();
    installTranslators(*qApp, QString::fromLatin1(room.language));
    {
        test::StudioWindow studio;
        MainWindow &window = studio.window;
        ASSERT_TRUE(studio.open(QSize(room.width, room.height), QStringLiteral("encoder-8-3-8")));
        if (room.presenting)
            window.setPresenterMode(true);
        ASSERT_TRUE(test::showPhase(window, 3));
        window.selectInGraph({Selection::Kind::Neuron, 1, 0, 0});
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("chainRuleDock"));
        ASSERT_NE(dock, nullptr);
        dock->show();
        dock->raise();
        auto *chain = window.findChild<ChainRuleView *>();
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return chain->isVisible() && !chain->paintedTexts().empty(); }, 5000));
        QTest::qWait(200);
        if (const char *folder = std::getenv("BP_SCREENSHOT_DIR")) {
            QDir().mkpath(QString::fromLocal8Bit(folder));
            window.grab().save(
                QDir(QString::fromLocal8Bit(folder))
                    .filePath(
                        QStringLiteral("chain-layout-%1.png").arg(QString::fromStdString(nameOf(room)))));
        }
        chain->repaint();
        ASSERT_EQ(chain->model().layer, 1);
        EXPECT_TRUE(chain->model().sumsNextLayer) << nameOf(room);
        const double minimum = room.presenting ? 15.0 : 12.0;
        EXPECT_GE(chain->minimumTextPixels(), minimum) << nameOf(room);
        EXPECT_GE(chain->geometry().textPixels, minimum) << nameOf(room);
        int boxTexts = 0;
        for (const ChainRuleView::PaintedText &text : chain->paintedTexts()) {
            EXPECT_GE(text.pixels, minimum) << nameOf(room) << ": \"" << text.text.toStdString() << "\"";
            boxTexts += text.rect.intersects(chain->geometry().graph);
        }
        EXPECT_GT(boxTexts, 20) << nameOf(room);
        // No text covers another (a pixel of anti-aliasing is no overlap).
        const std::vector<ChainRuleView::PaintedText> &texts = chain->paintedTexts();
        for (std::size_t a = 0; a < texts.size(); ++a) {
            for (std::size_t b = a + 1; b < texts.size(); ++b) {
                const QRectF overlap = texts[a].rect.intersected(texts[b].rect);
                EXPECT_FALSE(overlap.width() > 1.0 && overlap.height() > 1.0)
                    << nameOf(room) << ": \"" << texts[a].text.toStdString() << "\" overlaps \""
                    << texts[b].text.toStdString() << "\"";
            }
        }
        // A node's text fits its box (the box would clip it: "w²₂₁ = −0.489" for −0.4890).
        for (const ChainRuleView::PaintedText &text : texts) {
            for (const QRectF &box : chain->geometry().nodes) {
                if (box.contains(text.rect.center())) {
                    EXPECT_LE(text.rect.width(), box.width() + 1.0)
                        << nameOf(room) << ": \"" << text.text.toStdString() << "\"";
                }
            }
        }
        // The product on the edge being computed, upstream × local = downstream, is always written.
        const QString delta = formatSignificant(window.trace()->backward[0].delta(0, 0), 4);
        EXPECT_TRUE(std::any_of(texts.begin(), texts.end(), [&](const ChainRuleView::PaintedText &t) {
            return t.text.contains(QStringLiteral(" × ")) && t.text.endsWith(delta);
        })) << nameOf(room);
        // Every box lies inside the view (the scroll area shows the rest when the dock is smaller).
        const QRectF bounds = QRectF(chain->rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
        for (std::size_t i = 0; i < chain->geometry().nodes.size(); ++i)
            EXPECT_TRUE(bounds.contains(chain->geometry().nodes[i])) << nameOf(room) << ": node " << i;
    }
    installTranslators(*qApp, QStringLiteral("en"));
}

INSTANTIATE_TEST_SUITE_P(AllRooms, ChainLayout, ::testing::ValuesIn(test::projectorRooms()),
                         [](const ::testing::TestParamInfo<Room> &info) { return test::testNameOf(info.param); });

// Pictures of the whole window with the chain rule on show, when BP_SCREENSHOT_DIR names a folder.
TEST_F(ChainWindow, WritesPngsWhenAskedTo)
{
    const std::optional<QDir> folder = bp::test::screenshotFolder();
    if (!folder)
        GTEST_SKIP() << "set BP_SCREENSHOT_DIR to take pictures of the chain-rule view in the window";
    const QDir &out = *folder;
    for (const char *language : {"en", "it"}) {
        installTranslators(*qApp, QString::fromLatin1(language));
        for (const QSize size : {QSize(1024, 768), QSize(1280, 720), QSize(1920, 1080)}) {
            test::StudioWindow studio;
            MainWindow &shot = studio.window;
            ASSERT_TRUE(studio.open(size, QStringLiteral("encoder-8-3-8")));
            QTest::qWait(50);
            shot.selectInGraph({Selection::Kind::Neuron, 1, 0, 0});
            for (int guard = 0; guard < 10 && !(shot.trace() && shot.phaseIndex() == 3); ++guard) {
                const auto trace = shot.trace();
                shot.nextPhase();
                if (!trace) {
                    ASSERT_TRUE(QTest::qWaitFor([&] { return shot.trace() != nullptr; }, 10000));
                }
            }
            auto *dock = shot.findChild<QDockWidget *>(QStringLiteral("chainRuleDock"));
            dock->show();
            dock->raise();
            QTest::qWait(400);
            const QString name = QStringLiteral("chain-window-%1-%2x%3.png")
                                     .arg(QString::fromLatin1(language))
                                     .arg(size.width())
                                     .arg(size.height());
            EXPECT_TRUE(shot.grab().save(out.filePath(name)));
            shot.presenterAction()->trigger();
            QTest::qWait(200);
            dock->show();
            dock->raise();
            QTest::qWait(400);
            EXPECT_TRUE(shot.grab().save(out.filePath(QStringLiteral("chain-presenter-%1-%2x%3.png")
                                                          .arg(QString::fromLatin1(language))
                                                          .arg(size.width())
                                                          .arg(size.height()))));
            shot.presenterAction()->trigger();
            QTest::qWait(50);
        }
    }
    installTranslators(*qApp, QStringLiteral("en"));
}

} // namespace
} // namespace bp::ui
