#pragma once

#include "ui/charts/epoch_chart.h"

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

    /// Logarithmic (the default) or linear loss axis. The user can also switch it from the
    /// chart's context menu.
    void setLogScale(bool logarithmic);

protected:
    void applyTheme() override;

private:
    void setKeys();
};

} // namespace bp::ui
