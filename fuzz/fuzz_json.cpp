// libFuzzer target: the JSON parser that every model and experiment file goes through.
#include "core/formats/error.h"
#include "core/formats/json.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    try {
        const bp::JsonValue value = bp::parseJson(text, "fuzz.json");
        // What parsed must have a place in the text, for the loaders' messages.
        if (value.line < 1 || value.column < 1)
            __builtin_trap();
    } catch (const bp::InputError &) {
        // A clear message is the right answer to bad input; anything else escapes and is a finding.
    }
    return 0;
}
