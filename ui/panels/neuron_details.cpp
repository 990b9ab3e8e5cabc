#include "ui/panels/neuron_details.h"

#include "core/maths/activation.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <QtMath>

namespace bp::ui {

namespace {
constexpr int kDetailsPoints = 12;
} // namespace

NeuronDetails::NeuronDetails(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
}

void NeuronDetails::applyStyle(bool presenting, double scale)
{
    setStyleSheet(
        QString(
            "QLabel { font-size: %4pt; padding: 6px; background: %1; color: %2; border-top: 1px solid %3; }")
            .arg(palette::surfaceColor().name(), palette::inkColor().name(),
                 palette::surfaceBorderColor().name())
            .arg(presenting ? qRound(kDetailsPoints * scale) : kDetailsPoints));
    emit contentChanged();
}

void NeuronDetails::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    showLines();
}

void NeuronDetails::showLines()
{
    if (m_lines.isEmpty()) {
        setText(QString("<span style='color:%1'>%2</span>")
                    .arg(palette::mutedInkColor().name(), tr("Click a neuron or an edge for its values; "
                                                             "double-click it to edit its bias or weight.")));
        return;
    }
    // Compact, a wider gap between the values tells them apart where a line break did.
    setText(m_lines.join(m_compact ? QStringLiteral(" &nbsp; &nbsp; ") : QStringLiteral("<br>")));
}

void NeuronDetails::showSelection(const Network &network, const Trace *trace,
                                  const std::vector<Vector> &activations, const Selection &selection,
                                  bool deltaHidden)
{
    m_lines = details(network, trace, activations, selection, deltaHidden);
    showLines();
    emit contentChanged();
}

QStringList NeuronDetails::details(const Network &network, const Trace *trace,
                                   const std::vector<Vector> &activations, const Selection &selection,
                                   bool deltaHidden)
{
    // The graph's one format for a value on a neuron ("+0.144", "−0.0381"), so that the class reads
    // the same number in both places.
    const auto format = [](double value) { return formatNeuronValue(value); };
    if (selection.kind == Selection::Kind::Neuron && selection.layer >= 1 &&
        selection.layer <= network.layerCount()) {
        const int l = selection.layer;
        const int j = selection.neuron;
        const QString name = tr("neuron %1 of layer %2").arg(j + 1).arg(l);
        if (j >= network.sizes()[static_cast<std::size_t>(l)])
            return {};
        const double b = network.layer(l).biases(j);
        if (trace) {
            const double z = trace->forward[static_cast<std::size_t>(l - 1)].weightedInput(j, 0);
            const double a = trace->forward[static_cast<std::size_t>(l - 1)].activation(j, 0);
            const double delta = trace->backward[static_cast<std::size_t>(l - 1)].delta(j, 0);
            const QString hiddenOr = deltaHidden ? QStringLiteral("?") : format(delta);
            return {"<b>" + name + "</b>",
                    QString("z&nbsp;=&nbsp;%1 &nbsp; a&nbsp;=&nbsp;%2 &nbsp; δ&nbsp;=&nbsp;%3")
                        .arg(format(z), format(a), hiddenOr),
                    QString("b&nbsp;=&nbsp;%1 &nbsp; ∂E/∂b&nbsp;=&nbsp;%2 &nbsp; σ′\u2060(z)&nbsp;=&nbsp;%3")
                        .arg(format(b), hiddenOr,
                             format(activationDerivativeAt(network.layer(l).activation, z)))};
        }
        if (static_cast<std::size_t>(l) < activations.size())
            return {"<b>" + name + "</b>",
                    QString("a&nbsp;=&nbsp;%1 &nbsp; b&nbsp;=&nbsp;%2")
                        .arg(format(activations[static_cast<std::size_t>(l)](j)), format(b))};
        return {};
    }
    if (selection.kind == Selection::Kind::Edge) {
        const int l = selection.layer;
        if (l < 1 || l > network.layerCount() || selection.neuron >= network.layer(l).weights.rows() ||
            selection.from >= network.layer(l).weights.cols())
            return {};
        QString text = tr("<b>weight w<sup>%1</sup><sub>%2,%3</sub></b> = %4")
                           .arg(l)
                           .arg(selection.neuron + 1)
                           .arg(selection.from + 1)
                           .arg(format(network.layer(l).weights(selection.neuron, selection.from)));
        if (trace)
            text += " &nbsp; ∂E/∂w&nbsp;=&nbsp;" +
                    format(trace->backward[static_cast<std::size_t>(l - 1)].gradWeights(selection.neuron,
                                                                                        selection.from));
        return {text};
    }
    return {};
}

} // namespace bp::ui
