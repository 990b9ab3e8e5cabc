#include "ui/histograms/histogram_view.h"

#include "ui/charts/chart_style.h"
#include "ui/style/focus_frame.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace bp::ui {

namespace {

QString baseSymbol(HistogramQuantity quantity)
{
    switch (quantity) {
    case HistogramQuantity::Weights: return QStringLiteral("w");
    case HistogramQuantity::Activations: return QStringLiteral("a");
    case HistogramQuantity::Deltas: return QStringLiteral("δ");
    case HistogramQuantity::WeightGradients: return QStringLiteral("∂E/∂w");
    }
    return QStringLiteral("w");
}

QString percent(double share)
{
    const double value = 100.0 * share;
    return QString::number(value, 'f', value < 10.0 ? 1 : 0) + QStringLiteral(" %");
}

QString powerOfTen(double exponent)
{
    return chart_style::formatValue(std::pow(10.0, exponent));
}

} // namespace

HistogramView::HistogramView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Histograms per layer along the epochs"));
    FocusFrame::install(this);
}

QSize HistogramView::sizeHint() const
{
    return {480, 260};
}

QSize HistogramView::minimumSizeHint() const
{
    return {240, heightFor(m_layerCount)};
}

int HistogramView::heightFor(int layers)
{
    // Room for every layer's label (a line each, and a little between) and the epochs under them, at
    // the text size in use (1.5 lines a layer made a 1280×720 window 749 px tall).
    const double line = QFontMetricsF(chart_style::font()).height();
    return static_cast<int>(std::ceil((1.1 * std::max(layers, 2) + 2.0) * line));
}

void HistogramView::setRows(const std::vector<HistogramRowPointer> &rows, int layerCount)
{
    m_rows = rows;
    if (layerCount != m_layerCount) {
        m_layerCount = layerCount;
        updateGeometry();
    }
    invalidate();
}

void HistogramView::setQuantity(HistogramQuantity quantity)
{
    if (quantity == m_quantity)
        return;
    m_quantity = quantity;
    invalidate();
}

void HistogramView::setScale(HistogramScale scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    invalidate();
}

void HistogramView::invalidate()
{
    m_laidOut = false;
    update();
}

void HistogramView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_laidOut = false;
}

QString HistogramView::symbol(int layer) const
{
    const QString plain = baseSymbol(m_quantity) + superscriptNumber(layer);
    return m_scale == HistogramScale::LogMagnitude ? QStringLiteral("|%1|").arg(plain) : plain;
}

const HistogramStrips &HistogramView::strips() const
{
    relayout();
    return m_strips;
}

void HistogramView::relayout() const
{
    if (m_laidOut)
        return;
    m_laidOut = true;
    const QFontMetricsF metrics(chart_style::font());
    const double line = metrics.height();
    double labels = 0.0;
    for (int layer = 1; layer <= std::max(m_layerCount, 1); ++layer)
        labels = std::max(labels, metrics.horizontalAdvance(symbol(layer)));
    const double ticks = metrics.horizontalAdvance(QStringLiteral("−0.000")) + 2.0;
    const double left = 6.0 + labels + 8.0 + ticks + 4.0;
    const double legendText = metrics.horizontalAdvance(tr("most"));
    const double right = 10.0 + 12.0 + 6.0 + legendText + 6.0;
    const QRectF plot = QRectF(rect()).adjusted(left, line * 0.5, -right, -line * 1.6);
    m_strips.layout(m_rows, m_layerCount, m_quantity, m_scale, plot, std::max(4.0, line * 0.3));
    m_legend = QRectF(plot.right() + 10.0, plot.top(), 12.0, std::max(40.0, plot.height()));
}

QColor HistogramView::levelColor(double level)
{
    // The square root lifts small counts out of the background: a tail of a few values still shows.
    const double t = std::sqrt(std::clamp(level, 0.0, 1.0));
    return palette::mix(palette::canvasColor(), palette::inkColor(), 0.1 + 0.9 * t);
}

void HistogramView::paintEvent(QPaintEvent *)
{
    relayout();
    QPainter painter(this);
    painter.fillRect(rect(), palette::canvasColor());
    painter.setFont(chart_style::font());
    for (int i = 0; i < static_cast<int>(m_strips.strips().size()); ++i)
        paintStrip(painter, i);
    paintEpochAxis(painter);
    paintLegend(painter);
    if (m_rows.empty()) {
        const QRectF plot = m_strips.strips().empty()
                                ? QRectF(rect())
                                : m_strips.strips().front().rect.united(m_strips.strips().back().rect);
        painter.setPen(palette::mutedInkColor());
        painter.drawText(plot.adjusted(12, 4, -12, -4), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Taken at the end of each epoch while this panel is open: train to see them."));
    }
}

void HistogramView::paintStrip(QPainter &painter, int index) const
{
    const HistogramStrips::Strip &strip = m_strips.strips()[static_cast<std::size_t>(index)];
    const QFontMetricsF metrics(painter.font());
    const double line = metrics.height();
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const HistogramStrips::Cell &cell : m_strips.cells(index))
        painter.fillRect(cell.rect, levelColor(cell.level));
    // The median of each epoch, in the layer's hue: where the layer's values lie, at a glance.
    const std::vector<QPointF> median = m_strips.medianLine(index);
    if (!median.empty()) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setClipRect(strip.rect);
        painter.setPen(QPen(palette::haloColor(), 1.5 * chart_style::lineScale() + 2.0, Qt::SolidLine,
                            Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(median.data(), static_cast<int>(median.size()));
        painter.setPen(QPen(palette::layerColor(strip.layer), 1.5 * chart_style::lineScale(), Qt::SolidLine,
                            Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(median.data(), static_cast<int>(median.size()));
        painter.restore();
    }
    if (m_scale == HistogramScale::Linear && strip.low < 0.0 && strip.high > 0.0) {
        QPen zeroPen(palette::faintInkColor(), 1.0, Qt::DashLine);
        painter.setPen(zeroPen);
        const double y = m_strips.yForValue(index, 0.0);
        painter.drawLine(QPointF(strip.rect.left(), y), QPointF(strip.rect.right(), y));
    }
    painter.setPen(palette::faintInkColor());
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(strip.rect);

    // The layer, in its hue, left of its strip.
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette::layerColor(strip.layer));
    const double labelRight = strip.rect.left() - metrics.horizontalAdvance(QStringLiteral("−0.000")) - 8.0;
    painter.drawText(QRectF(0.0, strip.rect.center().y() - line, labelRight, 2.0 * line),
                     Qt::AlignRight | Qt::AlignVCenter, symbol(strip.layer));
    // The values in smaller type than the layers', so that two fit beside a strip of two lines.
    painter.setFont(chart_style::font(chart_style::kTextPoints * 0.85));
    const double tickLine = QFontMetricsF(painter.font()).height();

    // Values up the strip: as many as fit without touching.
    painter.setPen(palette::mutedInkColor());
    const double tickRight = strip.rect.left() - 4.0;
    auto label = [&](double y, const QString &text) {
        const double top = std::clamp(y - tickLine / 2.0, strip.rect.top() - tickLine / 4.0,
                                      strip.rect.bottom() - tickLine * 0.75);
        painter.drawText(QRectF(0.0, top, tickRight, tickLine), Qt::AlignRight | Qt::AlignVCenter, text);
    };
    const int room = static_cast<int>(strip.values.height() / (tickLine * 1.15));
    std::vector<std::pair<double, QString>> ticks;
    if (m_scale == HistogramScale::LogMagnitude) {
        const int first = static_cast<int>(std::ceil(strip.low - 1e-9));
        const int last = static_cast<int>(std::floor(strip.high + 1e-9));
        const int count = last - first + 1;
        const int step = std::max(1, (count - 1 + std::max(room - 1, 1) - 1) / std::max(room - 1, 1));
        // From the lowest decade up, so the bottom and (room allowing) the top are labelled.
        for (int decade = first; decade <= last; decade += step)
            ticks.emplace_back(m_strips.yForValue(index, decade),
                               QStringLiteral("10") + chart_style::superscript(decade));
        if (!strip.zeros.isEmpty())
            label(strip.zeros.center().y(), QStringLiteral("0"));
    } else if (room >= 2) {
        const double step = chart_style::niceStep((strip.high - strip.low) / std::max(room - 1, 1), 1e-300);
        for (double v = std::ceil(strip.low / step) * step; v <= strip.high + step * 1e-9; v += step)
            ticks.emplace_back(m_strips.yForValue(index, v),
                               chart_style::formatValue(std::abs(v) < step * 1e-9 ? 0.0 : v));
    }
    if (ticks.empty() || (m_scale == HistogramScale::Linear && room < 2)) {
        ticks.clear();
        if (m_scale == HistogramScale::Linear) {
            ticks.emplace_back(strip.values.top(), chart_style::formatValue(strip.high));
            if (room >= 1 && strip.values.height() >= tickLine * 1.6)
                ticks.emplace_back(strip.values.bottom(), chart_style::formatValue(strip.low));
        }
    }
    double previous = -1e9;
    for (const auto &[y, text] : ticks) {
        if (std::abs(y - previous) < tickLine * 0.95)
            continue;
        if (!strip.zeros.isEmpty() && std::abs(y - strip.zeros.center().y()) < tickLine * 0.9)
            continue;
        label(y, text);
        previous = y;
    }
}

void HistogramView::paintEpochAxis(QPainter &painter) const
{
    painter.setFont(chart_style::font());
    if (m_strips.strips().empty())
        return;
    const QFontMetricsF metrics(painter.font());
    const QRectF top = m_strips.strips().front().rect;
    const QRectF bottom = m_strips.strips().back().rect;
    const double first = m_strips.firstEpoch();
    const double last = m_strips.lastEpoch();
    const double labelWidth = metrics.horizontalAdvance(QStringLiteral("000000")) + 16.0;
    const int room = std::max(1, static_cast<int>(top.width() / labelWidth));
    const double step = chart_style::niceStep((last - first) / room, 1.0);
    painter.setPen(palette::mutedInkColor());
    const double y = bottom.bottom() + 2.0;
    for (double epoch = std::ceil(first / step) * step; epoch <= last; epoch += step) {
        const double x = m_strips.xForEpoch(epoch);
        painter.drawLine(QPointF(x, bottom.bottom()), QPointF(x, bottom.bottom() + 3.0));
        painter.drawText(QRectF(x - labelWidth / 2.0, y, labelWidth, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop,
                         QString::number(static_cast<long long>(std::llround(epoch))));
    }
    painter.drawText(QRectF(0.0, y, top.left() - 8.0, metrics.height()), Qt::AlignRight | Qt::AlignTop,
                     tr("epoch"));
}

void HistogramView::paintLegend(QPainter &painter) const
{
    if (m_rows.empty())
        return;
    const QFontMetricsF metrics(painter.font());
    const int steps = 48;
    for (int i = 0; i < steps; ++i) {
        const double t = (i + 0.5) / steps;
        const QRectF band(m_legend.left(), m_legend.bottom() - m_legend.height() * (i + 1) / steps,
                          m_legend.width(), m_legend.height() / steps + 0.5);
        painter.fillRect(band, levelColor(t * t));
    }
    painter.setPen(palette::faintInkColor());
    painter.drawRect(m_legend);
    painter.setPen(palette::mutedInkColor());
    const double textLeft = m_legend.right() + 5.0;
    const double width = std::max(10.0, rect().right() - textLeft);
    painter.drawText(QRectF(textLeft, m_legend.top() - 2.0, width, metrics.height()),
                     Qt::AlignLeft | Qt::AlignTop, tr("most"));
    painter.drawText(QRectF(textLeft, m_legend.bottom() - metrics.height() + 2.0, width, metrics.height()),
                     Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("0"));
}

QString HistogramView::describeAt(const QPointF &point) const
{
    const std::optional<HistogramStrips::Hit> hit = strips().hitAt(point);
    if (!hit)
        return {};
    const QString head = tr("Layer %1 · epoch %2").arg(hit->layer).arg(hit->epoch);
    const QString name = baseSymbol(m_quantity);
    const QString of =
        tr("%1 of %2 values (%3)")
            .arg(hit->count)
            .arg(hit->total)
            .arg(percent(hit->total > 0 ? static_cast<double>(hit->count) / static_cast<double>(hit->total)
                                        : 0.0));
    QString body;
    if (hit->bin == -2) {
        body = tr("no %1 here").arg(name);
    } else if (hit->bin == -1) {
        body = tr("%1 = 0 exactly: %2").arg(name, of);
    } else if (m_scale == HistogramScale::Linear) {
        body =
            tr("%1 from %2 to %3: %4")
                .arg(name, chart_style::formatValue(hit->binLow), chart_style::formatValue(hit->binHigh), of);
    } else if (hit->bin == 0) {
        body = tr("|%1| below %2: %3").arg(name, powerOfTen(hit->binHigh), of);
    } else if (hit->binHigh >= kLogMagnitudeHigh) {
        body = tr("|%1| from %2 up: %3").arg(name, powerOfTen(hit->binLow), of);
    } else {
        body = tr("|%1| from %2 to %3: %4").arg(name, powerOfTen(hit->binLow), powerOfTen(hit->binHigh), of);
    }
    QString text = head + QLatin1Char('\n') + body;
    if (m_quantity == HistogramQuantity::Activations || m_quantity == HistogramQuantity::Deltas)
        text += QLatin1Char('\n') + tr("over %1 training samples").arg(hit->sampleCount);
    return text;
}

void HistogramView::mouseMoveEvent(QMouseEvent *event)
{
    const QString text = describeAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint() + QPoint(14, 14), text, this);
    QWidget::mouseMoveEvent(event);
}

void HistogramView::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    QWidget::leaveEvent(event);
}

} // namespace bp::ui
