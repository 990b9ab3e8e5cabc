#include "core/maths/optimizer.h"

namespace bp {

std::string_view optimizerName(Optimizer optimizer)
{
    switch (optimizer) {
    case Optimizer::Sgd: return "sgd";
    case Optimizer::Momentum: return "momentum";
    case Optimizer::Adam: return "adam";
    }
    return "unknown";
}

std::optional<Optimizer> parseOptimizer(std::string_view name)
{
    for (Optimizer optimizer : kAllOptimizers) {
        if (optimizerName(optimizer) == name)
            return optimizer;
    }
    return std::nullopt;
}

} // namespace bp
