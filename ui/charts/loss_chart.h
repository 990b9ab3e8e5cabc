#pragma once

#include "ui/charts/epoch_chart.h"
#include "ui/charts/run_lines.h"

#include <cmath>

namespace bp {
struct EpochMetrics;
}

namespace bp::ui {

/// Training loss (left axis, logarithmic by default since it spans decades) and accuracy (right
/// axis, 0..1) per epoch.
class LossChart : public EpochChart {
    Q_OBJECT

public:
    static constexpr int kLossTrack = 0;
    static constexpr int kAccuracyTrack = 1;
    /// The loss of each step, averaged over the epoch: the per-step loss, smoothed.
    static constexpr int kStepLossTrack = 2;

    explicit LossChart(QWidget *parent = nullptr);

    /// Adds the epoch's loss and accuracy. An epoch below the last one starts a new run: the chart
    /// is cleared first.
    void appendEpoch(const bp::EpochMetrics &metrics);
    /// The same from plain numbers.
    void appendPoint(double epoch, double loss, double accuracy, double stepLoss = std::nan(""));

    /// Runs side by side: the other runs' loss and accuracy drawn over this run's, each in its
    /// stroke, and every run named in the key (this one as `focusLabel`). Empty: this run alone.
    /// Lines of runs that were shown before start over.
    void setOtherRuns(const QList<RunLine> &runs, const QString &focusLabel);
    const QList<RunLine> &otherRuns() const { return m_runs.lines; }
    /// New labels for the same runs (a setting of one changed): the key and names only, the
    /// lines keep their points.
    void relabelRuns(const QList<RunLine> &runs, const QString &focusLabel);
    /// Adds an epoch of run `run` (RunLine::run) to its lines.
    void appendRunEpoch(int run, const bp::EpochMetrics &metrics);
    /// The loss line of the other run `run`, or −1.
    int runLossTrack(int run) const;

    /// The window's strip of runs above the chart names the runs in the same strokes, with their
    /// losses: the key leaves them out (but for an export), and its lines go to the plot.
    void setRunsKeyedAbove(bool above);

    /// Logarithmic (the default) or linear loss axis. The user can also switch it from the
    /// chart's context menu.
    void setLogScale(bool logarithmic);

protected:
    void applyTheme() override;
    void showWholeKey(bool whole) override;

private:
    void setKeys();

    OtherRuns m_runs;
    bool m_runsKeyedAbove = false;
    bool m_exporting = false;
};

} // namespace bp::ui
