// The guided lesson against a fake LessonHost: no studio, no training thread, no dock names. The fake
// records what the lesson asks of it and answers as the window would, one snapshot at a time.
#include "core/data/preset.h"
#include "core/maths/trace.h"
#include "ui/teach/guided_lesson.h"
#include "ui/teach/lesson_host.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

#include <gtest/gtest.h>

#include <map>

namespace bp::ui {
namespace {

class FakeHost : public LessonHost {
public:
    FakeHost()
    {
        // Widgets without object names: the lesson must find them through the host alone.
        auto *layout = new QVBoxLayout(&window);
        for (LessonTarget target : {LessonTarget::ToolBar, LessonTarget::Graph, LessonTarget::Samples,
                                    LessonTarget::Equation, LessonTarget::Charts}) {
            auto *part = new QLabel(&window);
            part->setMinimumSize(200, 80);
            layout->addWidget(part, target == LessonTarget::Graph ? 4 : 1);
            parts[target] = part;
        }
        window.resize(1280, 900);
        // The step of the lesson's net the lesson talks about, recorded once as training would.
        const Preset preset = makePreset(GuidedLesson::kLessonName);
        Network network = preset.makeNetwork(1);
        OptimizerState state;
        Workspace workspace(network, 1);
        recorded = traceStep(network, preset.dataset.inputs.col(0), preset.dataset.targets.col(0),
                             preset.training.optimizer, state, workspace);
    }

    QWidget *lessonWindow() const override { return const_cast<QWidget *>(&window); }
    QString lessonName() const override { return lesson; }
    void openLesson(const QString &name) override { opened.append(name); }
    const Trace *shownTrace() const override { return traceOnShow ? &recorded : nullptr; }
    int phaseIndex() const override { return traceOnShow ? phase : -1; }
    void showPhase(int index) override
    {
        phasesAsked.push_back(index);
        // Without a step on show the window asks training for one: the phase follows with it.
        if (traceOnShow)
            phase = index;
        else
            pendingPhase = index;
    }
    Selection selection() const override { return selected; }
    void select(const Selection &selection) override { selected = selection; }
    QWidget *lessonTarget(LessonTarget target) const override { return parts.at(target); }
    QRectF neuronRect(int layer, int neuron) const override
    {
        if (layer > 2 || neuron >= (layer == 1 ? 3 : 8))
            return {};
        return QRectF(40 + 120 * layer, 20 + 20 * neuron, 16, 16);
    }
    int layerCount() const override { return lesson.isEmpty() ? 0 : 2; }

    // What training would deliver next: the lesson opened, or the step asked for.
    void deliver(GuidedLesson &guide)
    {
        if (!opened.isEmpty())
            lesson = opened.back();
        if (pendingPhase >= 0) {
            traceOnShow = true;
            phase = pendingPhase;
            pendingPhase = -1;
        }
        guide.followHost();
    }

    QWidget window;
    std::map<LessonTarget, QWidget *> parts;
    Trace recorded;
    QString lesson = "xor";
    QStringList opened;
    std::vector<int> phasesAsked;
    bool traceOnShow = false;
    int phase = -1;
    int pendingPhase = -1;
    Selection selected;
};

int phaseIndexOf(const GuideStep &step)
{
    const std::vector<Phase> phases = phasesOf(2);
    for (std::size_t i = 0; i < phases.size(); ++i)
        if (phases[i].kind == step.phase.kind &&
            (step.phase.kind == PhaseKind::Update || phases[i].layer == step.phase.layer))
            return static_cast<int>(i);
    return -1;
}

LessonTarget hostTargetOf(GuideTarget target)
{
    switch (target) {
    case GuideTarget::Graph:
    case GuideTarget::GraphLayers: return LessonTarget::Graph;
    case GuideTarget::Samples: return LessonTarget::Samples;
    case GuideTarget::Equation: return LessonTarget::Equation;
    case GuideTarget::Charts: return LessonTarget::Charts;
    case GuideTarget::ToolBar: return LessonTarget::ToolBar;
    }
    return LessonTarget::Graph;
}

TEST(GuidedLessonHost, OpensItsLessonOncePerStepWhileAnotherIsOnShow)
{
    FakeHost host;
    GuidedLesson guide(&host);
    guide.start();
    ASSERT_TRUE(guide.isActive());
    EXPECT_EQ(host.opened, QStringList{GuidedLesson::kLessonName});
    EXPECT_FALSE(guide.isStepReady());
    EXPECT_TRUE(guide.cardText().contains("8-3-8")) << guide.cardText().toStdString();
    // Snapshots of the other lesson keep arriving: the lesson does not ask again.
    host.lesson = "xor";
    guide.followHost();
    guide.followHost();
    EXPECT_EQ(host.opened.size(), 1);
    host.deliver(guide);
    EXPECT_TRUE(guide.isStepReady());
}

TEST(GuidedLessonHost, EveryStepShowsItsPhaseSelectsItsSubjectAndPointsAtItsPart)
{
    FakeHost host;
    host.lesson = GuidedLesson::kLessonName;
    GuidedLesson guide(&host);
    host.window.show();
    guide.start();
    int phaseSteps = 0;
    for (int i = 0; i < guide.stepCount(); ++i) {
        if (i > 0)
            guide.next();
        const GuideStep &step = guide.step(i);
        SCOPED_TRACE("step " + std::to_string(i + 1) + ": " + step.title.toStdString());
        if (step.showsPhase && !host.traceOnShow) {
            // The first phase step waits for the step it asked training for.
            EXPECT_FALSE(guide.isStepReady());
            host.deliver(guide);
        }
        ASSERT_TRUE(guide.isStepReady());
        EXPECT_EQ(guide.targetWidget(), host.parts.at(hostTargetOf(step.target)));
        if (step.showsPhase) {
            ++phaseSteps;
            ASSERT_GE(phaseIndexOf(step), 0);
            EXPECT_EQ(host.phase, phaseIndexOf(step));
            EXPECT_EQ(host.phasesAsked.back(), phaseIndexOf(step));
            if (step.select) {
                EXPECT_EQ(host.selected, step.select(host.recorded));
            }
        }
        // The outlined part lies inside the window.
        EXPECT_FALSE(guide.targetRect().isEmpty());
        EXPECT_TRUE(host.window.rect().contains(guide.targetRect()));
    }
    EXPECT_GE(phaseSteps, 5);
    // The lesson's own net was on show throughout: it never asked to open another.
    EXPECT_TRUE(host.opened.isEmpty());
    guide.next();
    EXPECT_FALSE(guide.isActive());
}

TEST(GuidedLessonHost, ALessonTheUserOpensAfterwardsIsLeftAlone)
{
    FakeHost host;
    host.lesson = GuidedLesson::kLessonName;
    GuidedLesson guide(&host);
    guide.start();
    ASSERT_TRUE(guide.isStepReady());
    // The user opens another lesson while the card is up: the step already drove the window.
    host.lesson = "iris";
    guide.followHost();
    EXPECT_TRUE(host.opened.isEmpty());
}

} // namespace
} // namespace bp::ui
