// The lecturer's decision boundary in the state message (#16): its values travel bit for bit, a
// diverged network's too, and a malformed grid is refused by place before its values are read.
#include "core/session/shown_boundary.h"

#include "core/formats/json.h"

#include "tests/support/input_errors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>

namespace bp {
namespace {

using test::messageOf;
using test::replaced;

const Network kTwoInputs({2, 3, 1}, {Activation::Tanh, Activation::Logistic}, Loss::HalfSquaredError);

ShownBoundary grid(int resolution)
{
    ShownBoundary b{-1.1, 1.1, -0.3, 2.5, resolution, {}};
    for (int v = 0; v < resolution * resolution; ++v)
        b.values.push_back(1.0 / (3.0 + v)); // thirds, sevenths, …: no short decimal
    return b;
}

ShownPicture<ShownBoundary> readBack(const std::string &text, const Network &network = kTwoInputs)
{
    return readShownBoundary(text, parseJson(text, "host"), "boundary", network);
}

TEST(ShownBoundary, ValuesTravelBitForBit)
{
    ShownBoundary sent = grid(5);
    sent.values[3] = std::numeric_limits<double>::quiet_NaN();
    sent.values[4] = -std::numeric_limits<double>::infinity();
    sent.values[5] = -0.0;
    const std::string text = shownBoundaryToJson({7, std::make_shared<ShownBoundary>(sent)});
    const ShownPicture<ShownBoundary> read = readBack(text);
    EXPECT_EQ(read.id, 7u);
    const auto &got = read.whole;
    ASSERT_TRUE(got);
    EXPECT_EQ(got->resolution, 5);
    EXPECT_EQ(got->x2Min, -0.3);
    EXPECT_EQ(got->x2Max, 2.5);
    ASSERT_EQ(got->values.size(), 25u);
    EXPECT_TRUE(std::isnan(got->values[3]));
    for (std::size_t v = 0; v < 25; ++v) {
        if (v != 3) {
            EXPECT_EQ(std::memcmp(&got->values[v], &sent.values[v], sizeof(double)), 0) << "value " << v;
        }
    }
    EXPECT_EQ(shownBoundaryToJson(read), text);
    EXPECT_TRUE(identical(*got, sent));
    EXPECT_EQ(shownBoundaryToJson({}), "null");
    EXPECT_EQ(readBack("null").id, 0u);
    EXPECT_FALSE(readBack("null").whole);
}

TEST(ShownBoundary, AnUnchangedGridTravelsAsItsIdAlone)
{
    const std::string text = shownBoundaryToJson({9, nullptr});
    EXPECT_EQ(text, "{\"id\": 9, \"whole\": false}");
    const ShownPicture<ShownBoundary> got = readBack(text);
    EXPECT_EQ(got.id, 9u);
    EXPECT_FALSE(got.whole);
}

// The host sends a grid whole when it changed (a single bit of one value) or a follower may lack it,
// else its id; a follower draws the grid it holds for an id alone, and after a gap keeps the one it
// has until the next whole one.
TEST(ShownBoundary, TravelsWholeOnlyWhenItChangedOrIsDue)
{
    PictureSender<ShownBoundary> sender;
    PictureReceiver<ShownBoundary> receiver;
    auto first = std::make_shared<ShownBoundary>(grid(4));
    const ShownPicture<ShownBoundary> a = sender.next(first, false);
    ASSERT_TRUE(a.whole);
    EXPECT_EQ(receiver.take(a), first);
    // The same values in another object: unchanged.
    const ShownPicture<ShownBoundary> b = sender.next(std::make_shared<ShownBoundary>(grid(4)), false);
    EXPECT_EQ(b.id, a.id);
    EXPECT_FALSE(b.whole);
    EXPECT_EQ(receiver.take(b), first);
    EXPECT_TRUE(receiver.isCurrent());
    EXPECT_TRUE(sender.next(std::make_shared<ShownBoundary>(grid(4)), true).whole);
    // −0 for +0 in one value is another grid.
    auto second = std::make_shared<ShownBoundary>(grid(4));
    second->values[5] = 0.0;
    auto third = std::make_shared<ShownBoundary>(*second);
    third->values[5] = -0.0;
    const ShownPicture<ShownBoundary> c = sender.next(second, false);
    const ShownPicture<ShownBoundary> d = sender.next(third, false);
    ASSERT_TRUE(c.whole && d.whole);
    EXPECT_NE(c.id, a.id);
    EXPECT_NE(d.id, c.id);
    // The follower missed c and d: it keeps the first grid, not current, until d comes whole.
    EXPECT_EQ(receiver.take(sender.next(third, false)), first);
    EXPECT_FALSE(receiver.isCurrent());
    EXPECT_EQ(receiver.take(sender.next(third, true)), third);
    EXPECT_TRUE(receiver.isCurrent());
    // The panel shows none, then the same grid again: a new id, whole.
    EXPECT_EQ(sender.next(nullptr, false).id, 0u);
    EXPECT_FALSE(receiver.take(sender.next(nullptr, false)));
    const ShownPicture<ShownBoundary> e = sender.next(third, false);
    EXPECT_TRUE(e.whole);
    EXPECT_NE(e.id, d.id);
}

TEST(ShownBoundary, EachBadFieldIsNamed)
{
    const std::string text = shownBoundaryToJson({3, std::make_shared<ShownBoundary>(grid(3))});
    auto refusal = [&](const std::string &from, const std::string &to) {
        return messageOf([&] { readBack(replaced(text, from, to)); });
    };
    EXPECT_NE(refusal("\"resolution\": 3", "\"resolution\": 129").find("boundary.resolution"),
              std::string::npos);
    EXPECT_NE(refusal("\"resolution\": 3", "\"resolution\": 1").find("boundary.resolution"),
              std::string::npos);
    // The count is checked against the resolution before a value is read.
    EXPECT_NE(refusal("\"resolution\": 3", "\"resolution\": 4").find("boundary.values: expected 16"),
              std::string::npos);
    EXPECT_NE(refusal("[-1.1, 1.1,", "[1.1, -1.1,").find("boundary.extent"), std::string::npos);
    EXPECT_NE(refusal("[-1.1, 1.1,", "[-1.1, \"Infinity\",").find("boundary.extent[1]"), std::string::npos);
    EXPECT_NE(refusal("\"values\": [0.3333333333333333", "\"values\": [\"high\"").find("boundary.values[0]"),
              std::string::npos);
    EXPECT_NE(refusal("\"extent\"", "\"extant\"").find("boundary"), std::string::npos);
    EXPECT_NE(refusal("\"id\": 3", "\"id\": 0").find("boundary.id"), std::string::npos);
    EXPECT_NE(refusal("\"whole\": true", "\"whole\": 1").find("boundary.whole"), std::string::npos);
    EXPECT_NE(messageOf([&] { readBack("{\"whole\": false}"); }).find("boundary"), std::string::npos);
    EXPECT_NE(messageOf([&] { readBack("[1, 2]"); }).find("boundary: expected an object or null"),
              std::string::npos);
    const Network eightInputs({8, 3, 8}, {Activation::Logistic, Activation::Logistic},
                              Loss::HalfSquaredError);
    EXPECT_NE(messageOf([&] { readBack(text, eightInputs); }).find("two inputs and one output"),
              std::string::npos);
    EXPECT_NE(messageOf([&] {
                  readBack("{\"id\": 3, \"whole\": false}", eightInputs);
              }).find("two inputs and one output"),
              std::string::npos);
}

} // namespace
} // namespace bp
