#pragma once

#include "core/analysis/histogram.h"
#include "core/training/training_snapshot.h"

#include <QObject>

#include <memory>
#include <string>
#include <vector>

class QLabel;

namespace bp::ui {

class ArchitectureEditor;
class ChainRuleView;
class CodeSpaceView;
class DatasetEditor;
class DecisionBoundaryView;
class DockLayout;
class EquationPanel;
class GradientChart;
class GradientCheckPanel;
class HistogramPanel;
class LossChart;
class LossLandscapePanel;
class NeuronDetails;
class RepresentationTable;
class RunStrip;

/// The panels in the window's docks: it creates them, describes each to the dock layout (where it
/// goes, when it applies, how a snapshot reaches it) and keeps the charts of a run: cleared for a
/// new run, fed the new epochs, marked where a setting changed.
class WindowPanels : public QObject {
    Q_OBJECT

public:
    explicit WindowPanels(DockLayout *docks);

    /// A snapshot's epochs for the charts; `newRun` starts them afresh.
    void showEpochs(const TrainingSnapshot &snapshot, bool newRun);
    void clearCharts();
    /// A short screen keeps the gradient chart's caption as its tool tip, for the plot's sake.
    void hideGradientCaption();
    /// Hides the caption when it would take more than a line at the dock's width.
    void hideGradientCaptionIfWrapped();
    /// Style sheets that carry the theme's colours.
    void applyThemeStyles();
    /// Shows and raises the histograms over time with this quantity and these bins (a lesson's way
    /// of pointing at them).
    void showHistograms(bp::HistogramQuantity quantity, bp::HistogramScale scale);
    /// Shows and raises the loss over two weights (the Optimizers lesson's way of pointing at it).
    void showLandscape();
    /// The caption under the gradient chart for a lesson (its lesson's words, or the general one).
    static QString gradientCaption(const std::string &lesson);

    EquationPanel *equations = nullptr;
    NeuronDetails *details = nullptr;
    LossChart *lossChart = nullptr;
    GradientChart *gradientChart = nullptr;
    /// The runs side by side above the loss chart (hidden while the run is alone).
    RunStrip *runStrip = nullptr;
    RepresentationTable *samples = nullptr;
    CodeSpaceView *codes = nullptr;
    DecisionBoundaryView *boundary = nullptr;
    GradientCheckPanel *gradientCheck = nullptr;
    DatasetEditor *datasetEditor = nullptr;
    ArchitectureEditor *architectureEditor = nullptr;
    ChainRuleView *chainRule = nullptr;
    HistogramPanel *histograms = nullptr;
    LossLandscapePanel *landscape = nullptr;

private:
    void startRun(const TrainingSnapshot &snapshot);
    /// Raises the histograms' tab and gives it the height its strips need.
    void bringHistogramsForward();

    DockLayout *m_docks = nullptr;
    QLabel *m_gradientCaption = nullptr;
    // The changes the charts' markers were last drawn from.
    std::shared_ptr<const std::vector<LiveChange>> m_markedChanges;
};

} // namespace bp::ui
