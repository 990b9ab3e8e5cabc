#include "ui/window/window_actions.h"

#include "core/data/lesson_registry.h"
#include "ui/editing/undo_shortcuts.h"
#include "ui/panels/equation_panel.h"
#include "ui/style/display_names.h"
#include "ui/teach/lesson_titles.h"
#include "ui/window/rate_spin_box.h"
#include "ui/window/tool_bar_rows.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace bp::ui {

namespace {

// The learning-rate slider is logarithmic: position p of kRateSteps maps to 10^(−4 + 5p/kRateSteps),
// from 1e-4 to 10.
constexpr int kRateSteps = 500;

int rateToSlider(double rate)
{
    return static_cast<int>(std::lround((std::log10(std::clamp(rate, 1e-4, 10.0)) + 4.0) / 5.0 * kRateSteps));
}

double sliderToRate(int position)
{
    const double rate = std::pow(10.0, -4.0 + 5.0 * position / kRateSteps);
    // Round to 3 significant digits so the spin box shows a tidy number.
    const double magnitude = std::pow(10.0, std::floor(std::log10(rate)) - 2);
    return std::round(rate / magnitude) * magnitude;
}

// The hidden-activation box's item for hidden layers with different activations.
constexpr int kMixedActivations = -1;

void fillActivationCombo(QComboBox *combo, bool output)
{
    for (Activation activation : kAllActivations) {
        if (activation == Activation::Softmax && !output)
            continue;
        combo->addItem(activationDisplayName(activation), static_cast<int>(activation));
    }
}

} // namespace

WindowActions::WindowActions(QMainWindow *window) : QObject(window)
{
    buildActions(window);
    buildToolBars(window);
    m_rows = std::make_unique<ToolBarRows>(*window, toolBars());
}

WindowActions::~WindowActions() = default;

bool WindowActions::fitToolBars()
{
    return m_rows->fit();
}

QList<QToolBar *> WindowActions::toolBars() const
{
    return {trainingBar, playbackBar, settingsBar, modelBar};
}

double WindowActions::pace() const
{
    return m_pace->currentData().toDouble();
}

int WindowActions::speed() const
{
    return m_speed->value();
}

void WindowActions::setPace(double pace)
{
    if (const int index = m_pace->findData(pace); index >= 0)
        m_pace->setCurrentIndex(index);
}

void WindowActions::setSpeed(int speed)
{
    m_speed->setValue(speed);
}

QList<QPair<QString, double>> WindowActions::paces() const
{
    QList<QPair<QString, double>> result;
    for (int i = 0; i < m_pace->count(); ++i)
        result.append({m_pace->itemText(i), m_pace->itemData(i).toDouble()});
    return result;
}

QAction *WindowActions::zoomToLayerAction(int index) const
{
    return index >= 0 && index < zoomLayers.size() ? zoomLayers[index] : nullptr;
}

void WindowActions::buildActions(QMainWindow *window)
{
    auto makeAction = [this, window](const QString &text, const QList<QKeySequence> &keys,
                                     const QString &tip) {
        auto *action = new QAction(text, window);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::ApplicationShortcut);
        QString shortcutText;
        for (const QKeySequence &key : keys)
            shortcutText += (shortcutText.isEmpty() ? "" : ", ") + key.toString(QKeySequence::NativeText);
        action->setToolTip(shortcutText.isEmpty() ? tip : QString("%1 (%2)").arg(tip, shortcutText));
        window->addAction(action);
        return action;
    };
    play = makeAction(tr("Play"), {QKeySequence(Qt::Key_Space)}, tr("Train continuously, or pause"));
    previousPhase = makeAction(tr("◀ Phase"), {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)},
                               tr("Show the previous phase of this step"));
    nextPhase = makeAction(tr("Phase ▶"), {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)},
                           tr("Show the next phase: forward, output error, backward, gradients, update"));
    stepSample =
        makeAction(tr("Sample"), {QKeySequence(Qt::Key_S)}, tr("Animate one whole step on the next sample"));
    stepEpoch = makeAction(tr("Epoch"), {QKeySequence(Qt::Key_E)}, tr("Train one epoch"));
    reset = makeAction(tr("Reset"), {QKeySequence(Qt::Key_R)},
                       tr("Draw new weights from the seed and start again"));
    newSeed = makeAction(tr("New seed"), {QKeySequence(Qt::SHIFT | Qt::Key_R)},
                         tr("Start again from weights drawn with the next seed (when a run gets stuck)"));
    zoomIn =
        makeAction(tr("+"), {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
                   tr("Zoom in on the graph"));
    zoomOut = makeAction(tr("−"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, tr("Zoom out of the graph"));
    fullScreen =
        makeAction(tr("Full screen"), {QKeySequence(Qt::Key_F11)}, tr("Full screen, for the projector"));
    fullScreen->setCheckable(true);
    derivative = makeAction(tr("σ′(z)"), {QKeySequence(Qt::Key_D)},
                            tr("Fill neurons by σ′(z): how far each is from saturation"));
    derivative->setCheckable(true);
    derivative->setObjectName(QStringLiteral("derivativeAction"));
    saturationMarks =
        makeAction(tr("Saturated and dead units"), {QKeySequence(Qt::Key_U)},
                   tr("A σ′ gauge on each neuron (its mean over the training set), and marks on "
                      "the units that are saturated or dead: the reasons why learning is slow"));
    saturationMarks->setCheckable(true);
    saturationMarks->setObjectName(QStringLiteral("saturationMarksAction"));
    presenter = makeAction(tr("Presenter mode"), {QKeySequence(Qt::Key_F5)},
                           tr("Large type, thick lines and only the essential controls, for a "
                              "projector; again to bring the usual layout back"));
    presenter->setCheckable(true);
    spotlight = makeAction(tr("Spotlight"), {QKeySequence(Qt::Key_L)},
                           tr("Dim everything but the selected neuron, its edges and its "
                              "neighbours (with no selection: the layer being computed)"));
    spotlight->setCheckable(true);
    for (int layer = 0; layer <= 9; ++layer) {
        QAction *action = layer == 0
                              ? makeAction(tr("Whole network"), {QKeySequence(Qt::Key_0)},
                                           tr("Show the whole network (Escape in the graph does the same)"))
                              : makeAction(tr("Layer %1").arg(layer), {QKeySequence(Qt::Key_0 + layer)},
                                           tr("Fit the graph to layer %1 and its edges").arg(layer));
        zoomLayers.append(action);
    }
    quiz = makeAction(tr("Predict then reveal"), {QKeySequence(Qt::Key_Q)},
                      tr("Quiz mode: before the output error and the update, the class predicts "
                         "a value, then Space or Enter reveals it"));
    quiz->setCheckable(true);
}

void WindowActions::buildToolBars(QMainWindow *window)
{
    auto *bar = window->addToolBar(tr("Training"));
    bar->setObjectName("trainingToolBar");
    trainingBar = bar;
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setStyleSheet(
        "QToolBar { spacing: 4px; padding: 3px; } QToolButton { padding: 4px 5px; font-weight: 600; }");
    for (QAction *action : {play, previousPhase, nextPhase, stepSample, stepEpoch, reset, newSeed})
        bar->addAction(action);
    bar->addSeparator();
    // Presenter mode is the projector's button; full screen stays on F11 and in the View menu, and
    // the spotlight's button joins the row in presenter mode only (L and the View menu have it at
    // the desk), so that the row still fits 1280 pixels.
    presenter->setIconText(tr("Present"));
    for (QAction *action : {derivative, zoomOut, zoomIn, presenter})
        bar->addAction(action);
    // Playback controls follow the actions they pace, on the same row when the window has room
    // (ToolBarRows): each group is a bar of its own, so a narrow window wraps between groups rather
    // than hiding the last controls behind "»".
    bar = window->addToolBar(tr("Playback"));
    bar->setObjectName("playbackToolBar");
    playbackBar = bar;
    bar->setMovable(false);
    bar->setStyleSheet("QToolBar { spacing: 4px; padding: 3px; }");
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
            [this](int index) { emit paceChosen(m_pace->itemData(index).toDouble()); });

    m_speed = new QSlider(Qt::Horizontal, bar);
    m_speed->setRange(1, 10);
    m_speed->setValue(5);
    m_speed->setFixedWidth(80);
    m_speed->setAccessibleName(tr("Animation speed"));
    m_speed->setToolTip(tr("How fast the phases of one step are animated"));
    connect(m_speed, &QSlider::valueChanged, this, &WindowActions::speedChanged);
    bar->addWidget(playbackLabel(tr("speed")));
    bar->addWidget(m_speed);

    bar = window->addToolBar(tr("Settings"));
    bar->setObjectName("settingsToolBar");
    settingsBar = bar;
    bar->setMovable(false);
    bar->setStyleSheet("QToolBar { spacing: 4px; padding: 2px 4px; }");
    auto label = [&bar](const QString &text) {
        auto *l = new QLabel(text, bar);
        l->setContentsMargins(8, 0, 4, 0);
        return l;
    };
    lessonBox = new QComboBox(bar);
    lessonBox->setAccessibleName(tr("Lesson"));
    lessonBox->setMaximumWidth(220);
    lessonBox->setToolTip(tr("The lesson: a dataset and a network that learns it"));
    for (const LessonEntry &lesson : lessonRegistry())
        lessonBox->addItem(lessonTitle(std::string(lesson.id)),
                           QString::fromLatin1(lesson.id.data(), static_cast<qsizetype>(lesson.id.size())));
    connect(lessonBox, &QComboBox::activated, this,
            [this](int index) { emit lessonChosen(lessonBox->itemData(index).toString()); });
    bar->addWidget(lessonBox);
    bar->addSeparator();

    m_rateSlider = new QSlider(Qt::Horizontal, bar);
    m_rateSlider->setRange(0, kRateSteps);
    m_rateSlider->setFixedWidth(110);
    m_rateSlider->setAccessibleName(tr("Learning rate (logarithmic)"));
    m_rateSlider->setToolTip(tr("Learning rate η, from 0.0001 to 10 on a logarithmic scale"));
    m_rateBox = new RateSpinBox(bar);
    m_rateBox->setAccessibleName(tr("Learning rate"));
    m_rateBox->setToolTip(tr("Learning rate η in w ← w − η ∂E/∂w"));
    bar->addWidget(label(tr("rate η")));
    bar->addWidget(m_rateSlider);
    bar->addWidget(m_rateBox);
    // Dragging changes the rate live; the run records one change (one marker), when the slider is
    // let go.
    connect(m_rateSlider, &QSlider::valueChanged, this, [this](int position) {
        if (m_syncing)
            return;
        if (m_rateSlider->isSliderDown())
            emit learningRatePreviewRequested(sliderToRate(position));
        else
            setLearningRateFromUser(sliderToRate(position));
    });
    connect(m_rateSlider, &QSlider::sliderReleased, this,
            [this] { emit learningRateRequested(sliderToRate(m_rateSlider->value())); });
    connect(m_rateBox, &QDoubleSpinBox::editingFinished, this, [this] {
        if (!m_syncing)
            setLearningRateFromUser(m_rateBox->value());
    });

    bar = window->addToolBar(tr("Model"));
    bar->setObjectName("modelToolBar");
    modelBar = bar;
    bar->setMovable(false);
    bar->setStyleSheet("QToolBar { spacing: 4px; padding: 2px 4px; }");
    m_hiddenActivation = new QComboBox(bar);
    m_hiddenActivation->setObjectName(QStringLiteral("hiddenActivationCombo"));
    fillActivationCombo(m_hiddenActivation, false);
    // Shown, not chosen, when the hidden layers' activations differ (set in the architecture dock).
    m_hiddenActivation->addItem(tr("mixed"), kMixedActivations);
    if (auto *items = qobject_cast<QStandardItemModel *>(m_hiddenActivation->model()))
        items->item(m_hiddenActivation->count() - 1)->setEnabled(false);
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
        if (m_snapshot && m_hiddenActivation->itemData(index).toInt() != kMixedActivations)
            emit activationChosen(false, static_cast<Activation>(m_hiddenActivation->itemData(index).toInt()),
                                  tr("hidden → %1").arg(m_hiddenActivation->itemText(index)));
    });
    connect(m_outputActivation, &QComboBox::activated, this, [this](int index) {
        if (m_snapshot)
            emit activationChosen(true, static_cast<Activation>(m_outputActivation->itemData(index).toInt()),
                                  tr("output → %1").arg(m_outputActivation->itemText(index)));
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
    });

    m_batch = new QSpinBox(bar);
    m_batch->setRange(0, 100000);
    m_batch->setSpecialValueText(tr("all"));
    m_batch->setAccessibleName(tr("Batch size"));
    m_batch->setToolTip(tr("Samples per update: 1 is online learning (the lecture's), 'all' is full batch"));
    bar->addWidget(label(tr("batch")));
    bar->addWidget(m_batch);
    connect(m_batch, &QSpinBox::editingFinished, this, [this] {
        if (!m_syncing && m_snapshot && m_batch->value() != m_snapshot->settings.batchSize)
            emit batchSizeRequested(m_batch->value());
    });
}

void WindowActions::syncControls(const SnapshotPointer &pointer)
{
    m_snapshot = pointer;
    const TrainingSnapshot &snapshot = *pointer;
    m_syncing = true;
    play->setText(snapshot.running ? tr("Pause") : tr("Play"));
    const int presetIndex = lessonBox->findData(QString::fromStdString(snapshot.presetName));
    if (presetIndex >= 0)
        lessonBox->setCurrentIndex(presetIndex);
    const double rate = snapshot.settings.optimizer.learningRate;
    // The live values, in every box but one being typed in.
    if (!UndoShortcuts::isTyping(m_rateBox, false))
        m_rateBox->setValue(rate);
    if (!m_rateSlider->isSliderDown())
        m_rateSlider->setValue(rateToSlider(rate));
    const Network &network = *snapshot.network;
    bool mixed = false;
    for (int l = 2; l < network.layerCount(); ++l)
        mixed = mixed || network.layer(l).activation != network.layer(1).activation;
    if (network.layerCount() > 1)
        m_hiddenActivation->setCurrentIndex(m_hiddenActivation->findData(
            mixed ? kMixedActivations : static_cast<int>(network.layer(1).activation)));
    m_hiddenActivation->setEnabled(network.layerCount() > 1);
    m_outputActivation->setCurrentIndex(
        m_outputActivation->findData(static_cast<int>(network.layer(network.layerCount()).activation)));
    m_optimizer->setCurrentIndex(m_optimizer->findData(static_cast<int>(snapshot.settings.optimizer.kind)));
    if (!UndoShortcuts::isTyping(m_batch, false))
        m_batch->setValue(snapshot.settings.batchSize);
    m_syncing = false;
}

void WindowActions::updateZoomMenu(int layers)
{
    if (!zoomMenu)
        return;
    zoomMenu->clear();
    for (int layer = 0; layer < zoomLayers.size(); ++layer) {
        QAction *action = zoomLayers[layer];
        // Keys for layers the network does not have do nothing rather than zoom somewhere odd.
        action->setEnabled(layer <= layers);
        if (layer <= layers)
            zoomMenu->addAction(action);
        if (layer == 0)
            zoomMenu->addSeparator();
    }
    zoomMenu->setEnabled(layers > 0);
}

void WindowActions::setLearningRateFromUser(double learningRate)
{
    if (m_snapshot && std::abs(learningRate - m_snapshot->settings.optimizer.learningRate) < 1e-12)
        return;
    emit learningRateRequested(learningRate);
}

} // namespace bp::ui
