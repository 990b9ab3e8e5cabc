#include "core/training/memory_estimate.h"

#include "core/formats/number_format.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <optional>

#include <unistd.h>

namespace bp {

std::int64_t estimateRunBytes(const RunShape &shape)
{
    constexpr double kDouble = sizeof(double);
    double parameters = 0;
    double neurons = 0;
    for (std::size_t l = 1; l < shape.layers.size(); ++l) {
        parameters += static_cast<double>(shape.layers[l]) * (shape.layers[l - 1] + 1.0);
        neurons += shape.layers[l];
    }
    const double outputs = shape.layers.empty() ? 0.0 : shape.layers.back();
    const double width = shape.layers.empty() ? 0.0 : shape.layers.front() + outputs;
    const double samples = static_cast<double>(shape.samples);
    const double batch =
        shape.batchSize == 0 ? samples : std::min(samples, static_cast<double>(std::max(shape.batchSize, 1)));
    // The network, its gradient and the update's candidate; momentum keeps one moment and Adam two,
    // each with its candidate.
    const double moments = shape.optimizer == Optimizer::Sgd        ? 0.0
                           : shape.optimizer == Optimizer::Momentum ? 2.0
                                                                    : 4.0;
    const double parameterCopies = 3.0 + moments;
    // Per sample of a batch: z, a and δ of every neuron, input, target and the output gradient.
    auto records = [&](double columns) { return columns * (3.0 * neurons + width + outputs); };
    // The step's workspace and the shorter last batch's, and the evaluation's 256-sample chunks.
    const double workspaces = 2.0 * records(batch) + records(std::min(samples, 256.0));
    const double dataset = 2.0 * (samples + static_cast<double>(shape.testSamples)) * width;
    // Kept states are bounded by their own budget (a state larger than it is not kept at all).
    const double state = kDouble * (1.0 + moments / 2.0) * parameters;
    const double kept =
        state > static_cast<double>(kMaxKeptStateBytes)
            ? 0.0
            : std::min(shape.keptStates * state, static_cast<double>(kMaxKeptStateBytes)) / kDouble;
    const double bytes = kDouble * (parameterCopies * parameters + workspaces + dataset + kept) +
                         static_cast<double>(shape.fileBytes) + 32.0 * 1024 * 1024;
    return bytes >= 9e18 ? std::int64_t{9'000'000'000'000'000'000} : static_cast<std::int64_t>(bytes);
}

std::int64_t defaultMemoryBudget()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return 4LL << 30;
    return std::max<std::int64_t>(256LL << 20, static_cast<std::int64_t>(pages) * pageSize / 2);
}

std::int64_t parseMemorySize(const std::string &text)
{
    if (text.empty())
        return -1;
    double unit = 1.0;
    std::string number = text;
    const char last = static_cast<char>(std::toupper(static_cast<unsigned char>(text.back())));
    if (last == 'K' || last == 'M' || last == 'G' || last == 'T') {
        unit = last == 'K'   ? 1024.0
               : last == 'M' ? 1024.0 * 1024
               : last == 'G' ? 1024.0 * 1024 * 1024
                             : 1024.0 * 1024 * 1024 * 1024;
        number.pop_back();
    }
    const std::optional<double> value = parseFiniteNumber(number);
    if (!value || *value <= 0.0 || *value * unit > 9e18)
        return -1;
    return static_cast<std::int64_t>(*value * unit);
}

std::string describeBytes(std::int64_t bytes)
{
    const double value = static_cast<double>(bytes);
    char buffer[32];
    if (value >= 1024.0 * 1024 * 1024)
        std::snprintf(buffer, sizeof buffer, "%.3g GB", value / (1024.0 * 1024 * 1024));
    else if (value >= 1024.0 * 1024)
        std::snprintf(buffer, sizeof buffer, "%.3g MB", value / (1024.0 * 1024));
    else
        std::snprintf(buffer, sizeof buffer, "%.3g KB", value / 1024.0);
    return buffer;
}

} // namespace bp
