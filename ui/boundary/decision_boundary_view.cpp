#include "ui/boundary/decision_boundary_view.h"

#include "ui/boundary/boundary_style.h"
#include "ui/style/focus_frame.h"
#include "ui/style/palette.h"
#include "ui/style/theme.h"
#include "ui/style/value_format.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <limits>

namespace bp::ui {

namespace {

struct Ticks {
    std::vector<double> values;
    int decimals = 0;
};

// About `target` round-numbered ticks (steps of 1, 2 or 5 × 10ᵏ) inside [low, high].
Ticks niceTicks(double low, double high, int target)
{
    Ticks ticks;
    const double span = high - low;
    if (!(span > 0.0) || !std::isfinite(span))
        return ticks;
    const double raw = span / target;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normalised = raw / magnitude;
    const double step = (normalised < 1.5   ? 1.0
                         : normalised < 3.0 ? 2.0
                         : normalised < 7.0 ? 5.0
                                            : 10.0) *
                        magnitude;
    for (double k = std::ceil(low / step - 1e-9); k * step <= high + 1e-9 * step; k += 1.0) {
        const double v = k * step;
        ticks.values.push_back(std::abs(v) < 1e-9 * step ? 0.0 : v);
    }
    ticks.decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
    return ticks;
}

// "−1", "−0.5", "0", "0.25": the decimals a tick needs, no more.
QString tickLabel(double value, int decimals)
{
    QString text = formatFixed(value, decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

// "x1" becomes "x₁"; other names are kept as the data file gave them.
QString axisName(const std::shared_ptr<const Dataset> &dataset, int index)
{
    QString name;
    if (dataset && static_cast<std::size_t>(index) < dataset->inputNames.size())
        name = QString::fromStdString(dataset->inputNames[static_cast<std::size_t>(index)]);
    if (name.isEmpty())
        name = QStringLiteral("x%1").arg(index + 1);
    if (name.size() >= 2 && name.front() == QLatin1Char('x')) {
        bool isNumber = false;
        const int number = name.mid(1).toInt(&isNumber);
        if (isNumber)
            return QStringLiteral("x") + subscriptNumber(number);
    }
    return name;
}

QString countText(int count, const char *singular, const char *plural)
{
    return DecisionBoundaryView::tr(count == 1 ? singular : plural).arg(count);
}

// The pictures of result.grid: its 0.5 line, one pixel per sample, and the heatmap at the plot's size.
void drawGrid(BoundaryResult &result, QSize displayPixels, const boundary::OutputTable &colours)
{
    result.contour = joinContour(traceContour(result.grid, 0.5));
    result.image = boundary::heatmapImage(result.grid, colours);
    result.display = boundary::renderHeatmap(result.grid, displayPixels, colours);
}

BoundaryResult computeResult(std::uint64_t generation, std::shared_ptr<const Network> network,
                             PlaneExtent extent, int resolution, QSize displayPixels,
                             std::shared_ptr<const boundary::OutputTable> colours)
{
    const auto start = std::chrono::steady_clock::now();
    BoundaryResult result;
    result.generation = generation;
    // An exception must not cross into the GUI thread through the future: a failed computation
    // is a result without a network, which the view drops.
    try {
        result.grid = computeBoundaryGrid(*network, extent, resolution);
        drawGrid(result, displayPixels, *colours);
        result.network = std::move(network);
    } catch (const std::exception &) {
        return BoundaryResult{generation, nullptr, {}, {}, {}, {}, 0.0};
    }
    result.milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return result;
}

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

// A dark ring around every point, on either background (the heatmap is pale in the light themes).
const QColor kRingInk(25, 28, 32, 210);

} // namespace

struct DecisionBoundaryView::Layout {
    QFont font;
    double lineHeight = 0.0;
    double ascent = 0.0;
    double tickLength = 0.0;
    QRectF plot;
    QRectF bar;
    double legendBaseline = 0.0;
    double pointRadius = 4.0;
    Ticks x1Ticks;
    Ticks x2Ticks;
};

QString DecisionBoundaryView::needsTwoInputsText()
{
    return tr("The decision boundary needs a dataset with two inputs");
}

DecisionBoundaryView::DecisionBoundaryView(QWidget *parent) : QWidget(parent)
{
    // The heatmap's colours follow the theme: render it again from the grid on show.
    connect(&Theme::instance(), &Theme::changed, this, [this] {
        m_display = {};
        update();
    });
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // Focusable, so that a screen reader and the keyboard reach the picture and its description.
    setFocusPolicy(Qt::StrongFocus);
    FocusFrame::install(this);
    m_pool.setMaxThreadCount(1);
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &DecisionBoundaryView::startComputation);
    connect(&m_watcher, &QFutureWatcher<BoundaryResult>::finished, this, &DecisionBoundaryView::takeResult);
}

DecisionBoundaryView::~DecisionBoundaryView()
{
    m_throttle.stop();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool DecisionBoundaryView::isApplicable() const
{
    return m_dataset && m_dataset->inputSize() == 2 && m_dataset->targetSize() == 1;
}

bool DecisionBoundaryView::fits(const Network *network) const
{
    return network && isApplicable() && network->inputSize() == 2 && network->outputSize() == 1;
}

void DecisionBoundaryView::setNetwork(std::shared_ptr<const Network> network)
{
    m_network = std::move(network);
    if (!fits(m_network.get())) {
        if (!m_shown.image.isNull()) {
            m_shown = {};
            m_display = {};
            update();
        }
        return;
    }
    scheduleComputation();
}

void DecisionBoundaryView::setDataset(std::shared_ptr<const Dataset> dataset)
{
    // Every snapshot carries the lesson's dataset: the same one again changes nothing.
    if (dataset == m_dataset)
        return;
    m_dataset = std::move(dataset);
    ++m_generation;
    m_shown = {};
    m_display = {};
    m_extent = isApplicable() ? extentFor(*m_dataset) : PlaneExtent{};
    // A screen reader hears why the picture is empty, or what it shows.
    const QString why = note();
    setAccessibleDescription(why.isEmpty() ? tr("The network's output shaded over the plane of the two "
                                                "inputs, the class boundary at 0.5, the samples as dots.")
                                           : why);
    if (fits(m_network.get()))
        scheduleComputation();
    else
        m_throttle.stop();
    update();
}

bool DecisionBoundaryView::isComputing() const
{
    return m_running || m_throttle.isActive();
}

bool DecisionBoundaryView::isBehind() const
{
    // A follower draws the lecturer's grids and computes none.
    if (m_following)
        return false;
    return fits(m_network.get()) && !(m_network == m_shown.network && m_shown.generation == m_generation);
}

void DecisionBoundaryView::scheduleComputation()
{
    // One job at a time; the newest network waits in m_network and takeResult starts it.
    if (m_running || m_throttle.isActive())
        return;
    if (!isBehind())
        return;
    const qint64 waited = m_sinceLastStart.isValid() ? m_sinceLastStart.elapsed() : kMinimumIntervalMs;
    if (waited >= kMinimumIntervalMs)
        startComputation();
    else
        m_throttle.start(static_cast<int>(kMinimumIntervalMs - waited));
}

void DecisionBoundaryView::startComputation()
{
    if (m_running || !isBehind())
        return;
    m_running = true;
    ++m_computationCount;
    m_sinceLastStart.start();
    // The job gets its own copies (the network is immutable and shared), so it reads no member.
    // The display image is rendered for the plot's present size too, off this thread.
    const QSize displayPixels = (plotArea().size() * devicePixelRatioF()).toSize();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, computeResult, m_generation, m_network, m_extent,
                                          kGridResolution, displayPixels, boundary::currentOutputTable()));
}

void DecisionBoundaryView::takeResult()
{
    m_running = false;
    BoundaryResult result = m_watcher.result();
    // A result for an earlier dataset is dropped, and so is any result once the newest network no
    // longer fits. One for an earlier network than the newest is still newer than what is on show,
    // so it is shown while the newest is computed.
    if (!m_following && result.generation == m_generation && result.network && fits(m_network.get())) {
        m_shown = std::move(result);
        m_display = m_shown.display;
        update();
        emit heatmapUpdated();
    }
    scheduleComputation();
}

double DecisionBoundaryView::outputAt(QPointF dataPoint) const
{
    return m_shown.grid.interpolate(dataPoint.x(), dataPoint.y());
}

void DecisionBoundaryView::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    m_lecturerShowsNone = false;
    m_throttle.stop();
    // Back on its own, the view computes the network it has, even the one the lecturer's grid showed.
    m_shown = {};
    m_display = {};
    scheduleComputation();
    update();
}

void DecisionBoundaryView::showLecturersGrid(const BoundaryGrid *grid)
{
    if (!m_following)
        return;
    const bool none = !grid || grid->isEmpty();
    // Every state brings the grid again: the one on show is not drawn twice.
    if (!none && !m_lecturerShowsNone && m_shown.network == m_network && m_shown.generation == m_generation &&
        m_shown.grid.extent == grid->extent && m_shown.grid.values == grid->values)
        return;
    m_lecturerShowsNone = none;
    m_shown = {};
    m_display = {};
    if (!m_lecturerShowsNone && fits(m_network.get())) {
        // The lecturer's plane is the one on show, so that every sample sits where it was computed.
        m_extent = grid->extent;
        m_shown.generation = m_generation;
        m_shown.network = m_network;
        m_shown.grid = *grid;
        drawGrid(m_shown, (plotArea().size() * devicePixelRatioF()).toSize(), *boundary::currentOutputTable());
        m_display = m_shown.display;
        emit heatmapUpdated();
    }
    update();
}

QString DecisionBoundaryView::note() const
{
    if (!m_dataset)
        return tr("No dataset yet");
    if (isApplicable() && m_following && m_lecturerShowsNone)
        return tr("The lecturer's window is not showing the decision boundary (Explore on my own draws it "
                  "from the lecturer's network)");
    if (isApplicable())
        return {};
    return needsTwoInputsText();
}

DecisionBoundaryView::Layout DecisionBoundaryView::layout() const
{
    Layout l;
    const double shortSide = std::min(width(), height());
    // At least 11 pt, for the back of the lecture hall; larger as the view grows.
    l.font = font();
    l.font.setPointSizeF(std::clamp(shortSide / 38.0, 11.0, 14.0));
    const QFontMetricsF metrics(l.font);
    l.lineHeight = metrics.height();
    l.ascent = metrics.ascent();
    l.tickLength = std::round(l.lineHeight * 0.3);
    const double margin = std::round(l.lineHeight * 0.5);
    const double gap = std::round(l.lineHeight * 0.25);

    l.x1Ticks = niceTicks(m_extent.x1Min, m_extent.x1Max, 5);
    l.x2Ticks = niceTicks(m_extent.x2Min, m_extent.x2Max, 5);
    double tickLabelWidth = 0.0;
    for (double v : l.x2Ticks.values)
        tickLabelWidth =
            std::max(tickLabelWidth, metrics.horizontalAdvance(tickLabel(v, l.x2Ticks.decimals)));
    const double x2NameWidth = metrics.horizontalAdvance(axisName(m_dataset, 1));

    const double barWidth = std::round(l.lineHeight * 0.75);
    const double barLabelWidth = std::max(metrics.horizontalAdvance(QStringLiteral("0.5")),
                                          metrics.horizontalAdvance(axisName(m_dataset, 0)));
    const double left = margin + std::max(tickLabelWidth, x2NameWidth * 0.5) + gap + l.tickLength;
    const double barGap = std::round(1.1 * l.lineHeight);
    const double right = barGap + barWidth + gap + barLabelWidth + margin;
    const double top = margin + l.lineHeight + gap;
    const double bottom = l.tickLength + gap + l.lineHeight + l.lineHeight * 0.8 + l.lineHeight + margin;
    const double side = std::max(40.0, std::floor(std::min(width() - left - right, height() - top - bottom)));
    const double originX = std::round((width() - (left + side + right)) / 2.0 + left);
    const double originY = std::round((height() - (top + side + bottom)) / 2.0 + top);
    l.plot = QRectF(originX, originY, side, side);
    const double barTop = l.plot.top() + l.lineHeight * 0.2;
    l.bar = QRectF(l.plot.right() + barGap, barTop, barWidth, std::max(20.0, l.plot.height() * 0.62));
    l.legendBaseline = l.plot.bottom() + l.tickLength + gap + l.lineHeight + l.lineHeight * 0.8 + l.ascent;
    l.pointRadius = std::clamp(side / 78.0, 3.0, 6.5);
    return l;
}

QRectF DecisionBoundaryView::plotArea() const
{
    return layout().plot;
}

QPointF DecisionBoundaryView::toWidget(QPointF dataPoint) const
{
    const QRectF plot = plotArea();
    return {plot.left() + (dataPoint.x() - m_extent.x1Min) / (m_extent.x1Max - m_extent.x1Min) * plot.width(),
            plot.bottom() -
                (dataPoint.y() - m_extent.x2Min) / (m_extent.x2Max - m_extent.x2Min) * plot.height()};
}

QPointF DecisionBoundaryView::toData(QPointF widgetPoint) const
{
    const QRectF plot = plotArea();
    return {m_extent.x1Min +
                (widgetPoint.x() - plot.left()) / plot.width() * (m_extent.x1Max - m_extent.x1Min),
            m_extent.x2Min +
                (plot.bottom() - widgetPoint.y()) / plot.height() * (m_extent.x2Max - m_extent.x2Min)};
}

void DecisionBoundaryView::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette::canvasColor());
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QString text = note();
    if (!text.isEmpty()) {
        paintNote(painter, text);
        return;
    }
    const Layout l = layout();
    painter.setFont(l.font);
    paintPlot(painter, l);
    paintPoints(painter, l);
    paintAxes(painter, l);
    paintColourBar(painter, l);
    paintLegend(painter, l);
}

void DecisionBoundaryView::paintNote(QPainter &painter, const QString &text) const
{
    QFont headline = font();
    headline.setPointSizeF(std::clamp(std::min(width(), height()) / 34.0, 12.0, 16.0));
    headline.setWeight(QFont::DemiBold);
    QFont detailFont = font();
    detailFont.setPointSizeF(std::max(11.0, headline.pointSizeF() * 0.82));

    QString detail;
    if (m_dataset && !isApplicable()) {
        const QString name = QString::fromStdString(m_dataset->name);
        const QString shape =
            tr("%1 and %2")
                .arg(countText(m_dataset->inputSize(), QT_TR_NOOP("%1 input"), QT_TR_NOOP("%1 inputs")),
                     countText(m_dataset->targetSize(), QT_TR_NOOP("%1 output"), QT_TR_NOOP("%1 outputs")));
        detail = name.isEmpty() ? tr("This dataset has %1.").arg(shape)
                                : tr("\u201C%1\u201D has %2.").arg(name, shape);
        detail += QLatin1Char(' ') + tr("The lessons circle, quadrants, gaussians and spiral have two inputs "
                                        "and one output.");
    }
    const double margin = std::min(width(), height()) * 0.08;
    const QRectF box = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    const int flags = Qt::AlignHCenter | Qt::TextWordWrap;
    const QRectF headBounds = QFontMetricsF(headline).boundingRect(box, flags, text);
    QRectF detailBounds;
    if (!detail.isEmpty())
        detailBounds = QFontMetricsF(detailFont).boundingRect(box, flags, detail);
    const double spacing = detail.isEmpty() ? 0.0 : QFontMetricsF(detailFont).height() * 0.5;
    const double total = headBounds.height() + spacing + detailBounds.height();
    double y = box.center().y() - total / 2.0;

    painter.setFont(headline);
    painter.setPen(palette::inkColor());
    painter.drawText(QRectF(box.left(), y, box.width(), headBounds.height()), flags, text);
    y += headBounds.height() + spacing;
    if (!detail.isEmpty()) {
        painter.setFont(detailFont);
        painter.setPen(palette::faintInkColor().darker(125));
        painter.drawText(QRectF(box.left(), y, box.width(), detailBounds.height()), flags, detail);
    }
}

void DecisionBoundaryView::paintPlot(QPainter &painter, const Layout &l) const
{
    const QRectF plot = l.plot;
    if (m_shown.grid.isEmpty()) {
        painter.fillRect(plot, boundary::outputColor(0.5));
    } else {
        // After a resize the picture is rendered again from the grid (a few milliseconds at
        // 600 px), so it stays sharp instead of being stretched.
        const double ratio = painter.device()->devicePixelRatioF();
        const QSize pixels = (plot.size() * ratio).toSize();
        if (m_display.size() != pixels) {
            m_display = boundary::renderHeatmap(m_shown.grid, pixels);
            m_display.setDevicePixelRatio(ratio);
        }
        painter.drawImage(plot, m_display);
    }

    // Faint white grid lines at the ticks: enough to read a coordinate, quiet behind the data.
    painter.save();
    painter.setClipRect(plot);
    painter.setPen(QPen(withAlpha(palette::canvasColor(), 120), 1.0));
    for (double v : l.x1Ticks.values) {
        const double x = std::round(toWidget({v, 0.0}).x()) + 0.5;
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    for (double v : l.x2Ticks.values) {
        const double y = std::round(toWidget({0.0, v}).y()) + 0.5;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }

    if (!m_shown.contour.empty()) {
        QPainterPath path;
        for (const ContourLine &line : m_shown.contour) {
            path.moveTo(toWidget({line.points.front().x1, line.points.front().x2}));
            for (std::size_t k = 1; k < line.points.size(); ++k)
                path.lineTo(toWidget({line.points[k].x1, line.points[k].x2}));
            if (line.closed)
                path.closeSubpath();
        }
        const double width = std::clamp(plot.width() / 190.0, 1.8, 3.0);
        // A pale halo under the dark line keeps it crisp on both colours of the background.
        painter.setPen(QPen(withAlpha(palette::canvasColor(), 120), width * 2.6, Qt::SolidLine, Qt::RoundCap,
                            Qt::RoundJoin));
        painter.drawPath(path);
        painter.setPen(QPen(palette::inkColor(), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
    }
    painter.restore();

    painter.setPen(QPen(palette::faintInkColor(), 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot.adjusted(0.5, 0.5, -0.5, -0.5));
}

void DecisionBoundaryView::paintPoints(QPainter &painter, const Layout &l) const
{
    const Dataset &data = *m_dataset;
    const double r = l.pointRadius;
    const QColor colours[2] = {boundary::classColor(0), boundary::classColor(1)};
    auto classOf = [](double target) { return target >= 0.5 ? 1 : 0; };

    // Only well-formed columns with finite coordinates are drawn.
    auto count = [](const Matrix &inputs, const Matrix &targets) {
        return inputs.rows() == 2 && targets.rows() == 1 ? std::min(inputs.cols(), targets.cols())
                                                         : Eigen::Index(0);
    };
    auto drawable = [](const Matrix &inputs, Eigen::Index k) {
        return std::isfinite(inputs(0, k)) && std::isfinite(inputs(1, k));
    };

    // Test points first, so that a training point on top of one stays whole.
    const double ringWidth = std::max(1.6, r * 0.42);
    for (Eigen::Index k = 0; k < count(data.testInputs, data.testTargets); ++k) {
        if (!drawable(data.testInputs, k))
            continue;
        const QPointF centre = toWidget({data.testInputs(0, k), data.testInputs(1, k)});
        const QColor colour = colours[classOf(data.testTargets(0, k))];
        // A dark rim outside and inside the coloured ring keeps it legible on its own colour.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(kRingInk, ringWidth + 1.6));
        painter.drawEllipse(centre, r, r);
        painter.setPen(QPen(colour, ringWidth));
        painter.drawEllipse(centre, r, r);
    }
    painter.setPen(QPen(kRingInk, std::max(1.0, r * 0.2)));
    for (Eigen::Index k = 0; k < count(data.inputs, data.targets); ++k) {
        if (!drawable(data.inputs, k))
            continue;
        const QPointF centre = toWidget({data.inputs(0, k), data.inputs(1, k)});
        painter.setBrush(colours[classOf(data.targets(0, k))]);
        painter.drawEllipse(centre, r, r);
    }
}

void DecisionBoundaryView::paintAxes(QPainter &painter, const Layout &l) const
{
    const QFontMetricsF metrics(l.font);
    const QRectF plot = l.plot;
    const QColor ink = palette::inkColor();
    const double gap = std::round(l.lineHeight * 0.25);

    painter.setPen(QPen(palette::faintInkColor(), 1.0));
    for (double v : l.x1Ticks.values) {
        const double x = std::round(toWidget({v, 0.0}).x()) + 0.5;
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + l.tickLength));
    }
    for (double v : l.x2Ticks.values) {
        const double y = std::round(toWidget({0.0, v}).y()) + 0.5;
        painter.drawLine(QPointF(plot.left() - l.tickLength, y), QPointF(plot.left(), y));
    }

    painter.setPen(ink);
    const double x1Baseline = plot.bottom() + l.tickLength + gap + l.ascent;
    for (double v : l.x1Ticks.values) {
        const QString text = tickLabel(v, l.x1Ticks.decimals);
        const double x = toWidget({v, 0.0}).x();
        // The minus sign hangs left, so "−1" and "1" centre their digits on the tick.
        const double shift = v < 0.0 ? metrics.horizontalAdvance(QChar(kMinusSign)) / 2.0 : 0.0;
        painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2.0 - shift / 2.0, x1Baseline), text);
    }
    const double centreOffset = (l.ascent - metrics.descent()) / 2.0;
    for (double v : l.x2Ticks.values) {
        const QString text = tickLabel(v, l.x2Ticks.decimals);
        const double y = toWidget({0.0, v}).y();
        painter.drawText(
            QPointF(plot.left() - l.tickLength - gap - metrics.horizontalAdvance(text), y + centreOffset),
            text);
    }

    // The axis names sit at the far end of each axis, where the values grow.
    QFont nameFont = l.font;
    nameFont.setItalic(false);
    nameFont.setWeight(QFont::DemiBold);
    painter.setFont(nameFont);
    const QFontMetricsF nameMetrics(nameFont);
    const QString x1Name = axisName(m_dataset, 0);
    const QString x2Name = axisName(m_dataset, 1);
    painter.drawText(QPointF(plot.right() + l.tickLength + gap, x1Baseline), x1Name);
    const double x2Width = nameMetrics.horizontalAdvance(x2Name);
    painter.drawText(QPointF(std::max(plot.left() - l.tickLength - gap - x2Width, 2.0),
                             plot.top() - gap - nameMetrics.descent()),
                     x2Name);
    painter.setFont(l.font);
}

void DecisionBoundaryView::paintColourBar(QPainter &painter, const Layout &l) const
{
    const QRectF bar = l.bar;
    const QFontMetricsF metrics(l.font);
    const double gap = std::round(l.lineHeight * 0.25);

    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    constexpr int kStops = 32;
    for (int i = 0; i <= kStops; ++i) {
        const double f = static_cast<double>(i) / kStops;
        gradient.setColorAt(f, boundary::outputColor(f));
    }
    painter.setPen(Qt::NoPen);
    painter.fillRect(bar, gradient);
    painter.setPen(QPen(palette::faintInkColor(), 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));

    // The 0.5 mark is drawn like the boundary line, tying the line in the plot to its value.
    const double middle = std::round(bar.center().y());
    const double lineWidth = std::clamp(l.plot.width() / 190.0, 1.8, 3.0);
    painter.setPen(QPen(palette::inkColor(), lineWidth, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(bar.left() - 3.0, middle), QPointF(bar.right() + 3.0, middle));

    painter.setPen(palette::inkColor());
    const double centreOffset = (l.ascent - metrics.descent()) / 2.0;
    const double x = bar.right() + gap + 3.0;
    painter.drawText(QPointF(x, bar.top() + centreOffset), QStringLiteral("1"));
    painter.drawText(QPointF(x, middle + centreOffset), QStringLiteral("0.5"));
    painter.drawText(QPointF(x, bar.bottom() + centreOffset), QStringLiteral("0"));

    // The bar's name above it, in words where there is room, else the lecture's symbol.
    QFont titleFont = l.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetricsF titleMetrics(titleFont);
    QString title = tr("output");
    const double room = 2.0 * (width() - bar.center().x()) - 4.0;
    if (titleMetrics.horizontalAdvance(title) > room) {
        title = QStringLiteral("a");
        titleFont.setItalic(true);
    }
    painter.setFont(titleFont);
    painter.drawText(QPointF(bar.center().x() - titleMetrics.horizontalAdvance(title) / 2.0,
                             l.plot.top() - gap - titleMetrics.descent()),
                     title);
    painter.setFont(l.font);
}

void DecisionBoundaryView::paintLegend(QPainter &painter, const Layout &l) const
{
    const QFontMetricsF metrics(l.font);
    const double r = std::max(4.0, l.lineHeight * 0.3);
    const double swatchGap = r * 1.1;
    const double itemGap = l.lineHeight * 0.9;

    struct Item {
        enum Shape { Class0, Class1, Separator, Training, Test } shape;
        QString text;
    };
    const Item items[] = {{Item::Class0, tr("class 0")},
                          {Item::Class1, tr("class 1")},
                          {Item::Separator, QString()},
                          {Item::Training, tr("training")},
                          {Item::Test, tr("test")}};
    auto itemWidth = [&](const Item &item) {
        return item.shape == Item::Separator ? 1.0
                                             : 2.0 * r + swatchGap + metrics.horizontalAdvance(item.text);
    };
    double total = 0.0;
    for (const Item &item : items)
        total += itemWidth(item);
    total += itemGap * (std::size(items) - 1);

    double x = std::round(l.plot.center().x() - total / 2.0);
    const double baseline = l.legendBaseline;
    const double centreY = baseline - (l.ascent - metrics.descent()) / 2.0;
    const QColor neutral(120, 124, 128);
    for (const Item &item : items) {
        if (item.shape == Item::Separator) {
            // A thin rule between what the colours mean and what the shapes mean.
            painter.setPen(QPen(palette::faintInkColor(), 1.0));
            const double half = l.lineHeight * 0.4;
            painter.drawLine(QPointF(std::round(x) + 0.5, centreY - half),
                             QPointF(std::round(x) + 0.5, centreY + half));
            x += 1.0 + itemGap;
            continue;
        }
        {
            const QPointF centre(x + r, centreY);
            switch (item.shape) {
            case Item::Class0:
            case Item::Class1:
                painter.setPen(Qt::NoPen);
                painter.setBrush(boundary::classColor(item.shape == Item::Class1 ? 1 : 0));
                painter.drawRoundedRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), r * 0.35,
                                        r * 0.35);
                break;
            case Item::Training:
                painter.setPen(QPen(kRingInk, std::max(1.0, r * 0.2)));
                painter.setBrush(neutral);
                painter.drawEllipse(centre, r, r);
                break;
            case Item::Test:
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(kRingInk, std::max(1.6, r * 0.42) + 1.6));
                painter.drawEllipse(centre, r, r);
                painter.setPen(QPen(QColor(250, 250, 250), std::max(1.6, r * 0.42)));
                painter.drawEllipse(centre, r, r);
                break;
            case Item::Separator: break;
            }
            x += 2.0 * r + swatchGap;
        }
        painter.setPen(palette::inkColor());
        painter.drawText(QPointF(x, baseline), item.text);
        x += metrics.horizontalAdvance(item.text) + itemGap;
    }
}

bool DecisionBoundaryView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = note();
        if (text.isEmpty() && plotArea().contains(help->pos())) {
            const QPointF point = toData(help->pos());
            QString tip =
                QStringLiteral("x = (%1, %2)").arg(formatFixed(point.x(), 2), formatFixed(point.y(), 2));
            const double output = outputAt(point);
            if (!std::isnan(output) || !m_shown.grid.isEmpty())
                tip += QStringLiteral("  \u00B7  a = %1").arg(formatFixed(output, 3));
            QToolTip::showText(help->globalPos(), tip, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace bp::ui
