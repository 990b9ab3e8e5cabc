#pragma once

#include "core/maths/trace.h"

#include <string>

namespace bp {

/// The JSON of `backprop-cli trace`, which the exported scripts print too: {"loss", "learning_rate",
/// "layers": [{"layer", "z", "a", "delta", "grad_weights", "grad_biases"} for l = 1..L], "updated":
/// the model after the step}, each number the shortest text that reads back to the same double.
std::string traceToJson(const Trace &trace);

} // namespace bp
