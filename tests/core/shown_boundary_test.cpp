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

std::shared_ptr<const ShownBoundary> readBack(const std::string &text, const Network &network = kTwoInputs)
{
    return readShownBoundary(text, parseJson(text, "host"), "boundary", network);
}

TEST(ShownBoundary, ValuesTravelBitForBit)
{
    ShownBoundary sent = grid(5);
    sent.values[3] = std::numeric_limits<double>::quiet_NaN();
    sent.values[4] = -std::numeric_limits<double>::infinity();
    sent.values[5] = -0.0;
    const std::string text = shownBoundaryToJson(&sent);
    const auto got = readBack(text);
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
    EXPECT_EQ(shownBoundaryToJson(got.get()), text);
    EXPECT_EQ(shownBoundaryToJson(nullptr), "null");
    EXPECT_FALSE(readBack("null"));
}

TEST(ShownBoundary, EachBadFieldIsNamed)
{
    const ShownBoundary sent = grid(3);
    const std::string text = shownBoundaryToJson(&sent);
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
    EXPECT_NE(refusal("{\"extent\"", "{\"extant\"").find("boundary"), std::string::npos);
    EXPECT_NE(messageOf([&] { readBack("[1, 2]"); }).find("boundary: expected an object or null"),
              std::string::npos);
    const Network eightInputs({8, 3, 8}, {Activation::Logistic, Activation::Logistic},
                              Loss::HalfSquaredError);
    EXPECT_NE(messageOf([&] { readBack(text, eightInputs); }).find("two inputs and one output"),
              std::string::npos);
}

} // namespace
} // namespace bp
