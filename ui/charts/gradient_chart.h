#pragma once

#include "ui/charts/epoch_chart.h"
#include "ui/charts/run_lines.h"

#include <vector>

namespace bp {
struct EpochMetrics;
struct SaturationReport;
}

namespace bp::ui {

/// The vanishing gradient, live: per layer l, ‖∂E/∂Wˡ‖ (solid) and mean |δˡ| (dashed) per epoch
/// on a logarithmic axis, each layer in its colour from the network graph.
class GradientChart : public EpochChart {
    Q_OBJECT

public:
    explicit GradientChart(QWidget *parent = nullptr);

    /// Starts the lines over for a network of `layers` layers (1..L, the input excluded).
    void setLayerCount(int layers);
    int layerCount() const { return m_layers; }

    /// Adds the epoch's per-layer statistics (metrics.layers, one per layer 1..L). Metrics with a
    /// different number of layers start the lines over (the network changed shape); an epoch below
    /// the last one starts a new run (the chart is cleared).
    void appendEpoch(const bp::EpochMetrics &metrics);

    /// Counts of saturated and dead units per layer, for the key ("layer 1: saturated 2, dead 1");
    /// null clears them.
    void setUnitCounts(const bp::SaturationReport *report);
    /// What the key says of them now ("" when no unit is saturated or dead, or no report was given).
    QString unitCountsText() const;
    /// Runs side by side: the other runs' ‖∂E/∂Wˡ‖ drawn over this run's lines, in the layer's
    /// colour and the run's stroke, each run named in the key (this one as `focusLabel`).
    void setOtherRuns(const QList<RunLine> &runs, const QString &focusLabel);
    const QList<RunLine> &otherRuns() const { return m_runs.lines; }
    /// New labels for the same runs (a setting of one changed): the key and names only, the
    /// lines keep their points.
    void relabelRuns(const QList<RunLine> &runs, const QString &focusLabel);
    /// Adds an epoch of run `run` to its lines.
    void appendRunEpoch(int run, const bp::EpochMetrics &metrics);
    /// The line of ‖∂E/∂Wˡ‖ of the other run `run`, or −1.
    int runGradientTrack(int run, int layer) const;

    /// The line of ‖∂E/∂Wˡ‖ and of mean |δˡ| for layer l in 1..L.
    static int gradientTrack(int layer) { return 2 * (layer - 1); }
    static int deltaTrack(int layer) { return 2 * (layer - 1) + 1; }

protected:
    void applyTheme() override;

private:
    void setKeys();
    void addRunTracks();

    int m_layers = 0;
    /// Per layer 1..L: saturated and dead units; empty when unknown.
    std::vector<std::pair<int, int>> m_unitCounts;
    OtherRuns m_runs;
};

} // namespace bp::ui
