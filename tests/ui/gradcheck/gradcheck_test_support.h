#pragma once

#include "core/maths/activation.h"
#include "core/maths/network.h"
#include "core/maths/types.h"
#include "tests/support/hand_network.h"

#include <initializer_list>
#include <memory>

namespace bp::ui::test {

using bp::test::column;
using bp::test::handInput;
using bp::test::handNetwork;
using bp::test::handTarget;

/// A random network of the given sizes (logistic hidden layers, softmax and cross-entropy at the
/// output), Xavier-initialised with the seed.
inline Network randomNetwork(const std::vector<int> &sizes, std::uint64_t seed = 1)
{
    std::vector<Activation> activations(sizes.size() - 1, Activation::Logistic);
    activations.back() = Activation::Softmax;
    Network network(sizes, activations, Loss::CrossEntropy);
    network.initialize(InitScheme::Xavier, seed);
    return network;
}

/// An input in [0, 1) (like pixel intensities) and a one-hot target, both seeded.
inline Matrix randomInput(int size, std::uint64_t seed = 7)
{
    Matrix x(size, 1);
    std::uint64_t state = seed;
    for (int i = 0; i < size; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        x(i, 0) = static_cast<double>(state >> 11) * 0x1.0p-53;
    }
    return x;
}

inline Matrix oneHot(int size, int hot)
{
    Matrix t = Matrix::Zero(size, 1);
    t(hot, 0) = 1.0;
    return t;
}

/// 1-1-1 with a ReLU hidden neuron whose z = 3·10⁻⁶ sits inside h = 10⁻⁵ of the kink: the central
/// difference of w¹₁₁ straddles the kink and disagrees with backprop (input x = 1, target t = 1).
inline Network kinkNetwork()
{
    Network network({1, 1, 1}, {Activation::Relu, Activation::Identity});
    network.layer(1).weights << 0.5;
    network.layer(1).biases << -0.5 + 3e-6;
    network.layer(2).weights << 1.0;
    network.layer(2).biases << 0.0;
    return network;
}

} // namespace bp::ui::test
