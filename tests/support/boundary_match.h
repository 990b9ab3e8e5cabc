#pragma once

#include "ui/boundary/boundary_grid.h"

#include <gtest/gtest.h>

#include <cstring>

namespace bp::test {

/// Passes when both grids hold the same values over the same plane, bit for bit.
inline ::testing::AssertionResult sameGrid(const ui::BoundaryGrid &got, const ui::BoundaryGrid &expected)
{
    if (got.isEmpty() || got.resolution != expected.resolution || !(got.extent == expected.extent))
        return ::testing::AssertionFailure() << "grids of " << got.resolution << " and " << expected.resolution
                                             << " samples per axis, or over other planes";
    for (std::size_t v = 0; v < got.values.size(); ++v)
        if (std::memcmp(&got.values[v], &expected.values[v], sizeof(double)) != 0)
            return ::testing::AssertionFailure()
                   << "sample " << v << ": " << got.values[v] << " vs " << expected.values[v];
    return ::testing::AssertionSuccess();
}

} // namespace bp::test
