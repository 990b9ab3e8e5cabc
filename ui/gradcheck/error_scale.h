#pragma once

#include "ui/style/palette.h"

#include <QColor>
#include <QWidget>

namespace bp::ui {

/// The sequential scale of relative errors (palette::relativeErrorColor, which the network graph
/// shares): pale at 10⁻¹² and below, a quiet lilac at the 10⁻⁶ threshold, deepening to the alarm
/// colour at 1. NaN is the alarm colour itself.
inline QColor relativeErrorColor(double error)
{
    return palette::relativeErrorColor(error);
}

/// The ends of the scale.
inline constexpr double kErrorScaleLow = palette::kRelativeErrorLow;
inline constexpr double kErrorScaleHigh = palette::kRelativeErrorHigh;

/// The legend of relativeErrorColor: the colour bar with its powers of ten, the alarm threshold
/// and, once a check has run, a marker at its worst error.
class RelativeErrorLegend : public QWidget {
    Q_OBJECT
public:
    explicit RelativeErrorLegend(QWidget *parent = nullptr);

    /// Marks a value on the bar (the worst error); NaN or a negative value removes the marker.
    void setMarker(double error);
    double marker() const { return m_marker; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_marker = -1.0;
};

} // namespace bp::ui
