#include "ui/charts/epoch_chart.h"

#include "core/formats/number_format.h"

#include "ui/charts/chart_export.h"
#include "ui/charts/chart_header.h"
#include "ui/charts/epoch_chart_private.h"

#include <QCoreApplication>
#include <QLayout>
#include <QSaveFile>
#include <QTextStream>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <map>
#include <optional>
#include <vector>

// The chart's exports (PNG, SVG, CSV), apart from its drawing.
namespace bp::ui {

using namespace epoch_chart_detail;

namespace {

// The core's conversion, shared with the command line's history CSV: the shortest exact text.
QString csvNumber(double value)
{
    return QString::fromStdString(bp::formatNumber(value));
}

} // namespace

void EpochChart::prepareForExport()
{
    d->hideHover();
    // A chart that was never shown has not laid itself out: lay out its window down to it, and size
    // the chart to its view.
    QList<QWidget *> chain;
    for (QWidget *widget = this; widget; widget = widget->parentWidget())
        chain.prepend(widget);
    for (QWidget *widget : chain) {
        widget->ensurePolished();
        if (widget->layout())
            widget->layout()->activate();
    }
    if (!d->view->isVisible()) {
        // What QChartView does on its resize event, which a hidden view does not get.
        d->chart->resize(QSizeF(d->view->size()));
        d->view->setSceneRect(d->chart->geometry());
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    flush();
    // New labels and markers change the margins, and the margins the plot area: settle both.
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        d->updateOverlays();
    }
}

bool EpochChart::exportPng(const QString &path)
{
    showWholeKey(true);
    prepareForExport();
    const bool written = exportWidgetPng(this, path);
    showWholeKey(false);
    return written;
}

bool EpochChart::exportSvg(const QString &path)
{
    showWholeKey(true);
    prepareForExport();
    const bool written = exportWidgetSvg(this, path, d->header->title());
    showWholeKey(false);
    return written;
}

bool EpochChart::exportCsv(const QString &path)
{
    return exportCsv(path, {this});
}

bool EpochChart::exportCsv(const QString &path, const QList<const EpochChart *> &charts)
{
    // One row per epoch and one column per line of every chart; a line that has no point at an
    // epoch (decimated differently, or not finite there) leaves its cell empty.
    std::vector<const Private::Track *> tracks;
    for (const EpochChart *chart : charts) {
        for (const Private::Track &track : chart->d->tracks)
            tracks.push_back(&track);
    }
    std::map<double, std::vector<std::optional<double>>> rows;
    for (std::size_t t = 0; t < tracks.size(); ++t) {
        for (const QPointF &point : tracks[t]->buffer.points()) {
            auto &row = rows[point.x()];
            row.resize(tracks.size());
            row[t] = point.y();
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream out(&file);
    out << "epoch";
    for (const Private::Track *track : tracks)
        out << ',' << track->style.csvName;
    out << '\n';
    for (const auto &[epoch, values] : rows) {
        out << csvNumber(epoch);
        for (const std::optional<double> &value : values) {
            out << ',';
            if (value)
                out << csvNumber(*value);
        }
        out << '\n';
    }
    out.flush();
    return out.status() == QTextStream::Ok && file.commit();
}

} // namespace bp::ui
