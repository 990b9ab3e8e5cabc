#include "ui/graph/color_legend.h"

#include "ui/graph/graph_geometry.h"
#include "ui/graph/saturation_marks.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace bp::ui {

namespace {

struct EntryMetrics {
    QFont labelFont;
    QFont tickFont;
    double labelWidth = 0.0;
    double barWidth = 0.0;
    double barHeight = 0.0;
    double gap = 0.0;
    double tickHeight = 0.0;
    QString lowTick, middleTick, highTick;
};

QString tickText(double value)
{
    if (value == 0.0)
        return QStringLiteral("0");
    return formatSignificant(value, 2, value > 0.0);
}

// "10⁻¹²", "1": the ticks of the logarithmic scale.
QString powerOfTenText(double value)
{
    if (!(value > 0.0))
        return QStringLiteral("0");
    const int exponent = static_cast<int>(std::lround(std::log10(value)));
    return exponent == 0 ? QStringLiteral("1") : QStringLiteral("10") + superscriptNumber(exponent);
}

EntryMetrics measure(const LegendEntry &entry, double px)
{
    EntryMetrics m;
    m.labelFont.setPixelSize(std::max(1, static_cast<int>(std::lround(px))));
    m.labelFont.setWeight(QFont::DemiBold);
    // The numbers of the scale are what the class reads: as large as the label, never below the
    // smallest legible size.
    m.tickFont.setPixelSize(static_cast<int>(std::lround(std::max(px, kMinTextPixels))));
    m.labelWidth = QFontMetricsF(m.labelFont).horizontalAdvance(entry.label);
    m.barWidth = px * 8.5;
    m.barHeight = std::max(6.0, px * 0.62);
    m.gap = px * 0.55;
    m.tickHeight = QFontMetricsF(m.tickFont).height();
    if (entry.kind == LegendEntry::Kind::Signed) {
        const double scale = std::abs(entry.scale);
        m.lowTick = scale > 0.0 ? tickText(-scale) : QStringLiteral("0");
        m.middleTick = QStringLiteral("0");
        m.highTick = scale > 0.0 ? tickText(scale) : QStringLiteral("0");
    } else if (entry.kind == LegendEntry::Kind::RelativeError) {
        m.lowTick = powerOfTenText(entry.low);
        m.middleTick = powerOfTenText(palette::kRelativeErrorAlarm);
        m.highTick = powerOfTenText(entry.scale);
    } else {
        m.lowTick = formatSignificant(entry.low, 2);
        m.highTick = entry.highText.isEmpty() ? formatSignificant(entry.scale, 2) : entry.highText;
    }
    // Room for the end ticks, which are centred under the ends of the bar.
    const QFontMetricsF ticks(m.tickFont);
    m.barWidth =
        std::max(m.barWidth, ticks.horizontalAdvance(m.lowTick) + ticks.horizontalAdvance(m.highTick) +
                                 ticks.horizontalAdvance(m.middleTick) + px * 2.0);
    return m;
}

QLinearGradient barGradient(const LegendEntry &entry, const QRectF &bar)
{
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    constexpr int kStops = 24;
    for (int i = 0; i <= kStops; ++i) {
        const double f = static_cast<double>(i) / kStops;
        QColor colour;
        if (entry.kind == LegendEntry::Kind::Signed)
            colour = palette::signedColor(2.0 * f - 1.0, 1.0);
        else if (entry.kind == LegendEntry::Kind::RelativeError)
            colour = palette::relativeErrorColorAt(f);
        else
            colour = palette::activationColor(f);
        gradient.setColorAt(f, colour);
    }
    return gradient;
}

// The Marks entry: three shapes, each followed by its word, at the legible size at least.
struct MarksMetrics {
    QFont font;
    double icon = 0.0;
    double gap = 0.0;
    double spacing = 0.0;
    double height = 0.0;
    double width = 0.0;
};

MarksMetrics measureMarks(const LegendEntry &entry, double px)
{
    MarksMetrics m;
    m.font.setPixelSize(static_cast<int>(std::lround(std::max(px, kMinTextPixels))));
    const QFontMetricsF metrics(m.font);
    m.icon = metrics.height() * 1.1;
    m.gap = px * 0.35;
    m.spacing = px * 0.9;
    m.height = std::max(m.icon, metrics.height()) + px * 0.4;
    // Without a label the gauge and its word are left out (a legend short of room).
    const int shapes = entry.label.isEmpty() ? 2 : 3;
    m.width = shapes * (m.icon + m.gap) + (shapes - 1) * m.spacing + metrics.horizontalAdvance(entry.label) +
              metrics.horizontalAdvance(entry.saturatedText) + metrics.horizontalAdvance(entry.deadText);
    return m;
}

QSizeF paintMarksEntry(QPainter &painter, QPointF topLeft, const LegendEntry &entry, double px)
{
    const MarksMetrics m = measureMarks(entry, px);
    const QFontMetricsF metrics(m.font);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(m.font);
    const double middle = topLeft.y() + m.height / 2.0;
    const double baseline = middle + (metrics.ascent() - metrics.descent()) / 2.0;
    double x = topLeft.x();
    auto word = [&](const QString &text) {
        painter.setPen(palette::inkColor());
        painter.drawText(QPointF(x, baseline), text);
        x += metrics.horizontalAdvance(text) + m.spacing;
    };
    if (!entry.label.isEmpty()) {
        // A small neuron with its gauge two-thirds full.
        const double r = m.icon * 0.3;
        const QPointF neuron(x + m.icon * 0.4, middle);
        painter.setPen(QPen(palette::faintInkColor(), 1.0));
        painter.setBrush(palette::canvasColor());
        painter.drawEllipse(neuron, r, r);
        saturation_marks::paintGauge(painter, neuron, r + m.icon * 0.12, 0.66, std::max(2.0, m.icon * 0.12),
                                     false);
        x += m.icon + m.gap;
        word(entry.label);
    }
    saturation_marks::paintSaturatedBadge(painter, QPointF(x + m.icon / 2.0, middle), m.icon * 0.42);
    x += m.icon + m.gap;
    word(entry.saturatedText);
    saturation_marks::paintDeadBadge(painter, QPointF(x + m.icon / 2.0, middle), m.icon * 0.42);
    x += m.icon + m.gap;
    word(entry.deadText);
    painter.restore();
    return {m.width, m.height};
}

} // namespace

QSizeF legendEntrySize(const LegendEntry &entry, double fontPixels)
{
    if (entry.kind == LegendEntry::Kind::Marks) {
        const MarksMetrics m = measureMarks(entry, fontPixels);
        return {m.width, m.height};
    }
    const EntryMetrics m = measure(entry, fontPixels);
    const QFontMetricsF ticks(m.tickFont);
    const double tickOverhang = ticks.horizontalAdvance(m.highTick) / 2.0;
    return {m.labelWidth + m.gap + m.barWidth + tickOverhang, m.barHeight + 2.0 + m.tickHeight};
}

QSizeF paintLegendEntry(QPainter &painter, QPointF topLeft, const LegendEntry &entry, double fontPixels)
{
    if (entry.kind == LegendEntry::Kind::Marks)
        return paintMarksEntry(painter, topLeft, entry, fontPixels);
    const EntryMetrics m = measure(entry, fontPixels);
    const QSizeF size = legendEntrySize(entry, fontPixels);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);

    const QRectF bar(topLeft.x() + m.labelWidth + m.gap, topLeft.y(), m.barWidth, m.barHeight);
    painter.setFont(m.labelFont);
    painter.setPen(palette::inkColor());
    const QFontMetricsF labelMetrics(m.labelFont);
    const double labelBaseline = bar.center().y() + (labelMetrics.ascent() - labelMetrics.descent()) / 2.0;
    painter.drawText(QPointF(topLeft.x(), labelBaseline), entry.label);

    QPainterPath barPath;
    barPath.addRoundedRect(bar, m.barHeight / 2.0, m.barHeight / 2.0);
    painter.fillPath(barPath, barGradient(entry, bar));
    painter.setPen(QPen(palette::faintInkColor(), 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(barPath);

    // Where the relative error turns into an alarm: a mark across the bar, its tick in alarm ink.
    double middleX = bar.center().x();
    QColor middleInk = palette::inkColor();
    if (entry.kind == LegendEntry::Kind::RelativeError) {
        middleX = bar.left() + palette::relativeErrorPosition(palette::kRelativeErrorAlarm) * bar.width();
        middleInk = palette::alarmColor().darker(130);
        painter.setPen(QPen(palette::alarmColor(), std::max(1.5, fontPixels * 0.14)));
        painter.drawLine(QPointF(middleX, bar.top() - 1.5), QPointF(middleX, bar.bottom() + 1.5));
    }

    painter.setFont(m.tickFont);
    painter.setPen(palette::inkColor());
    const QFontMetricsF ticks(m.tickFont);
    const double tickBaseline = bar.bottom() + 2.0 + ticks.ascent();
    const double inset = m.barHeight / 2.0;
    auto drawCentred = [&](double x, const QString &text) {
        painter.drawText(QPointF(x - ticks.horizontalAdvance(text) / 2.0, tickBaseline), text);
    };
    const double lowWidth = ticks.horizontalAdvance(m.lowTick);
    painter.drawText(QPointF(std::max(bar.left(), bar.left() + inset - lowWidth / 2.0), tickBaseline),
                     m.lowTick);
    if (!m.middleTick.isEmpty()) {
        painter.setPen(middleInk);
        drawCentred(middleX, m.middleTick);
        painter.setPen(palette::inkColor());
    }
    drawCentred(bar.right() - inset, m.highTick);
    painter.restore();
    return size;
}

ColorLegend::ColorLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    LegendEntry weights;
    weights.kind = LegendEntry::Kind::Signed;
    weights.label = QStringLiteral("w");
    LegendEntry activations;
    activations.label = QCoreApplication::translate("SceneText", "activation a");
    m_entries = {weights, activations};
}

void ColorLegend::setEntries(const QList<LegendEntry> &entries)
{
    if (entries == m_entries)
        return;
    m_entries = entries;
    updateGeometry();
    update();
}

void ColorLegend::setFontPixels(double pixels)
{
    m_fontPixels = pixels;
    updateGeometry();
    update();
}

double ColorLegend::fontPixels() const
{
    if (m_fontPixels > 0.0)
        return m_fontPixels;
    return std::max(kMinTextPixels, QFontMetricsF(font()).height() * 0.85);
}

QList<QPointF> ColorLegend::layoutEntries(double width) const
{
    const double px = fontPixels();
    const double margin = px * 0.5;
    const double spacingX = px * 1.6;
    const double spacingY = px * 0.6;
    QList<QPointF> positions;
    double x = margin;
    double y = margin;
    double rowHeight = 0.0;
    double widest = 0.0;
    for (const LegendEntry &entry : m_entries) {
        const QSizeF size = legendEntrySize(entry, px);
        if (x > margin && x + size.width() > width - margin) {
            x = margin;
            y += rowHeight + spacingY;
            rowHeight = 0.0;
        }
        positions.append(QPointF(x, y));
        x += size.width() + spacingX;
        widest = std::max(widest, x - spacingX + margin);
        rowHeight = std::max(rowHeight, size.height());
    }
    positions.append(QPointF(widest, y + rowHeight + margin));
    return positions;
}

QSize ColorLegend::sizeHint() const
{
    const QPointF total = layoutEntries(1e9).back();
    return {static_cast<int>(std::ceil(total.x())), static_cast<int>(std::ceil(total.y()))};
}

QSize ColorLegend::minimumSizeHint() const
{
    const QPointF total = layoutEntries(0.0).back();
    return {static_cast<int>(std::ceil(total.x())), static_cast<int>(std::ceil(total.y()))};
}

int ColorLegend::heightForWidth(int width) const
{
    return static_cast<int>(std::ceil(layoutEntries(width).back().y()));
}

void ColorLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QList<QPointF> positions = layoutEntries(width());
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        paintLegendEntry(painter, positions[i], m_entries[i], fontPixels());
}

} // namespace bp::ui
