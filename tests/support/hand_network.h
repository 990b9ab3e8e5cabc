#pragma once

#include "core/maths/network.h"
#include "core/maths/types.h"

#include <initializer_list>

namespace bp::test {

/// A column vector from its values.
inline Matrix column(std::initializer_list<double> values)
{
    Matrix m(static_cast<Eigen::Index>(values.size()), 1);
    Eigen::Index i = 0;
    for (double v : values)
        m(i++, 0) = v;
    return m;
}

/// The 2-2-2 network worked out by hand in tests/core/backprop_hand_test.cpp: W¹ = [0.15 0.20;
/// 0.25 0.30], b¹ = 0.35, W² = [0.40 0.45; 0.50 0.55], b² = 0.60, logistic units.
inline Network handNetwork()
{
    Network network({2, 2, 2}, {Activation::Logistic, Activation::Logistic});
    network.layer(1).weights << 0.15, 0.20, 0.25, 0.30;
    network.layer(1).biases << 0.35, 0.35;
    network.layer(2).weights << 0.40, 0.45, 0.50, 0.55;
    network.layer(2).biases << 0.60, 0.60;
    return network;
}

/// Its sample: x = (0.05, 0.10), t = (0.01, 0.99).
inline Matrix handInput()
{
    return column({0.05, 0.10});
}
inline Matrix handTarget()
{
    return column({0.01, 0.99});
}

} // namespace bp::test
