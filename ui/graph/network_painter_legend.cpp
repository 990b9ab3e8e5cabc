// The network painter's legend (a colour scale for every colour that carries a number) and its
// banner: the corner furniture of the graph, apart from the layers it explains.
#include "ui/graph/network_painter.h"

#include "ui/graph/color_legend.h"
#include "ui/graph/paint_helpers.h"
#include "ui/graph/scene_text.h"
#include "ui/style/palette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bp::ui {

using painting::drawPill;
using painting::pixelFont;
using painting::withAlpha;

void NetworkPainter::paintLegend()
{
    const ViewMetrics &m = m_geometry.metrics();
    QList<LegendEntry> entries = legendEntries(m_frame);
    QString chip;
    if (m_frame.isReplaying())
        chip = phaseTitle(m_frame);
    const double margin = m_ui * 0.5;
    const double available = m_size.width() - 2.0 * margin;
    double px = textPixels(0.78);
    const double entryGap = m_ui * 1.3;
    auto entriesWidth = [&](double pixels) {
        double width = 0.0;
        for (const LegendEntry &e : entries)
            width += legendEntrySize(e, pixels).width() + entryGap;
        return width - entryGap + pixels * 1.4;
    };
    const QFont chipFont = pixelFont(textPixels(0.85), QFont::DemiBold);
    const QFont chipNumberFont = pixelFont(textPixels(0.78), QFont::Bold);
    const QString chipNumber =
        m_frame.isReplaying()
            ? QStringLiteral("%1/%2").arg(m_frame.phaseIndex() + 1).arg(m_frame.phaseCount())
            : QString();
    double chipWidth = 0.0;
    if (!chip.isEmpty())
        chipWidth = QFontMetricsF(chipFont).horizontalAdvance(chip) +
                    QFontMetricsF(chipNumberFont).horizontalAdvance(chipNumber) + m_ui * 2.6;
    // Make room: a smaller legend first, then the phase's number without its title ("4/7" stays:
    // it says where in the step the class is), then fewer scales.
    if (entriesWidth(px) + chipWidth + m_ui > available)
        px = textPixels(0.68);
    if (entriesWidth(px) + chipWidth + m_ui > available && !chip.isEmpty()) {
        chip.clear();
        chipWidth = QFontMetricsF(chipNumberFont).horizontalAdvance(chipNumber) + m_ui * 1.6;
    }
    // The saturation marks' entry gives up its gauge first (the ring explains itself beside the
    // neurons), then the scales go from the end as before.
    for (LegendEntry &entry : entries) {
        if (entry.kind == LegendEntry::Kind::Marks && entriesWidth(px) + chipWidth + m_ui > available)
            entry.label.clear();
    }
    while (entries.size() > 1 && entriesWidth(px) + chipWidth + m_ui > available)
        entries.removeLast();

    const double height = m.legendHeight - m_ui * 0.35;
    const double bottom = m_size.height() - margin * 0.6;
    const QRectF panel(margin, bottom - height, entriesWidth(px), height);
    m_painter.setPen(QPen(palette::surfaceBorderColor(), 1.0));
    m_painter.setBrush(withAlpha(palette::surfaceColor(), 0.94));
    m_painter.drawRoundedRect(panel, m_ui * 0.45, m_ui * 0.45);
    double x = panel.left() + px * 0.7;
    for (const LegendEntry &entry : entries) {
        const QSizeF size = legendEntrySize(entry, px);
        const QPointF topLeft(x, panel.center().y() - size.height() / 2.0);
        paintLegendEntry(m_painter, topLeft, entry, px);
        if (m_texts)
            m_texts->push_back({PaintedText::Kind::Legend,
                                entry.label.isEmpty() ? entry.saturatedText : entry.label,
                                QRectF(topLeft, size), QRectF(topLeft, size), px});
        x += size.width() + entryGap;
    }

    if (chipWidth > 0.0) {
        const double chipHeight = m_ui * 1.75;
        const QRectF rect(m_size.width() - margin - chipWidth, panel.center().y() - chipHeight / 2.0,
                          chipWidth, chipHeight);
        drawPill(m_painter, rect, withAlpha(palette::highlightColor(), 0.9),
                 withAlpha(palette::highlightColor(), 0.22));
        const QFontMetricsF numberMetrics(chipNumberFont);
        const QFontMetricsF textMetrics(chipFont);
        double cx = rect.left() + m_ui * 0.8;
        const double baseline = rect.center().y() + (textMetrics.ascent() - textMetrics.descent()) / 2.0;
        m_painter.setFont(chipNumberFont);
        m_painter.setPen(withAlpha(palette::inkColor(), 0.65));
        drawTextAt(QPointF(cx, baseline), chipNumber, PaintedText::Kind::Phase);
        cx += numberMetrics.horizontalAdvance(chipNumber) + m_ui * 0.8;
        if (!chip.isEmpty()) {
            m_painter.setFont(chipFont);
            m_painter.setPen(palette::inkColor());
            drawTextAt(QPointF(cx, baseline), chip, PaintedText::Kind::Phase);
        }
    }
}

void NetworkPainter::paintBanner()
{
    if (!m_frame.isDiverged())
        return;
    const ViewMetrics &m = m_geometry.metrics();
    const QRectF banner(0, 0, m_size.width(), m.bannerHeight);
    m_painter.fillRect(banner, palette::alarmColor());
    m_painter.setFont(pixelFont(textPixels(1.15), QFont::Bold));
    m_painter.setPen(palette::textOn(palette::alarmColor()));
    drawTextCentred(banner.center(), QCoreApplication::translate("NetworkPainter", "⚠  Training diverged"),
                    PaintedText::Kind::Banner);
}

} // namespace bp::ui
