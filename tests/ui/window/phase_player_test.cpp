// The phase player on its own: no window, no training thread. The test plays training's part: it
// hands the player snapshots (with a step recorded by core/trace, as training records it) and
// answers the steps the player asks for.
#include "core/data/preset.h"
#include "core/maths/trace.h"
#include "ui/teach/prediction_quiz.h"
#include "ui/window/phase_player.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

namespace bp::ui {
namespace {

class PhasePlayerTest : public ::testing::Test {
protected:
    PhasePlayerTest() : preset(makePreset("encoder-8-3-8")), quiz(&window), player(&quiz)
    {
        live = std::make_shared<const Network>(preset.makeNetwork(1));
        dataset = std::make_shared<const Dataset>(preset.dataset);
    }

    /// A snapshot of the live network, showing `sample`, without a step.
    SnapshotPointer snapshot(int sample = 0, bool running = false, std::uint64_t runId = 1) const
    {
        auto s = std::make_shared<TrainingSnapshot>();
        s->runId = runId;
        s->running = running;
        s->presetName = preset.name;
        s->dataset = dataset;
        s->network = live;
        s->shownSample = sample;
        return s;
    }

    /// What training sends after a step of `sample`: its trace, and the network after it.
    SnapshotPointer stepOf(int sample)
    {
        Network network = *live;
        OptimizerState state;
        Workspace workspace(network, 1);
        auto trace = std::make_shared<Trace>(traceStep(network, dataset->inputs.col(sample),
                                                       dataset->targets.col(sample),
                                                       preset.training.optimizer, state, workspace));
        live = std::make_shared<const Network>(network);
        auto s = std::make_shared<TrainingSnapshot>(*snapshot(sample));
        s->trace = trace;
        return s;
    }

    int phaseCount(const SnapshotPointer &s) const { return static_cast<int>(s->trace->phases.size()); }

    Preset preset;
    std::shared_ptr<const Network> live;
    std::shared_ptr<const Dataset> dataset;
    QWidget window;
    PredictionQuiz quiz;
    PhasePlayer player;
};

TEST_F(PhasePlayerTest, WithoutASnapshotItDoesNothing)
{
    QSignalSpy asked(&player, &PhasePlayer::stepSampleRequested);
    player.nextPhase();
    player.stepSample();
    player.showPhase(2);
    EXPECT_EQ(asked.count(), 0);
    EXPECT_EQ(player.phaseIndex(), -1);
    EXPECT_EQ(player.trace(), nullptr);
    EXPECT_EQ(player.shownNetwork(), nullptr);
}

TEST_F(PhasePlayerTest, TheFirstPressAsksForAStepOfTheShownSampleOnce)
{
    player.receive(snapshot(3), true);
    QSignalSpy asked(&player, &PhasePlayer::stepSampleRequested);
    player.nextPhase();
    player.nextPhase(); // the step is on its way: not asked for twice
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.front().front().toInt(), 3);
    EXPECT_EQ(player.phaseIndex(), -1);
    // Until it arrives the panels show the live network.
    EXPECT_EQ(player.shownNetwork(), live.get());
}

TEST_F(PhasePlayerTest, StepsForwardAndBackThroughEveryPhaseOfTheRecordedStep)
{
    player.receive(snapshot(0), true);
    player.nextPhase();
    const SnapshotPointer step = stepOf(0);
    player.receive(step, false);
    const int phases = phaseCount(step);
    ASSERT_EQ(phases, 7); // 8-3-8: forward 1, 2; output error 2; backward 1; gradients 2, 1; update

    // The replayed step's numbers belong to the network before it, not to the live one after it.
    EXPECT_EQ(player.trace(), step->trace);
    EXPECT_EQ(player.phaseIndex(), 0);
    EXPECT_EQ(player.shownNetwork(), &step->trace->before);
    EXPECT_NE(player.shownNetwork(), step->network.get());
    EXPECT_NE(player.shownNetwork()->layer(1).weights, step->network->layer(1).weights); // the update moved them

    QSignalSpy entered(&player, &PhasePlayer::phaseEntered);
    QSignalSpy asked(&player, &PhasePlayer::stepSampleRequested);
    for (int phase = 1; phase < phases; ++phase) {
        player.nextPhase();
        EXPECT_EQ(player.phaseIndex(), phase);
        EXPECT_EQ(player.shownNetwork(), &step->trace->before) << "phase " << phase;
    }
    EXPECT_EQ(entered.count(), phases - 1);
    EXPECT_EQ(asked.count(), 0);

    for (int phase = phases - 2; phase >= 0; --phase) {
        player.previousPhase();
        EXPECT_EQ(player.phaseIndex(), phase);
        EXPECT_EQ(player.phaseProgress(), 1.0); // back shows the phase whole, without animating
    }
    player.previousPhase(); // nothing before the first phase
    EXPECT_EQ(player.phaseIndex(), 0);
    EXPECT_EQ(entered.count(), phases - 1); // going back enters no phase for the quiz
}

TEST_F(PhasePlayerTest, AfterTheLastPhaseTheNextSampleIsAskedFor)
{
    player.receive(snapshot(7), true);
    player.nextPhase();
    const SnapshotPointer step = stepOf(7);
    player.receive(step, false);
    player.showPhase(phaseCount(step) - 1);
    QSignalSpy asked(&player, &PhasePlayer::stepSampleRequested);
    player.nextPhase();
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.front().front().toInt(), 0); // 8 samples: after the last comes the first
    EXPECT_EQ(player.phaseIndex(), phaseCount(step) - 1); // the finished step stays until the next
}

TEST_F(PhasePlayerTest, APressWhileTrainingRunsPausesIt)
{
    player.receive(snapshot(0, true), true);
    QSignalSpy paused(&player, &PhasePlayer::pauseRequested);
    player.nextPhase();
    EXPECT_EQ(paused.count(), 1);
}

TEST_F(PhasePlayerTest, ShowPhaseWithoutAStepShowsThatPhaseWhenTheStepArrives)
{
    player.receive(snapshot(2), true);
    QSignalSpy asked(&player, &PhasePlayer::stepSampleRequested);
    player.showPhase(4);
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.front().front().toInt(), 2);
    EXPECT_EQ(player.phaseIndex(), -1);
    player.receive(stepOf(2), false);
    EXPECT_EQ(player.phaseIndex(), 4);
    // With a step on show, a phase past the last is the last.
    player.showPhase(99);
    EXPECT_EQ(player.phaseIndex(), 6);
    player.showPhase(-3);
    EXPECT_EQ(player.phaseIndex(), 0);
}

TEST_F(PhasePlayerTest, StepSampleAdvancesThroughEveryPhaseByItself)
{
    player.setSpeed(10);
    player.receive(snapshot(0), true);
    QSignalSpy asked(&player, &PhasePlayer::stepSampleRequested);
    player.stepSample();
    ASSERT_EQ(asked.count(), 1);
    EXPECT_TRUE(player.isAutoAdvancing());
    QSignalSpy entered(&player, &PhasePlayer::phaseEntered);
    const SnapshotPointer step = stepOf(0);
    player.receive(step, false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !player.isAutoAdvancing(); }, 60000));
    EXPECT_EQ(player.phaseIndex(), phaseCount(step) - 1);
    EXPECT_EQ(entered.count(), phaseCount(step) - 1);
    EXPECT_EQ(player.phaseProgress(), 1.0);
    EXPECT_EQ(asked.count(), 1); // it stops at the end of the step: no next step by itself
}

TEST_F(PhasePlayerTest, HaltStopsTheAutoAdvanceWhereItIs)
{
    player.setSpeed(10);
    player.receive(snapshot(0), true);
    player.stepSample();
    player.receive(stepOf(0), false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.phaseIndex() >= 1; }, 60000));
    player.halt();
    const int haltedAt = player.phaseIndex();
    EXPECT_FALSE(player.isAutoAdvancing());
    // However long one waits, it stays on that phase.
    QTest::qWait(3 * player.phaseDurationMs());
    EXPECT_EQ(player.phaseIndex(), haltedAt);
    EXPECT_LT(haltedAt, 6);
}

TEST_F(PhasePlayerTest, EndingTheReplayShowsTheLiveNetworkAgain)
{
    player.receive(snapshot(0), true);
    player.nextPhase();
    const SnapshotPointer step = stepOf(0);
    player.receive(step, false);
    QSignalSpy changed(&player, &PhasePlayer::changed);
    player.endReplay(); // an edit is on its way to training
    EXPECT_EQ(player.trace(), nullptr);
    EXPECT_EQ(player.phaseIndex(), -1);
    EXPECT_GE(changed.count(), 1);
    player.receive(snapshot(0), false);
    EXPECT_EQ(player.shownNetwork(), live.get());
}

TEST_F(PhasePlayerTest, ANewRunOrRunningTrainingEndsTheReplay)
{
    player.receive(snapshot(0), true);
    player.nextPhase();
    player.receive(stepOf(0), false);
    ASSERT_NE(player.trace(), nullptr);
    player.receive(snapshot(0, false, 2), true);
    EXPECT_EQ(player.trace(), nullptr);
    EXPECT_EQ(player.phaseIndex(), -1);

    player.nextPhase();
    player.receive(stepOf(0), false);
    ASSERT_NE(player.trace(), nullptr);
    player.receive(snapshot(0, true, 2), false); // training goes on: the step is history
    EXPECT_EQ(player.trace(), nullptr);
    EXPECT_EQ(player.shownNetwork(), live.get());
}

TEST_F(PhasePlayerTest, AnotherSampleEndsTheReplay)
{
    player.receive(snapshot(0), true);
    player.nextPhase();
    player.receive(stepOf(0), false);
    player.sampleChanged();
    EXPECT_EQ(player.trace(), nullptr);
    EXPECT_EQ(player.phaseIndex(), -1);
}

} // namespace
} // namespace bp::ui
