#include "ui/chain/chain_rule_view.h"

#include "ui/style/focus_frame.h"
#include "ui/style/palette.h"
#include "ui/style/theme.h"
#include "ui/style/value_format.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace bp::ui {

namespace {

QString number(double value)
{
    return formatSignificant(value, 4);
}

QString phaseTitle(const ChainModel &model)
{
    switch (model.phaseKind) {
    case PhaseKind::Forward: return ChainRuleView::tr("forward pass, layer %1").arg(model.phaseLayer);
    case PhaseKind::OutputError: return ChainRuleView::tr("output error (BP1)");
    case PhaseKind::Backward: return ChainRuleView::tr("backward pass (BP2), layer %1").arg(model.phaseLayer);
    case PhaseKind::Gradients:
        return ChainRuleView::tr("gradients (BP3, BP4), layer %1").arg(model.phaseLayer);
    case PhaseKind::Update: return ChainRuleView::tr("update");
    }
    return {};
}

// A button that paints only its focus: it stands over something the view paints ("+ N more", the
// note's link) and gives it Tab, Enter, Space and a name for screen readers. The mouse goes through
// it to the view, which handles clicks as before.
class OverlayButton : public QAbstractButton {
public:
    explicit OverlayButton(QWidget *parent) : QAbstractButton(parent)
    {
        setFocusPolicy(Qt::TabFocus);
        setAttribute(Qt::WA_TransparentForMouseEvents);
        hide();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!hasFocus())
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette::highlightColor(), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            click();
            return;
        }
        QAbstractButton::keyPressEvent(event); // Space clicks
    }
};

} // namespace

ChainRuleView::ChainRuleView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chainRuleView"));
    setAccessibleName(tr("Chain rule of the selected neuron"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    FocusFrame::install(this);
    connect(&Theme::instance(), &Theme::changed, this, [this] { update(); });
    auto *link = new OverlayButton(this);
    link->setObjectName(QStringLiteral("chainEquationLink"));
    connect(link, &QAbstractButton::clicked, this, &ChainRuleView::equationPanelRequested);
    m_buttons.push_back(link);
}

void ChainRuleView::setState(std::shared_ptr<const Trace> trace, int phaseIndex, const Selection &selection,
                             const std::vector<Selection> &concealed)
{
    m_trace = std::move(trace);
    m_phaseIndex = phaseIndex;
    m_selection = selection;
    m_concealed = concealed;
    rebuild();
}

void ChainRuleView::setTextScale(double scale)
{
    m_textScale = scale;
    updateGeometry();
    relayout();
}

double ChainRuleView::uiPixels() const
{
    return QFontInfo(font()).pixelSize() * m_textScale;
}

void ChainRuleView::rebuild()
{
    // An edge selection shows the neuron it leads into.
    Selection neuron = m_selection;
    if (neuron.kind == Selection::Kind::Edge)
        neuron.kind = Selection::Kind::Neuron;
    if (neuron.layer != m_expandedLayer || neuron.neuron != m_expandedNeuron) {
        m_expansion = {};
        m_expandedLayer = neuron.layer;
        m_expandedNeuron = neuron.neuron;
    }
    m_model =
        m_trace ? buildChainModel(*m_trace, m_phaseIndex, neuron, m_concealed, m_expansion) : ChainModel{};
    setAccessibleDescription(titleText() + QLatin1Char(' ') + noteText());
    updateGeometry();
    relayout();
}

double ChainRuleView::minimumTextPixels() const
{
    // A whole pixel size: the fonts are set in whole pixels.
    return std::ceil(kChainMinTextPixels * std::max(1.0, m_textScale));
}

double ChainRuleView::nodeWidthEms() const
{
    // Measured at 100 px, in units of the text size. The second line is drawn smaller at large sizes
    // but as large at the minimum, so both count at full size; a × is an ellipse 0.9 of a box wide,
    // whose lines, a quarter of its height off its centre, have 0.87 of its width.
    QFont reference = font();
    reference.setPixelSize(100);
    const QFontMetricsF metrics(reference);
    double widest = 0.0;
    for (int i = 0; i < static_cast<int>(m_model.nodes.size()); ++i) {
        const bool ellipse = m_model.nodes[static_cast<std::size_t>(i)].kind == ChainNode::Kind::Multiply;
        for (const QString &line : nodeLines(i))
            widest =
                std::max(widest, (metrics.horizontalAdvance(line) / 100.0 + 0.6) / (ellipse ? 0.78 : 1.0));
    }
    return widest;
}

void ChainRuleView::relayout()
{
    m_geometry = layoutChain(m_model, size(), uiPixels(), minimumTextPixels(), nodeWidthEms());
    placeButtons();
    update();
}

void ChainRuleView::placeButtons()
{
    QAbstractButton *link = m_buttons.front();
    const bool linked = m_model.layer != 0 && m_model.backward;
    link->setVisible(linked);
    link->setGeometry(m_geometry.note.toAlignedRect());
    link->setText(tr("Show the equation panel"));
    link->setAccessibleName(link->text());
    std::size_t used = 1;
    for (std::size_t i = 0; i < m_model.nodes.size() && !m_geometry.isEmpty(); ++i) {
        const ChainNode &node = m_model.nodes[i];
        if (node.kind != ChainNode::Kind::More)
            continue;
        if (used == m_buttons.size()) {
            auto *more = new OverlayButton(this);
            more->setObjectName(QStringLiteral("chainMoreButton"));
            connect(more, &QAbstractButton::clicked, this,
                    [this, more] { expand(more->property("node").toInt()); });
            m_buttons.push_back(more);
            // Tab goes in reading order: the view, each "+ N more", then the note's link.
            QWidget *previous = this;
            for (std::size_t b = 1; b < m_buttons.size(); ++b) {
                setTabOrder(previous, m_buttons[b]);
                previous = m_buttons[b];
            }
            setTabOrder(previous, link);
        }
        QAbstractButton *button = m_buttons[used++];
        button->setProperty("node", static_cast<int>(i));
        button->setText(
            node.moreInputs
                ? tr("Show %1 more inputs of %2")
                      .arg(node.hidden)
                      .arg(indexedSymbol(QStringLiteral("z"), m_model.layer, m_model.neuron + 1))
                : tr("Show %1 more neurons of layer %2 that %3 feeds")
                      .arg(node.hidden)
                      .arg(m_model.layer + 1)
                      .arg(indexedSymbol(QStringLiteral("a"), m_model.layer, m_model.neuron + 1)));
        button->setAccessibleName(button->text());
        button->setGeometry(m_geometry.nodes[i].adjusted(-3, -3, 3, 3).toAlignedRect());
        button->show();
    }
    for (std::size_t i = used; i < m_buttons.size(); ++i)
        m_buttons[i]->hide();
}

void ChainRuleView::expand(int node)
{
    if (node < 0 || node >= static_cast<int>(m_model.nodes.size()) ||
        m_model.nodes[static_cast<std::size_t>(node)].kind != ChainNode::Kind::More)
        return;
    if (m_model.nodes[static_cast<std::size_t>(node)].moreInputs)
        m_expansion.inputs = true;
    else
        m_expansion.next = true;
    const bool fromKeyboard = std::any_of(m_buttons.begin(), m_buttons.end(),
                                          [](const QAbstractButton *button) { return button->hasFocus(); });
    rebuild();
    // The "+ N more" is gone: the view takes the focus, and Tab goes on from its start.
    if (fromKeyboard)
        setFocus(Qt::OtherFocusReason);
}

QSize ChainRuleView::sizeHint() const
{
    return {640, 360};
}

QSize ChainRuleView::minimumSizeHint() const
{
    // Smaller, the text would go below the minimum: the host scrolls instead.
    const QSizeF needed = chainMinimumSize(m_model, uiPixels(), minimumTextPixels(), nodeWidthEms());
    return QSize(320, 200).expandedTo(
        QSize(static_cast<int>(needed.width()), static_cast<int>(needed.height())));
}

QString ChainRuleView::titleText() const
{
    if (m_model.layer == 0) {
        if (!m_trace || m_phaseIndex < 0)
            return tr("Chain rule: step through a sample (→) to see a neuron's scalar operations.");
        return tr("Chain rule: select a neuron of a hidden layer or of the output layer.");
    }
    return tr("Chain rule of %1 — %2")
        .arg(indexedSymbol(QStringLiteral("z"), m_model.layer, m_model.neuron + 1), phaseTitle(m_model));
}

QString ChainRuleView::noteText() const
{
    if (m_model.layer == 0)
        return {};
    if (m_model.sumsNextLayer)
        return tr("∂E/∂%1 sums the contributions of every neuron of layer %2: that sum is BP2, "
                  "(Wˡ⁺¹)ᵀδˡ⁺¹. Equation panel ›")
            .arg(indexedSymbol(QStringLiteral("a"), m_model.layer, m_model.neuron + 1))
            .arg(m_model.layer + 1);
    if (m_model.softmaxOutput && m_model.phaseKind == PhaseKind::OutputError)
        return tr("Softmax: each output depends on every z, so BP1 multiplies by the Jacobian, not by σ′. "
                  "Equation panel ›");
    if (m_model.backward)
        return tr("Edges: local derivatives (× swaps its inputs, + copies, f gives f′(z)); nodes: ∂E/∂ of "
                  "themselves. Equation panel ›");
    return tr("Forward: each node shows its value. Step on (→) to the backward pass to see the gradients.");
}

QStringList ChainRuleView::nodeLines(int index) const
{
    const ChainNode &node = m_model.nodes[static_cast<std::size_t>(index)];
    if (node.kind == ChainNode::Kind::More)
        return {tr("+ %1 more").arg(node.hidden)};
    // Line 1: what the node is and its forward value; line 2: ∂E/∂ of it, or its value after the update.
    QString head = node.kind == ChainNode::Kind::Multiply ? QStringLiteral("×") : node.label;
    if (node.value)
        head += (node.kind == ChainNode::Kind::Multiply ? QStringLiteral(" ") : QStringLiteral(" = ")) +
                number(*node.value);
    QString tail;
    if (node.updated)
        tail = node.updatedConcealed ? QStringLiteral("→ ?") : QStringLiteral("→ ") + number(*node.updated);
    else if (node.gradient)
        tail = node.gradientConcealed ? QStringLiteral("∂ ?") : QStringLiteral("∂ ") + number(*node.gradient);
    return {head, tail};
}

QString ChainRuleView::edgeLabel(int index) const
{
    const ChainEdge &edge = m_model.edges[static_cast<std::size_t>(index)];
    if (edge.current && edge.local) {
        if (edge.productConcealed)
            return number(edge.upstream) + QStringLiteral(" × ") + number(*edge.local) +
                   QStringLiteral(" = ?");
        return number(edge.upstream) + QStringLiteral(" × ") + number(*edge.local) + QStringLiteral(" = ") +
               number(edge.downstream);
    }
    if (edge.local)
        return QStringLiteral("×") + number(*edge.local);
    return {};
}

void ChainRuleView::paintEvent(QPaintEvent *)
{
    m_paintedTexts.clear();
    QPainter painter(this);
    // Draws one text and records it with the pixel size of the painter's font.
    const auto drawText = [&](const QRectF &box, int flags, const QString &text) {
        QRectF drawn;
        painter.drawText(box, flags, text, &drawn);
        m_paintedTexts.push_back({text, drawn, static_cast<double>(painter.font().pixelSize())});
    };
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette::canvasColor());
    const double px = m_geometry.chromePixels;
    QFont titleFont = font();
    titleFont.setPixelSize(std::max(1, static_cast<int>(std::lround(px))));
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(palette::inkColor());
    drawText(m_geometry.title, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
             painter.fontMetrics().elidedText(titleText(), Qt::ElideRight,
                                              static_cast<int>(m_geometry.title.width())));
    QFont noteFont = titleFont;
    noteFont.setBold(false);
    painter.setFont(noteFont);
    painter.setPen(m_model.sumsNextLayer ? palette::highlightColor().darker(130) : palette::mutedInkColor());
    drawText(m_geometry.note, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, noteText());
    if (m_geometry.isEmpty())
        return;

    const double tp = m_geometry.textPixels;
    QFont nodeFont = font();
    nodeFont.setPixelSize(std::max(1, static_cast<int>(std::lround(tp))));
    QFont smallFont = nodeFont;
    smallFont.setPixelSize(std::max(1, static_cast<int>(std::lround(m_geometry.smallPixels))));
    const double stroke = palette::strokeScale() * std::max(1.0, tp / 10.0);

    // Edges first, from the right side of the operand to the left side of the operation; their
    // labels after all lines, the edge being computed first. A label that would cover a box or an
    // earlier label is left out (the × nodes and the weights show the same numbers): overlapping
    // text is legible to no one.
    struct Label {
        QRectF box;
        QString text;
        bool current = false;
    };
    std::vector<Label> labels;
    for (std::size_t i = 0; i < m_model.edges.size(); ++i) {
        const ChainEdge &edge = m_model.edges[i];
        const QRectF &from = m_geometry.nodes[static_cast<std::size_t>(edge.from)];
        const QRectF &to = m_geometry.nodes[static_cast<std::size_t>(edge.to)];
        // An operand stacked above its operation (a weight over its ×) joins it from below.
        const bool stacked = from.right() > to.left();
        const QPointF start =
            stacked ? QPointF(from.center().x(), from.bottom()) : QPointF(from.right(), from.center().y());
        const QPointF end =
            stacked ? QPointF(to.center().x(), to.top()) : QPointF(to.left(), to.center().y());
        QPen pen(edge.current ? palette::highlightColor() : palette::faintInkColor(),
                 edge.current ? 3 * stroke : stroke);
        if (edge.rest)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(start, end);
        const QString label = edgeLabel(static_cast<int>(i));
        if (label.isEmpty())
            continue;
        const QFontMetricsF metrics(edge.current ? nodeFont : smallFont);
        const QPointF middle = (start + end) / 2;
        QRectF box(0, 0, metrics.horizontalAdvance(label) + 0.6 * tp, metrics.height() + 0.2 * tp);
        box.moveCenter(stacked ? middle + QPointF(box.width() / 2 + 0.3 * tp, 0) : middle);
        if (edge.current && !stacked && std::abs(start.y() - end.y()) < 1.0) {
            // A level edge between neighbouring nodes has no room for the product: it goes above them.
            box.moveBottom(std::min(from.top(), to.top()) - 0.2 * tp);
        }
        labels.push_back({box, label, edge.current});
    }
    std::stable_partition(labels.begin(), labels.end(), [](const Label &label) { return label.current; });
    std::vector<QRectF> taken;
    for (const Label &label : labels) {
        const QRectF inner = label.box.adjusted(1, 1, -1, -1);
        const auto covers = [&](const QRectF &other) { return inner.intersects(other); };
        if (!label.current && (std::any_of(m_geometry.nodes.begin(), m_geometry.nodes.end(), covers) ||
                               std::any_of(taken.begin(), taken.end(), covers)))
            continue;
        taken.push_back(label.box);
        painter.setFont(label.current ? nodeFont : smallFont);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette::haloColor());
        painter.drawRoundedRect(label.box, 0.3 * tp, 0.3 * tp);
        painter.setPen(label.current ? palette::inkColor() : palette::mutedInkColor());
        drawText(label.box, Qt::AlignCenter, label.text);
    }

    for (std::size_t i = 0; i < m_model.nodes.size(); ++i) {
        const ChainNode &node = m_model.nodes[i];
        const QRectF &box = m_geometry.nodes[i];
        const QStringList lines = nodeLines(static_cast<int>(i));
        const bool operation = node.kind == ChainNode::Kind::Multiply;
        QColor fill = palette::surfaceColor();
        if (node.kind == ChainNode::Kind::Sum || node.kind == ChainNode::Kind::Activation)
            fill =
                palette::mix(palette::surfaceColor(), palette::layerColor(std::max(1, m_model.layer)), 0.18);
        painter.setBrush(node.kind == ChainNode::Kind::More ? palette::canvasColor() : fill);
        QPen border(node.current ? palette::highlightColor() : palette::surfaceBorderColor(),
                    node.current ? 2.5 * stroke : stroke);
        if (node.kind == ChainNode::Kind::More)
            border.setStyle(Qt::DashLine);
        painter.setPen(border);
        if (operation)
            painter.drawEllipse(box);
        else
            painter.drawRoundedRect(box, 0.4 * tp, 0.4 * tp);
        const double lineHeight = box.height() / 2.0;
        for (int n = 0; n < lines.size() && n < 2; ++n) {
            if (lines[n].isEmpty())
                continue;
            QRectF lineBox(box.left(), box.top() + n * lineHeight, box.width(), lineHeight);
            if (node.kind == ChainNode::Kind::More)
                lineBox = box;
            painter.setFont(n == 0 ? nodeFont : smallFont);
            QColor ink = palette::inkColor();
            if (n == 1 && node.gradient && !node.gradientConcealed && !node.updated)
                ink = palette::signedColor(*node.gradient, std::max(1e-12, std::abs(*node.gradient)))
                          .darker(115);
            painter.setPen(ink);
            drawText(lineBox, Qt::AlignCenter, lines[n]);
        }
    }
}

void ChainRuleView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void ChainRuleView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        relayout();
}

void ChainRuleView::mousePressEvent(QMouseEvent *event)
{
    const QPointF p = event->position();
    const int node = m_geometry.nodeAt(p);
    if (node >= 0 && m_model.nodes[static_cast<std::size_t>(node)].kind == ChainNode::Kind::More) {
        expand(node);
        return;
    }
    if (m_geometry.note.contains(p) && m_model.layer != 0 && m_model.backward) {
        emit equationPanelRequested();
        return;
    }
    QWidget::mousePressEvent(event);
}

} // namespace bp::ui
