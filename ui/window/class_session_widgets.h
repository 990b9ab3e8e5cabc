#pragma once

#include <QDialog>
#include <QWidget>

#include <vector>

class QAbstractButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace bp::ui {

class NetworkView;

/// A follower's place in the menu bar's row, on the right (QMenuBar::setCornerWidget): "Following
/// 192.168.1.20:8765" on the highlight colour, and the button to explore on one's own or to follow
/// again. It costs the window no row of its own: on a 1280 × 720 projector in Italian a bar above the
/// graph pushed the status bar below the screen. The message takes the room the menus leave and is
/// shortened with "…" (whole in the tool tip) where that is too little.
class FollowBar : public QWidget {
    Q_OBJECT

public:
    explicit FollowBar(QWidget *parent = nullptr);

    /// What the bar says now (the connection, a refusal, the host's end).
    void setMessage(const QString &message);
    QString message() const { return m_message; }
    /// The message as drawn now: whole, or shortened with "…" to the room it has.
    QString shownMessage() const;
    /// Exploring: "Follow again" is offered; following: "Explore on my own".
    void setExploring(bool exploring);
    /// After the host ended: only the message (the copy is the student's).
    void setFinal();
    QAbstractButton *exploreButton() const;
    QAbstractButton *followButton() const;

    /// As wide as the message and the button need, no wider than the menu bar leaves beside its
    /// menus; as tall as a menu's title, so that the row keeps its height.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void exploreRequested();
    void followRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMessageInRoom();
    /// Has the menu bar lay the bar out again for its new width.
    void relayout();
    /// The width of the visible button and the spacing before it.
    int buttonsWidth() const;

    QString m_message;
    QLabel *m_text = nullptr;
    QToolButton *m_explore = nullptr;
    QToolButton *m_follow = nullptr;
};

/// The class's answers beside the lecturer's question: how many arrived while the round is open,
/// and after the reveal a histogram of every round ("Vote again" keeps the earlier ones beside it)
/// with the true answer marked.
class ClassTallyView : public QWidget {
    Q_OBJECT

public:
    /// graph: the window's network view, whose presenter scale the tally's type follows.
    explicit ClassTallyView(QWidget *parent = nullptr, NetworkView *graph = nullptr);

    /// The choices of the question and the counts of each round (one vector of counts per round);
    /// correct: the right choice once revealed, else −1.
    void setTally(const QStringList &choices, const std::vector<std::vector<int>> &rounds, int correct);
    void clear();
    /// "12 answers" while open; "round 1: 7 up, 5 down · round 2: …" after the reveal (for tests and
    /// screen readers).
    QString summary() const;
    QPushButton *voteAgainButton() const { return m_voteAgain; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The pixel size of the labels and counts now: presenting, and at the desk on a window as wide
    /// as a 1920 projector's, the presenter minimum of the room (the graph's values keep it too), so
    /// the back row reads them; otherwise a little larger than the window's type.
    int textPixels() const;
    /// How wide the bar of the largest count is drawn now (0 before the reveal).
    int barRoom() const;

signals:
    void voteAgainRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The histogram's parts, for the widget's size now: the labels' column, a bar's height, a
    /// count's width.
    struct Layout {
        int labelWidth = 0;
        int barHeight = 0;
        int rowHeight = 0;
        int countWidth = 0;
        int gap = 0;
    };
    Layout layoutNow() const;
    QFont textFont(double scale = 1.0) const;
    /// After the room changed: the button's type, the size the layout gives the tally.
    void followRoom();

    const NetworkView *m_graph = nullptr;
    QStringList m_choices;
    std::vector<std::vector<int>> m_rounds;
    int m_correct = -1;
    QPushButton *m_voteAgain = nullptr;
};

/// File ▸ Start class session…: the interface (127.0.0.1 included), the port, the code, and the
/// note that the traffic is not encrypted and nothing personal travels.
class StartClassDialog : public QDialog {
    Q_OBJECT

public:
    explicit StartClassDialog(QWidget *parent = nullptr);

    QString address() const;
    quint16 port() const;
    QString code() const;

private:
    QComboBox *m_interfaces = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_code = nullptr;
};

/// File ▸ Join class session…: the host's ADDRESS:PORT and the session code.
class JoinClassDialog : public QDialog {
    Q_OBJECT

public:
    explicit JoinClassDialog(QWidget *parent = nullptr);

    QString hostAndPort() const;
    QString code() const;

private:
    void check();

    QLineEdit *m_host = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

/// A fresh session code (core/session/session_code.h) from the system's randomness.
QString generateSessionCode();

/// "ADDRESS:PORT" split into its parts; false (and a message) when it is not one.
bool splitHostAndPort(const QString &text, QString *address, quint16 *port, QString *problem = nullptr);

} // namespace bp::ui
