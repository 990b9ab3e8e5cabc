#pragma once

#include "core/analysis/histogram.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace bp {

using HistogramRowPointer = std::shared_ptr<const HistogramRow>;

/// The histogram rows of one run along its epochs, in bounded memory whatever the run's length.
///
/// Rows are kept on a grid of epochs, the multiples of a stride: every epoch while the newest is
/// below capacity(), then every second, fourth, … epoch, the stride doubling each time the newest
/// epoch reaches capacity() · stride (strideFor). A doubling drops every other row, so the rows
/// stay evenly spaced from the run's start to its newest epoch: at most capacity() on the grid,
/// plus the newest row when it lies off the grid. The rule depends on the newest epoch only, so
/// the worker computes just the rows that will be kept (isScheduled) without holding any.
class HistogramHistory {
public:
    static constexpr int kDefaultCapacity = 256;
    static constexpr int kMinimumCapacity = 2;

    /// Capacities below kMinimumCapacity are raised to it.
    explicit HistogramHistory(int capacity = kDefaultCapacity);

    /// The stride of the grid once the newest row has this epoch: the smallest power of two p with
    /// newestEpoch < capacity · p.
    static std::int64_t strideFor(std::int64_t newestEpoch, int capacity = kDefaultCapacity);
    /// True when a row of this epoch stays once it is the newest (a multiple of strideFor(epoch)).
    static bool isScheduled(std::int64_t epoch, int capacity = kDefaultCapacity);

    /// Adds the newest row. Rows at its epoch or later go first (a run put back to an earlier state
    /// and resumed rewrites its future), then the rows off the new grid (never the new row). A null
    /// row changes nothing.
    void append(HistogramRowPointer row);
    /// Drops the rows after this epoch.
    void truncateAfter(std::int64_t epoch);
    void clear() { m_rows.clear(); }

    /// Oldest first.
    const std::vector<HistogramRowPointer> &rows() const { return m_rows; }
    bool isEmpty() const { return m_rows.empty(); }
    int capacity() const { return m_capacity; }

private:
    int m_capacity;
    std::vector<HistogramRowPointer> m_rows;
};

} // namespace bp
