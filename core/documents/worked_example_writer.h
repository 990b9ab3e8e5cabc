#pragma once

#include "core/documents/worked_example.h"

#include <string>
#include <vector>

namespace bp {

/// A worked example or exercise sheet as written, and the boxes it left to the student.
struct WrittenExample {
    std::string text;
    /// Empty unless options.exerciseLevel > 0.
    std::vector<ExerciseBlank> blanks;
};

/// Writes every phase of the trace in the lecture's notation (see workedExample); with
/// options.exerciseLevel > 0 the numbers of the last sections go into numbered boxes instead, each
/// recorded with its value. Checks nothing: workedExample and exerciseSheet check their input.
WrittenExample writeWorkedExample(const Trace &trace, const WorkedExampleOptions &options);

} // namespace bp
