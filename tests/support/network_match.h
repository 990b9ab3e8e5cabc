#pragma once

#include "core/data/dataset.h"
#include "core/maths/network.h"
#include "tests/support/matrix_near.h"

#include <gtest/gtest.h>

namespace bp::test {

/// Passes when both networks have the same shape, activations and loss and every weight and bias
/// is bit for bit the same; otherwise the message names the layer and the element.
inline ::testing::AssertionResult networksIdentical(const Network &a, const Network &b)
{
    if (a.sizes() != b.sizes())
        return ::testing::AssertionFailure() << "the layer sizes differ";
    if (a.loss() != b.loss())
        return ::testing::AssertionFailure() << "the losses differ";
    for (int l = 1; l <= a.layerCount(); ++l) {
        if (a.layer(l).activation != b.layer(l).activation)
            return ::testing::AssertionFailure() << "layer " << l << ": the activations differ";
        if (auto r = matrixIdentical(a.layer(l).weights, b.layer(l).weights); !r)
            return ::testing::AssertionFailure() << "layer " << l << " W: " << r.message();
        if (auto r = matrixIdentical(a.layer(l).biases, b.layer(l).biases); !r)
            return ::testing::AssertionFailure() << "layer " << l << " b: " << r.message();
    }
    return ::testing::AssertionSuccess();
}

/// Passes when both datasets hold the same inputs, targets and column names, bit for bit.
inline ::testing::AssertionResult datasetsIdentical(const Dataset &a, const Dataset &b)
{
    if (auto r = matrixIdentical(a.inputs, b.inputs); !r)
        return ::testing::AssertionFailure() << "inputs: " << r.message();
    if (auto r = matrixIdentical(a.targets, b.targets); !r)
        return ::testing::AssertionFailure() << "targets: " << r.message();
    if (a.inputNames != b.inputNames || a.targetNames != b.targetNames)
        return ::testing::AssertionFailure() << "the column names differ";
    return ::testing::AssertionSuccess();
}

} // namespace bp::test
