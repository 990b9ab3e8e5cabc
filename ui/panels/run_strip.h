#pragma once

#include "core/training/training_snapshot.h"

#include <QRect>
#include <QWidget>

#include <vector>

class QAbstractButton;
class QToolButton;

namespace bp::ui {

/// The runs side by side (#17) in one compact row above the charts: per run its stroke, its label,
/// its loss and (with a bottleneck) its distinct hidden codes; the run in focus is checked. Short of
/// width it leaves out the codes, then the losses, then puts the runs on more rows: a run's label
/// (η, optimizer) is never cut.
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
    /// Presenter mode: text this many times the window's, and no "Stop comparing" (1 and the button at
    /// the desk).
    void setPresenting(bool on, double textScale);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void focusRequested(int run);
    void stopRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Where the buttons go in `width`, and how many parts of its text each run shows.
    struct Placement {
        int parts = 1;
        std::vector<QRect> buttons;
        QRect stop;
        int height = 0;
    };
    Placement place(int width) const;
    void arrange();

    std::vector<QToolButton *> m_buttons;
    QToolButton *m_stop = nullptr;
    int m_focus = -1;
    double m_textScale = 1.0;
};

} // namespace bp::ui
