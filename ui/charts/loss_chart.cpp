#include "ui/charts/loss_chart.h"

#include "core/trainer.h"
#include "ui/charts/chart_header.h"
#include "ui/charts/chart_style.h"
#include "ui/style/palette.h"

namespace bp::ui {

LossChart::LossChart(QWidget *parent) : EpochChart(parent)
{
    setObjectName(QStringLiteral("lossChart"));
    setExportBaseName(QStringLiteral("loss"));
    setLeftAxis(tr("loss E"), true, true);
    setFloorNote(tr("1 loss of 0 drawn at the bottom"), tr("%1 losses of 0 drawn at the bottom"));
    setRightAxis(tr("accuracy"), 0.0, 1.05, 0.25, chart_style::accuracyColor());

    TrackStyle accuracy;
    accuracy.name = tr("accuracy");
    accuracy.csvName = QStringLiteral("accuracy");
    accuracy.color = chart_style::accuracyColor();
    accuracy.width = 2.0;
    accuracy.side = Side::Right;
    TrackStyle loss;
    loss.name = tr("loss E");
    loss.csvName = QStringLiteral("loss");
    loss.color = palette::inkColor();
    loss.width = 2.6;
    TrackStyle stepLoss;
    stepLoss.name = tr("loss of each step (epoch mean)");
    stepLoss.csvName = QStringLiteral("step_loss");
    stepLoss.color = palette::faintInkColor();
    stepLoss.style = Qt::DashLine;
    stepLoss.width = 1.6;
    addTrack(loss);
    addTrack(accuracy);
    addTrack(stepLoss);

    header()->setTitle(tr("Loss and accuracy"));
    setKeys();
}

void LossChart::setKeys()
{
    ChartHeader::Entry lossKey;
    lossKey.text = tr("loss E");
    lossKey.color = palette::inkColor();
    lossKey.startsGroup = true;
    ChartHeader::Entry accuracyKey;
    accuracyKey.text = tr("accuracy (right)");
    accuracyKey.color = chart_style::accuracyColor();
    ChartHeader::Entry stepKey;
    stepKey.text = tr("per step");
    stepKey.color = palette::faintInkColor();
    stepKey.style = Qt::DashLine;
    setTitle(tr("Loss and accuracy"));
    header()->setEntries({lossKey, stepKey, accuracyKey});
}

void LossChart::applyTheme()
{
    setTrackColor(kLossTrack, palette::inkColor());
    setTrackColor(kAccuracyTrack, chart_style::accuracyColor());
    setTrackColor(kStepLossTrack, palette::faintInkColor());
    setRightAxis(tr("accuracy"), 0.0, 1.05, 0.25, chart_style::accuracyColor());
    setKeys();
    EpochChart::applyTheme();
}

void LossChart::appendEpoch(const bp::EpochMetrics &metrics)
{
    appendPoint(static_cast<double>(metrics.epoch), metrics.loss, metrics.accuracy, metrics.stepLoss);
}

void LossChart::appendPoint(double epoch, double loss, double accuracy, double stepLoss)
{
    if (const std::optional<double> last = lastEpoch(); last && epoch < *last)
        clear();
    appendToTrack(kLossTrack, epoch, loss);
    appendToTrack(kAccuracyTrack, epoch, accuracy);
    if (!std::isnan(stepLoss))
        appendToTrack(kStepLossTrack, epoch, stepLoss);
}

void LossChart::setLogScale(bool logarithmic)
{
    setLeftAxisLogarithmic(logarithmic);
}

} // namespace bp::ui
