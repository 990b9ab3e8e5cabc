#include "ui/charts/epoch_chart.h"

#include "ui/charts/chart_header.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/epoch_chart_private.h"
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
#include <vector>

namespace bp::ui {

using namespace epoch_chart_detail;

namespace {

// New epochs after a quiet spell (a step, a reset) show within a tenth of a second.
constexpr int kRefreshIntervalMs = 100;
// While they keep coming (training), five redraws a second: the curve still reads as moving, and the
// graph keeps the frame budget. At ten a second the charts took 27 % of the GUI thread of the 8-3-8
// trained flat out at 1920 × 1080 (perf), and 36 % with a class connected.
constexpr int kSteadyRefreshIntervalMs = 200;

} // namespace

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
    d->view->setMinimumSize(240, 90);
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
    // The titles that fit depend on the view's height, which the header's key changes as well as
    // the chart's own size.
    d->view->resized = [this] { d->fitTitlesToHeight(); };

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
    // The log axis' labels are our own items, made once at the size of the time.
    for (QGraphicsSimpleTextItem *label : d->yLabels)
        label->setFont(chart_style::font());
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

void EpochChart::removeTracksFrom(int first)
{
    d->hideHover();
    while (static_cast<int>(d->tracks.size()) > std::max(first, 0)) {
        d->chart->removeSeries(d->tracks.back().series);
        delete d->tracks.back().series;
        d->tracks.pop_back();
    }
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
    if (flushTimer.isActive())
        return;
    const bool steady = lastFlush.isValid() && lastFlush.elapsed() < 2 * kSteadyRefreshIntervalMs;
    flushTimer.start(steady ? kSteadyRefreshIntervalMs : kRefreshIntervalMs);
}

void EpochChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    d->fitTitlesToHeight();
    flush();
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
    // Fewer ticks rather than labels elided to "…" (every label needs a line of the plot's height),
    // never fewer than three, each printed with the decimals its interval needs ("0.0 0.5 1.0").
    const double plot = std::max(1.0, height - metrics.height() * 3.0);
    const double interval = epoch_ranges::fittedTickInterval(rightTickInterval, rightAxis->max() - rightAxis->min(),
                                                             plot, metrics.height() * 1.3);
    if (interval > 0.0 && interval != rightAxis->tickInterval())
        rightAxis->setTickInterval(interval);
    const QString format = QStringLiteral("%.%1f").arg(epoch_ranges::decimalsFor(interval));
    if (rightAxis->labelFormat() != format)
        rightAxis->setLabelFormat(format);
}

void EpochChart::flush()
{
    d->flushTimer.stop();
    d->lastFlush.start();
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

QString EpochChart::toolTipAt(const QPoint &position) const
{
    const QPoint viewPosition = d->view->mapFrom(this, position);
    const std::optional<Private::Hit> hit = d->hitTest(viewPosition);
    return hit ? d->hitText(*hit) : d->markerTextAt(viewPosition);
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
