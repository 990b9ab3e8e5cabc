// The timeline, the rewind after a divergence and the crash-recovery files, driven through the
// controller and its worker thread as the window drives them.
#include "app/recovery/autosaver.h"
#include "app/recovery/recovery_store.h"
#include "app/training/training_controller.h"
#include "core/formats/experiment.h"
#include "core/data/preset.h"

#include "tests/support/network_match.h"
#include "tests/support/snapshot_receiver.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

namespace bp {
namespace {

using test::networksIdentical;

using Receiver = test::SnapshotReceiver;

// An independent run of the lesson, as the worker starts it, trained for whole epochs.
Trainer referenceRun(const std::string &lesson, std::uint64_t seed, std::int64_t epochs)
{
    const Preset preset = makePreset(lesson, seed);
    Trainer trainer(preset.makeNetwork(seed), preset.dataset, preset.training);
    while (trainer.epoch() < epochs)
        trainer.runEpoch();
    return trainer;
}

TEST(Timeline, ScrubbingBackRestoresThatEpochAndTrainingContinuesAsFromThere)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("encoder-8-3-8", 1);
    for (int e = 0; e < 40; ++e)
        controller.stepEpoch();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 40 && s.timeline; }));
    const auto marks = receiver.last()->timeline;
    ASSERT_GE(marks->size(), 10u);
    EXPECT_EQ(marks->front().epoch, 0);
    EXPECT_EQ(marks->back().epoch, 40);
    const TimelineMark target = (*marks)[marks->size() / 2];
    ASSERT_GT(target.epoch, 0);
    ASSERT_LT(target.epoch, 40);

    controller.restoreState(target.id);
    ASSERT_TRUE(receiver.waitFor([&](const TrainingSnapshot &s) { return s.timelinePosition == target.id; }));
    const Trainer atTarget = referenceRun("encoder-8-3-8", 1, target.epoch);
    EXPECT_EQ(receiver.last()->epoch, target.epoch);
    EXPECT_EQ(receiver.last()->stepCount, atTarget.stepCount());
    EXPECT_TRUE(networksIdentical(*receiver.last()->network, atTarget.network()));
    // The later states stay until training resumes, so the teacher can go forward again.
    EXPECT_EQ(receiver.last()->timeline->back().epoch, 40);

    for (int e = 0; e < 5; ++e)
        controller.stepEpoch();
    ASSERT_TRUE(receiver.waitFor([&](const TrainingSnapshot &s) { return s.epoch == target.epoch + 5; }));
    const TrainingSnapshot &after = *receiver.last();
    EXPECT_TRUE(
        networksIdentical(*after.network, referenceRun("encoder-8-3-8", 1, target.epoch + 5).network()));
    EXPECT_EQ(after.timelinePosition, 0u);
    // Resuming dropped the old future: no state and no epoch beyond where training now is.
    EXPECT_EQ(after.timeline->back().epoch, target.epoch + 5);
    bool restarted = false;
    std::int64_t lastEpoch = 0;
    for (const SnapshotPointer &s : receiver.snapshots) {
        if (s->historyRestarted) {
            restarted = true;
            // The whole history up to the state again, with the epoch trained from it.
            ASSERT_FALSE(s->newEpochs.empty());
            EXPECT_EQ(s->newEpochs.front().epoch, 1);
            EXPECT_EQ(s->newEpochs.back().epoch, target.epoch + 1);
        }
        if (!s->newEpochs.empty())
            lastEpoch = s->newEpochs.back().epoch;
    }
    EXPECT_TRUE(restarted);
    EXPECT_EQ(lastEpoch, target.epoch + 5);
}

TEST(Timeline, RewindAfterADivergenceRestoresFiniteWeights)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("xor", 1);
    for (int e = 0; e < 20; ++e)
        controller.stepEpoch();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 20; }));
    const Network good = *receiver.last()->network;
    controller.setActivation(1, Activation::Identity);
    controller.setActivation(2, Activation::Identity);
    controller.setLearningRate(1e5);
    controller.play();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.diverged; }));
    const std::int64_t divergedAt = receiver.last()->stepCount;
    controller.rewindToLastGood();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return !s.diverged; }));
    const TrainingSnapshot &s = *receiver.last();
    EXPECT_TRUE(s.network->isFinite());
    EXPECT_TRUE(std::isfinite(s.loss));
    EXPECT_LE(s.stepCount, divergedAt);
    // The huge rate diverged within the first epoch after 20: the last good state is epoch 20's.
    EXPECT_EQ(s.epoch, 20);
    EXPECT_TRUE(networksIdentical(*s.network, good));
}

void writeExperimentFile(const QString &path, const std::string &lesson, std::int64_t epochs)
{
    Trainer trainer = referenceRun(lesson, 1, epochs);
    saveExperiment(path.toStdString(), captureExperiment(trainer, lesson, 1));
}

TEST(Recovery, TwoRunningInstancesDoNotTakeEachOthersFile)
{
    QTemporaryDir folder;
    auto first = std::make_unique<RecoveryStore>(folder.path());
    ASSERT_TRUE(first->isUsable());
    writeExperimentFile(first->ownPath(), "xor", 2);
    RecoveryStore second(folder.path());
    ASSERT_TRUE(second.isUsable());
    EXPECT_NE(second.ownPath(), first->ownPath());
    // The first is still running: its file is not an orphan for the second.
    EXPECT_TRUE(second.claimOrphans().isEmpty());
    // The first ends without cleaning up (its lock goes with it, as when a process dies).
    const QString leftBehind = first->ownPath();
    first.reset();
    const auto orphans = second.claimOrphans();
    ASSERT_EQ(orphans.size(), 1);
    EXPECT_EQ(orphans.front().path, QFileInfo(leftBehind).absoluteFilePath());
    // A third session starting meanwhile does not get the orphan the second is offering.
    RecoveryStore third(folder.path());
    EXPECT_TRUE(third.claimOrphans().isEmpty());
    // Adopted, it becomes the second's own file, protected again.
    ASSERT_TRUE(second.adopt(orphans.front().path));
    EXPECT_TRUE(QFile::exists(second.ownPath()));
    EXPECT_FALSE(QFile::exists(leftBehind));
    EXPECT_TRUE(third.claimOrphans().isEmpty());
}

TEST(Recovery, AFileLeftWithTheLockOfADeadProcessIsAnOrphan)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("session-4194000-1.bpx.json");
    writeExperimentFile(path, "xor", 1);
    // What QLockFile leaves when its process is killed: a pid that no longer runs.
    QFile lock(folder.filePath("session-4194000-1.lock"));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write("4194000\nbackprop-studio\n\n");
    lock.close();
    RecoveryStore store(folder.path());
    const auto orphans = store.claimOrphans();
    ASSERT_EQ(orphans.size(), 1);
    store.discard(orphans.front().path);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(store.claimOrphans().isEmpty());
    // A lock left alone (killed before its first autosave) is tidied away; a live one is not.
    QFile lonely(folder.filePath("session-4194004-1.lock"));
    ASSERT_TRUE(lonely.open(QIODevice::WriteOnly));
    lonely.write("4194004\nbackprop-studio\n\n");
    lonely.close();
    RecoveryStore running(folder.path());
    EXPECT_TRUE(store.claimOrphans().isEmpty());
    EXPECT_FALSE(QFile::exists(folder.filePath("session-4194004-1.lock")));
    EXPECT_EQ(QDir(folder.path()).entryList({"session-*.lock"}).size(), 2); // store's and running's
}

TEST(Recovery, AutosaveWritesTheSessionAndItContinuesBitForBit)
{
    QTemporaryDir folder;
    RecoveryStore store(folder.path());
    TrainingController controller;
    Receiver receiver(controller);
    Autosaver autosaver(controller, store, [] { return true; });
    QSignalSpy autosaved(&autosaver, &Autosaver::autosaved);
    controller.loadPreset("encoder-8-3-8", 5);
    for (int e = 0; e < 7; ++e)
        controller.stepEpoch();
    controller.stepSample(3);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 7 && s.trace; }));
    autosaver.saveIfNeeded();
    ASSERT_TRUE(autosaved.wait(5000));
    ASSERT_TRUE(QFile::exists(store.ownPath()));
    const Network saved = *receiver.last()->network;

    // The session "crashes": a new one opens the file left behind and trains on.
    TrainingController restored;
    Receiver afterCrash(restored);
    restored.openExperiment(store.ownPath());
    ASSERT_TRUE(afterCrash.waitFor([](const TrainingSnapshot &s) { return s.epoch == 7; }));
    EXPECT_TRUE(networksIdentical(*afterCrash.last()->network, saved));
    EXPECT_EQ(afterCrash.last()->shownSample, 3);
    for (int e = 0; e < 5; ++e) {
        restored.stepEpoch();
        controller.stepEpoch();
    }
    ASSERT_TRUE(afterCrash.waitFor([](const TrainingSnapshot &s) { return s.epoch == 12; }));
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 12; }));
    EXPECT_TRUE(networksIdentical(*afterCrash.last()->network, *receiver.last()->network));

    // Nothing new since the last write: no second write.
    autosaver.saveIfNeeded();
    ASSERT_TRUE(autosaved.wait(5000)); // epochs 8..12 were new
    const int writes = static_cast<int>(autosaved.count());
    autosaver.saveIfNeeded();
    QTest::qWait(200);
    EXPECT_EQ(autosaved.count(), writes);
    // An explicit save removes the recovery file: the work is safe in the experiment.
    QSignalSpy saved2(&controller, &TrainingController::experimentSaved);
    controller.saveExperiment(folder.filePath("kept.bpx.json"));
    ASSERT_TRUE(saved2.wait(5000));
    EXPECT_FALSE(QFile::exists(store.ownPath()));
}

TEST(Recovery, PausingAutosavesAtOnce)
{
    QTemporaryDir folder;
    RecoveryStore store(folder.path());
    TrainingController controller;
    Receiver receiver(controller);
    Autosaver autosaver(controller, store, [] { return true; });
    autosaver.setInterval(3'600'000);
    QSignalSpy autosaved(&autosaver, &Autosaver::autosaved);
    controller.loadPreset("xor", 1);
    controller.play();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.running && s.epoch > 5; }));
    EXPECT_EQ(autosaved.count(), 0);
    controller.pause();
    ASSERT_TRUE(autosaved.wait(5000));
    const Experiment onDisk = loadExperiment(store.ownPath().toStdString());
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return !s.running; }));
    EXPECT_EQ(onDisk.progress.stepCount, receiver.last()->stepCount);
}

} // namespace
} // namespace bp
