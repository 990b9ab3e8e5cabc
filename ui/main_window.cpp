#include "ui/main_window.h"

#include "core/error.h"
#include "core/file_io.h"
#include "core/preset.h"
#include "core/worked_example.h"
#include "ui/boundary/decision_boundary_view.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/gradient_chart.h"
#include "ui/charts/loss_chart.h"
#include "ui/editing/architecture_editor.h"
#include "ui/editing/dataset_editor.h"
#include "ui/editing/edit_command.h"
#include "ui/editing/parameter_dialog.h"
#include "ui/display_names.h"
#include "ui/equation_panel.h"
#include "ui/gradcheck/gradient_check_panel.h"
#include "ui/graph/network_view.h"
#include "ui/graph/value_format.h"
#include "ui/guided_lesson.h"
#include "ui/palette.h"
#include "ui/prediction_quiz.h"
#include "ui/preferences_dialog.h"
#include "ui/representation/code_space_view.h"
#include "ui/representation/pattern_style.h"
#include "ui/representation/representation_table.h"
#include "ui/room_layout.h"
#include "ui/theme.h"
#include "ui/timeline_strip.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShowEvent>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace bp::ui {

namespace {

// The learning-rate slider is logarithmic: position p of kRateSteps maps to 10^(−4 + 5p/kRateSteps),
// from 1e-4 to 10.
constexpr int kRateSteps = 500;

int rateToSlider(double rate)
{
    return static_cast<int>(std::lround((std::log10(std::clamp(rate, 1e-4, 10.0)) + 4.0) / 5.0 * kRateSteps));
}

// Presenter mode's sizes: text about 1.6 times and lines twice as large as at the desk, for the
// back of a classroom.
constexpr double kPresenterTextScale = 1.6;
constexpr double kPresenterLineScale = 2.0;
constexpr int kEquationPoints = 14;
constexpr int kDetailsPoints = 12;
constexpr int kPresenterEquationPoints = 22;
constexpr double kPresenterSmallTextScale = 1.3;
constexpr int kPresenterSmallEquationPoints = 17;

double sliderToRate(int position)
{
    const double rate = std::pow(10.0, -4.0 + 5.0 * position / kRateSteps);
    // Round to 3 significant digits so the spin box shows a tidy number.
    const double magnitude = std::pow(10.0, std::floor(std::log10(rate)) - 2);
    return std::round(rate / magnitude) * magnitude;
}

QString formatRate(double samplesPerSecond)
{
    if (samplesPerSecond >= 1e6)
        return MainWindow::tr("%1 M samples/s").arg(QString::number(samplesPerSecond / 1e6, 'f', 1));
    if (samplesPerSecond >= 1e3)
        return MainWindow::tr("%1 k samples/s").arg(QString::number(samplesPerSecond / 1e3, 'f', 0));
    return MainWindow::tr("%1 samples/s").arg(QString::number(samplesPerSecond, 'f', 0));
}

// The lessons' titles come from the core in English; the menus show them in the user's language.
const char *const kLessonTitles[] = {
    QT_TRANSLATE_NOOP("Lessons", "8-3-8 autoencoder"),
    QT_TRANSLATE_NOOP("Lessons", "4-2-4 autoencoder"),
    QT_TRANSLATE_NOOP("Lessons", "16-4-16 autoencoder"),
    QT_TRANSLATE_NOOP("Lessons", "XOR (2-2-1)"),
    QT_TRANSLATE_NOOP("Lessons", "2-D circle (binary classification)"),
    QT_TRANSLATE_NOOP("Lessons", "2-D quadrants (binary classification)"),
    QT_TRANSLATE_NOOP("Lessons", "2-D gaussians (binary classification)"),
    QT_TRANSLATE_NOOP("Lessons", "2-D spiral (binary classification)"),
    QT_TRANSLATE_NOOP("Lessons", "Vanishing gradient (2-8-8-8-8-8-1, logistic)"),
    QT_TRANSLATE_NOOP("Lessons", "Handwritten digits (64-16-10)"),
    QT_TRANSLATE_NOOP("Lessons", "Iris flowers (4-5-3)"),
};

QString lessonTitle(const std::string &name)
{
    const std::string title = makePreset(name).title;
    for (const char *known : kLessonTitles)
        if (title == known)
            return QCoreApplication::translate("Lessons", known);
    return QString::fromStdString(title);
}

void fillActivationCombo(QComboBox *combo, bool output)
{
    for (Activation activation : kAllActivations) {
        if (activation == Activation::Softmax && !output)
            continue;
        combo->addItem(activationDisplayName(activation), static_cast<int>(activation));
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Backprop Studio"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);

    m_banner = new QWidget(central);
    m_banner->setObjectName("divergenceBanner");
    // The explanation across the whole width, the remedies under it: at 1280 px three buttons
    // beside the text would squeeze it into a tall narrow column.
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setSpacing(4);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    auto *lowerRate = new QPushButton(tr("Lower the rate ×0.1"), m_banner);
    auto *resetButton = new QPushButton(tr("Reset"), m_banner);
    m_rewindButton = new QPushButton(m_banner);
    m_rewindButton->setAccessibleName(tr("Rewind to the last good state"));
    m_rewindButton->setToolTip(tr("Put the network back to the newest kept state whose weights and loss "
                                  "were still finite"));
    lowerRate->setAccessibleName(tr("Lower the learning rate tenfold"));
    resetButton->setAccessibleName(tr("Reset the weights"));
    auto *remedies = new QHBoxLayout;
    remedies->addStretch(1);
    remedies->addWidget(m_rewindButton);
    remedies->addWidget(lowerRate);
    remedies->addWidget(resetButton);
    bannerLayout->addWidget(m_bannerText);
    bannerLayout->addLayout(remedies);
    m_banner->hide();
    connect(lowerRate, &QPushButton::clicked, this, [this] {
        if (m_snapshot)
            setLearningRateFromUser(std::max(1e-4, m_snapshot->settings.optimizer.learningRate * 0.1));
    });
    connect(resetButton, &QPushButton::clicked, this, &MainWindow::resetNetwork);
    connect(m_rewindButton, &QPushButton::clicked, this, &MainWindow::rewindRequested);

    m_view = new NetworkView(central);
    m_view->setAccessibleName(tr("Network graph"));
    m_quiz = new PredictionQuiz(this);
    m_quiz->prompt()->setParent(central);
    connect(m_quiz, &PredictionQuiz::revealed, this, &MainWindow::onQuizRevealed);
    m_timeline = new TimelineStrip(central);
    connect(m_timeline, &TimelineStrip::restoreRequested, this, [this](quint64 id) {
        m_quiz->cancel();
        m_phaseAnimation->stop();
        m_autoAdvance = false;
        emit restoreStateRequested(id);
    });
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_quiz->prompt());
    centralLayout->addWidget(m_view, 1);
    centralLayout->addWidget(m_timeline);
    setCentralWidget(central);
    connect(m_view, &NetworkView::selectionChanged, this, [this](const Selection &selection) {
        m_selection = selection;
        updateScene();
    });
    connect(m_view, &NetworkView::parameterEditRequested, this, &MainWindow::editParameter);

    m_phaseAnimation = new QVariantAnimation(this);
    m_phaseAnimation->setStartValue(0.0);
    m_phaseAnimation->setEndValue(1.0);
    m_phaseAnimation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_phaseAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_phaseProgress = value.toDouble();
        updateScene();
    });
    connect(m_phaseAnimation, &QVariantAnimation::finished, this, &MainWindow::onPhaseAnimationFinished);

    m_undoStack = new QUndoStack(this);
    m_undoStack->setUndoLimit(100);
    buildActions();
    buildToolBar();
    buildDocks();
    buildEditing();
    m_roomLayout = std::make_unique<RoomLayout>(
        *this, RoomLayout::Docks{m_equationDock,
                                 {findChild<QDockWidget *>("gradientCheckDock"), m_architectureDock},
                                 m_lossDock,
                                 m_gradientDock});
    buildMenus();
    nameQtsOwnButtons();

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Training status"));
    statusBar()->addWidget(m_status, 1);

    applyThemeStyles();
    connect(&Theme::instance(), &Theme::changed, this, &MainWindow::applyThemeStyles);
    // Last, so that its veil and card lie above every other child of the window.
    m_guide = new GuidedLesson(this);

    // The size the window will have maximised, so the docks are laid out for it from the start.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableGeometry().size());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto makeAction = [this](const QString &text, const QList<QKeySequence> &keys, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::ApplicationShortcut);
        QString shortcutText;
        for (const QKeySequence &key : keys)
            shortcutText += (shortcutText.isEmpty() ? "" : ", ") + key.toString(QKeySequence::NativeText);
        action->setToolTip(shortcutText.isEmpty() ? tip : QString("%1 (%2)").arg(tip, shortcutText));
        addAction(action);
        return action;
    };
    m_playAction = makeAction(tr("Play"), {QKeySequence(Qt::Key_Space)}, tr("Train continuously, or pause"));
    m_previousPhaseAction =
        makeAction(tr("◀ Phase"), {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)},
                   tr("Show the previous phase of this step"));
    m_nextPhaseAction =
        makeAction(tr("Phase ▶"), {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)},
                   tr("Show the next phase: forward, output error, backward, gradients, update"));
    m_stepSampleAction =
        makeAction(tr("Sample"), {QKeySequence(Qt::Key_S)}, tr("Animate one whole step on the next sample"));
    m_stepEpochAction = makeAction(tr("Epoch"), {QKeySequence(Qt::Key_E)}, tr("Train one epoch"));
    m_resetAction = makeAction(tr("Reset"), {QKeySequence(Qt::Key_R)},
                               tr("Draw new weights from the seed and start again"));
    m_newSeedAction =
        makeAction(tr("New seed"), {QKeySequence(Qt::SHIFT | Qt::Key_R)},
                   tr("Start again from weights drawn with the next seed (when a run gets stuck)"));
    m_zoomInAction =
        makeAction(tr("+"), {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
                   tr("Zoom in on the graph"));
    m_zoomOutAction =
        makeAction(tr("−"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, tr("Zoom out of the graph"));
    m_fullScreenAction =
        makeAction(tr("Full screen"), {QKeySequence(Qt::Key_F11)}, tr("Full screen, for the projector"));
    m_fullScreenAction->setCheckable(true);
    m_derivativeAction = makeAction(tr("σ′(z)"), {QKeySequence(Qt::Key_D)},
                                    tr("Fill neurons by σ′(z): how far each is from saturation"));
    m_derivativeAction->setCheckable(true);
    m_presenterAction = makeAction(tr("Presenter mode"), {QKeySequence(Qt::Key_F5)},
                                   tr("Large type, thick lines and only the essential controls, for a "
                                      "projector; again to bring the usual layout back"));
    m_presenterAction->setCheckable(true);
    m_spotlightAction = makeAction(tr("Spotlight"), {QKeySequence(Qt::Key_L)},
                                   tr("Dim everything but the selected neuron, its edges and its "
                                      "neighbours (with no selection: the layer being computed)"));
    m_spotlightAction->setCheckable(true);
    for (int layer = 0; layer <= 9; ++layer) {
        QAction *action = layer == 0
                              ? makeAction(tr("Whole network"), {QKeySequence(Qt::Key_0)},
                                           tr("Show the whole network (Escape in the graph does the same)"))
                              : makeAction(tr("Layer %1").arg(layer), {QKeySequence(Qt::Key_0 + layer)},
                                           tr("Fit the graph to layer %1 and its edges").arg(layer));
        connect(action, &QAction::triggered, this, [this, layer] { zoomToLayer(layer); });
        m_zoomLayerActions.append(action);
    }
    m_quizAction = makeAction(tr("Predict then reveal"), {QKeySequence(Qt::Key_Q)},
                              tr("Quiz mode: before the output error and the update, the class predicts "
                                 "a value, then Space or Enter reveals it"));
    m_quizAction->setCheckable(true);
    connect(m_quizAction, &QAction::toggled, this, [this](bool on) {
        m_quiz->setEnabled(on);
        statusBar()->showMessage(on ? tr("Predict then reveal: on — step with → and the class guesses "
                                         "before each reveal")
                                    : tr("Predict then reveal: off"),
                                 5000);
        updateScene();
    });

    connect(m_playAction, &QAction::triggered, this, &MainWindow::togglePlay);
    connect(m_nextPhaseAction, &QAction::triggered, this, &MainWindow::nextPhase);
    connect(m_previousPhaseAction, &QAction::triggered, this, &MainWindow::previousPhase);
    connect(m_stepSampleAction, &QAction::triggered, this, &MainWindow::stepSample);
    connect(m_stepEpochAction, &QAction::triggered, this, &MainWindow::stepEpoch);
    connect(m_resetAction, &QAction::triggered, this, &MainWindow::resetNetwork);
    connect(m_newSeedAction, &QAction::triggered, this, [this] {
        ++m_seed;
        resetNetwork();
        statusBar()->showMessage(tr("New weights from seed %1").arg(m_seed), 4000);
    });
    connect(m_zoomInAction, &QAction::triggered, m_view, &NetworkView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &NetworkView::zoomOut);
    connect(m_fullScreenAction, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
    connect(m_derivativeAction, &QAction::toggled, this, [this] { updateScene(); });
    connect(m_presenterAction, &QAction::toggled, this, &MainWindow::setPresenterMode);
    connect(m_spotlightAction, &QAction::toggled, this, [this](bool on) {
        m_view->setSpotlight(on);
        if (m_persistSettings)
            QSettings().setValue("spotlight", on);
    });
}

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(tr("Training"));
    bar->setObjectName("trainingToolBar");
    m_trainingBar = bar;
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setStyleSheet(
        "QToolBar { spacing: 4px; padding: 3px; } QToolButton { padding: 4px 7px; font-weight: 600; }");
    for (QAction *action : {m_playAction, m_previousPhaseAction, m_nextPhaseAction, m_stepSampleAction,
                            m_stepEpochAction, m_resetAction, m_newSeedAction})
        bar->addAction(action);
    bar->addSeparator();
    // Presenter mode is the projector's button; full screen stays on F11 and in the View menu, and
    // the spotlight's button joins the row in presenter mode only (L and the View menu have it at
    // the desk), so that the row still fits 1280 pixels.
    m_presenterAction->setIconText(tr("Present"));
    for (QAction *action : {m_derivativeAction, m_zoomOutAction, m_zoomInAction, m_presenterAction})
        bar->addAction(action);
    bar->addSeparator();
    // Playback controls sit with the actions they pace; the model's settings get the second row.
    auto playbackLabel = [bar](const QString &text) {
        auto *l = new QLabel(text, bar);
        l->setContentsMargins(8, 0, 4, 0);
        return l;
    };
    m_pace = new QComboBox(bar);
    m_pace->setAccessibleName(tr("Training pace"));
    m_pace->setToolTip(tr("How fast Play trains: slow enough to watch a small network learn, or flat out"));
    for (const auto &[text, pace] : {std::pair{tr("10 steps/s"), 10.0},
                                     {tr("100 steps/s"), 100.0},
                                     {tr("1000 steps/s"), 1000.0},
                                     {tr("10k steps/s"), 10000.0},
                                     {tr("full speed"), 0.0}})
        m_pace->addItem(text, pace);
    m_pace->setCurrentIndex(2);
    bar->addWidget(playbackLabel(tr("pace")));
    bar->addWidget(m_pace);
    connect(m_pace, &QComboBox::currentIndexChanged, this,
            [this](int index) { emit paceRequested(m_pace->itemData(index).toDouble()); });

    m_speed = new QSlider(Qt::Horizontal, bar);
    m_speed->setRange(1, 10);
    m_speed->setValue(5);
    m_speed->setFixedWidth(80);
    m_speed->setAccessibleName(tr("Animation speed"));
    m_speed->setToolTip(tr("How fast the phases of one step are animated"));
    bar->addWidget(playbackLabel(tr("speed")));
    bar->addWidget(m_speed);

    // The settings get a row of their own, so that nothing hides behind an overflow arrow at 1280 px.
    addToolBarBreak();
    bar = addToolBar(tr("Settings"));
    bar->setObjectName("settingsToolBar");
    m_settingsBar = bar;
    bar->setMovable(false);
    bar->setStyleSheet("QToolBar { spacing: 4px; padding: 2px 4px; }");
    auto label = [bar](const QString &text) {
        auto *l = new QLabel(text, bar);
        l->setContentsMargins(8, 0, 4, 0);
        return l;
    };
    m_preset = new QComboBox(bar);
    m_preset->setAccessibleName(tr("Lesson"));
    m_preset->setMaximumWidth(250);
    m_preset->setToolTip(tr("The lesson: a dataset and a network that learns it"));
    for (const std::string &name : presetNames())
        m_preset->addItem(lessonTitle(name), QString::fromStdString(name));
    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { emit lessonRequested(m_preset->itemData(index).toString(), m_seed); });
    bar->addWidget(m_preset);
    bar->addSeparator();

    m_rateSlider = new QSlider(Qt::Horizontal, bar);
    m_rateSlider->setRange(0, kRateSteps);
    m_rateSlider->setFixedWidth(110);
    m_rateSlider->setAccessibleName(tr("Learning rate (logarithmic)"));
    m_rateSlider->setToolTip(tr("Learning rate η, from 0.0001 to 10 on a logarithmic scale"));
    m_rateBox = new QDoubleSpinBox(bar);
    m_rateBox->setRange(1e-4, 10.0);
    m_rateBox->setDecimals(4);
    m_rateBox->setSingleStep(0.01);
    m_rateBox->setAccessibleName(tr("Learning rate"));
    m_rateBox->setToolTip(tr("Learning rate η in w ← w − η ∂E/∂w"));
    bar->addWidget(label(tr("rate η")));
    bar->addWidget(m_rateSlider);
    bar->addWidget(m_rateBox);
    // Dragging changes the rate live; the chart gets one marker, when the slider is let go.
    connect(m_rateSlider, &QSlider::valueChanged, this, [this](int position) {
        if (m_syncing)
            return;
        if (m_rateSlider->isSliderDown())
            emit learningRateRequested(sliderToRate(position));
        else
            setLearningRateFromUser(sliderToRate(position));
    });
    connect(m_rateSlider, &QSlider::sliderPressed, this,
            [this] { m_rateAtPress = m_snapshot ? m_snapshot->settings.optimizer.learningRate : 0.0; });
    connect(m_rateSlider, &QSlider::sliderReleased, this, [this] {
        const double rate = sliderToRate(m_rateSlider->value());
        emit learningRateRequested(rate);
        markChange(
            tr("η %1 → %2").arg(EquationPanel::formatValue(m_rateAtPress), EquationPanel::formatValue(rate)));
    });
    connect(m_rateBox, &QDoubleSpinBox::editingFinished, this, [this] {
        if (!m_syncing)
            setLearningRateFromUser(m_rateBox->value());
    });

    m_hiddenActivation = new QComboBox(bar);
    fillActivationCombo(m_hiddenActivation, false);
    m_hiddenActivation->setAccessibleName(tr("Activation of the hidden layers"));
    m_hiddenActivation->setToolTip(
        tr("Activation of every hidden layer; changes apply at the next step, weights kept"));
    m_outputActivation = new QComboBox(bar);
    fillActivationCombo(m_outputActivation, true);
    m_outputActivation->setAccessibleName(tr("Activation of the output layer"));
    m_outputActivation->setToolTip(tr("Activation of the output layer"));
    bar->addWidget(label(tr("hidden")));
    bar->addWidget(m_hiddenActivation);
    bar->addWidget(label(tr("output")));
    bar->addWidget(m_outputActivation);
    // Activation changes are architecture edits: applied between steps with the weights kept, and
    // undoable like the ones made in the architecture dock.
    connect(m_hiddenActivation, &QComboBox::activated, this, [this](int index) {
        if (!m_snapshot)
            return;
        const auto activation = static_cast<Activation>(m_hiddenActivation->itemData(index).toInt());
        NetworkShape shape = m_architectureEditor->shape();
        for (std::size_t l = 0; l + 1 < shape.activations.size(); ++l)
            shape.activations[l] = activation;
        requestToolBarShape(shape, tr("hidden → %1").arg(m_hiddenActivation->itemText(index)));
    });
    connect(m_outputActivation, &QComboBox::activated, this, [this](int index) {
        if (!m_snapshot)
            return;
        NetworkShape shape = m_architectureEditor->shape();
        shape.activations.back() = static_cast<Activation>(m_outputActivation->itemData(index).toInt());
        requestToolBarShape(shape, tr("output → %1").arg(m_outputActivation->itemText(index)));
    });

    m_optimizer = new QComboBox(bar);
    for (Optimizer optimizer : kAllOptimizers)
        m_optimizer->addItem(optimizerDisplayName(optimizer), static_cast<int>(optimizer));
    m_optimizer->setAccessibleName(tr("Optimizer"));
    m_optimizer->setToolTip(tr("The update rule: plain SGD (the lecture's), momentum or Adam"));
    bar->addWidget(label(tr("optimizer")));
    bar->addWidget(m_optimizer);
    connect(m_optimizer, &QComboBox::activated, this, [this](int index) {
        emit optimizerRequested(static_cast<Optimizer>(m_optimizer->itemData(index).toInt()));
        markChange(tr("optimizer → %1").arg(m_optimizer->itemText(index)));
    });

    m_batch = new QSpinBox(bar);
    m_batch->setRange(0, 100000);
    m_batch->setSpecialValueText(tr("all"));
    m_batch->setAccessibleName(tr("Batch size"));
    m_batch->setToolTip(tr("Samples per update: 1 is online learning (the lecture's), 'all' is full batch"));
    bar->addWidget(label(tr("batch")));
    bar->addWidget(m_batch);
    connect(m_batch, &QSpinBox::editingFinished, this, [this] {
        if (!m_syncing && m_snapshot && m_batch->value() != m_snapshot->settings.batchSize) {
            emit batchSizeRequested(m_batch->value());
            markChange(tr("batch → %1").arg(m_batch->text()));
        }
    });
}

void MainWindow::buildDocks()
{
    auto *equationDock = new QDockWidget(tr("Equation"), this);
    equationDock->setObjectName("equationDock");
    auto *equationBox = new QWidget(equationDock);
    auto *equationLayout = new QVBoxLayout(equationBox);
    equationLayout->setContentsMargins(6, 6, 6, 6);
    m_equations = new EquationPanel(equationBox);
    m_neuronDetails = new QLabel(equationBox);
    m_neuronDetails->setTextFormat(Qt::RichText);
    m_neuronDetails->setWordWrap(true);
    equationLayout->addWidget(m_equations, 1);
    equationLayout->addWidget(m_neuronDetails);
    equationDock->setWidget(equationBox);
    equationDock->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, equationDock);

    auto *checkDock = new QDockWidget(tr("Gradient check"), this);
    checkDock->setObjectName("gradientCheckDock");
    // In a scroll area, so the panel never makes the window taller than a 720-line projector.
    auto *checkScroll = new QScrollArea(checkDock);
    checkScroll->setWidgetResizable(true);
    checkScroll->setFrameShape(QFrame::NoFrame);
    m_gradientCheck = new GradientCheckPanel(checkScroll);
    m_gradientCheck->setAccessibleName(tr("Backprop's gradient against central differences"));
    checkScroll->setWidget(m_gradientCheck);
    checkDock->setWidget(checkScroll);
    connect(m_gradientCheck, &GradientCheckPanel::checkFinished, this, &MainWindow::updateScene);
    tabifyDockWidget(equationDock, checkDock);
    equationDock->raise();

    auto *samplesDock = new QDockWidget(tr("Samples and what the network learned"), this);
    samplesDock->setObjectName("samplesDock");
    m_samples = new RepresentationTable(samplesDock);
    m_samples->setAccessibleName(tr("Samples: input, hidden code, output"));
    connect(m_samples, &RepresentationTable::sampleClicked, this, &MainWindow::showSample);
    samplesDock->setWidget(m_samples);
    samplesDock->setMinimumWidth(260);
    addDockWidget(Qt::LeftDockWidgetArea, samplesDock);

    m_codesDock = new QDockWidget(tr("Hidden codes"), this);
    m_codesDock->setObjectName("codesDock");
    m_codes = new CodeSpaceView(m_codesDock);
    m_codes->setAccessibleName(tr("Hidden codes of every sample; drag to rotate"));
    connect(m_codes, &CodeSpaceView::sampleClicked, this, &MainWindow::showSample);
    m_codes->setMinimumSize(220, 170);
    m_codesDock->setWidget(m_codes);
    splitDockWidget(samplesDock, m_codesDock, Qt::Vertical);

    m_boundaryDock = new QDockWidget(tr("Decision boundary"), this);
    m_boundaryDock->setObjectName("boundaryDock");
    m_boundary = new DecisionBoundaryView(m_boundaryDock);
    m_boundary->setAccessibleName(tr("The network's output over the input plane, with the samples"));
    m_boundary->setMinimumSize(220, 170);
    m_boundaryDock->setWidget(m_boundary);
    tabifyDockWidget(m_codesDock, m_boundaryDock);

    auto *lossDock = new QDockWidget(tr("Loss and accuracy"), this);
    lossDock->setObjectName("lossDock");
    m_lossChart = new LossChart(lossDock);
    m_lossChart->setMinimumHeight(150);
    lossDock->setWidget(m_lossChart);
    addDockWidget(Qt::BottomDockWidgetArea, lossDock);
    auto *gradientDock = new QDockWidget(tr("Gradient size per layer"), this);
    gradientDock->setObjectName("gradientDock");
    auto *gradientBox = new QWidget(gradientDock);
    auto *gradientLayout = new QVBoxLayout(gradientBox);
    gradientLayout->setContentsMargins(0, 0, 0, 0);
    gradientLayout->setSpacing(2);
    m_gradientChart = new GradientChart(gradientBox);
    m_gradientChart->setMinimumHeight(150);
    m_gradientCaption = new QLabel(gradientBox);
    m_gradientCaption->setWordWrap(true);
    m_gradientCaption->setTextFormat(Qt::RichText);
    gradientLayout->addWidget(m_gradientChart, 1);
    gradientLayout->addWidget(m_gradientCaption);
    gradientDock->setWidget(gradientBox);
    addDockWidget(Qt::BottomDockWidgetArea, gradientDock);
    splitDockWidget(lossDock, gradientDock, Qt::Horizontal);
    m_lossDock = lossDock;
    m_gradientDock = gradientDock;
    m_samplesDock = samplesDock;
    m_equationDock = equationDock;
}

void MainWindow::buildEditing()
{
    m_datasetDock = new QDockWidget(tr("Dataset"), this);
    m_datasetDock->setObjectName("datasetDock");
    m_datasetEditor = new DatasetEditor(m_datasetDock);
    m_datasetEditor->setAccessibleName(tr("Dataset editor: the inputs and targets of every sample"));
    // Scrolled when the column is short: at 1280×720 the editor must not push the window taller than
    // the screen (the samples table and the codes share its column as tabs).
    auto *datasetScroll = new QScrollArea(m_datasetDock);
    datasetScroll->setWidgetResizable(true);
    datasetScroll->setFrameShape(QFrame::NoFrame);
    datasetScroll->setFocusPolicy(Qt::NoFocus);
    datasetScroll->setAccessibleName(tr("Dataset"));
    datasetScroll->setWidget(m_datasetEditor);
    m_datasetDock->setWidget(datasetScroll);
    tabifyDockWidget(m_samplesDock, m_datasetDock);
    m_samplesDock->raise();
    connect(m_datasetEditor, &DatasetEditor::editRequested, this, &MainWindow::requestDatasetEdit);
    connect(m_datasetEditor, &DatasetEditor::problem, this,
            [this](const QString &message) { showProblem(tr("Cannot change the data"), message); });

    m_architectureDock = new QDockWidget(tr("Architecture"), this);
    m_architectureDock->setObjectName("architectureDock");
    m_architectureEditor = new ArchitectureEditor(m_architectureDock);
    m_architectureEditor->setAccessibleName(tr("Architecture editor: layers, neurons, activations, loss"));
    m_architectureDock->setWidget(m_architectureEditor);
    tabifyDockWidget(m_equationDock, m_architectureDock);
    m_equationDock->raise();
    connect(m_architectureEditor, &ArchitectureEditor::editRequested, this,
            &MainWindow::requestArchitectureEdit);
    connect(m_architectureEditor, &ArchitectureEditor::problem, this,
            [this](const QString &message) { showProblem(tr("Cannot change the architecture"), message); });
}

void MainWindow::pushEdit(const QString &text, const std::function<void(quint64 id)> &apply)
{
    const quint64 id = ++m_lastEditId;
    m_undoStack->push(new EditCommand(
        text, id,
        [this, id, apply, text] {
            endReplay();
            ++m_editsSent;
            apply(id);
            markChange(text);
        },
        [this](quint64 editId, bool undo) {
            endReplay();
            ++m_editsSent;
            emit editRevisitRequested(editId, undo);
        }));
}

void MainWindow::endReplay()
{
    // A recorded step's numbers belong to the model before the edit: the graph shows the live one.
    if (!m_trace)
        return;
    m_quiz->cancel();
    m_trace.reset();
    m_phaseIndex = -1;
    m_autoAdvance = false;
    m_phaseAnimation->stop();
    updateScene();
}

void MainWindow::requestDatasetEdit(const Dataset &dataset, const QString &description)
{
    if (!m_snapshot)
        return;
    ModelEdit edit;
    edit.dataset = dataset;
    // A new input or target column needs a neuron more (or less) in the input or output layer: the
    // architecture follows the data, keeping every weight whose neurons remain.
    NetworkShape shape = m_architectureEditor->shape();
    if (dataset.inputSize() != shape.sizes.front() || dataset.targetSize() != shape.sizes.back()) {
        shape.sizes.front() = dataset.inputSize();
        shape.sizes.back() = dataset.targetSize();
        const std::string problem = Network::validateShape(
            std::vector<std::int64_t>(shape.sizes.begin(), shape.sizes.end()), shape.activations, shape.loss);
        if (!problem.empty()) {
            syncEditors(*m_snapshot);
            showProblem(tr("Cannot change the data"), QString::fromStdString(problem));
            return;
        }
        edit.shape = shape;
        for (std::size_t l = 1; l < shape.sizes.size(); ++l)
            edit.sourceLayer.push_back(static_cast<int>(l));
        m_architectureEditor->setShape(shape, m_seed);
    }
    pushEdit(description, [this, edit](quint64 id) { emit modelEditRequested(id, edit); });
}

void MainWindow::requestArchitectureEdit(const NetworkShape &shape, const std::vector<int> &sourceLayer,
                                         const QString &description)
{
    ModelEdit edit;
    edit.shape = shape;
    edit.sourceLayer = sourceLayer;
    pushEdit(description, [this, edit](quint64 id) { emit modelEditRequested(id, edit); });
}

void MainWindow::requestToolBarShape(const NetworkShape &shape, const QString &description)
{
    if (shape == m_architectureEditor->shape() || shape.activations.empty())
        return;
    const std::string problem = Network::validateShape(
        std::vector<std::int64_t>(shape.sizes.begin(), shape.sizes.end()), shape.activations, shape.loss);
    if (!problem.empty()) {
        syncControls(*m_snapshot);
        showProblem(tr("Cannot change the activation"), QString::fromStdString(problem));
        return;
    }
    m_architectureEditor->setShape(shape, m_seed);
    std::vector<int> sourceLayer(shape.activations.size());
    std::iota(sourceLayer.begin(), sourceLayer.end(), 1);
    requestArchitectureEdit(shape, sourceLayer, description);
}

void MainWindow::changeParameter(const Selection &selection, double value)
{
    ParameterEdit edit;
    edit.layer = selection.layer;
    edit.neuron = selection.neuron;
    edit.from = selection.kind == Selection::Kind::Edge ? selection.from : -1;
    edit.value = value;
    const QString text =
        edit.from >= 0
            ? tr("change weight %1").arg(indexedSymbol("w", edit.layer, edit.neuron + 1, edit.from + 1))
            : tr("change bias %1").arg(indexedSymbol("b", edit.layer, edit.neuron + 1));
    pushEdit(text, [this, edit](quint64 id) { emit parameterEditRequested(id, edit); });
}

void MainWindow::editParameter(const Selection &selection)
{
    if (!m_snapshot)
        return;
    const Network &network = *m_snapshot->network;
    const int l = selection.layer;
    const bool edge = selection.kind == Selection::Kind::Edge;
    if ((!edge && selection.kind != Selection::Kind::Neuron) || l < 1 || l > network.layerCount() ||
        selection.neuron >= network.layer(l).weights.rows() ||
        (edge && selection.from >= network.layer(l).weights.cols()))
        return;
    const double current = edge ? network.layer(l).weights(selection.neuron, selection.from)
                                : network.layer(l).biases(selection.neuron);
    ParameterDialog dialog(l, selection.neuron, edge ? selection.from : -1, current, this);
    dialog.setObjectName("parameterDialog");
    if (dialog.exec() != QDialog::Accepted || dialog.value() == current)
        return;
    changeParameter(selection, dialog.value());
}

void MainWindow::discardEdit(quint64 id)
{
    const int top = m_undoStack->index() - 1;
    auto *command = top >= 0 ? dynamic_cast<const EditCommand *>(m_undoStack->command(top)) : nullptr;
    if (!command || command->editId() != id)
        return;
    // An obsolete command is not undone but deleted by QUndoStack::undo().
    const_cast<EditCommand *>(command)->setObsolete(true);
    m_undoStack->undo();
}

void MainWindow::showProblem(const QString &title, const QString &message)
{
    // Window-modal and not blocking: training and the snapshots go on behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName("problemMessage");
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Nothing was changed."));
    box->open();
}

bool MainWindow::isEditPending() const
{
    return m_snapshot && m_snapshot->editsHandled < m_editsSent;
}

void MainWindow::syncEditors(const TrainingSnapshot &snapshot)
{
    m_datasetEditor->setDataset(snapshot.dataset);
    const NetworkShape shape = shapeOf(*snapshot.network);
    if (shape != m_architectureEditor->shape() || snapshot.seed != m_seed)
        m_architectureEditor->setShape(shape, snapshot.seed);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_docksSized) {
        m_docksSized = true;
        // After the first layout pass, so the window has its final size.
        QTimer::singleShot(0, this, &MainWindow::sizeDocks);
        // The graph starts with the focus (else Qt gives it to the first control that takes it, the
        // timeline, say, and → would scrub it instead of stepping the phases).
        QTimer::singleShot(0, this, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    }
    if (m_presentOnShow) {
        m_presentOnShow = false;
        // Queued after sizeDocks, so the layout it keeps to come back to is the sized one.
        QTimer::singleShot(0, this, [this] { m_presenterAction->setChecked(true); });
    }
}

void MainWindow::sizeDocks()
{
    // The graph gets the most room at any screen size: the docks take fixed shares of the window.
    const QSize size = this->size();
    m_roomLayout->fit();
    // Tall enough for the charts' key on a line and their tick labels whole (Qt elides them to "…").
    const int chartHeight = std::clamp(size.height() * 30 / 100, 230, 320);
    resizeDocks({m_lossDock, m_gradientDock}, {chartHeight, chartHeight}, Qt::Vertical);
    const int leftColumn = size.height() - chartHeight - 120;
    if (size.height() < 900) {
        // A short screen keeps the chart's caption as its tool tip, for the plot's sake.
        m_gradientCaption->hide();
        // Too short for the table above the codes: they share the column as tabs.
        tabifyDockWidget(m_samplesDock, m_codesDock);
        tabifyDockWidget(m_samplesDock, m_boundaryDock);
        m_samplesDock->raise();
    } else {
        resizeDocks({m_samplesDock, m_codesDock}, {leftColumn * 58 / 100, leftColumn * 42 / 100},
                    Qt::Vertical);
    }
    if (m_roomLayout->isNarrow()) {
        // The equation shares the strip under the graph: the samples' column is the only side one.
        resizeDocks({m_samplesDock}, {m_samplesDock->minimumSizeHint().width()}, Qt::Horizontal);
        resizeDocks({m_equationDock}, {std::clamp(size.height() * 40 / 100, 240, 340)}, Qt::Vertical);
    } else {
        resizeDocks(
            {m_samplesDock, m_equationDock},
            {std::clamp(size.width() * 22 / 100, 280, 420), std::clamp(size.width() * 23 / 100, 300, 460)},
            Qt::Horizontal);
    }
    // A caption of more than one line (Italian at 1920) would squeeze the chart until Qt elides its
    // tick labels: it stays the chart's tool tip then.
    const int captionWidth = std::max(200, m_gradientDock->width() - 12);
    if (m_gradientCaption->heightForWidth(captionWidth) > m_gradientCaption->fontMetrics().lineSpacing() * 3 / 2)
        m_gradientCaption->hide();
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

QList<QWidget *> MainWindow::panels() const
{
    QList<QWidget *> result{m_view};
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        // A dock behind another's tab is "visible" but its contents are not.
        if (dock->isVisible() && dock->widget() && dock->widget()->isVisible())
            result.append(dock);
    }
    return result;
}

void MainWindow::focusPanel(int direction)
{
    const QList<QWidget *> all = panels();
    if (all.isEmpty())
        return;
    int current = -1;
    for (QWidget *focus = QApplication::focusWidget(); focus && current < 0; focus = focus->parentWidget())
        current = static_cast<int>(all.indexOf(focus));
    const int count = static_cast<int>(all.size());
    const int next = current < 0 ? (direction > 0 ? 0 : count - 1) : (current + direction + count) % count;
    QWidget *panel = all[next];
    // The panel itself when it takes focus, else its first control that does.
    QWidget *target = panel->focusPolicy() & Qt::TabFocus ? panel : nullptr;
    if (!target) {
        for (QWidget *child : panel->findChildren<QWidget *>()) {
            if ((child->focusPolicy() & Qt::TabFocus) && child->isVisible() && child->isEnabled()) {
                target = child;
                break;
            }
        }
    }
    (target ? target : panel)->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open experiment…"), QKeySequence::Open, this, &MainWindow::openExperiment);
    file->addAction(tr("&Save experiment"), QKeySequence::Save, this, [this] {
        if (m_experimentPath.isEmpty())
            saveExperimentAs();
        else
            emit saveExperimentRequested(m_experimentPath);
    });
    file->addAction(tr("Save experiment &as…"), QKeySequence::SaveAs, this, &MainWindow::saveExperimentAs);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Export the network view…"), this, &MainWindow::exportNetworkView);
    QAction *workedExample =
        file->addAction(tr("Export &worked example…"), this, &MainWindow::chooseWorkedExampleFile);
    workedExample->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    workedExample->setToolTip(tr("Every phase's equation of the step on show, with its numbers, as Markdown "
                                 "or LaTeX for a handout"));
    workedExample->setStatusTip(workedExample->toolTip());
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setToolTip(tr("Undo the last edit of the architecture, the data or a weight (%1)")
                         .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setToolTip(tr("Redo the edit just undone (Ctrl+Shift+Z, Ctrl+Y)"));
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    m_editParameterAction = m_editMenu->addAction(tr("Edit the selected &weight or bias…"), this,
                                                  [this] { editParameter(m_selection); });
    m_editParameterAction->setToolTip(
        tr("Select an edge (a weight) or a neuron (its bias) in the graph, then edit its value; double-click "
           "or Enter in the graph does the same"));
    m_editParameterAction->setEnabled(false);
    m_editMenu->addAction(m_datasetDock->toggleViewAction());
    m_editMenu->addAction(m_architectureDock->toggleViewAction());
    m_editMenu->addSeparator();
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setShortcutContext(Qt::ApplicationShortcut);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setToolTip(tr("Theme, colours, language, speed and what opens at start"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::openPreferences);
    addAction(m_preferencesAction);
    m_editMenu->addAction(m_preferencesAction);

    QMenu *train = menuBar()->addMenu(tr("&Train"));
    for (QAction *action : {m_playAction, m_previousPhaseAction, m_nextPhaseAction, m_stepSampleAction,
                            m_stepEpochAction, m_resetAction, m_newSeedAction})
        train->addAction(action);
    train->addSeparator();
    train->addAction(m_quizAction);
    // The timeline from the keyboard without focusing its strip.
    QAction *back = train->addAction(tr("Back one kept state"), m_timeline, &TimelineStrip::stepBack);
    back->setShortcut(QKeySequence(Qt::Key_BracketLeft));
    back->setToolTip(tr("Put the run back to the previous state on the timeline ([)"));
    QAction *forward =
        train->addAction(tr("Forward one kept state"), m_timeline, &TimelineStrip::stepForward);
    forward->setShortcut(QKeySequence(Qt::Key_BracketRight));
    forward->setToolTip(tr("Go to the next state on the timeline (])"));
    QAction *rewind =
        train->addAction(tr("Rewind to the last good state"), this, &MainWindow::rewindRequested);
    rewind->setToolTip(tr("Put the run back to the newest kept state before the loss jumped"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_zoomInAction->setIconText(tr("+"));
    m_zoomInAction->setText(tr("Zoom in"));
    m_zoomOutAction->setIconText(tr("−"));
    m_zoomOutAction->setText(tr("Zoom out"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    m_zoomMenu = view->addMenu(tr("Zoom to &layer"));
    updateZoomMenu();
    view->addAction(m_derivativeAction);
    view->addAction(m_spotlightAction);
    view->addAction(m_fullScreenAction);
    view->addAction(m_presenterAction);
    view->addAction(tr("Clear the charts"), this, [this] {
        m_lossChart->clear();
        m_gradientChart->clear();
    });
    // F6 moves between the graph and the docks, as in other desktop applications, so that every
    // panel is reachable without a mouse; Tab then moves within the panel.
    auto *nextPanel = view->addAction(tr("Next panel"), this, [this] { focusPanel(1); });
    nextPanel->setShortcut(QKeySequence(Qt::Key_F6));
    nextPanel->setToolTip(tr("Move the keyboard focus to the next panel (F6)"));
    auto *previousPanel = view->addAction(tr("Previous panel"), this, [this] { focusPanel(-1); });
    previousPanel->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    previousPanel->setToolTip(tr("Move the keyboard focus to the previous panel (Shift+F6)"));
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *lessons = menuBar()->addMenu(tr("&Lessons"));
    for (const std::string &name : presetNames()) {
        const QString id = QString::fromStdString(name);
        lessons->addAction(lessonTitle(name), this, [this, id] { emit lessonRequested(id, m_seed); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Guided first lesson"), this, [this] { m_guide->start(); });
    guide->setToolTip(tr("A short walk through one step of backpropagation on the 8-3-8 net"));
    help->addAction(tr("Keyboard shortcuts"), this, [this] {
        // One translatable string per row, so that a new shortcut adds a row to translate.
        const QStringList rows = {
            tr("<tr><td><b>Space</b></td><td>play / pause</td></tr>"),
            tr("<tr><td><b>→</b> or Page Down</td><td>next phase</td></tr>"),
            tr("<tr><td><b>←</b> or Page Up</td><td>previous phase</td></tr>"),
            tr("<tr><td><b>S</b></td><td>animate one step on the next sample</td></tr>"),
            tr("<tr><td><b>E</b></td><td>train one epoch</td></tr>"),
            tr("<tr><td><b>R</b></td><td>reset the weights from the seed</td></tr>"),
            tr("<tr><td><b>Shift+R</b></td><td>start again with the next seed</td></tr>"),
            tr("<tr><td><b>D</b></td><td>show σ′(z) on the neurons</td></tr>"),
            tr("<tr><td><b>Q</b></td><td>predict then reveal: the class guesses, <b>Space</b>/<b>Enter</b> "
               "reveals, <b>↑</b>/<b>↓</b> (or 1/2) records the guess</td></tr>"),
            tr("<tr><td><b>[</b>, <b>]</b></td><td>back / forward one kept state (the timeline)</td></tr>"),
            tr("<tr><td><b>Ctrl+=</b>, <b>Ctrl+−</b></td><td>zoom</td></tr>"),
            tr("<tr><td><b>F11</b></td><td>full screen</td></tr>"),
            tr("<tr><td><b>F6</b>, <b>Shift+F6</b></td><td>next / previous panel</td></tr>"),
            tr("<tr><td><b>Arrows</b> on the graph</td><td>choose a neuron (↑↓ within the layer, ←→ between "
               "layers)</td></tr>"),
            tr("<tr><td><b>Ctrl+Z</b></td><td>undo an edit</td></tr>"),
            tr("<tr><td><b>Ctrl+Shift+Z</b>, <b>Ctrl+Y</b></td><td>redo</td></tr>"),
            tr("<tr><td>double-click, <b>Enter</b></td><td>edit the weight or bias selected in the "
               "graph</td></tr>"),
            tr("<tr><td><b>1</b> … <b>9</b></td><td>zoom to layer l</td></tr>"),
            tr("<tr><td><b>0</b> or Escape</td><td>the whole network</td></tr>"),
            tr("<tr><td><b>L</b></td><td>spotlight the selected neuron</td></tr>"),
            tr("<tr><td><b>F5</b></td><td>presenter mode</td></tr>"),
            tr("<tr><td><b>B</b> or <b>.</b></td><td>black screen (presenter mode)</td></tr>"),
        };
        // Two tables side by side: one column of 22 rows is taller than a 720-line projector.
        const qsizetype half = (rows.size() + 1) / 2;
        const auto table = [](const QStringList &part) {
            return "<table cellpadding=3>" + part.join(QString()) + "</table>";
        };
        QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                        "<table><tr><td valign=top>" + table(rows.mid(0, half)) +
                            "</td><td width=24></td><td valign=top>" + table(rows.mid(half)) +
                            "</td></tr></table>",
                        QMessageBox::Ok, this);
        // A message box wraps its text to 500 pixels; the two columns need a wide line, but no
        // wider than the box may grow on this screen (Qt stops it 480 pixels short of the screen's
        // width), or the right column would be cut off.
        const int room = screen()->availableGeometry().width() - 480 - 80;
        box.setStyleSheet(
            QStringLiteral("QLabel#qt_msgbox_label { min-width: %1px; }")
                .arg(std::clamp(fontMetrics().averageCharWidth() * 120, 400, std::max(room, 400))));
        box.exec();
    });
    help->addAction(tr("About Backprop Studio"), this, [this] {
        QMessageBox::about(
            this, tr("About Backprop Studio"),
            tr("<h3>Backprop Studio %1</h3><p>Watch backpropagation happen: the forward pass, the output "
               "error (BP1), the backward pass (BP2) and the gradients (BP3, BP4) of every neuron.</p>"
               "<p>Copyright © 2026 The Backprop Studio team. This program is free software: you can "
               "redistribute it and/or modify it under the terms of the GNU General Public License as "
               "published by the Free Software Foundation, either version 3 of the License, or (at your "
               "option) any later version. It is distributed in the hope that it will be useful, but "
               "WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR "
               "A PARTICULAR PURPOSE. See the GNU General Public License for more details.</p>"
               "<p>Datasets: Optical Recognition of Handwritten Digits (E. Alpaydin, C. Kaynak, 1998) and "
               "Iris (R. A. Fisher, 1936), from the UCI Machine Learning Repository, CC BY 4.0.</p>"
               "<p>Built on Qt %2 and Eigen.</p>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

QString MainWindow::divergenceText(const QString &coreMessage)
{
    // The core explains a divergence in English, with the step and the value that broke. In another
    // language a translated headline says what happened and what to do; the core's sentence
    // follows as the detail.
    const char *headline = QT_TR_NOOP("Training diverged: the learning rate is too high for this network, "
                                      "and the weights were kept as they were before that step. Lower the "
                                      "learning rate or reset.");
    const QString translated = tr(headline);
    if (translated == QLatin1String(headline))
        return coreMessage;
    return tr("%1 <span style='font-size:10pt'>(%2)</span>").arg(translated, coreMessage.toHtmlEscaped());
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
    m_closeAfterSave = false;
    m_pendingOpenPath.clear();
    statusBar()->showMessage(message, 8000);
}

void MainWindow::setAskToSaveOnClose(bool ask)
{
    m_askToSave = ask;
}

void MainWindow::addRecentExperiment(const QString &path)
{
    if (!m_persistSettings)
        return;
    QSettings settings;
    QStringList recent = settings.value("recentExperiments").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue("recentExperiments", recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent =
        m_persistSettings ? QSettings().value("recentExperiments").toStringList() : QStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            m_pendingOpenPath = path;
            emit openExperimentRequested(path);
        });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::exportNetworkView()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export the network view"), QString(),
                                                tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(".png", Qt::CaseInsensitive) && !path.endsWith(".svg", Qt::CaseInsensitive))
        path += ".png";
    bool written = false;
    if (path.endsWith(".svg", Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(m_view->size());
        generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
        generator.setTitle(tr("Backprop Studio network view"));
        QPainter painter;
        written = painter.begin(&generator);
        if (written) {
            m_view->render(&painter);
            written = painter.end();
        }
    } else {
        written = m_view->grab().save(path, "PNG");
    }
    statusBar()->showMessage(written ? tr("Exported %1").arg(path) : tr("Could not write %1").arg(path),
                             6000);
}

void MainWindow::chooseWorkedExampleFile()
{
    const QString markdown = tr("Markdown (*.md)");
    const QString latex = tr("LaTeX document (*.tex)");
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the worked example"), QString(),
                                                markdown + ";;" + latex, &filter);
    if (path.isEmpty())
        return;
    // The file filter chooses the format when the name has no suffix of its own.
    if (!path.endsWith(".md", Qt::CaseInsensitive) && !path.endsWith(".tex", Qt::CaseInsensitive) &&
        !path.endsWith(".markdown", Qt::CaseInsensitive))
        path += filter == latex ? ".tex" : ".md";
    if (!exportWorkedExample(path))
        QMessageBox::warning(this, tr("Export the worked example"), m_exportProblem);
}

bool MainWindow::exportWorkedExample(const QString &path)
{
    m_exportProblem = tr("No step to export yet");
    if (!m_snapshot || !m_snapshot->network || !m_snapshot->dataset ||
        m_snapshot->dataset->sampleCount() == 0) {
        statusBar()->showMessage(tr("No step to export yet"), 8000);
        return false;
    }
    const Dataset &data = *m_snapshot->dataset;
    const int sample = std::clamp(m_snapshot->shownSample, 0, data.sampleCount() - 1);
    std::shared_ptr<const Trace> trace = m_trace;
    QString what = tr("sample %1 of %2").arg(sample + 1).arg(data.sampleCount());
    if (!trace) {
        // No step is being replayed: work out the step this sample would take now, on a copy, so the
        // handout never moves the training on. A fresh optimizer state is exact for SGD.
        Network copy = *m_snapshot->network;
        OptimizerState state;
        Workspace workspace(copy, 1);
        trace =
            std::make_shared<const Trace>(traceStep(copy, data.inputs.col(sample), data.targets.col(sample),
                                                    m_snapshot->settings.optimizer, state, workspace));
        what += m_snapshot->settings.optimizer.kind == Optimizer::Sgd
                    ? QString()
                    : tr(", the optimizer's first step from a fresh state");
    }
    WorkedExampleOptions options;
    options.format = path.endsWith(".tex", Qt::CaseInsensitive) ? WorkedExampleFormat::Latex
                                                                : WorkedExampleFormat::Markdown;
    options.title = tr("Worked example: %1, %2").arg(m_preset->currentText(), what).toStdString();
    if (m_selection.kind != Selection::Kind::None && m_selection.layer >= 1) {
        options.selectedLayer = m_selection.layer;
        options.selectedNeuron = m_selection.neuron;
    }
    try {
        writeFileAtomically(path.toStdString(), workedExample(*trace, options));
    } catch (const InputError &error) {
        m_exportProblem =
            tr("Could not write the worked example: %1").arg(QString::fromStdString(error.what()));
        statusBar()->showMessage(m_exportProblem, 8000);
        return false;
    }
    statusBar()->showMessage(tr("Exported the worked example to %1").arg(path), 8000);
    return true;
}

namespace {
const char *kExperimentFilter =
    QT_TRANSLATE_NOOP("MainWindow", "Backprop Studio experiments (*.bpx.json *.json)");
} // namespace

void MainWindow::openExperiment()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open an experiment"), QString(), tr(kExperimentFilter));
    if (!path.isEmpty()) {
        m_pendingOpenPath = path;
        emit openExperimentRequested(path);
    }
}

void MainWindow::saveExperimentAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the experiment"), m_experimentPath,
                                                tr(kExperimentFilter));
    if (path.isEmpty())
        return;
    if (!path.endsWith(".json"))
        path += ".bpx.json";
    emit saveExperimentRequested(path);
}

void MainWindow::experimentSaved(const QString &path)
{
    m_experimentPath = path;
    m_recovered = false;
    if (m_snapshot)
        m_savedStepCount = m_snapshot->stepCount;
    m_undoStack->setClean();
    addRecentExperiment(path);
    if (m_closeAfterSave) {
        close();
        return;
    }
    setWindowTitle(tr("%1 — Backprop Studio").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 &&
        event->mimeData()->urls().front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().front().toLocalFile();
    m_pendingOpenPath = path;
    emit openExperimentRequested(path);
    event->acceptProposedAction();
}

namespace {
// Bumped when the docks change, so an old saved layout is not applied to a new set of docks.
constexpr int kLayoutVersion = 4;
} // namespace

bool MainWindow::restoreSettings()
{
    m_persistSettings = true;
    updateRecentMenu();
    QSettings settings;
    bool restored = false;
    if (settings.value("layoutVersion").toInt() == kLayoutVersion) {
        restored = restoreGeometry(settings.value("geometry").toByteArray());
        m_roomLayout->reset();
        if (restoreState(settings.value("windowState").toByteArray(), kLayoutVersion))
            m_docksSized = true; // the user's own dock sizes win over the proportional defaults
    }
    const int pace = m_pace->findData(settings.value("pace", m_pace->currentData()));
    if (pace >= 0)
        m_pace->setCurrentIndex(pace);
    m_speed->setValue(settings.value("animationSpeed", m_speed->value()).toInt());
    m_spotlightAction->setChecked(settings.value("spotlight", false).toBool());
    // Entered once the window is shown and its docks are sized, so that leaving it brings back
    // the real layout.
    m_presentOnShow = settings.value("presenterMode", false).toBool();
    return restored;
}

void MainWindow::applyThemeStyles()
{
    const QColor banner =
        palette::alarmColor().darker(Theme::instance().kind() == ThemeKind::Dark ? 160 : 120);
    m_banner->setStyleSheet(
        QString("#divergenceBanner { background: %1; } QLabel { color: %2; font-size: 13pt; }")
            .arg(banner.name(), palette::textOn(banner).name()));
    m_neuronDetails->setStyleSheet(
        QString(
            "QLabel { font-size: 12pt; padding: 6px; background: %1; color: %2; border-top: 1px solid %3; }")
            .arg(palette::surfaceColor().name(), palette::inkColor().name(),
                 palette::surfaceBorderColor().name()));
    m_gradientCaption->setStyleSheet(
        QString("QLabel { color: %1; padding: 2px 8px 4px 8px; }").arg(palette::mutedInkColor().name()));
    // The labels hold rich text with colours in it: write them again; and every widget that
    // paints from ui/palette.h paints once more in the new colours.
    updateScene();
    for (QWidget *widget : findChildren<QWidget *>())
        widget->update();
}

void MainWindow::openPreferences()
{
    Preferences current = Preferences::load(QSettings());
    current.theme = Theme::instance().kind();
    current.signedScale = Theme::instance().signedScale();
    current.animationSpeed = m_speed->value();
    current.pace = pace();
    QList<QPair<QString, double>> paces;
    for (int i = 0; i < m_pace->count(); ++i)
        paces.append({m_pace->itemText(i), m_pace->itemData(i).toDouble()});
    PreferencesDialog dialog(current, paces, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.preferences();
    QSettings settings;
    chosen.save(settings);
    Theme::instance().setKind(chosen.theme);
    Theme::instance().setSignedScale(chosen.signedScale);
    m_speed->setValue(chosen.animationSpeed);
    if (const int index = m_pace->findData(chosen.pace); index >= 0)
        m_pace->setCurrentIndex(index);
    if (chosen.language != current.language)
        statusBar()->showMessage(tr("The new language applies the next time Backprop Studio starts."), 8000);
}

bool MainWindow::reopenLastExperiment()
{
    QSettings settings;
    if (!Preferences::load(settings).reopenLastExperiment)
        return false;
    const QString path = settings.value("lastExperiment").toString();
    if (path.isEmpty())
        return false;
    if (!QFileInfo::exists(path)) {
        statusBar()->showMessage(tr("The last experiment, %1, is no longer there; opened the lesson instead.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 10000);
        return false;
    }
    m_pendingOpenPath = path;
    emit openExperimentRequested(path);
    return true;
}

QString MainWindow::lastLesson() const
{
    return QSettings().value("lesson").toString();
}

bool MainWindow::hasUnsavedWork() const
{
    // Work is what training or an edit did since the lesson was opened or the run was last saved; a
    // recovered session is unsaved until it is saved.
    return m_snapshot &&
           (m_snapshot->stepCount != m_savedStepCount || m_recovered || !m_undoStack->isClean());
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

void MainWindow::openExperimentFile(const QString &path)
{
    m_pendingOpenPath = path;
    emit openExperimentRequested(path);
}

void MainWindow::restoreRecovery(const QString &path)
{
    m_pendingRecovery = true;
    m_pendingOpenPath.clear();
    emit openExperimentRequested(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_askToSave && hasUnsavedWork() && !m_closeAfterSave) {
        const auto answer = QMessageBox::question(
            this, tr("Save the experiment?"),
            tr("Training has changed the network since it was last saved. Save the experiment before "
               "closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            QString path = m_experimentPath;
            if (path.isEmpty())
                path = QFileDialog::getSaveFileName(this, tr("Save the experiment"), QString(),
                                                    tr(kExperimentFilter));
            if (path.isEmpty()) {
                event->ignore();
                return;
            }
            // The worker saves; the window closes when it reports the file written.
            m_closeAfterSave = true;
            emit saveExperimentRequested(path);
            event->ignore();
            return;
        }
    }
    if (m_persistSettings) {
        QSettings settings;
        settings.setValue("layoutVersion", kLayoutVersion);
        settings.setValue("geometry", saveGeometry());
        // The layout presenter mode replaced: it comes back first next time, then presenter mode.
        settings.setValue("windowState", m_presenting ? m_layoutBeforePresenting : saveState(kLayoutVersion));
        settings.setValue("presenterMode", m_presenting);
        settings.setValue("pace", m_pace->currentData());
        settings.setValue("animationSpeed", m_speed->value());
        if (m_snapshot)
            settings.setValue("lesson", QString::fromStdString(m_snapshot->presetName));
        settings.setValue("lastExperiment", m_experimentPath);
    }
    m_phaseAnimation->stop();
    emit pauseRequested();
    event->accept();
}

void MainWindow::showSnapshot(const SnapshotPointer &snapshot)
{
    const bool newRun = !m_snapshot || snapshot->runId != m_snapshot->runId;
    const bool newNetworkShape = newRun || snapshot->network->sizes() != m_snapshot->network->sizes();
    m_snapshot = snapshot;
    bool selectionFromFile = false;
    if (newRun) {
        // A new lesson, a reset or an opened file: nothing unsaved yet.
        m_savedStepCount = snapshot->stepCount;
        // The run of a file being opened: it is now this window's experiment. Any other new run
        // (a lesson from the menu, a reset) has no file yet.
        const bool fromFile = !m_pendingOpenPath.isEmpty() || m_pendingRecovery;
        m_experimentPath = m_pendingOpenPath;
        m_pendingOpenPath.clear();
        m_recovered = m_pendingRecovery;
        m_pendingRecovery = false;
        if (fromFile) {
            // The file's view: the zoom and the selected neuron the teacher left.
            m_view->setZoom(snapshot->view.zoom);
            const ExperimentView &v = snapshot->view;
            m_selection = Selection{};
            selectionFromFile = true;
            if (v.selectedNeuron >= 0 && v.selectedLayer >= 0 &&
                v.selectedLayer < static_cast<int>(snapshot->network->sizes().size()) &&
                v.selectedNeuron < snapshot->network->sizes()[static_cast<std::size_t>(v.selectedLayer)]) {
                m_selection = Selection{};
                m_selection.kind = Selection::Kind::Neuron;
                m_selection.layer = v.selectedLayer;
                m_selection.neuron = v.selectedNeuron;
            }
        }
        if (!m_experimentPath.isEmpty())
            addRecentExperiment(m_experimentPath);
        setWindowTitle(m_recovered ? tr("Recovered session — Backprop Studio")
                       : m_experimentPath.isEmpty()
                           ? tr("Backprop Studio")
                           : tr("%1 — Backprop Studio").arg(QFileInfo(m_experimentPath).fileName()));
        m_trace.reset();
        m_phaseIndex = -1;
        m_pendingPhase = -1;
        m_quiz->cancel();
        m_phaseAnimation->stop();
        // The edit history belongs to a run: a new lesson, a reset or an opened file starts afresh.
        m_undoStack->clear();
        m_lossChart->clear();
        m_gradientChart->clear();
        m_codes->clearTrails();
        m_gradientChart->setLayerCount(snapshot->network->layerCount());
        m_gradientCaption->setText(
            snapshot->presetName == "vanishing-gradient"
                ? tr("<b>The vanishing gradient.</b> (BP2) multiplies δ by σ′(z) ≤ ¼ at every layer on the "
                     "way back, so "
                     "the first layers' gradients lie orders of magnitude below the last ones: they learn "
                     "slowest. "
                     "Switch the hidden activation to relu and watch the lines come together.")
                : tr("One line per layer, in the layer's colour: when the first layers' lines lie far below "
                     "the last "
                     "ones, the gradient is vanishing and those layers learn slowly."));
        m_gradientChart->setToolTip(m_gradientCaption->text());
    }
    if (newNetworkShape && !selectionFromFile)
        m_selection = Selection{};
    if (newNetworkShape)
        updateZoomMenu();
    if (snapshot->historyRestarted) {
        // Training resumed from an earlier state: the later epochs are gone, the charts start over.
        m_lossChart->clear();
        m_gradientChart->clear();
    }
    // An architecture edit: the gradient lines start over for the new layers at once, not only
    // when the next epoch arrives.
    if (!newRun && snapshot->network->layerCount() != m_gradientChart->layerCount())
        m_gradientChart->setLayerCount(snapshot->network->layerCount());
    for (const EpochMetrics &metrics : snapshot->newEpochs) {
        m_lossChart->appendEpoch(metrics);
        m_gradientChart->appendEpoch(metrics);
    }
    if (snapshot->trace) {
        m_quiz->cancel();
        m_trace = snapshot->trace;
        m_traceRequested = false;
        // The phase showPhase() asked for (the guided lesson's), else the first.
        const int last = static_cast<int>(m_trace->phases.size()) - 1;
        m_phaseIndex = m_pendingPhase >= 0 ? std::min(m_pendingPhase, last) : 0;
        m_pendingPhase = -1;
        startPhaseAnimation();
    } else if (snapshot->running) {
        m_quiz->cancel();
        m_trace.reset();
        m_phaseIndex = -1;
        m_autoAdvance = false;
    }
    m_timeline->setMarks(snapshot->timeline, snapshot->timelinePosition);
    const std::optional<double> cursor = snapshot->timelinePosition != 0
                                             ? std::optional<double>(static_cast<double>(snapshot->epoch))
                                             : std::nullopt;
    m_lossChart->setCursorEpoch(cursor);
    m_gradientChart->setCursorEpoch(cursor);
    m_banner->setVisible(snapshot->diverged);
    if (snapshot->diverged) {
        m_bannerText->setText(divergenceText(QString::fromStdString(snapshot->divergenceMessage)));
        // The state the worker rewinds to: the newest before the loss jumped.
        const int goodIndex = snapshot->timeline ? lastGoodMark(*snapshot->timeline) : -1;
        const TimelineMark *good =
            goodIndex >= 0 ? &(*snapshot->timeline)[static_cast<std::size_t>(goodIndex)] : nullptr;
        m_rewindButton->setVisible(good != nullptr);
        if (good)
            m_rewindButton->setText(tr("Rewind to epoch %1 (last good state)").arg(good->epoch));
    }
    syncControls(*snapshot);
    // While an edit is on its way, older snapshots would undo it in the editors for a moment.
    if (!isEditPending())
        syncEditors(*snapshot);
    updateSamplesTable(*snapshot);
    updateScene();
    emit snapshotShown();
}

void MainWindow::syncControls(const TrainingSnapshot &snapshot)
{
    m_syncing = true;
    m_playAction->setText(snapshot.running ? tr("Pause") : tr("Play"));
    const int presetIndex = m_preset->findData(QString::fromStdString(snapshot.presetName));
    if (presetIndex >= 0)
        m_preset->setCurrentIndex(presetIndex);
    const double rate = snapshot.settings.optimizer.learningRate;
    if (!m_rateBox->hasFocus())
        m_rateBox->setValue(rate);
    if (!m_rateSlider->isSliderDown())
        m_rateSlider->setValue(rateToSlider(rate));
    const Network &network = *snapshot.network;
    if (network.layerCount() > 1)
        m_hiddenActivation->setCurrentIndex(
            m_hiddenActivation->findData(static_cast<int>(network.layer(1).activation)));
    m_hiddenActivation->setEnabled(network.layerCount() > 1);
    m_outputActivation->setCurrentIndex(
        m_outputActivation->findData(static_cast<int>(network.layer(network.layerCount()).activation)));
    m_optimizer->setCurrentIndex(m_optimizer->findData(static_cast<int>(snapshot.settings.optimizer.kind)));
    if (!m_batch->hasFocus())
        m_batch->setValue(snapshot.settings.batchSize);
    m_syncing = false;
}

void MainWindow::updateSamplesTable(const TrainingSnapshot &snapshot)
{
    // The narrowest hidden layer is the code an autoencoder learns, when it is narrower than the
    // input (a compression); a network without such a bottleneck has no code to show.
    const std::vector<int> &sizes = snapshot.network->sizes();
    int codeLayer = narrowestHiddenLayer(sizes);
    if (codeLayer > 0 && sizes[static_cast<std::size_t>(codeLayer)] >= sizes.front())
        codeLayer = 0;
    m_samples->setData(snapshot.dataset, snapshot.sampleActivations, codeLayer);
    m_samples->setCurrentSample(snapshot.shownSample);
    const bool codes = codeLayer > 0 && !snapshot.sampleActivations.empty();
    if (codes) {
        m_codes->setCodeLayer(codeLayer);
        m_codes->setCodes(snapshot.sampleActivations[static_cast<std::size_t>(codeLayer - 1)],
                          patternLabels(snapshot.dataset->sampleCount()));
        m_codes->setCurrentSample(snapshot.shownSample);
    }
    // Presenter mode keeps its few docks; the layout it comes back to gets these right.
    if (!m_presenting)
        m_codesDock->setVisible(codes);
    // The gradient check works on the sample on show, with the network as it is now.
    const Dataset &data = *snapshot.dataset;
    m_gradientCheck->setSubject(snapshot.network, data.inputs.col(snapshot.shownSample),
                                data.targets.col(snapshot.shownSample),
                                tr("sample %1").arg(snapshot.shownSample + 1));
    // The output over the input plane, for data with two inputs and one output (the 2-D lessons).
    const bool planar = snapshot.dataset->inputSize() == 2 && snapshot.dataset->targetSize() == 1;
    if (!m_presenting)
        m_boundaryDock->setVisible(planar);
    if (planar) {
        m_boundary->setDataset(snapshot.dataset);
        m_boundary->setNetwork(snapshot.network);
    }
}

void MainWindow::updateScene()
{
    if (!m_snapshot)
        return;
    NetworkScene scene;
    scene.network = m_snapshot->network;
    scene.activations = m_snapshot->shownActivations;
    scene.trace = m_trace;
    scene.phaseIndex = m_trace ? m_phaseIndex : -1;
    scene.phaseProgress = m_phaseProgress;
    scene.showDerivative = m_derivativeAction->isChecked();
    scene.diverged = m_snapshot->diverged;
    // A fresh gradient check of this very network colours the edges by their relative error.
    if (m_gradientCheck->hasResult() && !m_gradientCheck->isResultStale())
        scene.gradientCheck = m_gradientCheck->result();
    scene.concealed = m_quiz->concealed();
    m_view->setScene(scene);
    m_view->setSelection(m_selection);
    if (m_editParameterAction)
        m_editParameterAction->setEnabled(
            m_selection.kind == Selection::Kind::Edge ||
            (m_selection.kind == Selection::Kind::Neuron && m_selection.layer >= 1));
    m_equations->setState(m_trace, scene.phaseIndex, m_selection, scene.concealed);
    // A δ the class is predicting is not printed below the equation either.
    const bool deltaHidden =
        std::any_of(scene.concealed.begin(), scene.concealed.end(), [&](const Selection &c) {
            return c.kind == Selection::Kind::Neuron && c.layer == m_selection.layer &&
                   c.neuron == m_selection.neuron;
        });

    // The selected neuron's numbers, from the trace when one is on show, else from the live network.
    QString details;
    if (m_selection.kind == Selection::Kind::Neuron && m_selection.layer >= 1 &&
        m_selection.layer <= m_snapshot->network->layerCount()) {
        const int l = m_selection.layer;
        const int j = m_selection.neuron;
        const QString name = tr("neuron %1 of layer %2").arg(j + 1).arg(l);
        const Network &network = m_trace ? m_trace->before : *m_snapshot->network;
        if (j < network.sizes()[static_cast<std::size_t>(l)]) {
            const double b = network.layer(l).biases(j);
            if (m_trace) {
                const double z = m_trace->forward[static_cast<std::size_t>(l - 1)].weightedInput(j, 0);
                const double a = m_trace->forward[static_cast<std::size_t>(l - 1)].activation(j, 0);
                const double delta = m_trace->backward[static_cast<std::size_t>(l - 1)].delta(j, 0);
                details = QString("<b>%1</b><br>z = %2 &nbsp; a = %3 &nbsp; δ = %4<br>b = %5 &nbsp; ∂E/∂b = "
                                  "%6 &nbsp; σ′(z) = %7")
                              .arg(name, EquationPanel::formatValue(z), EquationPanel::formatValue(a),
                                   deltaHidden ? QStringLiteral("?") : EquationPanel::formatValue(delta),
                                   EquationPanel::formatValue(b),
                                   deltaHidden ? QStringLiteral("?") : EquationPanel::formatValue(delta),
                                   EquationPanel::formatValue(
                                       activationDerivativeAt(network.layer(l).activation, z)));
            } else if (static_cast<std::size_t>(l) < m_snapshot->shownActivations.size()) {
                details = QString("<b>%1</b><br>a = %2 &nbsp; b = %3")
                              .arg(name,
                                   EquationPanel::formatValue(
                                       m_snapshot->shownActivations[static_cast<std::size_t>(l)](j)),
                                   EquationPanel::formatValue(b));
            }
        }
    } else if (m_selection.kind == Selection::Kind::Edge) {
        const Network &network = m_trace ? m_trace->before : *m_snapshot->network;
        const int l = m_selection.layer;
        if (l >= 1 && l <= network.layerCount() && m_selection.neuron < network.layer(l).weights.rows() &&
            m_selection.from < network.layer(l).weights.cols()) {
            details = tr("<b>weight w<sup>%1</sup><sub>%2,%3</sub></b> = %4")
                          .arg(l)
                          .arg(m_selection.neuron + 1)
                          .arg(m_selection.from + 1)
                          .arg(EquationPanel::formatValue(
                              network.layer(l).weights(m_selection.neuron, m_selection.from)));
            if (m_trace)
                details +=
                    " &nbsp; ∂E/∂w = " +
                    EquationPanel::formatValue(m_trace->backward[static_cast<std::size_t>(l - 1)].gradWeights(
                        m_selection.neuron, m_selection.from));
        }
    }
    m_neuronDetails->setText(details.isEmpty() ? QString("<span style='color:%1'>%2</span>")
                                                     .arg(palette::mutedInkColor().name(),
                                                          tr("Click a neuron or an edge for its values; "
                                                             "double-click it to edit its bias or weight."))
                                               : details);
    updateStatus();
}

QString MainWindow::phaseDescription() const
{
    if (!m_trace || m_phaseIndex < 0)
        return m_snapshot && m_snapshot->running ? tr("training") : tr("paused");
    const Phase &phase = m_trace->phases[static_cast<std::size_t>(m_phaseIndex)];
    switch (phase.kind) {
    case PhaseKind::Forward: return tr("forward, layer %1").arg(phase.layer);
    case PhaseKind::OutputError: return tr("output error (BP1)");
    case PhaseKind::Backward: return tr("backward, layer %1 (BP2)").arg(phase.layer);
    case PhaseKind::Gradients: return tr("gradients, layer %1 (BP3, BP4)").arg(phase.layer);
    case PhaseKind::Update: return tr("update");
    }
    return {};
}

void MainWindow::updateStatus()
{
    if (!m_snapshot)
        return;
    const TrainingSnapshot &s = *m_snapshot;
    QString text = tr("epoch %1 · sample %2/%3 · phase: %4 · loss %5 · accuracy %6")
                       .arg(s.epoch)
                       .arg(s.shownSample + 1)
                       .arg(s.dataset->sampleCount())
                       .arg(phaseDescription(), EquationPanel::formatValue(s.loss))
                       .arg(QString::number(s.accuracy * 100, 'f', 0) + "%");
    if (s.running)
        text += " · " + formatRate(s.samplesPerSecond);
    m_status->setText(text);
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

double MainWindow::pace() const
{
    return m_pace->currentData().toDouble();
}

QWidget *MainWindow::divergenceBanner() const
{
    return m_banner;
}

int MainWindow::phaseDurationMs() const
{
    // Speed 1 is slow enough to narrate (2.4 s a phase); speed 10 is a quick glance (0.15 s).
    return static_cast<int>(2400.0 * std::pow(0.735, m_speed->value() - 1));
}

void MainWindow::startPhaseAnimation()
{
    m_phaseAnimation->stop();
    m_phaseAnimation->setDuration(phaseDurationMs());
    m_phaseProgress = 0.0;
    updateScene();
    m_phaseAnimation->start();
}

void MainWindow::onPhaseAnimationFinished()
{
    m_phaseProgress = 1.0;
    // A question waits for the class: the step goes on after the reveal.
    if (m_quiz->isPending()) {
        updateScene();
        return;
    }
    if (m_autoAdvance && m_trace && m_phaseIndex + 1 < static_cast<int>(m_trace->phases.size())) {
        ++m_phaseIndex;
        askQuiz();
        startPhaseAnimation();
        return;
    }
    m_autoAdvance = false;
    updateScene();
}

void MainWindow::requestTrace(int sample)
{
    if (!m_snapshot || m_traceRequested)
        return;
    m_traceRequested = true;
    emit stepSampleRequested(sample);
}

void MainWindow::nextPhase()
{
    if (!m_snapshot)
        return;
    // The clicker's Page Down reveals a pending answer first; the next press goes on.
    if (m_quiz->isPending()) {
        m_quiz->reveal();
        return;
    }
    m_quiz->cancel();
    m_autoAdvance = false;
    if (m_snapshot->running)
        emit pauseRequested();
    const int last = m_trace ? static_cast<int>(m_trace->phases.size()) - 1 : -1;
    if (!m_trace || m_phaseIndex >= last) {
        // A new step: the same sample for the first one, the next sample after a finished step.
        const int count = m_snapshot->dataset->sampleCount();
        const int sample = m_trace ? (m_snapshot->shownSample + 1) % count : m_snapshot->shownSample;
        requestTrace(sample);
        return;
    }
    ++m_phaseIndex;
    askQuiz();
    startPhaseAnimation();
}

void MainWindow::askQuiz()
{
    if (!m_trace || !m_quiz->isEnabled())
        return;
    if (m_quiz->ask(*m_trace, m_phaseIndex, m_selection, QRandomGenerator::global()->generate64()))
        m_selection = m_quiz->question().subject; // the graph points at what the class predicts
}

void MainWindow::onQuizRevealed()
{
    updateScene();
    if (m_autoAdvance && m_phaseAnimation->state() != QAbstractAnimation::Running)
        onPhaseAnimationFinished();
}

void MainWindow::showPhase(int index)
{
    if (!m_snapshot)
        return;
    m_autoAdvance = false;
    m_quiz->cancel();
    if (m_snapshot->running)
        emit pauseRequested();
    if (!m_trace) {
        m_pendingPhase = index;
        requestTrace(m_snapshot->shownSample);
        return;
    }
    m_phaseIndex = std::clamp(index, 0, static_cast<int>(m_trace->phases.size()) - 1);
    startPhaseAnimation();
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

void MainWindow::previousPhase()
{
    if (!m_trace || m_phaseIndex <= 0)
        return;
    m_quiz->cancel();
    m_autoAdvance = false;
    m_phaseAnimation->stop();
    --m_phaseIndex;
    m_phaseProgress = 1.0;
    updateScene();
}

void MainWindow::stepSample()
{
    if (!m_snapshot)
        return;
    m_quiz->cancel();
    if (m_snapshot->running)
        emit pauseRequested();
    const int count = m_snapshot->dataset->sampleCount();
    const int sample = m_trace ? (m_snapshot->shownSample + 1) % count : m_snapshot->shownSample;
    m_autoAdvance = true;
    requestTrace(sample);
}

void MainWindow::stepEpoch()
{
    m_quiz->cancel();
    m_autoAdvance = false;
    m_trace.reset();
    m_phaseIndex = -1;
    emit stepEpochRequested();
}

void MainWindow::togglePlay()
{
    m_quiz->cancel();
    m_autoAdvance = false;
    m_phaseAnimation->stop();
    if (m_snapshot && m_snapshot->running)
        emit pauseRequested();
    else
        emit playRequested();
}

void MainWindow::resetNetwork()
{
    m_quiz->cancel();
    m_phaseAnimation->stop();
    m_autoAdvance = false;
    m_traceRequested = false;
    emit resetRequested(m_seed);
}

void MainWindow::showSample(int index)
{
    emit shownSampleRequested(index);
    m_quiz->cancel();
    if (m_trace) {
        // A replayed step belongs to one sample: showing another ends the replay.
        m_trace.reset();
        m_phaseIndex = -1;
        m_phaseAnimation->stop();
    }
}

void MainWindow::setLearningRateFromUser(double learningRate)
{
    if (m_snapshot && std::abs(learningRate - m_snapshot->settings.optimizer.learningRate) < 1e-12)
        return;
    const double previous = m_snapshot ? m_snapshot->settings.optimizer.learningRate : learningRate;
    emit learningRateRequested(learningRate);
    markChange(
        tr("η %1 → %2").arg(EquationPanel::formatValue(previous), EquationPanel::formatValue(learningRate)));
}

void MainWindow::markChange(const QString &label)
{
    if (!m_snapshot)
        return;
    const double epoch = static_cast<double>(m_snapshot->epoch);
    m_lossChart->addMarker(epoch, label);
    m_gradientChart->addMarker(epoch, label);
}

} // namespace bp::ui

namespace bp::ui {

QAction *MainWindow::zoomToLayerAction(int index) const
{
    return index >= 0 && index < m_zoomLayerActions.size() ? m_zoomLayerActions[index] : nullptr;
}

void MainWindow::updateZoomMenu()
{
    if (!m_zoomMenu)
        return;
    const int layers = m_snapshot ? m_snapshot->network->layerCount() : 0;
    m_zoomMenu->clear();
    for (int layer = 0; layer < m_zoomLayerActions.size(); ++layer) {
        QAction *action = m_zoomLayerActions[layer];
        // Keys for layers the network does not have do nothing rather than zoom somewhere odd.
        action->setEnabled(layer <= layers);
        if (layer <= layers)
            m_zoomMenu->addAction(action);
        if (layer == 0)
            m_zoomMenu->addSeparator();
    }
    m_zoomMenu->setEnabled(layers > 0);
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

bool MainWindow::isBlackedOut() const
{
    return m_blackout && m_blackout->isVisible();
}

void MainWindow::setBlackedOut(bool on)
{
    if (on && !m_blackout) {
        m_blackout = new QWidget(this);
        m_blackout->setObjectName("presenterBlackout");
        m_blackout->setAccessibleName(tr("Black screen: press any key or click to come back"));
        m_blackout->setAutoFillBackground(true);
        m_blackout->setFocusPolicy(Qt::StrongFocus);
        m_blackout->setCursor(Qt::BlankCursor);
    }
    if (!m_blackout)
        return;
    if (on) {
        // Black, not the palette's shadow (grey in some styles): the projector's own blanking.
        QPalette black = m_blackout->palette();
        black.setColor(QPalette::Window, Qt::black);
        m_blackout->setPalette(black);
        m_blackout->setGeometry(rect());
        m_blackout->raise();
        // The focus comes back where it was: the key that wakes the screen changes nothing else.
        if (!m_blackout->isVisible())
            m_focusBeforeBlackout = QApplication::focusWidget();
        m_blackout->show();
        m_blackout->setFocus();
    } else if (m_blackout->isVisible()) {
        // Give the focus back before hiding: hiding a focused widget moves the focus on as Tab does,
        // and the graph would then take ← and → for choosing layers instead of stepping phases.
        QWidget *back = m_focusBeforeBlackout && m_focusBeforeBlackout->isVisible()
                            ? m_focusBeforeBlackout.data()
                            : static_cast<QWidget *>(m_view);
        back->setFocus(Qt::OtherFocusReason);
        m_blackout->hide();
    }
}

bool MainWindow::takesText(const QObject *object)
{
    const auto *widget = qobject_cast<const QWidget *>(object);
    if (!widget)
        return false;
    if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    const auto *combo = qobject_cast<const QComboBox *>(widget);
    return combo && combo->isEditable();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (isBlackedOut() &&
        (type == QEvent::KeyPress || type == QEvent::ShortcutOverride || type == QEvent::MouseButtonPress)) {
        const auto *target = qobject_cast<QWidget *>(watched);
        if (target && target->window() == this) {
            // Any key or click brings the picture back, and does nothing else.
            if (type == QEvent::ShortcutOverride)
                event->accept();
            else
                setBlackedOut(false);
            return true;
        }
    }
    if (!m_presenting || (type != QEvent::KeyPress && type != QEvent::ShortcutOverride))
        return QMainWindow::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != this || QApplication::activeModalWidget() ||
        QApplication::activePopupWidget())
        return QMainWindow::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return QMainWindow::eventFilter(watched, event);
    const int code = key->key();
    const bool page = code == Qt::Key_PageUp || code == Qt::Key_PageDown;
    const bool blank = (code == Qt::Key_B || code == Qt::Key_Period) && !takesText(watched);
    if (!page && !blank)
        return QMainWindow::eventFilter(watched, event);
    // A clicker's keys belong to the presentation, whatever has the focus. The phase actions'
    // application-wide shortcuts already reach every stock widget presenter mode shows; claiming
    // the key here also covers a widget that would take Page Up/Down for itself, and B or "."
    // (which are no shortcuts at the desk) only mean black screen here.
    if (type == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (!key->isAutoRepeat() || page) {
        if (code == Qt::Key_PageDown)
            m_nextPhaseAction->trigger();
        else if (code == Qt::Key_PageUp)
            m_previousPhaseAction->trigger();
        else
            setBlackedOut(true);
    }
    return true;
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_blackout && m_blackout->isVisible())
        m_blackout->setGeometry(rect());
    if (!m_presenting)
        m_roomLayout->fit();
    // Moved to a projector of another size while presenting: the panels' type follows.
    if (m_presenting && (width() >= 1600 && height() >= 900) != m_presentRoomy)
        applyPresentationStyle(true);
}

void MainWindow::applyPresentationStyle(bool on)
{
    // A 1280×720 projector has room for less: the panels' text grows less there than on 1080 lines.
    const bool roomy = width() >= 1600 && height() >= 900;
    m_presentRoomy = roomy;
    const double panelScale = roomy ? kPresenterTextScale : kPresenterSmallTextScale;
    m_view->setPresentationScale(on ? kPresenterTextScale : 1.0, on ? kPresenterLineScale : 1.0);
    m_equations->setPointSize(on ? (roomy ? kPresenterEquationPoints : kPresenterSmallEquationPoints)
                                 : kEquationPoints);
    QFont statusFont = font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * panelScale);
    // Back at the desk the label inherits its font again, as before presenter mode.
    m_status->setFont(on ? statusFont : QFont());
    // The status bar fixes its height when its items change, not when their fonts do: re-adding
    // the label lays it out again at the new size (and back at exactly the old one).
    statusBar()->removeWidget(m_status);
    statusBar()->addWidget(m_status, 1);
    m_status->show();
    // Only the size in the details' style sheet changes; its colours stay whatever they are.
    QString details = m_neuronDetails->styleSheet();
    details.replace(
        QRegularExpression(QStringLiteral("font-size:\\s*\\d+pt")),
        QStringLiteral("font-size: %1pt").arg(on ? qRound(kDetailsPoints * panelScale) : kDetailsPoints));
    m_neuronDetails->setStyleSheet(details);
    chart_style::setPresentationScale(on ? panelScale : 1.0, on ? kPresenterLineScale : 1.0);
    m_lossChart->refreshStyle();
    m_gradientChart->refreshStyle();
    // Larger buttons for the few controls left.
    const int buttonPoints = qRound(font().pointSizeF() * (roomy ? 1.45 : 1.2));
    const QString buttons =
        on ? QStringLiteral("QToolButton { padding: 6px 12px; font-weight: 600; font-size: %1pt; }")
                 .arg(buttonPoints)
           : QStringLiteral("QToolButton { padding: 4px 7px; font-weight: 600; }");
    m_trainingBar->setStyleSheet(QStringLiteral("QToolBar { spacing: 4px; padding: 3px; } ") + buttons);
    m_preset->setStyleSheet(
        on ? QStringLiteral("QComboBox { font-size: %1pt; padding: 4px 8px; }").arg(buttonPoints)
           : QString());
    m_preset->setMaximumWidth(on && roomy ? 420 : 250);
}

void MainWindow::setPresenterMode(bool on)
{
    if (on == m_presenting) {
        m_presenterAction->setChecked(on);
        return;
    }
    if (on) {
        m_layoutBeforePresenting = saveState(kLayoutVersion);
        // The essentials: the first row's stepping controls, the lesson, and the ways out.
        const QList<QAction *> keep = {m_playAction,       m_previousPhaseAction, m_nextPhaseAction,
                                       m_stepSampleAction, m_stepEpochAction,     m_resetAction,
                                       m_spotlightAction,  m_presenterAction};
        m_hiddenForPresenting.clear();
        m_trainingBar->insertAction(m_presenterAction, m_spotlightAction);
        for (QToolBar *bar : {m_trainingBar, m_settingsBar}) {
            for (QAction *action : bar->actions()) {
                if (!action->isVisible() || keep.contains(action) || bar->widgetForAction(action) == m_preset)
                    continue;
                action->setVisible(false);
                m_hiddenForPresenting.append(action);
            }
        }
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            if (dock != m_equationDock && dock != m_lossDock)
                dock->hide();
        }
        // On a wide screen the lesson joins the stepping controls' row: a row less, more height
        // for the graph. At 1280 pixels the row would overflow and hide the presenter button.
        if (width() >= 1600)
            removeToolBarBreak(m_settingsBar);
        // The timeline is for going back at the desk; the class follows the graph.
        m_timelineBeforePresenting = m_timeline->isVisibleTo(m_timeline->parentWidget());
        m_timeline->hide();
        m_equationDock->show();
        m_equationDock->raise();
        // A compact loss chart at every size: the class sees the error fall as it trains.
        m_lossDock->show();
        m_presenting = true;
        applyPresentationStyle(true);
        // The graph gets the room; the equations a column wide enough for their larger type.
        resizeDocks({m_equationDock}, {std::clamp(width() * 30 / 100, 360, 640)}, Qt::Horizontal);
        resizeDocks({m_lossDock}, {std::clamp(height() * 30 / 100, 220, 300)}, Qt::Vertical);
        qApp->installEventFilter(this);
        // Out of hidden controls: the clicker's keys and the shortcuts should reach the window.
        if (QWidget *focus = QApplication::focusWidget(); !focus || !focus->isVisible() || takesText(focus))
            m_view->setFocus();
    } else {
        qApp->removeEventFilter(this);
        setBlackedOut(false);
        m_presenting = false;
        applyPresentationStyle(false);
        m_trainingBar->removeAction(m_spotlightAction);
        m_timeline->setVisible(m_timelineBeforePresenting);
        for (QAction *action : std::as_const(m_hiddenForPresenting))
            action->setVisible(true);
        m_hiddenForPresenting.clear();
        restoreState(m_layoutBeforePresenting, kLayoutVersion);
        m_roomLayout->reset();
        m_roomLayout->fit();
    }
    m_presenterAction->setChecked(on);
    if (m_persistSettings)
        QSettings().setValue("presenterMode", on);
}

} // namespace bp::ui
