#include "core/documents/worked_example.h"

#include "core/formats/error.h"
#include "core/maths/random.h"
#include "core/maths/trace.h"

#include <cmath>
#include <cstdint>
#include <string>

namespace bp {

namespace {

std::string index(int number)
{
    return std::to_string(number);
}

} // namespace

std::vector<ExerciseSheet> exerciseVariants(const Network &network, const Matrix &input, const Matrix &target,
                                            double learningRate, const WorkedExampleOptions &options,
                                            int count, std::uint64_t seed)
{
    if (count < 1 || count > 100)
        throw InputError("the number of variants must be from 1 to 100, not " + std::to_string(count));
    std::vector<ExerciseSheet> sheets;
    const std::string title = options.title.empty() ? "One step of backpropagation" : options.title;
    for (int k = 1; k <= count; ++k) {
        Network variant = network;
        if (k > 1) {
            // A generator per sheet, so sheet k is the same whatever the count.
            Random random(seed * 1000003ULL + static_cast<std::uint64_t>(k));
            for (Layer &layer : variant.layers()) {
                for (Eigen::Index i = 0; i < layer.weights.size(); ++i)
                    layer.weights.data()[i] = std::round(random.uniform(-1.0, 1.0) * 100.0) / 100.0;
                for (Eigen::Index i = 0; i < layer.biases.size(); ++i)
                    layer.biases(i) = std::round(random.uniform(-1.0, 1.0) * 100.0) / 100.0;
            }
        }
        WorkedExampleOptions numbered = options;
        numbered.title = count > 1 ? title + ", sheet " + index(k) + " of " + index(count) : title;
        const Trace trace = traceSgdStep(variant, input, target, learningRate);
        sheets.push_back(exerciseSheet(trace, numbered));
    }
    return sheets;
}

} // namespace bp
