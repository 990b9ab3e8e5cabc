#include "app/studio.h"

#include "app/recovery/recovery_store.h"
#include "app/training/training_controller.h"
#include "core/formats/error.h"
#include "core/formats/experiment.h"
#include "ui/teach/lesson_titles.h"
#include "ui/window/main_window.h"

#include <QCoreApplication>

#include <algorithm>

namespace bp {

void connectStudio(TrainingController &controller, ui::MainWindow &window)
{
    using ui::MainWindow;
    QObject::connect(&controller, &TrainingController::snapshotChanged, &window, &MainWindow::showSnapshot);
    QObject::connect(&controller, &TrainingController::commandFailed, &window,
                     &MainWindow::showCommandFailure);
    QObject::connect(&window, &MainWindow::lessonRequested, &controller, &TrainingController::loadPreset);
    QObject::connect(&window, &MainWindow::resetRequested, &controller, &TrainingController::reset);
    QObject::connect(&window, &MainWindow::playRequested, &controller, &TrainingController::play);
    QObject::connect(&window, &MainWindow::pauseRequested, &controller, &TrainingController::pause);
    QObject::connect(&window, &MainWindow::stepSampleRequested, &controller, &TrainingController::stepSample);
    QObject::connect(&window, &MainWindow::stepEpochRequested, &controller, &TrainingController::stepEpoch);
    QObject::connect(&window, &MainWindow::learningRateRequested, &controller,
                     &TrainingController::setLearningRate);
    QObject::connect(&window, &MainWindow::learningRatePreviewRequested, &controller,
                     &TrainingController::previewLearningRate);
    QObject::connect(&window, &MainWindow::optimizerRequested, &controller,
                     &TrainingController::setOptimizer);
    QObject::connect(&window, &MainWindow::batchSizeRequested, &controller,
                     &TrainingController::setBatchSize);
    QObject::connect(&window, &MainWindow::shownSampleRequested, &controller,
                     &TrainingController::setShownSample);
    QObject::connect(&window, &MainWindow::paceRequested, &controller, &TrainingController::setPace);
    QObject::connect(&window, &MainWindow::openExperimentRequested, &controller,
                     &TrainingController::openExperiment);
    // The view travels with the save, queued before it, so the file gets the zoom of that moment.
    QObject::connect(&window, &MainWindow::saveExperimentRequested, &controller,
                     [&controller, &window](const QString &path) {
                         controller.setView(window.currentView());
                         controller.saveExperiment(path);
                     });
    QObject::connect(&window, &MainWindow::restoreStateRequested, &controller,
                     &TrainingController::restoreState);
    QObject::connect(&window, &MainWindow::rewindRequested, &controller,
                     &TrainingController::rewindToLastGood);
    QObject::connect(&controller, &TrainingController::experimentSaved, &window,
                     &MainWindow::experimentSaved);
    QObject::connect(&window, &MainWindow::modelEditRequested, &controller,
                     &TrainingController::applyModelEdit);
    QObject::connect(&window, &MainWindow::parameterEditRequested, &controller,
                     &TrainingController::applyParameterEdit);
    QObject::connect(&window, &MainWindow::editRevisitRequested, &controller,
                     &TrainingController::revisitEdit);
    QObject::connect(&controller, &TrainingController::editRefused, &window, &MainWindow::discardEdit);
    QObject::connect(&window, &MainWindow::compareWithRequested, &controller, &TrainingController::compareWith);
    QObject::connect(&window, &MainWindow::focusRunRequested, &controller, &TrainingController::setFocusRun);
    QObject::connect(&window, &MainWindow::stopComparingRequested, &controller, &TrainingController::stopComparing);
    controller.setPace(window.pace());
}

bool offerRecovery(RecoveryStore &store, ui::MainWindow &window, const RecoveryPrompts &prompts)
{
    if (!store.isUsable())
        return false;
    for (const RecoveryStore::Orphan &orphan : store.claimOrphans()) {
        Experiment experiment;
        try {
            experiment = loadExperiment(orphan.path.toStdString());
        } catch (const InputError &error) {
            const QString aside = store.setAside(orphan.path);
            prompts.reportBroken(
                QCoreApplication::translate("Recovery",
                                            "A session saved automatically could not be read:\n%1\n\n%2")
                    .arg(
                        QString::fromStdString(error.what()),
                        aside.isEmpty()
                            ? QCoreApplication::translate("Recovery", "The file was left where it is.")
                            : QCoreApplication::translate("Recovery", "It was set aside as %1.").arg(aside)));
            continue;
        }
        // The lesson's title when it is a built-in one ("8-3-8 autoencoder", in the UI's language as
        // in the Lessons menu), else its name.
        const RecoveryOffer offer{orphan.path, orphan.written, ui::lessonTitle(experiment.lesson),
                                  experiment.progress.epoch};
        if (!prompts.askToRestore(offer)) {
            store.discard(orphan.path);
            continue;
        }
        // Renamed to this session's own file first, so the work stays protected while it continues.
        const QString path = store.adopt(orphan.path) ? store.ownPath() : orphan.path;
        window.restoreRecovery(path);
        return true;
    }
    return false;
}

} // namespace bp
