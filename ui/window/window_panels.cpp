#include "ui/window/window_panels.h"

#include "ui/chain/chain_rule_view.h"

#include "ui/boundary/decision_boundary_view.h"
#include "ui/charts/change_markers.h"
#include "ui/charts/gradient_chart.h"
#include "ui/charts/loss_chart.h"
#include "ui/charts/run_overlays.h"
#include "ui/editing/architecture_editor.h"
#include "ui/editing/dataset_editor.h"
#include "ui/gradcheck/gradient_check_panel.h"
#include "ui/histograms/histogram_panel.h"
#include "ui/landscape/loss_landscape_panel.h"
#include "ui/panels/equation_column.h"
#include "ui/panels/equation_panel.h"
#include "ui/panels/neuron_details.h"
#include "ui/panels/run_strip.h"
#include "ui/representation/code_space_view.h"
#include "ui/representation/pattern_style.h"
#include "ui/representation/representation_table.h"
#include "ui/style/palette.h"
#include "ui/style/run_style.h"
#include "ui/window/dock_layout.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace bp::ui {

namespace {

/// The right column's tabs carry short titles ("Check", "Layers", the loss "E(w₁, w₂)" in the
/// lecture's notation), so that all four are whole side by side in Italian at 1280 px (issue 14);
/// the menus and screen readers keep the panel's whole name.
void keepLongName(QDockWidget *dock, const QString &name)
{
    dock->toggleViewAction()->setText(name);
    dock->setAccessibleName(name);
}

} // namespace

WindowPanels::WindowPanels(DockLayout *docks) : QObject(docks), m_docks(docks)
{
    using Place = PanelDescription::Place;
    using namespace dock_names;

    auto *equationBox = new EquationColumn;
    equations = equationBox->equations();
    details = equationBox->details();
    docks->add(
        {kEquation, tr("Equation"), equationBox, Place::Area, Qt::RightDockWidgetArea, nullptr, 300, {}, {}});

    // In a scroll area, so the panel never makes the window taller than a 720-line projector.
    auto *checkScroll = new QScrollArea;
    checkScroll->setWidgetResizable(true);
    checkScroll->setFrameShape(QFrame::NoFrame);
    gradientCheck = new GradientCheckPanel(checkScroll);
    gradientCheck->setAccessibleName(tr("Backprop's gradient against central differences"));
    checkScroll->setWidget(gradientCheck);
    // The gradient check works on the sample on show, with the network as it is now.
    docks->add({kGradientCheck,
                tr("Check"),
                checkScroll,
                Place::TabWith,
                {},
                kEquation,
                0,
                {},
                [this](const TrainingSnapshot &s) {
                    gradientCheck->setSubject(s.network, s.dataset->inputs.col(s.shownSample),
                                              s.dataset->targets.col(s.shownSample),
                                              tr("sample %1").arg(s.shownSample + 1), s.shownSample);
                }});
    keepLongName(docks->dock(kGradientCheck), tr("Gradient check"));
    docks->dock(kEquation)->raise();

    // The narrowest hidden layer is the code an autoencoder learns, when it is narrower than the
    // input (a compression); a network without such a bottleneck has no code to show.
    const auto codeLayer = [](const TrainingSnapshot &s) {
        const std::vector<int> &sizes = s.network->sizes();
        const int layer = narrowestHiddenLayer(sizes);
        return layer > 0 && sizes[static_cast<std::size_t>(layer)] < sizes.front() ? layer : 0;
    };
    samples = new RepresentationTable;
    samples->setAccessibleName(tr("Samples: input, hidden code, output"));
    docks->add({kSamples,
                tr("Samples"),
                samples,
                Place::Area,
                Qt::LeftDockWidgetArea,
                nullptr,
                260,
                {},
                [this, codeLayer](const TrainingSnapshot &s) {
                    samples->setData(s.dataset, s.sampleActivations, codeLayer(s));
                    samples->setCurrentSample(s.shownSample);
                }});

    codes = new CodeSpaceView;
    codes->setAccessibleName(tr("Hidden codes of every sample; drag to rotate"));
    codes->setMinimumSize(220, 170);
    docks->add(
        {kCodes,
         tr("Codes"),
         codes,
         Place::Below,
         {},
         kSamples,
         0,
         [codeLayer](const TrainingSnapshot &s) { return codeLayer(s) > 0 && !s.sampleActivations.empty(); },
         [this, codeLayer](const TrainingSnapshot &s) {
             const int layer = codeLayer(s);
             codes->setCodeLayer(layer);
             codes->setCodes(s.sampleActivations[static_cast<std::size_t>(layer - 1)],
                             patternLabels(s.dataset->sampleCount()));
             codes->setCurrentSample(s.shownSample);
         }});

    // The output over the input plane, for data with two inputs and one output (the 2-D lessons).
    boundary = new DecisionBoundaryView;
    boundary->setAccessibleName(tr("The network's output over the input plane, with the samples"));
    boundary->setMinimumSize(220, 170);
    docks->add({kBoundary,
                tr("Boundary"),
                boundary,
                Place::TabWith,
                {},
                kCodes,
                0,
                [](const TrainingSnapshot &s) {
                    return s.dataset->inputSize() == 2 && s.dataset->targetSize() == 1;
                },
                [this](const TrainingSnapshot &s) {
                    boundary->setDataset(s.dataset);
                    boundary->setNetwork(s.network);
                }});

    auto *lossBox = new QWidget;
    auto *lossLayout = new QVBoxLayout(lossBox);
    lossLayout->setContentsMargins(0, 0, 0, 0);
    lossLayout->setSpacing(2);
    runStrip = new RunStrip(lossBox);
    lossChart = new LossChart(lossBox);
    lossLayout->addWidget(runStrip);
    lossLayout->addWidget(lossChart, 1);
    docks->add({kLoss,
                tr("Loss"),
                lossBox,
                Place::Area,
                Qt::BottomDockWidgetArea,
                nullptr,
                0,
                {},
                {}});
    auto *gradientBox = new QWidget;
    auto *gradientLayout = new QVBoxLayout(gradientBox);
    gradientLayout->setContentsMargins(0, 0, 0, 0);
    gradientLayout->setSpacing(2);
    gradientChart = new GradientChart(gradientBox);
    gradientChart->setMinimumHeight(150);
    m_gradientCaption = new QLabel(gradientBox);
    m_gradientCaption->setWordWrap(true);
    m_gradientCaption->setTextFormat(Qt::RichText);
    gradientLayout->addWidget(gradientChart, 1);
    gradientLayout->addWidget(m_gradientCaption);
    docks->add({kGradient,
                tr("Gradients"),
                gradientBox,
                Place::RightOf,
                Qt::BottomDockWidgetArea,
                kLoss,
                0,
                {},
                {}});

    // The chain rule of the selected neuron, a tab beside the loss chart (it needs the width); fed
    // with the same trace, phase and selection as the equation panel, by the window.
    auto *chainScroll = new QScrollArea;
    chainScroll->setWidgetResizable(true);
    chainScroll->setFrameShape(QFrame::NoFrame);
    chainRule = new ChainRuleView(chainScroll);
    chainScroll->setWidget(chainRule);
    docks->add({kChainRule, tr("Chain rule"), chainScroll, Place::TabWith, {}, kLoss, 0, {}, {}});
    // The histograms over time beside the charts of the epochs; hidden until asked for (View menu or
    // a lesson), since taking them costs training time. Fed the new rows by showEpochs.
    histograms = new HistogramPanel;
    histograms->setAccessibleName(tr("Histograms over time: per layer, along the epochs"));
    docks->add({kHistograms, tr("Histograms"), histograms, Place::TabWith, {}, kLoss, 0, {}, {}});
    docks->dock(kHistograms)->hide();
    connect(docks->dock(kHistograms)->toggleViewAction(), &QAction::triggered, this, [this](bool on) {
        if (on)
            bringHistogramsForward();
    });
    docks->dock(kLoss)->raise();

    datasetEditor = new DatasetEditor;
    datasetEditor->setAccessibleName(tr("Dataset editor: the inputs and targets of every sample"));
    // Scrolled when the column is short: at 1280×720 the editor must not push the window taller than
    // the screen (the samples table and the codes share its column as tabs).
    auto *datasetScroll = new QScrollArea;
    datasetScroll->setWidgetResizable(true);
    datasetScroll->setFrameShape(QFrame::NoFrame);
    datasetScroll->setFocusPolicy(Qt::NoFocus);
    datasetScroll->setAccessibleName(tr("Dataset"));
    datasetScroll->setWidget(datasetEditor);
    docks->add({kDataset, tr("Dataset"), datasetScroll, Place::TabWith, {}, kSamples, 0, {}, {}});
    docks->dock(kSamples)->raise();

    architectureEditor = new ArchitectureEditor;
    architectureEditor->setAccessibleName(tr("Architecture editor: layers, neurons, activations, loss"));
    docks->add(
        {kArchitecture, tr("Layers"), architectureEditor, Place::TabWith, {}, kEquation, 0, {}, {}});
    keepLongName(docks->dock(kArchitecture), tr("Architecture"));

    // The loss over two weights of the run on show: hidden until asked for (View menu, a lesson).
    // Scrolled when the dock is short, so the square plot is never squeezed by its text.
    auto *landscapeScroll = new QScrollArea;
    landscapeScroll->setWidgetResizable(true);
    landscapeScroll->setFrameShape(QFrame::NoFrame);
    landscape = new LossLandscapePanel(landscapeScroll);
    landscape->setAccessibleName(tr("The loss over two weights, with the step and the way to the lowest point"));
    landscapeScroll->setWidget(landscape);
    QDockWidget *landscapeDock =
        docks->add({kLandscape, QStringLiteral("E(w₁, w₂)"), landscapeScroll, Place::TabWith, {}, kEquation, 0, {},
                    [this](const TrainingSnapshot &s) {
                        landscape->setSnapshot(s);
                        // The runs side by side leave their own paths through the focus run's slice.
                        std::vector<LandscapeRun> others;
                        for (const RunSummary &run : s.runs)
                            if (run.index != s.focusRun)
                                others.push_back({static_cast<quint64>(run.index) + 1, runLabel(run.label),
                                                  runColor(run.index, s.focusRun),
                                                  runPenStyle(run.index, s.focusRun), run.network});
                        landscape->setOtherRuns(others);
                    }});
    keepLongName(landscapeDock, tr("Loss over two weights"));
    landscapeDock->hide();
    connect(landscapeDock->toggleViewAction(), &QAction::triggered, landscapeDock, [this, landscapeDock](bool shown) {
        if (shown) {
            landscapeDock->raise();
            m_docks->widenRightColumnForTabs();
        }
    });
    docks->dock(kEquation)->raise();
}

QString WindowPanels::gradientCaption(const std::string &lesson)
{
    if (lesson == "vanishing-gradient")
        return tr("<b>The vanishing gradient.</b> (BP2) multiplies δ by σ′(z) ≤ ¼ at every layer on the "
                  "way back, so the first layer's ‖∂E/∂W‖ lies three to four orders of magnitude below "
                  "the last one's: it learns slowest, and the network learns nothing. Switch the hidden "
                  "activation to relu early, within the first 100 epochs, and watch the lines come "
                  "together. Later it fails: the relu units are dead (z ≤ 0 for every sample, where "
                  "relu′ = 0), so every gradient is exactly 0 (the dead marks on the graph show them). "
                  "Reset and switch sooner.");
    if (lesson == "optimizers")
        return tr("<b>Optimizers.</b> The same 8-3-8 from the same weights, trained by plain SGD, with "
                  "momentum and with Adam: the gradient does not point to the minimum, so SGD zig-zags "
                  "where momentum and Adam keep their direction: compare their loss lines, and their paths "
                  "over two weights.");
    if (lesson == "saturation")
        return tr("<b>Saturation.</b> Weights drawn from ±5 instead of ±0.5: many units start with a large "
                  "|z|, where σ′(z) is almost 0 (the amber marks), so δ is tiny and the loss stays flat at "
                  "first. The small weights beside them start learning at once.");
    if (lesson == "initialisation")
        return tr("<b>Initialisation.</b> Five relu layers: from uniform ±0.5 the signal and the gradient "
                  "shrink at every layer and units die; He's range √(6/n) keeps their size, so the first "
                  "layer's ‖∂E/∂W‖ stays near the last one's. Compare Xavier and He beside it.");
    return tr(
        "One line per layer, in the layer's colour: when the first layers' lines lie far below the last "
        "ones, the gradient is vanishing and those layers learn slowly.");
}

void WindowPanels::startRun(const TrainingSnapshot &snapshot)
{
    lossChart->clear();
    gradientChart->clear();
    codes->clearTrails();
    gradientChart->setLayerCount(snapshot.network->layerCount());
    m_gradientCaption->setText(gradientCaption(snapshot.presetName));
    gradientChart->setToolTip(m_gradientCaption->text());
}

void WindowPanels::showEpochs(const TrainingSnapshot &snapshot, bool newRun)
{
    if (newRun)
        startRun(snapshot);
    if (snapshot.historyRestarted) {
        // Training resumed from an earlier state: the later epochs are gone, the charts start over.
        clearCharts();
    }
    // An architecture edit: the gradient lines start over for the new layers at once, not only
    // when the next epoch arrives.
    if (!newRun && snapshot.network->layerCount() != gradientChart->layerCount())
        gradientChart->setLayerCount(snapshot.network->layerCount());
    for (const EpochMetrics &metrics : snapshot.newEpochs) {
        lossChart->appendEpoch(metrics);
        gradientChart->appendEpoch(metrics);
    }
    histograms->receive(snapshot, newRun);
    gradientChart->setUnitCounts(snapshot.saturation.get());
    showOtherRuns(snapshot, *lossChart, *gradientChart, newRun);
    runStrip->showRuns(snapshot);
    lossChart->setRunsKeyedAbove(snapshot.runs.size() > 1);
    // The run's live changes are its data: the markers are drawn from them (again after a clear).
    if (snapshot.changes != m_markedChanges || newRun || snapshot.historyRestarted) {
        m_markedChanges = snapshot.changes;
        const QList<ChartMarker> markers = m_markedChanges ? changeMarkers(*m_markedChanges) : QList<ChartMarker>{};
        lossChart->setMarkers(markers);
        gradientChart->setMarkers(markers);
    }
    const std::optional<double> cursor = snapshot.timelinePosition != 0
                                             ? std::optional<double>(static_cast<double>(snapshot.epoch))
                                             : std::nullopt;
    lossChart->setCursorEpoch(cursor);
    gradientChart->setCursorEpoch(cursor);
}

void WindowPanels::showHistograms(HistogramQuantity quantity, HistogramScale scale)
{
    histograms->setQuantity(quantity);
    histograms->setScale(scale);
    m_docks->dock(dock_names::kHistograms)->show();
    bringHistogramsForward();
}

void WindowPanels::showLandscape()
{
    QDockWidget *dock = m_docks->dock(dock_names::kLandscape);
    dock->show();
    dock->raise();
    m_docks->widenRightColumnForTabs();
}

void WindowPanels::bringHistogramsForward()
{
    QDockWidget *dock = m_docks->dock(dock_names::kHistograms);
    dock->raise();
    // A strip per layer needs more height than a chart does: at least four tenths of the window.
    auto *window = qobject_cast<QMainWindow *>(dock->parentWidget());
    if (window && !dock->isFloating() && dock->height() < window->height() * 38 / 100)
        window->resizeDocks({dock}, {window->height() * 42 / 100}, Qt::Vertical);
}

void WindowPanels::clearCharts()
{
    lossChart->clear();
    gradientChart->clear();
    m_markedChanges.reset();
}

void WindowPanels::hideGradientCaption()
{
    m_gradientCaption->hide();
}

void WindowPanels::hideGradientCaptionIfWrapped()
{
    // A caption of more than one line (Italian at 1920) would squeeze the chart until Qt elides its
    // tick labels: it stays the chart's tool tip then.
    const int width = std::max(200, m_gradientCaption->parentWidget()->width() - 12);
    if (m_gradientCaption->heightForWidth(width) > m_gradientCaption->fontMetrics().lineSpacing() * 3 / 2)
        m_gradientCaption->hide();
}

void WindowPanels::applyThemeStyles()
{
    m_gradientCaption->setStyleSheet(
        QString("QLabel { color: %1; padding: 2px 8px 4px 8px; }").arg(palette::mutedInkColor().name()));
}

} // namespace bp::ui
