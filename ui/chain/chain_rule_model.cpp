#include "ui/chain/chain_rule_model.h"

#include "ui/style/value_format.h"

#include <algorithm>

namespace bp::ui {

namespace {

// The index of a phase in the trace, or a number past the end when the trace has none such.
int phaseIndexOf(const Trace &trace, PhaseKind kind, int layer)
{
    for (std::size_t i = 0; i < trace.phases.size(); ++i) {
        if (trace.phases[i].kind == kind && (kind == PhaseKind::Update || trace.phases[i].layer == layer))
            return static_cast<int>(i);
    }
    return static_cast<int>(trace.phases.size()) + 1;
}

// How many of `count` are shown: all when expanded or when at most one would be collapsed.
int shownOf(int count, bool expanded)
{
    return expanded || count <= kChainShown + 1 ? count : kChainShown;
}

ChainNode makeNode(ChainNode::Kind kind, QString label, int column, double row)
{
    ChainNode node;
    node.kind = kind;
    node.label = std::move(label);
    node.column = column;
    node.row = row;
    return node;
}

class Builder {
public:
    Builder(const Trace &trace, int phaseIndex, const std::vector<Selection> &concealed)
        : m_trace(trace), m_phase(phaseIndex), m_concealed(concealed), m_layers(trace.before.layerCount())
    {
    }

    // The phase that computes δˡ: BP1 at the output, BP2 below.
    int deltaPhase(int l) const
    {
        return l == m_layers ? phaseIndexOf(m_trace, PhaseKind::OutputError, l)
                             : phaseIndexOf(m_trace, PhaseKind::Backward, l);
    }
    int forwardPhase(int l) const { return phaseIndexOf(m_trace, PhaseKind::Forward, l); }
    int gradientsPhase(int l) const { return phaseIndexOf(m_trace, PhaseKind::Gradients, l); }
    int updatePhase() const { return phaseIndexOf(m_trace, PhaseKind::Update, 0); }
    bool reached(int phase) const { return m_phase >= phase; }
    bool isCurrent(int phase) const { return m_phase == phase; }

    double activation(int l, int j) const
    {
        return l == 0 ? m_trace.input(j, 0)
                      : m_trace.forward[static_cast<std::size_t>(l - 1)].activation(j, 0);
    }
    double weightedInput(int l, int j) const
    {
        return m_trace.forward[static_cast<std::size_t>(l - 1)].weightedInput(j, 0);
    }
    double delta(int l, int j) const { return m_trace.backward[static_cast<std::size_t>(l - 1)].delta(j, 0); }
    double weight(int l, int j, int k) const { return m_trace.before.layer(l).weights(j, k); }

    int add(ChainNode node)
    {
        m_model.nodes.push_back(std::move(node));
        return static_cast<int>(m_model.nodes.size()) - 1;
    }
    ChainEdge &connect(int from, int to)
    {
        m_model.edges.push_back({});
        m_model.edges.back().from = from;
        m_model.edges.back().to = to;
        return m_model.edges.back();
    }

    ChainModel build(int l, int j, const ChainExpansion &expansion)
    {
        ChainModel &model = m_model;
        model.layer = l;
        model.neuron = j;
        const Phase &phase = m_trace.phases[static_cast<std::size_t>(m_phase)];
        model.phaseKind = phase.kind;
        model.phaseLayer = phase.layer;
        model.backward = phase.kind != PhaseKind::Forward;
        const Activation f = m_trace.before.layer(l).activation;
        model.softmaxOutput = l == m_layers && f == Activation::Softmax;

        const int inputCount = m_trace.before.sizes()[static_cast<std::size_t>(l - 1)];
        const int shownInputs = shownOf(inputCount, expansion.inputs);
        const bool hasNext = l < m_layers;
        const int nextCount = hasNext ? m_trace.before.sizes()[static_cast<std::size_t>(l + 1)] : 0;
        const int shownNext = shownOf(nextCount, expansion.next);
        const double inputRows = 2.0 * shownInputs + (shownInputs < inputCount ? 1.0 : 0.0) + 1.0;
        const double nextRows = hasNext ? 2.0 * shownNext + (shownNext < nextCount ? 1.0 : 0.0) : 1.0;
        model.rows = std::max(inputRows, nextRows);
        model.columns = hasNext ? 7 : 5;
        const double centre = (model.rows - 1.0) / 2.0;
        const double inputTop = centre - (inputRows - 1.0) / 2.0;
        const double nextTop = centre - (nextRows - 1.0) / 2.0;

        const bool forwardReached = reached(forwardPhase(l));
        const bool forwardNow = isCurrent(forwardPhase(l));
        const bool deltaReached = reached(deltaPhase(l));
        const bool deltaHidden = concealsDelta(m_concealed, l, j);
        const bool gradientsReached = reached(gradientsPhase(l));
        const bool gradientsNow = isCurrent(gradientsPhase(l));
        const bool updateReached = reached(updatePhase());
        const double deltaValue = delta(l, j);

        // z = Σₖ wˡⱼₖ aˡ⁻¹ₖ + bˡⱼ
        ChainNode sum =
            makeNode(ChainNode::Kind::Sum, indexedSymbol(QStringLiteral("z"), l, j + 1), 2, centre);
        if (forwardReached)
            sum.value = weightedInput(l, j);
        if (deltaReached) {
            sum.gradient = deltaValue;
            sum.gradientConcealed = deltaHidden;
        }
        sum.current = forwardNow || isCurrent(deltaPhase(l));
        const int sumNode = add(sum);

        for (int k = 0; k < shownInputs; ++k) {
            const double top = inputTop + 2.0 * k;
            ChainNode input = makeNode(ChainNode::Kind::Input,
                                       indexedSymbol(QStringLiteral("a"), l - 1, k + 1), 0, top + 1.0);
            if (l == 1 || reached(forwardPhase(l - 1)))
                input.value = activation(l - 1, k);
            const int inputNode = add(input);
            ChainNode w = makeNode(ChainNode::Kind::Weight,
                                   indexedSymbol(QStringLiteral("w"), l, j + 1, k + 1), 1, top);
            w.value = weight(l, j, k);
            if (gradientsReached) {
                w.gradient = m_trace.backward[static_cast<std::size_t>(l - 1)].gradWeights(j, k);
                w.gradientConcealed = deltaHidden;
            }
            if (updateReached) {
                w.updated = m_trace.after.layer(l).weights(j, k);
                w.updatedConcealed = concealsWeight(m_concealed, l, j, k);
            }
            w.current = gradientsNow;
            const int weightNode = add(w);
            ChainNode times = makeNode(ChainNode::Kind::Multiply, {}, 1, top + 1.0);
            if (forwardReached)
                times.value = weight(l, j, k) * activation(l - 1, k);
            if (gradientsReached) {
                times.gradient = deltaValue; // an add copies the gradient to each term
                times.gradientConcealed = deltaHidden;
            }
            times.current = forwardNow;
            const int timesNode = add(times);
            // A multiply swaps its operands: ∂(w a)/∂a = w and ∂(w a)/∂w = a.
            ChainEdge &fromInput = connect(inputNode, timesNode);
            if (gradientsReached)
                fromInput.local = weight(l, j, k);
            ChainEdge &fromWeight = connect(weightNode, timesNode);
            if (gradientsReached)
                fromWeight.local = activation(l - 1, k);
            if (gradientsNow) {
                // (BP4) ∂E/∂wˡⱼₖ = δˡⱼ · aˡ⁻¹ₖ
                fromWeight.current = true;
                fromWeight.upstream = deltaValue;
                fromWeight.downstream = deltaValue * activation(l - 1, k);
                fromWeight.productConcealed = deltaHidden;
            }
            ChainEdge &intoSum = connect(timesNode, sumNode);
            if (gradientsReached)
                intoSum.local = 1.0;
        }
        if (shownInputs < inputCount) {
            ChainNode more = makeNode(ChainNode::Kind::More, {}, 0, inputTop + 2.0 * shownInputs);
            more.hidden = inputCount - shownInputs;
            more.moreInputs = true;
            add(more);
        }
        ChainNode bias = makeNode(ChainNode::Kind::Bias, indexedSymbol(QStringLiteral("b"), l, j + 1), 1,
                                  inputTop + inputRows - 1.0);
        bias.value = m_trace.before.layer(l).biases(j);
        if (gradientsReached) {
            bias.gradient = m_trace.backward[static_cast<std::size_t>(l - 1)].gradBiases(j);
            bias.gradientConcealed = deltaHidden;
        }
        if (updateReached)
            bias.updated = m_trace.after.layer(l).biases(j);
        bias.current = gradientsNow;
        ChainEdge &biasEdge = connect(add(bias), sumNode);
        if (gradientsReached) {
            biasEdge.local = 1.0; // (BP3) ∂E/∂bˡⱼ = δˡⱼ
            if (gradientsNow) {
                biasEdge.current = true;
                biasEdge.upstream = deltaValue;
                biasEdge.downstream = deltaValue;
                biasEdge.productConcealed = deltaHidden;
            }
        }

        // a = f(z), and ∂E/∂a, the gradient that arrives from above.
        ChainNode act =
            makeNode(ChainNode::Kind::Activation, indexedSymbol(QStringLiteral("a"), l, j + 1), 3, centre);
        if (forwardReached)
            act.value = activation(l, j);
        act.current = forwardNow;
        std::optional<double> gradientOfActivation;
        const double a = activation(l, j);
        if (hasNext) {
            if (reached(deltaPhase(l))) {
                // (BP2) ∂E/∂aˡⱼ = Σᵢ wˡ⁺¹ᵢⱼ δˡ⁺¹ᵢ over every neuron of the next layer, shown or not
                double sumOverNext = 0.0;
                for (int i = 0; i < nextCount; ++i)
                    sumOverNext += weight(l + 1, i, j) * delta(l + 1, i);
                gradientOfActivation = sumOverNext;
            }
        } else if (!model.softmaxOutput && deltaReached) {
            const double t = m_trace.target(j, 0);
            // ∇ₐE: aᴸ − t for the squared error; for the cross-entropy after the logistic,
            // (a − t) / (a (1 − a)), which σ′ turns back into δ = a − t.
            gradientOfActivation =
                m_trace.before.loss() == Loss::HalfSquaredError ? a - t : (a - t) / (a * (1.0 - a));
        }
        if (gradientOfActivation) {
            act.gradient = *gradientOfActivation;
            act.gradientConcealed = deltaHidden && !hasNext;
        }
        const int actNode = add(act);
        ChainEdge &intoActivation = connect(sumNode, actNode);
        if (deltaReached && !model.softmaxOutput)
            intoActivation.local = activationDerivativeAt(f, weightedInput(l, j));
        if (isCurrent(deltaPhase(l))) {
            // (BP1, BP2) δˡⱼ = ∂E/∂aˡⱼ · f′(zˡⱼ)
            intoActivation.current = true;
            intoActivation.upstream = gradientOfActivation.value_or(0.0);
            intoActivation.downstream = deltaValue;
            intoActivation.productConcealed = deltaHidden;
            model.sumsNextLayer = hasNext;
        }

        if (!hasNext) {
            ChainNode loss = makeNode(ChainNode::Kind::Loss, QStringLiteral("E"), 4, centre);
            if (reached(forwardPhase(l)))
                loss.value = m_trace.loss;
            if (deltaReached)
                loss.gradient = 1.0;
            ChainEdge &intoLoss = connect(actNode, add(loss));
            if (gradientOfActivation)
                intoLoss.local = *gradientOfActivation;
            return model;
        }

        const bool nextForward = reached(forwardPhase(l + 1));
        const bool nextDelta = reached(deltaPhase(l + 1));
        const bool nextGradients = reached(gradientsPhase(l + 1));
        ChainNode loss = makeNode(ChainNode::Kind::Loss, QStringLiteral("E"), 6, centre);
        if (reached(forwardPhase(m_layers)))
            loss.value = m_trace.loss;
        if (nextDelta)
            loss.gradient = 1.0;
        const int lossNode = add(loss);
        for (int i = 0; i < shownNext; ++i) {
            const double top = nextTop + 2.0 * i;
            ChainNode w = makeNode(ChainNode::Kind::Weight,
                                   indexedSymbol(QStringLiteral("w"), l + 1, i + 1, j + 1), 4, top);
            w.value = weight(l + 1, i, j);
            if (nextGradients) {
                w.gradient = m_trace.backward[static_cast<std::size_t>(l)].gradWeights(i, j);
                w.gradientConcealed = concealsDelta(m_concealed, l + 1, i);
            }
            if (updateReached) {
                w.updated = m_trace.after.layer(l + 1).weights(i, j);
                w.updatedConcealed = concealsWeight(m_concealed, l + 1, i, j);
            }
            const int weightNode = add(w);
            ChainNode times = makeNode(ChainNode::Kind::Multiply, {}, 4, top + 1.0);
            if (nextForward)
                times.value = weight(l + 1, i, j) * a;
            if (nextDelta) {
                times.gradient = delta(l + 1, i);
                times.gradientConcealed = concealsDelta(m_concealed, l + 1, i);
            }
            times.current = isCurrent(forwardPhase(l + 1));
            const int timesNode = add(times);
            ChainNode z = makeNode(ChainNode::Kind::Sum, indexedSymbol(QStringLiteral("z"), l + 1, i + 1), 5,
                                   top + 1.0);
            if (nextForward)
                z.value = weightedInput(l + 1, i);
            if (nextDelta) {
                z.gradient = delta(l + 1, i);
                z.gradientConcealed = concealsDelta(m_concealed, l + 1, i);
            }
            z.current = isCurrent(forwardPhase(l + 1)) || isCurrent(deltaPhase(l + 1));
            const int zNode = add(z);
            ChainEdge &fromActivation = connect(actNode, timesNode);
            if (reached(deltaPhase(l))) {
                fromActivation.local = weight(l + 1, i, j); // the multiply swaps: ∂(w a)/∂a = w
            }
            ChainEdge &fromWeight = connect(weightNode, timesNode);
            if (nextGradients)
                fromWeight.local = a;
            ChainEdge &intoZ = connect(timesNode, zNode);
            if (nextDelta)
                intoZ.local = 1.0;
            connect(zNode, lossNode).rest = true;
        }
        if (shownNext < nextCount) {
            ChainNode more = makeNode(ChainNode::Kind::More, {}, 4, nextTop + 2.0 * shownNext);
            more.hidden = nextCount - shownNext;
            more.moreInputs = false;
            add(more);
        }
        return model;
    }

private:
    const Trace &m_trace;
    int m_phase;
    const std::vector<Selection> &m_concealed;
    int m_layers;
    ChainModel m_model;
};

} // namespace

ChainModel buildChainModel(const Trace &trace, int phaseIndex, const Selection &selection,
                           const std::vector<Selection> &concealed, const ChainExpansion &expansion)
{
    if (phaseIndex < 0 || phaseIndex >= static_cast<int>(trace.phases.size()) ||
        selection.kind == Selection::Kind::None)
        return {};
    const int l = selection.layer;
    if (l < 1 || l > trace.before.layerCount() ||
        trace.forward.size() != static_cast<std::size_t>(trace.before.layerCount()) ||
        trace.backward.size() != trace.forward.size())
        return {};
    const int j = selection.neuron;
    if (j < 0 || j >= trace.before.sizes()[static_cast<std::size_t>(l)])
        return {};
    return Builder(trace, phaseIndex, concealed).build(l, j, expansion);
}

} // namespace bp::ui
