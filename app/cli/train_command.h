#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace bp::cli {

/// The usage of `backprop-cli train`, a section of --help, and its options (with the lessons of
/// the core's registry, one line each), printed after the sections.
extern const char *const kTrainSection;
std::string trainOptions();

/// backprop-cli train: trains a lesson, a CSV file or a saved experiment (side by side with
/// --compare) and reports loss and accuracy per epoch (arguments[0] is "train"). Throws InputError
/// for bad input; returns the exit code otherwise.
int runTrain(const std::vector<std::string> &arguments, std::ostream &out, std::ostream &err);

} // namespace bp::cli
