#include "ui/teach/guided_lesson.h"

#include "core/maths/activation.h"
#include "ui/panels/equation_panel.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"
#include "ui/teach/card_place.h"

#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bp::ui {

/// The veil: dims the whole window except the target, which it outlines, with an arrow from the
/// card. It lets every click through, so the window stays usable while the lesson runs.
class GuideVeil : public QWidget {
public:
    explicit GuideVeil(QWidget *parent) : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

    void setShape(const QRect &target, const QRect &card)
    {
        m_target = target;
        m_card = card;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath veil;
        veil.addRect(QRectF(rect()));
        QPainterPath hole;
        hole.addRoundedRect(QRectF(m_target), 8, 8);
        painter.fillPath(veil.subtracted(hole), palette::guideVeilColor());
        if (m_target.isEmpty())
            return;
        QPen pen(palette::guideOutlineColor(), 4);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(m_target).adjusted(-2, -2, 2, 2), 8, 8);
        // An arrow from the card to the outline, when they are apart.
        if (m_card.isEmpty() || m_card.intersects(m_target))
            return;
        const QPointF from = nearestPoint(QRectF(m_card), QRectF(m_target).center());
        const QPointF to = nearestPoint(QRectF(m_target).adjusted(-6, -6, 6, 6), from);
        const QLineF line(from, to);
        if (line.length() < 16)
            return;
        pen.setWidth(3);
        painter.setPen(pen);
        painter.drawLine(line);
        const double angle = std::atan2(-line.dy(), line.dx());
        const double head = 14;
        const QPointF left = to - QPointF(std::cos(angle - 0.45) * head, -std::sin(angle - 0.45) * head);
        const QPointF right = to - QPointF(std::cos(angle + 0.45) * head, -std::sin(angle + 0.45) * head);
        painter.setBrush(palette::guideOutlineColor());
        painter.drawPolygon(QPolygonF({to, left, right}));
    }

private:
    static QPointF nearestPoint(const QRectF &r, QPointF p)
    {
        return {std::clamp(p.x(), r.left(), r.right()), std::clamp(p.y(), r.top(), r.bottom())};
    }

    QRect m_target;
    QRect m_card;
};

namespace {

QString sym(const QString &symbol, int layer, int first, int second = -1)
{
    return "<i>" + indexedSymbol(symbol, layer, first, second) + "</i>";
}

QString num(double value)
{
    return EquationPanel::formatValue(value);
}

// A factor in a product: negative numbers in parentheses, as the equation panel writes them.
QString factor(double value)
{
    return value < 0 ? "(" + num(value) + ")" : num(value);
}

// The output neuron whose target is 1: the pattern's own bit.
int hotOutput(const Trace &trace)
{
    int best = 0;
    for (Eigen::Index j = 1; j < trace.target.rows(); ++j)
        if (trace.target(j, 0) > trace.target(best, 0))
            best = static_cast<int>(j);
    return best;
}

// The hidden neuron with the largest |δ¹|: the one whose BP2 says most.
int busiestHidden(const Trace &trace)
{
    const Matrix &delta = trace.backward.front().delta;
    int best = 0;
    for (Eigen::Index j = 1; j < delta.rows(); ++j)
        if (std::abs(delta(j, 0)) > std::abs(delta(best, 0)))
            best = static_cast<int>(j);
    return best;
}

// The weight into the hot output with the largest |∂E/∂w|.
Selection strongestIntoHot(const Trace &trace)
{
    const int l = trace.before.layerCount();
    const int j = hotOutput(trace);
    const Matrix &g = trace.backward[static_cast<std::size_t>(l - 1)].gradWeights;
    int k = 0;
    for (Eigen::Index c = 1; c < g.cols(); ++c)
        if (std::abs(g(j, c)) > std::abs(g(j, k)))
            k = static_cast<int>(c);
    return {Selection::Kind::Edge, l, j, k};
}

bool fits(const Trace *trace, const Selection &s)
{
    if (!trace || s.layer < 1 || s.layer > trace->before.layerCount() ||
        static_cast<int>(trace->forward.size()) != trace->before.layerCount())
        return false;
    const Layer &layer = trace->before.layer(s.layer);
    return s.neuron >= 0 && s.neuron < layer.weights.rows() &&
           (s.kind != Selection::Kind::Edge || (s.from >= 0 && s.from < layer.weights.cols()));
}

} // namespace

std::vector<GuideStep> GuidedLesson::lessonSteps()
{
    std::vector<GuideStep> steps;
    auto add = [&](GuideStep step) { steps.push_back(std::move(step)); };
    auto phase = [](PhaseKind kind, int layer) { return Phase{kind, layer}; };

    add({tr("A guided first lesson"),
         GuideTarget::Graph,
         0,
         0,
         false,
         {},
         {},
         [](const Trace *, const Selection &) {
             return tr("In a dozen short steps we follow one sample through the lecture's 8-3-8 "
                       "autoencoder: the forward pass, the output error, the backward pass and the "
                       "update. The window moves along with the text.<br><br><b>→</b> or <b>Enter</b>: "
                       "next · <b>←</b>: back · <b>Esc</b>: close. <i>Help › Guided first lesson</i> "
                       "brings it back at any time.");
         }});
    add({tr("The network"), GuideTarget::Graph, 0, 0, false, {}, {}, [](const Trace *, const Selection &) {
             return tr("Eight inputs, three hidden neurons, eight outputs. The network must copy its "
                       "input to its output through only three neurons, so it has to invent a 3-bit "
                       "code.<br><br>Each circle is a neuron; each line a weight <i>w</i><sup>l</sup>"
                       "<sub>jk</sub> from neuron k of layer l−1 to neuron j of layer l, orange for "
                       "positive and blue for negative.");
         }});
    add({tr("The samples"), GuideTarget::Samples, 0, 0, false, {}, {}, [](const Trace *, const Selection &) {
             return tr("The eight patterns: each has a single 1 among 0s, and its target <i>t</i> is "
                       "the pattern itself. As the network learns, the table fills with the hidden "
                       "code each pattern gets. We follow the highlighted sample.");
         }});
    add({tr("Forward pass, layer 1"), GuideTarget::GraphLayers, 0, 1, true, phase(PhaseKind::Forward, 1),
         [](const Trace &) {
             return Selection{Selection::Kind::Neuron, 1, 0, 0};
         },
         [](const Trace *trace, const Selection &s) {
             QString text = tr("Every hidden neuron weighs the inputs and squashes the sum:<br>"
                               "<b><i>z</i><sup>1</sup> = <i>W</i><sup>1</sup><i>a</i><sup>0</sup> + "
                               "<i>b</i><sup>1</sup>, &nbsp;<i>a</i><sup>1</sup> = σ(<i>z</i><sup>1</sup>)"
                               "</b>, with <i>a</i><sup>0</sup> = <i>x</i>, the input.");
             if (fits(trace, s) && s.layer == 1) {
                 const auto &f = trace->forward[0];
                 text += "<br><br>" + tr("For the selected neuron: %1 = %2, %3 = σ(%1) = %4.")
                                          .arg(sym("z", 1, s.neuron + 1), num(f.weightedInput(s.neuron, 0)),
                                               sym("a", 1, s.neuron + 1), num(f.activation(s.neuron, 0)));
             }
             return text;
         }});
    add({tr("Forward pass, layer 2"), GuideTarget::GraphLayers, 1, 2, true, phase(PhaseKind::Forward, 2),
         [](const Trace &t) {
             return Selection{Selection::Kind::Neuron, 2, hotOutput(t), 0};
         },
         [](const Trace *trace, const Selection &s) {
             QString text = tr("The same rule one layer on gives the output: <b><i>a</i><sup>2</sup> = "
                               "σ(<i>W</i><sup>2</sup><i>a</i><sup>1</sup> + <i>b</i><sup>2</sup>)</b>, "
                               "the network's answer <i>a</i><sup>L</sup>.");
             if (fits(trace, s) && s.layer == 2)
                 text += "<br><br>" +
                         tr("The selected output should be 1 (its target): it is %1 = %2.")
                             .arg(sym("a", 2, s.neuron + 1), num(trace->forward[1].activation(s.neuron, 0)));
             return text;
         }});
    add({tr("The equation panel"),
         GuideTarget::Equation,
         0,
         0,
         true,
         phase(PhaseKind::Forward, 2),
         {},
         [](const Trace *, const Selection &) {
             return tr("This panel writes the equation of the phase on show, in the lecture's "
                       "notation, with the numbers of the selected neuron filled in. Click any neuron "
                       "or weight in the graph to see its own numbers; below, its z, a, δ and b.");
         }});
    add({tr("The output error (BP1)"), GuideTarget::GraphLayers, 2, 2, true, phase(PhaseKind::OutputError, 2),
         [](const Trace &t) {
             return Selection{Selection::Kind::Neuron, 2, hotOutput(t), 0};
         },
         [](const Trace *trace, const Selection &s) {
             QString text =
                 tr("The error <i>E</i> = ½Σ(<i>a</i><sup>L</sup> − <i>t</i>)² says how wrong "
                    "the output is. Its sensitivity to each output's weighted input is "
                    "<b>δ = ∂<i>E</i>/∂<i>z</i></b>:<br><b>(BP1) δ<sup>L</sup> = (<i>a</i><sup>L</sup>"
                    " − <i>t</i>) ⊙ σ′(<i>z</i><sup>L</sup>)</b>.");
             if (fits(trace, s) && s.layer == 2) {
                 const double a = trace->forward[1].activation(s.neuron, 0);
                 const double z = trace->forward[1].weightedInput(s.neuron, 0);
                 const double t = trace->target(s.neuron, 0);
                 text += "<br>" + tr("Here %1 = (%2 − %3) × %4 = <b>%5</b>; E = %6.")
                                      .arg(sym("δ", 2, s.neuron + 1), num(a), num(t),
                                           num(activationDerivativeAt(trace->before.layer(2).activation, z)),
                                           num(trace->backward[1].delta(s.neuron, 0)), num(trace->loss));
             }
             text += "<br><br>" + tr("<i>Why δ this way:</i> the lecture's slide writes ∂E/∂a<sup>L</sup> = "
                                     "−(a<sup>L</sup> − t), a sign slip that flips its δ. Writing δ = ∂E/∂z "
                                     "keeps one sign everywhere, and one update: w ← w − η ∂E/∂w.");
             return text;
         }});
    add({tr("The backward pass (BP2)"), GuideTarget::GraphLayers, 1, 2, true, phase(PhaseKind::Backward, 1),
         [](const Trace &t) {
             return Selection{Selection::Kind::Neuron, 1, busiestHidden(t), 0};
         },
         [](const Trace *trace, const Selection &s) {
             QString text = tr("Each hidden neuron collects the output δ back along its own weights and "
                               "scales the sum by its slope:<br><b>(BP2) δ<sup>1</sup> = ((<i>W</i><sup>2"
                               "</sup>)<sup>T</sup> δ<sup>2</sup>) ⊙ σ′(<i>z</i><sup>1</sup>)</b>.");
             if (fits(trace, s) && s.layer == 1) {
                 const double z = trace->forward[0].weightedInput(s.neuron, 0);
                 text +=
                     "<br>" + tr("For the selected neuron %1 = <b>%2</b>, with σ′(%3) = %4 — never more "
                                 "than ¼, which is why δ shrinks layer by layer.")
                                  .arg(sym("δ", 1, s.neuron + 1), num(trace->backward[0].delta(s.neuron, 0)),
                                       sym("z", 1, s.neuron + 1),
                                       num(activationDerivativeAt(trace->before.layer(1).activation, z)));
             }
             return text;
         }});
    add({tr("The gradients (BP3, BP4)"), GuideTarget::GraphLayers, 1, 2, true, phase(PhaseKind::Gradients, 2),
         [](const Trace &t) { return strongestIntoHot(t); },
         [](const Trace *trace, const Selection &s) {
             QString text =
                 tr("With δ known, every gradient is one product:<br><b>(BP3) ∂<i>E</i>/∂<i>b</i>"
                    "<sup>l</sup><sub>j</sub> = δ<sup>l</sup><sub>j</sub>, &nbsp;(BP4) ∂<i>E</i>/∂"
                    "<i>w</i><sup>l</sup><sub>jk</sub> = <i>a</i><sup>l−1</sup><sub>k</sub> δ<sup>l"
                    "</sup><sub>j</sub></b>. The edges now show ∂E/∂w.");
             if (fits(trace, s) && s.kind == Selection::Kind::Edge) {
                 const int l = s.layer;
                 const double a = trace->forward[static_cast<std::size_t>(l - 2)].activation(s.from, 0);
                 text += "<br>" +
                         tr("For the selected weight: ∂E/∂%1 = %2 × %3 = <b>%4</b>.")
                             .arg(sym("w", l, s.neuron + 1, s.from + 1), num(a),
                                  factor(trace->backward[static_cast<std::size_t>(l - 1)].delta(s.neuron, 0)),
                                  num(trace->backward[static_cast<std::size_t>(l - 1)].gradWeights(s.neuron,
                                                                                                   s.from)));
             }
             return text;
         }});
    add({tr("The update"), GuideTarget::Graph, 0, 0, true, phase(PhaseKind::Update, 0),
         [](const Trace &t) { return strongestIntoHot(t); },
         [](const Trace *trace, const Selection &s) {
             QString text = tr("Every weight takes a small step against its gradient: <b><i>w</i> ← <i>w</i> "
                               "− η ∂<i>E</i>/∂<i>w</i></b> (and the same for <i>b</i>).");
             if (fits(trace, s) && s.kind == Selection::Kind::Edge) {
                 const int l = s.layer;
                 text += "<br>" +
                         tr("With η = %1: %2 ← %3 − %1 × %4 = <b>%5</b>. The error of this sample "
                            "falls a little; thousands of such steps teach the code.")
                             .arg(num(trace->optimizer.learningRate), sym("w", l, s.neuron + 1, s.from + 1),
                                  num(trace->before.layer(l).weights(s.neuron, s.from)),
                                  factor(trace->backward[static_cast<std::size_t>(l - 1)].gradWeights(
                                      s.neuron, s.from)),
                                  num(trace->after.layer(l).weights(s.neuron, s.from)));
             }
             return text;
         }});
    add({tr("Watch it learn"),
         GuideTarget::Charts,
         0,
         0,
         false,
         {},
         {},
         [](const Trace *, const Selection &) {
             return tr("<b>S</b> animates a whole step on the next sample, <b>Space</b> trains "
                       "continuously. The loss chart falls as the network learns; the chart beside it "
                       "shows the size of each layer's gradient ‖∂E/∂W<sup>l</sup>‖.<br><br>Accuracy "
                       "reaches 100% early, when the right output is merely the largest and only 5 to 7 "
                       "patterns have codes of their own. Watch the counter of distinct codes: most seeds "
                       "find all 8 within a few hundred epochs (45 of 50 within this lesson's 1000). When "
                       "two patterns keep sharing a code, <b>New seed</b> (Shift+R).");
         }});
    add({tr("Your turn"), GuideTarget::ToolBar, 0, 0, false, {}, {}, [](const Trace *, const Selection &) {
             return tr("The tool bar steps the phases (◀ Phase ▶, also ← → and a clicker's Page Up / Page "
                       "Down), a sample, an epoch, and resets. <i>Train › Predict then reveal</i> (Q) has "
                       "the class guess each value before it is shown.<br><br>Close this card to "
                       "explore on your own.");
         }});
    return steps;
}

GuidedLesson::GuidedLesson(LessonHost *host, QObject *parent)
    : QObject(parent), m_host(host), m_window(host->lessonWindow()), m_steps(lessonSteps())
{
    QWidget *window = m_window;
    m_veil = new GuideVeil(window);
    m_veil->hide();

    m_card = new QFrame(window);
    m_card->setObjectName("guideCard");
    m_card->setAccessibleName(tr("Guided first lesson"));
    auto *frame = static_cast<QFrame *>(m_card);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setLineWidth(2);
    m_card->setAutoFillBackground(true);
    m_card->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(m_card);
    layout->setContentsMargins(16, 12, 16, 12);
    m_counter = new QLabel(m_card);
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_title = new QLabel(m_card);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_body = new QLabel(m_card);
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setAccessibleName(tr("Lesson text"));
    layout->addWidget(m_counter);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("◀ Back"), m_card);
    m_back->setAccessibleName(tr("Previous step of the lesson"));
    m_back->setToolTip(tr("The previous step (←)"));
    m_next = new QPushButton(tr("Next ▶"), m_card);
    m_next->setAccessibleName(tr("Next step of the lesson"));
    m_next->setToolTip(tr("The next step (→ or Enter)"));
    m_next->setDefault(true);
    m_close = new QPushButton(tr("Close"), m_card);
    m_close->setAccessibleName(tr("Close the lesson"));
    m_close->setToolTip(tr("Close the lesson (Esc); Help › Guided first lesson starts it again"));
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    m_card->hide();
    connect(m_back, &QPushButton::clicked, this, &GuidedLesson::back);
    connect(m_next, &QPushButton::clicked, this, &GuidedLesson::next);
    connect(m_close, &QPushButton::clicked, this, &GuidedLesson::close);

    // The window's state arrives asynchronously (a lesson opened, a trace computed): each new
    // snapshot lets the step finish driving the window, and keeps the numbers in the text current.
    // Docks move, split and tab, and the graph zooms without telling anyone: check the target's
    // place a few times a second (cheap: a few rectangles compared).
    m_follow = new QTimer(this);
    m_follow->setInterval(150);
    connect(m_follow, &QTimer::timeout, this, [this] {
        // The graph repaints its numbers after the step drove it: the card moves off them too.
        if (targetRect() != m_lastTarget || m_host->valueRects() != m_lastValues)
            placeCard();
    });
}

void GuidedLesson::followHost()
{
    if (!m_active)
        return;
    drive();
    refresh();
}

GuidedLesson::~GuidedLesson()
{
    qApp->removeEventFilter(this);
}

QWidget *GuidedLesson::card() const
{
    return m_card;
}

QWidget *GuidedLesson::veil() const
{
    return m_veil;
}

QString GuidedLesson::cardText() const
{
    return m_title->text() + '\n' + m_body->text();
}

bool GuidedLesson::offerOnFirstStart(QSettings &settings, bool lessonChosen)
{
    if (lessonChosen || settings.value(kSeenKey, false).toBool())
        return false;
    settings.setValue(kSeenKey, true);
    start();
    return true;
}

void GuidedLesson::start()
{
    if (!m_active) {
        m_active = true;
        qApp->installEventFilter(this);
        m_window->installEventFilter(this);
        m_follow->start();
        emit activeChanged(true);
    }
    enterStep(0);
}

void GuidedLesson::next()
{
    if (!m_active)
        return;
    if (m_index + 1 >= stepCount())
        close();
    else
        enterStep(m_index + 1);
}

void GuidedLesson::back()
{
    if (m_active && m_index > 0)
        enterStep(m_index - 1);
}

void GuidedLesson::close()
{
    if (!m_active)
        return;
    m_active = false;
    qApp->removeEventFilter(this);
    m_window->removeEventFilter(this);
    m_follow->stop();
    // The keys go back to the graph, so that → steps the phases again (hiding the card's focused
    // button would leave no widget with focus, and a focused timeline would take the arrows).
    if (QWidget *graph = m_host->lessonTarget(LessonTarget::Graph))
        graph->setFocus(Qt::OtherFocusReason);
    m_veil->hide();
    m_card->hide();
    emit activeChanged(false);
}

void GuidedLesson::enterStep(int index)
{
    m_index = std::clamp(index, 0, stepCount() - 1);
    m_driven = false;
    m_lessonAsked = false;
    m_veil->setGeometry(m_window->rect());
    m_veil->show();
    m_veil->raise();
    m_card->show();
    m_card->raise();
    drive();
    refresh();
    placeCard();
    emit stepChanged(m_index);
}

void GuidedLesson::drive()
{
    if (!m_active || m_driven)
        return;
    const GuideStep &s = step(m_index);
    // Every step talks about the 8-3-8 net: another lesson is replaced by it (once per step, so a
    // lesson the user opens afterwards is left alone).
    if (m_host->lessonName() != QLatin1String(kLessonName)) {
        if (!m_lessonAsked) {
            m_lessonAsked = true;
            m_host->openLesson(QString::fromLatin1(kLessonName));
        }
        return;
    }
    if (s.showsPhase) {
        const std::vector<Phase> phases = phasesOf(2);
        int index = -1;
        for (std::size_t i = 0; i < phases.size(); ++i)
            if (phases[i].kind == s.phase.kind &&
                (s.phase.kind == PhaseKind::Update || phases[i].layer == s.phase.layer))
                index = static_cast<int>(i);
        if (!m_host->shownTrace() || m_host->phaseIndex() != index) {
            m_host->showPhase(index);
            if (!m_host->shownTrace() || m_host->phaseIndex() != index)
                return; // the trace is on its way; the next snapshot finishes the step
        }
        if (s.select)
            m_host->select(s.select(*m_host->shownTrace()));
    }
    m_driven = true;
}

void GuidedLesson::refresh()
{
    if (!m_active)
        return;
    const GuideStep &s = step(m_index);
    m_counter->setText(tr("Step %1 of %2").arg(m_index + 1).arg(stepCount()));
    m_title->setText(s.title);
    const Trace *trace = m_host->lessonName() == QLatin1String(kLessonName) ? m_host->shownTrace() : nullptr;
    QString body = s.text ? s.text(trace, m_host->selection()) : QString();
    if (!m_driven && m_host->lessonName() != QLatin1String(kLessonName))
        body += "<br><br><i>" + tr("Opening the 8-3-8 lesson…") + "</i>";
    m_back->setEnabled(m_index > 0);
    m_next->setText(m_index + 1 >= stepCount() ? tr("Finish") : tr("Next ▶"));
    // Snapshots arrive at the display's rate while training runs: lay the card out again only
    // when its text changed.
    if (body == m_body->text() && m_card->isVisible())
        return;
    m_body->setText(body);
    placeCard();
}

QWidget *GuidedLesson::targetWidget() const
{
    if (!m_active)
        return nullptr;
    switch (step(m_index).target) {
    case GuideTarget::Graph:
    case GuideTarget::GraphLayers: return m_host->lessonTarget(LessonTarget::Graph);
    case GuideTarget::Samples: return m_host->lessonTarget(LessonTarget::Samples);
    case GuideTarget::Equation: return m_host->lessonTarget(LessonTarget::Equation);
    case GuideTarget::Charts: return m_host->lessonTarget(LessonTarget::Charts);
    case GuideTarget::ToolBar: return m_host->lessonTarget(LessonTarget::ToolBar);
    }
    return nullptr;
}

QRect GuidedLesson::targetRect() const
{
    QWidget *target = targetWidget();
    if (!target || !target->isVisible())
        return {};
    const QRect whole(target->mapTo(m_window, QPoint(0, 0)), target->size());
    const GuideStep &s = step(m_index);
    if (s.target != GuideTarget::GraphLayers)
        return whole;
    // The neurons of the layers the step talks about, with a margin.
    QWidget *view = target;
    QRectF box;
    for (int l = s.firstLayer; l <= s.lastLayer; ++l)
        for (int j = 0;; ++j) {
            const QRectF r = m_host->neuronRect(l, j);
            if (r.isEmpty())
                break;
            box = box.isNull() ? r : box.united(r);
        }
    if (box.isNull())
        return whole;
    // The layers' neurons across, with room for the captions above and the targets beside the
    // output; the whole height of the graph.
    const int margin = 40;
    const bool output = m_host->layerCount() > 0 && s.lastLayer >= m_host->layerCount();
    QRect local = box.toAlignedRect().adjusted(-margin - 20, 0, margin + (output ? 70 : 20), 0);
    local.setTop(8);
    local.setBottom(view->height() - 8);
    return QRect(view->mapTo(m_window, local.topLeft()), local.size()).intersected(whole);
}

void GuidedLesson::placeCard()
{
    if (!m_active)
        return;
    const QRect area = m_window->rect();
    m_veil->setGeometry(area);
    const QRect target = targetRect();
    m_lastTarget = target;
    m_lastValues = m_host->valueRects();
    // The graph's neurons and numbers stay in view wherever the card goes: the class reads them
    // while the card talks about them (on a 1024 × 768 projector the graph has no room to spare).
    CardRoom room;
    room.target = target;
    QWidget *graph = m_host->lessonTarget(LessonTarget::Graph);
    if (graph && graph->isVisible()) {
        const QPoint origin = graph->mapTo(m_window, QPoint(0, 0));
        for (const QRectF &rect : m_host->valueRects())
            room.values.append(rect.toAlignedRect().translated(origin));
        // The row of each output neuron, out to the graph's edge: its value and its target t live
        // there, and a text under the card may not have been painted (nor reported) yet.
        const int output = m_host->layerCount();
        for (int j = 0; output > 0; ++j) {
            const QRect neuron = m_host->neuronRect(output, j).toAlignedRect();
            if (neuron.isEmpty())
                break;
            room.values.append(QRect(neuron.left(), neuron.top(), graph->width() - neuron.left(), neuron.height())
                                   .translated(origin));
        }
        // Beside a part of the graph, the card stays on the graph where it can, so that the
        // equation panel, which says the same in symbols, stays in view.
        if (targetWidget() == graph)
            room.rooms.append(QRect(origin, graph->size()));
    }
    room.rooms.append(area.adjusted(8, 8, -8, -8));
    // The card's width for the window, narrower (and taller) when no place at that width leaves
    // every number visible.
    const int widest = std::clamp(area.width() * 26 / 100, 340, 460);
    QSize size;
    std::optional<QPoint> place;
    for (int width = widest; width >= 280 && !place; width -= 40) {
        m_card->setFixedWidth(width);
        // The wrapped text's height at this width (sizeHint would measure it at another).
        const int height =
            m_card->hasHeightForWidth() ? m_card->heightForWidth(width) : m_card->sizeHint().height();
        size = QSize(width, std::min(height, area.height() - 40));
        place = findCardPlace(room, size);
    }
    m_card->resize(size);
    // No place leaves every number visible: the card covers as few as it can.
    QPoint at = place ? *place : leastCoveringPlace(room, size);
    at.setX(std::clamp(at.x(), 8, std::max(8, area.width() - size.width() - 8)));
    at.setY(std::clamp(at.y(), 8, std::max(8, area.height() - size.height() - 8)));
    m_card->move(at);
    m_veil->setShape(target, m_card->geometry());
    m_veil->raise();
    m_card->raise();
}

bool GuidedLesson::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_active)
        return QObject::eventFilter(watched, event);
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        QTimer::singleShot(0, this, &GuidedLesson::placeCard);
        return QObject::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier | Qt::ShiftModifier))
        return QObject::eventFilter(watched, event);
    void (GuidedLesson::*action)() = nullptr;
    switch (key->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter: action = &GuidedLesson::next; break;
    case Qt::Key_Left:
    case Qt::Key_PageUp: action = &GuidedLesson::back; break;
    case Qt::Key_Escape: action = &GuidedLesson::close; break;
    default: return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // Claim the key: while the lesson runs, → moves the lesson (which moves the phases itself).
        event->accept();
        return true;
    }
    (this->*action)();
    return true;
}

} // namespace bp::ui
