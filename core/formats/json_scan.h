#pragma once

#include <cstddef>
#include <string_view>

namespace bp {

/// Walks JSON text byte by byte, skipping string literals (and their escapes), and calls
/// visit(index) for every byte outside them until visit returns true. Returns true when it did: the
/// quick scans that look at the structure or the numbers of a file before it is parsed.
template <typename Visit>
bool findOutsideStrings(std::string_view text, Visit visit)
{
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (visit(i)) {
            return true;
        }
    }
    return false;
}

} // namespace bp
