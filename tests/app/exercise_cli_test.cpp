// backprop-cli trace --exercise: sheets and keys written as separate files.

#include "app/cli/cli.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace bp {
namespace {

namespace fs = std::filesystem;

std::string readText(const fs::path &path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

class ExerciseCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_folder = fs::temp_directory_path() / ("bp-exercise-cli-" + std::to_string(::getpid()));
        fs::create_directories(m_folder);
        std::ofstream(m_folder / "hand.json")
            << R"({"format": "backprop-model", "version": 1, "layers": [2, 2, 2],
 "activation": ["logistic", "logistic"], "loss": "half-squared-error",
 "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
 "biases": [[0.35, 0.35], [0.60, 0.60]]})";
    }
    void TearDown() override { fs::remove_all(m_folder); }

    int run(std::vector<std::string> extra, std::string &out, std::string &err)
    {
        std::vector<std::string> arguments = {"trace",    "--model",   (m_folder / "hand.json").string(),
                                              "--input",  "0.05,0.10", "--target",
                                              "0.01,0.99"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        std::ostringstream outStream, errStream;
        const int code = cli::run(arguments, outStream, errStream);
        out = outStream.str();
        err = errStream.str();
        return code;
    }

    fs::path m_folder;
};

TEST_F(ExerciseCli, WritesEachVariantAndItsKey)
{
    std::string out, err;
    const std::string prefix = (m_folder / "sheet").string();
    ASSERT_EQ(
        run({"--format", "latex", "--exercise", "1", "--variants", "2", "--seed", "4", "--output", prefix},
            out, err),
        cli::kExitOk)
        << err;
    for (const char *name : {"sheet-1.tex", "sheet-1-key.tex", "sheet-2.tex", "sheet-2-key.tex"}) {
        EXPECT_TRUE(fs::exists(m_folder / name)) << name;
        EXPECT_NE(out.find(name), std::string::npos) << out;
    }
    EXPECT_NE(readText(m_folder / "sheet-2.tex").find("sheet 2 of 2"), std::string::npos);
    EXPECT_NE(readText(m_folder / "sheet-1-key.tex").find("0.358916"), std::string::npos);
    EXPECT_EQ(readText(m_folder / "sheet-1.tex").find("0.358916"), std::string::npos);
}

TEST_F(ExerciseCli, VariantsDrawANewSampleOrNewWeightsAsAsked)
{
    std::string out, err;
    const std::string prefix = (m_folder / "class").string();
    ASSERT_EQ(
        run({"--format", "markdown", "--exercise", "6", "--variants", "2", "--output", prefix}, out, err),
        cli::kExitOk)
        << err;
    // By default sheet 2 has both a new sample and new weights.
    std::string second = readText(m_folder / "class-2.md");
    EXPECT_EQ(second.find("x = a^{0} = (0.05,"), std::string::npos) << second.substr(0, 800);
    EXPECT_EQ(second.find("0.15 \\cdot 0.05"), std::string::npos);
    ASSERT_EQ(run({"--format", "markdown", "--exercise", "6", "--variants", "2", "--vary", "sample",
                   "--output", prefix},
                  out, err),
              cli::kExitOk)
        << err;
    second = readText(m_folder / "class-2.md");
    EXPECT_EQ(second.find("x = a^{0} = (0.05,"), std::string::npos);
    EXPECT_NE(second.find("w^{1}_{11} \\leftarrow 0.15"), std::string::npos)
        << "the lecture's network is kept";
    ASSERT_EQ(run({"--format", "markdown", "--exercise", "6", "--variants", "2", "--vary", "weights",
                   "--output", prefix},
                  out, err),
              cli::kExitOk)
        << err;
    second = readText(m_folder / "class-2.md");
    EXPECT_NE(second.find("x = a^{0} = (0.05,"), std::string::npos) << "the sample is kept";
    EXPECT_EQ(run({"--format", "markdown", "--exercise", "6", "--variants", "2", "--vary", "inputs",
                   "--output", prefix},
                  out, err),
              cli::kExitBadInput);
    EXPECT_NE(err.find("--vary: unknown 'inputs' (known: sample, weights, both)"), std::string::npos) << err;
}

TEST_F(ExerciseCli, ExplainsWhatIsMissing)
{
    std::string out, err;
    EXPECT_EQ(run({"--format", "markdown", "--exercise", "2"}, out, err), cli::kExitBadInput);
    EXPECT_NE(err.find("--output PREFIX"), std::string::npos) << err;
    EXPECT_EQ(run({"--exercise", "2", "--output", (m_folder / "x").string()}, out, err), cli::kExitBadInput);
    EXPECT_NE(err.find("--format markdown"), std::string::npos) << err;
    EXPECT_EQ(
        run({"--format", "markdown", "--exercise", "9", "--output", (m_folder / "x").string()}, out, err),
        cli::kExitBadInput);
    EXPECT_NE(err.find("--exercise: '9' is not a whole number from 1 to 6"), std::string::npos) << err;
    EXPECT_EQ(run({"--format", "markdown", "--variants", "3"}, out, err), cli::kExitBadInput);
    EXPECT_NE(err.find("add --exercise LEVEL"), std::string::npos) << err;
    EXPECT_FALSE(fs::exists(m_folder / "x.md"));
}

} // namespace
} // namespace bp
