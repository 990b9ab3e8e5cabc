#include "core/dataset.h"
#include "core/error.h"
#include "core/preset.h"
#include "tests/support/input_errors.h"

#include "tests/support/matrix_near.h"

#include <gtest/gtest.h>

namespace bp {
namespace {

std::string errorOf(const std::string &text)
{
    return test::messageOf([&] { parseCsvDataset(text, "d.csv"); });
}

TEST(Datasets, EncoderIsTheIdentityOnOneHotPatterns)
{
    const Dataset encoder = makeEncoder(8);
    EXPECT_EQ(encoder.name, "encoder-8-3-8");
    EXPECT_TRUE(test::matrixNear(encoder.inputs, Matrix::Identity(8, 8), 0.0));
    EXPECT_TRUE(test::matrixNear(encoder.targets, encoder.inputs, 0.0));
    EXPECT_EQ(makeEncoder(16).name, "encoder-16-4-16");
    EXPECT_THROW(makeEncoder(6), InputError);
}

TEST(Datasets, PlanarSetsHaveLabelsThatFollowTheirRule)
{
    const Dataset circle = makePlanar("circle", 300, 50, 1);
    ASSERT_EQ(circle.sampleCount(), 300);
    EXPECT_EQ(circle.testInputs.cols(), 50);
    for (int i = 0; i < circle.sampleCount(); ++i) {
        const double r2 = circle.inputs.col(i).squaredNorm();
        EXPECT_EQ(circle.targets(0, i), r2 < 0.25 ? 1.0 : 0.0);
    }
    const Dataset quadrants = makePlanar("quadrants", 100, 0, 2);
    for (int i = 0; i < quadrants.sampleCount(); ++i)
        EXPECT_EQ(quadrants.targets(0, i), quadrants.inputs(0, i) * quadrants.inputs(1, i) > 0 ? 1.0 : 0.0);
    for (const char *kind : {"gaussians", "spiral"}) {
        const Dataset set = makePlanar(kind, 100, 10, 3);
        EXPECT_EQ(set.targets.sum(), 50.0) << kind; // balanced classes
        EXPECT_LE(set.inputs.cwiseAbs().maxCoeff(), 1.1) << kind;
    }
    EXPECT_THROW(makePlanar("moons", 10, 0, 1), InputError);
}

TEST(Datasets, EveryPresetBuildsAConsistentNetwork)
{
    for (const std::string &name : presetNames()) {
        const Preset preset = makePreset(name, 1);
        const Network network = preset.makeNetwork(1);
        EXPECT_EQ(network.inputSize(), preset.dataset.inputSize()) << name;
        EXPECT_EQ(network.outputSize(), preset.dataset.targetSize()) << name;
    }
    EXPECT_THROW(makePreset("encoder-9-3-9"), InputError);
}

TEST(Csv, ReadsInputsAndTargetsByColumnName)
{
    const Dataset data = parseCsvDataset("t_out, x_a ,x_b\r\n1,0.5,-2\n0, 1e-3 ,3\n\n", "d.csv");
    EXPECT_EQ(data.sampleCount(), 2);
    EXPECT_EQ(data.inputNames, (std::vector<std::string>{"x_a", "x_b"}));
    EXPECT_EQ(data.inputs(0, 1), 1e-3);
    EXPECT_EQ(data.inputs(1, 0), -2.0);
    EXPECT_EQ(data.targets(0, 0), 1.0);
}

TEST(Csv, RoundTripThroughText)
{
    const Dataset circle = makePlanar("circle", 20, 0, 9);
    const Dataset back = parseCsvDataset(datasetToCsv(circle), "round-trip");
    EXPECT_TRUE(test::matrixIdentical(back.inputs, circle.inputs));
    EXPECT_TRUE(test::matrixIdentical(back.targets, circle.targets));
}

TEST(Csv, ErrorsNameLineAndColumn)
{
    EXPECT_EQ(errorOf("x1,t1\n1,2\n3,nan\n"), "d.csv:3:3: 'nan' in column t1 is not a finite number");
    EXPECT_EQ(errorOf("x1,t1\n1,2\n3,inf\n"), "d.csv:3:3: 'inf' in column t1 is not a finite number");
    EXPECT_EQ(errorOf("x1,t1\n1,2\n3,abc\n"), "d.csv:3:3: 'abc' in column t1 is not a finite number");
    EXPECT_EQ(errorOf("x1,t1\n1;2\n"), "d.csv:2: expected 2 values (as in the header), found 1");
    EXPECT_EQ(errorOf("x1,label\n1,2\n"),
              "d.csv:1:4: column 2 is named 'label'; names must start with x (an input) or t (a target)");
    EXPECT_EQ(errorOf("x1,x2\n1,2\n"),
              "d.csv:1: the header needs at least one input column (x…) and one target column (t…)");
    EXPECT_EQ(errorOf(""), "d.csv: the file is empty (expected a header row such as x1,x2,t1)");
    EXPECT_EQ(errorOf("x1,t1\n"), "d.csv: the file has a header but no samples");
    EXPECT_EQ(errorOf(std::string("x1,t1\n1,\0", 9)),
              "d.csv: this is not a text file (byte 0x00 at offset 8)");
    EXPECT_EQ(errorOf("x1,t1\n1,1e999\n"), "d.csv:2:3: '1e999' in column t1 is not a finite number");
}

// What spreadsheets save: Excel's "CSV UTF-8" starts with a byte-order mark, names may be quoted
// and a file may end in blank lines.
TEST(Csv, ReadsWhatSpreadsheetsSave)
{
    const Dataset data = parseCsvDataset("\xEF\xBB\xBF\"x1\",\"x 2\",\"t1\"\r\n0.5,\"1\",0\r\n1,2,1\r\n\r\n\r\n", "d.csv");
    EXPECT_EQ(data.inputNames, (std::vector<std::string>{"x1", "x 2"}));
    EXPECT_EQ(data.targetNames, (std::vector<std::string>{"t1"}));
    EXPECT_EQ(data.sampleCount(), 2);
    EXPECT_EQ(data.inputs(1, 0), 1.0);
    EXPECT_EQ(data.targets(0, 1), 1.0);
}

// Under an Italian locale a spreadsheet separates columns by ';' and writes 0,5.
TEST(Csv, ReadsSemicolonSeparatedFilesWithDecimalCommas)
{
    const Dataset data = parseCsvDataset("x1;x2;t1\n0,25;-1,5;1\n\"0,75\";2;0\n", "it.csv");
    ASSERT_EQ(data.sampleCount(), 2);
    EXPECT_EQ(data.inputs(0, 0), 0.25);
    EXPECT_EQ(data.inputs(1, 0), -1.5);
    EXPECT_EQ(data.inputs(0, 1), 0.75);
    EXPECT_EQ(data.targets(0, 0), 1.0);
    EXPECT_EQ(errorOf("x1;t1\n1.234,5;1\n"), "d.csv:2:1: '1.234,5' in column x1 is not a finite number");
}

// Version 0.1.0 exported "0,5,1" for 0.5 and 1 under an Italian locale: the message says what happened.
TEST(Csv, AFileSeparatedByCommasWithDecimalCommasIsNamedSo)
{
    const std::string message = errorOf("x1,t1\n0,5,1\n");
    EXPECT_NE(message.find("d.csv:2: expected 2 values (as in the header), found 3"), std::string::npos) << message;
    EXPECT_NE(message.find("decimal comma"), std::string::npos) << message;
    EXPECT_NE(message.find("';'"), std::string::npos) << message;
}

} // namespace
} // namespace bp
