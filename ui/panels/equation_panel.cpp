#include "ui/panels/equation_panel.h"

#include "core/maths/saturation.h"

#include "ui/style/palette.h"
#include "ui/style/theme.h"
#include "ui/style/value_format.h"

#include <QAbstractTextDocumentLayout>
#include <QFontInfo>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>

namespace bp::ui {

namespace {

// Secondary text, readable on the theme's canvas.
QString muted()
{
    return palette::mutedInkColor().name();
}

QString sup(const QString &text)
{
    return "<sup>" + text + "</sup>";
}
QString sub(const QString &text)
{
    return "<sub>" + text + "</sub>";
}

// A symbol with a layer superscript and 1-based neuron subscripts: v(z, 2, 0) = z²₁.
QString v(const QString &name, int layer, int neuron)
{
    return "<i>" + name + "</i>" + sup(QString::number(layer)) + sub(QString::number(neuron + 1));
}

// wˡⱼₖ, with a comma between j and k when either has two digits.
QString w(int layer, int j, int k)
{
    const QString separator = (j + 1 >= 10 || k + 1 >= 10) ? "," : "";
    return "<i>w</i>" + sup(QString::number(layer)) +
           sub(QString::number(j + 1) + separator + QString::number(k + 1));
}

QString num(double value)
{
    return EquationPanel::formatValue(value);
}

// A factor in a product: negative numbers in parentheses.
QString factor(double value)
{
    return value < 0 ? "(" + num(value) + ")" : num(value);
}

// The lecture's second reason why learning is slow, where it applies: σ′ below the saturation
// threshold of core/maths/saturation.h.
QString saturatedNote(Activation activation, double derivative)
{
    if (!isSaturatedDerivative(activation, derivative))
        return QString();
    return "<p style='color:" + palette::warningInkColor().name() + "'>" +
           EquationPanel::tr("<b>Saturated:</b> σ′ = %1 is below 2 % of its largest value (%2), so δ is "
                             "tiny and this neuron learns slowly.")
               .arg(num(derivative),
                    derivativeMaximum(activation) == 0.25 ? QStringLiteral("¼") : QStringLiteral("1")) +
           "</p>";
}

// The bottom of the worked sum (the paragraph with a hanging indent, see wrappedLine: its last line
// holds the result) when `document` is laid out `width` pixels wide; −1 without a sum.
double sumBottom(QTextDocument &document, double width)
{
    document.setTextWidth(width);
    double bottom = -1.0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        if (block.blockFormat().textIndent() < 0)
            bottom = document.documentLayout()->blockBoundingRect(block).bottom();
    return bottom;
}

QString functionName(Activation activation)
{
    switch (activation) {
    case Activation::Logistic: return "σ";
    case Activation::Tanh: return "tanh";
    case Activation::Relu: return "relu";
    case Activation::Identity: return "id";
    case Activation::LeakyRelu: return "leaky-relu";
    case Activation::Softmax: return "softmax";
    }
    return "f";
}

QString derivativeRule(Activation activation)
{
    switch (activation) {
    case Activation::Logistic: return "σ′(z) = σ(z)(1 − σ(z))";
    case Activation::Tanh: return "tanh′(z) = 1 − tanh²(z)";
    case Activation::Relu: return EquationPanel::tr("relu′(z) = 1 if z &gt; 0, else 0");
    case Activation::Identity: return "id′(z) = 1";
    case Activation::LeakyRelu: return EquationPanel::tr("leaky-relu′(z) = 1 if z &gt; 0, else 0.01");
    case Activation::Softmax: return "softmax: ∂aⱼ/∂zₖ = aⱼ(δⱼₖ − aₖ)";
    }
    return {};
}

QString title(const QString &text, int layer)
{
    return QString(
               "<p style='margin:0 0 6px 0'><span style='font-size:120%; font-weight:600;'>%1</span>%2</p>")
        .arg(text, layer > 0
                       ? QString(" <span style='color:%1'>■</span>").arg(palette::layerColor(layer).name())
                       : "");
}

QString general(const QString &equation)
{
    return "<p style='margin:4px 0 10px 0; padding:6px; background:" + palette::surfaceColor().name() +
           ";'>" + equation + "</p>";
}

QString line(const QString &text)
{
    return "<p style='margin:6px 0'>" + text + "</p>";
}

// The result of a line, in the graph's format (a sign and three significant digits).
QString result(double value)
{
    return " =&nbsp;<b>" + formatNeuronValue(value) + "</b>";
}

// The class is predicting this value: the panel must not print it.
const QString kHidden = "<b style='font-size:120%'>?</b>";

// Sums of layers up to this size are written out term by term (beyond, the first few and a count).
constexpr std::size_t kWrittenOutTerms = 16;

// Text that must not break across lines: a term of a sum, a factor and what follows it.
QString unbroken(const QString &text)
{
    QString result = text;
    return result.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
}

// Σ over k of a[k] · b[k], every term written out (for up to kWrittenOutTerms), each term unbroken:
// a long sum wraps between terms only, the operator starting the next line.
QString sumOfProducts(const std::vector<std::pair<double, double>> &terms)
{
    QString text;
    const std::size_t shown = terms.size() <= kWrittenOutTerms ? terms.size() : 3;
    for (std::size_t i = 0; i < shown; ++i) {
        // "a − 0.49 × b" rather than "a + −0.49 × b".
        const double first = terms[i].first;
        if (i)
            text += first < 0 ? QStringLiteral(" −&nbsp;") : QStringLiteral(" +&nbsp;");
        text += unbroken(num(i && first < 0 ? -first : first) + " × " + factor(terms[i].second));
    }
    if (shown < terms.size())
        text += " + … <span style='color:" + muted() + "'>" +
                EquationPanel::tr("(%1 terms)").arg(terms.size()) + "</span>";
    return text;
}

// A line whose continuation lines are indented, so that a wrapped sum reads as one.
QString wrappedLine(const QString &text)
{
    return "<p style='margin-top:6px; margin-bottom:6px; margin-left:28px; text-indent:-28px'>" + text + "</p>";
}

// The neuron of `layer` the panel talks about: the selected one when it is in that layer.
int chosenNeuron(const Selection &selection, int layer, Eigen::Index count)
{
    int j = 0;
    if (selection.kind != Selection::Kind::None && selection.layer == layer)
        j = selection.neuron;
    return std::clamp(j, 0, static_cast<int>(count) - 1);
}

QString chooseHint(const Selection &selection, int layer)
{
    if (selection.kind != Selection::Kind::None && selection.layer == layer)
        return {};
    return "<p style='color:" + muted() + "; font-size:85%'>" +
           EquationPanel::tr("Click a neuron of this layer to see its numbers.") + "</p>";
}

QString forwardHtml(const Trace &trace, int l, const Selection &selection)
{
    const Layer &layer = trace.before.layer(l);
    const ForwardRecord &record = trace.forward[static_cast<std::size_t>(l - 1)];
    const Matrix &previous = l == 1 ? trace.input : trace.forward[static_cast<std::size_t>(l - 2)].activation;
    const int j = chosenNeuron(selection, l, layer.weights.rows());
    std::vector<std::pair<double, double>> terms;
    for (Eigen::Index k = 0; k < layer.weights.cols(); ++k)
        terms.emplace_back(layer.weights(j, k), previous(k, 0));
    const QString f = functionName(layer.activation);
    QString html = title(EquationPanel::tr("Forward pass · layer %1").arg(l), l);
    html += general(
        QString("<i>z</i>%1 = <i>W</i>%1 <i>a</i>%2 + <i>b</i>%1,&nbsp;&nbsp; <i>a</i>%1 = %3(<i>z</i>%1)")
            .arg(sup(QString::number(l)), sup(QString::number(l - 1)), f));
    html += line(v("z", l, j) + " = Σ" + sub("k") + " <i>w</i>" + sup(QString::number(l)) +
                 sub(QString::number(j + 1) + "k") + " <i>a</i>" + sup(QString::number(l - 1)) + sub("k") +
                 " + " + v("b", l, j));
    html += wrappedLine("= " + sumOfProducts(terms) + " +&nbsp;" + unbroken(factor(layer.biases(j))) +
                        result(record.weightedInput(j, 0)));
    if (layer.activation == Activation::Softmax)
        html += line(v("a", l, j) + " = e<sup><i>z</i></sup>" + sub(QString::number(j + 1)) + " / Σ" +
                     sub("k") + " e<sup><i>z</i></sup>" + sub("k") + result(record.activation(j, 0)));
    else
        html += line(v("a", l, j) + " = " + f + "(" + num(record.weightedInput(j, 0)) + ")" +
                     result(record.activation(j, 0)));
    if (l == 1)
        html += "<p style='color:" + muted() + "; font-size:85%'>" +
                EquationPanel::tr("<i>a</i><sup>0</sup> = <i>x</i>, the input.") + "</p>";
    return html + chooseHint(selection, l);
}

QString outputErrorHtml(const Trace &trace, int l, const Selection &selection,
                        const std::vector<Selection> &concealed)
{
    const Layer &layer = trace.before.layer(l);
    const ForwardRecord &record = trace.forward[static_cast<std::size_t>(l - 1)];
    const Matrix &delta = trace.backward[static_cast<std::size_t>(l - 1)].delta;
    const int j = chosenNeuron(selection, l, layer.weights.rows());
    const bool hidden = concealsDelta(concealed, l, j);
    auto deltaResult = [&](double value) { return hidden ? " = " + kHidden : result(value); };
    const double a = record.activation(j, 0);
    const double t = trace.target(j, 0);
    const QString L = QString::number(l);
    QString html = title(EquationPanel::tr("Output error (BP1)"), l);
    const bool softmax = layer.activation == Activation::Softmax;
    if (softmax) {
        // Each softmax output depends on every z: σ′ is a Jacobian, and the Hadamard form is wrong.
        html += general("(BP1)&nbsp; <i>δ</i>" + sup("L") + " = <i>J</i>" + sup("T") + " ∇" + sub("<i>a</i>") +
                        "<i>E</i>,&nbsp; <i>J</i>" + sub("jk") + " = <i>a</i>" + sub("j") + "(<i>δ</i>" +
                        sub("jk") + " − <i>a</i>" + sub("k") + ")");
        html += "<p style='color:" + muted() + "; font-size:85%'>" +
                EquationPanel::tr("For a softmax output the Hadamard form ∇<sub><i>a</i></sub><i>E</i> ⊙ "
                                  "σ′(<i>z</i><sup>L</sup>) does not apply: each output depends on every "
                                  "<i>z</i>, so σ′ is the Jacobian <i>J</i>.") +
                "</p>";
    } else {
        html += general("(BP1)&nbsp; <i>δ</i>" + sup("L") + " = ∇" + sub("<i>a</i>") + "<i>E</i> ⊙ σ′(<i>z</i>" +
                        sup("L") + ")");
    }
    const Loss loss = trace.before.loss();
    const double targetSum = trace.target.col(0).sum();
    if (loss == Loss::CrossEntropy && softmax && targetSum != 1.0) {
        // −Σ t log a gives δ = a Σₖtₖ − t, which is a − t only for targets that sum to 1.
        html += line(v("δ", l, j) + " = " + v("a", l, j) + " Σ" + sub("k") + "<i>t</i>" + sub("k") + " − <i>t</i>" +
                     sub(QString::number(j + 1)) + " = " + num(a) + " × " + factor(targetSum) + " − " + factor(t) +
                     deltaResult(delta(j, 0)));
    } else if (loss == Loss::CrossEntropy) {
        html += line(v("δ", l, j) + " = " + v("a", l, j) + " − <i>t</i>" + sub(QString::number(j + 1)) +
                     " = " + num(a) + " − " + factor(t) + deltaResult(delta(j, 0)));
        html +=
            "<p style='color:" + muted() + "; font-size:85%'>" +
            EquationPanel::tr("With cross-entropy after %1, ∇<sub><i>a</i></sub><i>E</i> and the derivative "
                              "of the output cancel to <i>a</i> − <i>t</i>.")
                .arg(functionName(layer.activation)) +
            "</p>";
    } else if (layer.activation == Activation::Softmax) {
        html += line(v("δ", l, j) + " = " + v("a", l, j) + " ((" + v("a", l, j) + " − <i>t</i>" +
                     sub(QString::number(j + 1)) + ") − Σ" + sub("k") + " <i>a</i>" + sub("k") + "(<i>a</i>" +
                     sub("k") + " − <i>t</i>" + sub("k") + "))" + deltaResult(delta(j, 0)));
    } else {
        const double derivative = activationDerivativeAt(layer.activation, record.weightedInput(j, 0));
        html += line(v("δ", l, j) + " = (" + v("a", l, j) + " − <i>t</i>" + sub(QString::number(j + 1)) +
                     ") · σ′(" + v("z", l, j) + ")");
        html +=
            line("= (" + num(a) + " − " + factor(t) + ") × " + num(derivative) + deltaResult(delta(j, 0)));
        html += line("<span style='color:" + muted() + "'>" + derivativeRule(layer.activation) + "</span>");
        html += saturatedNote(layer.activation, derivative);
    }
    html += line("<i>E</i> = " +
                 (loss == Loss::CrossEntropy ? EquationPanel::tr("cross-entropy")
                                             : QString("½ Σ") + sub("j") + " (<i>a</i>" + sup(L) + sub("j") +
                                                   " − <i>t</i>" + sub("j") + ")²") +
                 result(trace.loss));
    return html + chooseHint(selection, l);
}

QString backwardHtml(const Trace &trace, int l, const Selection &selection)
{
    const Layer &layer = trace.before.layer(l);
    const Layer &next = trace.before.layer(l + 1);
    const ForwardRecord &record = trace.forward[static_cast<std::size_t>(l - 1)];
    const Matrix &nextDelta = trace.backward[static_cast<std::size_t>(l)].delta;
    const Matrix &delta = trace.backward[static_cast<std::size_t>(l - 1)].delta;
    const int j = chosenNeuron(selection, l, layer.weights.rows());
    std::vector<std::pair<double, double>> terms;
    for (Eigen::Index k = 0; k < next.weights.rows(); ++k)
        terms.emplace_back(next.weights(k, j), nextDelta(k, 0));
    const double derivative = activationDerivativeAt(layer.activation, record.weightedInput(j, 0));
    const QString l1 = QString::number(l + 1);
    QString html = title(EquationPanel::tr("Backward pass · layer %1 (BP2)").arg(l), l);
    html += general("(BP2)&nbsp; <i>δ</i>" + sup(QString::number(l)) + " = ((<i>W</i>" + sup(l1) + ")" +
                    sup("T") + " <i>δ</i>" + sup(l1) + ") ⊙ σ′(<i>z</i>" + sup(QString::number(l)) + ")");
    html +=
        line(v("δ", l, j) + " = (Σ" + sub("k") + " <i>w</i>" + sup(l1) + sub("k" + QString::number(j + 1)) +
             " <i>δ</i>" + sup(l1) + sub("k") + ") · σ′(" + v("z", l, j) + ")");
    // A long last term may leave no room for "× σ′" on its line: the factor may start the next.
    html += wrappedLine("= (" + sumOfProducts(terms) + ") ×&nbsp;" + num(derivative) + result(delta(j, 0)));
    html += line("<span style='color:" + muted() + "'>" + derivativeRule(layer.activation) + "</span>");
    html += saturatedNote(layer.activation, derivative);
    return html + chooseHint(selection, l);
}

QString gradientsHtml(const Trace &trace, int l, const Selection &selection)
{
    const Matrix &previous = l == 1 ? trace.input : trace.forward[static_cast<std::size_t>(l - 2)].activation;
    const BackwardRecord &record = trace.backward[static_cast<std::size_t>(l - 1)];
    int j = chosenNeuron(selection, l, record.gradWeights.rows());
    int k = 0;
    if (selection.kind == Selection::Kind::Edge && selection.layer == l)
        k = std::clamp(selection.from, 0, static_cast<int>(record.gradWeights.cols()) - 1);
    QString html = title(EquationPanel::tr("Gradients · layer %1 (BP3, BP4)").arg(l), l);
    html += general("(BP3)&nbsp; ∂<i>E</i>/∂<i>b</i>" + sup(QString::number(l)) + sub("j") + " = <i>δ</i>" +
                    sup(QString::number(l)) + sub("j") + "<br>(BP4)&nbsp; ∂<i>E</i>/∂<i>w</i>" +
                    sup(QString::number(l)) + sub("jk") + " = <i>a</i>" + sup(QString::number(l - 1)) +
                    sub("k") + " <i>δ</i>" + sup(QString::number(l)) + sub("j"));
    html += line("∂<i>E</i>/∂" + v("b", l, j) + " = " + v("δ", l, j) + result(record.gradBiases(j)));
    html += line("∂<i>E</i>/∂" + w(l, j, k) + " = " + v("a", l - 1, k) + " " + v("δ", l, j) + " = " +
                 num(previous(k, 0)) + " × " + factor(record.delta(j, 0)) + result(record.gradWeights(j, k)));
    if (isInputLow(previous(k, 0), previous.col(0).cwiseAbs().maxCoeff()))
        html += "<p style='color:" + palette::warningInkColor().name() + "'>" +
                EquationPanel::tr("<b>Input low:</b> %1 = %2 is near 0, so this weight learns slowly.")
                    .arg(v("a", l - 1, k), num(previous(k, 0))) +
                "</p>";
    else
        html += "<p style='color:" + muted() + "; font-size:85%'>" +
                EquationPanel::tr(
                    "A weight from a neuron whose activation is near 0 hardly changes: the first of "
                    "the lecture's reasons why learning can be slow.") +
                "</p>";
    if (selection.kind != Selection::Kind::Edge || selection.layer != l)
        html += "<p style='color:" + muted() + "; font-size:85%'>" +
                EquationPanel::tr("Click an edge of this layer to see its weight.") + "</p>";
    return html;
}

QString updateHtml(const Trace &trace, const Selection &selection, const std::vector<Selection> &concealed)
{
    int l = trace.before.layerCount();
    int j = 0;
    int k = 0;
    if (selection.kind == Selection::Kind::Edge) {
        l = selection.layer;
        j = selection.neuron;
        k = selection.from;
    } else if (selection.kind == Selection::Kind::Neuron && selection.layer >= 1) {
        l = selection.layer;
        j = selection.neuron;
    }
    const Matrix &before = trace.before.layer(l).weights;
    const Matrix &after = trace.after.layer(l).weights;
    j = std::clamp(j, 0, static_cast<int>(before.rows()) - 1);
    k = std::clamp(k, 0, static_cast<int>(before.cols()) - 1);
    const BackwardRecord &record = trace.backward[static_cast<std::size_t>(l - 1)];
    const double eta = trace.optimizer.learningRate;
    const bool hidden = concealsWeight(concealed, l, j, k);
    QString html = title(EquationPanel::tr("Update"), 0);
    if (trace.optimizer.kind == Optimizer::Sgd) {
        html += general("<i>w</i> ← <i>w</i> − <i>η</i> ∂<i>E</i>/∂<i>w</i>,&nbsp;&nbsp; <i>b</i> ← <i>b</i> "
                        "− <i>η</i> ∂<i>E</i>/∂<i>b</i>");
        html += line(w(l, j, k) + " ← " + num(before(j, k)) + " − " + num(eta) + " × " +
                     factor(record.gradWeights(j, k)) + (hidden ? " = " + kHidden : result(after(j, k))));
        html += line(v("b", l, j) + " ← " + num(trace.before.layer(l).biases(j)) + " − " + num(eta) + " × " +
                     factor(record.gradBiases(j)) + result(trace.after.layer(l).biases(j)));
    } else {
        const QString rule =
            trace.optimizer.kind == Optimizer::Momentum
                ? "<i>v</i> ← <i>β v</i> + ∂<i>E</i>/∂<i>w</i>,&nbsp;&nbsp; <i>w</i> ← <i>w</i> − <i>η v</i>"
                : "Adam: <i>w</i> ← <i>w</i> − <i>η</i> <i>m̂</i> / (√<i>v̂</i> + ε)";
        html += general(rule);
        html += line(w(l, j, k) + ": " + num(before(j, k)) + " → " +
                     (hidden ? kHidden : "<b>" + num(after(j, k)) + "</b>"));
    }
    html += line("Δ" + w(l, j, k) + " = " + (hidden ? kHidden : num(after(j, k) - before(j, k))) +
                 " &nbsp;(η = " + num(eta) + ")");
    if (!trace.finite)
        html += EquationPanel::tr("<p style='color:%1'><b>This step was not finite: the weights were left "
                                  "as they were.</b></p>")
                    .arg(palette::alarmColor().name());
    return html;
}

QString signNote()
{
    return "<hr><p style='color:" + muted() + "; font-size:85%'>" +
           EquationPanel::tr(
               "<b>Signs.</b> We write <i>δ</i> = ∂<i>E</i>/∂<i>z</i> and <i>w</i> ← <i>w</i> − <i>η</i> "
               "∂<i>E</i>/∂<i>w</i>. The lecture's slides write ∂<i>E</i>/∂<i>a</i><sup>L</sup> = "
               "−(<i>a</i><sup>L</sup> − <i>t</i>) and <i>w</i> ← <i>w</i> + <i>μ a δ</i> (<i>η</i>, the "
               "lecture's <i>μ</i>, is the learning rate): their δ is the negative of ours, so the step is the "
               "same. Their Python code has two slips: <tt>actderiv(a[l-1])</tt> takes σ′ at <i>a</i> where it "
               "needs the derivative written in terms of <i>a</i>, and <tt>actderiv(z[i+1])</tt> takes the "
               "<i>z</i> of the next layer instead of its own. Here σ′ is always taken at <i>z</i> of the same "
               "layer.") +
           "</p>";
}

} // namespace

QString EquationPanel::formatValue(double value)
{
    return formatSignificant(value, 3);
}

QString EquationPanel::overviewHtml()
{
    QString html = title(tr("One step of backpropagation"), 0);
    html +=
        general(tr("forward") +
                " &nbsp;<i>z</i><sup>l</sup> = <i>W</i><sup>l</sup><i>a</i><sup>l−1</sup> + "
                "<i>b</i><sup>l</sup>, "
                "<i>a</i><sup>l</sup> = σ(<i>z</i><sup>l</sup>)<br>"
                "(BP1) <i>δ</i><sup>L</sup> = ∇<sub><i>a</i></sub><i>E</i> ⊙ σ′(<i>z</i><sup>L</sup>)<br>"
                "(BP2) <i>δ</i><sup>l</sup> = ((<i>W</i><sup>l+1</sup>)<sup>T</sup><i>δ</i><sup>l+1</sup>) ⊙ "
                "σ′(<i>z</i><sup>l</sup>)<br>"
                "(BP3) ∂<i>E</i>/∂<i>b</i><sup>l</sup><sub>j</sub> = <i>δ</i><sup>l</sup><sub>j</sub><br>"
                "(BP4) ∂<i>E</i>/∂<i>w</i><sup>l</sup><sub>jk</sub> = <i>a</i><sup>l−1</sup><sub>k</sub> "
                "<i>δ</i><sup>l</sup><sub>j</sub><br>" +
                tr("update") + " &nbsp;<i>w</i> ← <i>w</i> − <i>η</i> ∂<i>E</i>/∂<i>w</i>");
    html += line(tr("Press <b>→</b> (or Page Down) to step through one sample, phase by phase; "
                    "<b>Space</b> trains continuously."));
    return html + signNote();
}

QString EquationPanel::phaseHtml(const Trace &trace, int phaseIndex, const Selection &selection,
                                 const std::vector<Selection> &concealed)
{
    if (phaseIndex < 0 || phaseIndex >= static_cast<int>(trace.phases.size()))
        return overviewHtml();
    const Phase &phase = trace.phases[static_cast<std::size_t>(phaseIndex)];
    QString html;
    switch (phase.kind) {
    case PhaseKind::Forward: html = forwardHtml(trace, phase.layer, selection); break;
    case PhaseKind::OutputError: html = outputErrorHtml(trace, phase.layer, selection, concealed); break;
    case PhaseKind::Backward: html = backwardHtml(trace, phase.layer, selection); break;
    case PhaseKind::Gradients: html = gradientsHtml(trace, phase.layer, selection); break;
    case PhaseKind::Update: html = updateHtml(trace, selection, concealed); break;
    }
    return html + signNote();
}

EquationPanel::EquationPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setAccessibleName(tr("Equation of the current phase"));
    layout->addWidget(m_text);
    setPointSize(14);
    refresh();
    // The HTML carries the theme's colours: write it again when they change.
    connect(&Theme::instance(), &Theme::changed, this, [this] {
        setPointSize(m_points);
        refresh();
    });
}

void EquationPanel::setState(std::shared_ptr<const Trace> trace, int phaseIndex, const Selection &selection,
                             const std::vector<Selection> &concealed)
{
    // Snapshots arrive at the display's rate; laying out rich text again for nothing costs frames.
    if (trace == m_trace && phaseIndex == m_phaseIndex && selection == m_selection &&
        concealed == m_concealed && !m_text->toPlainText().isEmpty())
        return;
    m_trace = std::move(trace);
    m_phaseIndex = phaseIndex;
    m_selection = selection;
    m_concealed = concealed;
    refresh();
}

void EquationPanel::setPointSize(int points)
{
    m_points = points;
    fitSumInView();
    emit contentChanged();
}

double EquationPanel::shownPixels() const
{
    return QFontInfo(m_text->font()).pixelSize();
}

void EquationPanel::applyPoints(double points)
{
    QFont font = m_text->font();
    font.setPointSizeF(points);
    m_text->setFont(font);
    m_text->document()->setDefaultFont(font);
}

void EquationPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSumInView();
}

void EquationPanel::fitSumInView()
{
    // High contrast enlarges the text as well as the strokes.
    const double asked = m_points * palette::textScale();
    applyPoints(asked);
    const double smallest = kSmallestPixels * 72.0 / logicalDpiY();
    // Smaller type keeps every term and the result in view on a short panel (a 16-term sum at
    // 1024 × 768): the class redoes the sum from the screen, so no part of it may scroll away.
    for (double points = asked; points > smallest; points -= 0.5) {
        if (sumBottom(*m_text->document(), m_text->viewport()->width()) <= m_text->viewport()->height())
            return;
        applyPoints(std::max(smallest, points - 0.5));
    }
}

bool EquationPanel::sumFitsIn(int panelHeight) const
{
    // Laid out at the smallest type, as wide as the view is with a scroll bar (the text below the
    // sum may still need one), on a copy: the document on show keeps its type.
    const std::unique_ptr<QTextDocument> copy(m_text->document()->clone());
    QFont font = m_text->font();
    font.setPointSizeF(std::min(m_points * palette::textScale(), kSmallestPixels * 72.0 / logicalDpiY()));
    copy->setDefaultFont(font);
    const int scrollBar =
        m_text->verticalScrollBar()->isVisible() ? 0 : m_text->verticalScrollBar()->sizeHint().width();
    const double bottom = sumBottom(*copy, m_text->viewport()->width() - scrollBar);
    const int chrome = height() - m_text->viewport()->height();
    return bottom <= panelHeight - chrome;
}

QString EquationPanel::html() const
{
    // The HTML as written, not the document's: that one carries the type size the panel fitted to its
    // own height, which differs between two windows showing the same equation.
    return m_html;
}

void EquationPanel::refresh()
{
    QString html = m_trace ? phaseHtml(*m_trace, m_phaseIndex, m_selection, m_concealed) : overviewHtml();
    // A word joiner keeps "σ′(z)" whole: the line breaker would otherwise break after the prime.
    html.replace(QStringLiteral("\u2032("), QStringLiteral("\u2032\u2060("));
    m_html = html;
    m_text->setHtml(html);
    fitSumInView();
    emit contentChanged();
}

} // namespace bp::ui
