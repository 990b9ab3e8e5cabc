#pragma once

#include "core/experiment.h"
#include "core/model_edit.h"
#include "core/training_snapshot.h"
#include "ui/graph/network_scene.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolBar;
class QToolButton;
class QUndoStack;
class QVariantAnimation;

namespace bp::ui {

class EquationPanel;
class GradientChart;
class LossChart;
class NetworkView;
class RepresentationTable;
class TimelineStrip;
class CodeSpaceView;
class DecisionBoundaryView;
class GradientCheckPanel;
class GuidedLesson;
class PredictionQuiz;
class RoomLayout;
class DatasetEditor;
class ArchitectureEditor;

/// The main window: the network graph in the centre, the samples on the left, the equation of the
/// current phase on the right, the charts below. It renders immutable snapshots of training and
/// turns the teacher's actions into intents (the signals below); it knows nothing about threads.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    NetworkView *networkView() const { return m_view; }
    EquationPanel *equationPanel() const { return m_equations; }
    /// The phase on show (−1: none) and the trace it belongs to.
    int phaseIndex() const { return m_phaseIndex; }
    std::shared_ptr<const Trace> trace() const { return m_trace; }
    /// Restores the window's geometry, dock layout, pace and animation speed from the user's
    /// settings, and saves them again on close. Tests leave this off. Call before show(); returns
    /// true when a saved geometry was applied (else the caller maximises the window).
    bool restoreSettings();
    /// Ask whether to save unsaved training when the window closes (the app; tests leave it off).
    void setAskToSaveOnClose(bool ask);
    /// True when training changed the network since the lesson was opened or last saved.
    bool hasUnsavedWork() const;
    /// The lesson the user had open last time (empty the first time).
    QString lastLesson() const;
    /// The panels F6 moves between, in order: the graph, then every dock on show (a tabbed dock
    /// only when its tab is the current one).
    QList<QWidget *> panels() const;
    /// Moves keyboard focus to the next (+1) or previous (−1) panel's first control (F6, Shift+F6).
    void focusPanel(int direction);
    /// Opens the experiment file that was open when the app last closed, if Preferences ask for it.
    /// A file that has gone is reported in the status bar; a broken one is reported by the loader.
    /// Returns true when an open was requested.
    bool reopenLastExperiment();
    /// Edit > Preferences… (Ctrl+,).
    QAction *preferencesAction() const { return m_preferencesAction; }

    /// The training pace chosen in the tool bar (updates per second, 0 = full speed).
    double pace() const;
    /// Text of the status line, for tests.
    QString statusText() const;
    /// The banner that explains a divergence (hidden when all is well).
    QWidget *divergenceBanner() const;
    /// Help > Guided first lesson, and Train > Predict then reveal.
    GuidedLesson *guidedLesson() const { return m_guide; }
    PredictionQuiz *predictionQuiz() const { return m_quiz; }
    QAction *quizAction() const { return m_quizAction; }
    /// The lesson of the run on show ("" before the first snapshot).
    QString lessonName() const;
    /// Opens a lesson, as the Lessons menu does.
    void openLesson(const QString &name);
    /// Shows phase `index` of the step on show; without one, records a step first and shows that
    /// phase of it when it arrives.
    void showPhase(int index);
    /// Selects a neuron or a weight, as a click in the graph does.
    void selectInGraph(const bp::ui::Selection &selection);
    /// Writes the worked example of the step on show (the trace being replayed, or else the step
    /// the shown sample would take now) for the selected neuron: LaTeX when path ends in .tex,
    /// Markdown otherwise. Reports the outcome in the status bar; false when it could not write.
    bool exportWorkedExample(const QString &path);
    /// The banner's "Rewind to epoch N" button (hidden when no good state is kept).
    QPushButton *rewindButton() const { return m_rewindButton; }
    TimelineStrip *timelineStrip() const { return m_timeline; }
    LossChart *lossChart() const { return m_lossChart; }
    /// How the run is viewed now (zoom, selected neuron, sample), to be saved with the experiment.
    bp::ExperimentView currentView() const;
    /// Continues the session in a crash-recovery file: like opening it, but the work counts as
    /// unsaved and the window has no experiment file of its own.
    void restoreRecovery(const QString &path);
    /// Opens an experiment file as this window's experiment (as File > Open does, without the dialog).
    void openExperimentFile(const QString &path);

    /// Presenter mode, for a projector: large type and thick lines in the graph, the equations,
    /// the status line and the charts; only the essential controls and the docks a class needs.
    /// Switching it off brings back exactly the layout it replaced. Page Up / Page Down step the
    /// phases whatever has the focus, and B or "." (a clicker's black-screen key) blanks the window
    /// until the next key or click.
    void setPresenterMode(bool on);
    bool isPresenterMode() const { return m_presenting; }
    /// True while the window is blanked (presenter mode's B or ".").
    bool isBlackedOut() const;
    QAction *presenterAction() const { return m_presenterAction; }
    QAction *spotlightAction() const { return m_spotlightAction; }
    /// View > Zoom to layer: index 0 is the whole network, index l (1..9) layer l.
    QAction *zoomToLayerAction(int index) const;
    /// The history of edits (architecture, data, weights) of this run; Edit ▸ Undo and Redo.
    QUndoStack *undoStack() const { return m_undoStack; }
    DatasetEditor *datasetEditor() const { return m_datasetEditor; }
    ArchitectureEditor *architectureEditor() const { return m_architectureEditor; }
    /// True while an edit sent to training has not come back in a snapshot yet.
    bool isEditPending() const;
    /// Sets the weight (an edge) or the bias (a neuron of layer ≥ 1) of the selection, undoably.
    void changeParameter(const Selection &selection, double value);

public slots:
    /// A command the core refused (its message is English): shown in the status bar, after a
    /// translated "not applied" when the interface is in another language.
    void showCommandFailure(const QString &coreMessage);
    /// Draws a new snapshot (the newest of the current run).
    void showSnapshot(const bp::SnapshotPointer &snapshot);
    /// A message for the status bar, e.g. a command that could not be applied.
    void showMessage(const QString &message);
    /// The run was saved to this experiment file.
    void experimentSaved(const QString &path);
    void nextPhase();
    void previousPhase();
    void stepSample();
    void stepEpoch();
    void togglePlay();
    void resetNetwork();
    void showSample(int index);
    /// Fits the graph to layer l (1..L), or to the whole network for 0, and says so in the status line.
    void zoomToLayer(int layer);
    /// Asks for a new value of the selected weight or bias in a small dialog (double-click, Enter).
    void editParameter(const bp::ui::Selection &selection);
    /// Training refused this edit: it leaves the undo history (when it is the last one done).
    void discardEdit(quint64 id);

signals:
    void lessonRequested(const QString &name, quint64 seed);
    void resetRequested(quint64 seed);
    void playRequested();
    void pauseRequested();
    void stepSampleRequested(int sample);
    void stepEpochRequested();
    void learningRateRequested(double learningRate);
    void optimizerRequested(bp::Optimizer optimizer);
    void batchSizeRequested(int batchSize);
    void shownSampleRequested(int sample);
    void paceRequested(double stepsPerSecond);
    void openExperimentRequested(const QString &path);
    void saveExperimentRequested(const QString &path);
    /// Put the run back to the kept state with this id (the timeline), or to the newest good one.
    void restoreStateRequested(quint64 id);
    void rewindRequested();
    /// Edits of the model, each with an id under which training remembers how to undo it.
    void modelEditRequested(quint64 id, const bp::ModelEdit &edit);
    void parameterEditRequested(quint64 id, const bp::ParameterEdit &edit);
    /// Undo (undo = true) or redo the edit with this id.
    void editRevisitRequested(quint64 id, bool undo);
    /// Emitted after a snapshot was drawn (the frame counter of --measure-frames listens).
    void snapshotShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildToolBar();
    void buildDocks();
    void buildMenus();
    void buildEditing();
    void pushEdit(const QString &text, const std::function<void(quint64 id)> &apply);
    void requestDatasetEdit(const Dataset &dataset, const QString &description);
    void requestArchitectureEdit(const NetworkShape &shape, const std::vector<int> &sourceLayer,
                                 const QString &description);
    void endReplay();
    void requestToolBarShape(const NetworkShape &shape, const QString &description);
    void showProblem(const QString &title, const QString &message);
    void syncEditors(const TrainingSnapshot &snapshot);
    void nameQtsOwnButtons();
    static QString divergenceText(const QString &coreMessage);
    void openExperiment();
    void openPreferences();
    /// Style sheets that carry colours, rebuilt for the current theme.
    void applyThemeStyles();
    void saveExperimentAs();
    void exportNetworkView();
    void chooseWorkedExampleFile();
    void addRecentExperiment(const QString &path);
    void updateRecentMenu();
    void sizeDocks();
    void syncControls(const TrainingSnapshot &snapshot);
    void updateScene();
    void updateSamplesTable(const TrainingSnapshot &snapshot);
    void updateStatus();
    void startPhaseAnimation();
    void onPhaseAnimationFinished();
    void requestTrace(int sample);
    int phaseDurationMs() const;
    void setLearningRateFromUser(double learningRate);
    void markChange(const QString &label);
    QString phaseDescription() const;
    void updateZoomMenu();
    void applyPresentationStyle(bool on);
    void setBlackedOut(bool on);
    /// True for a widget where B and "." are typed text rather than a clicker's black-screen key.
    static bool takesText(const QObject *widget);
    /// In quiz mode, poses the question of the phase just entered (and selects its subject).
    void askQuiz();
    void onQuizRevealed();

    NetworkView *m_view = nullptr;
    EquationPanel *m_equations = nullptr;
    QLabel *m_neuronDetails = nullptr;
    QLabel *m_gradientCaption = nullptr;
    LossChart *m_lossChart = nullptr;
    GradientChart *m_gradientChart = nullptr;
    RepresentationTable *m_samples = nullptr;
    CodeSpaceView *m_codes = nullptr;
    QDockWidget *m_codesDock = nullptr;
    DecisionBoundaryView *m_boundary = nullptr;
    GradientCheckPanel *m_gradientCheck = nullptr;
    QDockWidget *m_boundaryDock = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_rewindButton = nullptr;
    TimelineStrip *m_timeline = nullptr;
    /// A recovery file being restored, until its run arrives.
    bool m_pendingRecovery = false;
    bool m_recovered = false;
    QLabel *m_status = nullptr;

    QAction *m_playAction = nullptr;
    QAction *m_nextPhaseAction = nullptr;
    QAction *m_previousPhaseAction = nullptr;
    QAction *m_stepSampleAction = nullptr;
    QAction *m_stepEpochAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_newSeedAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_derivativeAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_presenterAction = nullptr;
    QAction *m_spotlightAction = nullptr;
    QList<QAction *> m_zoomLayerActions;
    QMenu *m_zoomMenu = nullptr;
    QToolBar *m_trainingBar = nullptr;
    QToolBar *m_settingsBar = nullptr;

    QSlider *m_rateSlider = nullptr;
    QDoubleSpinBox *m_rateBox = nullptr;
    QComboBox *m_hiddenActivation = nullptr;
    QComboBox *m_outputActivation = nullptr;
    QComboBox *m_optimizer = nullptr;
    QSpinBox *m_batch = nullptr;
    QSlider *m_speed = nullptr;
    QComboBox *m_preset = nullptr;
    QComboBox *m_pace = nullptr;

    SnapshotPointer m_snapshot;
    std::shared_ptr<const Trace> m_trace;
    int m_phaseIndex = -1;
    double m_phaseProgress = 1.0;
    /// "Step sample" plays every phase of the trace by itself.
    bool m_autoAdvance = false;
    /// A trace was asked for and has not arrived yet.
    bool m_traceRequested = false;
    QVariantAnimation *m_phaseAnimation = nullptr;
    Selection m_selection;
    std::uint64_t m_runId = 0;
    quint64 m_seed = 1;
    bool m_syncing = false;
    bool m_docksSized = false;
    bool m_persistSettings = false;
    QDockWidget *m_lossDock = nullptr;
    QDockWidget *m_gradientDock = nullptr;
    QDockWidget *m_samplesDock = nullptr;
    QDockWidget *m_equationDock = nullptr;
    double m_rateAtPress = 0.0;
    /// The experiment file of this run, once saved or opened.
    QString m_experimentPath;
    /// A file asked to open, until its run arrives (or it fails).
    QString m_pendingOpenPath;
    bool m_askToSave = false;
    bool m_closeAfterSave = false;
    std::int64_t m_savedStepCount = 0;
    QMenu *m_recentMenu = nullptr;
    GuidedLesson *m_guide = nullptr;
    PredictionQuiz *m_quiz = nullptr;
    QAction *m_quizAction = nullptr;
    /// The phase showPhase() asked for, shown when the step it requested arrives (−1: none).
    int m_pendingPhase = -1;
    QMenu *m_editMenu = nullptr;
    QUndoStack *m_undoStack = nullptr;
    DatasetEditor *m_datasetEditor = nullptr;
    ArchitectureEditor *m_architectureEditor = nullptr;
    QDockWidget *m_datasetDock = nullptr;
    QDockWidget *m_architectureDock = nullptr;
    QAction *m_editParameterAction = nullptr;
    quint64 m_lastEditId = 0;
    /// Edits, undos and redos sent to training; a snapshot that has handled fewer is older.
    std::uint64_t m_editsSent = 0;
    /// Why the last worked-example export failed, for its dialog.
    QString m_exportProblem;

    // Presenter mode: the layout and the tool-bar items it hid, to bring back exactly.
    bool m_presenting = false;
    bool m_presentOnShow = false;
    // Whether presenter mode's type was sized for a large screen (1080 lines) or a small one.
    bool m_presentRoomy = true;
    QByteArray m_layoutBeforePresenting;
    QList<QAction *> m_hiddenForPresenting;
    QWidget *m_blackout = nullptr;
    QPointer<QWidget> m_focusBeforeBlackout;
    std::unique_ptr<RoomLayout> m_roomLayout;
    bool m_timelineBeforePresenting = true;
};

} // namespace bp::ui
