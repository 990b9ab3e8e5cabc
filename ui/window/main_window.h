#pragma once

#include "core/formats/experiment.h"
#include "core/training/model_edit.h"
#include "core/training/training_snapshot.h"
#include "ui/style/selection.h"
#include "ui/teach/lesson_host.h"
#include "ui/window/phase_moment.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QUndoStack;

namespace bp::ui {

class ArchitectureEditor;
class ClassSession;
class CodeSpaceView;
class DatasetEditor;
class DecisionBoundaryView;
class DivergenceBanner;
class DockLayout;
class EditHistory;
class EquationPanel;
class ExportActions;
class GradientChart;
class GradientCheckPanel;
class GuidedLesson;
class LossChart;
class NetworkView;
class NeuronDetails;
class PhasePlayer;
class PredictionQuiz;
class PresenterMode;
class QuizRoom;
class RepresentationTable;
class Session;
class StatusLine;
class TimelineStrip;
class WindowActions;
class WindowMenus;
class LessonPanelSwitch;
class WindowPanels;
class WindowSettings;

/// The main window: the network graph in the centre, the samples on the left, the equation of the
/// current phase on the right, the charts below. A thin shell: it creates its parts (the actions
/// and tool bars, the docks, the phase player, the session, presenter mode, the exports, the edit
/// history), wires them together and to training (the signals below), and feeds them the
/// immutable snapshots of training. It knows nothing about threads. Lessons drive it through the
/// LessonHost interface.
class MainWindow : public QMainWindow, public LessonHost {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    NetworkView *networkView() const { return m_view; }
    /// The class session (host or follower side) and the snapshot on show.
    ClassSession *classSession() const { return m_class; }
    /// Which moment of a replayed step the panels show (a follower's is given by the host).
    PhaseMoment &phaseMoment() { return m_moment; }
    SnapshotPointer snapshot() const { return m_snapshot; }
    EquationPanel *equationPanel() const { return m_equations; }
    /// The panels in the docks (the class session sends what they show, and a follower's show it).
    WindowPanels *windowPanels() const { return m_panels; }
    /// The phase on show (−1: none) and the trace it belongs to.
    int phaseIndex() const override;
    std::shared_ptr<const Trace> trace() const;
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
    /// Opens the experiment file that was open when the app last closed, if Preferences ask for it.
    /// A file that has gone is reported in the status bar; a broken one is reported by the loader.
    /// Returns true when an open was requested.
    bool reopenLastExperiment();
    /// Edit > Preferences… (Ctrl+,).
    QAction *preferencesAction() const;

    /// The training pace chosen in the tool bar (updates per second, 0 = full speed).
    double pace() const;
    /// Text of the status line, for tests.
    QString statusText() const;
    /// The banner that explains a divergence (hidden when all is well).
    QWidget *divergenceBanner() const;
    /// Help > Guided first lesson, and Train > Predict then reveal.
    GuidedLesson *guidedLesson() const { return m_guide; }
    PredictionQuiz *predictionQuiz() const { return m_quiz; }
    QAction *quizAction() const;
    /// The lesson of the run on show ("" before the first snapshot).
    QString lessonName() const override;
    /// Opens a lesson, as the Lessons menu does.
    void openLesson(const QString &name) override;
    /// Shows phase `index` of the step on show; without one, records a step first and shows that
    /// phase of it when it arrives.
    void showPhase(int index) override;
    /// Selects a neuron or a weight, as a click in the graph does.
    void selectInGraph(const bp::ui::Selection &selection);
    /// Writes the worked example of the step on show (the trace being replayed, or else the step
    /// the shown sample would take now) for the selected neuron: LaTeX when path ends in .tex,
    /// Markdown otherwise. Reports the outcome in the status bar; false when it could not write.
    bool exportWorkedExample(const QString &path);
    /// The banner's "Rewind to epoch N" button (hidden when no good state is kept).
    QPushButton *rewindButton() const;
    TimelineStrip *timelineStrip() const { return m_timeline; }
    LossChart *lossChart() const { return m_lossChart; }
    /// How the run is viewed now (zoom, selected neuron, sample), to be saved with the experiment.
    bp::ExperimentView currentView() const;
    /// Continues the session in a crash-recovery file: like opening it, but the work counts as
    /// unsaved and the window has no experiment file of its own.
    void restoreRecovery(const QString &path);
    /// Opens an experiment file as this window's experiment (as File > Open does, without the dialog).
    void openExperimentFile(const QString &path);

    /// Presenter mode, for a projector (see PresenterMode).
    void setPresenterMode(bool on);
    bool isPresenterMode() const;
    /// True while the window is blanked (presenter mode's B or ".").
    bool isBlackedOut() const;
    QAction *presenterAction() const;
    QAction *spotlightAction() const;
    /// View > Zoom to layer: index 0 is the whole network, index l (1..9) layer l.
    QAction *zoomToLayerAction(int index) const;
    /// The history of edits (architecture, data, weights) of this run; Edit ▸ Undo and Redo.
    QUndoStack *undoStack() const;
    DatasetEditor *datasetEditor() const { return m_datasetEditor; }
    ArchitectureEditor *architectureEditor() const { return m_architectureEditor; }
    /// True while an edit sent to training has not come back in a snapshot yet.
    bool isEditPending() const;
    /// Sets the weight (an edge) or the bias (a neuron of layer ≥ 1) of the selection, undoably.
    void changeParameter(const Selection &selection, double value);

    // LessonHost
    QWidget *lessonWindow() const override;
    const Trace *shownTrace() const override;
    Selection selection() const override { return m_selection; }
    void select(const Selection &selection) override { selectInGraph(selection); }
    QWidget *lessonTarget(LessonTarget target) const override;
    QRectF neuronRect(int layer, int neuron) const override;
    int layerCount() const override;
    QList<QRectF> valueRects() const override;

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
    /// The rate while the slider is dragged: applied at once, recorded by the learningRateRequested
    /// that ends the drag.
    void learningRatePreviewRequested(double learningRate);
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
    /// The histograms over time are on show (true) or closed: training takes them only while shown.
    void histogramsWanted(bool on);
    /// Runs side by side: start them (core's variant texts), put one in focus, stop comparing.
    void compareWithRequested(const QStringList &variants);
    void focusRunRequested(int run);
    void stopComparingRequested();
    /// Emitted after a snapshot was drawn (the frame counter of --measure-frames listens).
    void snapshotShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildCentre();
    void buildPanels();
    void wireMenus();
    void wireActions();
    void wireParts();
    void nameQtsOwnButtons();
    /// Style sheets that carry colours, rebuilt for the current theme.
    void applyThemeStyles();
    void updateScene();
    void feedPanels();
    /// In quiz mode, poses the question of the phase just entered (and selects its subject).
    void askQuiz();
    void showRunFromFile(const TrainingSnapshot &snapshot);

    // The panels.
    NetworkView *m_view = nullptr;
    EquationPanel *m_equations = nullptr;
    NeuronDetails *m_details = nullptr;
    LossChart *m_lossChart = nullptr;
    GradientChart *m_gradientChart = nullptr;
    RepresentationTable *m_samples = nullptr;
    CodeSpaceView *m_codes = nullptr;
    GradientCheckPanel *m_gradientCheck = nullptr;
    DatasetEditor *m_datasetEditor = nullptr;
    ArchitectureEditor *m_architectureEditor = nullptr;
    DivergenceBanner *m_banner = nullptr;
    TimelineStrip *m_timeline = nullptr;
    StatusLine *m_status = nullptr;
    PredictionQuiz *m_quiz = nullptr;
    GuidedLesson *m_guide = nullptr;

    // The parts.
    WindowActions *m_actions = nullptr;
    WindowMenus *m_menus = nullptr;
    DockLayout *m_docks = nullptr;
    WindowPanels *m_panels = nullptr;
    PhasePlayer *m_player = nullptr;
    EditHistory *m_edits = nullptr;
    Session *m_session = nullptr;
    PresenterMode *m_presenter = nullptr;
    QuizRoom *m_quizRoom = nullptr;
    ExportActions *m_exports = nullptr;
    ClassSession *m_class = nullptr;
    LessonPanelSwitch *m_lessonPanels = nullptr;
    WindowSettings *m_settings = nullptr;

    SnapshotPointer m_snapshot;
    // What the panels show: m_snapshot, or the network before its step until the update phase.
    PhaseMoment m_moment;
    SnapshotPointer m_panelSnapshot;
    Selection m_selection;
    quint64 m_seed = 1;
    bool m_docksSized = false;
};

} // namespace bp::ui
