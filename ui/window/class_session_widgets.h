#pragma once

#include <QDialog>
#include <QImage>
#include <QWidget>

#include <vector>

class QAbstractButton;
class QComboBox;
class QMouseEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;
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

/// The QR code of text as an image of one pixel per module, with the standard quiet zone of four
/// modules, black on white; a null image when libqrencode cannot encode it.
QImage qrCodeImage(const QString &text);

/// How to join, on the projector: the QR code of the page (drawn at a whole number of pixels per
/// module, so it stays crisp), the address in large type, the code and the students connected.
class JoinCard : public QWidget {
    Q_OBJECT

public:
    /// Over `parent` (the window), on `graph` where it finds room (the graph is the parent when
    /// none is given).
    explicit JoinCard(QWidget *parent = nullptr, QWidget *graph = nullptr);
    /// Widgets the card never covers while they are shown (the question the class answers).
    void keepVisible(QWidget *widget) { m_kept.append(widget); }

    void setDetails(const QString &pageUrl, const QString &code);
    void setCounts(int phones, int followers);
    QString pageUrl() const { return m_url; }
    QString code() const { return m_code; }
    QString countsText() const;
    /// Pixels per module of the QR code as drawn now.
    int moduleSize() const;
    /// Large: the QR code as large as the free room of the graph allows; where the room is small,
    /// the QR code with the code beside it and the address beneath. Compact: the address, the code
    /// and the counts only. A click toggles. Every form covers no neuron and no value of the graph
    /// where any place allows it.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    /// Places the card over its parent (the graph) for the parent's size and what it shows now.
    void place();
    /// The lines of text as the last paint drew them (the counts wrapped, never elided), for tests.
    QStringList drawnLines() const { return m_drawn; }
    /// The lowest pixel row of text the last paint drew.
    int drawnTextBottom() const { return m_drawnBottom; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// How the card is laid out now: the QR code above the text, the QR code beside the code (the
    /// address and counts beneath), or the text alone.
    enum class Form { Large, Small, Text };
    QRect qrRect() const;
    /// The font of a line; with a width, shrunk (not below the window's type) to fit it.
    QFont lineFont(int line, int width = 0) const;
    QStringList lines() const;
    int textHeight(int width = 0) const;
    /// The counts with breaks allowed only between its parts ("1 connected ·" / "0 in the app").
    QString wrappableCounts() const;
    /// The height of the counts within `width` (0: on one line), wrapped between their parts.
    int countsHeight(int width) const;
    /// A line's width in its font, or in the window's type (the least it may shrink to).
    int lineWidth(int line, bool least = false) const;
    /// The card's size in `form` with `module` pixels per module of the QR code.
    QSize sizeFor(Form form, int module) const;
    /// The neurons and values of the graph, and the widgets kept visible, in the parent's
    /// coordinates.
    QList<QRect> graphValues() const;
    /// After the graph repainted: places the card again if it now covers a value.
    void follow();

    QString m_url;
    QString m_code;
    QImage m_qr;
    int m_phones = 0;
    int m_followers = 0;
    bool m_compact = false;
    Form m_form = Form::Large;
    int m_module = 0;
    QTimer *m_follow = nullptr;
    QWidget *m_graph = nullptr;
    QList<QWidget *> m_kept;
    QStringList m_drawn;
    int m_drawnBottom = 0;
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
