#include "ui/teach/prediction_quiz.h"

#include "ui/panels/equation_panel.h"
#include "ui/style/value_format.h"

#include <QApplication>
#include <QFontInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTranslator>
#include <QVBoxLayout>

#include <cmath>

namespace bp::ui {

namespace {

// The sign of Δw as the class sees it: 1 up, 2 down, 0 no change.
int directionOf(double change)
{
    return change > 0.0 ? 1 : change < 0.0 ? 2 : 0;
}

// The weight into neuron j of layer l with the largest |∂E/∂w|, or −1 when none changes.
int strongestIncoming(const Trace &trace, int l, int j)
{
    const Matrix &before = trace.before.layer(l).weights;
    const Matrix &after = trace.after.layer(l).weights;
    const Matrix &gradient = trace.backward[static_cast<std::size_t>(l - 1)].gradWeights;
    int best = -1;
    double bestSize = 0.0;
    for (Eigen::Index k = 0; k < gradient.cols(); ++k) {
        const double size = std::abs(gradient(j, k));
        if (std::isfinite(size) && size > bestSize && directionOf(after(j, k) - before(j, k)) != 0) {
            best = static_cast<int>(k);
            bestSize = size;
        }
    }
    return best;
}

QuizQuestion weightQuestion(const Trace &trace, int phaseIndex, const Selection &selection,
                            std::uint64_t random)
{
    const Network &net = trace.before;
    const int layers = net.layerCount();
    Selection edge;
    edge.kind = Selection::Kind::Edge;
    auto changes = [&](int l, int j, int k) {
        const double d = trace.after.layer(l).weights(j, k) - net.layer(l).weights(j, k);
        return std::isfinite(d) && directionOf(d) != 0;
    };
    bool found = false;
    if (selection.kind == Selection::Kind::Edge && selection.layer >= 1 && selection.layer <= layers &&
        selection.neuron >= 0 && selection.neuron < net.layer(selection.layer).weights.rows() &&
        selection.from >= 0 && selection.from < net.layer(selection.layer).weights.cols() &&
        changes(selection.layer, selection.neuron, selection.from)) {
        edge.layer = selection.layer;
        edge.neuron = selection.neuron;
        edge.from = selection.from;
        found = true;
    } else if (selection.kind == Selection::Kind::Neuron && selection.layer >= 1 &&
               selection.layer <= layers && selection.neuron >= 0 &&
               selection.neuron < net.layer(selection.layer).weights.rows()) {
        const int k = strongestIncoming(trace, selection.layer, selection.neuron);
        if (k >= 0) {
            edge.layer = selection.layer;
            edge.neuron = selection.neuron;
            edge.from = k;
            found = true;
        }
    }
    if (!found) {
        // A neuron picked at random, then its strongest incoming weight (a weight from an input of
        // 0 never changes, and would make a dull question).
        std::vector<std::pair<int, int>> neurons;
        for (int l = 1; l <= layers; ++l)
            for (int j = 0; j < net.sizes()[static_cast<std::size_t>(l)]; ++j)
                neurons.emplace_back(l, j);
        for (std::size_t tries = 0; tries < neurons.size() && !found; ++tries) {
            const auto &[l, j] = neurons[(random + tries) % neurons.size()];
            const int k = strongestIncoming(trace, l, j);
            if (k >= 0) {
                edge.layer = l;
                edge.neuron = j;
                edge.from = k;
                found = true;
            }
        }
    }
    if (!found)
        return {};
    QuizQuestion question;
    question.kind = QuizQuestion::Kind::WeightChangeSign;
    question.phaseIndex = phaseIndex;
    question.subject = edge;
    question.value = trace.after.layer(edge.layer).weights(edge.neuron, edge.from) -
                     net.layer(edge.layer).weights(edge.neuron, edge.from);
    question.answer = directionOf(question.value);
    return question;
}

QuizQuestion deltaQuestion(const Trace &trace, int phaseIndex, const Selection &selection,
                           std::uint64_t random)
{
    const int l = trace.before.layerCount();
    const Matrix &delta = trace.backward[static_cast<std::size_t>(l - 1)].delta;
    const int n = static_cast<int>(delta.rows());
    if (n < 2)
        return {};
    int first = 0;
    if (selection.kind == Selection::Kind::Neuron && selection.layer == l && selection.neuron >= 0 &&
        selection.neuron < n) {
        first = selection.neuron;
    } else {
        for (int j = 1; j < n; ++j)
            if (trace.target(j, 0) > trace.target(first, 0))
                first = j;
    }
    int second = static_cast<int>((static_cast<std::uint64_t>(first) + 1 + random % (n - 1)) % n);
    const double a = std::abs(delta(first, 0));
    const double b = std::abs(delta(second, 0));
    if (!std::isfinite(a) || !std::isfinite(b) || a == b)
        return {};
    QuizQuestion question;
    question.kind = QuizQuestion::Kind::LargerOutputDelta;
    question.phaseIndex = phaseIndex;
    question.subject = {Selection::Kind::Neuron, l, first, 0};
    question.other = {Selection::Kind::Neuron, l, second, 0};
    question.value = delta(first, 0);
    question.otherValue = delta(second, 0);
    question.answer = a > b ? 1 : 2;
    return question;
}

bool traceHolds(const Trace &trace)
{
    const int layers = trace.before.layerCount();
    return layers >= 1 && static_cast<int>(trace.backward.size()) == layers &&
           trace.after.sizes() == trace.before.sizes() && trace.target.cols() >= 1;
}

} // namespace

QuizQuestion quizQuestionFor(const Trace &trace, int phaseIndex, const Selection &selection,
                             std::uint64_t random)
{
    if (phaseIndex < 0 || phaseIndex >= static_cast<int>(trace.phases.size()) || !traceHolds(trace) ||
        !trace.finite)
        return {};
    switch (trace.phases[static_cast<std::size_t>(phaseIndex)].kind) {
    case PhaseKind::Update: return weightQuestion(trace, phaseIndex, selection, random);
    case PhaseKind::OutputError: return deltaQuestion(trace, phaseIndex, selection, random);
    default: return {};
    }
}

QuizQuestion quizQuestionAbout(const Trace &trace, int phaseIndex, QuizQuestion::Kind kind,
                               const Selection &subject, const Selection &other)
{
    if (phaseIndex < 0 || phaseIndex >= static_cast<int>(trace.phases.size()) || !traceHolds(trace))
        return {};
    const int layers = trace.before.layerCount();
    QuizQuestion question;
    question.kind = kind;
    question.phaseIndex = phaseIndex;
    question.subject = subject;
    question.other = other;
    if (kind == QuizQuestion::Kind::WeightChangeSign) {
        const int l = subject.layer;
        if (subject.kind != Selection::Kind::Edge || l < 1 || l > layers || subject.neuron < 0 ||
            subject.neuron >= trace.before.layer(l).weights.rows() || subject.from < 0 ||
            subject.from >= trace.before.layer(l).weights.cols())
            return {};
        question.value = trace.after.layer(l).weights(subject.neuron, subject.from) -
                         trace.before.layer(l).weights(subject.neuron, subject.from);
        question.answer = directionOf(question.value);
        return question;
    }
    const Matrix &delta = trace.backward[static_cast<std::size_t>(layers - 1)].delta;
    auto holds = [&](const Selection &s) {
        return s.kind == Selection::Kind::Neuron && s.layer == layers && s.neuron >= 0 &&
               s.neuron < delta.rows();
    };
    if (kind != QuizQuestion::Kind::LargerOutputDelta || !holds(subject) || !holds(other))
        return {};
    question.value = delta(subject.neuron, 0);
    question.otherValue = delta(other.neuron, 0);
    question.answer = std::abs(question.value) > std::abs(question.otherValue) ? 1 : 2;
    return question;
}

QString quizSymbol(const Selection &subject)
{
    if (subject.kind == Selection::Kind::Edge)
        return indexedSymbol(QStringLiteral("w"), subject.layer, subject.neuron + 1, subject.from + 1);
    return indexedSymbol(QStringLiteral("\u03B4"), subject.layer, subject.neuron + 1);
}

PredictionQuiz::PredictionQuiz(QWidget *window) : QObject(window), m_window(window)
{
    m_prompt = new QWidget(window);
    m_prompt->setObjectName("quizPrompt");
    m_prompt->setAccessibleName(tr("Predict, then reveal: the question for the class"));
    // Highlight colours of the palette, so that the bar stands out in any theme.
    m_prompt->setAutoFillBackground(true);
    m_prompt->setBackgroundRole(QPalette::Highlight);
    m_prompt->setForegroundRole(QPalette::HighlightedText);
    m_row = new QHBoxLayout(m_prompt);
    m_row->setContentsMargins(14, 8, 14, 8);
    auto *texts = new QVBoxLayout;
    m_texts = texts;
    m_text = new QLabel(m_prompt);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::HighlightedText);
    m_hint = new QLabel(m_prompt);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::HighlightedText);
    texts->addWidget(m_text);
    texts->addWidget(m_hint);
    m_row->addLayout(texts, 1);
    m_tally = new QLabel(m_prompt);
    m_tally->setForegroundRole(QPalette::HighlightedText);
    m_tally->setAccessibleName(tr("Predictions so far"));
    m_row->addWidget(m_tally);
    applyFonts();
    m_prompt->hide();
    m_prompt->installEventFilter(this);
}

void PredictionQuiz::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    // The count under the hint: a column of its own beside the text squeezed the question.
    m_row->removeWidget(m_tally);
    m_texts->removeWidget(m_tally);
    if (compact)
        m_texts->addWidget(m_tally);
    else
        m_row->insertWidget(1, m_tally);
    m_row->setContentsMargins(compact ? QMargins(12, 6, 12, 6) : QMargins(14, 8, 14, 8));
    applyFonts();
    fitToWidth();
}

void PredictionQuiz::fitToWidth()
{
    if (m_fitting)
        return;
    m_fitting = true;
    const int inside = m_prompt->width() - m_row->contentsMargins().left() - m_row->contentsMargins().right();
    if (m_compact) {
        // What sits beside the text (the class's tally) goes under it when the text would keep
        // less than a column of about 30 characters of the question's type: beside the tally of a
        // second round the Italian question had 119 px at 1280 × 720 and wrapped into 14 lines.
        int beside = 0;
        for (int i = 0; i < m_row->count(); ++i) {
            const QWidget *widget = m_row->itemAt(i)->widget();
            if (widget && !widget->isHidden())
                beside += widget->sizeHint().width() + m_row->spacing();
        }
        const int column = QFontMetrics(m_text->font()).averageCharWidth() * 30;
        const auto direction =
            beside > 0 && inside - beside < column ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
        if (m_row->direction() != direction)
            m_row->setDirection(direction);
    } else if (m_row->direction() != QBoxLayout::LeftToRight) {
        m_row->setDirection(QBoxLayout::LeftToRight);
    }
    // The window lays its central column out by the bar's minimum, not by the height its wrapped
    // lines need at its width: the graph was squeezed below its own minimum to make room for them.
    // (Compact only: presenter mode and a large window have the height, and keep the bar as before.)
    m_row->activate();
    const int needed =
        m_compact && m_row->hasHeightForWidth() ? m_row->totalHeightForWidth(m_prompt->width()) : 0;
    if (needed != m_prompt->minimumHeight())
        m_prompt->setMinimumHeight(needed);
    m_fitting = false;
}

void PredictionQuiz::setLeastTextPixels(int pixels)
{
    if (pixels == m_leastPixels)
        return;
    m_leastPixels = pixels;
    applyFonts();
}

void PredictionQuiz::applyFonts()
{
    // The question large, the hint and the count in the window's type, none below the least size.
    const auto sized = [this](double scale, QFont::Weight weight) {
        QFont f = m_prompt->font();
        f.setPointSizeF(f.pointSizeF() * scale);
        f.setWeight(weight);
        if (QFontInfo(f).pixelSize() < m_leastPixels)
            f.setPixelSize(m_leastPixels);
        return f;
    };
    m_text->setFont(sized(m_compact ? 1.3 : 1.6, QFont::DemiBold));
    // (At the desk they inherit the window's type, as every label does.)
    for (QLabel *label : {m_hint, m_tally})
        label->setFont(m_leastPixels > 0 ? sized(1.0, QFont::Normal) : QFont());
}

PredictionQuiz::~PredictionQuiz()
{
    qApp->removeEventFilter(this);
}

void PredictionQuiz::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled)
        cancel();
    emit enabledChanged(enabled);
}

bool PredictionQuiz::ask(const Trace &trace, int phaseIndex, const Selection &selection, std::uint64_t random)
{
    if (!m_enabled)
        return false;
    cancel();
    m_question = quizQuestionFor(trace, phaseIndex, selection, random);
    if (!m_question.isValid())
        return false;
    m_pending = true;
    m_posed = false;
    m_guess = 0;
    // Space would start training and Enter press a button: while the class decides, they reveal.
    qApp->installEventFilter(this);
    showQuestion();
    emit asked();
    return true;
}

void PredictionQuiz::pose(const QuizQuestion &question)
{
    cancel();
    if (!question.isValid())
        return;
    m_question = question;
    m_pending = true;
    m_posed = true;
    m_guess = 0;
    qApp->installEventFilter(this);
    showQuestion();
}

std::vector<Selection> PredictionQuiz::concealed() const
{
    if (!m_pending)
        return {};
    if (m_question.kind == QuizQuestion::Kind::LargerOutputDelta)
        return {m_question.subject, m_question.other};
    return {m_question.subject};
}

void PredictionQuiz::recordGuess(int choice)
{
    if (!m_pending || (choice != 1 && choice != 2))
        return;
    // A student answers once a round (the lecturer's count takes the first).
    if (m_posed && m_guess)
        return;
    m_guess = choice;
    showQuestion();
    emit guessed(choice);
}

QString PredictionQuiz::promptText() const
{
    return m_prompt->isVisible() || m_pending ? m_text->text() + '\n' + m_hint->text() : QString();
}

void PredictionQuiz::showQuestion()
{
    const QuizQuestion &q = m_question;
    if (m_posed) {
        // A student's screen: the lecturer's keys and the class's tally are not the student's; the
        // student's own answer goes to the lecturer's count.
        const QStringList choices = choiceLabels();
        m_text->setText(questionLine());
        m_hint->setText(m_guess ? tr("Your answer: %1. Decide before the lecturer reveals it.")
                                      .arg(choices.value(m_guess - 1))
                                : tr("↑ or 1: %1 · ↓ or 2: %2. Decide before the lecturer reveals it.")
                                      .arg(choices.value(0), choices.value(1)));
        m_tally->clear();
        m_prompt->show();
        return;
    }
    QString hint;
    if (q.kind == QuizQuestion::Kind::WeightChangeSign) {
        m_text->setText(tr("Will %1 go up or down? Class, decide — press Space/Enter to reveal.")
                            .arg(quizSymbol(q.subject)));
        hint = tr("↑ or 1: up · ↓ or 2: down records the class's guess. Hint: w ← w − η ∂E/∂w.");
        if (m_guess)
            hint += ' ' + tr("Class says: %1.").arg(m_guess == 1 ? tr("up") : tr("down"));
    } else {
        m_text->setText(tr("Which output δ is larger in size, |%1| or |%2|? Class, decide — press "
                           "Space/Enter to reveal.")
                            .arg(quizSymbol(q.subject), quizSymbol(q.other)));
        hint = tr("↑ or 1: %1 · ↓ or 2: %2 records the class's guess. Hint: (BP1) δᴸ = (aᴸ − t) ⊙ σ′(zᴸ).")
                   .arg(quizSymbol(q.subject), quizSymbol(q.other));
        if (m_guess)
            hint += ' ' + tr("Class says: %1.").arg(quizSymbol(m_guess == 1 ? q.subject : q.other));
    }
    m_hint->setText(hint);
    updateTally();
    m_prompt->show();
}

void PredictionQuiz::reveal()
{
    if (!m_pending)
        return;
    m_pending = false;
    qApp->removeEventFilter(this);
    ++m_revealed;
    const QuizQuestion &q = m_question;
    const bool right = m_guess == q.answer;
    if (m_guess) {
        ++m_guessed;
        if (right)
            ++m_right;
    }
    const QString text = revealText(nullptr);
    m_text->setText(text);
    m_hint->setText(m_posed ? QString() : tr("→ or Page Down goes on. Q turns the quiz off."));
    updateTally();
    m_prompt->show();
    emit revealed();
}

void PredictionQuiz::cancel()
{
    const bool wasPending = m_pending;
    if (m_pending)
        qApp->removeEventFilter(this);
    m_pending = false;
    m_question = {};
    m_guess = 0;
    m_prompt->hide();
    if (wasPending)
        emit dropped();
}

QString PredictionQuiz::say(const char *source, const QTranslator *translation)
{
    if (!translation)
        return tr(source);
    const QString found = translation->translate(staticMetaObject.className(), source);
    return found.isEmpty() ? QString::fromUtf8(source) : found;
}

QString PredictionQuiz::questionLine(const QTranslator *translation) const
{
    const QuizQuestion &q = m_question;
    if (q.kind == QuizQuestion::Kind::WeightChangeSign)
        return say(QT_TR_NOOP("Will %1 go up or down?"), translation).arg(quizSymbol(q.subject));
    if (q.kind == QuizQuestion::Kind::LargerOutputDelta)
        return say(QT_TR_NOOP("Which output δ is larger in size, |%1| or |%2|?"), translation)
            .arg(quizSymbol(q.subject), quizSymbol(q.other));
    return {};
}

QStringList PredictionQuiz::choiceLabels(const QTranslator *translation) const
{
    const QuizQuestion &q = m_question;
    if (q.kind == QuizQuestion::Kind::WeightChangeSign)
        return {say(QT_TR_NOOP("up"), translation), say(QT_TR_NOOP("down"), translation)};
    if (q.kind == QuizQuestion::Kind::LargerOutputDelta)
        return {quizSymbol(q.subject), quizSymbol(q.other)};
    return {};
}

QString PredictionQuiz::revealText(const QTranslator *translation) const
{
    const QuizQuestion &q = m_question;
    QString text;
    if (q.kind == QuizQuestion::Kind::WeightChangeSign) {
        text = say(QT_TR_NOOP("%1 goes %2: Δw = %3"), translation)
                   .arg(quizSymbol(q.subject), choiceLabels(translation).value(q.answer - 1),
                        formatSignificant(q.value, 4, true));
    } else {
        const Selection &larger = q.answer == 1 ? q.subject : q.other;
        text = say(QT_TR_NOOP("%1 is larger: %2 = %3, %4 = %5"), translation)
                   .arg(quizSymbol(larger), quizSymbol(q.subject), EquationPanel::formatValue(q.value),
                        quizSymbol(q.other), EquationPanel::formatValue(q.otherValue));
    }
    if (m_guess)
        text += ' ' + say(m_guess == q.answer ? QT_TR_NOOP("— the class was right.")
                                              : QT_TR_NOOP("— the class was wrong."),
                          translation);
    return text;
}

QString PredictionQuiz::revealLine(const QTranslator *translation) const
{
    return m_pending || !m_question.isValid() ? QString() : revealText(translation);
}

void PredictionQuiz::updateTally()
{
    m_tally->setText(
        m_guessed ? tr("revealed %1 · class right %2 of %3").arg(m_revealed).arg(m_right).arg(m_guessed)
                  : tr("revealed %1").arg(m_revealed));
}

bool PredictionQuiz::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_prompt) {
        if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
            fitToWidth();
        return QObject::eventFilter(watched, event);
    }
    if (!m_pending || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    // Only keys meant for the main window: a dialog keeps its own.
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window->window())
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return QObject::eventFilter(watched, event);
    int action = 0;
    switch (key->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter: action = 3; break;
    case Qt::Key_Up:
    case Qt::Key_1: action = 1; break;
    case Qt::Key_Down:
    case Qt::Key_2: action = 2; break;
    default: return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // Claim the key, so that it arrives as a key press instead of triggering Play.
        event->accept();
        return true;
    }
    if (action == 3 && m_posed)
        return true; // only the lecturer reveals
    if (action == 3)
        reveal();
    else
        recordGuess(action);
    return true;
}

} // namespace bp::ui
