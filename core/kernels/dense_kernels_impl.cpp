// One variant of the dense kernels. CMake compiles this file once per instruction-set level, each
// time with BP_KERNEL_LEVEL (a suffix such as x86_64_v3), its -march flags, and Eigen renamed to
// a namespace of that level. The renaming keeps every Eigen template instantiated here (the GEMM
// kernels, packing, exp) apart from the baseline ones the rest of the program uses: without it
// the linker could pick an AVX-512 copy of a shared template for code that must run anywhere.
// Only the functions of bp::kernels::<level> below are meant to leave this file.
#ifndef BP_KERNEL_LEVEL
#error "BP_KERNEL_LEVEL must name the variant"
#endif

#define BP_KERNEL_CAT2(a, b) a##b
#define BP_KERNEL_CAT(a, b) BP_KERNEL_CAT2(a, b)
#define Eigen BP_KERNEL_CAT(bp_eigen_, BP_KERNEL_LEVEL)
#include <Eigen/Core>

#include "core/kernels/dense_kernels.h"

namespace bp::kernels::BP_KERNEL_LEVEL {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic>;
using MatrixMap = Eigen::Map<Matrix>;
using ConstMatrixMap = Eigen::Map<const Matrix>;
using ArrayMap = Eigen::Map<Eigen::Array<double, Eigen::Dynamic, 1>>;
using ConstArrayMap = Eigen::Map<const Eigen::Array<double, Eigen::Dynamic, 1>>;

void multiply(Index m, Index n, Index k, const double *a, const double *b, double *c)
{
    MatrixMap(c, m, n).noalias() = ConstMatrixMap(a, m, k) * ConstMatrixMap(b, k, n);
}

void multiplyTransposedLeft(Index m, Index n, Index k, const double *a, const double *b, double *c)
{
    MatrixMap(c, m, n).noalias() = ConstMatrixMap(a, k, m).transpose() * ConstMatrixMap(b, k, n);
}

void multiplyTransposedRight(Index m, Index n, Index k, double scale, const double *a, const double *b,
                             double *c)
{
    if (k == 1) // one sample: an outer product, no packing
        MatrixMap(c, m, n).noalias() = (scale * ConstMatrixMap(a, m, 1)) * ConstMatrixMap(b, n, 1).transpose();
    else
        MatrixMap(c, m, n).noalias() = (scale * ConstMatrixMap(a, m, k)) * ConstMatrixMap(b, n, k).transpose();
}

void logistic(Index count, const double *z, double *a)
{
    // The same expression as bp::activate: for very negative z, e^(−z) = inf gives exactly 0.
    ArrayMap(a, count) = (1.0 + (-ConstArrayMap(z, count)).exp()).inverse();
}

} // namespace bp::kernels::BP_KERNEL_LEVEL
