#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace bp::cli {

/// The usage of `backprop-cli landscape`, a section of --help.
extern const char *const kLandscapeSection;

/// backprop-cli landscape: the loss over a grid of two weights as CSV (arguments[0] is "landscape").
/// Throws InputError for bad input; returns the exit code otherwise.
int runLandscape(const std::vector<std::string> &arguments, std::ostream &out, std::ostream &err);

} // namespace bp::cli
