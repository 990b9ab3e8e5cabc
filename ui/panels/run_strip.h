#pragma once

#include "core/training/training_snapshot.h"

#include <QWidget>

class QAbstractButton;
class QHBoxLayout;
class QToolButton;

namespace bp::ui {

/// The runs side by side (#17) in one compact row above the charts: per run its stroke, its label,
/// its loss and (with a bottleneck) its distinct hidden codes; the run in focus is checked.
/// Clicking another run asks to put it in focus; "Stop comparing" keeps the focus alone. Hidden
/// while the run is alone.
class RunStrip : public QWidget {
    Q_OBJECT

public:
    explicit RunStrip(QWidget *parent = nullptr);

    void showRuns(const TrainingSnapshot &snapshot);
    int runCount() const { return static_cast<int>(m_buttons.size()); }
    /// The button of run `run` (0 = the original), or null.
    QAbstractButton *runButton(int run) const;
    QAbstractButton *stopButton() const;
    /// Text this many times the window's (presenter mode), 1 at the desk.
    void setTextScale(double scale);

signals:
    void focusRequested(int run);
    void stopRequested();

private:
    QHBoxLayout *m_layout = nullptr;
    std::vector<QToolButton *> m_buttons;
    QToolButton *m_stop = nullptr;
    int m_focus = -1;
    double m_textScale = 1.0;
};

} // namespace bp::ui
