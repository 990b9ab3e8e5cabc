// The terminal progress line of backprop-cli is redrawn at most ten times a second.
#include "app/cli/progress_throttle.h"

#include <gtest/gtest.h>

namespace {

using bp::cli::ProgressThrottle;
using namespace std::chrono_literals;

TEST(ProgressThrottle, DrawsFirstThenAtMostTenTimesASecond)
{
    ProgressThrottle throttle;
    const ProgressThrottle::Clock::time_point start{};
    int draws = 0;
    // 200 000 epochs spread evenly over two seconds: one every 10 µs.
    for (int epoch = 0; epoch < 200'000; ++epoch) {
        const auto now = start + std::chrono::microseconds(10 * epoch);
        if (throttle.due(now, false))
            ++draws;
    }
    EXPECT_EQ(draws, 20); // at 0, 100 ms, …, 1900 ms
}

TEST(ProgressThrottle, AlwaysDrawsTheLastEpoch)
{
    ProgressThrottle throttle;
    const ProgressThrottle::Clock::time_point start{};
    EXPECT_TRUE(throttle.due(start, false));
    EXPECT_FALSE(throttle.due(start + 1ms, false));
    EXPECT_TRUE(throttle.due(start + 2ms, true));
    EXPECT_FALSE(throttle.due(start + 3ms, false));
    EXPECT_TRUE(throttle.due(start + 102ms, false));
}

} // namespace
