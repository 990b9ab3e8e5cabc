#include "app/studio.h"

#include "app/training/training_controller.h"
#include "ui/main_window.h"

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
    QObject::connect(&window, &MainWindow::activationRequested, &controller,
                     &TrainingController::setActivation);
    QObject::connect(&window, &MainWindow::optimizerRequested, &controller,
                     &TrainingController::setOptimizer);
    QObject::connect(&window, &MainWindow::batchSizeRequested, &controller,
                     &TrainingController::setBatchSize);
    QObject::connect(&window, &MainWindow::shownSampleRequested, &controller,
                     &TrainingController::setShownSample);
    QObject::connect(&window, &MainWindow::paceRequested, &controller, &TrainingController::setPace);
    QObject::connect(&window, &MainWindow::openExperimentRequested, &controller,
                     &TrainingController::openExperiment);
    QObject::connect(&window, &MainWindow::saveExperimentRequested, &controller,
                     &TrainingController::saveExperiment);
    QObject::connect(&controller, &TrainingController::experimentSaved, &window,
                     &MainWindow::experimentSaved);
    controller.setPace(window.pace());
}

} // namespace bp
