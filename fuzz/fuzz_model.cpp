// libFuzzer target: the model loader (parseJson + networkFromJson), and that what it accepts
// survives a round trip through modelToJson unchanged.
#include "core/formats/error.h"
#include "core/formats/model_io.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    bp::Network network;
    try {
        network = bp::parseModel(text, "fuzz.json");
    } catch (const bp::InputError &) {
        return 0;
    }
    // A model that loaded is one we can save and load again to the same bits.
    const std::string saved = bp::modelToJson(network);
    const bp::Network again = bp::parseModel(saved, "round-trip.json");
    if (again.sizes() != network.sizes() || again.loss() != network.loss())
        __builtin_trap();
    for (int l = 1; l <= network.layerCount(); ++l) {
        if (again.layer(l).activation != network.layer(l).activation ||
            again.layer(l).weights != network.layer(l).weights ||
            again.layer(l).biases != network.layer(l).biases)
            __builtin_trap();
    }
    return 0;
}
