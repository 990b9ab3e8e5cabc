#include "core/documents/trace_json.h"

#include "core/formats/json_writer.h"
#include "core/formats/model_io.h"
#include "core/formats/number_format.h"

namespace bp {

std::string traceToJson(const Trace &trace)
{
    std::string out = "{\n  \"loss\": " + formatNumber(trace.loss) +
                      ",\n  \"learning_rate\": " + formatNumber(trace.optimizer.learningRate) +
                      ",\n  \"layers\": [";
    for (std::size_t i = 0; i < trace.forward.size(); ++i) {
        const ForwardRecord &forward = trace.forward[i];
        const BackwardRecord &backward = trace.backward[i];
        out += std::string(i ? "," : "") + "\n    {\"layer\": " + std::to_string(i + 1) +
               ",\n     \"z\": " + jsonNumbers(forward.weightedInput.data(), forward.weightedInput.size()) +
               ",\n     \"a\": " + jsonNumbers(forward.activation.data(), forward.activation.size()) +
               ",\n     \"delta\": " + jsonNumbers(backward.delta.data(), backward.delta.size()) +
               ",\n     \"grad_weights\": " + jsonRows(backward.gradWeights) + ",\n     \"grad_biases\": " +
               jsonNumbers(backward.gradBiases.data(), backward.gradBiases.size()) + "}";
    }
    return out + "\n  ],\n  \"updated\": " + modelToJson(trace.after, 2) + "\n}\n";
}

} // namespace bp
