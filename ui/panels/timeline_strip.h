#pragma once

#include "core/training/timeline.h"

#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

namespace bp::ui {

/// The kept states of the run as a strip under the graph: one slot per state, oldest on the left,
/// the loss drawn along it (logarithmic), and a handle on the state the run is in. Clicking or
/// dragging puts the run back to a state; ←/→ step one state, Home and End go to the first and
/// the newest. It only shows marks and emits intents: the worker keeps the states themselves.
class TimelineStrip : public QWidget {
    Q_OBJECT

public:
    explicit TimelineStrip(QWidget *parent = nullptr);

    /// The kept states, and the one the run was put back to (0: the run is at its newest state).
    void setMarks(std::shared_ptr<const std::vector<TimelineMark>> marks, std::uint64_t position);
    /// Index of the state the handle is on (the newest when the run is live), −1 when there is none.
    int currentIndex() const;
    int markCount() const { return m_marks ? static_cast<int>(m_marks->size()) : 0; }
    /// The centre of a state's slot, in this widget's coordinates (for tests and hovering).
    QPoint slotCentre(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    /// One kept state back or forward from the current one.
    void stepBack();
    void stepForward();

signals:
    /// The teacher asked to put the run back to the kept state with this id.
    void restoreRequested(quint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF track() const;
    int labelWidth() const;
    int indexAt(double x) const;
    void request(int index);

    std::shared_ptr<const std::vector<TimelineMark>> m_marks;
    std::uint64_t m_position = 0;
    // The slot asked for last, shown at once while the worker catches up.
    int m_requested = -1;
};

} // namespace bp::ui
