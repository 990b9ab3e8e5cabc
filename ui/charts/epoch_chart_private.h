#pragma once

// The inside of EpochChart, shared by epoch_chart.cpp (the tracks, axes, theming, menu and
// exports) and epoch_chart_overlays.cpp (what it draws over Qt Charts' plot: marker labels, the
// log axis's labels, the note, the hover). Private to ui/charts, so Qt Charts stays out of every
// header the rest of the program reads.

#include "ui/charts/chart_style.h"
#include "ui/charts/epoch_chart.h"
#include "ui/charts/series_buffer.h"
#include "ui/style/palette.h"

#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QTimer>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace bp::ui {

namespace epoch_chart_detail {

inline constexpr double kHoverRadius = 14.0;

// Above the grid, below the lines; labels above everything (Qt Charts draws its grid at z 2 and
// its lines at z 4, see ChartPresenter's z values).
inline constexpr double kMarkerLineZ = 3.5;
inline constexpr double kOverlayZ = 50.0;

// The view: hover, a double click to resume following the data, and a context menu. The right
// button opens the menu, so it must not also zoom out as QChartView's does.
class View : public QChartView {
public:
    View(QChart *chart, QWidget *parent) : QChartView(chart, parent)
    {
        setMouseTracking(true);
        viewport()->setMouseTracking(true);
    }

    std::function<void(const QPoint &)> hovered;
    std::function<void()> left;
    std::function<void()> doubleClicked;
    std::function<void(const QPoint &)> menuRequested;
    /// After every change of size, the header's above it included (its key wraps with the width).
    std::function<void()> resized;

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QChartView::resizeEvent(event);
        if (resized)
            resized();
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        QChartView::mouseMoveEvent(event);
        if (hovered && event->buttons() == Qt::NoButton)
            hovered(event->position().toPoint());
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::RightButton) {
            event->accept();
            return;
        }
        QChartView::mouseReleaseEvent(event);
    }
    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && doubleClicked) {
            doubleClicked();
            event->accept();
            return;
        }
        QChartView::mouseDoubleClickEvent(event);
    }
    void leaveEvent(QEvent *event) override
    {
        if (left)
            left();
        QChartView::leaveEvent(event);
    }
    void contextMenuEvent(QContextMenuEvent *event) override
    {
        if (menuRequested)
            menuRequested(event->globalPos());
        event->accept();
    }
};

} // namespace epoch_chart_detail

struct EpochChart::Private {
    struct Track {
        TrackStyle style;
        SeriesBuffer buffer;
        QLineSeries *series = nullptr;
        // The real values last pushed (the series holds them clamped on a log axis).
        QList<QPointF> drawn;
        std::uint64_t pushedRevision = std::numeric_limits<std::uint64_t>::max();
    };
    struct Marker {
        double epoch = 0.0;
        // What changed at that epoch, oldest first; the label shows them joined (shortened to fit,
        // the whole list in the tool tip).
        QStringList labels;
        QString label() const { return labels.join(QStringLiteral(" · ")); }
        QGraphicsLineItem *line = nullptr;
        QGraphicsRectItem *box = nullptr;
        QGraphicsSimpleTextItem *text = nullptr;
    };
    struct Hit {
        int track = -1;
        QPointF value;
        QPointF position;
    };

    explicit Private(EpochChart *owner) : q(owner) {}

    void createAxes();
    QAbstractAxis *makeLeftAxis(bool logarithmic);
    void styleAxis(QAbstractAxis *axis, const QString &title) const;
    void restyleAxis(QAbstractAxis *axis) const;
    static QPen penOf(const TrackStyle &style)
    {
        // Thicker in high contrast and in presenter mode, where lines must read from the back of the room.
        QPen pen(style.color, style.width * palette::strokeScale() * chart_style::lineScale(), style.style,
                 Qt::RoundCap, Qt::RoundJoin);
        if (style.style == Qt::DashLine)
            pen.setDashPattern({3.0, 1.6});
        return pen;
    }
    static QPen markerPen()
    {
        QPen pen(chart_style::axisTitleColor(), 1.4 * palette::strokeScale(), Qt::DashLine);
        pen.setDashPattern({4.0, 3.0});
        pen.setCosmetic(true);
        return pen;
    }
    void watchAxis(QAbstractAxis *axis);
    bool onLogAxis(const Track &track) const;
    chart_style::LogRange dataLogRange() const;
    /// The extents of every line, of those on the log axis only, or of those on the left axis only.
    std::vector<SeriesBuffer::Extent> extents(bool logAxisOnly, bool leftAxisOnly) const;
    SeriesBuffer::Extent extentOf(const Track &track) const;
    double logFloor() const { return dataLogRange().bottom; }
    void updateRanges();
    void pushSeries(bool force);
    void updateOverlays();
    // Each returns the margin (left, top) it needs around the plot.
    QPoint layoutLeftAxis();
    int layoutMarkers();
    void updateNote();
    void placeNote();
    /// Hides the axis titles a short chart has no room for (the header names the lines), so that
    /// Qt never elides a tick label or a title to "…".
    void fitTitlesToHeight();
    std::optional<Hit> hitTest(const QPoint &viewPosition) const;
    // The whole text of the marker whose label or line is at this point of the view, or "".
    QString markerTextAt(const QPoint &viewPosition) const;
    void addMarkerItems(double epoch, const QStringList &labels);
    void removeMarkers();
    QPointF toAxis(const Track &track, const QPointF &value) const;
    QString hitText(const Hit &hit) const;
    void showHover(const QPoint &viewPosition);
    void hideHover();
    void showMenu(const QPoint &globalPosition);
    bool hasData() const;
    void scheduleFlush();

    EpochChart *q;
    ChartHeader *header = nullptr;
    QChart *chart = nullptr;
    epoch_chart_detail::View *view = nullptr;
    QValueAxis *xAxis = nullptr;
    QAbstractAxis *leftAxis = nullptr;
    QValueAxis *rightAxis = nullptr;
    double rightTickInterval = 0.0;
    QString leftTitle;
    bool leftLogarithmic = true;
    bool logToggleable = false;
    std::vector<Track> tracks;
    std::vector<Marker> markers;
    QString floorNoteOne = EpochChart::tr("1 value ≤ 0 drawn at the bottom");
    QString floorNoteMany = EpochChart::tr("%1 values ≤ 0 drawn at the bottom");
    // "You are here": the epoch of the state the run was put back to, drawn as a solid line.
    QGraphicsLineItem *cursor = nullptr;
    std::optional<double> cursorEpoch;
    QGraphicsSimpleTextItem *emptyHint = nullptr;
    QGraphicsEllipseItem *hoverDot = nullptr;
    // Our own labels of a logarithmic left axis ("10⁻⁵" rather than Qt's "1e-05") and its title.
    std::vector<QGraphicsSimpleTextItem *> yLabels;
    QGraphicsSimpleTextItem *yTitle = nullptr;
    // What is not drawn as it is; beside the x axis's title when there is room, else in the header.
    QString note;
    QGraphicsSimpleTextItem *noteItem = nullptr;
    QTimer flushTimer;
    /// When the chart last drew its series (the pace of the next redraw depends on it).
    QElapsedTimer lastFlush;
    bool autoScale = true;
    bool updatingAxes = false;
    bool forcePush = false;
    double pushedFloor = 0.0;
    QString exportBaseName = QStringLiteral("chart");
};

} // namespace bp::ui
