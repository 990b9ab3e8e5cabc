#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace bp::cli {

/// Exit codes of backprop-cli.
enum ExitCode : int {
    kExitOk = 0,
    /// Training ran but diverged (a non-finite loss or weight); the message says why.
    kExitDiverged = 1,
    /// Bad input: a malformed file, a wrong shape, an unknown name, a bad number.
    kExitBadInput = 2,
};

/// Runs backprop-cli with these arguments (without the program name), writing results to out and
/// messages to err. Returns the exit code. Never throws.
int run(const std::vector<std::string> &arguments, std::ostream &out, std::ostream &err);

} // namespace bp::cli
