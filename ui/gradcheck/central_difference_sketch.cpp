#include "ui/gradcheck/central_difference_sketch.h"

#include "ui/style/palette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace bp::ui {

namespace {

// A lopsided bowl, so that the secant and the tangent are close but visibly two lines.
double sketchLoss(double u)
{
    return 0.18 + 1.25 * (u - 0.68) * (u - 0.68) + 0.55 * std::pow(std::max(0.0, 0.68 - u), 3);
}
double sketchSlope(double u)
{
    return 2.5 * (u - 0.68) - 1.65 * std::pow(std::max(0.0, 0.68 - u), 2);
}

constexpr double kW = 0.34;
constexpr double kH = 0.14;
constexpr double kFormulaPoints = 17.0;

QFont withPoints(QFont font, double points)
{
    font.setPointSizeF(points);
    return font;
}

// A run of formula text: variables in italics, digits and operators upright, as in print.
struct Piece {
    QString text;
    bool italic = false;
};
using Run = std::vector<Piece>;

QFont pieceFont(const QFont &base, bool italic)
{
    QFont font = base;
    font.setItalic(italic);
    return font;
}

double runWidth(const Run &run, const QFont &base)
{
    double width = 0.0;
    for (const Piece &piece : run)
        width += QFontMetricsF(pieceFont(base, piece.italic)).horizontalAdvance(piece.text);
    return width;
}

void drawRun(QPainter &painter, QPointF baseline, const Run &run, const QFont &base)
{
    for (const Piece &piece : run) {
        const QFont font = pieceFont(base, piece.italic);
        painter.setFont(font);
        painter.drawText(baseline, piece.text);
        baseline.rx() += QFontMetricsF(font).horizontalAdvance(piece.text);
    }
}

} // namespace

CentralDifferenceSketch::CentralDifferenceSketch(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void CentralDifferenceSketch::setStepText(const QString &text)
{
    if (text == m_stepText)
        return;
    m_stepText = text;
    update();
}

QSize CentralDifferenceSketch::sizeHint() const
{
    return {400, 300};
}

QSize CentralDifferenceSketch::minimumSizeHint() const
{
    return {300, 240};
}

void CentralDifferenceSketch::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QColor ink = palette::inkColor();
    const QColor grey(95, 99, 104);
    const QColor light(200, 203, 207);

    // The formula, centred: "∂E/∂w ≈" beside the fraction.
    const QFont formulaFont = withPoints(font(), kFormulaPoints);
    const QFontMetricsF formulaMetrics(formulaFont);
    const Run lhs = {{QStringLiteral("∂"), false},
                     {QStringLiteral("E"), true},
                     {QStringLiteral("/∂"), false},
                     {QStringLiteral("w"), true},
                     {QStringLiteral(" ≈ "), false}};
    const Run numerator = {
        {QStringLiteral("E"), true},    {QStringLiteral("("), false}, {QStringLiteral("w"), true},
        {QStringLiteral(" + "), false}, {QStringLiteral("h"), true},  {QStringLiteral(") − "), false},
        {QStringLiteral("E"), true},    {QStringLiteral("("), false}, {QStringLiteral("w"), true},
        {QStringLiteral(" − "), false}, {QStringLiteral("h"), true},  {QStringLiteral(")"), false}};
    const Run denominator = {{QStringLiteral("2"), false}, {QStringLiteral("h"), true}};
    const double fractionWidth = runWidth(numerator, formulaFont) + 8;
    const double lineHeight = formulaMetrics.height();
    const double totalWidth = runWidth(lhs, formulaFont) + fractionWidth;
    const double left = std::max(0.0, (width() - totalWidth) / 2.0);
    const double top = 6;
    const double barY = top + lineHeight + 3;
    painter.setPen(ink);
    drawRun(painter, QPointF(left, barY + formulaMetrics.ascent() / 2.0 - 2), lhs, formulaFont);
    const double fractionLeft = left + runWidth(lhs, formulaFont);
    drawRun(painter, QPointF(fractionLeft + 4, top + formulaMetrics.ascent()), numerator, formulaFont);
    painter.setPen(QPen(ink, 1.4));
    painter.drawLine(QPointF(fractionLeft, barY), QPointF(fractionLeft + fractionWidth, barY));
    painter.setPen(ink);
    drawRun(painter,
            QPointF(fractionLeft + (fractionWidth - runWidth(denominator, formulaFont)) / 2.0,
                    barY + 4 + formulaMetrics.ascent()),
            denominator, formulaFont);
    painter.setFont(font());

    // The sketch of E(w) below the formula.
    const QFontMetrics metrics(font());
    const double plotTop = barY + lineHeight + 18;
    const double plotBottom = height() - metrics.height() - 10;
    const double plotLeft = 28;
    const double plotRight = width() - 12;
    if (plotBottom - plotTop < 60)
        return;
    const double lowE = 0.1;
    const double highE = 0.75;
    auto toScreen = [&](double u, double e) {
        return QPointF(plotLeft + u * (plotRight - plotLeft),
                       plotBottom - (e - lowE) / (highE - lowE) * (plotBottom - plotTop));
    };

    painter.setPen(QPen(light, 1.2));
    painter.drawLine(QPointF(plotLeft, plotBottom), QPointF(plotRight, plotBottom));
    painter.drawLine(QPointF(plotLeft, plotBottom), QPointF(plotLeft, plotTop));
    painter.setPen(grey);
    painter.setFont(font());
    const QFont italic = [&] {
        QFont f = font();
        f.setItalic(true);
        return f;
    }();
    painter.setFont(italic);
    painter.drawText(QPointF(plotLeft - metrics.horizontalAdvance(u'E') - 8, plotTop + metrics.ascent()),
                     QStringLiteral("E"));

    painter.save();
    painter.setClipRect(QRectF(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop));
    QPainterPath curve;
    for (int i = 0; i <= 120; ++i) {
        const double u = i / 120.0;
        const QPointF p = toScreen(u, sketchLoss(u));
        if (i == 0)
            curve.moveTo(p);
        else
            curve.lineTo(p);
    }
    painter.setPen(QPen(light.darker(115), 2.5));
    painter.drawPath(curve);

    // The tangent at w (backprop's slope) and the secant through w ± h (the central difference),
    // both drawn across the same stretch so their slopes compare at a glance.
    const double slope = sketchSlope(kW);
    const double secant = (sketchLoss(kW + kH) - sketchLoss(kW - kH)) / (2 * kH);
    const double reach = 0.26;
    painter.setPen(QPen(ink, 2.2));
    painter.drawLine(toScreen(kW - reach, sketchLoss(kW) - slope * reach),
                     toScreen(kW + reach, sketchLoss(kW) + slope * reach));
    QPen dashed(grey, 2.2, Qt::DashLine);
    dashed.setDashPattern({4, 3});
    painter.setPen(dashed);
    const double mid = (sketchLoss(kW + kH) + sketchLoss(kW - kH)) / 2.0;
    painter.drawLine(toScreen(kW - reach, mid - secant * reach), toScreen(kW + reach, mid + secant * reach));
    painter.restore();

    const QPointF atMinus = toScreen(kW - kH, sketchLoss(kW - kH));
    const QPointF atPlus = toScreen(kW + kH, sketchLoss(kW + kH));
    const QPointF atW = toScreen(kW, sketchLoss(kW));
    painter.setPen(QPen(light, 1, Qt::DotLine));
    for (const QPointF &p : {atMinus, atW, atPlus})
        painter.drawLine(p, QPointF(p.x(), plotBottom));
    painter.setPen(QPen(palette::canvasColor(), 1.5));
    painter.setBrush(grey);
    painter.drawEllipse(atMinus, 5, 5);
    painter.drawEllipse(atPlus, 5, 5);
    painter.setBrush(ink);
    painter.drawEllipse(atW, 5, 5);

    // Tick labels under the axis: w − h, w, w + h.
    painter.setFont(italic);
    painter.setPen(grey);
    auto label = [&](double u, const QString &text) {
        const double x = toScreen(u, lowE).x() - metrics.horizontalAdvance(text) / 2.0;
        painter.drawText(QPointF(x, plotBottom + 4 + metrics.ascent()), text);
    };
    label(kW - kH, QStringLiteral("w − h"));
    label(kW, QStringLiteral("w"));
    label(kW + kH, QStringLiteral("w + h"));

    // Keys for the two lines, in the top right corner where the bowl leaves room.
    painter.setFont(font());
    const QString tangentKey = tr("backprop’s slope");
    const QString secantKey = tr("central difference");
    const QString stepKey = m_stepText.isEmpty() ? QString() : tr("%1, drawn wider").arg(m_stepText);
    const double textWidth =
        std::max({metrics.horizontalAdvance(tangentKey), metrics.horizontalAdvance(secantKey),
                  metrics.horizontalAdvance(stepKey)});
    const double keyX = plotRight - textWidth - 30;
    const double keyY = plotTop + 2;
    const double rowHeight = metrics.height() + 2;
    auto keyLine = [&](double y, const QPen &pen) {
        painter.setPen(pen);
        painter.drawLine(QPointF(keyX, y + metrics.height() / 2.0),
                         QPointF(keyX + 22, y + metrics.height() / 2.0));
    };
    keyLine(keyY, QPen(ink, 2.2));
    painter.setPen(ink);
    painter.drawText(QPointF(keyX + 30, keyY + metrics.ascent()), tangentKey);
    keyLine(keyY + rowHeight, dashed);
    painter.setPen(grey);
    painter.drawText(QPointF(keyX + 30, keyY + rowHeight + metrics.ascent()), secantKey);
    if (!stepKey.isEmpty())
        painter.drawText(QPointF(keyX + 30, keyY + 2 * rowHeight + metrics.ascent()), stepKey);
}

} // namespace bp::ui
