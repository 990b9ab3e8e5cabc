#include "ui/landscape/loss_landscape_panel.h"

#include "core/analysis/parameter_name.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"
#include "ui/style/wrapping_label.h"

#include <QApplication>
#include <QBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QResizeEvent>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace bp::ui {

namespace {

constexpr double kBodyPoints = 12.0;
// Above this many samples a slice takes long enough that a coarser grid keeps it under a second.
constexpr int kLargeDataSamples = 1000;
constexpr int kGrid = 64;
constexpr int kLargeDataGrid = 40;
// A slice shorter than this never shows its progress bar, so the 8-3-8 does not flicker.
constexpr int kProgressDelayMs = 250;

bool hasParameter(const Network &network, const ParameterIndex &parameter)
{
    return parameterProblem(parameter, network).empty();
}

} // namespace

LossLandscapePanel::LossLandscapePanel(QWidget *parent) : QWidget(parent)
{
    buildUi();
    updateTexts();
}

void LossLandscapePanel::buildUi()
{
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, palette::canvasColor());
    colors.setColor(QPalette::WindowText, palette::inkColor());
    setPalette(colors);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    m_title = wrappingLabel(this);
    m_title->setObjectName(QStringLiteral("landscapeTitle"));
    layout->addWidget(m_title);
    // The plot and its words: one above the other in a tall dock, side by side in a wide, short one.
    m_body = new QBoxLayout(QBoxLayout::TopToBottom);
    m_body->setSpacing(10);
    layout->addLayout(m_body);
    m_view = new LossLandscapeView(this);
    m_view->setAccessibleName(tr("The loss over two weights"));
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_body->addWidget(m_view, 0, Qt::AlignTop);
    auto *words = new QVBoxLayout;
    words->setSpacing(6);
    m_body->addLayout(words, 1);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    words->addWidget(m_progress);
    m_summary = wrappingLabel(this);
    m_summary->setObjectName(QStringLiteral("landscapeSummary"));
    words->addWidget(m_summary);
    m_hint = wrappingLabel(this);
    m_hint->setObjectName(QStringLiteral("landscapeHint"));
    m_hint->setText(
        tr("Every other weight as it is now, over the whole training set. Click two edges in the graph to "
           "choose the weights; click a neuron for its two largest incoming ones; point at the slice for both "
           "weights and E there. The gradient points where E falls fastest here, not necessarily to the "
           "lowest point."));
    words->addWidget(m_hint);
    words->addStretch(1);
    layout->addStretch(1);
    applyFonts();

    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    connect(m_throttle, &QTimer::timeout, this, &LossLandscapePanel::schedule);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_jobs.isRunning())
            return;
        if (m_sinceStart.elapsed() >= kProgressDelayMs) {
            m_progress->setRange(0, m_jobs.total());
            m_progress->setValue(m_jobs.progress());
            m_progress->setFormat(tr("Computing the slice: %p%"));
            m_progress->setVisible(true);
        }
    });
}

void LossLandscapePanel::applyFonts()
{
    QFont body = QApplication::font();
    body.setPointSizeF(std::max(kBodyPoints, body.pointSizeF()) * m_scale);
    m_title->setFont(body);
    m_summary->setFont(body);
    m_view->setFont(body);
    m_progress->setFont(body);
    QFont small = body;
    small.setPointSizeF(body.pointSizeF() * 0.9);
    m_hint->setFont(small);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, palette::mutedInkColor());
    m_hint->setPalette(muted);
}

void LossLandscapePanel::setPresentationScale(double scale)
{
    m_scale = scale;
    applyFonts();
    // Presenting, the plot and its numbers need the room; the how-to is for the desk.
    m_hint->setVisible(scale <= 1.0);
}

void LossLandscapePanel::setGridSize(int gridSize)
{
    m_gridSize = gridSize;
    m_request.reset();
    m_dirty = true;
    schedule();
}

QString LossLandscapePanel::nameOf(const ParameterIndex &parameter) const
{
    return parameter.isBias()
               ? indexedSymbol(QStringLiteral("b"), parameter.layer, parameter.row + 1)
               : indexedSymbol(QStringLiteral("w"), parameter.layer, parameter.row + 1, parameter.column + 1);
}

std::optional<std::pair<ParameterIndex, ParameterIndex>> LossLandscapePanel::weights() const
{
    if (!m_first || !m_second)
        return std::nullopt;
    return std::pair{*m_first, *m_second};
}

void LossLandscapePanel::setSnapshot(const TrainingSnapshot &snapshot)
{
    if (!snapshot.network || !snapshot.dataset)
        return;
    if (m_following) {
        // The lecturer's slice and path are on show; the network is kept for exploring later.
        m_network = snapshot.network;
        m_dataset = snapshot.dataset;
        m_learningRate = snapshot.settings.optimizer.learningRate;
        return;
    }
    if (!m_hasRun || snapshot.runId != m_runId || snapshot.historyRestarted)
        m_paths.clear();
    m_hasRun = true;
    m_runId = snapshot.runId;
    const bool newNetwork = snapshot.network != m_network;
    m_network = snapshot.network;
    m_dataset = snapshot.dataset;
    m_learningRate = snapshot.settings.optimizer.learningRate;
    // An edit of the architecture may take a chosen weight away.
    if (!m_first || !m_second || !hasParameter(*m_network, *m_first) || !hasParameter(*m_network, *m_second))
        chooseDefaultWeights();
    record(0, *m_network);
    showPaths();
    if (newNetwork) {
        m_dirty = true;
        schedule();
    }
}

void LossLandscapePanel::setSelection(const Selection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    if (!m_network || m_following)
        return;
    if (selection.kind == Selection::Kind::Edge) {
        const ParameterIndex clicked{selection.layer, selection.neuron, selection.from};
        if (!hasParameter(*m_network, clicked) || clicked == m_second)
            return;
        // The newest click replaces the older of the two.
        const ParameterIndex kept = m_second ? *m_second : clicked;
        if (kept == clicked)
            return;
        chooseWeights(kept, clicked);
    } else if (selection.kind == Selection::Kind::Neuron && selection.layer >= 1) {
        const auto [first, second] = largestIncomingWeights(*m_network, selection.layer, selection.neuron);
        chooseWeights(first, second);
    }
}

void LossLandscapePanel::setWeights(const ParameterIndex &first, const ParameterIndex &second)
{
    if (m_following)
        return;
    if (m_network &&
        (!hasParameter(*m_network, first) || !hasParameter(*m_network, second) || first == second))
        return;
    chooseWeights(first, second);
}

void LossLandscapePanel::chooseDefaultWeights()
{
    const bool neuron = m_selection.kind == Selection::Kind::Neuron && m_selection.layer >= 1 &&
                        m_selection.layer <= m_network->layerCount() &&
                        m_selection.neuron < m_network->sizes()[static_cast<std::size_t>(m_selection.layer)];
    const auto [first, second] =
        neuron ? largestIncomingWeights(*m_network, m_selection.layer, m_selection.neuron)
               : largestIncomingWeights(*m_network, m_network->layerCount(), 0);
    chooseWeights(first, second);
}

void LossLandscapePanel::chooseWeights(const ParameterIndex &first, const ParameterIndex &second)
{
    if (m_first == first && m_second == second)
        return;
    m_first = first;
    m_second = second;
    m_request.reset();
    // Positions in another plane mean nothing here.
    m_paths.clear();
    if (m_network)
        record(0, *m_network);
    // A slice of the weights no longer chosen is dropped when it arrives.
    m_jobs.cancel();
    m_view->setSlice(nullptr, {}, {});
    showPaths();
    updateTexts();
    m_dirty = true;
    schedule();
}

void LossLandscapePanel::record(quint64 key, const Network &network)
{
    if (!m_first || !m_second || !hasParameter(network, *m_first) || !hasParameter(network, *m_second))
        return;
    Path &path = m_paths[key];
    if (key == 0)
        path.color = palette::inkColor();
    const QPointF point(parameterValue(network, *m_first), parameterValue(network, *m_second));
    if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
        return;
    if (path.points.empty() || path.points.back() != point)
        path.points.push_back(point);
    while (path.points.size() > kPathLength)
        path.points.pop_front();
}

void LossLandscapePanel::setOtherRuns(const std::vector<LandscapeRun> &runs)
{
    // Runs no longer beside this one lose their paths.
    for (auto it = m_paths.begin(); it != m_paths.end();) {
        const bool kept =
            it->first == 0 || std::any_of(runs.begin(), runs.end(),
                                          [&](const LandscapeRun &run) { return run.key == it->first; });
        it = kept ? std::next(it) : m_paths.erase(it);
    }
    for (const LandscapeRun &run : runs) {
        if (!run.network || run.key == 0)
            continue;
        Path &path = m_paths[run.key];
        path.label = run.label;
        path.color = run.color;
        path.penStyle = run.penStyle;
        record(run.key, *run.network);
    }
    showPaths();
}

std::vector<QPointF> LossLandscapePanel::focusPath() const
{
    const auto focus = m_paths.find(0);
    return focus == m_paths.end()
               ? std::vector<QPointF>{}
               : std::vector<QPointF>(focus->second.points.begin(), focus->second.points.end());
}

void LossLandscapePanel::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    m_lecturerShowsNone = false;
    m_jobs.cancel();
    m_throttle->stop();
    m_paths.clear();
    m_request.reset();
    m_failure.clear();
    m_view->setSlice(nullptr, {}, {});
    showPaths();
    if (!following && m_network) {
        // Back on its own, the panel computes the network it has, from where it stands now.
        if (!m_first || !m_second || !hasParameter(*m_network, *m_first) ||
            !hasParameter(*m_network, *m_second))
            chooseDefaultWeights();
        record(0, *m_network);
        showPaths();
        m_dirty = true;
        schedule();
    }
    updateTexts();
}

void LossLandscapePanel::showLecturersLandscape(std::shared_ptr<const LossLandscape> slice,
                                                const std::vector<QPointF> &path)
{
    if (!m_following)
        return;
    m_lecturerShowsNone = !slice;
    m_paths.clear();
    if (slice) {
        m_first = slice->request.first;
        m_second = slice->request.second;
        Path &focus = m_paths[0];
        focus.color = palette::inkColor();
        focus.points.assign(path.begin(), path.end());
        m_view->setSlice(std::move(slice), nameOf(*m_first), nameOf(*m_second));
    } else {
        m_view->setSlice(nullptr, {}, {});
    }
    showPaths();
    updateTexts();
}

std::vector<LandscapePath> LossLandscapePanel::paths() const
{
    std::vector<LandscapePath> result;
    for (const auto &[key, path] : m_paths)
        result.push_back({path.label, path.color, path.penStyle,
                          std::vector<QPointF>(path.points.begin(), path.points.end())});
    return result;
}

void LossLandscapePanel::showPaths()
{
    m_view->setPaths(paths());
}

void LossLandscapePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // In a scroll area the height on offer is the viewport's (the panel may be taller than it).
    const int available = parentWidget() ? parentWidget()->height() : height();
    const int room = available - m_title->sizeHint().height() - 40;
    const bool wide = width() >= 420 && width() >= 1.5 * available && room >= 140;
    if (wide) {
        // The plot as tall as the dock allows, the words beside it.
        const int viewWidth = std::max(240, m_view->widthForHeight(room));
        m_view->setFixedWidth(std::min(viewWidth, width() * 6 / 10));
        m_body->setDirection(QBoxLayout::LeftToRight);
    } else if (m_body->direction() != QBoxLayout::TopToBottom) {
        m_view->setMinimumWidth(0);
        m_view->setMaximumWidth(QWIDGETSIZE_MAX);
        m_body->setDirection(QBoxLayout::TopToBottom);
    }
}

void LossLandscapePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    schedule();
}

void LossLandscapePanel::schedule()
{
    // Nothing is computed for a panel nobody sees (showing it asks again), nor while following.
    if (m_following || !m_dirty || !m_network || !m_first || !m_second || !isVisible() || m_jobs.isRunning())
        return;
    const qint64 wait = m_sinceStart.isValid() ? kMinIntervalMs - m_sinceStart.elapsed() : 0;
    if (wait > 0) {
        if (!m_throttle->isActive())
            m_throttle->start(static_cast<int>(wait));
        return;
    }
    start();
}

void LossLandscapePanel::start()
{
    m_dirty = false;
    ++m_computationCount;
    const Network &network = *m_network;
    const double first = parameterValue(network, *m_first);
    const double second = parameterValue(network, *m_second);
    // The plane stays put while the run moves inside it, so its path can be followed; near an edge
    // it is centred again on the current point.
    if (!m_request || !isWellInside(*m_request, first, second)) {
        const int grid = m_gridSize > 0
                             ? m_gridSize
                             : (m_dataset->sampleCount() > kLargeDataSamples ? kLargeDataGrid : kGrid);
        m_request = centredRequest(network, *m_first, *m_second, grid);
    }
    m_failure.clear();
    m_sinceStart.start();
    m_jobs.start(
        m_request->gridSize * m_request->gridSize,
        [network = m_network, dataset = m_dataset, request = *m_request,
         rate = m_learningRate](BackgroundJob::State &job) -> std::shared_ptr<const LossLandscape> {
            auto slice = std::make_shared<LossLandscape>(computeLossLandscape(
                *network, dataset->inputs, dataset->targets, request, rate, &job.cancel, &job.progress));
            return slice->cancelled ? nullptr : std::move(slice);
        },
        [this](std::shared_ptr<const LossLandscape> slice, const QString &failure) {
            finish(std::move(slice), failure);
        });
    m_progressTimer->start();
}

void LossLandscapePanel::finish(std::shared_ptr<const LossLandscape> slice, const QString &failure)
{
    m_progressTimer->stop();
    m_progress->setVisible(false);
    m_failure = failure;
    if (slice)
        m_view->setSlice(std::move(slice), nameOf(*m_first), nameOf(*m_second));
    updateTexts();
    if (slice || !failure.isEmpty())
        emit sliceShown();
    schedule();
}

QString LossLandscapePanel::summaryText() const
{
    return m_summary->text();
}

void LossLandscapePanel::updateTexts()
{
    if (m_following && m_lecturerShowsNone) {
        m_title->setText(tr("The loss over two weights"));
        m_summary->setText(
            tr("The lecturer's window is not showing the loss over two weights (Explore on my own "
               "computes it from the lecturer's network)"));
        return;
    }
    if (!m_first || !m_second) {
        m_title->setText(tr("The loss over two weights"));
        m_summary->clear();
        return;
    }
    m_title->setText(tr("<b>E over %1 (across) and %2 (up)</b>").arg(nameOf(*m_first), nameOf(*m_second)));
    if (!m_failure.isEmpty()) {
        m_summary->setText(tr("The slice could not be computed: %1").arg(m_failure.toHtmlEscaped()));
        return;
    }
    const std::shared_ptr<const LossLandscape> slice = m_view->slice();
    if (!slice) {
        m_summary->setText(tr("Computing the slice…"));
        return;
    }
    const PlaneStep step = planeStep(*slice);
    QString text =
        tr("Here E = %1. The step −η∇E (η = %2) moves %3 by %4 and %5 by %6: the arrow, %7 long in this "
           "plane.")
            .arg(formatSignificant(slice->currentLoss, 3), formatSignificant(slice->learningRate, 3),
                 nameOf(*m_first), formatSignificant(slice->stepFirst, 3, true), nameOf(*m_second),
                 formatSignificant(slice->stepSecond, 3, true), formatSignificant(step.length, 3));
    if (step.isClipped() && std::isfinite(step.length))
        text += QLatin1Char(' ') + tr("It leaves the slice: the arrow is cut at the edge (two bars across it).");
    text += QLatin1Char(' ');
    if (std::isnan(slice->angleDegrees))
        text += slice->gradientFirst == 0.0 && slice->gradientSecond == 0.0
                    ? tr("The gradient is zero in this plane: the step goes nowhere.")
                    : tr("This is the lowest point of the slice.");
    else
        text += tr("The lowest point of the slice (E = %1, ringed) lies <b>%2°</b> away from the step's "
                   "direction.")
                    .arg(formatSignificant(slice->lowestLoss, 3), formatFixed(slice->angleDegrees, 0));
    m_summary->setText(text);
}

} // namespace bp::ui
