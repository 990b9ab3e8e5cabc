#pragma once

#include "core/analysis/loss_landscape.h"
#include "core/training/training_snapshot.h"
#include "ui/jobs/background_job.h"
#include "ui/landscape/loss_landscape_view.h"
#include "ui/style/selection.h"

#include <QElapsedTimer>
#include <QWidget>

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QBoxLayout;
class QLabel;
class QProgressBar;
class QTimer;

namespace bp::ui {

/// A run beside the one in focus (runs side by side): its newest network, for its path.
struct LandscapeRun {
    /// Any number but 0 (the run in focus), the same for a run from call to call.
    quint64 key = 0;
    QString label;
    /// The run's line, as the charts draw it (runs side by side: ui/style/run_style.h).
    QColor color;
    Qt::PenStyle penStyle = Qt::DotLine;
    std::shared_ptr<const bp::Network> network;
};

/// "The loss over two weights": E over a grid of two weights of the network on show (every other
/// weight as it is, the whole training set), as a filled contour with its legend, the current point,
/// the step −η∇E, the way to the slice's lowest point and the angle between them, and the path each
/// run has taken through the plane.
///
/// The slice is computed on a worker thread from the newest network, at most kMinIntervalMs apart
/// and never while the panel is hidden; a slice of weights no longer chosen is dropped. The weights
/// follow the graph: a click on an edge replaces the older of the two, a click on a neuron takes its
/// two largest incoming weights (also the default, for output neuron 1).
class LossLandscapePanel : public QWidget {
    Q_OBJECT
public:
    /// At most about three slices a second while training runs.
    static constexpr int kMinIntervalMs = 300;
    /// Recent positions kept per run.
    static constexpr std::size_t kPathLength = 400;

    explicit LossLandscapePanel(QWidget *parent = nullptr);

    /// The run on show: its network moves the current point and its path, and asks for a new slice.
    void setSnapshot(const TrainingSnapshot &snapshot);
    /// The graph's selection: an edge or a neuron chooses the weights (see the class comment).
    void setSelection(const Selection &selection);
    /// Chooses the two weights (a lesson does); ignored when the network on show lacks either.
    void setWeights(const ParameterIndex &first, const ParameterIndex &second);
    /// The runs beside the one in focus; each call adds their current positions to their paths.
    void setOtherRuns(const std::vector<LandscapeRun> &runs);
    /// Grid points per axis of the next slices (default 64; 40 for more than 1000 samples).
    void setGridSize(int gridSize);
    /// Enlarges the text (presenter mode).
    void setPresentationScale(double scale);

    /// A class session's follower draws the lecturer's slice and path (showLecturersLandscape) and
    /// computes none; back on its own (false) it computes its network's again.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    /// Follower: the lecturer's slice and the path of its run through that plane, drawn as they came;
    /// a null slice: the lecturer's window shows none, and the panel says so.
    void showLecturersLandscape(std::shared_ptr<const LossLandscape> slice, const std::vector<QPointF> &path);
    /// The path of the run in focus (oldest first), as the lecturer's panel sends it.
    std::vector<QPointF> focusPath() const;
    /// Slices started since construction (tests: a follower starts none).
    int computationCount() const { return m_computationCount; }

    std::optional<std::pair<ParameterIndex, ParameterIndex>> weights() const;
    /// The slice on show (null before the first).
    std::shared_ptr<const LossLandscape> slice() const { return m_view->slice(); }
    bool isComputing() const { return m_jobs.isRunning(); }
    LossLandscapeView *view() const { return m_view; }
    QString summaryText() const;
    /// The paths on show, the run in focus first.
    std::vector<LandscapePath> paths() const;

signals:
    /// A new slice is on show.
    void sliceShown();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Path {
        QString label;
        QColor color;
        Qt::PenStyle penStyle = Qt::SolidLine;
        std::deque<QPointF> points;
    };

    void buildUi();
    void chooseWeights(const ParameterIndex &first, const ParameterIndex &second);
    void chooseDefaultWeights();
    void record(quint64 key, const Network &network);
    void schedule();
    void start();
    void finish(std::shared_ptr<const LossLandscape> slice, const QString &failure);
    void showPaths();
    void updateTexts();
    void applyFonts();
    QString nameOf(const ParameterIndex &parameter) const;

    std::shared_ptr<const Network> m_network;
    std::shared_ptr<const Dataset> m_dataset;
    double m_learningRate = 0.5;
    std::uint64_t m_runId = 0;
    bool m_hasRun = false;
    Selection m_selection;
    std::optional<ParameterIndex> m_first, m_second;
    std::optional<LandscapeRequest> m_request;
    int m_gridSize = 0;
    double m_scale = 1.0;
    std::map<quint64, Path> m_paths;

    bool m_dirty = false;
    bool m_following = false;
    bool m_lecturerShowsNone = false;
    int m_computationCount = 0;
    // Destroyed with the panel: it cancels a slice still running and waits for its thread.
    BackgroundJob m_jobs;
    QElapsedTimer m_sinceStart;
    QString m_failure;

    QBoxLayout *m_body = nullptr;
    LossLandscapeView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_hint = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_throttle = nullptr;
    QTimer *m_progressTimer = nullptr;
};

} // namespace bp::ui
