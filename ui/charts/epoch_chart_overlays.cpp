#include "ui/charts/epoch_chart_private.h"

#include "ui/charts/chart_header.h"
#include "ui/charts/marker_layout.h"
#include "ui/charts/epoch_ranges.h"

#include <QFontMetricsF>
#include <QToolTip>
#include <QtCharts/QLogValueAxis>

#include <algorithm>
#include <cmath>

namespace bp::ui {

using namespace epoch_chart_detail;

void EpochChart::Private::updateNote()
{
    std::int64_t notFinite = 0;
    std::int64_t onFloor = 0;
    for (const Track &track : tracks) {
        notFinite += track.buffer.nonFiniteCount();
        if (onLogAxis(track))
            onFloor += extentOf(track).nonPositiveCount;
    }
    auto count = [](std::int64_t n) { return QString::number(n); };
    QStringList parts;
    if (notFinite > 0)
        parts << (notFinite == 1 ? EpochChart::tr("1 value not shown (not finite)")
                                 : EpochChart::tr("%1 values not shown (not finite)").arg(count(notFinite)));
    // In the words of the chart ("3 zero gradients drawn at the bottom"), not of the log axis.
    if (onFloor > 0)
        parts << (onFloor == 1 ? floorNoteOne : floorNoteMany.arg(count(onFloor)));
    note = parts.join(QStringLiteral(" · "));
    placeNote();
}

void EpochChart::Private::placeNote()
{
    const QRectF plot = chart->plotArea();
    noteItem->setText(note);
    const QRectF box = noteItem->boundingRect();
    const double titleHalf = QFontMetricsF(chart_style::font()).horizontalAdvance(xAxis->titleText()) / 2.0;
    const double left = chart->size().width() - 6.0 - box.width();
    const bool besideTitle =
        !note.isEmpty() && plot.isValid() && left >= plot.center().x() + titleHalf + 16.0;
    noteItem->setVisible(besideTitle);
    noteItem->setPos(left, chart->size().height() - box.height() - 1.0);
    header->setNote(besideTitle ? QString() : note);
}

void EpochChart::Private::updateOverlays()
{
    const QRectF plot = chart->plotArea();
    emptyHint->setVisible(!hasData() && plot.isValid());
    const QRectF hint = emptyHint->boundingRect();
    emptyHint->setPos(plot.center() - QPointF(hint.width() / 2.0, hint.height() / 2.0));
    placeNote();

    // The room our own decorations need, outside the plot; Qt Charts lays the rest out.
    const QMargins current = chart->margins();
    const QPoint axis = layoutLeftAxis();
    const QMargins wanted(std::max(2, axis.x()), std::max({2, axis.y(), layoutMarkers()}), current.right(),
                          current.bottom());
    if (wanted != current)
        chart->setMargins(wanted);
}

QPoint EpochChart::Private::layoutLeftAxis()
{
    const QRectF plot = chart->plotArea();
    auto *log = qobject_cast<QLogValueAxis *>(leftAxis);
    if (!log || !plot.isValid() || !(log->max() > log->min()) || !(log->min() > 0.0)) {
        for (QGraphicsSimpleTextItem *label : yLabels)
            label->hide();
        yTitle->hide();
        return QPoint(2, 2);
    }
    const QFontMetricsF metrics(chart_style::font());
    const QList<double> ticks =
        chart_style::logTicks(log->min(), log->max(), plot.height(), 1.6 * metrics.height());
    const QStringList texts = chart_style::logTickLabels(ticks);
    while (yLabels.size() < static_cast<std::size_t>(ticks.size())) {
        auto *label = new QGraphicsSimpleTextItem(chart);
        label->setFont(chart_style::font());
        label->setBrush(palette::inkColor());
        label->setZValue(kOverlayZ);
        yLabels.push_back(label);
    }
    const double low = std::log10(log->min());
    const double span = std::log10(log->max()) - low;
    constexpr double tickGap = 7.0;
    double widest = 0.0;
    for (std::size_t i = 0; i < yLabels.size(); ++i) {
        QGraphicsSimpleTextItem *label = yLabels[i];
        if (i >= static_cast<std::size_t>(ticks.size())) {
            label->hide();
            continue;
        }
        label->setText(texts[static_cast<qsizetype>(i)]);
        const QRectF box = label->boundingRect();
        widest = std::max(widest, box.width());
        const double y =
            plot.bottom() - (std::log10(ticks[static_cast<qsizetype>(i)]) - low) / span * plot.height();
        label->setPos(plot.left() - tickGap - box.width(), y - box.height() / 2.0);
        label->show();
    }

    double needed = widest + tickGap + 2.0;
    yTitle->setVisible(!leftTitle.isEmpty());
    if (!leftTitle.isEmpty()) {
        yTitle->setText(leftTitle);
        const QRectF box = yTitle->boundingRect();
        // Turned a quarter left, the text runs upwards and its height becomes its width.
        yTitle->setPos(plot.left() - needed - 4.0 - box.height(), plot.center().y() + box.width() / 2.0);
        needed += box.height() + 4.0;
    }
    const double qtLeft = plot.left() - chart->margins().left();
    const double qtTop = plot.top() - chart->margins().top();
    // The top label is centred on the plot's top edge: half of it stands above.
    return QPoint(static_cast<int>(std::ceil(needed - qtLeft + 2.0)),
                  static_cast<int>(std::ceil(metrics.height() / 2.0 + 1.0 - qtTop)));
}

int EpochChart::Private::layoutMarkers()
{
    const QRectF plot = chart->plotArea();
    const double low = xAxis->min();
    const double high = xAxis->max();
    if (cursor) {
        const double x = cursorEpoch ? plot.left() + (*cursorEpoch - low) / (high - low) * plot.width() : 0.0;
        const bool visible =
            cursorEpoch && plot.isValid() && high > low && x >= plot.left() - 0.5 && x <= plot.right() + 0.5;
        cursor->setVisible(visible);
        if (visible)
            cursor->setLine(x, plot.top(), x, plot.bottom());
    }
    std::vector<Marker *> ordered;
    for (Marker &marker : markers)
        ordered.push_back(&marker);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Marker *a, const Marker *b) { return a->epoch < b->epoch; });

    // The labels sit above the plot, clear of the data (see placeMarkerLabels): they never overlap
    // each other; one without room shows its line only, its text in the tool tip.
    constexpr double kRowGap = 2.0;
    constexpr double padding = 3.0;
    const QFontMetricsF metrics(chart_style::font());
    const double rowHeight = metrics.height() + kRowGap;
    // The lines stay when there are no rows for their labels; what finds no room is in the
    // markers' tool tips.
    const int maxRows = epoch_ranges::markerRows(chart->size().height(), rowHeight);
    // A long list is shortened: a marker never takes more than half the width.
    const double widest = std::max(80.0, chart->size().width() / 2.0);
    std::vector<Marker *> shown;
    std::vector<double> xs;
    std::vector<double> widths;
    for (Marker *marker : ordered) {
        const double x = plot.left() + (marker->epoch - low) / (high - low) * plot.width();
        const bool visible =
            plot.isValid() && high > low && x >= plot.left() - 0.5 && x <= plot.right() + 0.5;
        marker->line->setVisible(visible);
        marker->box->setVisible(false);
        if (!visible)
            continue;
        marker->text->setText(metrics.elidedText(marker->label(), Qt::ElideRight, widest - 2 * padding));
        shown.push_back(marker);
        xs.push_back(x);
        widths.push_back(marker->text->boundingRect().width() + 2 * padding);
    }
    const std::vector<MarkerPlacement> placements =
        placeMarkerLabels(xs, widths, plot.left(), chart->size().width() - 2.0, maxRows);
    int usedRows = 0;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        Marker *marker = shown[i];
        const MarkerPlacement &place = placements[i];
        const double textHeight = marker->text->boundingRect().height();
        if (place.row < 0) {
            marker->line->setLine(xs[i], plot.top(), xs[i], plot.bottom());
            continue;
        }
        usedRows = std::max(usedRows, place.row + 1);
        const double top = plot.top() - static_cast<double>(place.row + 1) * rowHeight;
        marker->box->setVisible(true);
        marker->box->setRect(0.0, 0.0, place.width, textHeight);
        marker->box->setPos(place.left, top);
        marker->text->setPos(padding, 0.0);
        marker->line->setLine(xs[i], top + textHeight - 1.0, xs[i], plot.bottom());
    }
    if (usedRows == 0)
        return 2;
    const double qtSpace = plot.top() - chart->margins().top();
    return static_cast<int>(std::ceil(static_cast<double>(usedRows) * rowHeight + 4.0 - qtSpace));
}

std::optional<EpochChart::Private::Hit> EpochChart::Private::hitTest(const QPoint &viewPosition) const
{
    const QPointF scenePosition = view->mapToScene(viewPosition);
    const QPointF chartPosition = chart->mapFromScene(scenePosition);
    const QRectF plot = chart->plotArea().adjusted(-kHoverRadius, -kHoverRadius, kHoverRadius, kHoverRadius);
    if (!plot.contains(chartPosition))
        return std::nullopt;
    std::optional<Hit> best;
    double bestDistance = kHoverRadius;
    for (std::size_t t = 0; t < tracks.size(); ++t) {
        const Track &track = tracks[t];
        if (track.drawn.isEmpty())
            continue;
        const double x = chart->mapToValue(chartPosition, track.series).x();
        const auto at =
            std::lower_bound(track.drawn.begin(), track.drawn.end(), x,
                             [](const QPointF &point, double value) { return point.x() < value; });
        const auto index = static_cast<qsizetype>(at - track.drawn.begin());
        // Decimated lines can hold several points at nearly the same x: look at the neighbours.
        for (qsizetype i = std::max<qsizetype>(0, index - 4); i < std::min(track.drawn.size(), index + 4);
             ++i) {
            const QPointF value = track.drawn[i];
            const QPointF position = chart->mapToPosition(toAxis(track, value), track.series);
            const double distance =
                std::hypot(position.x() - chartPosition.x(), position.y() - chartPosition.y());
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = Hit{static_cast<int>(t), value, position};
            }
        }
    }
    return best;
}

void EpochChart::Private::showHover(const QPoint &viewPosition)
{
    const std::optional<Hit> hit = hitTest(viewPosition);
    if (!hit) {
        hideHover();
        // A marker tells what changed there in full (its label may be shortened or left out).
        const QString marker = markerTextAt(viewPosition);
        if (!marker.isEmpty())
            QToolTip::showText(view->mapToGlobal(viewPosition) + QPoint(10, -30), marker, view);
        return;
    }
    const Track &track = tracks[static_cast<std::size_t>(hit->track)];
    constexpr double radius = 4.5;
    hoverDot->setRect(hit->position.x() - radius, hit->position.y() - radius, 2 * radius, 2 * radius);
    hoverDot->setBrush(track.style.color);
    hoverDot->show();
    const QPoint global = view->mapToGlobal(view->mapFromScene(chart->mapToScene(hit->position)));
    QToolTip::showText(global + QPoint(10, -30), hitText(*hit), view);
}

QString EpochChart::Private::hitText(const Hit &hit) const
{
    const Track &track = tracks[static_cast<std::size_t>(hit.track)];
    return EpochChart::tr("epoch %1 · %2 = %3")
        .arg(QString::number(hit.value.x(), 'f', 0), track.style.name,
             chart_style::formatValue(hit.value.y()));
}

void EpochChart::Private::hideHover()
{
    // Only our own tooltip: another widget's may be showing.
    if (!hoverDot->isVisible())
        return;
    hoverDot->hide();
    QToolTip::hideText();
}

QString EpochChart::Private::markerTextAt(const QPoint &viewPosition) const
{
    const QPointF position = chart->mapFromScene(view->mapToScene(viewPosition));
    for (const Marker &marker : markers) {
        if (!marker.line->isVisible())
            continue;
        const QLineF line = marker.line->line();
        const bool onLine = std::abs(position.x() - line.x1()) <= 4.0 && position.y() >= line.y1() - 2.0 &&
                            position.y() <= line.y2() + 2.0;
        const bool onLabel = marker.box->isVisible() &&
                             marker.box->mapRectToParent(marker.box->rect()).contains(position);
        if (onLine || onLabel)
            return EpochChart::tr("epoch %1: %2")
                .arg(QString::number(marker.epoch, 'f', 0), marker.labels.join(QStringLiteral("\n")));
    }
    return {};
}

} // namespace bp::ui
