// The lecturer's loss over two weights in the state message (#16): the slice and the path travel bit
// for bit, and a malformed slice is refused by place before its values are read.
#include "core/session/shown_landscape.h"

#include "core/formats/json.h"

#include "tests/support/input_errors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bp {
namespace {

using test::messageOf;
using test::replaced;

Network network()
{
    Network net({2, 3, 1}, {Activation::Tanh, Activation::Logistic}, Loss::HalfSquaredError);
    net.initialize(InitScheme::Uniform, 5);
    return net;
}

// A slice the network computes, over the whole xor-like set.
std::shared_ptr<const LossLandscape> slice(const Network &net, int grid)
{
    Matrix inputs(2, 4);
    inputs << 0, 0, 1, 1, 0, 1, 0, 1;
    Matrix targets(1, 4);
    targets << 0, 1, 1, 0;
    const auto request = centredRequest(net, {2, 0, 0}, {1, 1, 0}, grid);
    return std::make_shared<LossLandscape>(computeLossLandscape(net, inputs, targets, request, 0.5));
}

ShownPicture<LossLandscape> readBack(const std::string &text, const Network &net)
{
    return readShownLandscape(text, parseJson(text, "host"), "landscape", net);
}

TEST(ShownLandscape, TheSliceTravelsBitForBit)
{
    const Network net = network();
    auto sent = std::make_shared<LossLandscape>(*slice(net, 5));
    sent->loss(1, 2) = std::numeric_limits<double>::quiet_NaN();
    sent->loss(3, 0) = std::numeric_limits<double>::infinity();
    sent->angleDegrees = std::numeric_limits<double>::quiet_NaN();
    const std::string text = shownLandscapeToJson({4, sent});
    const ShownPicture<LossLandscape> got = readBack(text, net);
    EXPECT_EQ(got.id, 4u);
    ASSERT_TRUE(got.whole);
    EXPECT_TRUE(identical(*got.whole, *sent));
    EXPECT_EQ(got.whole->request.second, (ParameterIndex{1, 1, 0}));
    EXPECT_EQ(got.whole->loss(2, 1), sent->loss(2, 1));
    EXPECT_EQ(shownLandscapeToJson(got), text);
    EXPECT_EQ(shownLandscapeToJson({4, nullptr}), "{\"id\": 4, \"whole\": false}");
    EXPECT_FALSE(readBack("{\"id\": 4, \"whole\": false}", net).whole);
    EXPECT_EQ(shownLandscapeToJson({}), "null");
    // One value a bit apart is another slice.
    auto other = std::make_shared<LossLandscape>(*sent);
    other->loss(0, 0) = std::nextafter(other->loss(0, 0), 1.0);
    EXPECT_FALSE(identical(*other, *sent));
}

TEST(ShownLandscape, ThePathTravelsBitForBit)
{
    auto sent = std::make_shared<ShownLandscapePath>();
    sent->points = {{0.1, -1.0 / 3.0}, {-0.0, 2.5e-300}, {1.0 / 7.0, 0.2}};
    const std::string text = shownLandscapePathToJson({2, sent});
    const auto got = readShownLandscapePath(text, parseJson(text, "host"), "landscape_path");
    ASSERT_TRUE(got.whole);
    EXPECT_TRUE(identical(*got.whole, *sent));
    EXPECT_TRUE(std::signbit(got.whole->points[1].first));
    EXPECT_EQ(shownLandscapePathToJson(got), text);
}

TEST(ShownLandscape, EachBadFieldIsNamed)
{
    const Network net = network();
    const std::string text = shownLandscapeToJson({3, slice(net, 3)});
    auto refusal = [&](const std::string &from, const std::string &to) {
        return messageOf([&] { readBack(replaced(text, from, to), net); });
    };
    EXPECT_NE(refusal("\"grid\": 3", "\"grid\": 257").find("landscape.grid"), std::string::npos);
    // The count is checked against the grid before a value is read.
    EXPECT_NE(refusal("\"grid\": 3", "\"grid\": 4").find("landscape.loss: expected 16"), std::string::npos);
    EXPECT_NE(refusal("\"second\": [1, 1, 0]", "\"second\": [1, 7, 0]").find("landscape"), std::string::npos);
    EXPECT_NE(refusal("\"first\": [2, 0, 0]", "\"first\": [2, 0]").find("landscape.first"),
              std::string::npos);
    EXPECT_NE(refusal("\"refined\": ", "\"refined\": 3, \"x\": ").find("landscape.refined"),
              std::string::npos);
    EXPECT_NE(refusal("\"id\": 3", "\"id\": 0").find("landscape.id"), std::string::npos);
    EXPECT_NE(
        refusal("\"learning_rate\": 0.5", "\"learning_rate\": \"fast\"").find("landscape.learning_rate"),
        std::string::npos);
    EXPECT_NE(messageOf([&] { readBack("[1]", net); }).find("landscape: expected an object or null"),
              std::string::npos);
    std::string points;
    for (std::size_t i = 0; i <= kMaxShownLandscapePath; ++i)
        points += (i ? ", " : "") + std::string("[0, 0]");
    const std::string tooLong = "{\"id\": 1, \"whole\": true, \"points\": [" + points + "]}";
    EXPECT_NE(messageOf([&] {
                  readShownLandscapePath(tooLong, parseJson(tooLong, "host"), "landscape_path");
              }).find("landscape_path.points: more than 400"),
              std::string::npos);
    const std::string notFinite = "{\"id\": 1, \"whole\": true, \"points\": [[0, \"NaN\"]]}";
    EXPECT_NE(messageOf([&] {
                  readShownLandscapePath(notFinite, parseJson(notFinite, "host"), "landscape_path");
              }).find("landscape_path.points[0][1]"),
              std::string::npos);
}

} // namespace
} // namespace bp
