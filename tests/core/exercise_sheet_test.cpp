// Exercise sheets: the worked example faded backwards, with boxes and a separate answer key.

#include "core/documents/worked_example.h"
#include "core/formats/error.h"
#include "core/formats/number_format.h"
#include "core/maths/random.h"
#include "core/maths/trace.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace bp {
namespace {

// The hand-worked 2-2-2 network of the lecture's example.
Network handNetwork()
{
    Network network({2, 2, 2}, {Activation::Logistic, Activation::Logistic});
    network.layer(1).weights << 0.15, 0.20, 0.25, 0.30;
    network.layer(1).biases << 0.35, 0.35;
    network.layer(2).weights << 0.40, 0.45, 0.50, 0.55;
    network.layer(2).biases << 0.60, 0.60;
    return network;
}

Trace handTrace()
{
    Matrix input(2, 1), target(2, 1);
    input << 0.05, 0.10;
    target << 0.01, 0.99;
    return traceSgdStep(handNetwork(), input, target, 0.5);
}

ExerciseSheet sheetAt(int level, WorkedExampleFormat format = WorkedExampleFormat::Markdown)
{
    WorkedExampleOptions options;
    options.format = format;
    options.exerciseLevel = level;
    return exerciseSheet(handTrace(), options);
}

std::vector<double> values(const ExerciseSheet &sheet)
{
    std::vector<double> result;
    for (const ExerciseBlank &blank : sheet.blanks)
        result.push_back(blank.value);
    return result;
}

std::string shown(double value)
{
    return formatSignificant(value, 6);
}

TEST(ExerciseSheet, LevelOneLeavesExactlyTheUpdate)
{
    const Trace trace = handTrace();
    const ExerciseSheet sheet = sheetAt(1);
    // 2-2-2: 8 weights and 4 biases are updated; nothing else is blank.
    ASSERT_EQ(sheet.blanks.size(), 12u);
    for (const ExerciseBlank &blank : sheet.blanks)
        EXPECT_EQ(blank.section, 5) << blank.symbol;
    // Hand-worked: w²₁₁ ← 0.4 − 0.5 · 0.0821670 = 0.358916 is a box, not a number on the sheet…
    EXPECT_EQ(sheet.sheet.find(shown(trace.after.layer(2).weights(0, 0))), std::string::npos);
    EXPECT_NEAR(trace.after.layer(2).weights(0, 0), 0.35891648, 1e-8);
    // …its gradient 0.0821670 is given, and the key holds the answer.
    EXPECT_NE(sheet.sheet.find(shown(trace.backward[1].gradWeights(0, 0))), std::string::npos);
    EXPECT_NE(sheet.key.find(shown(trace.after.layer(2).weights(0, 0))), std::string::npos);
    EXPECT_NE(sheet.sheet.find("\\boxed{{}^{(12)}"), std::string::npos);
    EXPECT_EQ(sheet.sheet.find("\\boxed{{}^{(13)}"), std::string::npos);
}

TEST(ExerciseSheet, EachLevelBlanksOneSectionMoreBackwards)
{
    // Boxes per section of the 2-2-2 network: forward z, a (8); E (1); BP1 σ′, δ (4); BP2 σ′, δ (4);
    // gradients (12); update (12).
    const int perSection[] = {8, 1, 4, 4, 12, 12};
    for (int level = 1; level <= kExerciseLevels; ++level) {
        const ExerciseSheet sheet = sheetAt(level);
        std::map<int, int> counts;
        for (const ExerciseBlank &blank : sheet.blanks)
            ++counts[blank.section];
        for (int section = 0; section < kExerciseLevels; ++section) {
            const bool blanked = section >= kExerciseLevels - level;
            EXPECT_EQ(counts[section], blanked ? perSection[section] : 0)
                << "level " << level << ", section " << section;
        }
    }
}

TEST(ExerciseSheet, EveryBoxIsNumberedInOrderAndTheKeyHoldsTheTracesValue)
{
    const Trace trace = handTrace();
    const ExerciseSheet sheet = sheetAt(kExerciseLevels);
    ASSERT_EQ(sheet.blanks.size(), 41u);
    std::map<std::string, double> values;
    for (std::size_t i = 0; i < sheet.blanks.size(); ++i) {
        EXPECT_EQ(sheet.blanks[i].number, static_cast<int>(i) + 1);
        values[sheet.blanks[i].symbol] = sheet.blanks[i].value;
        std::string entry = "(";
        entry.append(std::to_string(i + 1)).append(") $`").append(sheet.blanks[i].symbol);
        entry.append(" = ").append(shown(sheet.blanks[i].value)).append("`$");
        EXPECT_NE(sheet.key.find(entry), std::string::npos) << entry;
    }
    EXPECT_DOUBLE_EQ(values.at("z^{1}_{1}"), trace.forward[0].weightedInput(0, 0));
    EXPECT_DOUBLE_EQ(values.at("a^{2}_{2}"), trace.forward[1].activation(1, 0));
    EXPECT_DOUBLE_EQ(values.at("E"), trace.loss);
    EXPECT_NEAR(values.at("\\sigma'(z^{1}_{2})"), 0.24061342, 1e-8);
    EXPECT_DOUBLE_EQ(values.at("\\delta^{1}_{2}"), trace.backward[0].delta(1, 0));
    EXPECT_DOUBLE_EQ(values.at("\\frac{\\partial E}{\\partial w^{1}_{21}}"),
                     trace.backward[0].gradWeights(1, 0));
    EXPECT_DOUBLE_EQ(values.at("\\text{new } b^{2}_{1}"), trace.after.layer(2).biases(0));
}

TEST(ExerciseSheet, NoComputedNumberOfABlankedSectionIsLeftOnTheSheet)
{
    const Trace trace = handTrace();
    const ExerciseSheet sheet = sheetAt(kExerciseLevels);
    for (const ExerciseBlank &blank : sheet.blanks)
        EXPECT_EQ(sheet.sheet.find(shown(blank.value)), std::string::npos)
            << blank.symbol << " = " << blank.value;
    // Where a later line uses a value to be computed, it names the value instead.
    EXPECT_NE(sheet.sheet.find("0.4 \\cdot a^{1}_{1}"), std::string::npos);
    // The given numbers stay: x, t, W, b and η.
    for (const char *given : {"0.05", "0.99", "0.45", "0.35", "0.6"})
        EXPECT_NE(sheet.sheet.find(given), std::string::npos) << given;
}

TEST(ExerciseSheet, WithoutALevelTheWorkedExampleIsUnchanged)
{
    WorkedExampleOptions options;
    const std::string worked = workedExample(handTrace(), options);
    EXPECT_EQ(worked.find("\\boxed"), std::string::npos);
    EXPECT_NE(worked.find(shown(0.35891648)), std::string::npos);
}

TEST(ExerciseSheet, LatexSheetAndKeyAreWholeDocuments)
{
    const ExerciseSheet sheet = sheetAt(3, WorkedExampleFormat::Latex);
    for (const std::string *text : {&sheet.sheet, &sheet.key}) {
        EXPECT_EQ(text->rfind("\\documentclass", 0), 0u);
        EXPECT_NE(text->find("\\end{document}"), std::string::npos);
        EXPECT_EQ(text->find("\\begin{itemize}\n\\end{itemize}"), std::string::npos);
    }
    EXPECT_NE(sheet.key.find("\\subsection*{4. Backward pass (BP2)}"), std::string::npos);
}

// The sample a sheet prints, read back from its text ("x = a^{0} = (0.37,\ 0.81)^{T}"): the drawn
// numbers have two decimals, so the text holds them exactly.
std::pair<Matrix, Matrix> printedSample(const std::string &sheet)
{
    const auto vectorAfter = [&](const std::string &lead) {
        const std::size_t open = sheet.find(lead);
        EXPECT_NE(open, std::string::npos) << lead;
        const std::size_t close = sheet.find(")^{T}", open);
        std::string list = sheet.substr(open + lead.size(), close - open - lead.size());
        std::vector<double> numbers;
        for (std::size_t at = 0; at < list.size();) {
            const std::size_t comma = list.find(',', at);
            std::string piece = list.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
            piece.erase(
                std::remove_if(piece.begin(), piece.end(), [](char c) { return c == '\\' || c == ' '; }),
                piece.end());
            numbers.push_back(std::stod(piece));
            at = comma == std::string::npos ? list.size() : comma + 1;
        }
        Matrix column(static_cast<Eigen::Index>(numbers.size()), 1);
        for (std::size_t i = 0; i < numbers.size(); ++i)
            column(static_cast<Eigen::Index>(i), 0) = numbers[i];
        return column;
    };
    return {vectorAfter("x = a^{0} = ("), vectorAfter("t = (")};
}

TEST(ExerciseSheet, VariantsHaveADifferentSampleAndWeightsAndOneKeyEach)
{
    const Network network = handNetwork();
    Matrix input(2, 1), target(2, 1);
    input << 0.05, 0.10;
    target << 0.01, 0.99;
    WorkedExampleOptions options;
    options.exerciseLevel = 2;
    const std::vector<ExerciseSheet> sheets = exerciseVariants(network, input, target, 0.5, options, 3, 7);
    ASSERT_EQ(sheets.size(), 3u);
    // Sheet 1 is the network and the sample as given.
    WorkedExampleOptions first = options;
    first.title = "One step of backpropagation, sheet 1 of 3";
    EXPECT_EQ(values(sheets[0]), values(exerciseSheet(handTrace(), first)));
    std::set<std::string> answers;
    std::set<std::string> samples;
    for (std::size_t k = 0; k < sheets.size(); ++k) {
        const std::string numbered = "sheet " + std::to_string(k + 1) + " of 3";
        EXPECT_NE(sheets[k].sheet.find(numbered), std::string::npos);
        EXPECT_NE(sheets[k].key.find(numbered), std::string::npos);
        EXPECT_EQ(sheets[k].blanks.size(), 24u);
        answers.insert(formatNumber(sheets[k].blanks.back().value));
        const auto [x, t] = printedSample(sheets[k].sheet);
        samples.insert(formatNumber(x(0, 0)) + " " + formatNumber(x(1, 0)) + " " + formatNumber(t(0, 0)) +
                       " " + formatNumber(t(1, 0)));
        // The lecture's weights are only on sheet 1.
        EXPECT_EQ(sheets[k].sheet.find("0.15 \\cdot") != std::string::npos, k == 0) << "sheet " << k + 1;
    }
    EXPECT_EQ(answers.size(), 3u) << "the sheets share an answer";
    EXPECT_EQ(samples.size(), 3u) << "the sheets share a sample";
    // The same seed gives the same sheets, word for word; another seed other numbers.
    const std::vector<ExerciseSheet> again = exerciseVariants(network, input, target, 0.5, options, 3, 7);
    EXPECT_EQ(again[2].sheet, sheets[2].sheet);
    EXPECT_EQ(again[2].key, sheets[2].key);
    EXPECT_NE(values(exerciseVariants(network, input, target, 0.5, options, 3, 8)[2]), values(sheets[2]));
    // Sheet k does not depend on how many sheets there are.
    EXPECT_EQ(values(exerciseVariants(network, input, target, 0.5, options, 5, 7)[2]), values(sheets[2]));
}

TEST(ExerciseSheet, AVariantOfTheSampleKeepsTheNetworkAndItsKeyIsThatSamplesStep)
{
    const Network network = handNetwork();
    Matrix input(2, 1), target(2, 1);
    input << 0.05, 0.10;
    target << 0.01, 0.99;
    WorkedExampleOptions options;
    options.exerciseLevel = kExerciseLevels;
    const std::vector<ExerciseSheet> sheets =
        exerciseVariants(network, input, target, 0.5, options, 4, 11, ExerciseVariation::Sample);
    for (std::size_t k = 1; k < sheets.size(); ++k) {
        // The lecture's network, another sample (two decimals, inside the logistic's range)…
        EXPECT_NE(sheets[k].sheet.find("0.15 \\cdot"), std::string::npos) << "sheet " << k + 1;
        const auto [x, t] = printedSample(sheets[k].sheet);
        ASSERT_EQ(x.rows(), 2);
        ASSERT_EQ(t.rows(), 2);
        EXPECT_FALSE(x == input && t == target) << "sheet " << k + 1;
        for (const Matrix *values : {&x, &t}) {
            for (Eigen::Index i = 0; i < values->rows(); ++i) {
                const double v = (*values)(i, 0);
                EXPECT_GE(v, 0.0);
                EXPECT_LE(v, 1.0);
                EXPECT_NEAR(v * 100.0, std::round(v * 100.0), 1e-9) << v;
            }
        }
        // …and its key holds the step of that sample, worked out again here.
        WorkedExampleOptions numbered = options;
        numbered.title = "One step of backpropagation, sheet " + std::to_string(k + 1) + " of 4";
        const ExerciseSheet expected = exerciseSheet(traceSgdStep(network, x, t, 0.5), numbered);
        EXPECT_EQ(values(sheets[k]), values(expected)) << "sheet " << k + 1;
        EXPECT_EQ(sheets[k].key, expected.key);
    }
    // Varying the weights alone keeps the sample.
    const std::vector<ExerciseSheet> weights =
        exerciseVariants(network, input, target, 0.5, options, 2, 11, ExerciseVariation::Weights);
    const auto [x, t] = printedSample(weights[1].sheet);
    EXPECT_EQ(x, input);
    EXPECT_EQ(t, target);
    EXPECT_EQ(weights[1].sheet.find("0.15 \\cdot"), std::string::npos);
}

TEST(ExerciseSheet, ADrawnSampleSuitsTheNetwork)
{
    Random random(5);
    Matrix x, t;
    // An autoencoder's target is its input.
    Network encoder({4, 2, 4}, {Activation::Logistic, Activation::Logistic});
    const Matrix pattern = Matrix::Identity(4, 4).col(1);
    drawExerciseSample(encoder, pattern, pattern, random, x, t);
    EXPECT_EQ(x, t);
    EXPECT_NE(x, pattern);
    // After softmax the target is one-hot; after tanh in [−1, 1], some of it below 0 in 20 draws.
    Network softmax({2, 3, 3}, {Activation::Tanh, Activation::Softmax}, Loss::CrossEntropy);
    Network tanh({2, 3, 3}, {Activation::Tanh, Activation::Tanh});
    bool negative = false;
    for (int draw = 0; draw < 20; ++draw) {
        drawExerciseSample(softmax, Matrix::Zero(2, 1), Matrix::Zero(3, 1), random, x, t);
        EXPECT_EQ(t.sum(), 1.0);
        EXPECT_EQ(t.maxCoeff(), 1.0);
        drawExerciseSample(tanh, Matrix::Zero(2, 1), Matrix::Zero(3, 1), random, x, t);
        EXPECT_GE(t.minCoeff(), -1.0);
        EXPECT_LE(t.maxCoeff(), 1.0);
        negative = negative || t.minCoeff() < 0.0;
        EXPECT_GE(x.minCoeff(), 0.0);
    }
    EXPECT_TRUE(negative);
}

TEST(ExerciseSheet, RefusesALevelOutOfRangeAndANetworkTooLargeToWriteOut)
{
    WorkedExampleOptions options;
    options.exerciseLevel = kExerciseLevels + 1;
    EXPECT_THROW(exerciseSheet(handTrace(), options), InputError);
    options.exerciseLevel = 0;
    EXPECT_THROW(exerciseSheet(handTrace(), options), InputError);
    Network large({30, 20, 2}, {Activation::Tanh, Activation::Logistic});
    options.exerciseLevel = 1;
    try {
        exerciseSheet(traceSgdStep(large, Matrix::Zero(30, 1), Matrix::Zero(2, 1), 0.5), options);
        ADD_FAILURE() << "a 30-20-2 network was accepted";
    } catch (const InputError &error) {
        EXPECT_NE(std::string(error.what()).find("small enough to write out in full"), std::string::npos)
            << error.what();
    }
}

} // namespace
} // namespace bp
