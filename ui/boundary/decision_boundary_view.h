#pragma once

#include "core/data/dataset.h"
#include "core/maths/network.h"
#include "ui/boundary/boundary_grid.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QPointF>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

namespace bp::ui {

/// What one background computation produced, for one network over one extent.
struct BoundaryResult {
    /// The dataset generation the computation started in: a result of an older one is dropped.
    std::uint64_t generation = 0;
    std::shared_ptr<const Network> network;
    BoundaryGrid grid;
    /// The 0.5 level line, in data coordinates, joined into polylines.
    std::vector<ContourLine> contour;
    /// One pixel per grid sample (see boundary::heatmapImage).
    QImage image;
    /// The heatmap at the plot's size in device pixels when the computation started.
    QImage display;
    /// Wall time of the whole computation (predict, contour, colours).
    double milliseconds = 0.0;
};

/// The decision boundary of a network with two inputs and one output: its output over the input
/// plane as a blue–orange background (0 → class 0, 1 → class 1, 0.5 → neutral), the 0.5 level
/// line drawn crisply on top, and the training points (filled) and test points (rings) in their
/// class colours, with axes, a colour bar and a legend.
///
/// The grid is computed off the GUI thread, at most every kMinimumIntervalMs, always for the newest
/// network: networks that arrive meanwhile replace each other, so there is never a backlog and the
/// GUI thread never waits for a result.
class DecisionBoundaryView : public QWidget {
    Q_OBJECT
public:
    /// Samples per axis of the grid (resolution² network evaluations per computation).
    static constexpr int kGridResolution = 100;
    /// Least time between the starts of two computations: at most five a second.
    static constexpr int kMinimumIntervalMs = 200;
    /// The text shown instead of the plot when the dataset does not have two inputs and one output.
    static QString needsTwoInputsText();

    explicit DecisionBoundaryView(QWidget *parent = nullptr);
    /// Waits for a computation in flight (a few milliseconds), which reads no member of the view.
    ~DecisionBoundaryView() override;

    /// The network to show; cheap, may be called 60 times a second. It is used when it has two
    /// inputs and one output and the dataset is two-dimensional too; otherwise nothing is drawn
    /// behind the points.
    void setNetwork(std::shared_ptr<const Network> network);
    /// The points to show and the extent of the plane. A dataset without two inputs and one output
    /// replaces the plot by a note, and nothing is computed. The same dataset again is a no-op; a
    /// new one drops the picture (and any computation in flight) and recomputes for the network.
    void setDataset(std::shared_ptr<const Dataset> dataset);
    const std::shared_ptr<const Network> &network() const { return m_network; }
    const std::shared_ptr<const Dataset> &dataset() const { return m_dataset; }

    /// A class session's follower draws the lecturer's grids (showLecturersGrid) and computes none;
    /// back on its own (false) it computes its network's again.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    /// Follower: the lecturer's grid, drawn as it came (values bit for bit at its samples) over its
    /// extent for the network on show; null or empty: the lecturer's window shows none, and the
    /// view says so.
    void showLecturersGrid(const BoundaryGrid *grid);

    /// True while the picture is behind the newest usable network: a computation runs, or waits
    /// for its turn.
    bool isComputing() const;
    /// The network the current heatmap shows (null when there is none).
    const std::shared_ptr<const Network> &heatmapNetwork() const { return m_shown.network; }
    /// The last computed heatmap, one pixel per grid sample, top row = largest x₂; null when none.
    QImage heatmap() const { return m_shown.image; }
    /// The network output at a point of the input plane, from the last computed grid: exact at the
    /// grid's samples, interpolated between them (see BoundaryGrid::interpolate); NaN when there
    /// is no grid.
    double outputAt(QPointF dataPoint) const;
    /// The last computed grid (empty when none).
    const BoundaryGrid &grid() const { return m_shown.grid; }
    /// The part of the input plane on show.
    PlaneExtent extent() const { return m_extent; }
    /// The note shown instead of the plot; empty while plotting.
    QString note() const;

    /// The square plot area in widget coordinates, and the mapping between it and the plane.
    QRectF plotArea() const;
    QPointF toWidget(QPointF dataPoint) const;
    QPointF toData(QPointF widgetPoint) const;

    /// Test and status hooks: computations started since construction, and how long the last took.
    int computationCount() const { return m_computationCount; }
    double lastComputationMilliseconds() const { return m_shown.milliseconds; }

    QSize sizeHint() const override { return {520, 520}; }
    QSize minimumSizeHint() const override { return {260, 260}; }

signals:
    /// A newly computed heatmap is on show.
    void heatmapUpdated();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout;

    bool isApplicable() const;
    bool fits(const Network *network) const;
    /// True when the newest network is usable and the picture does not show it yet.
    bool isBehind() const;
    void scheduleComputation();
    void startComputation();
    void takeResult();
    Layout layout() const;

    void paintNote(QPainter &painter, const QString &text) const;
    void paintPlot(QPainter &painter, const Layout &layout) const;
    void paintPoints(QPainter &painter, const Layout &layout) const;
    void paintAxes(QPainter &painter, const Layout &layout) const;
    void paintColourBar(QPainter &painter, const Layout &layout) const;
    void paintLegend(QPainter &painter, const Layout &layout) const;

    std::shared_ptr<const Network> m_network;
    std::shared_ptr<const Dataset> m_dataset;
    PlaneExtent m_extent;
    /// Bumped by every new dataset: results computed for an older one are dropped.
    std::uint64_t m_generation = 0;

    BoundaryResult m_shown;
    /// m_shown.display, or a copy rendered again at the plot's size after a resize.
    mutable QImage m_display;
    bool m_running = false;
    int m_computationCount = 0;
    bool m_following = false;
    bool m_lecturerShowsNone = false;

    // One thread of our own: the job never waits behind other users of the global pool.
    QThreadPool m_pool;
    QFutureWatcher<BoundaryResult> m_watcher;
    QTimer m_throttle;
    QElapsedTimer m_sinceLastStart;
};

} // namespace bp::ui
