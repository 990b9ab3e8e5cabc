#include "ui/graph/scene_text.h"

#include "core/maths/activation.h"
#include "ui/graph/saturation_marks.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace bp::ui {

namespace {

QString dash()
{
    return QStringLiteral("\u2014");
}

QString tooltipValue(double value, bool known)
{
    return known ? formatSignificant(value, 4) : dash();
}

QString row(const QString &symbol, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:8px'>%1</td><td align='right'>%2</td></tr>")
        .arg(symbol.toHtmlEscaped(), value.toHtmlEscaped());
}

QString relativeErrorText(double error)
{
    return std::isnan(error) ? QCoreApplication::translate("SceneText", "not checked")
                             : formatSignificant(error, 2);
}

} // namespace

NeuronLabel neuronLabel(const SceneFrame &frame, const GraphGeometry &geometry, int layer, int neuron)
{
    NeuronLabel label;
    if (frame.isEmpty() || layer < 0 || layer >= geometry.layerCount() || layer > frame.layerCount())
        return label;
    const LayerGeometry &g = geometry.layer(layer);
    if (!g.labelled || neuron < 0 || neuron >= g.count)
        return label;

    QString symbol;
    QString number;
    switch (frame.printedQuantity(layer)) {
    case NeuronQuantity::Blank: return label;
    case NeuronQuantity::Input:
    case NeuronQuantity::Activation: number = formatNeuronValue(frame.activation(layer, neuron)); break;
    case NeuronQuantity::Delta:
        symbol = QStringLiteral("\u03B4");
        number = frame.isDeltaConcealed(layer, neuron) ? QStringLiteral("?")
                                                        : formatNeuronValue(frame.delta(layer, neuron));
        break;
    case NeuronQuantity::Derivative:
        symbol = QStringLiteral("\u03C3\u2032");
        number = formatNeuronValue(frame.derivative(layer, neuron));
        break;
    }
    label.fontPixels = g.valuePixels;
    const QPointF c = geometry.centre(layer, neuron);
    const QFontMetricsF metrics(neuronValueFont(label.fontPixels));
    if (symbol.isEmpty() || g.valuesBeside || g.valueLines == 1)
        label.lines = {symbol.isEmpty() ? number : symbol + u'=' + number};
    else
        label.lines = {symbol, number};
    double width = 0.0;
    for (const QString &line : std::as_const(label.lines))
        width = std::max(width, metrics.horizontalAdvance(line));
    if (g.valuesBeside) {
        label.beside = true;
        label.box = geometry.besideTag(layer, neuron, width);
    } else {
        const double height = metrics.height() * label.lines.size();
        label.box = QRectF(c.x() - width / 2.0, c.y() - height / 2.0, width, height);
    }
    label.text = label.lines.join(u'\n');
    return label;
}

QString widestInputText(const Dataset &dataset)
{
    if (dataset.inputSize() > kLabelledLayerLimit)
        return {};
    // Three significant digits in a decade always take the same characters (rounding up to the
    // next decade takes no more), so the extreme magnitudes of each sign bound every decade
    // between: a few texts to compare, not one per value.
    bool zero = false;
    double smallest[2] = {HUGE_VAL, HUGE_VAL};
    double largest[2] = {0.0, 0.0};
    for (const Matrix *inputs : {&dataset.inputs, &dataset.testInputs}) {
        for (Eigen::Index i = 0; i < inputs->size(); ++i) {
            const double x = inputs->data()[i];
            if (x == 0.0 || !std::isfinite(x)) {
                zero = zero || x == 0.0;
                continue;
            }
            const int sign = x < 0.0 ? 1 : 0;
            smallest[sign] = std::min(smallest[sign], std::abs(x));
            largest[sign] = std::max(largest[sign], std::abs(x));
        }
    }
    QString widest = zero ? formatNeuronValue(0.0) : QString();
    double widestWidth = zero ? valueTextWidth(widest, 1.0) : 0.0;
    for (int sign = 0; sign < 2; ++sign) {
        if (largest[sign] == 0.0)
            continue;
        const int low = static_cast<int>(std::floor(std::log10(smallest[sign])));
        const int high = static_cast<int>(std::floor(std::log10(largest[sign])));
        for (int decade = low; decade <= high; ++decade) {
            const QString text = formatNeuronValue((sign ? -1.11 : 1.11) * std::pow(10.0, decade));
            const double width = valueTextWidth(text, 1.0);
            if (width > widestWidth) {
                widest = text;
                widestWidth = width;
            }
        }
    }
    return widest;
}

QString layerTitle(int layer, int layerCount)
{
    if (layer == 0)
        return QCoreApplication::translate("SceneText", "input");
    if (layer == layerCount)
        return QCoreApplication::translate("SceneText", "output");
    return QCoreApplication::translate("SceneText", "layer %1").arg(layer);
}

QString phaseTitle(const SceneFrame &frame)
{
    if (!frame.isReplaying())
        return {};
    const Phase phase = frame.phase();
    const QString l = superscriptNumber(phase.layer);
    switch (phase.kind) {
    case PhaseKind::Forward:
        return QCoreApplication::translate("SceneText", "Forward · z%1 = W%1a%2 + b%1, a%1 = σ(z%1)")
            .arg(l, superscriptNumber(phase.layer - 1));
    case PhaseKind::OutputError:
        return QCoreApplication::translate("SceneText", "Output error · δ%1 (BP1)").arg(l);
    case PhaseKind::Backward:
        return QCoreApplication::translate("SceneText", "Backpropagate · δ%1 (BP2)").arg(l);
    case PhaseKind::Gradients:
        return QCoreApplication::translate("SceneText", "Gradients · ∂E/∂W%1, ∂E/∂b%1 (BP3, BP4)").arg(l);
    case PhaseKind::Update: return QCoreApplication::translate("SceneText", "Update · w ← w − η ∂E/∂w");
    }
    return {};
}

QString neuronTooltip(const SceneFrame &frame, int layer, int neuron)
{
    if (frame.isEmpty() || layer < 0 || layer > frame.layerCount() || neuron < 0 ||
        neuron >= frame.layerSize(layer))
        return {};
    const int j = neuron + 1;
    const NeuronLayerState &state = frame.neurons(layer);
    QString html = QCoreApplication::translate("SceneText", "<b>Neuron %1 of %2</b>")
                       .arg(j)
                       .arg(layerTitle(layer, frame.layerCount()));
    html += QStringLiteral("<table cellspacing='0'>");
    if (layer == 0) {
        html += row(QStringLiteral("x") + subscriptNumber(j),
                    tooltipValue(frame.input(neuron), state.activationKnown));
    } else {
        const bool replaying = frame.isReplaying();
        html += row(indexedSymbol(QStringLiteral("z"), layer, j),
                    tooltipValue(frame.weightedInput(layer, neuron), replaying && state.weightedInputKnown));
        html += row(indexedSymbol(QStringLiteral("a"), layer, j),
                    tooltipValue(frame.activation(layer, neuron), state.activationKnown));
        html += row(indexedSymbol(QStringLiteral("\u03B4"), layer, j),
                    frame.isDeltaConcealed(layer, neuron)
                        ? QStringLiteral("?")
                        : tooltipValue(frame.delta(layer, neuron), replaying && state.deltaKnown));
        html += row(indexedSymbol(QStringLiteral("b"), layer, j),
                    formatSignificant(frame.bias(layer, neuron), 4));
        html += row(QStringLiteral("\u2202E/\u2202") + indexedSymbol(QStringLiteral("b"), layer, j),
                    tooltipValue(frame.biasGradient(layer, neuron), replaying && state.gradientKnown));
        if (frame.showsGradientCheck())
            html += row(QCoreApplication::translate("SceneText", "relative error of ") +
                            indexedSymbol(QStringLiteral("b"), layer, j),
                        relativeErrorText(frame.biasRelativeError(layer, neuron)));
        const bool derivativeKnown = replaying ? state.weightedInputKnown : state.activationKnown;
        html += row(QStringLiteral("\u03C3\u2032(") + indexedSymbol(QStringLiteral("z"), layer, j) + u')',
                    tooltipValue(frame.derivative(layer, neuron), derivativeKnown));
        if (layer == frame.layerCount() && frame.hasTarget())
            html += row(QStringLiteral("t") + subscriptNumber(j), formatSignificant(frame.target(neuron), 4));
        if (const UnitSaturation *unit = frame.unitSaturation(layer, neuron)) {
            const SaturationReport &report = *frame.saturation();
            html += row(QCoreApplication::translate("SceneText", "mean σ′ / max σ′"),
                        formatSignificant(unit->meanDerivative, 3));
            html += row(QCoreApplication::translate("SceneText", "saturated on"),
                        QCoreApplication::translate("SceneText", "%1 % of %2 samples")
                            .arg(QString::number(std::lround(unit->saturatedShare * 100.0)))
                            .arg(report.sampleCount));
            if (unit->dead)
                html += row(
                    QCoreApplication::translate("SceneText", "dead"),
                    QCoreApplication::translate("SceneText", "z ≤ 0 on every sample: its gradients are 0"));
            else if (unit->saturated)
                html += row(QCoreApplication::translate("SceneText", "saturated"),
                            QCoreApplication::translate("SceneText",
                                                        "σ′ < 2 % of its largest value on most samples"));
        }
    }
    html += QStringLiteral("</table>");
    return html;
}

QString edgeTooltip(const SceneFrame &frame, int layer, int neuron, int from)
{
    if (frame.isEmpty() || layer < 1 || layer > frame.layerCount() || neuron < 0 ||
        neuron >= frame.layerSize(layer) || from < 0 || from >= frame.layerSize(layer - 1))
        return {};
    const int j = neuron + 1;
    const int k = from + 1;
    const QString w = indexedSymbol(QStringLiteral("w"), layer, j, k);
    QString html = QCoreApplication::translate("SceneText",
                                               "<b>Weight %1</b><br>from neuron %2 of %3 to neuron %4 of %5")
                       .arg(w.toHtmlEscaped())
                       .arg(k)
                       .arg(layerTitle(layer - 1, frame.layerCount()))
                       .arg(j)
                       .arg(layerTitle(layer, frame.layerCount()));
    html += QStringLiteral("<table cellspacing='0'>");
    html += row(w, formatSignificant(frame.weight(layer, neuron, from), 4));
    html += row(QStringLiteral("\u2202E/\u2202") + w,
                tooltipValue(frame.weightGradient(layer, neuron, from),
                             frame.isReplaying() && frame.edges(layer).gradientKnown));
    if (frame.isReplaying() && frame.phase().kind == PhaseKind::Update)
        html += row(QStringLiteral("\u0394") + w,
                    frame.isWeightConcealed(layer, neuron, from)
                        ? QStringLiteral("?")
                        : formatSignificant(frame.weightChange(layer, neuron, from), 3, true));
    if (frame.showsGradientCheck())
        html += row(QCoreApplication::translate("SceneText", "relative error"),
                    relativeErrorText(frame.weightRelativeError(layer, neuron, from)));
    html += QStringLiteral("</table>");
    return html;
}

QList<LegendEntry> legendEntries(const SceneFrame &frame)
{
    QList<LegendEntry> entries;
    if (frame.isEmpty())
        return entries;
    const int last = frame.layerCount();
    auto signedEntry = [](const QString &label, double scale) {
        LegendEntry entry;
        entry.kind = LegendEntry::Kind::Signed;
        entry.label = label;
        entry.scale = scale;
        return entry;
    };
    bool gradients = false;
    for (int l = 1; l <= last; ++l)
        gradients = gradients || frame.edges(l).gradientMix > 0.0;
    if (frame.showsGradientCheck()) {
        // The edges and biases show the check's errors, not w.
        LegendEntry errors;
        errors.kind = LegendEntry::Kind::RelativeError;
        errors.label = QCoreApplication::translate("SceneText", "relative error");
        errors.low = palette::kRelativeErrorLow;
        errors.scale = palette::kRelativeErrorHigh;
        entries.append(errors);
    } else {
        entries.append(signedEntry(QStringLiteral("w"), frame.scales().weight));
    }
    if (gradients)
        entries.append(signedEntry(QStringLiteral("\u2202E/\u2202w"), frame.scales().gradient));

    auto shows = [&](int l, NeuronQuantity q) {
        const NeuronLayerState &s = frame.neurons(l);
        return s.shown == q || (s.previous == q && s.mix < 1.0);
    };
    bool delta = false;
    bool sequential = false;
    bool derivative = false;
    double signedActivation = 0.0;
    bool allQuarter = true;
    for (int l = 0; l <= last; ++l) {
        delta = delta || shows(l, NeuronQuantity::Delta);
        const bool activation = shows(l, NeuronQuantity::Activation) || shows(l, NeuronQuantity::Input);
        if (activation && frame.hasSignedActivation(l))
            signedActivation = std::max(signedActivation, frame.activationScale(l));
        else if (activation)
            sequential = true;
        if (shows(l, NeuronQuantity::Derivative)) {
            derivative = true;
            allQuarter = allQuarter && frame.derivativeMax(l) == 0.25;
        }
    }
    if (delta)
        entries.append(signedEntry(QStringLiteral("\u03B4"), frame.scales().delta));
    // The marks come before the activations' scales: a legend short of room drops those first,
    // and only the input layer shows activations while δ is on show.
    const qsizetype marksAt = entries.size();
    if (sequential || (!derivative && signedActivation == 0.0)) {
        LegendEntry entry;
        entry.label = QCoreApplication::translate("SceneText", "activation a");
        entries.append(entry);
    }
    if (signedActivation > 0.0)
        entries.append(signedEntry(QStringLiteral("a"), signedActivation));
    if (derivative) {
        LegendEntry entry;
        entry.label = QStringLiteral("\u03C3\u2032(z)");
        entry.scale = allQuarter ? 0.25 : 1.0;
        entry.highText =
            allQuarter ? QStringLiteral("\u00BC") : QCoreApplication::translate("SceneText", "max");
        entries.append(entry);
    }
    if (frame.showsSaturation()) {
        LegendEntry marks;
        marks.kind = LegendEntry::Kind::Marks;
        marks.label = saturation_marks::gaugeText();
        marks.saturatedText = saturation_marks::saturatedText();
        marks.deadText = saturation_marks::deadText();
        entries.insert(marksAt, marks);
    }
    return entries;
}

} // namespace bp::ui
