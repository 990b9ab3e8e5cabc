#include "core/maths/backprop.h"

#include "core/kernels/dense_kernels.h"

#include <cmath>

namespace bp {

namespace {

// The products of the passes. Large ones go to the dense kernels (built for this processor's
// widest vector units); small ones, such as the whole 8-3-8 encoder's, stay on Eigen's inline path,
// where they cost a few nanoseconds. product is given its shape (a no-op in a fitting workspace).
bool isLarge(const Matrix &left, Eigen::Index otherSide)
{
    return left.rows() * left.cols() * otherSide >= kernels::kDenseProductThreshold;
}

// product = left · right
void multiply(const Matrix &left, const Matrix &right, Matrix &product)
{
    product.resize(left.rows(), right.cols());
    if (isLarge(left, right.cols()))
        kernels::denseKernels().multiply(left.rows(), right.cols(), left.cols(), left.data(), right.data(),
                                         product.data());
    else
        product.noalias() = left * right;
}

// product = leftᵀ · right
void multiplyTransposedLeft(const Matrix &left, const Matrix &right, Matrix &product)
{
    product.resize(left.cols(), right.cols());
    if (isLarge(left, right.cols()))
        kernels::denseKernels().multiplyTransposedLeft(left.cols(), right.cols(), left.rows(), left.data(),
                                                       right.data(), product.data());
    else
        product.noalias() = left.transpose() * right;
}

// product = scale · left · rightᵀ
void multiplyTransposedRight(double scale, const Matrix &left, const Matrix &right, Matrix &product)
{
    product.resize(left.rows(), right.rows());
    if (isLarge(left, right.rows()))
        kernels::denseKernels().multiplyTransposedRight(left.rows(), right.rows(), left.cols(), scale,
                                                        left.data(), right.data(), product.data());
    else if (left.cols() == 1) // one sample: an outer product, a plain loop (no temporary, no set-up)
        for (Eigen::Index k = 0; k < product.cols(); ++k) {
            const double factor = right(k, 0);
            double *column = product.col(k).data();
            for (Eigen::Index j = 0; j < product.rows(); ++j)
                column[j] = (scale * left(j, 0)) * factor;
        }
    else
        product.noalias() = (scale * left) * right.transpose();
}

} // namespace

void Workspace::resize(const Network &network, int batchSize)
{
    const std::size_t layers = network.layers().size();
    input.resize(network.inputSize(), batchSize);
    target.resize(network.outputSize(), batchSize);
    outputGradient.resize(network.outputSize(), batchSize);
    forward.resize(layers);
    backward.resize(layers);
    nextWeights.resize(layers);
    nextBiases.resize(layers);
    for (std::size_t i = 0; i < layers; ++i) {
        const Layer &layer = network.layers()[i];
        const Eigen::Index rows = layer.weights.rows();
        forward[i].weightedInput.resize(rows, batchSize);
        forward[i].activation.resize(rows, batchSize);
        backward[i].delta.resize(rows, batchSize);
        backward[i].gradWeights.resize(rows, layer.weights.cols());
        backward[i].gradBiases.resize(rows);
        nextWeights[i].resize(rows, layer.weights.cols());
        nextBiases[i].resize(rows);
    }
    // Optimizer candidates are sized on first use by applyUpdate (only momentum and Adam need them).
    nextFirstWeights.clear();
    nextFirstBiases.clear();
    nextSecondWeights.clear();
    nextSecondBiases.clear();
}

bool Workspace::fits(const Network &network, int batchSize) const
{
    if (input.rows() != network.inputSize() || input.cols() != batchSize ||
        forward.size() != network.layers().size())
        return false;
    for (std::size_t i = 0; i < forward.size(); ++i) {
        if (backward[i].gradWeights.rows() != network.layers()[i].weights.rows() ||
            backward[i].gradWeights.cols() != network.layers()[i].weights.cols())
            return false;
    }
    return true;
}

void computeWeightedInput(const Layer &layer, const Matrix &previous, Matrix &weightedInput)
{
    // zˡ = Wˡ aˡ⁻¹ + bˡ
    multiply(layer.weights, previous, weightedInput);
    weightedInput.colwise() += layer.biases;
}

void forwardPass(const Network &network, Workspace &ws)
{
    const std::vector<Layer> &layers = network.layers();
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const Matrix &previous = i == 0 ? ws.input : ws.forward[i - 1].activation;
        ForwardRecord &record = ws.forward[i];
        computeWeightedInput(layers[i], previous, record.weightedInput);
        // aˡ = f(zˡ)
        activate(layers[i].activation, record.weightedInput, record.activation);
    }
}

double batchLoss(const Network &network, const Workspace &ws)
{
    const ForwardRecord &output = ws.forward.back();
    const double sum = lossSum(network.loss(), network.layers().back().activation, output.weightedInput,
                               output.activation, ws.target);
    return sum / static_cast<double>(ws.input.cols());
}

namespace {

// δ ⊙= σ′(z), element by element, without a temporary for σ′.
void multiplyByDerivative(Activation activation, const Matrix &z, const Matrix &a, Matrix &delta)
{
    switch (activation) {
    case Activation::Logistic: // σ′(z) = σ(z)(1 − σ(z))
        delta.array() *= a.array() * (1.0 - a.array());
        return;
    case Activation::Tanh: // tanh′(z) = 1 − tanh²(z)
        delta.array() *= 1.0 - a.array().square();
        return;
    case Activation::Relu: // relu′(z) = [z > 0]
        delta.array() *= (z.array() > 0.0).cast<double>();
        return;
    case Activation::Identity: return;
    case Activation::LeakyRelu:
        delta = delta.binaryExpr(z, [](double d, double v) { return v > 0.0 ? d : kLeakyReluSlope * d; });
        return;
    case Activation::Softmax:
        // Never reached: softmax is only allowed at the output, where BP1 uses its Jacobian.
        return;
    }
}

} // namespace

void backwardPass(const Network &network, Workspace &ws)
{
    const std::vector<Layer> &layers = network.layers();
    const std::size_t last = layers.size() - 1;
    const Activation outputActivation = layers[last].activation;
    const ForwardRecord &output = ws.forward[last];
    Matrix &outputDelta = ws.backward[last].delta;

    if (network.loss() == Loss::CrossEntropy && outputActivation == Activation::Softmax) {
        // E = −Σⱼ tⱼ log aⱼ gives ∂E/∂zⱼ = aⱼ Σₖ tₖ − tⱼ for any targets: the familiar aᴸ − t only when
        // the targets of a sample sum to 1 (one-hot), which is not assumed here.
        for (Eigen::Index col = 0; col < outputDelta.cols(); ++col) {
            const double targetSum = ws.target.col(col).sum();
            // (BP1) δᴸ = Jᵀ ∇ₐE = aᴸ Σₖ tₖ − t
            outputDelta.col(col) = targetSum * output.activation.col(col) - ws.target.col(col);
        }
    } else if (network.loss() == Loss::CrossEntropy) {
        // Binary cross-entropy per unit, −[t log a + (1 − t) log(1 − a)], after the logistic: exact
        // for any t; the trainer keeps t within [0, 1], where E is a cross-entropy at all.
        // (BP1) δᴸ = ∇ₐE ⊙ σ′(zᴸ) = aᴸ − t
        outputDelta = output.activation - ws.target;
    } else if (outputActivation == Activation::Softmax) {
        ws.outputGradient = output.activation - ws.target; // ∇ₐE = aᴸ − t
        // (BP1) δᴸ = Jᵀ ∇ₐE, the softmax Jacobian in place of the Hadamard product with σ′(zᴸ)
        applySoftmaxJacobian(output.activation, ws.outputGradient, outputDelta);
    } else {
        // (BP1) δᴸ = ∇ₐE ⊙ σ′(zᴸ) with ∇ₐE = aᴸ − t
        outputDelta = output.activation - ws.target;
        multiplyByDerivative(outputActivation, output.weightedInput, output.activation, outputDelta);
    }

    for (std::size_t i = last; i-- > 0;) {
        Matrix &delta = ws.backward[i].delta;
        // (BP2) δˡ = ((Wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ)
        multiplyTransposedLeft(layers[i + 1].weights, ws.backward[i + 1].delta, delta);
        multiplyByDerivative(layers[i].activation, ws.forward[i].weightedInput, ws.forward[i].activation,
                             delta);
    }

    const double inverseBatch = 1.0 / static_cast<double>(ws.input.cols());
    for (std::size_t i = 0; i <= last; ++i) {
        BackwardRecord &record = ws.backward[i];
        const Matrix &previous = i == 0 ? ws.input : ws.forward[i - 1].activation;
        if (ws.input.cols() == 1) {
            // (BP3) ∂E/∂bˡⱼ = δˡⱼ
            record.gradBiases = record.delta.col(0);
            // (BP4) ∂E/∂wˡⱼₖ = aˡ⁻¹ₖ δˡⱼ
            multiplyTransposedRight(1.0, record.delta, previous, record.gradWeights);
        } else {
            // (BP3) ∂E/∂bˡⱼ = δˡⱼ, averaged over the batch
            record.gradBiases.noalias() = record.delta.rowwise().sum() * inverseBatch;
            // (BP4) ∂E/∂wˡⱼₖ = aˡ⁻¹ₖ δˡⱼ, averaged over the batch
            multiplyTransposedRight(inverseBatch, record.delta, previous, record.gradWeights);
        }
    }
}

void layerStats(const Workspace &ws, std::vector<LayerStats> &stats)
{
    stats.resize(ws.backward.size());
    for (std::size_t i = 0; i < ws.backward.size(); ++i) {
        stats[i].gradientNorm = ws.backward[i].gradWeights.norm();
        stats[i].meanAbsDelta = ws.backward[i].delta.cwiseAbs().mean();
    }
}

namespace {

// Whether every element is finite, in one vectorised pass: a NaN or an infinity makes the sum
// NaN or infinite. (So does a sum that overflows, which needs values near 1e308: diverged anyway.)
template <typename Derived> bool isFiniteSum(const Eigen::MatrixBase<Derived> &values)
{
    return std::isfinite(values.sum());
}

// next = current − η · gradient, element by element, in one pass that also checks the results the
// way isFiniteSum does (a NaN or an infinity makes the sum NaN or infinite). Four partial sums keep
// the additions independent. For a small network this is most of an SGD update's cost.
bool descend(const Matrix &current, const Matrix &gradient, double eta, Matrix &next)
{
    next.resize(current.rows(), current.cols());
    const double *w = current.data();
    const double *g = gradient.data();
    double *out = next.data();
    const Eigen::Index count = current.size();
    double sums[4] = {0.0, 0.0, 0.0, 0.0};
    Eigen::Index i = 0;
    for (; i + 4 <= count; i += 4) {
        for (int lane = 0; lane < 4; ++lane) {
            out[i + lane] = w[i + lane] - eta * g[i + lane];
            sums[lane] += out[i + lane];
        }
    }
    for (; i < count; ++i) {
        out[i] = w[i] - eta * g[i];
        sums[0] += out[i];
    }
    return std::isfinite((sums[0] + sums[1]) + (sums[2] + sums[3]));
}

bool descend(const Vector &current, const Vector &gradient, double eta, Vector &next)
{
    next.resize(current.size());
    const double *w = current.data();
    const double *g = gradient.data();
    double *out = next.data();
    double sum = 0.0;
    for (Eigen::Index i = 0; i < current.size(); ++i) {
        out[i] = w[i] - eta * g[i];
        sum += out[i];
    }
    return std::isfinite(sum);
}

void ensureStateShapes(const Network &network, std::vector<Matrix> &weights, std::vector<Vector> &biases)
{
    const std::vector<Layer> &layers = network.layers();
    if (weights.size() == layers.size())
        return;
    weights.resize(layers.size());
    biases.resize(layers.size());
    for (std::size_t i = 0; i < layers.size(); ++i) {
        weights[i] = Matrix::Zero(layers[i].weights.rows(), layers[i].weights.cols());
        biases[i] = Vector::Zero(layers[i].biases.size());
    }
}

} // namespace

bool applyUpdate(Network &network, Workspace &ws, const OptimizerSettings &settings, OptimizerState &state)
{
    std::vector<Layer> &layers = network.layers();
    const double eta = settings.learningRate;
    if (state.kind != settings.kind) {
        state = OptimizerState{};
        state.kind = settings.kind;
    }
    bool finite = true;

    switch (settings.kind) {
    case Optimizer::Sgd:
        for (std::size_t i = 0; i < layers.size(); ++i) {
            // w ← w − η ∂E/∂w,  b ← b − η ∂E/∂b
            finite = descend(layers[i].weights, ws.backward[i].gradWeights, eta, ws.nextWeights[i]) && finite;
            finite = descend(layers[i].biases, ws.backward[i].gradBiases, eta, ws.nextBiases[i]) && finite;
        }
        break;
    case Optimizer::Momentum: {
        ensureStateShapes(network, state.firstWeights, state.firstBiases);
        ensureStateShapes(network, ws.nextFirstWeights, ws.nextFirstBiases);
        const double beta = settings.momentum;
        for (std::size_t i = 0; i < layers.size(); ++i) {
            // v ← β v + ∂E/∂w;  w ← w − η v
            ws.nextFirstWeights[i].noalias() = beta * state.firstWeights[i] + ws.backward[i].gradWeights;
            ws.nextFirstBiases[i].noalias() = beta * state.firstBiases[i] + ws.backward[i].gradBiases;
            ws.nextWeights[i].noalias() = layers[i].weights - eta * ws.nextFirstWeights[i];
            ws.nextBiases[i].noalias() = layers[i].biases - eta * ws.nextFirstBiases[i];
            finite = finite && isFiniteSum(ws.nextWeights[i]) && isFiniteSum(ws.nextBiases[i]) &&
                     isFiniteSum(ws.nextFirstWeights[i]) && isFiniteSum(ws.nextFirstBiases[i]);
        }
        break;
    }
    case Optimizer::Adam: {
        ensureStateShapes(network, state.firstWeights, state.firstBiases);
        ensureStateShapes(network, state.secondWeights, state.secondBiases);
        ensureStateShapes(network, ws.nextFirstWeights, ws.nextFirstBiases);
        ensureStateShapes(network, ws.nextSecondWeights, ws.nextSecondBiases);
        const double b1 = settings.beta1;
        const double b2 = settings.beta2;
        const double t = static_cast<double>(state.updates + 1);
        // Bias corrections 1/(1 − β₁ᵗ) and 1/(1 − β₂ᵗ), folded into the step size.
        const double correction1 = 1.0 / (1.0 - std::pow(b1, t));
        const double correction2 = 1.0 / (1.0 - std::pow(b2, t));
        const double eps = settings.epsilon;
        for (std::size_t i = 0; i < layers.size(); ++i) {
            const Matrix &g = ws.backward[i].gradWeights;
            const Vector &gb = ws.backward[i].gradBiases;
            // m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²
            ws.nextFirstWeights[i].noalias() = b1 * state.firstWeights[i] + (1.0 - b1) * g;
            ws.nextFirstBiases[i].noalias() = b1 * state.firstBiases[i] + (1.0 - b1) * gb;
            ws.nextSecondWeights[i] = b2 * state.secondWeights[i].array() + (1.0 - b2) * g.array().square();
            ws.nextSecondBiases[i] = b2 * state.secondBiases[i].array() + (1.0 - b2) * gb.array().square();
            // w ← w − η m̂ / (√v̂ + ε)
            ws.nextWeights[i] = layers[i].weights.array() -
                                eta * (ws.nextFirstWeights[i].array() * correction1) /
                                    ((ws.nextSecondWeights[i].array() * correction2).sqrt() + eps);
            ws.nextBiases[i] =
                layers[i].biases.array() - eta * (ws.nextFirstBiases[i].array() * correction1) /
                                               ((ws.nextSecondBiases[i].array() * correction2).sqrt() + eps);
            finite = finite && isFiniteSum(ws.nextWeights[i]) && isFiniteSum(ws.nextBiases[i]) &&
                     isFiniteSum(ws.nextSecondWeights[i]) && isFiniteSum(ws.nextSecondBiases[i]);
        }
        break;
    }
    }
    if (!finite)
        return false;

    // Every candidate is finite: swap them in (a pointer swap, no copy, no allocation).
    for (std::size_t i = 0; i < layers.size(); ++i) {
        layers[i].weights.swap(ws.nextWeights[i]);
        layers[i].biases.swap(ws.nextBiases[i]);
        if (settings.kind != Optimizer::Sgd) {
            state.firstWeights[i].swap(ws.nextFirstWeights[i]);
            state.firstBiases[i].swap(ws.nextFirstBiases[i]);
        }
        if (settings.kind == Optimizer::Adam) {
            state.secondWeights[i].swap(ws.nextSecondWeights[i]);
            state.secondBiases[i].swap(ws.nextSecondBiases[i]);
        }
    }
    ++state.updates;
    return true;
}

StepOutcome trainStep(Network &network, Workspace &ws, const OptimizerSettings &settings,
                      OptimizerState &state)
{
    StepOutcome outcome;
    forwardPass(network, ws);
    outcome.loss = batchLoss(network, ws);
    if (!std::isfinite(outcome.loss)) {
        outcome.finite = false;
        outcome.lossNotFinite = true;
        return outcome;
    }
    backwardPass(network, ws);
    if (!applyUpdate(network, ws, settings, state))
        outcome.finite = false;
    return outcome;
}

} // namespace bp
