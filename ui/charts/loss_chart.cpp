#include "ui/charts/loss_chart.h"

#include "core/training/trainer.h"
#include "ui/charts/chart_header.h"
#include "ui/charts/chart_style.h"
#include "ui/style/palette.h"
#include "ui/style/run_style.h"

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
    QList<ChartHeader::Entry> entries = {lossKey, stepKey, accuracyKey};
    if (!m_runs.lines.isEmpty() && (!m_runsKeyedAbove || m_exporting)) {
        ChartHeader::Entry focus;
        focus.text = m_runs.focusLabel;
        focus.color = palette::inkColor();
        focus.startsGroup = true;
        entries.append(focus);
        for (const RunLine &run : m_runs.lines) {
            ChartHeader::Entry key;
            key.text = run.label;
            key.color = runColor(run.run, run.focus);
            key.style = runPenStyle(run.run, run.focus);
            entries.append(key);
        }
    }
    header()->setEntries(entries);
}

void LossChart::setRunsKeyedAbove(bool above)
{
    if (above == m_runsKeyedAbove)
        return;
    m_runsKeyedAbove = above;
    setKeys();
}

void LossChart::showWholeKey(bool whole)
{
    m_exporting = whole;
    if (m_runsKeyedAbove && !m_runs.lines.isEmpty())
        setKeys();
}

void LossChart::relabelRuns(const QList<RunLine> &runs, const QString &focusLabel)
{
    if (m_runs.relabel(runs, focusLabel))
        setKeys();
}

void LossChart::setOtherRuns(const QList<RunLine> &runs, const QString &focusLabel)
{
    removeTracksFrom(kStepLossTrack + 1);
    m_runs = {runs, focusLabel};
    for (const RunLine &run : m_runs.lines) {
        TrackStyle loss;
        loss.name = tr("loss E (%1)").arg(run.label);
        loss.csvName = QStringLiteral("loss_run%1").arg(run.run + 1);
        loss.color = runColor(run.run, run.focus);
        loss.style = runPenStyle(run.run, run.focus);
        loss.width = 2.2;
        TrackStyle accuracy;
        accuracy.name = tr("accuracy (%1)").arg(run.label);
        accuracy.csvName = QStringLiteral("accuracy_run%1").arg(run.run + 1);
        accuracy.color = chart_style::accuracyColor();
        accuracy.style = runPenStyle(run.run, run.focus);
        accuracy.width = 1.6;
        accuracy.side = Side::Right;
        addTrack(loss);
        addTrack(accuracy);
    }
    setKeys();
}

int LossChart::runLossTrack(int run) const
{
    const int i = m_runs.indexOf(run);
    return i < 0 ? -1 : kStepLossTrack + 1 + 2 * i;
}

void LossChart::appendRunEpoch(int run, const bp::EpochMetrics &metrics)
{
    const int track = runLossTrack(run);
    if (track < 0)
        return;
    appendToTrack(track, static_cast<double>(metrics.epoch), metrics.loss);
    appendToTrack(track + 1, static_cast<double>(metrics.epoch), metrics.accuracy);
}

void LossChart::applyTheme()
{
    setTrackColor(kLossTrack, palette::inkColor());
    setTrackColor(kAccuracyTrack, chart_style::accuracyColor());
    setTrackColor(kStepLossTrack, palette::faintInkColor());
    for (const RunLine &run : m_runs.lines)
        setTrackColor(runLossTrack(run.run), runColor(run.run, run.focus));
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
    // The other runs' lines may be ahead (a larger batch walks more epochs per step): only this
    // run's own line tells a new run.
    if (const std::optional<double> last = trackBuffer(kLossTrack).lastX(); last && epoch < *last)
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
