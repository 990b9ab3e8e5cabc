#include "core/formats/error.h"
#include "core/formats/file_io.h"
#include "core/formats/model_io.h"
#include "tests/support/input_errors.h"

#include "tests/support/matrix_near.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace bp {
namespace {

const std::string kExample = R"({"format": "backprop-model", "version": 1, "layers": [2, 2, 2],
 "activation": ["logistic", "logistic"], "loss": "half-squared-error",
 "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
 "biases": [[0.35, 0.35], [0.60, 0.60]]})";

std::string errorOf(const std::string &text)
{
    return test::messageOf([&] { parseModel(text, "m.json"); });
}

using test::replaced;

TEST(ModelFormat, ReadsTheIssueExample)
{
    const Network network = parseModel(kExample, "m.json");
    EXPECT_EQ(network.sizes(), (std::vector<int>{2, 2, 2}));
    // weights[l][j][k] is w^(l+1)_jk: row j, column k.
    EXPECT_EQ(network.layer(1).weights(0, 1), 0.20);
    EXPECT_EQ(network.layer(2).weights(1, 0), 0.50);
    EXPECT_EQ(network.layer(2).biases(1), 0.60);
    EXPECT_EQ(network.loss(), Loss::HalfSquaredError);
}

TEST(ModelFormat, RoundTripIsBitExact)
{
    Network network({5, 4, 3}, {Activation::Tanh, Activation::Softmax}, Loss::CrossEntropy);
    network.initialize(InitScheme::Xavier, 77);
    network.layer(1).biases(2) = 1.0 / 3.0;
    network.layer(2).weights(0, 0) = -4.9406564584124654e-324; // the smallest subnormal
    const Network back = parseModel(modelToJson(network), "round-trip");
    for (int l = 1; l <= 2; ++l) {
        EXPECT_TRUE(test::matrixIdentical(back.layer(l).weights, network.layer(l).weights));
        EXPECT_TRUE(test::matrixIdentical(back.layer(l).biases, network.layer(l).biases));
        EXPECT_EQ(back.layer(l).activation, network.layer(l).activation);
    }
    EXPECT_EQ(back.loss(), Loss::CrossEntropy);
}

TEST(ModelFormat, EveryProblemIsNamedWithItsPlace)
{
    EXPECT_EQ(errorOf(replaced(kExample, "[0.50, 0.55]", "[0.50, 0.55, 0.60]")),
              "m.json:3:59: weights[1][1]: expected 2 numbers, found 3");
    EXPECT_EQ(errorOf(replaced(kExample, "[[0.15, 0.20], [0.25, 0.30]]", "[[0.15, 0.20]]")),
              "m.json:3:14: weights[0]: expected 2 rows, found 1");
    EXPECT_EQ(errorOf(replaced(kExample, "0.45", "\"0.45\"")),
              "m.json:3:52: weights[1][0][1]: expected a number, found a string");
    EXPECT_EQ(errorOf(replaced(kExample, "\"logistic\", \"logistic\"", "\"logistic\", \"sigmoidal\"")),
              "m.json:2:29: activation[1]: unknown activation (known: logistic, tanh, relu, identity, "
              "leaky-relu, softmax)");
    EXPECT_EQ(errorOf(replaced(kExample, "half-squared-error", "hinge")),
              "m.json:2:50: loss: unknown loss (known: half-squared-error, cross-entropy)");
    EXPECT_EQ(errorOf(replaced(kExample, "\"version\": 1", "\"version\": 2")),
              "m.json:1:41: version: this program reads version 1 of the model format");
    EXPECT_EQ(errorOf(replaced(kExample, "\"format\": \"backprop-model\", ", "")),
              "m.json:1:1: model: the member \"format\" is missing");
    EXPECT_EQ(errorOf(replaced(kExample, "\"loss\": \"half-squared-error\"", "\"loss\": \"cross-entropy\"")),
              "(no error)"); // logistic output accepts binary cross-entropy
    EXPECT_EQ(errorOf("[1, 2]"), "m.json:1:1: model: expected a JSON object, found an array");
}

TEST(ModelFormat, NaNAndTruncationAreRefused)
{
    EXPECT_EQ(errorOf(replaced(kExample, "0.15", "NaN")),
              "m.json:3:16: NaN and Infinity are not numbers in JSON");
    EXPECT_EQ(errorOf(kExample.substr(0, 120)),
              "m.json:2:57: the document ends inside a string (is the file truncated?)");
}

TEST(ModelFormat, AbsurdSizesAreRefusedBeforeAllocating)
{
    EXPECT_EQ(errorOf(replaced(kExample, "[2, 2, 2]", "[2, 2000000000, 2]")),
              "m.json:1:58: layers[1]: a layer size must be a whole number from 1 to 100000");
    EXPECT_EQ(errorOf(replaced(kExample, "[2, 2, 2]", "[100000, 100000, 2]")),
              "m.json:1:54: layers: the network would have 10000300002 parameters (at most 50000000)");
    EXPECT_EQ(errorOf(replaced(kExample, "[2, 2, 2]", "[2, 2.5, 2]")),
              "m.json:1:58: layers[1]: a layer size must be a whole number from 1 to 100000");
}

class ModelFiles : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_folder = std::filesystem::temp_directory_path() /
                   ("bp-model-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                    "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(m_folder);
    }
    void TearDown() override { std::filesystem::remove_all(m_folder); }
    std::filesystem::path m_folder;
};

TEST_F(ModelFiles, MissingFileAndFolderAreNamed)
{
    const std::string missing = (m_folder / "nothing.json").string();
    try {
        loadModel(missing);
        FAIL();
    } catch (const InputError &error) {
        EXPECT_EQ(std::string(error.what()), missing + ": no such file");
    }
    try {
        loadModel(m_folder.string());
        FAIL();
    } catch (const InputError &error) {
        EXPECT_EQ(std::string(error.what()), m_folder.string() + ": is a folder, not a file");
    }
}

TEST_F(ModelFiles, SavingReplacesAtomicallyAndLeavesNoTemporary)
{
    const std::string path = (m_folder / "model.json").string();
    Network network = parseModel(kExample, "m.json");
    saveModel(path, network);
    network.layer(1).weights(0, 0) = 9.0;
    saveModel(path, network);
    EXPECT_EQ(loadModel(path).layer(1).weights(0, 0), 9.0);
    int files = 0;
    for ([[maybe_unused]] const auto &entry : std::filesystem::directory_iterator(m_folder))
        ++files;
    EXPECT_EQ(files, 1);
}

TEST_F(ModelFiles, AFailedSaveKeepsThePreviousFile)
{
    const std::string path = (m_folder / "model.json").string();
    saveModel(path, parseModel(kExample, "m.json"));
    const std::string before = readTextFile(path, 1 << 20);
    // Writing into a folder that is not there fails before touching the existing file.
    EXPECT_THROW(writeFileAtomically((m_folder / "no-such-folder" / "x.json").string(), "{}"), InputError);
    // A read-only folder: the temporary cannot be created, so the old file stays whole.
    if (::geteuid() != 0) {
        std::filesystem::permissions(m_folder,
                                     std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
        EXPECT_THROW(writeFileAtomically(path, "garbage"), InputError);
        std::filesystem::permissions(m_folder, std::filesystem::perms::owner_all);
    }
    EXPECT_EQ(readTextFile(path, 1 << 20), before);
}

// A network too large for the loader's caps is not written: the file would not open again.
TEST_F(ModelFiles, AModelTooLargeToOpenAgainIsNotSavedAndTheOldFileStays)
{
    const std::string path = (m_folder / "model.json").string();
    saveModel(path, parseModel(kExample, "m.json"));
    const std::string before = readTextFile(path, 1 << 20);
    const Network large({2000, 1300}, {Activation::Logistic}); // 2.6 million weights
    try {
        saveModel(path, large);
        ADD_FAILURE() << "saved a model its loader refuses";
    } catch (const InputError &error) {
        EXPECT_EQ(std::string(error.what()).rfind(path + ": not saved: it would hold about ", 0), 0u)
            << error.what();
    }
    EXPECT_EQ(readTextFile(path, 1 << 20), before);
}

TEST_F(ModelFiles, OversizedFileIsRefusedBeforeReading)
{
    const std::string path = (m_folder / "big.json").string();
    {
        std::ofstream out(path);
        out << std::string(2000, ' ');
    }
    try {
        readTextFile(path, 1000);
        FAIL();
    } catch (const InputError &error) {
        EXPECT_EQ(std::string(error.what()), path + ": the file has 2000 bytes, more than the 1000 accepted");
    }
}

} // namespace
} // namespace bp
