#pragma once

#include "core/maths/trace.h"
#include "ui/graph/network_scene.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

class QBoxLayout;
class QLabel;
class QTranslator;
class QVBoxLayout;
class QWidget;

namespace bp::ui {

/// One question of "predict, then reveal": a value of the trace the class guesses before it is shown.
struct QuizQuestion {
    enum class Kind {
        None,
        /// Will wˡⱼₖ go up or down in the update? (the sign of Δw = −η ∂E/∂w for SGD)
        WeightChangeSign,
        /// Which of two output δ is larger in size, |δᴸⱼ| or |δᴸₖ|?
        LargerOutputDelta,
    };
    Kind kind = Kind::None;
    /// The phase of the trace the question belongs to.
    int phaseIndex = -1;
    /// The weight (an Edge) or the first output neuron (a Neuron).
    Selection subject;
    /// The second output neuron of LargerOutputDelta.
    Selection other;
    /// 1 = up / the first neuron, 2 = down / the second neuron.
    int answer = 0;
    /// Δw = after − before, or δ of the subject; and δ of the other neuron.
    double value = 0.0;
    double otherValue = 0.0;

    bool isValid() const { return kind != Kind::None; }
};

/// The question to ask when phase `phaseIndex` of the trace is about to be shown, or an invalid one
/// when that phase reveals nothing worth predicting. Before the update: the sign of Δw for the
/// selected weight, else the selected neuron's strongest incoming weight (largest |∂E/∂w|), else a
/// weight picked with `random`; weights that do not change are never asked about. At the output
/// error: which of two output δ is larger in size, the selected output neuron (else the one with
/// the largest target) against another picked with `random`.
QuizQuestion quizQuestionFor(const Trace &trace, int phaseIndex, const Selection &selection,
                             std::uint64_t random);

/// The question of `kind` about these values of the trace (a follower's copy of the lecturer's
/// question: the same subject, its answer read from the same numbers); invalid when the trace does not
/// hold them.
QuizQuestion quizQuestionAbout(const Trace &trace, int phaseIndex, QuizQuestion::Kind kind,
                               const Selection &subject, const Selection &other);

/// "w²₁₃", "δ²₄": the symbol of a question's subject, in the lecture's notation (plain text).
QString quizSymbol(const Selection &subject);

/// Predict, then reveal (Train > Predict then reveal, key Q). While it is on, stepping into the
/// output error or the update first asks the class a question, with the value hidden ("?") in the
/// graph and the equation panel; Space or Enter reveals it. ↑/1 and ↓/2 record the class's guess,
/// so that the prompt can keep a tally. The window asks it at each phase and draws what
/// concealed() returns.
class PredictionQuiz : public QObject {
    Q_OBJECT

public:
    /// `window` receives the keys; the prompt is a bar the window places above the graph.
    explicit PredictionQuiz(QWidget *window);
    ~PredictionQuiz() override;

    /// The bar with the question, the hint and the tally (hidden when there is nothing to say).
    QWidget *prompt() const { return m_prompt; }

    /// The least pixel size of every text in the bar (presenting: the room's presenter minimum, so
    /// that the back row reads the hint and the count too); 0: the window's own sizes.
    void setLeastTextPixels(int pixels);

    /// Compact, for the desk on a small projector: the question in somewhat smaller type, the count
    /// under the hint, and what sits beside the text (the class's tally) under it instead when the
    /// text would keep less than a readable column. Either way the bar is as tall as its text needs.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    /// Poses the question of this phase, when quiz mode is on and the phase has one; true when a
    /// question now waits for its reveal.
    bool ask(const Trace &trace, int phaseIndex, const Selection &selection, std::uint64_t random);
    /// Poses a question the lecturer asked, on a follower's screen: its value hidden until reveal(),
    /// with no keys of its own (the lecturer reveals).
    void pose(const QuizQuestion &question);
    /// True while a question waits for its reveal.
    bool isPending() const { return m_pending; }
    const QuizQuestion &question() const { return m_question; }
    /// The values to draw as "?" now (empty unless a question is pending).
    std::vector<Selection> concealed() const;

    /// The class's guess (1 = up / first, 2 = down / second; 0 = none).
    void recordGuess(int choice);
    int guess() const { return m_guess; }

    int revealedCount() const { return m_revealed; }
    int guessedCount() const { return m_guessed; }
    int rightCount() const { return m_right; }

    /// The question's text on show, for tests.
    QString promptText() const;
    /// The question in a line for the students ("Will w²₁₃ go up or down?") and its choices, in the
    /// order of the answer's numbers (1, 2); after the reveal, the line that says why (the text the
    /// prompt shows). In the window's language, or in the language of `translation` (a translator
    /// not installed in the application: a student's language; words it lacks stay English).
    QString questionLine(const QTranslator *translation = nullptr) const;
    QStringList choiceLabels(const QTranslator *translation = nullptr) const;
    QString revealLine(const QTranslator *translation = nullptr) const;

public slots:
    /// Shows the hidden value and says whether the class was right.
    void reveal();
    /// Drops a pending question without counting it (the phase or the step changed under it), and
    /// hides the prompt.
    void cancel();

signals:
    /// A question was posed by ask() (the class session sends it to the students).
    void asked();
    /// A question was revealed; the window draws the value and goes on.
    void revealed();
    /// A pending question was dropped before its reveal.
    void dropped();
    /// A guess was recorded (1 = up / the first, 2 = down / the second).
    void guessed(int choice);
    /// Quiz mode was switched on or off.
    void enabledChanged(bool enabled);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showQuestion();
    void updateTally();
    void applyFonts();
    /// Beside or under, and the bar's least height: what its wrapped lines need at its width.
    void fitToWidth();
    QString revealText(const QTranslator *translation) const;
    static QString say(const char *source, const QTranslator *translation);

    QWidget *m_window = nullptr;
    QWidget *m_prompt = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_tally = nullptr;
    QBoxLayout *m_row = nullptr;
    QVBoxLayout *m_texts = nullptr;
    int m_leastPixels = 0;
    bool m_compact = false;
    bool m_fitting = false;
    bool m_enabled = false;
    bool m_pending = false;
    /// The question was posed by the lecturer's window (pose()), not asked here.
    bool m_posed = false;
    QuizQuestion m_question;
    int m_guess = 0;
    int m_revealed = 0;
    int m_guessed = 0;
    int m_right = 0;
};

} // namespace bp::ui
