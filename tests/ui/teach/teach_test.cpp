// The guided first lesson and "predict, then reveal", on the whole window wired to a real
// controller and worker thread as main.cpp wires it, offscreen.
#include "app/language.h"
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "core/maths/trace.h"
#include "tests/support/hand_network.h"
#include "tests/support/projector_rooms.h"
#include "tests/support/studio_window.h"
#include "ui/graph/network_view.h"
#include "ui/panels/equation_panel.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"
#include "ui/teach/guided_lesson.h"
#include "ui/teach/prediction_quiz.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

namespace bp::ui {
namespace {

class Teach : public test::StudioWindowTest {
protected:
    // The phase index of a step of the guided lesson, from core's list of the 8-3-8 net's phases.
    static int phaseIndexOf(const GuideStep &step)
    {
        const std::vector<Phase> phases = phasesOf(2);
        for (std::size_t i = 0; i < phases.size(); ++i)
            if (phases[i].kind == step.phase.kind &&
                (step.phase.kind == PhaseKind::Update || phases[i].layer == step.phase.layer))
                return static_cast<int>(i);
        return -1;
    }

    bool waitReady(GuidedLesson &guide)
    {
        return QTest::qWaitFor([&] { return guide.isStepReady(); }, 10000);
    }

    // Checks that the window is in the state the lesson's current step describes.
    void expectStepState(GuidedLesson &guide)
    {
        const int index = guide.stepIndex();
        const GuideStep &step = guide.step(index);
        SCOPED_TRACE("step " + std::to_string(index + 1) + ": " + step.title.toStdString());
        EXPECT_EQ(window.lessonName(), QString(GuidedLesson::kLessonName));
        QWidget *target = guide.targetWidget();
        ASSERT_NE(target, nullptr);
        EXPECT_TRUE(target->isVisible());
        EXPECT_TRUE(guide.veil()->isVisible());
        EXPECT_TRUE(guide.card()->isVisible());
        const QRect rect = guide.targetRect();
        EXPECT_FALSE(rect.isEmpty());
        EXPECT_TRUE(window.rect().contains(rect))
            << rect.x() << "," << rect.y() << " " << rect.width() << "x" << rect.height();
        // The card never covers the part it talks about, unless that part is the whole graph.
        if (step.target != GuideTarget::Graph) {
            EXPECT_FALSE(guide.card()->geometry().intersects(rect));
        }
        if (step.showsPhase) {
            ASSERT_NE(window.trace(), nullptr);
            EXPECT_EQ(window.phaseIndex(), phaseIndexOf(step));
            EXPECT_EQ(window.networkView()->scene().phaseIndex, phaseIndexOf(step));
        }
    }
};

TEST_F(Teach, GuidedLessonWalksForwardAndBackThroughTheStepsDrivingTheWindow)
{
    load("encoder-8-3-8");
    GuidedLesson &guide = *window.guidedLesson();
    ASSERT_GE(guide.stepCount(), 8);
    ASSERT_LE(guide.stepCount(), 12);
    guide.start();
    ASSERT_TRUE(guide.isActive());
    // The steps cover a forward pass, the output error, the backward pass and the update.
    QSet<int> kinds;
    for (int i = 0; i < guide.stepCount(); ++i)
        if (guide.step(i).showsPhase)
            kinds.insert(static_cast<int>(guide.step(i).phase.kind));
    EXPECT_EQ(kinds.size(), 5);

    for (int i = 0; i < guide.stepCount(); ++i) {
        if (i > 0)
            guide.next();
        ASSERT_EQ(guide.stepIndex(), i);
        ASSERT_TRUE(waitReady(guide)) << "step " << i + 1;
        expectStepState(guide);
    }
    // Back through every step: the window follows.
    for (int i = guide.stepCount() - 2; i >= 0; --i) {
        guide.back();
        ASSERT_EQ(guide.stepIndex(), i);
        ASSERT_TRUE(waitReady(guide)) << "step " << i + 1;
        expectStepState(guide);
    }
}

TEST_F(Teach, GuidedLessonStepsExplainTheNumbersOfTheSelectedNeuron)
{
    load("encoder-8-3-8");
    GuidedLesson &guide = *window.guidedLesson();
    guide.start();
    int checked = 0;
    for (int i = 0; i < guide.stepCount(); ++i) {
        if (i > 0)
            guide.next();
        ASSERT_TRUE(waitReady(guide));
        const GuideStep &step = guide.step(i);
        if (!step.showsPhase || !step.select)
            continue;
        const Selection selected = window.networkView()->selection();
        const std::shared_ptr<const Trace> trace = window.trace();
        ASSERT_NE(trace, nullptr);
        const auto l = static_cast<std::size_t>(selected.layer - 1);
        double expected = 0.0;
        switch (step.phase.kind) {
        case PhaseKind::Forward: expected = trace->forward[l].activation(selected.neuron, 0); break;
        case PhaseKind::OutputError:
        case PhaseKind::Backward: expected = trace->backward[l].delta(selected.neuron, 0); break;
        case PhaseKind::Gradients:
            ASSERT_EQ(selected.kind, Selection::Kind::Edge);
            expected = trace->backward[l].gradWeights(selected.neuron, selected.from);
            break;
        case PhaseKind::Update:
            ASSERT_EQ(selected.kind, Selection::Kind::Edge);
            expected = trace->after.layer(selected.layer).weights(selected.neuron, selected.from);
            break;
        }
        EXPECT_TRUE(guide.cardText().contains(EquationPanel::formatValue(expected)))
            << step.title.toStdString() << ": " << guide.cardText().toStdString();
        // The output error step is where δ's sign convention is explained, once.
        if (step.phase.kind == PhaseKind::OutputError) {
            EXPECT_TRUE(guide.cardText().contains("sign slip"));
            // The neuron it explains is the pattern's own output (target 1), whose δ is negative.
            EXPECT_EQ(trace->target(selected.neuron, 0), 1.0);
            EXPECT_LT(expected, 0.0);
        }
        ++checked;
    }
    EXPECT_GE(checked, 5);
}

TEST_F(Teach, GuidedLessonOutlinesItsTargetAndDimsTheRest)
{
    load("encoder-8-3-8");
    const QImage before = window.grab().toImage();
    GuidedLesson &guide = *window.guidedLesson();
    guide.start();
    // The step about the charts.
    while (guide.step(guide.stepIndex()).target != GuideTarget::Charts)
        guide.next();
    ASSERT_TRUE(waitReady(guide));
    QTest::qWait(50);
    const QRect target = guide.targetRect();
    ASSERT_FALSE(target.isEmpty());
    const QImage after = window.grab().toImage();
    const qreal ratio = after.devicePixelRatio();
    auto pixel = [ratio](const QImage &image, QPoint p) {
        return image.pixelColor(static_cast<int>(p.x() * ratio), static_cast<int>(p.y() * ratio));
    };
    // On the outline (its right side: the charts start at the window's left edge), its colour.
    ASSERT_LT(target.right() + 2, window.width());
    const QColor outline = pixel(after, QPoint(target.right() + 2, target.center().y()));
    const QColor expected = palette::guideOutlineColor();
    EXPECT_NEAR(outline.red(), expected.red(), 40);
    EXPECT_NEAR(outline.green(), expected.green(), 40);
    EXPECT_NEAR(outline.blue(), expected.blue(), 40);
    // Outside it (the status bar), darker than before; inside it, as before.
    const QPoint outside(window.statusBar()->mapTo(&window, QPoint(window.statusBar()->width() - 5, 5)));
    ASSERT_FALSE(target.contains(outside));
    ASSERT_FALSE(guide.card()->geometry().contains(outside));
    EXPECT_LT(pixel(after, outside).lightness(), pixel(before, outside).lightness() - 40);
    const QPoint inside = target.topLeft() + QPoint(target.width() / 2, 3);
    EXPECT_NEAR(pixel(after, inside).lightness(), pixel(before, inside).lightness(), 10);
}

// In every room of a lecture hall (1024 × 768, 1280 × 720, 1920 × 1080, at the desk and presenting,
// in English and Italian) the card leaves every neuron and every number of the graph visible (the
// targets t and the δ the quiz compares among them) at every step. At 1280 × 720 step 7 used to end
// with the card over the column of targets.
class GuidedCardInRoom
    : public bp::test::WithApplicationLook<::testing::TestWithParam<bp::test::ProjectorRoom>> {};

TEST_P(GuidedCardInRoom, CoversNoNeuronAndNoValueAtAnyStep)
{
    const bp::test::ProjectorRoom room = GetParam();
    installTranslators(*QCoreApplication::instance(), QString::fromLatin1(room.language));
    {
        TrainingController controller;
        MainWindow window;
        ASSERT_TRUE(bp::test::openInRoom(controller, window, QSize(room.width, room.height),
                                         QStringLiteral("encoder-8-3-8"), room.presenting));
        QTest::qWait(50);
        GuidedLesson &guide = *window.guidedLesson();
        guide.start();
        for (int i = 0; i < guide.stepCount(); ++i) {
            if (i > 0)
                guide.next();
            ASSERT_TRUE(QTest::qWaitFor([&] { return guide.isStepReady(); }, 10000)) << "step " << i + 1;
            // The card follows the graph's repaint within its follow interval (150 ms).
            QTest::qWait(600);
            const QRect card = guide.card()->geometry();
            EXPECT_TRUE(window.rect().contains(card)) << bp::test::nameOf(room) << ", step " << i + 1;
            const QPoint graph = window.networkView()->mapTo(&window, QPoint(0, 0));
            const QList<QRectF> values = window.valueRects();
            ASSERT_FALSE(values.isEmpty());
            for (const QRectF &value : values) {
                const QRect box = value.toAlignedRect().translated(graph);
                EXPECT_FALSE(card.intersects(box))
                    << bp::test::nameOf(room) << ", step " << i + 1 << ": the card at " << card.x() << "," << card.y()
                    << " " << card.width() << "x" << card.height() << " covers " << box.x() << "," << box.y()
                    << " " << box.width() << "x" << box.height();
            }
        }
        guide.close();
    }
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
}

INSTANTIATE_TEST_SUITE_P(AllRooms, GuidedCardInRoom, ::testing::ValuesIn(bp::test::projectorRooms()),
                         [](const ::testing::TestParamInfo<bp::test::ProjectorRoom> &info) {
                             return bp::test::testNameOf(info.param);
                         });

TEST_F(Teach, GuidedLessonFollowsWindowResizes)
{
    load("encoder-8-3-8");
    GuidedLesson &guide = *window.guidedLesson();
    guide.start();
    guide.next();
    guide.next(); // the samples dock
    ASSERT_TRUE(waitReady(guide));
    ASSERT_EQ(guide.step(guide.stepIndex()).target, GuideTarget::Samples);
    window.resize(1280, 720);
    ASSERT_TRUE(QTest::qWaitFor([&] { return guide.veil()->size() == window.size(); }, 5000));
    QTest::qWait(400);
    const QRect rect = guide.targetRect();
    EXPECT_TRUE(window.rect().contains(rect));
    EXPECT_EQ(rect, QRect(guide.targetWidget()->mapTo(&window, QPoint(0, 0)), guide.targetWidget()->size()));
    EXPECT_FALSE(guide.card()->geometry().intersects(rect));
    EXPECT_TRUE(window.rect().contains(guide.card()->geometry()));
}

TEST_F(Teach, GuidedLessonFollowsADockMovedToTheOtherSide)
{
    load("encoder-8-3-8");
    GuidedLesson &guide = *window.guidedLesson();
    guide.start();
    guide.next();
    guide.next(); // the samples dock
    ASSERT_TRUE(waitReady(guide));
    QWidget *dock = guide.targetWidget();
    ASSERT_EQ(guide.step(guide.stepIndex()).target, GuideTarget::Samples);
    const QRect before = guide.targetRect();
    window.addDockWidget(Qt::RightDockWidgetArea, qobject_cast<QDockWidget *>(dock));
    const auto placed = [&] { return QRect(dock->mapTo(&window, QPoint(0, 0)), dock->size()); };
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return placed() != before && placed().left() > window.width() / 2; }, 5000));
    // The outline and the card follow within a moment.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const QRect card = guide.card()->geometry();
            return guide.targetRect() == placed() && !card.intersects(placed()) &&
                   window.rect().contains(card);
        },
        5000));
}

TEST_F(Teach, GuidedLessonOpensTheEncoderAndSurvivesTheUserDoingSomethingElse)
{
    load("xor");
    GuidedLesson &guide = *window.guidedLesson();
    guide.start();
    // The first step already brings the 8-3-8 net.
    ASSERT_TRUE(waitReady(guide));
    EXPECT_EQ(window.lessonName(), QString(GuidedLesson::kLessonName));
    while (!guide.step(guide.stepIndex()).showsPhase)
        guide.next();
    ASSERT_TRUE(waitReady(guide));
    expectStepState(guide);

    // The user resets and opens another lesson in the middle of the lesson: nothing breaks, and
    // the next step brings the 8-3-8 net and its phase back.
    window.resetNetwork();
    load("xor");
    EXPECT_TRUE(guide.isActive());
    guide.next();
    ASSERT_TRUE(waitReady(guide));
    expectStepState(guide);

    // Closed midway, the window is usable: the arrow keys step the phases again.
    guide.close();
    EXPECT_FALSE(guide.isActive());
    EXPECT_FALSE(guide.veil()->isVisible());
    EXPECT_FALSE(guide.card()->isVisible());
    const int phase = window.phaseIndex();
    ASSERT_GE(phase, 0);
    QTest::keyClick(&window, Qt::Key_Left);
    EXPECT_EQ(window.phaseIndex(), phase - 1);
    QTest::keyClick(&window, Qt::Key_Right);
    EXPECT_EQ(window.phaseIndex(), phase);
}

TEST_F(Teach, GuidedLessonKeysMoveTheLessonNotThePhases)
{
    load("encoder-8-3-8");
    GuidedLesson &guide = *window.guidedLesson();
    guide.start();
    ASSERT_TRUE(waitReady(guide));
    QTest::keyClick(&window, Qt::Key_Right);
    EXPECT_EQ(guide.stepIndex(), 1);
    QTest::keyClick(&window, Qt::Key_Return);
    EXPECT_EQ(guide.stepIndex(), 2);
    QTest::keyClick(&window, Qt::Key_Left);
    EXPECT_EQ(guide.stepIndex(), 1);
    // No phase was stepped by those keys: no step of training was even recorded.
    EXPECT_EQ(window.trace(), nullptr);
    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_FALSE(guide.isActive());
    EXPECT_FALSE(guide.card()->isVisible());
}

TEST_F(Teach, GuidedLessonIsOfferedOnlyOnTheFirstStart)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    load("encoder-8-3-8");
    GuidedLesson &guide = *window.guidedLesson();
    EXPECT_TRUE(guide.offerOnFirstStart(settings));
    EXPECT_TRUE(guide.isActive());
    EXPECT_TRUE(settings.value(GuidedLesson::kSeenKey).toBool());
    guide.close();
    EXPECT_FALSE(guide.offerOnFirstStart(settings));
    EXPECT_FALSE(guide.isActive());

    // A user who has seen it (the key set by an earlier start) is not offered it.
    QSettings seen(dir.filePath("seen.ini"), QSettings::IniFormat);
    seen.setValue(GuidedLesson::kSeenKey, true);
    EXPECT_FALSE(guide.offerOnFirstStart(seen));
    EXPECT_FALSE(guide.isActive());
}

// backprop-studio --preset digits on the first start: the lesson named wins over the walk-through
// (which would switch to 8-3-8), and the offer waits for a later start.
TEST_F(Teach, AnExplicitLessonIsNotOverriddenByTheFirstStartOffer)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    load("digits");
    GuidedLesson &guide = *window.guidedLesson();
    EXPECT_FALSE(guide.offerOnFirstStart(settings, true));
    EXPECT_FALSE(guide.isActive());
    EXPECT_FALSE(settings.contains(GuidedLesson::kSeenKey));
    QTest::qWait(300);
    EXPECT_EQ(controller.snapshot()->presetName, "digits");
    // A later start without a lesson named gets the offer.
    EXPECT_TRUE(guide.offerOnFirstStart(settings));
    guide.close();
}

bool panelShows(const MainWindow &window, const QString &text)
{
    return window.equationPanel()->html().contains(text.toHtmlEscaped());
}

TEST_F(Teach, QuizHidesTheSignOfTheWeightChangeUntilRevealedAndAsksTheRightSign)
{
    load("encoder-8-3-8");
    window.quizAction()->trigger();
    PredictionQuiz &quiz = *window.predictionQuiz();
    ASSERT_TRUE(quiz.isEnabled());
    for (int round = 0; round < 3; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        ASSERT_TRUE(test::stepInto(window, PhaseKind::Update));
        ASSERT_TRUE(quiz.isPending());
        const QuizQuestion q = quiz.question();
        ASSERT_EQ(q.kind, QuizQuestion::Kind::WeightChangeSign);
        const std::shared_ptr<const Trace> trace = window.trace();
        const Selection &w = q.subject;
        // The truth from core, computed afresh: Δw = −η ∂E/∂w for plain SGD.
        const Trace fresh =
            traceSgdStep(trace->before, trace->input, trace->target, trace->optimizer.learningRate);
        const double step =
            -trace->optimizer.learningRate *
            fresh.backward[static_cast<std::size_t>(w.layer - 1)].gradWeights(w.neuron, w.from);
        ASSERT_NE(step, 0.0);
        EXPECT_EQ(q.answer, step > 0 ? 1 : 2);
        EXPECT_TRUE(quiz.promptText().contains(quizSymbol(w))) << quiz.promptText().toStdString();
        EXPECT_TRUE(quiz.promptText().contains(step > 0 ? "go up or down" : "go up or down"));

        // Hidden: the graph points at the weight and holds its change back; the panel prints "?".
        const double after = trace->after.layer(w.layer).weights(w.neuron, w.from);
        const double change = after - trace->before.layer(w.layer).weights(w.neuron, w.from);
        EXPECT_EQ(window.networkView()->selection(), w);
        const std::vector<Selection> &concealed = window.networkView()->scene().concealed;
        ASSERT_EQ(concealed.size(), 1u);
        EXPECT_EQ(concealed.front(), w);
        EXPECT_TRUE(window.equationPanel()->html().contains(">?<"));
        EXPECT_FALSE(panelShows(window, EquationPanel::formatValue(after)));
        EXPECT_FALSE(panelShows(window, EquationPanel::formatValue(change)));

        // The class says "down" (↓), Space reveals and does not start training.
        QTest::keyClick(&window, Qt::Key_Down);
        EXPECT_EQ(quiz.guess(), 2);
        QTest::keyClick(&window, Qt::Key_Space);
        ASSERT_FALSE(quiz.isPending());
        EXPECT_TRUE(window.networkView()->scene().concealed.empty());
        EXPECT_TRUE(panelShows(window, EquationPanel::formatValue(after)));
        EXPECT_TRUE(panelShows(window, EquationPanel::formatValue(change)));
        EXPECT_TRUE(quiz.promptText().contains(EquationPanel::formatValue(change)));
        QTest::qWait(30);
        EXPECT_FALSE(controller.snapshot()->running);
        EXPECT_EQ(quiz.revealedCount(), 2 * round + 2); // this question and the output error's
        // → goes on to the next step.
        window.nextPhase();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != trace; }, 10000));
    }
    EXPECT_EQ(quiz.guessedCount(), 3);
    EXPECT_LE(quiz.rightCount(), 3);
}

TEST_F(Teach, QuizHidesTheOutputDeltasUntilRevealed)
{
    load("encoder-8-3-8");
    window.quizAction()->trigger();
    PredictionQuiz &quiz = *window.predictionQuiz();
    ASSERT_TRUE(test::stepInto(window, PhaseKind::OutputError));
    ASSERT_TRUE(quiz.isPending());
    const QuizQuestion q = quiz.question();
    ASSERT_EQ(q.kind, QuizQuestion::Kind::LargerOutputDelta);
    const std::shared_ptr<const Trace> trace = window.trace();
    const int L = trace->before.layerCount();
    const double first = trace->backward[static_cast<std::size_t>(L - 1)].delta(q.subject.neuron, 0);
    const double second = trace->backward[static_cast<std::size_t>(L - 1)].delta(q.other.neuron, 0);
    EXPECT_NE(q.subject.neuron, q.other.neuron);
    EXPECT_EQ(q.answer, std::abs(first) > std::abs(second) ? 1 : 2);
    // Let the phase's animation finish: the δ would be on show by now, but while the class predicts,
    // every output neuron shows its a, what the class reasons from (with t beside it), and no δ.
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.networkView()->scene().phaseProgress == 1.0; }, 10000));
    const Matrix &outputs = trace->forward[static_cast<std::size_t>(L - 1)].activation;
    for (int j = 0; j < trace->before.layer(L).weights.rows(); ++j) {
        const QString text = window.networkView()->valueText(L, j);
        EXPECT_EQ(text, formatNeuronValue(outputs(j, 0))) << "output " << j;
        EXPECT_FALSE(text.contains(QChar(u'\u03B4'))) << text.toStdString();
    }
    EXPECT_TRUE(window.equationPanel()->html().contains(">?<"));
    EXPECT_FALSE(panelShows(window, EquationPanel::formatValue(first)));

    QTest::keyClick(&window, Qt::Key_1);
    QTest::keyClick(&window, Qt::Key_Return);
    ASSERT_FALSE(quiz.isPending());
    EXPECT_EQ(quiz.rightCount(), q.answer == 1 ? 1 : 0);
    EXPECT_FALSE(window.networkView()->valueText(q.subject.layer, q.subject.neuron).contains('?'));
    EXPECT_TRUE(panelShows(window, EquationPanel::formatValue(first)));
    EXPECT_TRUE(quiz.promptText().contains(EquationPanel::formatValue(first)));
    EXPECT_TRUE(quiz.promptText().contains(EquationPanel::formatValue(second)));
}

TEST_F(Teach, QuizPausesAnAnimatedStepUntilEachReveal)
{
    load("encoder-8-3-8");
    window.quizAction()->trigger();
    PredictionQuiz &quiz = *window.predictionQuiz();
    window.stepSample();
    // The step plays by itself up to the output error, and waits there for the class.
    ASSERT_TRUE(QTest::qWaitFor([&] { return quiz.isPending(); }, 20000));
    EXPECT_EQ(quiz.question().kind, QuizQuestion::Kind::LargerOutputDelta);
    const int held = window.phaseIndex();
    QTest::qWait(1500);
    EXPECT_EQ(window.phaseIndex(), held);
    EXPECT_TRUE(quiz.isPending());
    quiz.reveal();
    // Then goes on by itself, to the update's question.
    ASSERT_TRUE(QTest::qWaitFor([&] { return quiz.isPending(); }, 20000));
    EXPECT_EQ(quiz.question().kind, QuizQuestion::Kind::WeightChangeSign);
    EXPECT_EQ(window.phaseIndex(), static_cast<int>(window.trace()->phases.size()) - 1);
    quiz.reveal();
    EXPECT_EQ(quiz.revealedCount(), 2);
}

TEST_F(Teach, QuizQuestionIsDroppedWhenTheStepChangesUnderIt)
{
    load("encoder-8-3-8");
    window.quizAction()->trigger();
    PredictionQuiz &quiz = *window.predictionQuiz();
    ASSERT_TRUE(test::stepInto(window, PhaseKind::OutputError));
    ASSERT_TRUE(quiz.isPending());
    window.previousPhase();
    EXPECT_FALSE(quiz.isPending());
    EXPECT_TRUE(window.networkView()->scene().concealed.empty());
    EXPECT_FALSE(quiz.prompt()->isVisible());
    ASSERT_TRUE(test::stepInto(window, PhaseKind::OutputError));
    ASSERT_TRUE(quiz.isPending());
    window.resetNetwork();
    EXPECT_FALSE(quiz.isPending());
    // Space plays again once no question is pending.
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() == nullptr; }, 10000));
    QTest::keyClick(&window, Qt::Key_Space);
    EXPECT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->running; }, 10000));
    window.togglePlay();
}

// The questions on the network worked out by hand (Mazur's 2-2-2 example, η = 0.5): its published
// numbers are the truth, independent of our core.
TEST(QuizQuestion, AsksAboutTheHandWorkedNetworkWithItsPublishedAnswers)
{
    const Trace trace = traceSgdStep(test::handNetwork(), test::handInput(), test::handTarget(), 0.5);
    const int update = static_cast<int>(trace.phases.size()) - 1;
    const int outputError = 2;
    ASSERT_EQ(trace.phases[static_cast<std::size_t>(update)].kind, PhaseKind::Update);
    ASSERT_EQ(trace.phases[static_cast<std::size_t>(outputError)].kind, PhaseKind::OutputError);

    // w5 = w²₁₁: 0.40 → 0.35891648, down.
    QuizQuestion q = quizQuestionFor(trace, update, {Selection::Kind::Edge, 2, 0, 0}, 0);
    ASSERT_EQ(q.kind, QuizQuestion::Kind::WeightChangeSign);
    EXPECT_EQ(q.subject, (Selection{Selection::Kind::Edge, 2, 0, 0}));
    EXPECT_EQ(q.answer, 2);
    EXPECT_NEAR(q.value, 0.35891648 - 0.40, 1e-8);
    EXPECT_EQ(quizSymbol(q.subject), QString::fromUtf8("w²₁₁"));
    // w1 = w¹₁₁: 0.15 → 0.149780716, down.
    q = quizQuestionFor(trace, update, {Selection::Kind::Edge, 1, 0, 0}, 0);
    EXPECT_EQ(q.answer, 2);
    EXPECT_NEAR(q.value, 0.149780716 - 0.15, 1e-8);
    // A selected neuron: its incoming weight with the largest |∂E/∂w| = a¹ₖ |δ²₁|, the one from
    // a¹₂ = 0.596884378 (a¹₁ = 0.593269992).
    q = quizQuestionFor(trace, update, {Selection::Kind::Neuron, 2, 0, 0}, 0);
    EXPECT_EQ(q.subject, (Selection{Selection::Kind::Edge, 2, 0, 1}));
    EXPECT_EQ(q.answer, 2);
    EXPECT_NEAR(q.value, 0.408666186 - 0.45, 1e-8);

    // The output error: δ²₁ = 0.138498562 against δ²₂ = −0.038098236; the first is larger.
    q = quizQuestionFor(trace, outputError, {Selection::Kind::Neuron, 2, 0, 0}, 0);
    ASSERT_EQ(q.kind, QuizQuestion::Kind::LargerOutputDelta);
    EXPECT_EQ(q.other, (Selection{Selection::Kind::Neuron, 2, 1, 0}));
    EXPECT_EQ(q.answer, 1);
    EXPECT_NEAR(q.value, 0.138498562, 1e-8);
    EXPECT_NEAR(q.otherValue, -0.038098236, 1e-8);
    q = quizQuestionFor(trace, outputError, {Selection::Kind::Neuron, 2, 1, 0}, 0);
    EXPECT_EQ(q.answer, 2);

    // The other phases reveal nothing to predict; nor do phases that do not exist.
    for (int index : {0, 1, 3, 4, 5, -1, update + 1})
        EXPECT_FALSE(quizQuestionFor(trace, index, {}, 0).isValid()) << index;
}

TEST(QuizQuestion, NeverAsksAboutAWeightThatDoesNotChange)
{
    // One-hot inputs: every weight from an input of 0 has ∂E/∂w = 0 and stays as it is.
    Network network({4, 2, 4}, {Activation::Logistic, Activation::Logistic});
    network.layer(1).weights << 0.1, -0.2, 0.3, -0.4, 0.5, 0.6, -0.7, 0.8;
    network.layer(1).biases << 0.1, -0.1;
    network.layer(2).weights << 0.2, -0.3, 0.4, 0.1, -0.5, 0.6, 0.7, -0.8;
    network.layer(2).biases << 0.0, 0.1, -0.1, 0.2;
    const Matrix x = test::column({0, 0, 1, 0});
    const Trace trace = traceSgdStep(network, x, x, 0.5);
    const int update = static_cast<int>(trace.phases.size()) - 1;
    for (std::uint64_t random = 0; random < 40; ++random) {
        const QuizQuestion q = quizQuestionFor(trace, update, {}, random);
        ASSERT_TRUE(q.isValid()) << random;
        if (q.subject.layer == 1) {
            EXPECT_EQ(q.subject.from, 2) << random;
        }
        EXPECT_NE(q.value, 0.0) << random;
    }
    // A selected weight that does not change is replaced by one that does.
    const QuizQuestion q = quizQuestionFor(trace, update, {Selection::Kind::Edge, 1, 0, 0}, 3);
    ASSERT_TRUE(q.isValid());
    EXPECT_NE(q.value, 0.0);
}

TEST_F(Teach, WithoutQuizModeNothingIsHidden)
{
    load("encoder-8-3-8");
    ASSERT_TRUE(test::stepInto(window, PhaseKind::Update));
    EXPECT_FALSE(window.predictionQuiz()->isPending());
    EXPECT_TRUE(window.networkView()->scene().concealed.empty());
    EXPECT_FALSE(window.equationPanel()->html().contains(">?<"));
}

} // namespace
} // namespace bp::ui
