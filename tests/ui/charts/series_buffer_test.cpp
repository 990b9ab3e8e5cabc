#include "ui/charts/series_buffer.h"

#include <gtest/gtest.h>

#include <cstdio>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

namespace bp::ui {
namespace {

double smooth(std::int64_t i)
{
    return 1.0 + 0.25 * std::sin(static_cast<double>(i) * 1e-3);
}

// Index of the first point of `points` equal to (x, y), or -1.
qsizetype find(const QList<QPointF> &points, double x, double y)
{
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (points[i].x() == x && points[i].y() == y)
            return i;
    }
    return -1;
}

TEST(SeriesBuffer, KeepsEveryPointWhileBelowCapacity)
{
    SeriesBuffer buffer(256);
    for (int i = 0; i < 256; ++i)
        ASSERT_TRUE(buffer.append(i, i * 0.5));
    const QList<QPointF> points = buffer.points();
    ASSERT_EQ(points.size(), 256);
    for (int i = 0; i < 256; ++i) {
        EXPECT_EQ(points[i].x(), i);
        EXPECT_EQ(points[i].y(), i * 0.5);
    }
    EXPECT_EQ(buffer.pointsPerBucket(), 1);
}

TEST(SeriesBuffer, StaysBoundedOverAMillionAppends)
{
    SeriesBuffer buffer;
    constexpr std::int64_t n = 1'000'000;
    for (std::int64_t i = 0; i < n; ++i)
        buffer.append(static_cast<double>(i), smooth(i));
    EXPECT_EQ(buffer.appendedCount(), n);
    EXPECT_LE(buffer.storedCount(), SeriesBuffer::kDefaultCapacity);
    EXPECT_EQ(buffer.points().size(), buffer.storedCount());
    // Decimated, not emptied: at least a quarter of the capacity is always drawn.
    EXPECT_GE(buffer.storedCount(), SeriesBuffer::kDefaultCapacity / 4);
    EXPECT_GT(buffer.pointsPerBucket(), 1);
}

TEST(SeriesBuffer, TenMillionAppendsStayBoundedAndFast)
{
    SeriesBuffer buffer;
    constexpr std::int64_t n = 10'000'000;
    const auto start = std::chrono::steady_clock::now();
    std::int64_t maxStored = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        buffer.append(static_cast<double>(i), smooth(i));
        // Checking the bound now and then, not only at the end: it must hold all along.
        if (i % 999'983 == 0)
            maxStored = std::max<std::int64_t>(maxStored, buffer.storedCount());
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LE(maxStored, SeriesBuffer::kDefaultCapacity);
    EXPECT_LE(buffer.storedCount(), SeriesBuffer::kDefaultCapacity);
    // Speed is not asserted here (no timing assertions in tests); the time is printed for the record:
    // about 0.1 s here, where a per-append cost proportional to the stored points would take minutes.
    std::printf("[ timing   ] 10^7 appends: %.3f s\n", seconds);
}

TEST(SeriesBuffer, ASingleSpikeAndDipSurviveAMillionSmoothPoints)
{
    std::mt19937_64 random(20240601);
    for (int trial = 0; trial < 5; ++trial) {
        SeriesBuffer buffer;
        constexpr std::int64_t n = 1'000'000;
        const auto spike = static_cast<std::int64_t>(random() % n);
        auto dip = static_cast<std::int64_t>(random() % n);
        if (dip == spike)
            dip = (spike + 1) % n;
        for (std::int64_t i = 0; i < n; ++i) {
            double y = smooth(i);
            if (i == spike)
                y = 1000.0;
            if (i == dip)
                y = -1000.0;
            buffer.append(static_cast<double>(i), y);
        }
        const QList<QPointF> points = buffer.points();
        EXPECT_GE(find(points, static_cast<double>(spike), 1000.0), 0) << "spike at " << spike << " lost";
        EXPECT_GE(find(points, static_cast<double>(dip), -1000.0), 0) << "dip at " << dip << " lost";
        EXPECT_EQ(buffer.maximumY(), 1000.0);
        EXPECT_EQ(buffer.minimumY(), -1000.0);
    }
}

TEST(SeriesBuffer, XIncreasesAndTheFirstAndLastPointsAreKept)
{
    SeriesBuffer buffer(512);
    constexpr std::int64_t n = 123'457;
    for (std::int64_t i = 0; i < n; ++i)
        buffer.append(static_cast<double>(i) * 0.5, std::cos(static_cast<double>(i) * 0.01));
    const QList<QPointF> points = buffer.points();
    ASSERT_FALSE(points.isEmpty());
    for (qsizetype i = 1; i < points.size(); ++i)
        ASSERT_LT(points[i - 1].x(), points[i].x()) << "at drawn point " << i;
    EXPECT_EQ(points.front(), QPointF(0.0, 1.0));
    const double lastX = static_cast<double>(n - 1) * 0.5;
    EXPECT_EQ(points.back(), QPointF(lastX, std::cos(static_cast<double>(n - 1) * 0.01)));
    EXPECT_EQ(buffer.lastPoint(), points.back());
}

TEST(SeriesBuffer, EveryDrawnPointWasAppended)
{
    SeriesBuffer buffer(128);
    for (int i = 0; i < 10'000; ++i)
        buffer.append(i, i % 7);
    for (const QPointF &point : buffer.points()) {
        EXPECT_EQ(point.x(), std::floor(point.x()));
        EXPECT_EQ(point.y(), static_cast<int>(point.x()) % 7);
    }
}

TEST(SeriesBuffer, NonFiniteValuesAreCountedNotDrawn)
{
    SeriesBuffer buffer;
    buffer.append(1, 0.5);
    EXPECT_FALSE(buffer.append(2, std::numeric_limits<double>::quiet_NaN()));
    EXPECT_FALSE(buffer.append(3, std::numeric_limits<double>::infinity()));
    EXPECT_FALSE(buffer.append(4, -std::numeric_limits<double>::infinity()));
    buffer.append(5, 0.25);
    EXPECT_EQ(buffer.nonFiniteCount(), 3);
    EXPECT_EQ(buffer.appendedCount(), 5);
    const QList<QPointF> points = buffer.points();
    ASSERT_EQ(points.size(), 2);
    EXPECT_EQ(points[0], QPointF(1, 0.5));
    EXPECT_EQ(points[1], QPointF(5, 0.25));
    EXPECT_EQ(buffer.lastX(), 5.0);
}

TEST(SeriesBuffer, RefusesDecreasingOrNonFiniteX)
{
    SeriesBuffer buffer;
    EXPECT_TRUE(buffer.append(10, 1.0));
    EXPECT_FALSE(buffer.append(9, 1.0));
    EXPECT_FALSE(buffer.append(std::numeric_limits<double>::quiet_NaN(), 1.0));
    EXPECT_TRUE(buffer.append(10, 2.0));
    EXPECT_EQ(buffer.storedCount(), 2);
    EXPECT_EQ(buffer.appendedCount(), 2);
}

TEST(SeriesBuffer, LogAxisPointsAreNeverBelowTheFloorOrNonFinite)
{
    SeriesBuffer buffer(64);
    const double values[] = {1.0,
                             0.0,
                             -3.0,
                             1e-300,
                             std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<double>::infinity(),
                             5e-5,
                             std::numeric_limits<double>::denorm_min()};
    for (int round = 0; round < 200; ++round) {
        for (int i = 0; i < 8; ++i)
            buffer.append(round * 10 + i, values[i]);
    }
    EXPECT_EQ(buffer.nonPositiveCount(), 400);
    for (double floor : {1e-4, 1e-12}) {
        const QList<QPointF> points = buffer.pointsForLogAxis(floor);
        ASSERT_FALSE(points.isEmpty());
        for (const QPointF &point : points) {
            EXPECT_TRUE(std::isfinite(point.y()));
            EXPECT_GE(point.y(), floor);
        }
    }
    // A floor a log axis cannot use is replaced, never passed on.
    for (double floor :
         {0.0, -1.0, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
        for (const QPointF &point : buffer.pointsForLogAxis(floor)) {
            EXPECT_TRUE(std::isfinite(point.y()));
            EXPECT_GT(point.y(), 0.0);
        }
    }
    // Values at or above the floor are untouched.
    EXPECT_GE(find(buffer.pointsForLogAxis(1e-4), 0.0, 1.0), 0);
}

TEST(SeriesBuffer, TracksExtremesAndSmallestPositive)
{
    SeriesBuffer buffer(64);
    EXPECT_FALSE(buffer.minimumY());
    EXPECT_FALSE(buffer.minimumPositiveY());
    buffer.append(1, 0.0);
    EXPECT_FALSE(buffer.minimumPositiveY());
    buffer.append(2, 3e-7);
    buffer.append(3, 42.0);
    buffer.append(4, -1.0);
    EXPECT_EQ(buffer.minimumY(), -1.0);
    EXPECT_EQ(buffer.maximumY(), 42.0);
    EXPECT_EQ(buffer.minimumPositiveY(), 3e-7);
}

TEST(SeriesBuffer, ClearForgetsEverything)
{
    SeriesBuffer buffer(64);
    for (int i = 0; i < 1000; ++i)
        buffer.append(i, i);
    buffer.append(1000, std::numeric_limits<double>::quiet_NaN());
    const auto revision = buffer.revision();
    buffer.clear();
    EXPECT_GT(buffer.revision(), revision);
    EXPECT_TRUE(buffer.isEmpty());
    EXPECT_EQ(buffer.storedCount(), 0);
    EXPECT_EQ(buffer.appendedCount(), 0);
    EXPECT_EQ(buffer.nonFiniteCount(), 0);
    EXPECT_EQ(buffer.pointsPerBucket(), 1);
    // A cleared buffer accepts any x again.
    EXPECT_TRUE(buffer.append(0, 1.0));
    EXPECT_EQ(buffer.points(), QList<QPointF>{QPointF(0, 1.0)});
}

TEST(SeriesBuffer, CapacityIsRespectedForSmallBuffers)
{
    SeriesBuffer buffer(10);
    EXPECT_EQ(buffer.capacity(), SeriesBuffer::kMinimumCapacity);
    for (int i = 0; i < 100'000; ++i) {
        buffer.append(i, (i * 7919) % 1000);
        ASSERT_LE(buffer.storedCount(), buffer.capacity()) << "after " << i + 1 << " appends";
    }
}

} // namespace
} // namespace bp::ui
