#include "core/analysis/parameter_name.h"

#include "core/formats/error.h"
#include "core/formats/message_text.h"

#include <charconv>
#include <vector>

namespace bp {

std::string parameterName(const ParameterIndex &parameter)
{
    const std::string layer = std::to_string(parameter.layer);
    const std::string row = std::to_string(parameter.row + 1);
    if (parameter.isBias())
        return "b" + layer + "_" + row;
    return "w" + layer + "_" + row + "_" + std::to_string(parameter.column + 1);
}

std::string parameterProblem(const ParameterIndex &parameter, const Network &network)
{
    const int layers = network.layerCount();
    if (parameter.layer < 1 || parameter.layer > layers)
        return "the network has no layer " + std::to_string(parameter.layer) +
               " with weights (its layers are 1 to " + std::to_string(layers) + ")";
    const Layer &layer = network.layer(parameter.layer);
    if (parameter.row < 0 || parameter.row >= layer.weights.rows())
        return "layer " + std::to_string(parameter.layer) + " has no neuron " +
               std::to_string(parameter.row + 1) + " (it has " + std::to_string(layer.weights.rows()) + ")";
    if (!parameter.isBias() && parameter.column >= layer.weights.cols())
        return "layer " + std::to_string(parameter.layer - 1) + " has no neuron " +
               std::to_string(parameter.column + 1) + " (it has " + std::to_string(layer.weights.cols()) +
               ")";
    return {};
}

ParameterIndex parseParameterName(std::string_view text, const Network &network)
{
    const std::string shown = quotedForMessage(std::string(text));
    const std::string form = shown + " is not a weight or bias name: write wL_J_K for the weight wˡⱼₖ (e.g. "
                                     "w2_1_3) or bL_J for the bias bˡⱼ (e.g. b2_1), with 1-based numbers";
    if (text.empty() || (text.front() != 'w' && text.front() != 'b'))
        throw InputError(form);
    const bool bias = text.front() == 'b';
    std::vector<int> numbers;
    std::string_view rest = text.substr(1);
    while (true) {
        int value = 0;
        const auto [stop, error] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
        if (error != std::errc{} || stop == rest.data() || value < 0)
            throw InputError(form);
        numbers.push_back(value);
        rest.remove_prefix(static_cast<std::size_t>(stop - rest.data()));
        if (rest.empty())
            break;
        if (rest.front() != '_')
            throw InputError(form);
        rest.remove_prefix(1);
    }
    if (numbers.size() != (bias ? 2u : 3u))
        throw InputError(form);
    if (numbers[1] < 1 || (!bias && numbers[2] < 1))
        throw InputError(shown + ": neurons are numbered from 1");
    ParameterIndex parameter{numbers[0], numbers[1] - 1, bias ? -1 : numbers[2] - 1};
    if (const std::string problem = parameterProblem(parameter, network); !problem.empty())
        throw InputError(shown + ": " + problem);
    return parameter;
}

double parameterValue(const Network &network, const ParameterIndex &parameter)
{
    const Layer &layer = network.layer(parameter.layer);
    return parameter.isBias() ? layer.biases(parameter.row) : layer.weights(parameter.row, parameter.column);
}

void setParameterValue(Network &network, const ParameterIndex &parameter, double value)
{
    Layer &layer = network.layer(parameter.layer);
    if (parameter.isBias())
        layer.biases(parameter.row) = value;
    else
        layer.weights(parameter.row, parameter.column) = value;
}

} // namespace bp
