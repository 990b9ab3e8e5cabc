#include "ui/charts/chart_header.h"

#include "ui/charts/chart_style.h"
#include "ui/style/palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <QResizeEvent>

#include <algorithm>
#include <cmath>

namespace bp::ui {

namespace {

constexpr double kLeft = 10.0;
constexpr double kRight = 10.0;
constexpr double kTop = 5.0;
constexpr double kBottom = 1.0;
constexpr double kStroke = 22.0;
constexpr double kStrokeGap = 5.0;
constexpr double kSpacing = 11.0;
constexpr double kGroupSpacing = 12.0;
// The narrowest width the minimum height is measured for (a chart is never narrower).
constexpr int kLeastWidth = 200;

QFont titleFont()
{
    return chart_style::font(chart_style::kTitlePoints, true);
}
QFont entryFont(bool strong)
{
    return chart_style::font(chart_style::kTextPoints, strong);
}

double lineHeight()
{
    return std::ceil(std::max(QFontMetricsF(titleFont()).height(), QFontMetricsF(entryFont(false)).height()));
}

} // namespace

ChartHeader::ChartHeader(QWidget *parent) : QWidget(parent)
{
    // Not Fixed in height: a fixed item's most is its size hint (the key on one line), under the
    // height a wrapped key needs; the chart's stretch keeps the rest for the plot.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChartHeader::setTitle(const QString &title)
{
    m_title = title;
    updateGeometry();
    update();
}

void ChartHeader::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    updateGeometry();
    update();
}

void ChartHeader::setNote(const QString &note)
{
    if (note == m_note)
        return;
    m_note = note;
    updateGeometry();
    update();
}

double ChartHeader::itemWidth(const Item &item) const
{
    const QFont font = item.title ? titleFont() : entryFont(item.strong);
    const double text = QFontMetricsF(font).horizontalAdvance(item.text);
    return (item.stroke ? item.strokeLength + kStrokeGap : 0.0) + text;
}

QList<ChartHeader::Item> ChartHeader::items() const
{
    QList<Item> result;
    if (!m_title.isEmpty()) {
        Item title;
        title.text = m_title;
        title.color = palette::inkColor();
        title.title = true;
        result.append(title);
    }
    for (const Entry &entry : m_entries) {
        Item item;
        item.text = entry.text;
        item.color = entry.color.isValid() ? entry.color : palette::inkColor();
        item.style = entry.style;
        item.stroke = entry.kind == Entry::Kind::Line;
        item.strokeLength = entry.strokeLength > 0.0 ? entry.strokeLength : kStroke;
        item.strong = entry.strong;
        item.gapBefore = entry.startsGroup ? kGroupSpacing : 0.0;
        item.startsGroup = entry.startsGroup;
        result.append(item);
    }
    if (!m_note.isEmpty()) {
        Item note;
        note.text = m_note;
        note.color = palette::alarmColor();
        note.gapBefore = kGroupSpacing;
        result.append(note);
    }
    for (Item &item : result)
        item.width = itemWidth(item);
    return result;
}

QList<ChartHeader::Placed> ChartHeader::arrange(const QList<Item> &items, double width, double *height) const
{
    const double line = lineHeight();
    const double right = std::max(width - kRight, kLeft + 1.0);
    QList<Placed> placed;

    double total = 0.0;
    for (int i = 0; i < items.size(); ++i)
        total += (i == 0 ? 0.0 : kSpacing + items[i].gapBefore) + items[i].width;

    const bool hasTitle = !items.isEmpty() && items.front().title;
    if (kLeft + total <= right) {
        // One line: the title on the left, the key against the right edge.
        double x = kLeft;
        if (hasTitle) {
            placed.append({0, QPointF(kLeft, kTop)});
            double keyWidth = 0.0;
            for (int i = 1; i < items.size(); ++i)
                keyWidth += (i == 1 ? 0.0 : kSpacing + items[i].gapBefore) + items[i].width;
            x = right - keyWidth;
        }
        for (int i = hasTitle ? 1 : 0; i < items.size(); ++i) {
            if (i > (hasTitle ? 1 : 0))
                x += kSpacing + items[i].gapBefore;
            placed.append({i, QPointF(x, kTop)});
            x += items[i].width;
        }
        *height = items.isEmpty() ? 0.0 : kTop + line + kBottom;
        return placed;
    }

    // Several lines: the title first, the key flowing after it and onto the next lines.
    double y = kTop;
    double x = kLeft;
    bool lineEmpty = true;
    for (int i = 0; i < items.size(); ++i) {
        const double gap = lineEmpty ? 0.0 : kSpacing + items[i].gapBefore;
        double width = items[i].width;
        if (items[i].startsGroup) {
            // The whole group, when it would fit on a line of its own.
            double group = items[i].width;
            for (int j = i + 1; j < items.size() && !items[j].startsGroup; ++j)
                group += kSpacing + items[j].gapBefore + items[j].width;
            if (kLeft + group <= right)
                width = group;
        }
        if (!lineEmpty && x + gap + width > right) {
            y += line;
            x = kLeft;
            placed.append({i, QPointF(x, y)});
            x += items[i].width;
            continue;
        }
        x += gap;
        placed.append({i, QPointF(x, y)});
        x += items[i].width;
        lineEmpty = false;
    }
    *height = y + line + kBottom;
    return placed;
}

int ChartHeader::heightForWidth(int width) const
{
    double height = 0.0;
    arrange(items(), width, &height);
    return static_cast<int>(std::ceil(height));
}

QSize ChartHeader::sizeHint() const
{
    double total = kLeft + kRight;
    const QList<Item> all = items();
    for (int i = 0; i < all.size(); ++i)
        total += (i == 0 ? 0.0 : kSpacing + all[i].gapBefore) + all[i].width;
    const int width = static_cast<int>(std::ceil(total));
    return QSize(width, heightForWidth(width));
}

QSize ChartHeader::minimumSizeHint() const
{
    return QSize(0, heightForWidth(std::max(width(), kLeastWidth)));
}

void ChartHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The minimum is the key's height at the width now, and a layout keeps the one it was told until
    // told again: the Italian key measured at its first, narrow width (three lines) held a follower
    // waiting for its first state 9 px taller than a 1280 × 720 projector.
    if (heightForWidth(std::max(event->oldSize().width(), kLeastWidth)) !=
        heightForWidth(std::max(width(), kLeastWidth)))
        updateGeometry();
}

void ChartHeader::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette::canvasColor());

    const QList<Item> all = items();
    double height = 0.0;
    const QList<Placed> placed = arrange(all, width(), &height);
    const double line = lineHeight();
    for (const Placed &place : placed) {
        const Item &item = all[place.item];
        const QFont font = item.title ? titleFont() : entryFont(item.strong);
        const QFontMetricsF metrics(font);
        double x = place.origin.x();
        const double middle = place.origin.y() + line / 2.0;
        if (item.stroke) {
            // As thick as the lines they name (thicker in high contrast).
            QPen pen(item.color, 2.6 * palette::strokeScale(), item.style, Qt::FlatCap);
            if (item.style == Qt::DashLine)
                pen.setDashPattern({3.0, 1.6});
            painter.setPen(pen);
            painter.drawLine(QPointF(x, middle), QPointF(x + item.strokeLength, middle));
            x += item.strokeLength + kStrokeGap;
        }
        painter.setFont(font);
        // Key text stays ink even when its stroke is coloured: coloured text is hard to read.
        painter.setPen(item.title || item.stroke ? palette::inkColor() : item.color);
        const double baseline = middle + (metrics.ascent() - metrics.descent()) / 2.0;
        painter.drawText(QPointF(x, baseline), item.text);
    }
}

} // namespace bp::ui
