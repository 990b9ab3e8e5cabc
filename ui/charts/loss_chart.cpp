#include "ui/charts/loss_chart.h"

#include "core/trainer.h"
#include "ui/charts/chart_header.h"
#include "ui/charts/chart_style.h"
#include "ui/palette.h"

namespace bp::ui {

LossChart::LossChart(QWidget *parent) : EpochChart(parent)
{
    setObjectName(QStringLiteral("lossChart"));
    setExportBaseName(QStringLiteral("loss"));
    setLeftAxis(tr("loss E"), true, true);
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
    addTrack(loss);
    addTrack(accuracy);

    ChartHeader::Entry lossKey;
    lossKey.text = loss.name;
    lossKey.color = loss.color;
    lossKey.startsGroup = true;
    ChartHeader::Entry accuracyKey;
    accuracyKey.text = tr("accuracy (right)");
    accuracyKey.color = accuracy.color;
    header()->setTitle(tr("Loss and accuracy"));
    header()->setEntries({lossKey, accuracyKey});
}

void LossChart::appendEpoch(const bp::EpochMetrics &metrics)
{
    appendPoint(static_cast<double>(metrics.epoch), metrics.loss, metrics.accuracy);
}

void LossChart::appendPoint(double epoch, double loss, double accuracy)
{
    if (const std::optional<double> last = lastEpoch(); last && epoch < *last)
        clear();
    appendToTrack(kLossTrack, epoch, loss);
    appendToTrack(kAccuracyTrack, epoch, accuracy);
}

void LossChart::setLogScale(bool logarithmic)
{
    setLeftAxisLogarithmic(logarithmic);
}

} // namespace bp::ui
