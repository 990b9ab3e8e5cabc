// The whole window, wired to a real controller and worker thread as main.cpp wires it, offscreen.
#include "app/recovery/recovery_store.h"
#include "app/training/training_controller.h"
#include "core/formats/experiment.h"
#include "core/data/preset.h"
#include "tests/support/matrix_near.h"
#include "tests/support/studio_window.h"
#include "ui/charts/loss_chart.h"
#include "ui/graph/network_view.h"
#include "ui/panels/equation_panel.h"
#include "ui/panels/timeline_strip.h"
#include "ui/window/main_window.h"
#include "ui/window/message_bar.h"
#include "ui/window/rate_spin_box.h"
#include "ui/window/screen_fit.h"

#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

class Studio : public test::StudioWindowTest {};

// The number the equation panel prints for a value; the panel's text must contain it.
bool panelShows(const MainWindow &window, double value)
{
    return window.equationPanel()->html().contains(EquationPanel::formatValue(value).toHtmlEscaped());
}

TEST_F(Studio, EveryPhaseShowsTheTracesNumbersInTheGraphAndTheEquations)
{
    load("encoder-8-3-8");
    window.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr; }, 10000));
    const std::shared_ptr<const Trace> trace = window.trace();
    ASSERT_EQ(window.phaseIndex(), 0);
    const int phases = static_cast<int>(trace->phases.size());
    ASSERT_EQ(phases, 7); // forward 1, 2; output error (BP1); backward at 1 (BP2); gradients 2, 1; update
    for (int index = 0; index < phases; ++index) {
        if (index > 0)
            window.nextPhase();
        ASSERT_EQ(window.phaseIndex(), index);
        // Let the phase's animation finish, as a class would.
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return window.networkView()->scene().phaseProgress == 1.0; }, 10000));
        const NetworkScene &scene = window.networkView()->scene();
        EXPECT_EQ(scene.phaseIndex, index);
        EXPECT_EQ(scene.trace, trace);
        const Phase phase = trace->phases[static_cast<std::size_t>(index)];
        const std::size_t l = static_cast<std::size_t>(std::max(phase.layer, 1) - 1);
        switch (phase.kind) {
        case PhaseKind::Forward:
            // The layer being computed shows its values; the layers after it are still blank.
            EXPECT_FALSE(window.networkView()->valueText(phase.layer, 0).isEmpty()) << "phase " << index;
            if (phase.layer < trace->before.layerCount()) {
                EXPECT_TRUE(window.networkView()->valueText(phase.layer + 1, 0).isEmpty())
                    << "phase " << index;
            }
            EXPECT_TRUE(panelShows(window, trace->forward[l].activation(0, 0))) << "phase " << index;
            EXPECT_TRUE(panelShows(window, trace->forward[l].weightedInput(0, 0))) << "phase " << index;
            break;
        case PhaseKind::OutputError:
        case PhaseKind::Backward:
            EXPECT_TRUE(panelShows(window, trace->backward[l].delta(0, 0))) << "phase " << index;
            break;
        case PhaseKind::Gradients:
            EXPECT_TRUE(panelShows(window, trace->backward[l].gradWeights(0, 0))) << "phase " << index;
            break;
        case PhaseKind::Update: {
            const int last = trace->before.layerCount();
            EXPECT_TRUE(panelShows(window, trace->after.layer(last).weights(0, 0))) << "phase " << index;
            break;
        }
        }
    }
    // Past the last phase, the next step starts on the next sample.
    window.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != trace; }, 10000));
    EXPECT_EQ(window.trace()->input(1, 0), 1.0);
    EXPECT_EQ(window.phaseIndex(), 0);
    // And back: the previous phase of the new step is refused at its first phase.
    window.previousPhase();
    EXPECT_EQ(window.phaseIndex(), 0);
}

TEST_F(Studio, SelectingANeuronFillsTheEquationWithItsNumbers)
{
    load("encoder-8-3-8");
    window.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr; }, 10000));
    const std::shared_ptr<const Trace> trace = window.trace();
    // Forward, layer 1: select hidden neuron 3 and read its z and a in the panel.
    Selection selection;
    selection.kind = Selection::Kind::Neuron;
    selection.layer = 1;
    selection.neuron = 2;
    emit window.networkView()->selectionChanged(selection);
    EXPECT_TRUE(panelShows(window, trace->forward[0].weightedInput(2, 0)));
    EXPECT_TRUE(panelShows(window, trace->forward[0].activation(2, 0)));
    EXPECT_TRUE(window.equationPanel()->html().contains("Forward pass"));
}

TEST_F(Studio, PlayTrainsAndTheStatusLineFollows)
{
    load("encoder-8-3-8");
    window.togglePlay();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return controller.snapshot()->running && controller.snapshot()->epoch > 5; }, 10000));
    window.togglePlay();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !controller.snapshot()->running; }, 10000));
    QTest::qWait(50);
    EXPECT_TRUE(window.statusText().startsWith(QString("epoch %1 ·").arg(controller.snapshot()->epoch)))
        << window.statusText().toStdString();
}

TEST_F(Studio, DivergencePausesShowsTheExplanationAndResetRecovers)
{
    load("xor");
    controller.setActivation(1, Activation::Identity);
    controller.setActivation(2, Activation::Identity);
    controller.setLearningRate(1e5);
    window.togglePlay();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->diverged; }, 10000));
    QTest::qWait(50);
    EXPECT_FALSE(controller.snapshot()->running);
    EXPECT_TRUE(window.divergenceBanner()->isVisible());
    EXPECT_TRUE(window.networkView()->scene().diverged);
    controller.setLearningRate(0.5);
    window.resetNetwork();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !controller.snapshot()->diverged; }, 10000));
    QTest::qWait(50);
    EXPECT_FALSE(window.divergenceBanner()->isVisible());
}

TEST_F(Studio, TheWindowRendersSomethingThatIsNotBlank)
{
    load("encoder-8-3-8");
    const QImage image = window.grab().toImage();
    ASSERT_FALSE(image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    EXPECT_GT(colours.size(), 200);
}

TEST_F(Studio, TrainingMakesUnsavedWorkAndSavingClearsIt)
{
    load("encoder-8-3-8");
    EXPECT_FALSE(window.hasUnsavedWork());
    window.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 1; }, 10000));
    QTest::qWait(20);
    EXPECT_TRUE(window.hasUnsavedWork());
    QTemporaryDir folder;
    const QString path = folder.filePath("lesson.bpx.json");
    emit window.saveExperimentRequested(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.hasUnsavedWork(); }, 10000));
    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_TRUE(window.windowTitle().startsWith("lesson.bpx.json"));
}

// File > Export worked example: the step being replayed, for the neuron on show, in both formats.
TEST_F(Studio, TheWorkedExampleOfTheStepOnShowIsExported)
{
    load("encoder-8-3-8");
    QTemporaryDir folder;
    // Before any step is replayed: the step the shown sample would take, training untouched.
    const std::int64_t steps = controller.snapshot()->stepCount;
    ASSERT_TRUE(window.exportWorkedExample(folder.filePath("before.md")));
    EXPECT_EQ(controller.snapshot()->stepCount, steps);

    window.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr; }, 10000));
    const std::shared_ptr<const Trace> trace = window.trace();
    const auto read = [](const QString &path) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return QString::fromUtf8(file.readAll());
    };
    ASSERT_TRUE(window.exportWorkedExample(folder.filePath("step.tex")));
    const QString latex = read(folder.filePath("step.tex"));
    EXPECT_TRUE(latex.startsWith("\\documentclass"));
    EXPECT_TRUE(latex.contains("sample 1 of 8"));
    // z¹₁ of the replayed trace, as the handout rounds it (6 significant digits).
    const QString z = QString::number(trace->forward[0].weightedInput(0, 0), 'g', 6);
    // Its sum of 8 products is broken into two rows; the result ends the row before a¹₁'s.
    EXPECT_TRUE(latex.contains("z^{1}_{1} &= ") && latex.contains("= " + z + " \\\\\na^{1}_{1} &= "))
        << z.toStdString();

    ASSERT_TRUE(window.exportWorkedExample(folder.filePath("step.md")));
    const QString markdown = read(folder.filePath("step.md"));
    EXPECT_TRUE(markdown.startsWith("# Worked example: "));
    EXPECT_TRUE(markdown.contains("(BP1)"));
    EXPECT_FALSE(markdown.contains("\\begin{align*}"));

    // A folder that does not exist: a message, no crash, no file.
    EXPECT_FALSE(window.exportWorkedExample(folder.filePath("absent/step.md")));
}

// A teacher's first key is →: it must step the phases, not scrub the timeline or move a selection,
// both at start and after scrubbing the timeline with the mouse.
TEST_F(Studio, TheGraphStartsWithTheFocusAndRightArrowStepsThePhases)
{
    load("encoder-8-3-8");
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() == window.networkView(); }, 5000))
        << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none");
    for (int e = 0; e < 3; ++e)
        window.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 3; }, 10000));
    QTest::qWait(50);
    TimelineStrip *strip = window.timelineStrip();
    QTest::mouseClick(strip, Qt::LeftButton, {}, strip->slotCentre(1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 1; }, 10000));
    EXPECT_EQ(QApplication::focusWidget(), window.networkView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.phaseIndex() == 0; }, 10000));
    EXPECT_EQ(controller.snapshot()->epoch, 1) << "→ stepped a phase, it did not move the timeline";
}

TEST_F(Studio, TheBannerRewindsADivergedRunToItsLastGoodState)
{
    load("xor");
    for (int e = 0; e < 12; ++e)
        window.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 12; }, 10000));
    controller.setActivation(1, Activation::Identity);
    controller.setActivation(2, Activation::Identity);
    controller.setLearningRate(1e5);
    window.togglePlay();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->diverged; }, 10000));
    QTest::qWait(50);
    ASSERT_TRUE(window.rewindButton()->isVisible());
    EXPECT_TRUE(window.rewindButton()->text().startsWith("Rewind to epoch 12"))
        << window.rewindButton()->text().toStdString();
    QTest::mouseClick(window.rewindButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !controller.snapshot()->diverged; }, 10000));
    QTest::qWait(50);
    EXPECT_FALSE(window.divergenceBanner()->isVisible());
    EXPECT_TRUE(controller.snapshot()->network->isFinite());
    EXPECT_EQ(controller.snapshot()->epoch, 12);
}

TEST_F(Studio, TheTimelineStripScrubsBackAndTheLossChartShowsWhere)
{
    load("encoder-8-3-8");
    for (int e = 0; e < 30; ++e)
        window.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 30; }, 10000));
    QTest::qWait(50);
    TimelineStrip *strip = window.timelineStrip();
    ASSERT_EQ(strip->markCount(), 31);
    EXPECT_EQ(strip->currentIndex(), 30);
    EXPECT_FALSE(window.lossChart()->cursorEpoch().has_value());
    // A click on the slot of epoch 10 puts the run back there.
    QTest::mouseClick(strip, Qt::LeftButton, {}, strip->slotCentre(10));
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 10; }, 10000));
    QTest::qWait(50);
    EXPECT_EQ(strip->currentIndex(), 10);
    ASSERT_TRUE(window.lossChart()->cursorEpoch().has_value());
    EXPECT_EQ(*window.lossChart()->cursorEpoch(), 10.0);
    // The keyboard steps one state at a time.
    strip->setFocus();
    QTest::keyClick(strip, Qt::Key_Left);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 9; }, 10000));
    // And from anywhere in the window with [ and ].
    window.networkView()->setFocus();
    QTest::keyClick(window.networkView(), Qt::Key_BracketLeft);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 8; }, 10000));
    QTest::keyClick(window.networkView(), Qt::Key_BracketRight);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 9; }, 10000));
    strip->setFocus();
    QTest::keyClick(strip, Qt::Key_End);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 30; }, 10000));
    QTest::qWait(50);
    EXPECT_FALSE(window.lossChart()->cursorEpoch().has_value());
}

TEST_F(Studio, TheZoomAndTheSelectedNeuronAreSavedInTheExperiment)
{
    load("encoder-8-3-8");
    window.networkView()->setZoom(2.5);
    Selection neuron;
    neuron.kind = Selection::Kind::Neuron;
    neuron.layer = 1;
    neuron.neuron = 2;
    emit window.networkView()->selectionChanged(neuron);
    QTemporaryDir folder;
    const QString path = folder.filePath("view.bpx.json");
    emit window.saveExperimentRequested(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo::exists(path) && !window.hasUnsavedWork(); }, 10000));
    const Experiment saved = loadExperiment(path.toStdString());
    EXPECT_EQ(saved.view.zoom, 2.5);
    EXPECT_EQ(saved.view.selectedLayer, 1);
    EXPECT_EQ(saved.view.selectedNeuron, 2);
    // Another lesson, another zoom; opening the file brings its view back.
    window.networkView()->setZoom(1.0);
    load("xor");
    window.openExperimentFile(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->presetName == "encoder-8-3-8"; }, 10000));
    QTest::qWait(50);
    EXPECT_EQ(window.networkView()->zoom(), 2.5);
    EXPECT_EQ(window.currentView().selectedLayer, 1);
    EXPECT_EQ(window.currentView().selectedNeuron, 2);
}

TEST_F(Studio, ASessionLeftBehindIsOfferedAndRestoredAsUnsavedWork)
{
    QTemporaryDir folder;
    // A crashed session's file: written, and no running session holds its lock.
    const QString orphan = QDir(folder.path()).filePath("session-4194001-7.bpx.json");
    const Preset preset = makePreset("encoder-4-2-4", 1);
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    for (int e = 0; e < 9; ++e)
        trainer.runEpoch();
    saveExperiment(orphan.toStdString(), captureExperiment(trainer, "encoder-4-2-4", 1));
    RecoveryStore store(folder.path());
    RecoveryOffer asked;
    RecoveryPrompts prompts;
    prompts.askToRestore = [&](const RecoveryOffer &offer) {
        asked = offer;
        return RecoveryChoice::Restore;
    };
    prompts.reportBroken = [](const QString &message) { ADD_FAILURE() << message.toStdString(); };
    ASSERT_TRUE(offerRecovery(store, window, prompts));
    EXPECT_EQ(asked.lesson, QString::fromStdString(makePreset("encoder-4-2-4").title));
    EXPECT_EQ(asked.epoch, 9);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return controller.snapshot() && controller.snapshot()->epoch == 9; }, 10000));
    QTest::qWait(50);
    EXPECT_TRUE(test::matrixIdentical(controller.snapshot()->network->layer(1).weights,
                                      trainer.network().layer(1).weights));
    // Restored work is unsaved until saved, and the window has no file of its own for it.
    EXPECT_TRUE(window.hasUnsavedWork());
    EXPECT_TRUE(window.windowTitle().startsWith("Recovered session"));
    // The file is now this session's own (protected by its lock), not an orphan any more.
    EXPECT_FALSE(QFile::exists(orphan));
    EXPECT_TRUE(QFile::exists(store.ownPath()));
    RecoveryStore other(folder.path());
    EXPECT_TRUE(other.claimOrphans().isEmpty());
}

// Started with a file to open while a crashed session waits: the user may open the file and keep
// the saved session for the next start; nothing is deleted and the window loads nothing from it.
TEST_F(Studio, ASavedSessionKeptForLaterIsOfferedAgainAndNamesTheFileAsked)
{
    QTemporaryDir folder;
    const QString orphan = QDir(folder.path()).filePath("session-4194003-7.bpx.json");
    const Preset preset = makePreset("encoder-4-2-4", 1);
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    trainer.runEpoch();
    saveExperiment(orphan.toStdString(), captureExperiment(trainer, "encoder-4-2-4", 1));
    const QString asked = QDir(folder.path()).filePath("lecture.bpx.json");
    QStringList namedFiles;
    RecoveryPrompts prompts;
    prompts.askToRestore = [&](const RecoveryOffer &offer) {
        namedFiles << offer.fileAsked;
        return RecoveryChoice::KeepForLater;
    };
    prompts.reportBroken = [](const QString &message) { ADD_FAILURE() << message.toStdString(); };
    {
        RecoveryStore store(folder.path());
        EXPECT_FALSE(offerRecovery(store, window, prompts, asked));
        // Still claimed by nobody once the question is answered: a second session may offer it.
        RecoveryStore other(folder.path());
        EXPECT_EQ(other.claimOrphans().size(), 1);
    }
    EXPECT_EQ(namedFiles, QStringList{asked});
    EXPECT_TRUE(QFile::exists(orphan));
    RecoveryStore next(folder.path());
    ASSERT_EQ(next.claimOrphans().size(), 1);
}

TEST_F(Studio, ACorruptRecoveryFileIsReportedAndSetAside)
{
    QTemporaryDir folder;
    const QString orphan = QDir(folder.path()).filePath("session-4194002-7.bpx.json");
    QFile file(orphan);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"backprop-experiment\", \"version\": 1, \"lesson\": ");
    file.close();
    RecoveryStore store(folder.path());
    QStringList reports;
    RecoveryPrompts prompts;
    prompts.askToRestore = [](const RecoveryOffer &) {
        ADD_FAILURE() << "a broken file must not be offered";
        return RecoveryChoice::Restore;
    };
    prompts.reportBroken = [&](const QString &message) { reports << message; };
    EXPECT_FALSE(offerRecovery(store, window, prompts));
    ASSERT_EQ(reports.size(), 1);
    EXPECT_TRUE(reports.front().contains("session-4194002-7.bpx.json")) << reports.front().toStdString();
    EXPECT_TRUE(reports.front().contains("set aside")) << reports.front().toStdString();
    EXPECT_FALSE(QFile::exists(orphan));
    EXPECT_EQ(QDir(folder.path()).entryList({"session-4194002-7.bpx.json.broken-*"}).size(), 1);
    // Not offered again.
    EXPECT_FALSE(offerRecovery(store, window, prompts));
    EXPECT_EQ(reports.size(), 1);
}

// Ctrl+Q while training: the question "Save the experiment?" holds the run still (what is saved is
// what the user saw), and Cancel lets it go on.
TEST_F(Studio, QuittingWhileTrainingPausesWhileAskingAndCancelResumes)
{
    load("vanishing-gradient");
    window.setAskToSaveOnClose(true);
    window.togglePlay();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return controller.snapshot()->running && controller.snapshot()->epoch > 0 &&
                   window.hasUnsavedWork();
        },
        10000));
    bool asked = false;
    bool pausedWhileAsking = false;
    QTimer::singleShot(0, &window, [&] {
        EXPECT_TRUE(QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        asked = box != nullptr;
        pausedWhileAsking = QTest::qWaitFor([&] { return !controller.snapshot()->running; }, 5000);
        const std::int64_t steps = controller.snapshot()->stepCount;
        QTest::qWait(300);
        pausedWhileAsking = pausedWhileAsking && controller.snapshot()->stepCount == steps;
        if (box)
            box->button(QMessageBox::Cancel)->click();
    });
    window.close();
    EXPECT_TRUE(asked);
    EXPECT_TRUE(pausedWhileAsking);
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->running; }, 5000));
    window.setAskToSaveOnClose(false);
}

// The rate in use is the rate on show, from the core's smallest to its largest (10⁶).
TEST_F(Studio, TheLearningRateBoxShowsTheRateInUse)
{
    load("xor");
    QDoubleSpinBox *box = nullptr;
    for (QDoubleSpinBox *candidate : window.findChildren<QDoubleSpinBox *>()) {
        if (candidate->accessibleName() == "Learning rate")
            box = candidate;
    }
    ASSERT_NE(box, nullptr);
    for (const double rate : {1e6, 1e-6, 0.5, 123.456, 3e-9}) {
        controller.setLearningRate(rate);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return controller.snapshot()->settings.optimizer.learningRate == rate; }, 10000));
        QTest::qWait(50);
        EXPECT_EQ(box->value(), rate);
        EXPECT_EQ(box->locale().toDouble(box->text()), rate) << box->text().toStdString();
    }
}

TEST_F(Studio, ClosingWhileTrainingStopsPromptly)
{
    load("vanishing-gradient");
    window.togglePlay();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->running; }, 10000));
    window.close();
    // The controller's destructor (at the end of the test) joins the thread; ctest's timeout fails
    // the test if it does not end.
    SUCCEED();
}

TEST_F(Studio, ALongStatusMessageIsShortenedAtAWordWithTheWholeTextInTheToolTip)
{
    window.resize(1280, 720);
    QTest::qWait(50);
    // The core's message for a divergence, as the status bar got it when Play was pressed again.
    const QString message = QStringLiteral(
        "Training diverged at epoch 41, step 161: an update would have made a weight infinite or not a "
        "number. The learning rate 3 is too high for this network: the steps overshoot and grow. The "
        "weights are kept as they were before that step; lower the learning rate or reset.");
    window.showCommandFailure(message);
    auto *bar = qobject_cast<MessageBar *>(window.statusBar());
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(bar->currentMessage(), message);
    const QString shown = bar->shownMessage();
    ASSERT_TRUE(shown.endsWith(QStringLiteral("…"))) << shown.toStdString();
    const QString kept = shown.chopped(1);
    // Cut at a word: what is kept is the start of the message, and a space (or ",;:") follows it there.
    ASSERT_TRUE(message.startsWith(kept)) << shown.toStdString();
    const QChar next = message.at(kept.size());
    EXPECT_TRUE(next.isSpace() || QStringLiteral(",;:").contains(next)) << shown.toStdString();
    EXPECT_LE(QFontMetricsF(bar->font()).horizontalAdvance(shown), bar->width());
    EXPECT_EQ(bar->toolTip(), message);
    // A short message is shown whole, with no tool tip of its own.
    window.showCommandFailure(QStringLiteral("Saved."));
    EXPECT_EQ(bar->shownMessage(), QStringLiteral("Saved."));
    EXPECT_TRUE(bar->toolTip().isEmpty());
}

TEST(WindowGeometry, AFitIntoTheAvailableScreenMovesBeforeItShrinks)
{
    const QRect screen(0, 0, 1920, 1080);
    // The second start of the issue: restored at y = 20, as tall as the screen.
    EXPECT_EQ(fitIntoAvailable(QRect(0, 20, 1920, 1080), {}, screen), QRect(0, 0, 1920, 1080));
    // With a frame (title bar 30, borders 2): the whole frame fits.
    EXPECT_EQ(fitIntoAvailable(QRect(2, 50, 1916, 1048), QMargins(2, 30, 2, 2), screen), QRect(2, 30, 1916, 1048));
    EXPECT_EQ(fitIntoAvailable(QRect(100, 100, 1280, 720), QMargins(2, 30, 2, 2), screen), QRect(100, 100, 1280, 720));
    // Off to the right and below on a smaller screen: moved back, then shrunk to the screen.
    EXPECT_EQ(fitIntoAvailable(QRect(1500, 900, 1280, 720), {}, QRect(0, 0, 1280, 720)), QRect(0, 0, 1280, 720));
    EXPECT_EQ(fitIntoAvailable(QRect(-300, 40, 800, 600), {}, QRect(0, 24, 1280, 696)), QRect(0, 40, 800, 600));
}

// keepGivenSize when the window system reports a resize late. On X (no window manager) the Italian
// host at 1280 × 720 stepped back from 740 to its minimum of 729, and the resize arrived only after the
// layout had lowered the minimum to 707: the keeper took 729 for a size given to the window and kept
// it, its status bar below the screen. Here the resize is held back the same way: a filter that sees
// it before the keeper lowers the minimum first.
TEST(WindowGeometry, AStepBackToTheGivenSizeReportedLateIsNotTakenForAGivenSize)
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *content = new QWidget(&window);
    layout->addWidget(content);
    window.resize(300, 200);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    keepGivenSize(&window);
    // The minimum pushes the window out, then falls back in two steps; the second lands just before
    // the window hears of the keeper's step back.
    content->setMinimumHeight(260);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.height() == 260; }, 2000));
    struct LateReport : QObject {
        QWidget *content = nullptr;
        QLayout *layout = nullptr;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Resize && content->minimumHeight() == 230) {
                content->setMinimumHeight(150);
                layout->activate();
            }
            return false;
        }
    } late;
    late.content = content;
    late.layout = layout;
    window.installEventFilter(&late); // (seen before the keeper's: the last installed is called first)
    content->setMinimumHeight(230);
    ASSERT_TRUE(QTest::qWaitFor([&] { return content->minimumHeight() == 150; }, 2000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.height() == 200; }, 2000)) << window.height();
    window.removeEventFilter(&late);
}

TEST(WindowGeometry, ARestoredWindowIsWhollyOnTheScreen)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.path());
    QRect available;
    {
        MainWindow window;
        window.restoreSettings();
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        available = window.screen()->availableGeometry();
        // Saved 20 pixels lower than the screen allows (as a bare X server restored it).
        window.setGeometry(available.adjusted(0, 20, 0, 20));
        QTest::qWait(50);
        window.close();
    }
    MainWindow window;
    window.restoreSettings();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    // Top to bottom, the frame and the status bar are on the screen (the offscreen test screen is
    // narrower than the window's minimum width, so only the height can be checked here).
    const QRect frame = window.frameGeometry();
    EXPECT_GE(frame.top(), available.top());
    EXPECT_LE(frame.bottom(), available.bottom()) << frame.y() << "+" << frame.height() << " on " << available.y()
                                                  << "+" << available.height();
    const QRect status = window.statusBar()->geometry().translated(window.geometry().topLeft());
    EXPECT_LE(status.bottom(), available.bottom());
    window.close();
}

// Before the first snapshot (while a start-up question is open) the learning rate reads as the
// default rate, not as the smallest double the range allows.
TEST(RateSpinBox, StartsAtTheDefaultRateNotAtItsMinimum)
{
    RateSpinBox box;
    EXPECT_EQ(box.value(), OptimizerSettings{}.learningRate);
    EXPECT_EQ(box.text(), box.locale().toString(0.5)) << box.text().toStdString();
}

} // namespace
} // namespace bp::ui
