#pragma once

#include <string_view>

namespace bp {

/// The CSV text of a dataset shipped inside the program (from resources/datasets/), so presets
/// work wherever the binary runs: "uci-digits-8x8" or "uci-iris". Empty for any other name.
std::string_view embeddedDataset(std::string_view name);

} // namespace bp
