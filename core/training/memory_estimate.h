#pragma once

#include "core/maths/optimizer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bp {

/// The shapes that decide how much memory a training run takes.
struct RunShape {
    /// Layer sizes n₀ … n_L.
    std::vector<int> layers;
    Optimizer optimizer = Optimizer::Sgd;
    std::int64_t samples = 0;
    std::int64_t testSamples = 0;
    /// Samples per update (0: the whole dataset).
    int batchSize = 1;
    /// Bytes of a data file held while it is read (its text), 0 for built-in data.
    std::int64_t fileBytes = 0;
    /// States of the network kept to rewind to (a diverged run saves the last good one).
    int keptStates = 2;
};

/// The memory the command line's kept states may take (Timeline's default bound): a state larger
/// than this is not kept.
inline constexpr std::int64_t kMaxKeptStateBytes = 64LL * 1024 * 1024;

/// An upper estimate, in bytes, of the memory a run of this shape takes at its peak, computed from
/// the shapes alone (nothing is allocated): the dataset (inputs and targets, its copy in the
/// trainer), the parameters with their gradients, update candidates and the optimizer's moments,
/// the forward and backward records of a batch (z, a, δ per neuron per sample) and of the
/// 256-sample evaluation chunks, the kept states (at most kMaxKeptStateBytes), the file's text, plus a fixed
/// 32 MB for the program itself.
std::int64_t estimateRunBytes(const RunShape &shape);

/// The memory a run may take unless the user says otherwise: half of the machine's physical memory
/// (at least 256 MB).
std::int64_t defaultMemoryBudget();

/// Parses a size such as "512M", "2G", "1.5G", "800000K" or a plain number of bytes; nullopt-like
/// result -1 when it is not one. K, M, G and T are powers of 1024.
std::int64_t parseMemorySize(const std::string &text);

/// "1.3 GB", "740 MB", "12 KB": a size for people, in powers of 1024.
std::string describeBytes(std::int64_t bytes);

} // namespace bp
