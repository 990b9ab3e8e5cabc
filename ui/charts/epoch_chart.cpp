#include "ui/charts/epoch_chart.h"

#include "core/number_format.h"

#include "ui/charts/chart_export.h"
#include "ui/charts/chart_header.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/epoch_ranges.h"
#include "ui/charts/marker_layout.h"
#include "ui/style/focus_frame.h"
#include "ui/style/palette.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <vector>

namespace bp::ui {

namespace {

// Ten redraws a second: a training curve reads as smooth, and the charts leave the frame budget to the graph.
constexpr int kRefreshIntervalMs = 100;
constexpr double kHoverRadius = 14.0;

// Above the grid, below the lines; labels above everything (Qt Charts draws its grid at z 2 and
// its lines at z 4, see ChartPresenter's z values).
constexpr double kMarkerLineZ = 3.5;
constexpr double kOverlayZ = 50.0;

// The core's conversion, shared with the command line's history CSV: the shortest exact text.
QString csvNumber(double value)
{
    return QString::fromStdString(bp::formatNumber(value));
}

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

protected:
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

} // namespace

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
    View *view = nullptr;
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
    bool autoScale = true;
    bool updatingAxes = false;
    bool forcePush = false;
    double pushedFloor = 0.0;
    QString exportBaseName = QStringLiteral("chart");
};

EpochChart::EpochChart(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>(this))
{
    d->header = new ChartHeader(this);

    d->chart = new QChart;
    d->chart->setTheme(QChart::ChartThemeLight);
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->setBackgroundBrush(palette::canvasColor());
    d->chart->setBackgroundPen(Qt::NoPen);
    d->chart->setBackgroundRoundness(0.0);
    d->chart->setDropShadowEnabled(false);
    d->chart->setPlotAreaBackgroundVisible(false);
    d->chart->setMargins(QMargins(2, 2, 6, 0));
    d->chart->layout()->setContentsMargins(0, 0, 0, 0);
    d->chart->legend()->hide();

    d->view = new View(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setBackgroundBrush(palette::canvasColor());
    d->view->setRubberBand(QChartView::HorizontalRubberBand);
    d->view->setMinimumSize(240, 140);
    // Reachable by Tab (the Menu key then opens the chart's menu: log scale, save), with its focus
    // drawn over the plot.
    d->view->setFocusPolicy(Qt::StrongFocus);
    d->view->setAccessibleDescription(
        EpochChart::tr("A chart over the epochs; the Menu key offers a logarithmic scale and saving."));
    FocusFrame::install(d->view->viewport(), d->view);
    d->view->hovered = [this](const QPoint &position) { d->showHover(position); };
    d->view->left = [this] { d->hideHover(); };
    d->view->doubleClicked = [this] { setAutoScale(true); };
    d->view->menuRequested = [this](const QPoint &position) { d->showMenu(position); };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(d->header);
    layout->addWidget(d->view, 1);

    QPalette background = palette();
    background.setColor(QPalette::Window, palette::canvasColor());
    setPalette(background);
    setAutoFillBackground(true);

    d->emptyHint = new QGraphicsSimpleTextItem(EpochChart::tr("No epochs yet"), d->chart);
    d->emptyHint->setFont(chart_style::font());
    d->emptyHint->setBrush(palette::faintInkColor());
    d->emptyHint->setZValue(kOverlayZ);

    d->hoverDot = new QGraphicsEllipseItem(d->chart);
    d->hoverDot->setZValue(kOverlayZ + 1);
    d->hoverDot->setPen(QPen(palette::canvasColor(), 1.5));
    d->hoverDot->hide();

    d->noteItem = new QGraphicsSimpleTextItem(d->chart);
    d->noteItem->setFont(chart_style::font());
    d->noteItem->setBrush(palette::alarmColor());
    d->noteItem->setZValue(kOverlayZ);
    d->noteItem->hide();

    d->yTitle = new QGraphicsSimpleTextItem(d->chart);
    d->yTitle->setFont(chart_style::font());
    d->yTitle->setBrush(chart_style::axisTitleColor());
    d->yTitle->setRotation(-90.0);
    d->yTitle->setZValue(kOverlayZ);

    d->createAxes();
    connect(d->chart, &QChart::plotAreaChanged, this, [this] { d->updateOverlays(); });
    // Through a lambda, so that a subclass's override runs.
    connect(&Theme::instance(), &Theme::changed, this, [this] { applyTheme(); });

    d->flushTimer.setSingleShot(true);
    d->flushTimer.setInterval(kRefreshIntervalMs);
    connect(&d->flushTimer, &QTimer::timeout, this, [this] {
        // A hidden chart (a closed dock) catches up when it is shown again.
        if (isVisible())
            flush();
    });

    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    d->updateRanges();
}

void EpochChart::setTrackColor(int track, const QColor &color)
{
    if (track < 0 || track >= trackCount())
        return;
    Private::Track &t = d->tracks[static_cast<std::size_t>(track)];
    t.style.color = color;
    t.series->setPen(Private::penOf(t.style));
}

void EpochChart::applyTheme()
{
    d->chart->setBackgroundBrush(palette::canvasColor());
    d->view->setBackgroundBrush(palette::canvasColor());
    QPalette background = palette();
    background.setColor(QPalette::Window, palette::canvasColor());
    setPalette(background);
    d->emptyHint->setBrush(palette::faintInkColor());
    d->hoverDot->setPen(QPen(palette::canvasColor(), 1.5));
    d->noteItem->setBrush(palette::alarmColor());
    d->yTitle->setBrush(chart_style::axisTitleColor());
    for (QGraphicsSimpleTextItem *label : d->yLabels)
        label->setBrush(palette::inkColor());
    d->restyleAxis(d->xAxis);
    d->restyleAxis(d->leftAxis);
    if (d->rightAxis) {
        // Its labels keep the colour of its line; only the rest follows the theme.
        const QBrush labels = d->rightAxis->labelsBrush();
        d->restyleAxis(d->rightAxis);
        d->rightAxis->setLabelsBrush(labels);
        d->rightAxis->setTitleBrush(labels);
        d->rightAxis->setGridLineVisible(false);
    }
    for (Private::Marker &marker : d->markers) {
        marker.line->setPen(Private::markerPen());
        marker.text->setBrush(palette::inkColor());
    }
    for (Private::Track &track : d->tracks)
        track.series->setPen(Private::penOf(track.style));
    d->header->update();
    update();
}

EpochChart::~EpochChart()
{
    // The chart (and its axes) die with the view; their last signals must not reach a half-destroyed
    // chart widget, so cut them off and delete the view while everything else is still whole.
    d->flushTimer.stop();
    d->chart->disconnect(this);
    for (QAbstractAxis *axis : d->chart->axes())
        axis->disconnect(this);
    delete d->view;
}

void EpochChart::Private::styleAxis(QAbstractAxis *axis, const QString &title) const
{
    axis->setTitleText(title);
    restyleAxis(axis);
}

void EpochChart::Private::restyleAxis(QAbstractAxis *axis) const
{
    axis->setLabelsFont(chart_style::font());
    axis->setLabelsBrush(palette::inkColor());
    axis->setTitleFont(chart_style::font());
    axis->setTitleBrush(chart_style::axisTitleColor());
    axis->setLinePen(chart_style::axisLinePen());
    axis->setGridLinePen(chart_style::gridPen());
    axis->setMinorGridLinePen(chart_style::minorGridPen());
    axis->setShadesVisible(false);
}

void EpochChart::Private::watchAxis(QAbstractAxis *axis)
{
    // A range the program did not set came from the user zooming: stop following the data then.
    auto userChanged = [this] {
        if (updatingAxes)
            return;
        q->setAutoScale(false);
        updateOverlays();
    };
    if (auto *value = qobject_cast<QValueAxis *>(axis))
        QObject::connect(value, &QValueAxis::rangeChanged, q, userChanged);
    else if (auto *log = qobject_cast<QLogValueAxis *>(axis))
        QObject::connect(log, &QLogValueAxis::rangeChanged, q, userChanged);
}

void EpochChart::Private::createAxes()
{
    xAxis = new QValueAxis;
    styleAxis(xAxis, EpochChart::tr("epoch"));
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(0.0);
    xAxis->setTickInterval(1.0);
    xAxis->setMinorTickCount(0);
    chart->addAxis(xAxis, Qt::AlignBottom);
    watchAxis(xAxis);

    leftAxis = makeLeftAxis(leftLogarithmic);
    chart->addAxis(leftAxis, Qt::AlignLeft);
    watchAxis(leftAxis);
}

QAbstractAxis *EpochChart::Private::makeLeftAxis(bool logarithmic)
{
    QAbstractAxis *axis = nullptr;
    if (logarithmic) {
        auto *log = new QLogValueAxis;
        log->setBase(10.0);
        log->setLabelFormat(QStringLiteral("%g"));
        log->setMinorTickCount(8);
        log->setRange(1e-3, 1.0);
        axis = log;
    } else {
        auto *linear = new QValueAxis;
        linear->setLabelFormat(QStringLiteral("%g"));
        linear->setRange(0.0, 1.0);
        axis = linear;
    }
    styleAxis(axis, leftTitle);
    axis->setMinorGridLineVisible(logarithmic);
    // The log axis's labels and title are ours (layoutLeftAxis); Qt keeps the grid and the line.
    axis->setLabelsVisible(!logarithmic);
    axis->setTitleVisible(!logarithmic);
    return axis;
}

int EpochChart::addTrack(const TrackStyle &style)
{
    Private::Track track;
    track.style = style;
    track.series = new QLineSeries;
    track.series->setName(style.name);
    track.series->setPen(Private::penOf(style));
    track.series->setUseOpenGL(false);
    d->chart->addSeries(track.series);
    track.series->attachAxis(d->xAxis);
    track.series->attachAxis(
        style.side == Side::Right && d->rightAxis ? static_cast<QAbstractAxis *>(d->rightAxis) : d->leftAxis);
    d->tracks.push_back(std::move(track));
    d->scheduleFlush();
    return static_cast<int>(d->tracks.size()) - 1;
}

void EpochChart::refreshStyle()
{
    for (QAbstractAxis *axis : d->chart->axes()) {
        axis->setLabelsFont(chart_style::font());
        axis->setTitleFont(chart_style::font());
    }
    for (QGraphicsSimpleTextItem *item : {d->emptyHint, d->noteItem, d->yTitle})
        item->setFont(chart_style::font());
    for (Private::Track &track : d->tracks)
        track.series->setPen(Private::penOf(track.style));
    for (Private::Marker &marker : d->markers)
        marker.text->setFont(chart_style::font());
    d->header->updateGeometry();
    d->header->update();
    d->fitTitlesToHeight();
    d->updateOverlays();
}

double EpochChart::trackLineWidth(int track) const
{
    if (track < 0 || track >= static_cast<int>(d->tracks.size()))
        return 0.0;
    return d->tracks[static_cast<std::size_t>(track)].series->pen().widthF();
}

void EpochChart::removeTracks()
{
    d->hideHover();
    for (Private::Track &track : d->tracks) {
        d->chart->removeSeries(track.series);
        delete track.series;
    }
    d->tracks.clear();
    d->scheduleFlush();
}

void EpochChart::appendToTrack(int track, double x, double y)
{
    if (track < 0 || track >= trackCount())
        return;
    d->tracks[static_cast<std::size_t>(track)].buffer.append(x, y);
    d->scheduleFlush();
}

std::optional<double> EpochChart::lastEpoch() const
{
    std::optional<double> last;
    for (const Private::Track &track : d->tracks) {
        const std::optional<double> x = track.buffer.lastX();
        if (x && (!last || *x > *last))
            last = x;
    }
    return last;
}

void EpochChart::setLeftAxis(const QString &title, bool logarithmic, bool userMayToggle)
{
    d->leftTitle = title;
    d->logToggleable = userMayToggle;
    d->leftAxis->setTitleText(title);
    setLeftAxisLogarithmic(logarithmic);
}

void EpochChart::setLeftAxisLogarithmic(bool logarithmic)
{
    if (logarithmic == d->leftLogarithmic)
        return;
    d->hideHover();
    d->leftLogarithmic = logarithmic;
    // A log axis and a linear one are different classes in Qt Charts: swap the axis and reattach.
    d->chart->removeAxis(d->leftAxis);
    delete d->leftAxis;
    d->leftAxis = d->makeLeftAxis(logarithmic);
    d->chart->addAxis(d->leftAxis, Qt::AlignLeft);
    d->watchAxis(d->leftAxis);
    for (Private::Track &track : d->tracks) {
        if (track.style.side == Side::Left || !d->rightAxis)
            track.series->attachAxis(d->leftAxis);
    }
    d->forcePush = true;
    const bool following = d->autoScale;
    d->autoScale = true;
    flush();
    d->autoScale = following;
    emit logScaleChanged(logarithmic);
}

void EpochChart::setRightAxis(const QString &title, double min, double max, double tickInterval,
                              const QColor &color)
{
    if (!d->rightAxis) {
        d->rightAxis = new QValueAxis;
        d->chart->addAxis(d->rightAxis, Qt::AlignRight);
    }
    d->styleAxis(d->rightAxis, title);
    d->rightAxis->setLabelsBrush(color);
    d->rightAxis->setTitleBrush(color);
    // Its own grid would cross the left axis's grid; the labels suffice.
    d->rightAxis->setGridLineVisible(false);
    d->rightAxis->setLabelFormat(QStringLiteral("%g"));
    d->rightAxis->setTickType(QValueAxis::TicksDynamic);
    d->rightAxis->setTickAnchor(min);
    d->rightAxis->setTickInterval(tickInterval);
    d->rightTickInterval = tickInterval;
    d->fitTitlesToHeight();
    d->updatingAxes = true;
    d->rightAxis->setRange(min, max);
    d->updatingAxes = false;
}

void EpochChart::setTitle(const QString &title)
{
    d->header->setTitle(title);
    d->view->setAccessibleName(title);
}

ChartHeader *EpochChart::header() const
{
    return d->header;
}

int EpochChart::headerHeight() const
{
    return d->header->heightForWidth(width());
}

void EpochChart::setHeaderMinimumHeight(int height)
{
    if (d->header->minimumHeight() != height)
        d->header->setMinimumHeight(height);
}

void EpochChart::setFloorNote(const QString &one, const QString &many)
{
    d->floorNoteOne = one;
    d->floorNoteMany = many;
}

void EpochChart::setExportBaseName(const QString &name)
{
    d->exportBaseName = name;
}

void EpochChart::clear()
{
    d->hideHover();
    for (Private::Track &track : d->tracks)
        track.buffer.clear();
    d->removeMarkers();
    d->scheduleFlush();
}

void EpochChart::Private::removeMarkers()
{
    for (Marker &marker : markers) {
        delete marker.line;
        delete marker.box;
    }
    markers.clear();
}

void EpochChart::Private::addMarkerItems(double epoch, const QStringList &labels)
{
    Marker marker;
    marker.epoch = epoch;
    marker.labels = labels;
    marker.line = new QGraphicsLineItem(chart);
    marker.line->setPen(markerPen());
    marker.line->setZValue(kMarkerLineZ);
    marker.box = new QGraphicsRectItem(chart);
    marker.box->setPen(Qt::NoPen);
    marker.box->setBrush(Qt::NoBrush);
    marker.box->setZValue(kOverlayZ);
    marker.text = new QGraphicsSimpleTextItem(marker.label(), marker.box);
    marker.text->setFont(chart_style::font());
    marker.text->setBrush(palette::inkColor());
    markers.push_back(marker);
}

void EpochChart::addMarker(double epoch, const QString &label)
{
    if (!std::isfinite(epoch))
        return;
    // Changes at one moment make one marker that lists them.
    for (Private::Marker &marker : d->markers) {
        if (marker.epoch == epoch) {
            marker.labels << label;
            marker.text->setText(marker.label());
            d->scheduleFlush();
            return;
        }
    }
    d->addMarkerItems(epoch, {label});
    d->scheduleFlush();
}

void EpochChart::setMarkers(const QList<ChartMarker> &markers)
{
    const bool same = markers.size() == static_cast<qsizetype>(d->markers.size()) &&
                      std::equal(markers.begin(), markers.end(), d->markers.begin(),
                                 [](const ChartMarker &a, const Private::Marker &b) {
                                     return a.epoch == b.epoch && a.labels == b.labels;
                                 });
    if (same)
        return;
    d->removeMarkers();
    for (const ChartMarker &marker : markers) {
        if (std::isfinite(marker.epoch) && !marker.labels.isEmpty())
            d->addMarkerItems(marker.epoch, marker.labels);
    }
    d->scheduleFlush();
}

QRectF EpochChart::markerLabelRect(int index) const
{
    const Private::Marker &marker = d->markers.at(static_cast<std::size_t>(index));
    return marker.box->isVisible() ? marker.box->sceneBoundingRect() : QRectF();
}

void EpochChart::setCursorEpoch(std::optional<double> epoch)
{
    if (epoch && !std::isfinite(*epoch))
        epoch.reset();
    if (epoch == d->cursorEpoch)
        return;
    d->cursorEpoch = epoch;
    // The axes rescale to the kept history at once, not at the next refresh.
    d->forcePush = true;
    if (!d->cursor) {
        d->cursor = new QGraphicsLineItem(d->chart);
        QPen pen(palette::highlightColor(), 2.5);
        pen.setCosmetic(true);
        d->cursor->setPen(pen);
        d->cursor->setZValue(kMarkerLineZ + 0.1);
    }
    if (isVisible())
        flush();
    else
        d->scheduleFlush();
}

std::optional<double> EpochChart::cursorEpoch() const
{
    return d->cursorEpoch;
}

int EpochChart::markerCount() const
{
    return static_cast<int>(d->markers.size());
}

QString EpochChart::markerLabel(int index) const
{
    return d->markers.at(static_cast<std::size_t>(index)).label();
}

double EpochChart::markerEpoch(int index) const
{
    return d->markers.at(static_cast<std::size_t>(index)).epoch;
}

void EpochChart::setAutoScale(bool on)
{
    if (on == d->autoScale)
        return;
    d->autoScale = on;
    if (on)
        flush();
    emit autoScaleChanged(on);
}

bool EpochChart::isAutoScale() const
{
    return d->autoScale;
}

bool EpochChart::isLogScale() const
{
    return d->leftLogarithmic;
}

void EpochChart::Private::scheduleFlush()
{
    if (!flushTimer.isActive())
        flushTimer.start();
}

void EpochChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    d->fitTitlesToHeight();
    flush();
}

void EpochChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    d->fitTitlesToHeight();
}

void EpochChart::Private::fitTitlesToHeight()
{
    const QFontMetricsF metrics(chart_style::font());
    const double height = view->height();
    // The x axis needs a line for its labels and one for its title below a plot of a few lines.
    xAxis->setTitleVisible(height >= metrics.height() * 7.0);
    // A rotated title needs the plot's height for its length.
    if (!rightAxis)
        return;
    rightAxis->setTitleVisible(height - metrics.height() * 3.5 >=
                               metrics.horizontalAdvance(rightAxis->titleText()) + metrics.height());
    // Fewer ticks rather than labels elided to "…": every label needs a line of the plot's height.
    const double plot = std::max(1.0, height - metrics.height() * 3.0);
    const double span = rightAxis->max() - rightAxis->min();
    double interval = rightTickInterval;
    while (interval > 0.0 && span > 0.0 && (span / interval + 1.0) * metrics.height() * 1.3 > plot &&
           interval < span)
        interval *= 2.0;
    if (interval > 0.0 && interval != rightAxis->tickInterval())
        rightAxis->setTickInterval(interval);
}

void EpochChart::flush()
{
    d->flushTimer.stop();
    if (d->autoScale)
        d->updateRanges();
    d->pushSeries(d->forcePush);
    d->forcePush = false;
    d->updateNote();
    d->updateOverlays();
}

bool EpochChart::Private::hasData() const
{
    return std::any_of(tracks.begin(), tracks.end(),
                       [](const Track &track) { return !track.buffer.isEmpty(); });
}

bool EpochChart::Private::onLogAxis(const Track &track) const
{
    return leftLogarithmic && !(track.style.side == Side::Right && rightAxis);
}

std::vector<SeriesBuffer::Extent> EpochChart::Private::extents(bool logAxisOnly, bool leftAxisOnly) const
{
    std::vector<SeriesBuffer::Extent> result;
    for (const Track &track : tracks) {
        if ((logAxisOnly && !onLogAxis(track)) || (leftAxisOnly && track.style.side == Side::Right && rightAxis))
            continue;
        result.push_back(extentOf(track));
    }
    return result;
}

chart_style::LogRange EpochChart::Private::dataLogRange() const
{
    return epoch_ranges::dataLogRange(extents(true, false));
}

SeriesBuffer::Extent EpochChart::Private::extentOf(const Track &track) const
{
    // Put back to an earlier state, the run keeps the history up to it: the axes follow that.
    if (cursorEpoch)
        return track.buffer.extentUpTo(*cursorEpoch);
    SeriesBuffer::Extent extent;
    extent.first = track.buffer.firstPoint();
    extent.lastX = track.buffer.isEmpty() ? std::nullopt : track.buffer.lastX();
    extent.minimumY = track.buffer.minimumY();
    extent.maximumY = track.buffer.maximumY();
    extent.minimumPositiveY = track.buffer.minimumPositiveY();
    extent.nonPositiveCount = track.buffer.nonPositiveCount();
    return extent;
}

void EpochChart::Private::updateRanges()
{
    updatingAxes = true;

    std::vector<double> markerEpochs;
    for (const Marker &marker : markers)
        markerEpochs.push_back(marker.epoch);
    const auto [low, high] = epoch_ranges::epochRange(extents(false, false), markerEpochs, cursorEpoch);
    const double plotWidth = chart->plotArea().width() > 10.0 ? chart->plotArea().width() : q->width() - 80.0;
    const double ticks = std::max(2.0, plotWidth / 110.0);
    xAxis->setTickInterval(chart_style::niceStep((high - low) / ticks, 1.0));
    xAxis->setRange(low, high);

    if (auto *log = qobject_cast<QLogValueAxis *>(leftAxis)) {
        const chart_style::LogRange range = epoch_ranges::logRange(extents(true, false));
        log->setRange(range.bottom, range.top);
        const int minorTicks = epoch_ranges::logMinorTickCount(range.bottom, range.top);
        if (log->minorTickCount() != minorTicks)
            log->setMinorTickCount(minorTicks);
    } else if (auto *linear = qobject_cast<QValueAxis *>(leftAxis)) {
        const epoch_ranges::Range range = epoch_ranges::linearRange(extents(false, true));
        linear->setRange(range.low, range.high);
        linear->applyNiceNumbers();
    }
    updatingAxes = false;
}

QPointF EpochChart::Private::toAxis(const Track &track, const QPointF &value) const
{
    if (!onLogAxis(track))
        return value;
    const double floor = pushedFloor > 0.0 ? pushedFloor : logFloor();
    return QPointF(value.x(), value.y() < floor ? floor : value.y());
}

void EpochChart::Private::pushSeries(bool force)
{
    const double floor = logFloor();
    const bool floorMoved = floor != pushedFloor;
    for (Track &track : tracks) {
        const bool onLog = onLogAxis(track);
        if (!force && track.pushedRevision == track.buffer.revision() && !(onLog && floorMoved))
            continue;
        track.drawn = track.buffer.points();
        // One replace per line and refresh: Qt Charts redraws once instead of once per point.
        track.series->replace(onLog ? track.buffer.pointsForLogAxis(floor) : track.drawn);
        track.pushedRevision = track.buffer.revision();
    }
    pushedFloor = floor;
}

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

QString EpochChart::toolTipAt(const QPoint &position) const
{
    const QPoint viewPosition = d->view->mapFrom(this, position);
    const std::optional<Private::Hit> hit = d->hitTest(viewPosition);
    return hit ? d->hitText(*hit) : d->markerTextAt(viewPosition);
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

QPoint EpochChart::positionOf(int track, double epoch, double value) const
{
    const Private::Track &line = d->tracks.at(static_cast<std::size_t>(track));
    const QPointF position = d->chart->mapToPosition(d->toAxis(line, QPointF(epoch, value)), line.series);
    const QPoint viewPosition = d->view->mapFromScene(d->chart->mapToScene(position));
    return d->view->mapTo(this, viewPosition);
}

void EpochChart::Private::showMenu(const QPoint &globalPosition)
{
    QMenu menu(q);
    if (logToggleable) {
        QAction *log = menu.addAction(EpochChart::tr("Logarithmic scale"));
        log->setCheckable(true);
        log->setChecked(leftLogarithmic);
        QObject::connect(log, &QAction::toggled, q, [this](bool on) { q->setLeftAxisLogarithmic(on); });
    }
    QAction *follow = menu.addAction(EpochChart::tr("Follow the data"));
    follow->setCheckable(true);
    follow->setChecked(autoScale);
    follow->setToolTip(
        EpochChart::tr("Drag across the chart to zoom in; double-click to follow the data again"));
    QObject::connect(follow, &QAction::toggled, q, [this](bool on) { q->setAutoScale(on); });
    menu.addSeparator();
    auto save = [this](const QString &filter, const QString &suffix,
                       bool (EpochChart::*write)(const QString &)) {
        const QString path =
            QFileDialog::getSaveFileName(q, EpochChart::tr("Save chart"), exportBaseName + suffix, filter);
        if (!path.isEmpty())
            (q->*write)(path);
    };
    QObject::connect(menu.addAction(EpochChart::tr("Save image (PNG)…")), &QAction::triggered, q, [=] {
        save(EpochChart::tr("PNG image (*.png)"), QStringLiteral(".png"), &EpochChart::exportPng);
    });
    QObject::connect(menu.addAction(EpochChart::tr("Save drawing (SVG)…")), &QAction::triggered, q, [=] {
        save(EpochChart::tr("SVG drawing (*.svg)"), QStringLiteral(".svg"), &EpochChart::exportSvg);
    });
    QObject::connect(menu.addAction(EpochChart::tr("Save data (CSV)…")), &QAction::triggered, q, [=] {
        save(EpochChart::tr("CSV table (*.csv)"), QStringLiteral(".csv"), &EpochChart::exportCsv);
    });
    menu.exec(globalPosition);
}

void EpochChart::prepareForExport()
{
    d->hideHover();
    // A chart that was never shown has not laid itself out: lay out its window down to it, and size
    // the chart to its view.
    QList<QWidget *> chain;
    for (QWidget *widget = this; widget; widget = widget->parentWidget())
        chain.prepend(widget);
    for (QWidget *widget : chain) {
        widget->ensurePolished();
        if (widget->layout())
            widget->layout()->activate();
    }
    if (!d->view->isVisible()) {
        // What QChartView does on its resize event, which a hidden view does not get.
        d->chart->resize(QSizeF(d->view->size()));
        d->view->setSceneRect(d->chart->geometry());
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    flush();
    // New labels and markers change the margins, and the margins the plot area: settle both.
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        d->updateOverlays();
    }
}

bool EpochChart::exportPng(const QString &path)
{
    prepareForExport();
    return exportWidgetPng(this, path);
}

bool EpochChart::exportSvg(const QString &path)
{
    prepareForExport();
    return exportWidgetSvg(this, path, d->header->title());
}

bool EpochChart::exportCsv(const QString &path)
{
    return exportCsv(path, {this});
}

bool EpochChart::exportCsv(const QString &path, const QList<const EpochChart *> &charts)
{
    // One row per epoch and one column per line of every chart; a line that has no point at an
    // epoch (decimated differently, or not finite there) leaves its cell empty.
    std::vector<const Private::Track *> tracks;
    for (const EpochChart *chart : charts) {
        for (const Private::Track &track : chart->d->tracks)
            tracks.push_back(&track);
    }
    std::map<double, std::vector<std::optional<double>>> rows;
    for (std::size_t t = 0; t < tracks.size(); ++t) {
        for (const QPointF &point : tracks[t]->buffer.points()) {
            auto &row = rows[point.x()];
            row.resize(tracks.size());
            row[t] = point.y();
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream out(&file);
    out << "epoch";
    for (const Private::Track *track : tracks)
        out << ',' << track->style.csvName;
    out << '\n';
    for (const auto &[epoch, values] : rows) {
        out << csvNumber(epoch);
        for (const std::optional<double> &value : values) {
            out << ',';
            if (value)
                out << csvNumber(*value);
        }
        out << '\n';
    }
    out.flush();
    return out.status() == QTextStream::Ok && file.commit();
}
int EpochChart::trackCount() const
{
    return static_cast<int>(d->tracks.size());
}

QString EpochChart::trackName(int track) const
{
    return d->tracks.at(static_cast<std::size_t>(track)).style.name;
}

QString EpochChart::trackCsvName(int track) const
{
    return d->tracks.at(static_cast<std::size_t>(track)).style.csvName;
}

const SeriesBuffer &EpochChart::trackBuffer(int track) const
{
    return d->tracks.at(static_cast<std::size_t>(track)).buffer;
}

std::int64_t EpochChart::notShownCount() const
{
    std::int64_t count = 0;
    for (const Private::Track &track : d->tracks)
        count += track.buffer.nonFiniteCount();
    return count;
}

QString EpochChart::noteText() const
{
    return d->note;
}

} // namespace bp::ui
