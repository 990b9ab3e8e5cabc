#include "app/cli/cli.h"
#include "core/formats/number_format.h"
#include "tests/support/cli_fixture.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace bp {
namespace {

using Cli = test::CliFixture;
using Result = test::CliResult;

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);)
        lines.push_back(line);
    return lines;
}

std::vector<double> numbersOf(const std::string &line)
{
    std::vector<double> numbers;
    std::istringstream stream(line);
    for (std::string cell; std::getline(stream, cell, ',');)
        numbers.push_back(parseFiniteNumber(cell).value_or(std::nan("")));
    return numbers;
}

TEST_F(Cli, LandscapeWritesTheGridAsCsvAndASummary)
{
    const std::string data = write("sample.csv", "x1,x2,t1,t2\n0.05,0.10,0.01,0.99\n");
    const std::string output = (m_folder / "slice.csv").string();
    const Result result = run({"landscape", "--model", m_model, "--data", data, "--weights", "w2_1_1,w2_1_2",
                               "--grid", "3", "--lr", "0.5", "--output", output});
    ASSERT_EQ(result.code, 0) << result.err;
    std::ifstream file(output);
    const std::string csv((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    const std::vector<std::string> lines = linesOf(csv);
    ASSERT_EQ(lines.size(), 10u) << csv;
    EXPECT_EQ(lines[0], "w2_1_1,w2_1_2,loss");
    // Centred on (0.40, 0.45), ± 1: the first weight changes slowest.
    EXPECT_EQ(numbersOf(lines[1]), (std::vector<double>{0.4 - 1.0, 0.45 - 1.0, numbersOf(lines[1])[2]}));
    EXPECT_NEAR(numbersOf(lines[2])[1], 0.45, 1e-15);
    EXPECT_NEAR(numbersOf(lines[4])[0], 0.4, 1e-15);
    // The middle point is the lecture's network: E = 0.298371108760003 (tests/core/backprop_hand_test).
    EXPECT_NEAR(numbersOf(lines[5])[2], 0.298371108760003, 1e-14);
    // Moving w²₁₁ away from its value raises E only along a²₁'s error; the grid is not flat.
    EXPECT_NE(numbersOf(lines[2])[2], numbersOf(lines[8])[2]);
    EXPECT_NE(result.out.find("current point w2_1_1 = 0.4, w2_1_2 = 0.45, E = 0.2983711087600027"),
              std::string::npos)
        << result.out;
    // ∂E/∂w²₁₁ = a¹₁ δ²₁ = 0.593269992 × 0.138498562 = 0.082167041 (the lecture's first update).
    EXPECT_NE(result.out.find("∂E/∂w2_1_1 = 0.08216704"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("angle between the step"), std::string::npos) << result.out;
}

TEST_F(Cli, LandscapeOnAPresetWithItsOwnNetworkAndDefaultWeights)
{
    const Result result = run({"landscape", "--preset", "xor", "--grid", "4", "--range", "-3,3,-2,2"});
    ASSERT_EQ(result.code, 0) << result.err;
    const std::vector<std::string> lines = linesOf(result.out);
    ASSERT_EQ(lines.size(), 17u) << result.out;
    // The two largest incoming weights of output neuron 1 of the 2-2-1 net.
    EXPECT_TRUE(lines[0] == "w2_1_1,w2_1_2,loss" || lines[0] == "w2_1_2,w2_1_1,loss") << lines[0];
    EXPECT_EQ(numbersOf(lines[1])[0], -3.0);
    EXPECT_EQ(numbersOf(lines[1])[1], -2.0);
    EXPECT_EQ(numbersOf(lines[16])[0], 3.0);
    EXPECT_EQ(numbersOf(lines[16])[1], 2.0);
    for (std::size_t i = 1; i < lines.size(); ++i)
        EXPECT_TRUE(std::isfinite(numbersOf(lines[i])[2])) << lines[i];
    EXPECT_NE(result.err.find("lowest point of the slice"), std::string::npos) << result.err;
}

TEST_F(Cli, LandscapeNamesBadInput)
{
    const std::string data = write("sample.csv", "x1,x2,t1,t2\n0.05,0.10,0.01,0.99\n");
    const std::vector<std::string> base = {"landscape", "--model", m_model, "--data", data};
    const auto with = [&](std::vector<std::string> extra) {
        std::vector<std::string> arguments = base;
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        return arguments;
    };
    expectBadInput(with({"--weights", "w3_1_1,w2_1_1"}),
                   "'w3_1_1': the network has no layer 3 with weights (its layers are 1 to 2)");
    expectBadInput(with({"--weights", "w2_1_1"}), "--weights: give two names separated by a comma");
    expectBadInput(with({"--weights", "w2_1_1,w2_1_1"}), "the two weights are the same (w2_1_1)");
    expectBadInput(with({"--weights", "w2_1_1,x"}), "'x' is not a weight or bias name");
    expectBadInput(with({"--grid", "0"}), "--grid: '0' is not a whole number from 2 to 256");
    expectBadInput(with({"--grid", "100000"}), "--grid: '100000' is not a whole number from 2 to 256");
    expectBadInput(with({"--range", "nan,1"}), "--range: 'nan' is not a finite number");
    expectBadInput(with({"--range", "1,-1"}),
                   "the range of the first axis is empty or reversed (from 1 to -1)");
    expectBadInput(with({"--range", "1,2,3"}),
                   "--range: give LOW,HIGH for both axes or LOW,HIGH,LOW,HIGH for each");
    expectBadInput({"landscape", "--model", m_model}, "landscape needs --data FILE.csv or --preset NAME");
    expectBadInput({"landscape", "--data", data}, "landscape needs --model FILE or --preset NAME");
    expectBadInput(
        {"landscape", "--preset", "encoder-8-3-8", "--model", m_model},
        "the data does not fit the network (8 inputs and 8 targets for a network of 2 inputs and 2 outputs)");
}

TEST_F(Cli, LandscapeHelpNamesTheWeightsAsTheWindowDoes)
{
    const Result help = run({"landscape", "--help"});
    ASSERT_EQ(help.code, 0);
    EXPECT_NE(help.out.find("--weights w2_1_1,w2_1_2 is w²₁₁ and w²₁₂"), std::string::npos) << help.out;
    EXPECT_NE(run({"--help"}).out.find("backprop-cli landscape"), std::string::npos);
}

} // namespace
} // namespace bp
