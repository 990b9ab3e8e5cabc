#include "core/documents/worked_example_writer.h"

#include "core/documents/handout_document.h"
#include "core/documents/tex_notation.h"

#include <algorithm>
#include <cmath>

namespace bp {

namespace {

// The sections of a worked example, in order. An exercise sheet of level n leaves the numbers of the
// last n of them to the student (kExerciseLevels = 6: the whole step).
enum class Stage { Forward, Error, OutputError, Backward, Gradients, Update };

const char *stageTitle(Stage stage)
{
    switch (stage) {
    case Stage::Forward: return "1. Forward pass";
    case Stage::Error: return "2. The error";
    case Stage::OutputError: return "3. Output error (BP1)";
    case Stage::Backward: return "4. Backward pass (BP2)";
    case Stage::Gradients: return "5. Gradients (BP3, BP4)";
    case Stage::Update: return "6. Update";
    }
    return "";
}

class Writer {
public:
    Writer(const Trace &trace, const WorkedExampleOptions &options)
        : m_trace(trace), m_options(options), m_doc(options), m_net(trace.before),
          m_complete(isWorkedExampleComplete(trace.before))
    {
    }

    std::string write()
    {
        m_doc.begin(true);
        introduction();
        if (m_options.exerciseLevel > 0)
            exerciseInstructions();
        forward();
        loss();
        outputError();
        backward();
        gradients();
        update();
        signConvention();
        m_doc.end();
        return m_doc.take();
    }

private:
    int layers() const { return m_net.layerCount(); }
    int width(int l) const { return m_net.sizes()[static_cast<std::size_t>(l)]; }

    const Matrix &activationOf(int l) const
    {
        return l == 0 ? m_trace.input : m_trace.forward[static_cast<std::size_t>(l - 1)].activation;
    }
    const ForwardRecord &forwardOf(int l) const { return m_trace.forward[static_cast<std::size_t>(l - 1)]; }
    const BackwardRecord &backwardOf(int l) const
    {
        return m_trace.backward[static_cast<std::size_t>(l - 1)];
    }

    // The neurons of layer l written out: all of them, or the first few and the selected one.
    std::vector<int> shownNeurons(int l) const
    {
        std::vector<int> shown;
        const int count = width(l);
        const int first = m_complete ? count : std::min(count, kWorkedExampleShownNeurons);
        for (int j = 0; j < first; ++j)
            shown.push_back(j);
        if (!m_complete && m_options.selectedLayer == l && m_options.selectedNeuron >= first &&
            m_options.selectedNeuron < count)
            shown.push_back(m_options.selectedNeuron);
        return shown;
    }

    // The terms k of a sum written out: all, or the first few, "…" and the last.
    std::vector<int> shownTerms(int count) const
    {
        std::vector<int> shown;
        if (m_complete || count <= kWorkedExampleShownTerms + 1) {
            for (int k = 0; k < count; ++k)
                shown.push_back(k);
            return shown;
        }
        for (int k = 0; k < kWorkedExampleShownTerms; ++k)
            shown.push_back(k);
        shown.push_back(-1); // the "…"
        shown.push_back(count - 1);
        return shown;
    }

    // "neurons 4 to 128" as prose.
    std::string leftOutNeurons(int l, const std::vector<int> &shown) const
    {
        const int count = width(l);
        const int written = static_cast<int>(shown.size());
        if (written >= count)
            return {};
        std::string text = "Layer " + index(l) + " has " + index(count) + " neurons: shown are ";
        for (std::size_t i = 0; i < shown.size(); ++i)
            text += (i ? (i + 1 == shown.size() ? " and " : ", ") : "") + index(shown[i] + 1);
        if (m_options.selectedLayer == l && m_options.selectedNeuron >= kWorkedExampleShownNeurons &&
            m_options.selectedNeuron < count)
            text += " (" + index(m_options.selectedNeuron + 1) + " is the selected neuron)";
        text += "; the other " + index(count - written) + " are left out and follow the same equations.";
        return m_doc.text(text);
    }

    std::string range(const Matrix &values) const
    {
        return m_doc.number(values.minCoeff()) + " \\le \\cdot \\le " + m_doc.number(values.maxCoeff());
    }

    std::string vectorTex(const Matrix &column, int shownMax) const
    {
        std::string text = "(";
        const Eigen::Index count = column.size();
        const Eigen::Index shown = m_complete ? count : std::min<Eigen::Index>(count, shownMax);
        for (Eigen::Index i = 0; i < shown; ++i)
            text += (i ? (m_doc.isLatex() ? ",\\allowbreak\\ " : ",\\ ") : "") + m_doc.number(column(i, 0));
        if (shown < count)
            text += ",\\ \\dots";
        return text + ")^{T}";
    }

    std::string activationName(Activation activation) const
    {
        switch (activation) {
        case Activation::Logistic: return "logistic " + m_doc.math("\\sigma");
        case Activation::Tanh: return "tanh";
        case Activation::Relu: return "relu";
        case Activation::Identity: return "identity";
        case Activation::LeakyRelu: return "leaky relu (slope 0.01 below 0)";
        case Activation::Softmax: return "softmax";
        }
        return {};
    }

    void introduction()
    {
        m_doc.heading(1, m_options.title.empty() ? "One step of backpropagation" : m_options.title);
        std::string shape;
        for (int l = 0; l <= layers(); ++l)
            shape += (l ? "-" : "") + index(width(l));
        std::string intro =
            m_doc.text("A worked example of one training step on one sample, in the notation of "
                       "the lecture. The network is " +
                       shape + " (" + std::to_string(m_net.parameterCount()) + " parameters); ");
        for (int l = 1; l <= layers(); ++l)
            intro += m_doc.text((l > 1 ? ", layer " : "layer ") + index(l) + ": ") +
                     activationName(m_net.layer(l).activation);
        intro += m_doc.text(". The error is ");
        if (m_net.loss() == Loss::HalfSquaredError)
            intro += m_doc.math("E = \\tfrac{1}{2} \\sum_j (a^{L}_j - t_j)^2");
        else
            intro += m_doc.text("the cross-entropy");
        intro += m_doc.text(", and the update is ");
        intro += updateName() + ".";
        m_doc.paragraph(intro);

        m_doc.paragraph(m_doc.text("The sample: ") +
                        m_doc.math("x = a^{0} = " + vectorTex(m_trace.input, 8)) +
                        m_doc.text(" and target ") + m_doc.math("t = " + vectorTex(m_trace.target, 8)) + ".");
        m_doc.paragraph(m_doc.text("Notation: ") + m_doc.math("z^{l} = W^{l} a^{l-1} + b^{l}") +
                        m_doc.text(" is the weighted input of layer ") + m_doc.math("l") + m_doc.text(", ") +
                        m_doc.math("a^{l} = f(z^{l})") + m_doc.text(" its activation, ") +
                        m_doc.math("\\delta^{l} = \\partial E / \\partial z^{l}") +
                        m_doc.text(" its error, and ") + m_doc.math("w^{l}_{jk}") +
                        m_doc.text(" connects neuron ") + m_doc.math("k") + m_doc.text(" of layer ") +
                        m_doc.math("l-1") + m_doc.text(" to neuron ") + m_doc.math("j") +
                        m_doc.text(" of layer ") + m_doc.math("l") +
                        m_doc.text(". Numbers are rounded to " + index(m_options.digits) +
                                   " significant digits; every result "
                                   "was computed at full precision by the "
                                   "same code that trains, so redoing a "
                                   "line from the rounded numbers can "
                                   "differ in the last digit."));
        if (!m_complete)
            m_doc.paragraph(
                m_doc.text(
                    "This network is too large to write out in full (" +
                    std::to_string(m_net.parameterCount()) + " parameters). Each layer is summarised, " +
                    "and its equations are written out for the first " + index(kWorkedExampleShownNeurons) +
                    " neurons (and the selected one); sums show their first " +
                    index(kWorkedExampleShownTerms) + " terms and the last, and the gradients and " +
                    "updates the first " + index(kWorkedExampleShownTerms) +
                    " weights of each neuron shown. Everything else is left out. ") +
                m_doc.code("backprop-cli trace") + m_doc.text(" prints every value as JSON."));
        if (!m_trace.finite)
            m_doc.paragraph(
                m_doc.text("This step was not finite (an activation, the error or an updated weight "
                           "overflowed): the weights were left as they were."));
    }

    std::string updateName() const
    {
        const std::string eta = m_doc.math("\\eta = " + m_doc.number(m_trace.optimizer.learningRate));
        switch (m_trace.optimizer.kind) {
        case Optimizer::Sgd:
            return m_doc.text("stochastic gradient descent, ") +
                   m_doc.math("w \\leftarrow w - \\eta \\, \\partial E / \\partial w") +
                   m_doc.text(" with ") + eta;
        case Optimizer::Momentum:
            return m_doc.text("gradient descent with momentum ") +
                   m_doc.math("\\beta = " + m_doc.number(m_trace.optimizer.momentum)) + m_doc.text(", ") +
                   eta;
        case Optimizer::Adam: return m_doc.text("Adam, ") + eta;
        }
        return {};
    }

    // "w¹₁₁ a⁰₁" style products of a sum, signed: weights[k] · values[k] (or · secondTexts[k]).
    std::vector<std::string> productTerms(const std::vector<int> &ks, const std::vector<double> &first,
                                          const std::vector<double> &second,
                                          const std::vector<std::string> *secondTexts = nullptr) const
    {
        std::vector<std::string> terms;
        for (std::size_t i = 0; i < ks.size(); ++i) {
            if (ks[i] < 0) {
                terms.push_back("+ \\dots");
                continue;
            }
            const auto k = static_cast<std::size_t>(ks[i]);
            const double a = first[k];
            std::string term =
                i == 0 ? m_doc.number(a) : (a < 0 ? "- " : "+ ") + m_doc.number(i ? std::abs(a) : a);
            term += " \\cdot " + (secondTexts ? (*secondTexts)[k] : m_doc.factor(second[k]));
            terms.push_back(term);
        }
        return terms;
    }

    // The derivative of an element-wise activation at one neuron, as a displayed row.
    std::string derivativeRow(int l, int j) const
    {
        const Activation f = m_net.layer(l).activation;
        const double z = forwardOf(l).weightedInput(j, 0);
        const double a = forwardOf(l).activation(j, 0);
        const double value = activationDerivativeAt(f, z);
        const std::string lhs = functionTex(f) + "'(" + sym("z", l, j) + ") &= ";
        // id′(z) = 1 is a definition, not something to compute: no box (answer() would number one).
        if (f == Activation::Identity)
            return lhs + "1";
        const Stage stage = deltaStage(l);
        const std::string aText = knownFactor(Stage::Forward, sym("a", l, j), a);
        const std::string result = answer(stage, derivativeSym(l, j), value);
        switch (f) {
        case Activation::Logistic:
            return lhs + sym("a", l, j) + "\\,(1 - " + sym("a", l, j) + ") = " + aText + "\\,(1 - " + aText +
                   ") = " + result;
        case Activation::Tanh:
            return lhs + "1 - (" + sym("a", l, j) + ")^2 = 1 - " + aText + "^2 = " + result;
        case Activation::Relu:
        case Activation::LeakyRelu:
            if (isBlank(stage))
                return lhs + result;
            return lhs + result + " \\quad (" + sym("z", l, j) + (z > 0 ? " > 0" : " \\le 0") + ")";
        case Activation::Identity:
        case Activation::Softmax: break;
        }
        return lhs + result;
    }

    void forward()
    {
        m_doc.heading(2, "1. Forward pass, " + layerRange(1, layers()));
        m_doc.display({"z^{l} &= W^{l} a^{l-1} + b^{l}, \\qquad a^{l} = f(z^{l}), \\qquad a^{0} = x"});
        for (int l = 1; l <= layers(); ++l) {
            const Layer &layer = m_net.layer(l);
            m_doc.heading(3, "Layer " + index(l));
            const std::vector<int> shown = shownNeurons(l);
            if (!m_complete) {
                std::string summary = leftOutNeurons(l, shown);
                summary += (summary.empty() ? "" : " ") + m_doc.text("Over the layer, ") +
                           m_doc.math("z^{" + index(l) + "}: " + range(forwardOf(l).weightedInput)) +
                           m_doc.text(" and ") +
                           m_doc.math("a^{" + index(l) + "}: " + range(forwardOf(l).activation)) + ".";
                m_doc.paragraph(summary);
            }
            const Matrix &previous = activationOf(l - 1);
            const std::vector<double> inputs(previous.data(), previous.data() + previous.size());
            const std::vector<std::string> inputTexts = knownActivations(l - 1);
            for (int j : shown) {
                std::vector<double> weights;
                for (Eigen::Index k = 0; k < layer.weights.cols(); ++k)
                    weights.push_back(layer.weights(j, k));
                const std::vector<int> ks = shownTerms(static_cast<int>(weights.size()));
                std::vector<std::string> terms = productTerms(ks, weights, inputs, &inputTexts);
                const double b = layer.biases(j);
                terms.push_back((b < 0 ? "- " : "+ ") + m_doc.number(std::abs(b)));
                const double z = forwardOf(l).weightedInput(j, 0);
                std::vector<std::string> rows = sumRows(sym("z", l, j) + " &= ", terms,
                                                        " = " + answer(Stage::Forward, sym("z", l, j), z));
                const std::string a = answer(Stage::Forward, sym("a", l, j), forwardOf(l).activation(j, 0));
                if (layer.activation == Activation::Softmax)
                    rows.push_back(sym("a", l, j) + " &= \\frac{e^{" + sym("z", l, j) + "}}{\\sum_k e^{z^{" +
                                   index(l) + "}_k}} = " + a);
                else
                    rows.push_back(sym("a", l, j) + " &= " + functionTex(layer.activation) + "(" +
                                   known(Stage::Forward, sym("z", l, j), z) + ") = " + a);
                m_doc.display(rows);
            }
        }
    }

    void loss()
    {
        const int L = layers();
        const Matrix &a = activationOf(L);
        const Matrix &t = m_trace.target;
        m_doc.heading(2, "2. The error");
        const std::vector<int> ks = shownTerms(static_cast<int>(a.size()));
        std::vector<std::string> terms;
        const bool squared = m_net.loss() == Loss::HalfSquaredError;
        const bool softmax = m_net.layer(L).activation == Activation::Softmax;
        for (std::size_t i = 0; i < ks.size(); ++i) {
            if (ks[i] < 0) {
                terms.push_back("+ \\dots");
                continue;
            }
            const Eigen::Index k = ks[i];
            std::string term = i ? "+ " : "";
            const std::string ak = known(Stage::Forward, sym("a", L, static_cast<int>(k)), a(k, 0));
            const std::string akFactor =
                knownFactor(Stage::Forward, sym("a", L, static_cast<int>(k)), a(k, 0));
            if (squared)
                term += "(" + ak + " - " + m_doc.factor(t(k, 0)) + ")^2";
            else if (softmax)
                term += m_doc.factor(t(k, 0)) + " \\log " + akFactor;
            else
                term += "\\bigl[" + m_doc.factor(t(k, 0)) + " \\log " + akFactor + " + (1 - " +
                        m_doc.factor(t(k, 0)) + ") \\log(1 - " + akFactor + ")\\bigr]";
            terms.push_back(term);
        }
        std::string lead;
        if (squared)
            lead = "E &= \\tfrac{1}{2} \\sum_j (a^{" + index(L) + "}_j - t_j)^2 = \\tfrac{1}{2}\\bigl[";
        else if (softmax)
            lead = "E &= -\\sum_j t_j \\log a^{" + index(L) + "}_j = -\\bigl[";
        else
            lead = "E &= -\\sum_j \\bigl[t_j \\log a^{" + index(L) + "}_j + (1 - t_j) \\log(1 - a^{" +
                   index(L) + "}_j)\\bigr] = -\\bigl[";
        m_doc.display(sumRows(lead, terms, "\\bigr] = " + answer(Stage::Error, "E", m_trace.loss)));
        if (!squared)
            m_doc.paragraph(m_doc.text("(The program computes the cross-entropy from ") +
                            m_doc.math("z^{L}") + m_doc.text(", which stays finite where ") +
                            m_doc.math("a^{L}") + m_doc.text(" rounds to 0 or 1.)"));
    }

    void outputError()
    {
        const int L = layers();
        const Layer &layer = m_net.layer(L);
        const Matrix &a = activationOf(L);
        const Matrix &t = m_trace.target;
        const Matrix &delta = backwardOf(L).delta;
        m_doc.heading(2, "3. Output error (BP1), layer " + index(L));
        const bool softmax = layer.activation == Activation::Softmax;
        if (softmax) {
            // Each softmax output depends on every z, so σ′ is a Jacobian and not a vector.
            m_doc.display(
                {"\\text{(BP1)} \\quad \\delta^{L} &= J^{T} \\nabla_{a} E, \\quad J_{jk} = "
                 "\\frac{\\partial a^{L}_j}{\\partial z^{L}_k} = a^{L}_j (\\delta_{jk} - a^{L}_k)"});
            m_doc.paragraph(m_doc.text("The Hadamard form ") + m_doc.math("\\nabla_a E \\odot f'(z^{L})") +
                            m_doc.text(" does not apply to a softmax output: each ") + m_doc.math("a^{L}_j") +
                            m_doc.text(" depends on every ") + m_doc.math("z^{L}_k") +
                            m_doc.text(", so the derivative is the Jacobian J."));
        } else {
            m_doc.display({"\\text{(BP1)} \\quad \\delta^{L} &= \\nabla_{a} E \\odot f'(z^{L})"});
        }
        const bool crossEntropy = m_net.loss() == Loss::CrossEntropy;
        double targetSum = 0.0;
        for (Eigen::Index k = 0; k < t.size(); ++k)
            targetSum += t(k, 0);
        // With softmax, −Σ t log a gives δ = a Σₖtₖ − t: a − t only when the targets sum to 1.
        const bool scaledTargets = crossEntropy && softmax && targetSum != 1.0;
        if (scaledTargets)
            m_doc.paragraph(m_doc.text("With the cross-entropy after a softmax output, ") +
                            m_doc.math("\\delta^{L}_j = a^{L}_j \\sum_k t_k - t_j") +
                            m_doc.text(", which is the familiar ") + m_doc.math("a^{L}_j - t_j") +
                            m_doc.text(" only when the targets sum to 1; here they sum to ") +
                            m_doc.math(m_doc.number(targetSum)) + ".");
        else if (crossEntropy)
            m_doc.paragraph(m_doc.text("With the cross-entropy after a " +
                                       std::string(softmax ? "softmax" : "logistic") + " output, ") +
                            m_doc.math("\\nabla_a E") +
                            m_doc.text(" and the derivative of the output cancel: ") +
                            m_doc.math("\\delta^{L}_j = a^{L}_j - t_j") + ".");
        else
            m_doc.paragraph(m_doc.text("With ") + m_doc.math("E = \\tfrac{1}{2}\\sum_j (a^{L}_j - t_j)^2") +
                            m_doc.text(", ") + m_doc.math("\\nabla_a E = a^{L} - t") + ".");
        const std::vector<int> shown = shownNeurons(L);
        if (!m_complete)
            m_doc.paragraph(leftOutNeurons(L, shown));
        double softmaxSum = 0.0;
        if (softmax && !crossEntropy) {
            for (Eigen::Index k = 0; k < a.size(); ++k)
                softmaxSum += a(k, 0) * (a(k, 0) - t(k, 0));
        }
        for (int j : shown) {
            std::vector<std::string> rows;
            const std::string aj = sym("a", L, j);
            const std::string dj = sym("\\delta", L, j);
            const auto result = [&] { return " = " + answer(Stage::OutputError, dj, delta(j, 0)); };
            const std::string aText = known(Stage::Forward, aj, a(j, 0));
            if (scaledTargets) {
                rows.push_back(dj + " &= " + aj + " \\textstyle\\sum_k t_k - " + targetSym(j) + " = " +
                               aText + " \\cdot " + m_doc.factor(targetSum) + " - " + m_doc.factor(t(j, 0)) +
                               result());
            } else if (crossEntropy) {
                rows.push_back(dj + " &= " + aj + " - " + targetSym(j) + " = " + aText + " - " +
                               m_doc.factor(t(j, 0)) + result());
            } else if (layer.activation == Activation::Softmax) {
                rows.push_back(dj + " &= " + aj + "\\bigl((" + aj + " - " + targetSym(j) +
                               ") - \\textstyle\\sum_k a^{L}_k (a^{L}_k - t_k)\\bigr)");
                const std::string sum =
                    knownFactor(Stage::OutputError, "\\textstyle\\sum_k a^{L}_k (a^{L}_k - t_k)", softmaxSum);
                rows.push_back("&= " + aText + "\\,\\bigl((" + aText + " - " + m_doc.factor(t(j, 0)) +
                               ") - " + sum + "\\bigr)" + result());
            } else {
                rows.push_back(derivativeRow(L, j));
                const std::string derivative =
                    knownFactor(Stage::OutputError, derivativeSym(L, j),
                                activationDerivativeAt(layer.activation, forwardOf(L).weightedInput(j, 0)));
                rows.push_back(dj + " &= (" + aj + " - " + targetSym(j) + ")\\, " +
                               functionTex(layer.activation) + "'(" + sym("z", L, j) + ") = (" + aText +
                               " - " + m_doc.factor(t(j, 0)) + ") \\cdot " + derivative + result());
            }
            m_doc.display(rows);
        }
    }

    void backward()
    {
        const int L = layers();
        m_doc.heading(2, "4. Backward pass (BP2)" + (L < 2 ? std::string() : ", " + layerRange(L - 1, 1)));
        if (L < 2) {
            m_doc.paragraph(
                m_doc.text("This network has no hidden layer, so there is nothing to pass back."));
            return;
        }
        m_doc.display({"\\text{(BP2)} \\quad \\delta^{l} &= \\bigl((W^{l+1})^{T} \\delta^{l+1}\\bigr) \\odot "
                       "f'(z^{l})"});
        for (int l = L - 1; l >= 1; --l) {
            m_doc.heading(3, "Layer " + index(l));
            const Layer &layer = m_net.layer(l);
            const Layer &next = m_net.layer(l + 1);
            const Matrix &nextDelta = backwardOf(l + 1).delta;
            const Matrix &delta = backwardOf(l).delta;
            const std::vector<int> shown = shownNeurons(l);
            if (!m_complete)
                m_doc.paragraph(leftOutNeurons(l, shown) + " " + m_doc.text("Over the layer, ") +
                                m_doc.math("\\delta^{" + index(l) + "}: " + range(delta)) + ".");
            const std::vector<double> deltas(nextDelta.data(), nextDelta.data() + nextDelta.size());
            std::vector<std::string> deltaTexts;
            for (int k = 0; k < static_cast<int>(deltas.size()); ++k)
                deltaTexts.push_back(knownFactor(deltaStage(l + 1), sym("\\delta", l + 1, k),
                                                 deltas[static_cast<std::size_t>(k)]));
            for (int j : shown) {
                std::vector<double> weights;
                for (Eigen::Index k = 0; k < next.weights.rows(); ++k)
                    weights.push_back(next.weights(k, j));
                const std::vector<int> ks = shownTerms(static_cast<int>(weights.size()));
                const std::string lead = sym("\\delta", l, j) + " &= \\Bigl(\\sum_k w^{" + index(l + 1) +
                                         "}_{k" + (j + 1 >= 10 ? "," : "") + index(j + 1) + "}\\, \\delta^{" +
                                         index(l + 1) + "}_k\\Bigr)\\, " + functionTex(layer.activation) +
                                         "'(" + sym("z", l, j) + ")";
                std::vector<std::string> rows{derivativeRow(l, j), lead};
                const double derivative =
                    activationDerivativeAt(layer.activation, forwardOf(l).weightedInput(j, 0));
                const std::vector<std::string> sum = sumRows(
                    "&= \\bigl(", productTerms(ks, weights, deltas, &deltaTexts),
                    "\\bigr) \\cdot " + knownFactor(Stage::Backward, derivativeSym(l, j), derivative) +
                        " = " + answer(Stage::Backward, sym("\\delta", l, j), delta(j, 0)));
                rows.insert(rows.end(), sum.begin(), sum.end());
                m_doc.display(rows);
            }
        }
    }

    void gradients()
    {
        m_doc.heading(2, "5. Gradients (BP3, BP4), " + layerRange(layers(), 1));
        m_doc.display({"\\text{(BP3)} \\quad " + partial("b^{l}_j") +
                       " &= \\delta^{l}_j, \\qquad \\text{(BP4)} \\quad " + partial("w^{l}_{jk}") +
                       " = a^{l-1}_k \\, \\delta^{l}_j"});
        for (int l = layers(); l >= 1; --l) {
            m_doc.heading(3, "Layer " + index(l));
            const BackwardRecord &record = backwardOf(l);
            const std::vector<int> shown = shownNeurons(l);
            if (!m_complete)
                m_doc.paragraph(leftOutNeurons(l, shown) + " " + weightsLeftOut(l) + " " +
                                m_doc.math("\\lVert \\partial E / \\partial W^{" + index(l) +
                                           "} \\rVert = " + m_doc.number(record.gradWeights.norm())) +
                                ".");
            for (int j : shown) {
                std::vector<std::string> rows;
                rows.push_back(partial(sym("b", l, j)) + " &= " + sym("\\delta", l, j) + " = " +
                               answer(Stage::Gradients, partial(sym("b", l, j)), record.gradBiases(j)));
                const std::vector<std::string> inputTexts = knownActivations(l - 1, false);
                const std::string deltaText =
                    knownFactor(deltaStage(l), sym("\\delta", l, j), record.delta(j, 0));
                for (int k : shownWeights(l)) {
                    rows.push_back(
                        partial(weightSym(l, j, k)) + " &= " + sym("a", l - 1, k) + "\\, " +
                        sym("\\delta", l, j) + " = " + inputTexts[static_cast<std::size_t>(k)] + " \\cdot " +
                        deltaText + " = " +
                        answer(Stage::Gradients, partial(weightSym(l, j, k)), record.gradWeights(j, k)));
                }
                m_doc.display(rows);
            }
        }
    }

    std::vector<int> shownWeights(int l) const
    {
        const int count = width(l - 1);
        std::vector<int> shown;
        const int written = m_complete ? count : std::min(count, kWorkedExampleShownTerms);
        for (int k = 0; k < written; ++k)
            shown.push_back(k);
        return shown;
    }

    std::string weightsLeftOut(int l) const
    {
        const int count = width(l - 1);
        if (m_complete || count <= kWorkedExampleShownTerms)
            return {};
        return m_doc.text("Of the " + index(count) + " incoming weights of each neuron, the first " +
                          index(kWorkedExampleShownTerms) + " are shown.");
    }

    void update()
    {
        m_doc.heading(2, "6. Update");
        const OptimizerSettings &settings = m_trace.optimizer;
        const std::string eta = m_doc.number(settings.learningRate);
        const bool sgd = settings.kind == Optimizer::Sgd;
        switch (settings.kind) {
        case Optimizer::Sgd:
            m_doc.display({"w &\\leftarrow w - \\eta \\, " + partial("w") +
                           ", \\qquad b \\leftarrow b - \\eta \\, " + partial("b") +
                           ", \\qquad \\eta = " + eta});
            break;
        case Optimizer::Momentum:
            m_doc.display({"v &\\leftarrow \\beta v + " + partial("w") +
                           ", \\qquad w \\leftarrow w - \\eta v, \\qquad \\beta = " +
                           m_doc.number(settings.momentum) + ", \\ \\eta = " + eta});
            m_doc.paragraph(
                m_doc.text("The velocity ") + m_doc.math("v") +
                m_doc.text(" carries the earlier steps, so below each weight is shown before and after."));
            break;
        case Optimizer::Adam:
            m_doc.display(
                {"w &\\leftarrow w - \\eta \\, \\hat m / (\\sqrt{\\hat v} + \\epsilon), \\qquad \\eta = " +
                 eta});
            m_doc.paragraph(
                m_doc.text("Adam's moments ") + m_doc.math("\\hat m, \\hat v") +
                m_doc.text(" carry the earlier steps, so below each weight is shown before and after."));
            break;
        }
        if (!m_trace.finite) {
            m_doc.paragraph(m_doc.text("The update was not finite, so no weight changed."));
            return;
        }
        for (int l = 1; l <= layers(); ++l) {
            m_doc.heading(3, "Layer " + index(l));
            const BackwardRecord &record = backwardOf(l);
            const Layer &before = m_trace.before.layer(l);
            const Layer &after = m_trace.after.layer(l);
            const std::vector<int> shown = shownNeurons(l);
            if (!m_complete)
                m_doc.paragraph(leftOutNeurons(l, shown) + " " + weightsLeftOut(l));
            for (int j : shown) {
                std::vector<std::string> rows;
                const auto row = [&](const std::string &symbol, double old, double gradient, double updated) {
                    const std::string result = answer(Stage::Update, "\\text{new } " + symbol, updated);
                    if (sgd)
                        rows.push_back(symbol + " &\\leftarrow " + m_doc.number(old) + " - " + eta +
                                       " \\cdot " + knownFactor(Stage::Gradients, partial(symbol), gradient) +
                                       " = " + result);
                    else
                        rows.push_back(symbol + " &: " + m_doc.number(old) + " \\to " + result);
                };
                row(sym("b", l, j), before.biases(j), record.gradBiases(j), after.biases(j));
                for (int k : shownWeights(l))
                    row(weightSym(l, j, k), before.weights(j, k), record.gradWeights(j, k),
                        after.weights(j, k));
                m_doc.display(rows);
            }
        }
    }

    void signConvention()
    {
        m_doc.heading(2, "A note on signs");
        m_doc.paragraph(m_doc.text("Here ") + m_doc.math("\\delta = \\partial E / \\partial z") +
                        m_doc.text(" and ") +
                        m_doc.math("w \\leftarrow w - \\eta \\, \\partial E / \\partial w") +
                        m_doc.text(": we descend the gradient of the error. The lecture's slides write ") +
                        m_doc.math("\\partial E / \\partial a^{L} = -(a^{L} - t)") +
                        m_doc.text(", which is the negative of the derivative, and then update ") +
                        m_doc.math("w \\leftarrow w + \\mu \\, a \\, \\delta") + m_doc.text(" (") +
                        m_doc.math("\\eta") + m_doc.text(", the lecture's ") + m_doc.math("\\mu") +
                        m_doc.text(", is the learning rate): their ") + m_doc.math("\\delta") +
                        m_doc.text(" is the negative of ours, so the step is the same."));
        m_doc.paragraph(
            m_doc.text("The lecture's Python code has two slips. Its output error takes ") +
            m_doc.code("actderiv(a[l-1])") + m_doc.text(", the derivative of the activation evaluated at ") +
            m_doc.math("a") + m_doc.text(", where it needs the derivative written in terms of ") +
            m_doc.math("a") + m_doc.text(" (for the logistic, ") + m_doc.math("a(1 - a)") +
            m_doc.text("). Its backward pass takes ") + m_doc.code("actderiv(z[i+1])") +
            m_doc.text(", the ") + m_doc.math("z") +
            m_doc.text(" of the next layer instead of its own. Here the derivative is always taken at ") +
            m_doc.math("z") + m_doc.text(" of the same layer."));
        m_doc.paragraph(
            m_doc.text("Generated by Backprop Studio from the trace of the step that training ran, so the "
                       "numbers are those of training."));
    }

    // Exercise sheets. Every number the step computes goes through answer() where it is computed and
    // through known() or knownFactor() where a later line uses it; on a sheet the first becomes a
    // numbered box and the others the quantity's symbol.

    bool isBlank(Stage stage) const
    {
        return m_options.exerciseLevel > 0 &&
               static_cast<int>(stage) >=
                   kExerciseLevels - std::min(m_options.exerciseLevel, kExerciseLevels);
    }

    // The stage that computes δˡ: BP1 at the output, BP2 below it.
    Stage deltaStage(int l) const { return l == layers() ? Stage::OutputError : Stage::Backward; }

    std::string derivativeSym(int l, int j) const
    {
        return functionTex(m_net.layer(l).activation) + "'(" + sym("z", l, j) + ")";
    }

    std::string answer(Stage stage, const std::string &symbol, double value) const
    {
        if (!isBlank(stage))
            return m_doc.number(value);
        const int number = static_cast<int>(m_blanks.size()) + 1;
        m_blanks.push_back({number, symbol, value, static_cast<int>(stage), stageTitle(stage)});
        // A box wide enough for a signed number of the sheet's digits, its number in the corner.
        return "\\boxed{{}^{(" + index(number) + ")}\\hphantom{-0.000000}}";
    }

    std::string known(Stage stage, const std::string &symbol, double value) const
    {
        return isBlank(stage) ? symbol : m_doc.number(value);
    }

    std::string knownFactor(Stage stage, const std::string &symbol, double value) const
    {
        return isBlank(stage) ? symbol : m_doc.factor(value);
    }

    // aˡₖ of every neuron of layer l, as factors (in parentheses when negative) or as the first factor
    // of a product; the input x (l = 0) is always given.
    std::vector<std::string> knownActivations(int l, bool asFactor = true) const
    {
        const Matrix &values = activationOf(l);
        std::vector<std::string> texts;
        for (Eigen::Index k = 0; k < values.size(); ++k) {
            const double value = values(k, 0);
            if (l == 0 || !isBlank(Stage::Forward))
                texts.push_back(asFactor ? m_doc.factor(value) : m_doc.number(value));
            else
                texts.push_back(sym("a", l, static_cast<int>(k)));
        }
        return texts;
    }

    void exerciseInstructions()
    {
        const int level = std::min(m_options.exerciseLevel, kExerciseLevels);
        std::string left;
        for (int stage = kExerciseLevels - level; stage < kExerciseLevels; ++stage)
            left += std::string(left.empty() ? "" : ", ") + stageTitle(static_cast<Stage>(stage));
        m_doc.heading(2, "Exercise (level " + index(level) + " of " + index(kExerciseLevels) + ")");
        m_doc.paragraph(m_doc.text("Fill in the numbered boxes, in order. The sections left to you: " + left +
                                   ". Where a later line needs a value you compute, it shows the value's "
                                   "symbol instead of its number. Give " +
                                   index(m_options.digits) +
                                   " significant digits; the answer key is a separate sheet."));
    }

    const Trace &m_trace;
    const WorkedExampleOptions &m_options;
    HandoutDocument m_doc;
    const Network &m_net;
    bool m_complete;
    // The boxes of an exercise sheet, in the order they are written (numbered from 1).
    mutable std::vector<ExerciseBlank> m_blanks;

public:
    const std::vector<ExerciseBlank> &blanks() const { return m_blanks; }
};

} // namespace

WrittenExample writeWorkedExample(const Trace &trace, const WorkedExampleOptions &options)
{
    Writer writer(trace, options);
    WrittenExample written;
    written.text = writer.write();
    written.blanks = writer.blanks();
    return written;
}

} // namespace bp
