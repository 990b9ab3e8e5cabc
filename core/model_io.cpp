#include "core/model_io.h"

#include "core/error.h"
#include "core/file_io.h"
#include "core/json_read.h"
#include "core/json_writer.h"
#include "core/number_format.h"

#include <cmath>

namespace bp {

std::string modelToJson(const Network &network, int indent)
{
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    const std::string inner = pad + "  ";
    std::string text = "{\n" + inner + "\"format\": \"backprop-model\",\n" + inner + "\"version\": 1,\n";
    text += inner + "\"layers\": [";
    for (std::size_t l = 0; l < network.sizes().size(); ++l)
        text += (l ? ", " : "") + std::to_string(network.sizes()[l]);
    text += "],\n" + inner + "\"activation\": [";
    for (std::size_t l = 0; l < network.layers().size(); ++l)
        text += (l ? ", " : "") + jsonQuote(activationName(network.layers()[l].activation));
    text += "],\n" + inner + "\"loss\": " + jsonQuote(lossName(network.loss())) + ",\n";
    text += inner + "\"weights\": [";
    for (std::size_t l = 0; l < network.layers().size(); ++l) {
        const Matrix &w = network.layers()[l].weights;
        text += (l ? ",\n" : "\n") + inner + "  [";
        text += jsonRows(w, ",\n" + inner + "   ").substr(1);
    }
    text += "\n" + inner + "],\n" + inner + "\"biases\": [";
    for (std::size_t l = 0; l < network.layers().size(); ++l) {
        const Vector &b = network.layers()[l].biases;
        text += (l ? ",\n" : "\n") + inner + "  " + jsonNumbers(b);
    }
    text += "\n" + inner + "]\n" + pad + "}";
    return text;
}

namespace {

using json::failAt;

const JsonValue &member(std::string_view source, const JsonValue &object, std::string_view key)
{
    return json::member(source, object, key, "model");
}

const JsonValue &expectArray(std::string_view source, const JsonValue &value, const std::string &path,
                             std::size_t expectedSize, std::string_view what)
{
    return json::array(source, value, path, static_cast<std::int64_t>(expectedSize), what);
}

double expectNumber(std::string_view source, const JsonValue &value, const std::string &path)
{
    return json::number(source, value, path);
}

} // namespace

Network networkFromJson(const JsonValue &model, std::string_view source)
{
    if (!model.isObject())
        failAt(source, model, "model",
               "expected a JSON object, found " + std::string(jsonTypeName(model.type)));
    const JsonValue &format = member(source, model, "format");
    if (!format.isString() || format.text() != "backprop-model")
        failAt(source, format, "format", "expected \"backprop-model\"");
    const JsonValue &version = member(source, model, "version");
    if (!version.isNumber() || version.number != 1.0)
        failAt(source, version, "version", "this program reads version 1 of the model format");

    const JsonValue &layersValue = member(source, model, "layers");
    if (!layersValue.isArray())
        failAt(source, layersValue, "layers", "expected an array of layer sizes");
    std::vector<std::int64_t> sizes;
    for (std::size_t l = 0; l < layersValue.items.size(); ++l) {
        const std::string path = "layers[" + std::to_string(l) + "]";
        const double size = expectNumber(source, layersValue.items[l], path);
        if (size != std::floor(size) || size < 1 || size > static_cast<double>(kMaxLayerSize))
            failAt(source, layersValue.items[l], path,
                   "a layer size must be a whole number from 1 to " + std::to_string(kMaxLayerSize));
        sizes.push_back(static_cast<std::int64_t>(size));
    }
    const std::size_t layerCount = sizes.empty() ? 0 : sizes.size() - 1;

    const JsonValue &activationValue = expectArray(source, member(source, model, "activation"), "activation",
                                                   layerCount, "activation names");
    std::vector<Activation> activations;
    for (std::size_t l = 0; l < layerCount; ++l) {
        const JsonValue &name = activationValue.items[l];
        const std::string path = "activation[" + std::to_string(l) + "]";
        const std::optional<Activation> activation =
            name.isString() ? parseActivation(name.text()) : std::nullopt;
        if (!activation)
            failAt(source, name, path,
                   "unknown activation (known: logistic, tanh, relu, identity, leaky-relu, softmax)");
        activations.push_back(*activation);
    }
    const JsonValue &lossValue = member(source, model, "loss");
    const std::optional<Loss> loss = lossValue.isString() ? parseLoss(lossValue.text()) : std::nullopt;
    if (!loss)
        failAt(source, lossValue, "loss", "unknown loss (known: half-squared-error, cross-entropy)");

    // Every size is checked before any matrix is allocated.
    const std::string problem = Network::validateShape(sizes, activations, *loss);
    if (!problem.empty())
        failAt(source, layersValue, "layers", problem);

    const JsonValue &weights =
        expectArray(source, member(source, model, "weights"), "weights", layerCount, "layers");
    const JsonValue &biases =
        expectArray(source, member(source, model, "biases"), "biases", layerCount, "layers");
    // Every shape was checked above, so these matrices are of bounded size.
    Network network(std::vector<int>(sizes.begin(), sizes.end()), activations, *loss);
    for (std::size_t l = 0; l < layerCount; ++l) {
        Layer &layer = network.layers()[l];
        layer.weights = json::rows(source, weights.items[l], json::at("weights", l), layer.weights.rows(),
                                   layer.weights.cols());
        layer.biases = json::vector(source, biases.items[l], json::at("biases", l), layer.biases.size());
    }
    return network;
}

Network parseModel(std::string_view text, std::string_view sourceName)
{
    return readNumbersOf(text, [&] { return networkFromJson(parseJson(text, sourceName), sourceName); });
}

Network loadModel(const std::string &path)
{
    return parseModel(readTextFile(path, kMaxModelBytes), path);
}

void saveModel(const std::string &path, const Network &network)
{
    const std::string text = modelToJson(network) + "\n";
    requireLoadableJson(text, kMaxModelBytes, path);
    writeFileAtomically(path, text);
}

} // namespace bp
