#include "ui/window/main_window.h"

#include "ui/boundary/decision_boundary_view.h"
#include "ui/chain/chain_dock_fit.h"
#include "ui/chain/chain_rule_view.h"
#include "ui/charts/gradient_chart.h"
#include "ui/charts/loss_chart.h"
#include "ui/gradcheck/gradient_check_panel.h"
#include "ui/graph/network_view.h"
#include "ui/panels/compare_dialog.h"
#include "ui/panels/divergence_banner.h"
#include "ui/panels/equation_panel.h"
#include "ui/panels/neuron_details.h"
#include "ui/panels/run_strip.h"
#include "ui/panels/status_line.h"
#include "ui/panels/timeline_strip.h"
#include "ui/representation/code_space_view.h"
#include "ui/representation/representation_table.h"
#include "ui/style/theme.h"
#include "ui/teach/guided_lesson.h"
#include "ui/teach/prediction_quiz.h"
#include "ui/window/class_session.h"
#include "ui/window/class_session_widgets.h"
#include "ui/window/dock_layout.h"
#include "ui/window/edit_history.h"
#include "ui/window/export_actions.h"
#include "ui/window/help_dialogs.h"
#include "ui/window/lesson_panels.h"
#include "ui/window/message_bar.h"
#include "ui/window/phase_player.h"
#include "ui/window/presenter_mode.h"
#include "ui/window/quiz_room.h"
#include "ui/window/screen_fit.h"
#include "ui/window/session.h"
#include "ui/window/window_actions.h"
#include "ui/window/window_menus.h"
#include "ui/landscape/loss_landscape_panel.h"
#include "ui/window/window_panels.h"
#include "ui/window/window_settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QShowEvent>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QMenuBar>
#include <QVBoxLayout>

#include <algorithm>

namespace bp::ui {

namespace {

// Presenter mode enlarges the chain-rule view's text as it does the graph's captions.
constexpr double kPresenterChainScale = 1.6;
// Below 1600×900 a 1.6 times larger chain would not fit the window's width.
constexpr double kPresenterSmallChainScale = 1.25;

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Backprop Studio"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    buildCentre();
    m_player = new PhasePlayer(m_quiz, this);
    m_actions = new WindowActions(this);
    buildPanels();
    m_status = new StatusLine(this);
    m_session = new Session(this, m_edits->undoStack());
    m_exports = new ExportActions(this, m_view, [this] {
        return WorkedExampleSource{m_snapshot, m_player->trace(), m_actions->lessonBox->currentText(),
                                   m_selection};
    });
    m_presenter = new PresenterMode({this, m_actions, m_docks, m_view, m_equations, m_details, m_status,
                                     m_lossChart, m_gradientChart, m_timeline, m_panels->runStrip, m_quiz});
    m_settings = new WindowSettings({this, m_actions, m_docks, m_session, m_presenter});
    m_quizRoom = new QuizRoom({this, m_quiz, m_timeline, m_docks->dock(dock_names::kEquation),
                               [this] { m_docks->putEquationRight(); },
                               [this] {
                                   m_docks->resetRoom();
                                   m_docks->fitRoom();
                               }});
    // Long messages (a divergence's advice) are shortened at a word, the whole text in the tool tip.
    setStatusBar(new MessageBar(this));
    wireActions();
    wireParts();
    m_menus = new WindowMenus({this, m_actions, m_docks, m_panels, m_edits, m_session, m_exports, m_timeline});
    m_lessonPanels = new LessonPanelSwitch(
        this, m_actions->saturationMarks,
        {[this] { m_panels->showLandscape(); },
         [this](HistogramQuantity quantity) { m_panels->showHistograms(quantity, HistogramScale::LogMagnitude); }});
    wireMenus();
    m_class = new ClassSession({this, m_actions, m_player, m_view, m_quiz});
    m_class->addToMenu(menuBar());
    // In the menu bar's row, on the right: a row of its own above the graph pushed the status bar
    // below a 1280 × 720 projector in Italian (three rows of tool bars).
    menuBar()->setCornerWidget(m_class->followBar(), Qt::TopRightCorner);
    nameQtsOwnButtons();
    statusBar()->addWidget(m_status, 1);

    applyThemeStyles();
    connect(&Theme::instance(), &Theme::changed, this, &MainWindow::applyThemeStyles);
    // Last, so that its veil and card lie above every other child of the window.
    m_guide = new GuidedLesson(this, this);
    connect(this, &MainWindow::snapshotShown, m_guide, &GuidedLesson::followHost);

    // The size the window will have maximised, so the docks are laid out for it from the start.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableGeometry().size());
    keepGivenSize(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentre()
{
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_banner = new DivergenceBanner(central);
    m_view = new NetworkView(central);
    m_view->setAccessibleName(tr("Network graph"));
    m_quiz = new PredictionQuiz(this);
    m_quiz->prompt()->setParent(central);
    m_timeline = new TimelineStrip(central);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_quiz->prompt());
    centralLayout->addWidget(m_view, 1);
    centralLayout->addWidget(m_timeline);
    setCentralWidget(central);
}

void MainWindow::buildPanels()
{
    m_docks = new DockLayout(this);
    m_panels = new WindowPanels(m_docks);
    m_equations = m_panels->equations;
    m_details = m_panels->details;
    m_lossChart = m_panels->lossChart;
    m_gradientChart = m_panels->gradientChart;
    m_samples = m_panels->samples;
    m_codes = m_panels->codes;
    m_gradientCheck = m_panels->gradientCheck;
    m_datasetEditor = m_panels->datasetEditor;
    m_architectureEditor = m_panels->architectureEditor;
    m_edits = new EditHistory(m_datasetEditor, m_architectureEditor, this);
}

void MainWindow::wireActions()
{
    WindowActions *a = m_actions;
    connect(a->play, &QAction::triggered, this, &MainWindow::togglePlay);
    connect(a->nextPhase, &QAction::triggered, m_player, &PhasePlayer::nextPhase);
    connect(a->previousPhase, &QAction::triggered, m_player, &PhasePlayer::previousPhase);
    connect(a->stepSample, &QAction::triggered, m_player, &PhasePlayer::stepSample);
    connect(a->stepEpoch, &QAction::triggered, this, &MainWindow::stepEpoch);
    connect(a->reset, &QAction::triggered, this, &MainWindow::resetNetwork);
    connect(a->newSeed, &QAction::triggered, this, [this] {
        ++m_seed;
        m_edits->setSeed(m_seed);
        resetNetwork();
        statusBar()->showMessage(tr("New weights from seed %1").arg(m_seed), 4000);
    });
    connect(a->zoomIn, &QAction::triggered, m_view, &NetworkView::zoomIn);
    connect(a->zoomOut, &QAction::triggered, m_view, &NetworkView::zoomOut);
    connect(a->fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
    connect(a->derivative, &QAction::toggled, this, [this] { updateScene(); });
    connect(a->saturationMarks, &QAction::toggled, this, [this] { updateScene(); });
    connect(a->presenter, &QAction::toggled, this, &MainWindow::setPresenterMode);
    connect(a->spotlight, &QAction::toggled, m_view, &NetworkView::setSpotlight);
    for (int layer = 0; layer < a->zoomLayers.size(); ++layer)
        connect(a->zoomLayers[layer], &QAction::triggered, this, [this, layer] { zoomToLayer(layer); });
    connect(a->quiz, &QAction::toggled, this, [this](bool on) {
        m_quiz->setEnabled(on);
        statusBar()->showMessage(on ? tr("Predict then reveal: on — step with → and the class guesses "
                                         "before each reveal")
                                    : tr("Predict then reveal: off"),
                                 5000);
        updateScene();
    });

    connect(a, &WindowActions::lessonChosen, this, &MainWindow::openLesson);
    connect(a, &WindowActions::paceChosen, this, &MainWindow::paceRequested);
    connect(a, &WindowActions::speedChanged, m_player, &PhasePlayer::setSpeed);
    m_player->setSpeed(a->speed());
    connect(a, &WindowActions::learningRateRequested, this, &MainWindow::learningRateRequested);
    connect(a, &WindowActions::learningRatePreviewRequested, this, &MainWindow::learningRatePreviewRequested);
    connect(a, &WindowActions::optimizerRequested, this, &MainWindow::optimizerRequested);
    connect(a, &WindowActions::batchSizeRequested, this, &MainWindow::batchSizeRequested);
    connect(a, &WindowActions::activationChosen, m_edits, &EditHistory::requestActivation);
}

void MainWindow::wireParts()
{
    connect(m_player, &PhasePlayer::changed, this, &MainWindow::updateScene);
    connect(m_player, &PhasePlayer::phaseEntered, this, &MainWindow::askQuiz);
    connect(m_player, &PhasePlayer::stepSampleRequested, this, &MainWindow::stepSampleRequested);
    connect(m_player, &PhasePlayer::pauseRequested, this, &MainWindow::pauseRequested);

    connect(m_banner, &DivergenceBanner::lowerRateRequested, this, [this] {
        if (m_snapshot)
            m_actions->setLearningRateFromUser(
                std::max(1e-4, m_snapshot->settings.optimizer.learningRate * 0.1));
    });
    connect(m_banner, &DivergenceBanner::resetRequested, this, &MainWindow::resetNetwork);
    connect(m_banner, &DivergenceBanner::rewindRequested, this, &MainWindow::rewindRequested);
    connect(m_timeline, &TimelineStrip::restoreRequested, this, [this](quint64 id) {
        m_player->halt();
        emit restoreStateRequested(id);
    });
    connect(m_view, &NetworkView::selectionChanged, this, [this](const Selection &selection) {
        m_selection = selection;
        updateScene();
    });
    connect(m_view, &NetworkView::parameterEditRequested, m_edits, &EditHistory::editParameter);
    connect(m_gradientCheck, &GradientCheckPanel::checkFinished, this, &MainWindow::updateScene);
    connect(m_samples, &RepresentationTable::sampleClicked, this, &MainWindow::showSample);
    connect(m_codes, &CodeSpaceView::sampleClicked, this, &MainWindow::showSample);

    connect(m_edits, &EditHistory::modelEditRequested, this, &MainWindow::modelEditRequested);
    connect(m_edits, &EditHistory::parameterEditRequested, this, &MainWindow::parameterEditRequested);
    connect(m_edits, &EditHistory::editRevisitRequested, this, &MainWindow::editRevisitRequested);
    // A recorded step's numbers belong to the model before the edit: the graph shows the live one.
    connect(m_edits, &EditHistory::aboutToSend, m_player, &PhasePlayer::endReplay);
    connect(m_edits, &EditHistory::controlsStale, this, [this] { m_actions->syncControls(m_snapshot); });

    connect(m_session, &Session::openExperimentRequested, this, &MainWindow::openExperimentRequested);
    connect(m_session, &Session::saveExperimentRequested, this, &MainWindow::saveExperimentRequested);
    connect(m_session, &Session::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_session, &Session::message, statusBar(), &QStatusBar::showMessage);
    connect(m_session, &Session::closeRequested, this, &QWidget::close);
    connect(m_exports, &ExportActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_panels->chainRule, &ChainRuleView::equationPanelRequested, this, [this] {
        m_docks->dock(dock_names::kEquation)->show();
        m_docks->dock(dock_names::kEquation)->raise();
    });
    // Raised (its tab, or View ▸ Chain rule in presenter mode), the chain rule gets the room its text needs.
    QDockWidget *chainDock = m_docks->dock(dock_names::kChainRule);
    connect(chainDock, &QDockWidget::visibilityChanged, this, [this, chainDock](bool visible) {
        if (visible)
            fitChainRuleDock(*this, *chainDock, *m_panels->chainRule, m_presenter->isOn());
    });
    connect(m_docks->dock(dock_names::kHistograms)->toggleViewAction(), &QAction::toggled, this,
            &MainWindow::histogramsWanted);
    connect(m_presenter, &PresenterMode::toggled, this, [this](bool on) {
        const bool roomy = width() >= 1600 && height() >= 900;
        m_panels->chainRule->setTextScale(on ? (roomy ? kPresenterChainScale : kPresenterSmallChainScale)
                                             : 1.0);
        m_panels->landscape->setPresentationScale(m_presenter->detailsScale());
        // The layout presenter mode restores was arranged for the size the window had then.
        if (!on) {
            m_docks->resetRoom();
            m_docks->fitRoom();
        }
    });
}

void MainWindow::wireMenus()
{
    connect(m_menus, &WindowMenus::lessonChosen, this, &MainWindow::openLesson);
    connect(m_menus, &WindowMenus::preferencesRequested, this, [this] {
        if (m_settings->editPreferences())
            statusBar()->showMessage(tr("The new language applies the next time Backprop Studio starts."),
                                     8000);
    });
    connect(m_menus, &WindowMenus::rewindRequested, this, &MainWindow::rewindRequested);
    connect(m_menus, &WindowMenus::focusPanelRequested, this,
            [this](int direction) { m_docks->focusPanel(m_view, direction); });
    connect(m_menus, &WindowMenus::guideRequested, this, [this] { m_guide->start(); });
    connect(m_menus, &WindowMenus::compareRequested, this, [this] {
        if (const QStringList variants = m_snapshot ? CompareDialog::ask(*m_snapshot, this) : QStringList{};
            !variants.isEmpty())
            emit compareWithRequested(variants);
    });
    connect(m_menus, &WindowMenus::stopComparingRequested, this, &MainWindow::stopComparingRequested);
    connect(m_panels->runStrip, &RunStrip::stopRequested, this, &MainWindow::stopComparingRequested);
    connect(m_panels->runStrip, &RunStrip::focusRequested, this, &MainWindow::focusRunRequested);
}

void MainWindow::nameQtsOwnButtons()
{
    // The arrows Qt adds when a tool bar or the menu bar is too narrow have no names of their own.
    for (QAbstractButton *button : findChildren<QAbstractButton *>()) {
        if (button->objectName() == QLatin1String("qt_toolbar_ext_button"))
            button->setAccessibleName(tr("More tools"));
        else if (button->objectName() == QLatin1String("qt_menubar_ext_button"))
            button->setAccessibleName(tr("More menus"));
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_docksSized) {
        m_docksSized = true;
        // After the first layout pass, so the window has its final size. A short screen keeps the
        // gradient chart's caption as its tool tip, for the plot's sake.
        QTimer::singleShot(0, this, [this] {
            m_docks->sizeDocks([this] { m_panels->hideGradientCaption(); });
            m_panels->hideGradientCaptionIfWrapped();
            m_presenter->styleDockTitles(); // the tabs Qt made for the docks tabbed there
        });
        // The graph starts with the focus (else Qt gives it to the first control that takes it, the
        // timeline, say, and → would scrub it instead of stepping the phases).
        QTimer::singleShot(0, this, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    }
    m_settings->windowShown();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // Moved to a projector of another size: the panels give way for it (presenter mode has its own).
    // Once the docks were sized, a new class of size sizes them again for it.
    // While a question's bar has the room (QuizRoom), the docks stay as it put them; they come back
    // as they were, and are fitted then.
    if (!m_presenter->isOn() && !(m_quizRoom && m_quizRoom->isMakingRoom()) && m_docks->fitRoom() && m_docksSized)
        m_docks->sizeDocks([this] { m_panels->hideGradientCaption(); });
    m_presenter->windowResized();
    m_actions->fitToolBars();
    if (m_quizRoom)
        m_quizRoom->update();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Training pauses while the question is open (what is saved is what the user saw), and goes
    // on if the user stays.
    const bool pauseWhileAsking = m_session->willAskBeforeClosing() && m_snapshot && m_snapshot->running;
    if (pauseWhileAsking)
        emit pauseRequested();
    if (!m_session->confirmClose()) {
        if (pauseWhileAsking && !m_session->isClosingAfterSave())
            emit playRequested();
        event->ignore();
        return;
    }
    // The panels put away for a question are part of the layout the user keeps.
    m_quizRoom->giveBack();
    m_settings->save(m_snapshot);
    m_player->halt();
    emit pauseRequested();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 &&
        event->mimeData()->urls().front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_session->openFile(event->mimeData()->urls().front().toLocalFile());
    event->acceptProposedAction();
}

bool MainWindow::restoreSettings()
{
    const WindowSettings::Restored restored = m_settings->restore();
    if (restored.docks)
        m_docksSized = true; // the user's own dock sizes win over the proportional defaults
    return restored.geometry;
}

void MainWindow::applyThemeStyles()
{
    m_banner->applyStyle();
    m_details->applyStyle(m_presenter->isOn(), m_presenter->detailsScale());
    m_panels->applyThemeStyles();
    // The labels hold rich text with colours in it: write them again; and every widget that
    // paints from ui/style/palette.h paints once more in the new colours.
    updateScene();
    for (QWidget *widget : findChildren<QWidget *>())
        widget->update();
}

void MainWindow::showCommandFailure(const QString &coreMessage)
{
    const char *frame = QT_TR_NOOP("Not applied: %1");
    const QString translated = tr(frame);
    showMessage(translated == QLatin1String(frame) ? coreMessage : translated.arg(coreMessage));
}

void MainWindow::showMessage(const QString &message)
{
    // A save that failed while closing leaves the window open, with the reason; a file that could
    // not be opened is not this window's experiment.
    m_session->commandFailed();
    statusBar()->showMessage(message, 8000);
}

void MainWindow::showRunFromFile(const TrainingSnapshot &snapshot)
{
    // The file's view: the zoom and the selected neuron the teacher left.
    m_view->setZoom(snapshot.view.zoom);
    const ExperimentView &v = snapshot.view;
    m_selection = Selection{};
    const std::vector<int> &sizes = snapshot.network->sizes();
    if (v.selectedNeuron >= 0 && v.selectedLayer >= 0 && v.selectedLayer < static_cast<int>(sizes.size()) &&
        v.selectedNeuron < sizes[static_cast<std::size_t>(v.selectedLayer)]) {
        m_selection.kind = Selection::Kind::Neuron;
        m_selection.layer = v.selectedLayer;
        m_selection.neuron = v.selectedNeuron;
    }
}

void MainWindow::showSnapshot(const SnapshotPointer &received)
{
    // A follower shows the lecturer's state, not its own training's (and keeps the lecturer's step
    // on screen when it starts exploring on its own).
    const SnapshotPointer snapshot = m_class->admitted(received);
    if (!snapshot)
        return;
    const bool newRun = !m_snapshot || snapshot->runId != m_snapshot->runId;
    const bool newNetworkShape = newRun || snapshot->network->sizes() != m_snapshot->network->sizes();
    m_snapshot = snapshot;
    const bool fromFile = m_session->receive(snapshot, newRun);
    if (fromFile)
        showRunFromFile(*snapshot);
    if (newNetworkShape && !fromFile)
        m_selection = Selection{};
    if (newNetworkShape)
        m_actions->updateZoomMenu(snapshot->network->layerCount());
    m_lessonPanels->receive(*snapshot);
    m_panels->showEpochs(*snapshot, newRun);
    m_player->receive(snapshot, newRun);
    m_timeline->setMarks(snapshot->timeline, snapshot->timelinePosition);
    m_banner->showSnapshot(*snapshot);
    m_actions->syncControls(snapshot);
    m_edits->receive(snapshot, newRun);
    // updateScene() feeds the docks the moment on screen (before the step until its update).
    m_panelSnapshot.reset();
    updateScene();
    emit snapshotShown();
}

void MainWindow::feedPanels()
{
    const SnapshotPointer shown = m_moment.shown(m_snapshot, m_player->phaseIndex());
    if (shown == m_panelSnapshot)
        return;
    m_panelSnapshot = shown;
    // Presenter mode keeps its few docks; the layout it comes back to gets these right.
    m_docks->feed(*shown, m_presenter->isOn());
}

void MainWindow::updateScene()
{
    if (!m_snapshot)
        return;
    feedPanels();
    const std::shared_ptr<const Trace> trace = m_player->trace();
    NetworkScene scene;
    scene.network = m_panelSnapshot->network;
    scene.activations = m_panelSnapshot->shownActivations;
    scene.dataset = m_panelSnapshot->dataset;
    scene.trace = trace;
    scene.phaseIndex = m_player->phaseIndex();
    scene.phaseProgress = m_player->phaseProgress();
    scene.showDerivative = m_actions->derivative->isChecked();
    scene.showSaturation = m_actions->saturationMarks->isChecked();
    scene.saturation = m_panelSnapshot->saturation;
    scene.diverged = m_snapshot->diverged;
    // A fresh gradient check of this very network colours the edges by their relative error.
    if (m_gradientCheck->hasResult() && !m_gradientCheck->isResultStale())
        scene.gradientCheck = m_gradientCheck->result();
    scene.concealed = m_quiz->concealed();
    m_view->setScene(scene);
    m_view->setSelection(m_selection);
    m_edits->setSelection(m_selection);
    m_equations->setState(trace, scene.phaseIndex, m_selection, scene.concealed);
    m_panels->chainRule->setState(trace, scene.phaseIndex, m_selection, scene.concealed);
    m_panels->landscape->setSelection(m_selection);
    // A δ the class is predicting is not printed below the equation either.
    const bool deltaHidden =
        std::any_of(scene.concealed.begin(), scene.concealed.end(), [&](const Selection &c) {
            return c.kind == Selection::Kind::Neuron && c.layer == m_selection.layer &&
                   c.neuron == m_selection.neuron;
        });
    m_details->showSelection(*m_player->shownNetwork(), trace.get(), m_snapshot->shownActivations,
                             m_selection, deltaHidden);
    m_status->showState(*m_panelSnapshot, trace.get(), scene.phaseIndex);
}

void MainWindow::askQuiz()
{
    const std::shared_ptr<const Trace> trace = m_player->trace();
    if (!trace || !m_quiz->isEnabled())
        return;
    if (m_quiz->ask(*trace, m_player->phaseIndex(), m_selection, QRandomGenerator::global()->generate64()))
        m_selection = m_quiz->question().subject; // the graph points at what the class predicts
}

void MainWindow::nextPhase()
{
    m_player->nextPhase();
}

void MainWindow::previousPhase()
{
    m_player->previousPhase();
}

void MainWindow::stepSample()
{
    m_player->stepSample();
}

void MainWindow::showPhase(int index)
{
    m_player->showPhase(index);
}

void MainWindow::stepEpoch()
{
    m_player->dropTrace();
    emit stepEpochRequested();
}

void MainWindow::togglePlay()
{
    m_player->halt();
    if (m_snapshot && m_snapshot->running)
        emit pauseRequested();
    else
        emit playRequested();
}

void MainWindow::resetNetwork()
{
    m_player->reset();
    emit resetRequested(m_seed);
}

void MainWindow::showSample(int index)
{
    emit shownSampleRequested(index);
    m_player->sampleChanged();
}

void MainWindow::zoomToLayer(int layer)
{
    if (!m_snapshot || layer < 0 || layer > m_snapshot->network->layerCount())
        return;
    if (layer == 0) {
        m_view->zoomToNetwork();
        return;
    }
    // A layer as tall as the view cannot grow and stay whole on screen: say so rather than seem
    // to ignore the key.
    if (m_view->zoomToLayer(layer) <= 1.0)
        statusBar()->showMessage(tr("Layer %1 already fills the height of the graph").arg(layer), 3000);
}

void MainWindow::selectInGraph(const Selection &selection)
{
    m_selection = selection;
    updateScene();
}

QString MainWindow::lessonName() const
{
    return m_snapshot ? QString::fromStdString(m_snapshot->presetName) : QString();
}

void MainWindow::openLesson(const QString &name)
{
    emit lessonRequested(name, m_seed);
}

ExperimentView MainWindow::currentView() const
{
    ExperimentView view;
    view.shownSample = m_snapshot ? m_snapshot->shownSample : 0;
    view.zoom = m_view->zoom();
    if (m_selection.kind == Selection::Kind::Neuron) {
        view.selectedLayer = m_selection.layer;
        view.selectedNeuron = m_selection.neuron;
    }
    return view;
}

} // namespace bp::ui
