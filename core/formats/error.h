#pragma once

#include <stdexcept>
#include <string>

namespace bp {

/// Thrown for input from outside the program (files, command lines, datasets) that cannot be used.
/// The message names the problem and its place, e.g. "weights[1][0]: expected 2 numbers, found 3".
class InputError : public std::runtime_error {
public:
    explicit InputError(const std::string &message) : std::runtime_error(message) {}
};

} // namespace bp
