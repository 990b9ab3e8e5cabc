#pragma once

#include "core/maths/types.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <sstream>

namespace bp::test {

/// Passes when a and b have the same shape and every |aᵢⱼ − bᵢⱼ| ≤ tolerance; otherwise the
/// message names the worst element and both values.
template <typename A, typename B>
::testing::AssertionResult matrixNear(const Eigen::MatrixBase<A> &a, const Eigen::MatrixBase<B> &b,
                                      double tolerance)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return ::testing::AssertionFailure()
               << "shapes differ: " << a.rows() << "x" << a.cols() << " vs " << b.rows() << "x" << b.cols();
    double worst = -1.0;
    Eigen::Index worstRow = 0;
    Eigen::Index worstCol = 0;
    for (Eigen::Index j = 0; j < a.cols(); ++j) {
        for (Eigen::Index i = 0; i < a.rows(); ++i) {
            const double difference = std::abs(a(i, j) - b(i, j));
            if (!(difference <= worst) || std::isnan(difference)) {
                worst = std::isnan(difference) ? INFINITY : difference;
                worstRow = i;
                worstCol = j;
            }
        }
    }
    if (worst <= tolerance)
        return ::testing::AssertionSuccess();
    std::ostringstream message;
    message.precision(17);
    message << "worst element (" << worstRow << ", " << worstCol << "): " << a(worstRow, worstCol) << " vs "
            << b(worstRow, worstCol) << ", difference " << worst << " > " << tolerance;
    return ::testing::AssertionFailure() << message.str();
}

/// Bit-for-bit equality, naming the first element that differs.
template <typename A, typename B>
::testing::AssertionResult matrixIdentical(const Eigen::MatrixBase<A> &a, const Eigen::MatrixBase<B> &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return ::testing::AssertionFailure() << "shapes differ";
    for (Eigen::Index j = 0; j < a.cols(); ++j) {
        for (Eigen::Index i = 0; i < a.rows(); ++i) {
            if (std::memcmp(&a.derived().coeffRef(i, j), &b.derived().coeffRef(i, j), sizeof(double)) != 0) {
                std::ostringstream message;
                message.precision(17);
                message << "element (" << i << ", " << j << ") differs: " << a(i, j) << " vs " << b(i, j);
                return ::testing::AssertionFailure() << message.str();
            }
        }
    }
    return ::testing::AssertionSuccess();
}

} // namespace bp::test
