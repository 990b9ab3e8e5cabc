#pragma once

#include "app/cli/cli.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace bp::test {

/// The lecture's 2-2-2 network as a model file.
inline const std::string kModel = R"({"format": "backprop-model", "version": 1, "layers": [2, 2, 2],
 "activation": ["logistic", "logistic"], "loss": "half-squared-error",
 "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
 "biases": [[0.35, 0.35], [0.60, 0.60]]})";

/// What one run of backprop-cli gave.
struct CliResult {
    int code = 0;
    std::string out;
    std::string err;
};

/// Runs backprop-cli in the test's process, in a folder of its own (removed afterwards) that holds
/// kModel as model.json. The folder's name carries the process id, so two runs of the suite at once
/// (two build folders) never share or remove each other's files.
class CliFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_folder =
            std::filesystem::temp_directory_path() /
            ("bp-cli-test-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
             "-" + std::to_string(::getpid()));
        std::filesystem::create_directories(m_folder);
        m_model = write("model.json", kModel);
    }
    void TearDown() override { std::filesystem::remove_all(m_folder); }

    std::string write(const std::string &name, const std::string &text)
    {
        const std::string path = (m_folder / name).string();
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

    static CliResult run(std::vector<std::string> arguments)
    {
        std::ostringstream out, err;
        CliResult result;
        result.code = cli::run(arguments, out, err);
        result.out = out.str();
        result.err = err.str();
        return result;
    }

    // Bad input: exit code 2 and exactly one line on stderr that contains `expected`.
    static void expectBadInput(const std::vector<std::string> &arguments, const std::string &expected)
    {
        const CliResult result = run(arguments);
        EXPECT_EQ(result.code, cli::kExitBadInput) << result.err;
        EXPECT_NE(result.err.find(expected), std::string::npos) << "stderr: " << result.err;
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        EXPECT_EQ(result.err.rfind("backprop-cli: ", 0), 0u) << result.err;
    }

    std::filesystem::path m_folder;
    std::string m_model;
};

} // namespace bp::test
