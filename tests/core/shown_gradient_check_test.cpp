// The lecturer's gradient check in the state message (#16): a follower shows the lecturer's backprop
// derivatives, central differences and relative errors bit for bit, and a malformed check is refused
// by place before its parameters are read.
#include "core/session/shown_gradient_check.h"

#include "core/formats/json.h"
#include "core/maths/gradient_check.h"

#include "tests/support/input_errors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>

namespace bp {
namespace {

using test::messageOf;
using test::replaced;

Network encoder()
{
    Network net({8, 3, 8}, {Activation::Logistic, Activation::Logistic}, Loss::HalfSquaredError);
    net.initialize(InitScheme::Uniform, 11);
    return net;
}

// A real check of sample 2 (the one-hot e₃) of the 8-3-8 autoencoder, as the panel makes it.
std::shared_ptr<ShownGradientCheck> checkOf(const Network &net, int sample = 2)
{
    Matrix x = Matrix::Zero(8, 1);
    x(sample, 0) = 1.0;
    CheckPlan plan;
    ParameterCheckResult result = checkParameters(net, x, x, 1e-5, selectParameters(net, plan));
    auto check = std::make_shared<ShownGradientCheck>();
    check->network = std::make_shared<const Network>(net);
    check->input = x;
    check->target = x;
    check->sample = sample;
    check->requestedAtMs = 10 * 3600 * 1000 + 31 * 60 * 1000 + 2000;
    check->plan = plan;
    check->parameters = result.parameters;
    check->worstRelativeError = result.check.worstRelativeError;
    check->worst = {result.check.worstLayer, result.check.worstRow, result.check.worstColumn};
    check->forwardPasses = result.forwardPasses;
    check->backpropSeconds = result.backpropSeconds;
    check->differenceSeconds = result.differenceSeconds;
    check->nearestKink = result.nearestKink;
    check->loss = result.loss;
    return check;
}

ShownPicture<ShownGradientCheck> readBack(const std::string &text, const Network &run,
                                          std::int64_t samples = 8)
{
    return readShownGradientCheck(text, parseJson(text, "host"), "gradient_check", run, samples);
}

TEST(ShownGradientCheck, AFreshCheckTravelsBitForBitWithoutItsWeights)
{
    const Network net = encoder();
    const auto sent = checkOf(net);
    ASSERT_EQ(sent->parameters.size(), 59u); // the lecture's 59 parameters, all checked
    const std::string text = shownGradientCheckToJson({5, sent}, net);
    // The run's own network does not travel twice.
    EXPECT_NE(text.find("\"network\": null"), std::string::npos);
    const ShownPicture<ShownGradientCheck> got = readBack(text, net);
    EXPECT_EQ(got.id, 5u);
    ASSERT_TRUE(got.whole);
    EXPECT_TRUE(identical(*got.whole, *sent));
    // Independent of identical(): every number compared as bits.
    for (std::size_t i = 0; i < sent->parameters.size(); ++i) {
        const CheckedParameter &p = sent->parameters[i];
        const CheckedParameter &q = got.whole->parameters[i];
        EXPECT_EQ(q.index, p.index);
        EXPECT_EQ(std::memcmp(&p.analytic, &q.analytic, 8), 0) << i;
        EXPECT_EQ(std::memcmp(&p.numeric, &q.numeric, 8), 0) << i;
        EXPECT_EQ(std::memcmp(&p.relativeError, &q.relativeError, 8), 0) << i;
    }
    EXPECT_EQ(got.whole->worst, sent->worst);
    EXPECT_EQ(got.whole->sample, 2);
    // A sample given by hand, not from the run's data, is −1.
    auto byHand = std::make_shared<ShownGradientCheck>(*sent);
    byHand->sample = -1;
    EXPECT_EQ(readBack(shownGradientCheckToJson({6, byHand}, net), net).whole->sample, -1);
    EXPECT_EQ(got.whole->requestedAtMs, sent->requestedAtMs);
    EXPECT_EQ(shownGradientCheckToJson(got, net), text);
    EXPECT_EQ(shownGradientCheckToJson({5, nullptr}, net), "{\"id\": 5, \"whole\": false}");
    EXPECT_FALSE(readBack("{\"id\": 5, \"whole\": false}", net).whole);
    EXPECT_EQ(shownGradientCheckToJson({}, net), "null");

    // One derivative a bit apart, or the same check turned stale, is another check.
    auto other = std::make_shared<ShownGradientCheck>(*sent);
    other->parameters[7].numeric = std::nextafter(other->parameters[7].numeric, 1.0);
    EXPECT_FALSE(identical(*other, *sent));
    auto stale = std::make_shared<ShownGradientCheck>(*sent);
    stale->stale = true;
    EXPECT_FALSE(identical(*stale, *sent));
}

TEST(ShownGradientCheck, AStaleCheckBringsTheNetworkItChecked)
{
    const Network checked = encoder();
    auto sent = checkOf(checked);
    sent->stale = true;
    Network trained = checked;
    trained.layer(1).weights(0, 0) += 0.25;
    const std::string text = shownGradientCheckToJson({2, sent}, trained);
    EXPECT_EQ(text.find("\"network\": null"), std::string::npos);
    const auto got = readBack(text, trained);
    ASSERT_TRUE(got.whole);
    EXPECT_TRUE(identical(*got.whole, *sent));
    EXPECT_EQ(got.whole->network->layer(1).weights(0, 0), checked.layer(1).weights(0, 0));
    EXPECT_TRUE(got.whole->stale);
}

TEST(ShownGradientCheck, NonFiniteNumbersOfADivergedNetworkTravel)
{
    const Network net = encoder();
    auto sent = checkOf(net);
    sent->parameters[0].numeric = std::numeric_limits<double>::quiet_NaN();
    sent->parameters[0].relativeError = std::numeric_limits<double>::quiet_NaN();
    sent->parameters[1].analytic = -std::numeric_limits<double>::infinity();
    sent->worstRelativeError = std::numeric_limits<double>::quiet_NaN();
    sent->loss = std::numeric_limits<double>::infinity();
    const auto got = readBack(shownGradientCheckToJson({1, sent}, net), net);
    ASSERT_TRUE(got.whole);
    EXPECT_TRUE(identical(*got.whole, *sent));
    EXPECT_TRUE(std::isnan(got.whole->parameters[0].relativeError));
}

TEST(ShownGradientCheck, EachBadFieldIsNamed)
{
    const Network net = encoder();
    const std::string text = shownGradientCheckToJson({3, checkOf(net)}, net);
    auto refusal = [&](const std::string &from, const std::string &to) {
        return messageOf([&] { readBack(replaced(text, from, to), net); });
    };
    // w¹ has 3 rows: row 3 is not a parameter of the checked network.
    EXPECT_NE(refusal("\"parameters\": [[1, 0, 0,", "\"parameters\": [[1, 3, 0,")
                  .find("gradient_check.parameters[0][1]"),
              std::string::npos);
    EXPECT_NE(refusal("\"parameters\": [[1, 0, 0,", "\"parameters\": [[3, 0, 0,")
                  .find("gradient_check.parameters[0][0]"),
              std::string::npos);
    EXPECT_NE(refusal("\"sample\": 2", "\"sample\": 8").find("gradient_check.sample"), std::string::npos);
    EXPECT_NE(refusal("\"input\": [0, 0, 1,", "\"input\": [0, 1,").find("gradient_check.input"),
              std::string::npos);
    EXPECT_NE(refusal("\"h\": " + shownNumber(1e-5), "\"h\": -1")
                  .find("gradient_check.h: expected a positive step"),
              std::string::npos);
    EXPECT_NE(refusal("\"stale\": false", "\"stale\": 0").find("gradient_check.stale"), std::string::npos);
    EXPECT_NE(refusal("\"id\": 3", "\"id\": 0").find("gradient_check.id"), std::string::npos);
    EXPECT_NE(refusal("\"kink\": [0, 0,", "\"kink\": [2, 8,").find("gradient_check.kink[1]"),
              std::string::npos);
    EXPECT_NE(messageOf([&] { readBack("[1]", net); }).find("gradient_check: expected an object or null"),
              std::string::npos);

    // Too many parameters is refused by the count, before a parameter is read: the items here are
    // not even arrays.
    std::string many;
    for (std::int64_t i = 0; i <= kMaxShownCheckParameters; ++i)
        many += (i ? ", " : "") + std::string("0");
    const std::string before = text.substr(0, text.find("\"parameters\": [") + 15);
    const std::string after = text.substr(text.find("], \"worst\""));
    EXPECT_NE(messageOf([&] {
                  readBack(before + many + after, net);
              }).find("gradient_check.parameters: more than 10000 parameters"),
              std::string::npos);
}

TEST(ShownGradientCheck, OnlyChecksOfAFewThousandParametersTravel)
{
    const Network net = encoder();
    auto check = checkOf(net);
    EXPECT_TRUE(canTravel(*check));
    check->parameters.resize(static_cast<std::size_t>(kMaxShownCheckParameters) + 1);
    EXPECT_FALSE(canTravel(*check));
    auto large = checkOf(net);
    large->network = std::make_shared<const Network>(
        Network({784, 128, 10}, {Activation::Logistic, Activation::Logistic}, Loss::HalfSquaredError));
    EXPECT_FALSE(canTravel(*large)); // 101,770 parameters
}

} // namespace
} // namespace bp
