#pragma once

#include "core/analysis/loss_landscape.h"
#include "ui/landscape/landscape_geometry.h"

#include <QColor>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace bp::ui {

/// The path one run has taken through the plane of the two weights (its recent positions).
struct LandscapePath {
    QString label;
    /// The run's line, as the charts draw it (the run in focus: ink, solid).
    QColor color;
    Qt::PenStyle penStyle = Qt::SolidLine;
    std::vector<QPointF> points;
};

/// Paints a slice of the loss over two weights: the filled contour of E with its legend, the axes
/// named after the two weights, each run's path, the current point, the step −η∇E at its true
/// length in the plane (cut with a mark where it leaves the slice) and the way to the slice's lowest
/// point. Under the pointer it shows both weights and E there.
class LossLandscapeView : public QWidget {
    Q_OBJECT
public:
    explicit LossLandscapeView(QWidget *parent = nullptr);

    /// The slice on show (null: none yet) and the names of its axes ("w²₁₁").
    void setSlice(std::shared_ptr<const LossLandscape> slice, const QString &firstName,
                  const QString &secondName);
    void setPaths(std::vector<LandscapePath> paths);
    std::shared_ptr<const LossLandscape> slice() const { return m_slice; }
    const LandscapeBands &bands() const { return m_bands; }
    /// Where the plot and the legend are, for the current size (tests).
    QRectF plotRect() const;
    QRectF legendRect() const;
    /// Both weights and E at a point of the widget ("w²₁₁ = +0.593  w²₁₂ = −0.0381  E = 0.138", the
    /// graph's and the legend's formats); empty outside the plot or without a slice.
    QString hoverText(const QPointF &position) const;

    /// Square plots: the height follows the width (never below minimumSizeHint()).
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    /// The width whose plot is as tall as `height` allows.
    int widthForHeight(int height) const;
    QSize sizeHint() const override { return {420, heightForWidth(420)}; }
    QSize minimumSizeHint() const override { return {240, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    /// Room around the plot: left (tick labels and the second weight's name), bottom, top, right (legend).
    struct Margins {
        double left, bottom, top, legend;
    };
    Margins margins() const;
    void renderContour();
    void paintAxes(QPainter &painter, const PlaneMapping &mapping) const;
    void paintLegend(QPainter &painter) const;
    void paintPaths(QPainter &painter, const PlaneMapping &mapping) const;
    void paintMarks(QPainter &painter, const PlaneMapping &mapping) const;
    void paintStep(QPainter &painter, const PlaneMapping &mapping) const;
    void paintHover(QPainter &painter) const;

    std::shared_ptr<const LossLandscape> m_slice;
    QString m_firstName, m_secondName;
    std::vector<LandscapePath> m_paths;
    LandscapeBands m_bands;
    QImage m_contour;
    /// The pointer over the plot, if it is.
    std::optional<QPointF> m_hover;
};

} // namespace bp::ui
