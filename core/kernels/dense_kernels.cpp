#include "core/kernels/dense_kernels.h"

#include <atomic>
#include <cstdlib>

// The variants CMake built (BP_KERNELS_X86_64_V3 / _V4 are defined when their files are compiled in).
#define BP_DECLARE_KERNELS(level)                                                                        \
    namespace bp::kernels::level {                                                                       \
    void multiply(Index m, Index n, Index k, const double *a, const double *b, double *c);               \
    void multiplyTransposedLeft(Index m, Index n, Index k, const double *a, const double *b, double *c); \
    void multiplyTransposedRight(Index m, Index n, Index k, double scale, const double *a,                \
                                 const double *b, double *c);                                            \
    void logistic(Index count, const double *z, double *a);                                              \
    }

BP_DECLARE_KERNELS(baseline)
#ifdef BP_KERNELS_X86_64_V3
BP_DECLARE_KERNELS(x86_64_v3)
#endif
#ifdef BP_KERNELS_X86_64_V4
BP_DECLARE_KERNELS(x86_64_v4)
#endif

namespace bp::kernels {

namespace {

#define BP_KERNEL_TABLE(name, level)                                                                     \
    DenseKernels{name, &level::multiply, &level::multiplyTransposedLeft, &level::multiplyTransposedRight, \
                 &level::logistic}

#if defined(__x86_64__)
constexpr const char *kBaselineName = "x86-64";
#else
constexpr const char *kBaselineName = "generic";
#endif

struct Variant {
    DenseKernels kernels;
    bool (*runs)();
};

const std::vector<Variant> &variants()
{
    static const std::vector<Variant> all = {
        {BP_KERNEL_TABLE(kBaselineName, baseline), [] { return true; }},
#ifdef BP_KERNELS_X86_64_V3
        // x86-64-v3: AVX2, FMA, BMI1/2 (and F16C, MOVBE, LZCNT, which every processor with these
        // has; clang's __builtin_cpu_supports cannot ask for them). The runtime also checks that the
        // operating system saves the AVX registers.
        {BP_KERNEL_TABLE("x86-64-v3", x86_64_v3),
         [] {
             __builtin_cpu_init();
             return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
                    __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2");
         }},
#endif
#ifdef BP_KERNELS_X86_64_V4
        // x86-64-v4: v3 and AVX-512 F, BW, CD, DQ, VL.
        {BP_KERNEL_TABLE("x86-64-v4", x86_64_v4),
         [] {
             __builtin_cpu_init();
             return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
                    __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") &&
                    __builtin_cpu_supports("avx512f") &&
                    __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512cd") &&
                    __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
         }},
#endif
    };
    return all;
}

const DenseKernels *chooseAtStart()
{
    const DenseKernels *best = &variants().front().kernels;
    for (const Variant &variant : variants()) {
        if (variant.runs())
            best = &variant.kernels;
    }
    // BP_KERNELS=x86-64 (say) holds every machine to one variant, for comparing results across
    // machines; an unknown or unsupported level is ignored.
    if (const char *wanted = std::getenv("BP_KERNELS")) {
        for (const Variant &variant : variants()) {
            if (std::string_view(variant.kernels.level) == wanted && variant.runs())
                best = &variant.kernels;
        }
    }
    return best;
}

std::atomic<const DenseKernels *> &current()
{
    static std::atomic<const DenseKernels *> chosen{chooseAtStart()};
    return chosen;
}

} // namespace

const DenseKernels &denseKernels()
{
    return *current().load(std::memory_order_relaxed);
}

std::vector<std::string_view> availableDenseKernels()
{
    std::vector<std::string_view> levels;
    for (const Variant &variant : variants()) {
        if (variant.runs())
            levels.emplace_back(variant.kernels.level);
    }
    return levels;
}

bool setDenseKernels(std::string_view level)
{
    for (const Variant &variant : variants()) {
        if (variant.kernels.level == level && variant.runs()) {
            current().store(&variant.kernels, std::memory_order_relaxed);
            return true;
        }
    }
    return false;
}

} // namespace bp::kernels
