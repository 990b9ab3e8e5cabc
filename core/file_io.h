#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace bp {

/// Reads a whole file into a string. Throws InputError when it is missing, a folder, unreadable
/// or larger than maxBytes (checked before reading), naming the path.
std::string readTextFile(const std::string &path, std::int64_t maxBytes);

/// Writes text to path atomically: a temporary file beside it is written, flushed to disk and
/// renamed over path, so an interrupted save leaves the previous file whole. Throws InputError.
void writeFileAtomically(const std::string &path, std::string_view text);

} // namespace bp
