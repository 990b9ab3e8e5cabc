#pragma once

// The large matrix products of training, and the logistic function over many values, compiled
// three times: for the x86-64 baseline (SSE2), for x86-64-v3 (AVX2, FMA) and for x86-64-v4
// (AVX-512). denseKernels() picks the best one this processor runs, once, so the default build
// runs on every x86-64 and still uses the wide units where they exist. On other architectures
// there is only the one built for the target.
//
// The interface is raw column-major memory so that no Eigen type crosses between code built for
// different instruction sets (see dense_kernels_impl.cpp).

#include <cstddef>
#include <string_view>
#include <vector>

namespace bp::kernels {

using Index = std::ptrdiff_t;

struct DenseKernels {
    /// "x86-64", "x86-64-v3", "x86-64-v4" (or "generic" off x86-64).
    const char *level;
    /// C (m × n) = A (m × k) · B (k × n).
    void (*multiply)(Index m, Index n, Index k, const double *a, const double *b, double *c);
    /// C (m × n) = Aᵀ · B, A stored as (k × m), B as (k × n).
    void (*multiplyTransposedLeft)(Index m, Index n, Index k, const double *a, const double *b, double *c);
    /// C (m × n) = scale · A · Bᵀ, A stored as (m × k), B as (n × k).
    void (*multiplyTransposedRight)(Index m, Index n, Index k, double scale, const double *a, const double *b,
                                    double *c);
    /// a = 1 / (1 + e^(−z)) for `count` values.
    void (*logistic)(Index count, const double *z, double *a);
};

/// The kernels in use: the widest this processor runs, unless setDenseKernels chose another.
const DenseKernels &denseKernels();

/// Every variant built into this binary that this processor can run, narrowest first.
std::vector<std::string_view> availableDenseKernels();

/// Uses the variant of that level from now on (for tests and for comparing machines; the
/// environment variable BP_KERNELS does the same at start). Returns false, changing nothing, when
/// that variant is not built in or this processor cannot run it.
bool setDenseKernels(std::string_view level);

/// Products with fewer multiply-adds than this stay on Eigen's inline path in the caller: for a
/// small network (8-3-8) the call would cost more than it saves.
inline constexpr Index kDenseProductThreshold = 4096;
/// Likewise for the logistic function: fewer values stay inline.
inline constexpr Index kDenseElementThreshold = 256;

} // namespace bp::kernels
