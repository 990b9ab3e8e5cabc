#pragma once

#include <QString>
#include <QWidget>

namespace bp {
struct EpochMetrics;
}

namespace bp::ui {

class GradientChart;
class LossChart;

/// The loss chart and the gradient chart side by side, fed together. A window that wants each in
/// its own dock creates a LossChart and a GradientChart instead: they have the same functions.
class TrainingCharts : public QWidget {
    Q_OBJECT

public:
    explicit TrainingCharts(QWidget *parent = nullptr);

    LossChart *lossChart() const { return m_loss; }
    GradientChart *gradientChart() const { return m_gradient; }

    void appendEpoch(const bp::EpochMetrics &metrics);
    void setLayerCount(int layers);
    void clear();
    /// On both charts: a vertical dashed line at `epoch` labelled with what changed.
    void addMarker(double epoch, const QString &label);
    void setAutoScale(bool on);
    void flush();

    /// Both charts in one picture, and all their lines in one table.
    bool exportPng(const QString &path);
    bool exportSvg(const QString &path);
    bool exportCsv(const QString &path);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void prepareForExport();
    void alignHeaders();

    LossChart *m_loss;
    GradientChart *m_gradient;
};

} // namespace bp::ui
