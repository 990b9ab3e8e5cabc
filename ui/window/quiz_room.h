#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace bp::ui {

class PredictionQuiz;

/// What gives way for the question's bar on a small projector (a window narrower than
/// RoomLayout::kNarrowWidth or shorter than kShortHeight: 1024 × 768, 1280 × 720). The bar with the
/// question, the hint and the class's tally needs 80–210 lines there, and the graph keeps its own
/// least height: without a window manager the window grew past the screen (1280 × 774 in Italian at
/// the desk at 1280 × 720) and the status line left it; presenting at 1024 × 768 the question was cut
/// and the graph, squeezed under it, printed no value. While the bar shows, the timeline strip and
/// the charts under the graph (presenting, the compact loss chart) are put away: what the class
/// reasons from, the graph and the equation, stays. On a narrow window at the desk the samples'
/// column gives its width and the equation moves from under the graph to the right, so the graph
/// keeps the width it had and the bar gets the height. The bar is compact. When the bar goes, the
/// layout comes back as it was.
class QuizRoom : public QObject {
    Q_OBJECT

public:
    struct Parts {
        QMainWindow *window = nullptr;
        PredictionQuiz *quiz = nullptr;
        QWidget *timeline = nullptr;
        /// Stays, with the panels tabbed with it.
        QDockWidget *equation = nullptr;
        /// Moves the equation (and its tabs) to the right column.
        std::function<void()> putEquationRight;
        /// After the layout came back: the window's arrangement for its size is taken as it is.
        std::function<void()> layoutRestored;
    };

    explicit QuizRoom(const Parts &parts);

    /// Puts the panels away or back for the bar and the window as they are now (after a resize or
    /// a change of presenter mode).
    void update();
    /// The docks and strips back as they were (before presenter mode saves the layout, and before
    /// the layout is saved on closing).
    void giveBack();
    /// True while panels are put away for the bar.
    bool isMakingRoom() const { return m_making; }
    /// The panels and strips put away now.
    QList<QWidget *> putAway() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool wanted() const;
    void makeRoom();

    Parts m_parts;
    bool m_making = false;
    /// The docks as they were before the bar came.
    QByteArray m_layoutBefore;
    QList<QPointer<QWidget>> m_hidden;
};

} // namespace bp::ui
