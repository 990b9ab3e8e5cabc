// libFuzzer target: the CSV dataset loader, and that an accepted dataset writes and reads back.
#include "core/data/dataset.h"
#include "core/formats/error.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    bp::Dataset dataset;
    try {
        dataset = bp::parseCsvDataset(text, "fuzz.csv");
    } catch (const bp::InputError &) {
        return 0;
    }
    const bp::Dataset again = bp::parseCsvDataset(bp::datasetToCsv(dataset), "round-trip.csv");
    if (again.inputs != dataset.inputs || again.targets != dataset.targets)
        __builtin_trap();
    return 0;
}
