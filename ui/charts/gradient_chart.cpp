#include "ui/charts/gradient_chart.h"

#include "core/maths/saturation.h"
#include "core/training/trainer.h"
#include "ui/charts/chart_header.h"
#include "ui/charts/chart_style.h"
#include "ui/style/palette.h"
#include "ui/style/run_style.h"

#include <QStringList>

#include <algorithm>

namespace bp::ui {

namespace {

// Beyond this the colours repeat and the chart is a tangle; a network that deep is not a lecture.
constexpr int kMaxLayers = 64;

} // namespace

GradientChart::GradientChart(QWidget *parent) : EpochChart(parent)
{
    setObjectName(QStringLiteral("gradientChart"));
    setExportBaseName(QStringLiteral("gradients"));
    setLeftAxis(QString(), true, false);
    setTitle(tr("Gradient size per layer (log scale)"));
    setFloorNote(tr("1 zero gradient drawn at the bottom"), tr("%1 zero gradients drawn at the bottom"));
    setLayerCount(0);
}

void GradientChart::setLayerCount(int layers)
{
    m_layers = std::clamp(layers, 0, kMaxLayers);
    removeTracks();
    for (int l = 1; l <= m_layers; ++l) {
        const QString layer = chart_style::superscript(l);
        TrackStyle gradient;
        gradient.name = QStringLiteral("‖∂E/∂W%1‖").arg(layer);
        gradient.csvName = QStringLiteral("grad_norm_W%1").arg(l);
        gradient.color = palette::layerColor(l);
        gradient.width = 2.4;
        TrackStyle delta;
        delta.name = tr("mean |δ%1|").arg(layer);
        delta.csvName = QStringLiteral("mean_abs_delta%1").arg(l);
        delta.color = palette::layerColor(l);
        delta.style = Qt::DashLine;
        delta.width = 1.9;
        addTrack(gradient);
        addTrack(delta);
    }
    addRunTracks();
    setKeys();
}

void GradientChart::addRunTracks()
{
    for (const RunLine &run : m_runs.lines) {
        for (int l = 1; l <= m_layers; ++l) {
            TrackStyle gradient;
            gradient.name = QStringLiteral("‖∂E/∂W%1‖ (%2)").arg(chart_style::superscript(l), run.label);
            gradient.csvName = QStringLiteral("grad_norm_W%1_run%2").arg(l).arg(run.run + 1);
            gradient.color = palette::layerColor(l);
            gradient.style = runPenStyle(run.run, run.focus);
            gradient.width = 1.9;
            addTrack(gradient);
        }
    }
}

void GradientChart::relabelRuns(const QList<RunLine> &runs, const QString &focusLabel)
{
    if (m_runs.relabel(runs, focusLabel))
        setKeys();
}

void GradientChart::setOtherRuns(const QList<RunLine> &runs, const QString &focusLabel)
{
    removeTracksFrom(2 * m_layers);
    m_runs = {runs, focusLabel};
    addRunTracks();
    setKeys();
}

int GradientChart::runGradientTrack(int run, int layer) const
{
    if (layer < 1 || layer > m_layers)
        return -1;
    const int i = m_runs.indexOf(run);
    return i < 0 ? -1 : 2 * m_layers + i * m_layers + layer - 1;
}

void GradientChart::appendRunEpoch(int run, const bp::EpochMetrics &metrics)
{
    const int layers = static_cast<int>(std::min<std::size_t>(metrics.layers.size(), kMaxLayers));
    if (layers != m_layers)
        return;
    for (int l = 1; l <= layers; ++l)
        appendToTrack(runGradientTrack(run, l), static_cast<double>(metrics.epoch),
                      metrics.layers[static_cast<std::size_t>(l - 1)].gradientNorm);
}

void GradientChart::setKeys()
{
    // One key for all lines: the stroke says which quantity, the colour which layer.
    QList<ChartHeader::Entry> entries;
    ChartHeader::Entry gradientKey;
    gradientKey.text = QStringLiteral("‖∂E/∂Wˡ‖");
    gradientKey.color = palette::faintInkColor().darker(130);
    gradientKey.startsGroup = true;
    entries.append(gradientKey);
    ChartHeader::Entry deltaKey = gradientKey;
    deltaKey.startsGroup = false;
    deltaKey.text = tr("mean |δˡ|");
    deltaKey.style = Qt::DashLine;
    entries.append(deltaKey);
    if (m_layers > 0) {
        ChartHeader::Entry layerLabel;
        layerLabel.kind = ChartHeader::Entry::Kind::Text;
        layerLabel.text = tr("layer");
        layerLabel.startsGroup = true;
        entries.append(layerLabel);
    }
    for (int l = 1; l <= m_layers; ++l) {
        ChartHeader::Entry layer;
        layer.text = QString::number(l);
        layer.color = palette::layerColor(l);
        layer.strokeLength = 13.0;
        entries.append(layer);
    }
    // The units that explain a line near the floor: saturated (σ′ ≈ 0) or dead (relu′ = 0).
    // Only when there are some: a line of key costs the plot its height on a small screen.
    if (!unitCountsText().isEmpty()) {
        ChartHeader::Entry units;
        units.kind = ChartHeader::Entry::Kind::Text;
        units.text = unitCountsText();
        units.color = palette::inkColor();
        units.startsGroup = true;
        entries.append(units);
    }
    if (!m_runs.lines.isEmpty()) {
        ChartHeader::Entry focus;
        focus.text = m_runs.focusLabel;
        focus.color = palette::faintInkColor().darker(130);
        focus.startsGroup = true;
        entries.append(focus);
        for (const RunLine &run : m_runs.lines) {
            ChartHeader::Entry key = focus;
            key.startsGroup = false;
            key.text = run.label;
            key.style = runPenStyle(run.run, run.focus);
            entries.append(key);
        }
    }
    header()->setEntries(entries);
}

QString GradientChart::unitCountsText() const
{
    if (m_unitCounts.empty())
        return QString();
    QStringList parts;
    for (std::size_t i = 0; i < m_unitCounts.size(); ++i) {
        const auto [saturated, dead] = m_unitCounts[i];
        QStringList counts;
        if (saturated > 0)
            counts.append(tr("saturated %1").arg(saturated));
        if (dead > 0)
            counts.append(tr("dead %1").arg(dead));
        if (!counts.isEmpty())
            parts.append(tr("layer %1: %2").arg(i + 1).arg(counts.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral(" · "));
}

void GradientChart::setUnitCounts(const bp::SaturationReport *report)
{
    std::vector<std::pair<int, int>> counts;
    if (report) {
        for (const LayerSaturation &layer : report->layers)
            counts.emplace_back(layer.saturatedCount, layer.deadCount);
    }
    if (counts == m_unitCounts)
        return;
    m_unitCounts = std::move(counts);
    setKeys();
}

void GradientChart::applyTheme()
{
    for (int l = 1; l <= m_layers; ++l) {
        setTrackColor(gradientTrack(l), palette::layerColor(l));
        setTrackColor(deltaTrack(l), palette::layerColor(l));
        for (const RunLine &run : m_runs.lines)
            setTrackColor(runGradientTrack(run.run, l), palette::layerColor(l));
    }
    setKeys();
    EpochChart::applyTheme();
}

void GradientChart::appendEpoch(const bp::EpochMetrics &metrics)
{
    const int layers = static_cast<int>(std::min<std::size_t>(metrics.layers.size(), kMaxLayers));
    const double epoch = static_cast<double>(metrics.epoch);
    if (layers != m_layers)
        setLayerCount(layers);
    else if (const std::optional<double> last = m_layers > 0 ? trackBuffer(gradientTrack(1)).lastX() : std::nullopt;
             last && epoch < *last)
        clear();
    for (int l = 1; l <= layers; ++l) {
        const LayerStats &stats = metrics.layers[static_cast<std::size_t>(l - 1)];
        appendToTrack(gradientTrack(l), epoch, stats.gradientNorm);
        appendToTrack(deltaTrack(l), epoch, stats.meanAbsDelta);
    }
}

} // namespace bp::ui
