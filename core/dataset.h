#pragma once

#include "core/types.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

/// How a sample's output is judged right or wrong.
enum class TargetKind {
    /// Every target column has exactly one 1 and otherwise 0s: right when argmax a = argmax t.
    OneHot,
    /// Anything else: right when every unit is on the same side of 0.5 as its target.
    Binary,
};

/// Samples as columns: inputs (n_in × m) and targets (n_out × m), plus optional held-out test
/// samples of the same widths (shown apart, never trained on).
struct Dataset {
    std::string name;
    /// A sentence for the user, with the source and its credit where the data is not ours.
    std::string description;
    Matrix inputs;
    Matrix targets;
    Matrix testInputs;
    Matrix testTargets;
    /// One name per input and per target row ("x1", "t1", or the CSV header's names).
    std::vector<std::string> inputNames;
    std::vector<std::string> targetNames;

    int sampleCount() const { return static_cast<int>(inputs.cols()); }
    int inputSize() const { return static_cast<int>(inputs.rows()); }
    int targetSize() const { return static_cast<int>(targets.rows()); }
    TargetKind targetKind() const;
};

/// The encoder n–log₂n–n: n one-hot patterns, each its own target. n is a power of two, 2..1024.
Dataset makeEncoder(int n);
/// XOR of two binary inputs: 4 samples, one target.
Dataset makeXor();
/// 2-D binary classification sets in [−1, 1]², seeded: trainCount training and testCount test
/// points. "circle" (inside a circle of radius 0.5), "quadrants" (x₁x₂ > 0), "gaussians" (two
/// clouds), "spiral" (two interleaved spirals).
Dataset makePlanar(std::string_view kind, int trainCount, int testCount, std::uint64_t seed);

/// Limits on data read from files, checked before the memory is taken.
inline constexpr std::int64_t kMaxCsvBytes = 256LL * 1024 * 1024;
inline constexpr std::int64_t kMaxCsvCells = 50'000'000;

/// Parses CSV text with a header row: columns named x… are inputs, t… are targets (in their
/// order in the file). Every cell a finite number. As spreadsheets save it: a UTF-8 byte-order mark,
/// fields in double quotes and blank lines at the end are accepted, and a file whose header is
/// separated by ';' is read with ';' between columns and a decimal comma or point in numbers.
/// Throws InputError naming line and column, with sourceName (a file name) in front.
Dataset parseCsvDataset(std::string_view text, std::string_view sourceName);
/// Reads a file with parseCsvDataset; the dataset is named after the file.
Dataset loadCsvDataset(const std::string &path);

/// The dataset as CSV with a header row x1…, t1…, each number the shortest text that reads back to it.
std::string datasetToCsv(const Dataset &dataset);

} // namespace bp
