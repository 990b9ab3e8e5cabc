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

// Eigen's packet types carry vector attributes that a template argument drops; harmless here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wignored-attributes"
void logistic(Index count, const double *z, double *a)
{
    // σ(z) = 1 / (1 + e^(−z)), every value through the same vectorised exp. (An Eigen array
    // expression would send the first values before an aligned address through the scalar exp,
    // so a value's last bit would depend on where the array happens to start in memory, and the
    // same seed would not always give the same weights.)
    using Packet = Eigen::internal::packet_traits<double>::type;
    constexpr Index kSize = Eigen::internal::unpacket_traits<Packet>::size;
    const Packet one = Eigen::internal::pset1<Packet>(1.0);
    auto apply = [&one](const double *from, double *to) {
        const Packet e = Eigen::internal::pexp(Eigen::internal::pnegate(Eigen::internal::ploadu<Packet>(from)));
        Eigen::internal::pstoreu(to, Eigen::internal::pdiv(one, Eigen::internal::padd(one, e)));
    };
    Index i = 0;
    for (; i + kSize <= count; i += kSize)
        apply(z + i, a + i);
    if (i < count) { // the last few values, in a whole packet padded with zeros
        double in[kSize] = {}, out[kSize];
        for (Index j = 0; i + j < count; ++j)
            in[j] = z[i + j];
        apply(in, out);
        for (Index j = 0; i + j < count; ++j)
            a[i + j] = out[j];
    }
}
#pragma GCC diagnostic pop

} // namespace bp::kernels::BP_KERNEL_LEVEL
