#include "core/documents/script_export.h"

#include "core/formats/error.h"
#include "core/formats/number_format.h"

#include <charconv>
#include <cmath>

namespace bp {

std::optional<ScriptFramework> parseScriptFramework(std::string_view name)
{
    if (name == "numpy")
        return ScriptFramework::NumPy;
    if (name == "pytorch" || name == "torch")
        return ScriptFramework::PyTorch;
    return std::nullopt;
}

std::string_view scriptFrameworkName(ScriptFramework framework)
{
    return framework == ScriptFramework::NumPy ? "numpy" : "pytorch";
}

namespace {

// A Python float literal: the shortest text that reads back to the same double (Python reads it
// exactly; "0.15", not "0.14999999999999999"), never following the locale, with ".0" added to whole
// numbers so that NumPy and PyTorch make float arrays of them (an all-integer list would become an
// integer tensor).
std::string pyNumber(double value)
{
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text = error == std::errc{} ? std::string(buffer, end) : formatNumber(value);
    if (text.find_first_of(".eEn") == std::string::npos)
        text += ".0";
    return text;
}

// "[v₀, v₁, …]", wrapped after `perLine` numbers with `continuation` in front of each new line.
std::string pyList(const double *values, Eigen::Index count, Eigen::Index stride,
                   const std::string &continuation, int perLine = 8)
{
    std::string text = "[";
    for (Eigen::Index i = 0; i < count; ++i) {
        if (i > 0)
            text += (i % perLine == 0) ? ",\n" + continuation + " " : ", ";
        text += pyNumber(values[i * stride]);
    }
    return text + "]";
}

// A matrix as a list of its rows, one row a line, aligned under the first bracket.
std::string pyRows(const Matrix &matrix, const std::string &indent)
{
    std::string text = "[";
    for (Eigen::Index row = 0; row < matrix.rows(); ++row) {
        if (row > 0)
            text += ",\n" + indent + " ";
        text += pyList(matrix.data() + row, matrix.cols(), matrix.rows(), indent + " ");
    }
    return text + "]";
}

// The columns of a matrix as rows (one sample a line), for the data sets.
std::string pySamples(const Matrix &matrix, const std::string &indent)
{
    std::string text = "[\n";
    for (Eigen::Index col = 0; col < matrix.cols(); ++col)
        text += indent + "    " +
                pyList(matrix.data() + col * matrix.rows(), matrix.rows(), 1, indent + "    ") + ",\n";
    return text + indent + "]";
}

std::string sizesList(const Network &network)
{
    std::string text = "[";
    for (std::size_t l = 0; l < network.sizes().size(); ++l)
        text.append(l ? ", " : "").append(std::to_string(network.sizes()[l]));
    return text + "]";
}

std::string activationList(const Network &network)
{
    std::string text = "[None";
    for (const Layer &layer : network.layers())
        text += ", \"" + std::string(activationName(layer.activation)) + "\"";
    return text + "]";
}

std::string shape(const Network &network)
{
    std::string text;
    for (std::size_t l = 0; l < network.sizes().size(); ++l)
        text.append(l ? "-" : "").append(std::to_string(network.sizes()[l]));
    return text;
}

bool uses(const Network &network, Activation activation)
{
    for (const Layer &layer : network.layers()) {
        if (layer.activation == activation)
            return true;
    }
    return false;
}

Activation outputActivation(const Network &network)
{
    return network.layers().back().activation;
}

int effectiveBatch(const ScriptTraining &training)
{
    const int samples = training.dataset.sampleCount();
    return training.settings.batchSize == 0 ? samples : std::min(training.settings.batchSize, samples);
}

// The docstring that opens both scripts.
std::string opening(const ScriptRequest &request, const std::string &framework, const std::string &notation)
{
    const Network &network = request.network;
    std::string text = "#!/usr/bin/env python3\n\"\"\"Backpropagation on a " + shape(network) +
                       " network in " + framework + ", step by step as in the lecture.\n\n";
    text += "Exported by Backprop Studio" +
            (request.origin.empty() ? std::string() : " from " + request.origin) +
            ". Run it with python3: it prints one JSON\nobject with the keys and meaning of `backprop-cli "
            "trace` for the same model and sample: the loss;\nz, a, delta, grad_weights and grad_biases "
            "of every layer; and the model updated by one\nstep of gradient descent.";
    if (request.training)
        text += " Then it trains " + std::to_string(request.training->epochs) +
                " epochs from the same initial weights and adds\n\"training\" with the loss after each "
                "epoch (also written to stderr as it goes).";
    text += "\n\n" + notation + "\"\"\"\n\n";
    return text;
}

std::string traceDescription()
{
    return "Sign convention: δ = ∂E/∂z and w ← w − η ∂E/∂w, so we descend the gradient of E. The\n"
           "lecture writes ∂E/∂aᴸ = −(aᴸ − t) and w → w + μ a δ: its δ is the negative of ours and the\n"
           "step is the same.\n";
}

// The network section, the same in both scripts: its shape, activations, loss and initial
// parameters as plain Python lists, which each framework turns into its own arrays.
std::string networkSection(const Network &network)
{
    std::string text = "# The network: n_0, …, n_L neurons, the activation f of layers 1, …, L, and the "
                       "error E.\n";
    text += "sizes = " + sizesList(network) +
            "\nL = len(sizes) - 1\nactivation = " + activationList(network) + "\nloss = \"" +
            std::string(lossName(network.loss())) + "\"\n\n";
    text += "# The initial weights and biases (index 0, the input layer, has none).\ninitial_W = [\n"
            "    None,\n";
    for (int l = 1; l <= network.layerCount(); ++l) {
        const Matrix &w = network.layer(l).weights;
        text += "    # W" + std::to_string(l) + ", (" + std::to_string(w.rows()) + " × " +
                std::to_string(w.cols()) + ")\n";
        text += "    " + pyRows(w, "    ") + ",\n";
    }
    text += "]\ninitial_b = [\n    None,\n";
    for (int l = 1; l <= network.layerCount(); ++l) {
        const Vector &b = network.layer(l).biases;
        text += "    " + pyList(b.data(), b.size(), 1, "    ") + ",\n";
    }
    return text + "]\n\n";
}

// The closing lines of both scripts: the traced step, the training if any, and the JSON.
std::string mainSection(const ScriptRequest &request)
{
    std::string text = "if __name__ == \"__main__\":\n    result = trace_step()\n";
    if (request.training)
        text += "    result[\"training\"] = {\"optimizer\": \"" +
                std::string(optimizerName(request.training->settings.optimizer.kind)) +
                "\", \"batch\": batch, \"epoch_loss\": train()}\n";
    return text + "    print(json.dumps(result, indent=2))\n";
}

class NumPyWriter {
public:
    explicit NumPyWriter(const ScriptRequest &request) : m_request(request), m_net(request.network) {}

    std::string write()
    {
        std::string text = opening(
            m_request, "NumPy",
            "Notation (the lecture's): layer l = 1, …, L has the weight matrix W[l] of shape (n_l, "
            "n_(l−1)),\n"
            "whose entry W[l][j, k] = wˡⱼₖ connects neuron k of layer l − 1 to neuron j of layer l, and the\n"
            "bias column b[l]. Each sample is one column: zˡ = Wˡ aˡ⁻¹ + bˡ is the weighted input of layer\n"
            "l, aˡ = f(zˡ) its activation and δˡ = ∂E/∂zˡ its error. Index 0 of the lists is the input\n"
            "layer (a⁰ = x), which has no weights.\n\n" +
                traceDescription());
        text += "import json\nimport sys\n\nimport numpy as np\n\n";
        text += networkSection(m_net);
        text +=
            "\ndef initial_parameters():\n"
            "    \"\"\"Fresh arrays of the initial weights W[l] and biases b[l], each bias a column.\"\"\"\n"
            "    W = [None] + [np.array(w) for w in initial_W[1:]]\n"
            "    b = [None] + [np.array(v).reshape(-1, 1) for v in initial_b[1:]]\n"
            "    return W, b\n\n\n";
        text += sample();
        text += activations();
        text += error();
        text += feedforward();
        text += backpropagate();
        text += update();
        text += output();
        if (m_request.training)
            text += training();
        text += mainSection(m_request);
        return text;
    }

private:
    std::string sample() const
    {
        return "# The sample <x, t> of one step, as columns, and the learning rate η.\n"
               "x = np.array(" +
               pyRows(m_request.input, "             ") + ")\nt = np.array(" +
               pyRows(m_request.target, "             ") + ")\neta = " + pyNumber(m_request.learningRate) +
               "\n\n\n";
    }

    std::string activations() const
    {
        std::string text = "# The activation functions f this network uses, and their derivatives f′ (taken "
                           "at z).\n";
        if (uses(m_net, Activation::Logistic))
            text += "def logistic(z):\n    \"\"\"σ(z) = 1 / (1 + e^(−z)).\"\"\"\n"
                    "    return 1.0 / (1.0 + np.exp(-z))\n\n\n"
                    "def logistic_prime(z):\n    \"\"\"σ′(z) = σ(z) (1 − σ(z)).\"\"\"\n"
                    "    s = logistic(z)\n    return s * (1.0 - s)\n\n\n";
        if (uses(m_net, Activation::Tanh))
            text += "def tanh(z):\n    return np.tanh(z)\n\n\n"
                    "def tanh_prime(z):\n    \"\"\"tanh′(z) = sech²(z) = 1 − tanh²(z).\"\"\"\n"
                    "    return 1.0 - np.tanh(z) ** 2\n\n\n";
        if (uses(m_net, Activation::Relu))
            text +=
                "def relu(z):\n    return np.maximum(z, 0.0)\n\n\n"
                "def relu_prime(z):\n    \"\"\"relu′(z) = 1 if z > 0, otherwise 0 (also at z = 0).\"\"\"\n"
                "    return (z > 0).astype(float)\n\n\n";
        if (uses(m_net, Activation::Identity))
            text += "def identity(z):\n    return z\n\n\n"
                    "def identity_prime(z):\n    return np.ones_like(z)\n\n\n";
        if (uses(m_net, Activation::LeakyRelu))
            text += "def leaky_relu(z):\n    \"\"\"z if z > 0, otherwise 0.01 z.\"\"\"\n"
                    "    return np.where(z > 0, z, " +
                    pyNumber(kLeakyReluSlope) +
                    " * z)\n\n\n"
                    "def leaky_relu_prime(z):\n    return np.where(z > 0, 1.0, " +
                    pyNumber(kLeakyReluSlope) + ")\n\n\n";
        if (uses(m_net, Activation::Softmax))
            text +=
                "def softmax(z):\n"
                "    \"\"\"aⱼ = e^(zⱼ) / Σₖ e^(zₖ), column by column (shifted by the maximum, so e^z stays "
                "finite).\n\n    Not element-wise: its derivative is a Jacobian, used in the output error.\n"
                "    \"\"\"\n"
                "    e = np.exp(z - np.max(z, axis=0, keepdims=True))\n"
                "    return e / np.sum(e, axis=0, keepdims=True)\n\n\n";
        std::string f = "f = [None";
        std::string prime = "f_prime = [None";
        for (const Layer &layer : m_net.layers()) {
            std::string name(activationName(layer.activation));
            for (char &c : name) {
                if (c == '-')
                    c = '_';
            }
            f += ", " + name;
            prime += layer.activation == Activation::Softmax ? ", None" : ", " + name + "_prime";
        }
        return text + f + "]\n" + prime + "]\n\n\n";
    }

    std::string error() const
    {
        std::string text = "def error(z, a, t):\n";
        if (m_net.loss() == Loss::HalfSquaredError)
            return text + "    \"\"\"E = ½ Σⱼ (aᴸⱼ − tⱼ)², averaged over the columns (samples).\"\"\"\n"
                          "    return 0.5 * np.sum((a[L] - t) ** 2) / t.shape[1]\n\n\n";
        if (outputActivation(m_net) == Activation::Softmax)
            return text +
                   "    \"\"\"E = −Σⱼ tⱼ log aᴸⱼ, averaged over the columns.\n\n"
                   "    log aᴸⱼ = zᴸⱼ − log Σₖ e^(zᴸₖ) is computed from z, so E stays finite where aᴸⱼ "
                   "rounds to 0.\n    \"\"\"\n"
                   "    shift = np.max(z[L], axis=0, keepdims=True)\n"
                   "    log_a = z[L] - (shift + np.log(np.sum(np.exp(z[L] - shift), axis=0, "
                   "keepdims=True)))\n"
                   "    return -np.sum(t * log_a) / t.shape[1]\n\n\n";
        return text +
               "    \"\"\"E = −Σⱼ [tⱼ log aᴸⱼ + (1 − tⱼ) log(1 − aᴸⱼ)], averaged over the columns.\n\n"
               "    With aᴸ = σ(zᴸ) this is log(1 + e^z) − t z, computed from z so that it stays finite.\n"
               "    \"\"\"\n"
               "    return np.sum(np.logaddexp(0.0, z[L]) - t * z[L]) / t.shape[1]\n\n\n";
    }

    static std::string feedforward()
    {
        return "def feedforward(W, b, x):\n"
               "    \"\"\"For l = 1, …, L: zˡ = Wˡ aˡ⁻¹ + bˡ and aˡ = f(zˡ), with a⁰ = x.\n\n"
               "    The lecture's slide on the instance of the algorithm writes zˡ = wˡ aˡ + bˡ: the input "
               "of\n"
               "    layer l is the activation of layer l − 1.\n"
               "    \"\"\"\n"
               "    z = [None] * (L + 1)\n"
               "    a = [x] + [None] * L\n"
               "    for l in range(1, L + 1):\n"
               "        z[l] = W[l] @ a[l - 1] + b[l]\n"
               "        a[l] = f[l](z[l])\n"
               "    return z, a\n\n\n";
    }

    std::string backpropagate() const
    {
        std::string text =
            "def backpropagate(W, z, a, t):\n"
            "    \"\"\"The output error (BP1), the backward pass (BP2) and the gradients (BP3, "
            "BP4).\"\"\"\n"
            "    m = t.shape[1]\n"
            "    delta = [None] * (L + 1)\n";
        if (m_net.loss() == Loss::CrossEntropy && outputActivation(m_net) == Activation::Softmax)
            text +=
                "    # (BP1) δᴸ = Jᵀ ∇ₐE with the softmax Jacobian, which for E = −Σⱼ tⱼ log aᴸⱼ simplifies "
                "to\n"
                "    # δᴸ = aᴸ Σₖ tₖ − t: the familiar aᴸ − t only when the targets of a sample sum to 1.\n"
                "    delta[L] = a[L] * np.sum(t, axis=0, keepdims=True) - t\n";
        else if (m_net.loss() == Loss::CrossEntropy)
            text += "    # (BP1) δᴸ = ∇ₐE ⊙ f′(zᴸ), which for the cross-entropy after the logistic\n"
                    "    # simplifies to δᴸ = aᴸ − t.\n"
                    "    delta[L] = a[L] - t\n";
        else if (outputActivation(m_net) == Activation::Softmax)
            text += "    # (BP1) with softmax the Hadamard product with f′ becomes the Jacobian J = diag(a) "
                    "− a aᵀ:\n"
                    "    # δᴸ = Jᵀ ∇ₐE, that is δⱼ = aⱼ (gⱼ − Σₖ aₖ gₖ) with g = ∇ₐE = aᴸ − t.\n"
                    "    g = a[L] - t\n"
                    "    delta[L] = a[L] * (g - np.sum(a[L] * g, axis=0, keepdims=True))\n";
        else
            text += "    # (BP1) δᴸ = ∇ₐE ⊙ f′(zᴸ) with ∇ₐE = aᴸ − t.\n"
                    "    # The lecture's code writes d = (y − a) * actderiv(a): its δ has the opposite sign "
                    "(its\n"
                    "    # update adds), and it applies the derivative to a; the derivative is taken at z.\n"
                    "    delta[L] = (a[L] - t) * f_prime[L](z[L])\n";
        text +=
            "    # (BP2) δˡ = ((Wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ f′(zˡ) for l = L − 1, …, 1.\n"
            "    # The lecture's code takes the derivative at z[i+1], the layer above; the rule needs zˡ.\n"
            "    for l in range(L - 1, 0, -1):\n"
            "        delta[l] = (W[l + 1].T @ delta[l + 1]) * f_prime[l](z[l])\n"
            "    grad_W = [None] * (L + 1)\n"
            "    grad_b = [None] * (L + 1)\n"
            "    for l in range(1, L + 1):\n"
            "        # (BP3) ∂E/∂bˡⱼ = δˡⱼ, averaged over the m samples\n"
            "        grad_b[l] = np.sum(delta[l], axis=1, keepdims=True) / m\n"
            "        # (BP4) ∂E/∂wˡⱼₖ = aˡ⁻¹ₖ δˡⱼ, averaged over the m samples\n"
            "        grad_W[l] = delta[l] @ a[l - 1].T / m\n"
            "    return delta, grad_W, grad_b\n\n\n";
        return text;
    }

    static std::string update()
    {
        return "def update(W, b, grad_W, grad_b, eta):\n"
               "    \"\"\"Gradient descent for l = 1, …, L: w ← w − η ∂E/∂w and b ← b − η ∂E/∂b.\n\n"
               "    The lecture writes w → w + μ a δ with its δ of the opposite sign (the same step), and "
               "one\n"
               "    slide updates l = 2, …, L: every layer 1, …, L has weights, and all are updated.\n"
               "    \"\"\"\n"
               "    for l in range(1, L + 1):\n"
               "        W[l] = W[l] - eta * grad_W[l]\n"
               "        b[l] = b[l] - eta * grad_b[l]\n\n\n";
    }

    static std::string output()
    {
        return "def column(values):\n    return values.ravel().tolist()\n\n\n"
               "def model_json(W, b):\n"
               "    \"\"\"The model in Backprop Studio's file format.\"\"\"\n"
               "    return {\"format\": \"backprop-model\", \"version\": 1, \"layers\": sizes,\n"
               "            \"activation\": activation[1:], \"loss\": loss,\n"
               "            \"weights\": [W[l].tolist() for l in range(1, L + 1)],\n"
               "            \"biases\": [column(b[l]) for l in range(1, L + 1)]}\n\n\n"
               "def trace_step():\n"
               "    \"\"\"One step on the sample <x, t> from the initial weights, as `backprop-cli "
               "trace`.\"\"\"\n"
               "    W, b = initial_parameters()\n"
               "    z, a = feedforward(W, b, x)\n"
               "    E = error(z, a, t)\n"
               "    delta, grad_W, grad_b = backpropagate(W, z, a, t)\n"
               "    update(W, b, grad_W, grad_b, eta)\n"
               "    layers = [{\"layer\": l, \"z\": column(z[l]), \"a\": column(a[l]), \"delta\": "
               "column(delta[l]),\n"
               "               \"grad_weights\": grad_W[l].tolist(), \"grad_biases\": column(grad_b[l])}\n"
               "              for l in range(1, L + 1)]\n"
               "    return {\"loss\": float(E), \"learning_rate\": eta, \"layers\": layers, "
               "\"updated\": model_json(W, b)}\n\n\n";
    }

    std::string training() const
    {
        const ScriptTraining &training = *m_request.training;
        const OptimizerSettings &optimizer = training.settings.optimizer;
        std::string text = "# The training set, one sample a row here, turned into one sample a column.\n"
                           "X = np.array(" +
                           pySamples(training.dataset.inputs, "") + ").T\nT = np.array(" +
                           pySamples(training.dataset.targets, "") + ").T\n";
        text += "epochs = " + std::to_string(training.epochs) + "\n";
        text += "batch = " + std::to_string(effectiveBatch(training)) +
                "  # samples per update; the last batch of an epoch may be shorter\n";
        text += "training_eta = " + pyNumber(optimizer.learningRate) + "\n";
        switch (optimizer.kind) {
        case Optimizer::Sgd: text += "\n\n"; break;
        case Optimizer::Momentum: text += "mu = " + pyNumber(optimizer.momentum) + "\n\n\n"; break;
        case Optimizer::Adam:
            text += "beta1 = " + pyNumber(optimizer.beta1) + "\nbeta2 = " + pyNumber(optimizer.beta2) +
                    "\nepsilon = " + pyNumber(optimizer.epsilon) + "\n\n\n";
            break;
        }
        text += "def train():\n"
                "    \"\"\"Trains from the initial weights in batches, in the order of the samples.\"\"\"\n"
                "    W, b = initial_parameters()\n";
        if (optimizer.kind == Optimizer::Momentum)
            text += "    # The velocities v, one per weight and bias.\n"
                    "    v_W = [None] + [np.zeros_like(w) for w in W[1:]]\n"
                    "    v_b = [None] + [np.zeros_like(v) for v in b[1:]]\n";
        if (optimizer.kind == Optimizer::Adam)
            text += "    # Adam's first and second moments, and the number of updates made.\n"
                    "    m_W = [None] + [np.zeros_like(w) for w in W[1:]]\n"
                    "    m_b = [None] + [np.zeros_like(v) for v in b[1:]]\n"
                    "    s_W = [None] + [np.zeros_like(w) for w in W[1:]]\n"
                    "    s_b = [None] + [np.zeros_like(v) for v in b[1:]]\n"
                    "    updates = 0\n";
        text += "    epoch_loss = []\n"
                "    for epoch in range(1, epochs + 1):\n"
                "        for first in range(0, X.shape[1], batch):\n"
                "            x_batch = X[:, first:first + batch]\n"
                "            t_batch = T[:, first:first + batch]\n"
                "            z, a = feedforward(W, b, x_batch)\n"
                "            delta, grad_W, grad_b = backpropagate(W, z, a, t_batch)\n";
        switch (optimizer.kind) {
        case Optimizer::Sgd: text += "            update(W, b, grad_W, grad_b, training_eta)\n"; break;
        case Optimizer::Momentum:
            text += "            for l in range(1, L + 1):\n"
                    "                # v ← μ v + ∂E/∂w;  w ← w − η v\n"
                    "                v_W[l] = mu * v_W[l] + grad_W[l]\n"
                    "                v_b[l] = mu * v_b[l] + grad_b[l]\n"
                    "                W[l] = W[l] - training_eta * v_W[l]\n"
                    "                b[l] = b[l] - training_eta * v_b[l]\n";
            break;
        case Optimizer::Adam:
            text +=
                "            updates += 1\n"
                "            # The bias corrections 1 / (1 − β₁ᵗ) and 1 / (1 − β₂ᵗ).\n"
                "            correction1 = 1.0 / (1.0 - beta1 ** updates)\n"
                "            correction2 = 1.0 / (1.0 - beta2 ** updates)\n"
                "            for l in range(1, L + 1):\n"
                "                # m ← β₁ m + (1 − β₁) g;  s ← β₂ s + (1 − β₂) g²;  w ← w − η m̂ / (√ŝ + ε)\n"
                "                m_W[l] = beta1 * m_W[l] + (1.0 - beta1) * grad_W[l]\n"
                "                m_b[l] = beta1 * m_b[l] + (1.0 - beta1) * grad_b[l]\n"
                "                s_W[l] = beta2 * s_W[l] + (1.0 - beta2) * grad_W[l] ** 2\n"
                "                s_b[l] = beta2 * s_b[l] + (1.0 - beta2) * grad_b[l] ** 2\n"
                "                W[l] = W[l] - training_eta * (m_W[l] * correction1) / "
                "(np.sqrt(s_W[l] * correction2) + epsilon)\n"
                "                b[l] = b[l] - training_eta * (m_b[l] * correction1) / "
                "(np.sqrt(s_b[l] * correction2) + epsilon)\n";
            break;
        }
        text += "        # The loss after the epoch, over the whole training set.\n"
                "        z, a = feedforward(W, b, X)\n"
                "        epoch_loss.append(float(error(z, a, T)))\n"
                "        print(f\"epoch {epoch}  loss {epoch_loss[-1]:.6g}\", file=sys.stderr)\n"
                "    return epoch_loss\n\n\n";
        return text;
    }

    const ScriptRequest &m_request;
    const Network &m_net;
};

class TorchWriter {
public:
    explicit TorchWriter(const ScriptRequest &request) : m_request(request), m_net(request.network) {}

    std::string write()
    {
        std::string text = opening(
            m_request, "PyTorch",
            "Notation (the lecture's): layer l = 1, …, L is nn.Linear(n_(l−1), n_l), whose .weight is Wˡ of\n"
            "shape (n_l, n_(l−1)) — weight[j, k] = wˡⱼₖ connects neuron k of layer l − 1 to neuron j of\n"
            "layer l — and whose .bias is bˡ. PyTorch puts one sample in each row, so a layer computes\n"
            "zˡ = aˡ⁻¹ (Wˡ)ᵀ + bˡ: the lecture's zˡ = Wˡ aˡ⁻¹ + bˡ for every row. aˡ = f(zˡ) is the\n"
            "activation and δˡ = ∂E/∂zˡ the error of layer l, which autograd computes by the chain "
            "rule.\n\n" +
                traceDescription());
        text += "import json\nimport sys\n\nimport torch\nfrom torch import nn\n\n"
                "# Backprop Studio computes in double precision, and so does this script.\n"
                "torch.set_default_dtype(torch.float64)\n\n";
        text += networkSection(m_net);
        text += sample();
        text += module();
        text += error();
        text += output();
        if (m_request.training)
            text += training();
        text += mainSection(m_request);
        return text;
    }

private:
    std::string sample() const
    {
        return "# The sample <x, t> of one step (one row: one sample), and the learning rate η.\n"
               "x = torch.tensor([" +
               pyList(m_request.input.data(), m_request.input.size(), 1, "                  ") +
               "])\nt = torch.tensor([" +
               pyList(m_request.target.data(), m_request.target.size(), 1, "                  ") +
               "])\neta = " + pyNumber(m_request.learningRate) + "\n\n\n";
    }

    static std::string moduleOf(Activation activation)
    {
        switch (activation) {
        case Activation::Logistic: return "nn.Sigmoid()";
        case Activation::Tanh: return "nn.Tanh()";
        case Activation::Relu: return "nn.ReLU()";
        case Activation::Identity: return "nn.Identity()";
        case Activation::LeakyRelu: return "nn.LeakyReLU(negative_slope=" + pyNumber(kLeakyReluSlope) + ")";
        case Activation::Softmax: return "nn.Softmax(dim=1)";
        }
        return {};
    }

    std::string module() const
    {
        std::string text =
            "class Network(nn.Module):\n"
            "    \"\"\"Layer l is linear[l − 1], giving zˡ, then f[l − 1], giving aˡ = f(zˡ).\"\"\"\n\n"
            "    def __init__(self):\n"
            "        super().__init__()\n"
            "        self.linear = nn.ModuleList([nn.Linear(sizes[l - 1], sizes[l]) for l in range(1, "
            "L + 1)])\n"
            "        self.f = nn.ModuleList([";
        for (int l = 1; l <= m_net.layerCount(); ++l)
            text += (l > 1 ? ", " : "") + moduleOf(m_net.layer(l).activation);
        text += "])\n"
                "        with torch.no_grad():\n"
                "            for l in range(1, L + 1):\n"
                "                self.linear[l - 1].weight.copy_(torch.tensor(initial_W[l]))\n"
                "                self.linear[l - 1].bias.copy_(torch.tensor(initial_b[l]))\n\n"
                "    def forward(self, x):\n"
                "        \"\"\"Feedforward; returns the lists z and a of every layer (a[0] = x).\"\"\"\n"
                "        z = [None]\n"
                "        a = [x]\n"
                "        for l in range(1, L + 1):\n"
                "            z.append(self.linear[l - 1](a[l - 1]))  # zˡ = Wˡ aˡ⁻¹ + bˡ\n"
                "            a.append(self.f[l - 1](z[l]))  # aˡ = f(zˡ)\n"
                "        return z, a\n\n\n";
        return text;
    }

    std::string error() const
    {
        if (m_net.loss() == Loss::HalfSquaredError)
            return "squared_error = nn.MSELoss(reduction=\"sum\")\n\n\n"
                   "def error(z, a, t):\n"
                   "    \"\"\"E = ½ Σⱼ (aᴸⱼ − tⱼ)², averaged over the samples (rows).\"\"\"\n"
                   "    return 0.5 * squared_error(a[L], t) / t.shape[0]\n\n\n";
        if (outputActivation(m_net) == Activation::Softmax)
            return "# PyTorch's cross-entropy takes the weighted inputs zᴸ (it applies log-softmax itself,\n"
                   "# which stays finite where aᴸⱼ rounds to 0) and, since PyTorch 1.10, target "
                   "probabilities.\n"
                   "# Autograd then gives δᴸ = aᴸ Σₖ tₖ − t, also for targets that do not sum to 1.\n"
                   "cross_entropy = nn.CrossEntropyLoss(reduction=\"sum\")\n\n\n"
                   "def error(z, a, t):\n"
                   "    \"\"\"E = −Σⱼ tⱼ log aᴸⱼ with aᴸ = softmax(zᴸ), averaged over the samples "
                   "(rows).\"\"\"\n"
                   "    return cross_entropy(z[L], t) / t.shape[0]\n\n\n";
        return "# The binary cross-entropy on the weighted inputs zᴸ (it applies the logistic itself, and "
               "stays\n"
               "# finite where aᴸⱼ rounds to 0 or 1).\n"
               "binary_cross_entropy = nn.BCEWithLogitsLoss(reduction=\"sum\")\n\n\n"
               "def error(z, a, t):\n"
               "    \"\"\"E = −Σⱼ [tⱼ log aᴸⱼ + (1 − tⱼ) log(1 − aᴸⱼ)], averaged over the samples "
               "(rows).\"\"\"\n"
               "    return binary_cross_entropy(z[L], t) / t.shape[0]\n\n\n";
    }

    static std::string output()
    {
        return "def row(values):\n    return values.detach().reshape(-1).tolist()\n\n\n"
               "def model_json(net):\n"
               "    \"\"\"The model in Backprop Studio's file format.\"\"\"\n"
               "    return {\"format\": \"backprop-model\", \"version\": 1, \"layers\": sizes,\n"
               "            \"activation\": activation[1:], \"loss\": loss,\n"
               "            \"weights\": [layer.weight.tolist() for layer in net.linear],\n"
               "            \"biases\": [layer.bias.tolist() for layer in net.linear]}\n\n\n"
               "def trace_step():\n"
               "    \"\"\"One step on the sample <x, t> from the initial weights, as `backprop-cli "
               "trace`.\"\"\"\n"
               "    net = Network()\n"
               "    optimizer = torch.optim.SGD(net.parameters(), lr=eta)\n"
               "    z, a = net(x)\n"
               "    for l in range(1, L + 1):\n"
               "        z[l].retain_grad()  # keep δˡ = ∂E/∂zˡ, which autograd would otherwise free\n"
               "    E = error(z, a, t)\n"
               "    optimizer.zero_grad()\n"
               "    # Autograd applies the chain rule backwards: the output error (BP1), the backward pass\n"
               "    # (BP2) into every z[l].grad, and the gradients (BP3, BP4) into .grad of each bias and "
               "weight.\n"
               "    E.backward()\n"
               "    layers = [{\"layer\": l, \"z\": row(z[l]), \"a\": row(a[l]), \"delta\": row(z[l].grad),\n"
               "               \"grad_weights\": net.linear[l - 1].weight.grad.tolist(),\n"
               "               \"grad_biases\": net.linear[l - 1].bias.grad.tolist()}\n"
               "              for l in range(1, L + 1)]\n"
               "    optimizer.step()  # w ← w − η ∂E/∂w, b ← b − η ∂E/∂b\n"
               "    return {\"loss\": E.item(), \"learning_rate\": eta, \"layers\": layers, "
               "\"updated\": model_json(net)}\n\n\n";
    }

    std::string training() const
    {
        const ScriptTraining &training = *m_request.training;
        const OptimizerSettings &optimizer = training.settings.optimizer;
        std::string text = "# The training set, one sample a row.\nX = torch.tensor(" +
                           pySamples(training.dataset.inputs, "") + ")\nT = torch.tensor(" +
                           pySamples(training.dataset.targets, "") + ")\n";
        text += "epochs = " + std::to_string(training.epochs) + "\n";
        text += "batch = " + std::to_string(effectiveBatch(training)) +
                "  # samples per update; the last batch of an epoch may be shorter\n\n\n";
        text += "def train():\n"
                "    \"\"\"Trains from the initial weights in batches, in the order of the samples.\"\"\"\n"
                "    net = Network()\n";
        const std::string eta = pyNumber(optimizer.learningRate);
        switch (optimizer.kind) {
        case Optimizer::Sgd:
            text += "    # w ← w − η ∂E/∂w\n"
                    "    optimizer = torch.optim.SGD(net.parameters(), lr=" +
                    eta + ")\n";
            break;
        case Optimizer::Momentum:
            text += "    # v ← μ v + ∂E/∂w;  w ← w − η v\n"
                    "    optimizer = torch.optim.SGD(net.parameters(), lr=" +
                    eta + ", momentum=" + pyNumber(optimizer.momentum) + ")\n";
            break;
        case Optimizer::Adam:
            text += "    optimizer = torch.optim.Adam(net.parameters(), lr=" + eta + ", betas=(" +
                    pyNumber(optimizer.beta1) + ", " + pyNumber(optimizer.beta2) +
                    "), eps=" + pyNumber(optimizer.epsilon) + ")\n";
            break;
        }
        text += "    epoch_loss = []\n"
                "    for epoch in range(1, epochs + 1):\n"
                "        for first in range(0, X.shape[0], batch):\n"
                "            z, a = net(X[first:first + batch])\n"
                "            E = error(z, a, T[first:first + batch])\n"
                "            optimizer.zero_grad()\n"
                "            E.backward()\n"
                "            optimizer.step()\n"
                "        # The loss after the epoch, over the whole training set.\n"
                "        with torch.no_grad():\n"
                "            z, a = net(X)\n"
                "            epoch_loss.append(error(z, a, T).item())\n"
                "        print(f\"epoch {epoch}  loss {epoch_loss[-1]:.6g}\", file=sys.stderr)\n"
                "    return epoch_loss\n\n\n";
        return text;
    }

    const ScriptRequest &m_request;
    const Network &m_net;
};

} // namespace

std::string scriptExportProblem(const ScriptRequest &request)
{
    const Network &network = request.network;
    if (network.layerCount() < 1)
        return "there is no network to export";
    if (request.input.rows() != network.inputSize() || request.input.cols() != 1)
        return "the sample has " + std::to_string(request.input.size()) + " inputs but the network has " +
               std::to_string(network.inputSize());
    if (request.target.rows() != network.outputSize() || request.target.cols() != 1)
        return "the sample has " + std::to_string(request.target.size()) + " targets but the network has " +
               std::to_string(network.outputSize()) + " outputs";
    const std::string rate = learningRateProblem(request.learningRate);
    if (!rate.empty())
        return rate;
    std::int64_t numbers = network.parameterCount();
    if (request.training) {
        const ScriptTraining &training = *request.training;
        if (training.settings.shuffle)
            return "shuffled training cannot be exported: its order comes from Backprop Studio's own random "
                   "generator, which the script does not have; train without --shuffle";
        if (training.epochs < 1 || training.epochs > 1'000'000)
            return "the number of epochs must be from 1 to 1000000, not " + std::to_string(training.epochs);
        if (training.dataset.sampleCount() < 1)
            return "the training data has no samples";
        if (training.dataset.inputSize() != network.inputSize() ||
            training.dataset.targetSize() != network.outputSize())
            return "the training data has " + std::to_string(training.dataset.inputSize()) + " inputs and " +
                   std::to_string(training.dataset.targetSize()) + " targets, but the network has " +
                   std::to_string(network.inputSize()) + " inputs and " +
                   std::to_string(network.outputSize()) + " outputs";
        if (training.settings.batchSize < 0)
            return "the batch size must be 0 (the whole set) or more";
        const std::string trainingRate = learningRateProblem(training.settings.optimizer.learningRate);
        if (!trainingRate.empty())
            return trainingRate;
        numbers += training.dataset.inputs.size() + training.dataset.targets.size();
    }
    if (numbers > kMaxScriptNumbers)
        return "the script would hold " + std::to_string(numbers) +
               " numbers (weights and data), more than " + std::to_string(kMaxScriptNumbers) +
               ": too large to read; export a smaller network or data set";
    return {};
}

std::string exportScript(const ScriptRequest &request)
{
    const std::string problem = scriptExportProblem(request);
    if (!problem.empty())
        throw InputError(problem);
    if (request.framework == ScriptFramework::NumPy)
        return NumPyWriter(request).write();
    return TorchWriter(request).write();
}

} // namespace bp
