#pragma once

#include "core/training/training_snapshot.h"

#include <QList>
#include <QObject>

#include <memory>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QMainWindow;
class QMenu;
class QSlider;
class QSpinBox;
class QToolBar;

namespace bp::ui {

class ToolBarRows;

/// The window's actions (with their keys), its tool bars and the controls on them. It shows the
/// settings of the newest snapshot and turns the teacher's changes into intents (the signals); what
/// the actions do is wired by the window.
class WindowActions : public QObject {
    Q_OBJECT

public:
    /// Creates the actions (added to `window`, so their keys work everywhere) and the tool bars.
    explicit WindowActions(QMainWindow *window);
    ~WindowActions() override;

    /// The settings of a snapshot, shown without emitting intents.
    void syncControls(const SnapshotPointer &snapshot);
    /// Fills View ▸ Zoom to layer for a network of `layers` weighted layers.
    void updateZoomMenu(int layers);
    /// The training pace (updates per second, 0 = full speed) and the animation speed (1..10).
    double pace() const;
    int speed() const;
    void setPace(double pace);
    void setSpeed(int speed);
    /// The paces offered, as (text, updates per second).
    QList<QPair<QString, double>> paces() const;
    QAction *zoomToLayerAction(int index) const;
    /// A new learning rate from the teacher: sent to training and marked on the charts.
    void setLearningRateFromUser(double learningRate);
    /// Lays the tool bars out in as many rows as the window's width needs (call on resize and when
    /// the bars change their controls or their style); true when the rows changed.
    bool fitToolBars();
    /// The bars, in their order along the rows.
    QList<QToolBar *> toolBars() const;

    QAction *play = nullptr;
    QAction *previousPhase = nullptr;
    QAction *nextPhase = nullptr;
    QAction *stepSample = nullptr;
    QAction *stepEpoch = nullptr;
    QAction *reset = nullptr;
    QAction *newSeed = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *fullScreen = nullptr;
    QAction *derivative = nullptr;
    /// The graph's σ′ gauges and saturated/dead marks (on when a lesson asks for them).
    QAction *saturationMarks = nullptr;
    QAction *presenter = nullptr;
    QAction *spotlight = nullptr;
    QAction *quiz = nullptr;
    QList<QAction *> zoomLayers;
    QMenu *zoomMenu = nullptr;
    /// The stepping actions.
    QToolBar *trainingBar = nullptr;
    /// How fast Play trains and the phases are animated.
    QToolBar *playbackBar = nullptr;
    /// The lesson and the learning rate.
    QToolBar *settingsBar = nullptr;
    /// The activations, the optimizer and the batch size.
    QToolBar *modelBar = nullptr;
    /// The lesson chooser (presenter mode restyles it).
    QComboBox *lessonBox = nullptr;

signals:
    void lessonChosen(const QString &name);
    void paceChosen(double stepsPerSecond);
    void speedChanged(int speed);
    void learningRateRequested(double learningRate);
    /// The rate while the slider is dragged: applied at once, recorded by the learningRateRequested
    /// that ends the drag.
    void learningRatePreviewRequested(double learningRate);
    void optimizerRequested(bp::Optimizer optimizer);
    void batchSizeRequested(int batchSize);
    /// The activation of every hidden layer (output = false) or of the output layer; `label`
    /// describes the change ("hidden → relu").
    void activationChosen(bool output, bp::Activation activation, const QString &label);

private:
    void buildActions(QMainWindow *window);
    void buildToolBars(QMainWindow *window);

    SnapshotPointer m_snapshot;
    QSlider *m_rateSlider = nullptr;
    QDoubleSpinBox *m_rateBox = nullptr;
    QComboBox *m_hiddenActivation = nullptr;
    QComboBox *m_outputActivation = nullptr;
    QComboBox *m_optimizer = nullptr;
    QSpinBox *m_batch = nullptr;
    QSlider *m_speed = nullptr;
    QComboBox *m_pace = nullptr;
    std::unique_ptr<ToolBarRows> m_rows;
    bool m_syncing = false;
};

} // namespace bp::ui
