#pragma once

#include <QList>
#include <QPointF>

#include <cstdint>
#include <optional>
#include <vector>

namespace bp::ui {

/// A bounded record of one chart line, for runs of any length.
///
/// Points arrive in order of x (x never decreases). Up to capacity() points are kept exactly; past
/// that the buffer keeps buckets of consecutive points and draws, for each bucket, its first point,
/// its lowest, its highest and its last (the "M4" reduction). A spike therefore survives any number
/// of later points, the first and the latest point are always drawn, and memory stays fixed.
/// Appending is O(1) amortised: buckets are merged pairwise only when the buffer is full.
///
/// A non-finite y is never stored (it would blank a chart) but is counted, so the chart can say
/// how many values it does not show.
class SeriesBuffer {
public:
    static constexpr int kDefaultCapacity = 4096;
    static constexpr int kMinimumCapacity = 64;

    /// At most `capacity` points are drawn (values below kMinimumCapacity are raised to it).
    explicit SeriesBuffer(int capacity = kDefaultCapacity);

    /// Adds (x, y). Returns true when the point is stored. A non-finite y is counted in
    /// nonFiniteCount() and not stored; a non-finite x or an x below the last one is refused.
    bool append(double x, double y);
    /// Forgets every point and every count.
    void clear();

    /// What to draw, in order of x: every point while fewer than capacity() have arrived, then the
    /// first, lowest, highest and last point of each bucket. All finite.
    QList<QPointF> points() const;
    /// points() for a logarithmic axis: y below `floor` (zero and negative values included) is drawn
    /// at `floor`. A floor that is not a finite positive number is replaced by the smallest one
    /// a double holds, so the result is always finite and > 0.
    QList<QPointF> pointsForLogAxis(double floor) const;

    int capacity() const { return m_capacity; }
    /// Number of points points() returns.
    int storedCount() const;
    /// Calls to append() with a finite x in order: stored points plus non-finite ones.
    std::int64_t appendedCount() const { return m_finiteCount + m_nonFiniteCount; }
    /// Appended points whose y was NaN or infinite.
    std::int64_t nonFiniteCount() const { return m_nonFiniteCount; }
    /// Appended finite points whose y is ≤ 0 (which a logarithmic axis draws at its floor).
    std::int64_t nonPositiveCount() const { return m_nonPositiveCount; }
    /// Raw points that each bucket stands for (1 while every point is kept).
    std::int64_t pointsPerBucket() const { return m_bucketSize; }
    /// True when no finite point is stored.
    bool isEmpty() const { return m_buckets.empty(); }

    /// Extremes over every stored point (exact, whatever was merged since). Empty when isEmpty().
    std::optional<double> minimumY() const;
    std::optional<double> maximumY() const;
    /// The smallest y > 0 appended; empty when there is none.
    std::optional<double> minimumPositiveY() const;
    std::optional<QPointF> firstPoint() const;
    /// The latest finite point appended (always among points()).
    std::optional<QPointF> lastPoint() const;
    /// The x of the latest accepted append, finite y or not.
    std::optional<double> lastX() const;

    /// What the stored points with x ≤ last hold: a chart put back to an earlier epoch scales to
    /// the history it keeps. Counted over points() (exact while no bucket was merged).
    struct Extent {
        std::optional<QPointF> first;
        std::optional<double> lastX;
        std::optional<double> minimumY;
        std::optional<double> maximumY;
        std::optional<double> minimumPositiveY;
        std::int64_t nonPositiveCount = 0;
    };
    Extent extentUpTo(double last) const;

    /// Grows by one at every change, so a chart can skip redrawing an unchanged line.
    std::uint64_t revision() const { return m_revision; }

private:
    struct Sample {
        double x = 0.0;
        double y = 0.0;
        std::int64_t sequence = 0;
    };
    struct Bucket {
        Sample first, low, high, last;
        std::int64_t count = 0;
    };

    void addToBucket(Bucket &bucket, const Sample &sample);
    static Bucket merged(const Bucket &a, const Bucket &b);
    void compact();
    int maxBuckets() const;
    template <typename Visit> void forEachPoint(Visit visit) const;

    int m_capacity;
    std::vector<Bucket> m_buckets;
    std::int64_t m_bucketSize = 1;
    std::int64_t m_finiteCount = 0;
    std::int64_t m_nonFiniteCount = 0;
    std::int64_t m_nonPositiveCount = 0;
    double m_minY = 0.0;
    double m_maxY = 0.0;
    std::optional<double> m_minPositiveY;
    std::optional<double> m_lastX;
    std::uint64_t m_revision = 0;
};

} // namespace bp::ui
