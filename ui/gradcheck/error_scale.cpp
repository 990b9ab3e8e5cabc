#include "ui/gradcheck/error_scale.h"

#include "ui/gradcheck/gradient_check_report.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace bp::ui {

namespace {

// The panel's alarm and the graph's scale must mark the same threshold.
static_assert(kAgreementThreshold == palette::kRelativeErrorAlarm);

constexpr int kBarHeight = 14;
constexpr int kMarkerSize = 7;

} // namespace

RelativeErrorLegend::RelativeErrorLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setToolTip(tr("Colour of the relative error |backprop − numerical| / max(|backprop|, "
                  "|numerical|, 10⁻⁴), on a logarithmic scale. Above 10⁻⁶ the panel raises the alarm. "
                  "The triangle marks the worst error of the check on show."));
}

void RelativeErrorLegend::setMarker(double error)
{
    const double marker = std::isnan(error) ? -1.0 : error;
    if (marker == m_marker)
        return;
    m_marker = marker;
    update();
}

QSize RelativeErrorLegend::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int barColumn = kMarkerSize + 2 + kBarHeight + 4 + metrics.height();
    return {400, std::max(2 * metrics.height() + 2, barColumn) + 2};
}

QSize RelativeErrorLegend::minimumSizeHint() const
{
    // Narrow, the powers of ten between the ends and the alarm's give way (paintEvent).
    return {236, sizeHint().height()};
}

void RelativeErrorLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font());
    const QColor ink = palette::inkColor();
    const QColor faint(95, 99, 104);
    const QColor alarmInk = palette::alarmColor().darker(130);

    // Left: what the colour means and where the alarm starts, in two short lines.
    const QString caption = tr("Relative error");
    const QString alarmText = tr("alarm above 10") + superscriptNumber(-6);
    painter.setPen(ink);
    painter.drawText(QPointF(0, metrics.ascent()), caption);
    painter.setPen(alarmInk);
    painter.drawText(QPointF(0, metrics.height() + 2 + metrics.ascent()), alarmText);
    const int captionWidth =
        std::max(metrics.horizontalAdvance(caption), metrics.horizontalAdvance(alarmText));

    // Right: the bar, its powers of ten beneath, and the worst error of the check above.
    const double halfLabel = metrics.horizontalAdvance(QStringLiteral("10⁻¹²")) / 2.0;
    const double left = captionWidth + 12 + halfLabel;
    const double right = width() - metrics.horizontalAdvance(u'1') / 2.0 - 3.0;
    const double barTop = kMarkerSize + 2;
    const QRectF bar(left, barTop, std::max(right - left, 10.0), kBarHeight);
    auto xOf = [&](double error) { return bar.left() + palette::relativeErrorPosition(error) * bar.width(); };

    // The scale is piecewise linear with corners at ½ and ¾: stops every 1/24 trace it exactly.
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    constexpr int kStops = 24;
    for (int i = 0; i <= kStops; ++i) {
        const double position = static_cast<double>(i) / kStops;
        gradient.setColorAt(position, palette::relativeErrorColorAt(position));
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawRect(bar);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette::faintInkColor(), 1));
    painter.drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));

    const double threshold = xOf(kAgreementThreshold);
    painter.setPen(QPen(palette::alarmColor(), 2));
    painter.drawLine(QPointF(threshold, bar.top() - 2), QPointF(threshold, bar.bottom() + 3));

    const double labelY = bar.bottom() + 4 + metrics.ascent();
    // The alarm's power of ten first, then the ends, then the others where they do not touch a
    // label already drawn: on a narrow bar 10⁻¹² 10⁻⁹ 10⁻⁶ 10⁻³ 1 ran into each other.
    std::vector<QRectF> drawn;
    for (const int exponent : {-6, -12, 0, -9, -3}) {
        const double x = xOf(std::pow(10.0, exponent));
        const bool isThreshold = std::pow(10.0, exponent) == kAgreementThreshold;
        const QString label =
            exponent == 0 ? QStringLiteral("1") : QStringLiteral("10") + superscriptNumber(exponent);
        const double labelWidth = metrics.horizontalAdvance(label);
        const QRectF box(x - labelWidth / 2.0 - 3.0, bar.bottom(), labelWidth + 6.0, metrics.height());
        if (std::any_of(drawn.begin(), drawn.end(), [&](const QRectF &other) { return other.intersects(box); }))
            continue;
        drawn.push_back(box);
        painter.setPen(QPen(isThreshold ? palette::alarmColor() : faint, 1));
        painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 3));
        painter.setPen(isThreshold ? alarmInk : faint);
        painter.drawText(QPointF(x - labelWidth / 2.0, labelY), label);
    }

    if (m_marker >= 0.0) {
        const double x = xOf(std::max(m_marker, kErrorScaleLow));
        QPainterPath triangle;
        triangle.moveTo(x, bar.top() - 1);
        triangle.lineTo(x - kMarkerSize * 0.8, bar.top() - 1 - kMarkerSize);
        triangle.lineTo(x + kMarkerSize * 0.8, bar.top() - 1 - kMarkerSize);
        triangle.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawPath(triangle);
    }
}

} // namespace bp::ui
