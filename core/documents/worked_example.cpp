#include "core/documents/worked_example.h"

#include "core/documents/worked_example_writer.h"

#include <algorithm>

namespace bp {

std::optional<WorkedExampleFormat> parseWorkedExampleFormat(std::string_view name)
{
    if (name == "markdown" || name == "md")
        return WorkedExampleFormat::Markdown;
    if (name == "latex" || name == "tex")
        return WorkedExampleFormat::Latex;
    return std::nullopt;
}

bool isWorkedExampleComplete(const Network &network)
{
    if (network.parameterCount() > kWorkedExampleFullParameters)
        return false;
    return std::all_of(network.sizes().begin(), network.sizes().end(),
                       [](int size) { return size <= kWorkedExampleFullWidth; });
}

std::string workedExample(const Trace &trace, const WorkedExampleOptions &options)
{
    return writeWorkedExample(trace, options).text;
}

} // namespace bp
