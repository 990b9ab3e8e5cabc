#include "core/maths/random.h"
#include "core/session/rate_limit.h"
#include "core/session/session_code.h"

#include <gtest/gtest.h>

#include <set>

namespace bp::session {
namespace {

TEST(SessionCode, IsShortUnambiguousAndFollowsTheSeed)
{
    Random first(42);
    Random second(42);
    const std::string code = makeSessionCode(first);
    EXPECT_EQ(code, makeSessionCode(second));
    EXPECT_EQ(code.size(), 6u);
    for (char c : code)
        EXPECT_NE(kCodeAlphabet.find(c), std::string_view::npos) << c;
    std::set<std::string> codes;
    Random random(7);
    for (int i = 0; i < 1000; ++i)
        codes.insert(makeSessionCode(random));
    EXPECT_GT(codes.size(), 995u); // 31⁶ ≈ 8.9e8 codes: a repeat in 1000 is rare
}

TEST(SessionCode, MatchesAsTypedButOnlyExactly)
{
    EXPECT_TRUE(codeMatches("K7P2QX", "k7p-2qx"));
    EXPECT_TRUE(codeMatches("K7P2QX", " K7P 2QX "));
    EXPECT_FALSE(codeMatches("K7P2QX", "K7P2QY"));
    EXPECT_FALSE(codeMatches("K7P2QX", "K7P2Q"));
    EXPECT_FALSE(codeMatches("K7P2QX", "K7P2QXX"));
    EXPECT_FALSE(codeMatches("K7P2QX", ""));
    EXPECT_FALSE(codeMatches("", ""));
    EXPECT_EQ(normaliseCode("ab-c d"), "ABCD");
}

TEST(AttemptBackoff, FirstWrongCodesAreFreeThenTheWaitDoubles)
{
    AttemptBackoff backoff; // 3 free, then 1 s, 2 s, 4 s … up to 60 s
    const std::string a = "10.0.0.5";
    EXPECT_EQ(backoff.waitFor(a, 0), 0);
    backoff.recordFailure(a, 0);
    backoff.recordFailure(a, 100);
    EXPECT_EQ(backoff.waitFor(a, 100), 0);
    backoff.recordFailure(a, 200);
    EXPECT_EQ(backoff.waitFor(a, 200), 1000);
    EXPECT_EQ(backoff.waitFor(a, 700), 500);
    EXPECT_EQ(backoff.waitFor(a, 1200), 0);
    backoff.recordFailure(a, 1200);
    EXPECT_EQ(backoff.waitFor(a, 1200), 2000);
    backoff.recordFailure(a, 3200);
    EXPECT_EQ(backoff.waitFor(a, 3200), 4000);
    for (int i = 0; i < 20; ++i)
        backoff.recordFailure(a, 10'000);
    EXPECT_EQ(backoff.waitFor(a, 10'000), 60'000);
    // Another address is not slowed by this one.
    EXPECT_EQ(backoff.waitFor("10.0.0.6", 10'000), 0);
    // After ten minutes without a wrong code the address starts afresh.
    EXPECT_EQ(backoff.waitFor(a, 10'000 + 600'000), 0);
    backoff.recordFailure(a, 10'000 + 600'000);
    EXPECT_EQ(backoff.waitFor(a, 10'000 + 600'000), 0);
    backoff.recordSuccess(a);
    EXPECT_EQ(backoff.size(), 0u);
}

TEST(AttemptBackoff, TheTableStaysBounded)
{
    AttemptBackoff backoff({3, 1000, 60'000, 600'000, 100});
    for (int i = 0; i < 1000; ++i)
        backoff.recordFailure("10.0." + std::to_string(i / 256) + "." + std::to_string(i % 256), i);
    EXPECT_LE(backoff.size(), 100u);
}

TEST(MessageRateLimiter, AllowsABurstThenTheSteadyRate)
{
    MessageRateLimiter limiter(5.0, 10.0);
    for (int i = 0; i < 10; ++i)
        EXPECT_TRUE(limiter.allow(0)) << i;
    EXPECT_FALSE(limiter.allow(0));
    EXPECT_FALSE(limiter.allow(100)); // half a token
    EXPECT_TRUE(limiter.allow(200));  // 5/s: one token per 200 ms
    EXPECT_FALSE(limiter.allow(200));
    // A long pause refills only to the burst.
    for (int i = 0; i < 10; ++i)
        EXPECT_TRUE(limiter.allow(60'000)) << i;
    EXPECT_FALSE(limiter.allow(60'000));
}

TEST(AddressRateLimiter, EachAddressHasItsOwnBucketAndTheTableStaysBounded)
{
    AddressRateLimiter limiter({2.0, 3.0, 60'000, 100});
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(limiter.allow("10.0.0.1", 0)) << i;
    EXPECT_FALSE(limiter.allow("10.0.0.1", 0));
    // Another address is not slowed by the first one's burst.
    EXPECT_TRUE(limiter.allow("10.0.0.2", 0));
    EXPECT_FALSE(limiter.allow("10.0.0.1", 400)); // 2/s: 0.8 of a token
    EXPECT_TRUE(limiter.allow("10.0.0.1", 500));
    for (int i = 0; i < 1000; ++i)
        limiter.allow("10.1." + std::to_string(i / 256) + "." + std::to_string(i % 256), 1000 + i);
    EXPECT_LE(limiter.size(), 100u);
}

} // namespace
} // namespace bp::session
