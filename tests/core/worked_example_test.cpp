// The worked example of the hand-worked 2-2-2 step (tests/core/backprop_hand_test.cpp): the numbers
// below are the hand values rounded to 6 significant digits, written out here independently of
// the program, and each must stand in its phase's section of both handouts.
#include "core/documents/markup.h"
#include "core/documents/worked_example.h"

#include "core/data/preset.h"
#include "tests/support/hand_network.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace bp {
namespace {

using test::column;
using test::handInput;
using test::handNetwork;
using test::handTarget;

std::string handExample(WorkedExampleFormat format, const std::string &title = {})
{
    WorkedExampleOptions options;
    options.format = format;
    options.title = title;
    return workedExample(traceSgdStep(handNetwork(), handInput(), handTarget(), 0.5), options);
}

// The text between the heading that starts with `from` and the next heading of level ≤ 2.
std::string section(const std::string &document, const std::string &from, bool latex)
{
    const std::string marker = latex ? "\\subsection*{" + from : "## " + from;
    const std::size_t start = document.find(marker);
    if (start == std::string::npos)
        return {};
    const std::size_t end = document.find(latex ? "\\subsection*{" : "\n## ", start + marker.size());
    return document.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// An equation of the hand example: the LaTeX form aligns at "&"; Markdown drops the "&".
struct Expected {
    const char *section;
    std::string latex;
};

std::string withoutAmpersands(std::string text)
{
    text.erase(std::remove(text.begin(), text.end(), '&'), text.end());
    return text;
}

// The Markdown form of a LaTeX row: no alignment (inside ```math, which Markdown leaves as it is, the
// thin space "\," stays).
std::string markdownOf(const std::string &latexRow)
{
    return withoutAmpersands(latexRow);
}

const std::vector<Expected> kHandLines = {
    {"1. Forward pass", "z^{1}_{1} &= 0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 + 0.35 = 0.3775"},
    {"1. Forward pass", "z^{1}_{2} &= 0.25 \\cdot 0.05 + 0.3 \\cdot 0.1 + 0.35 = 0.3925"},
    {"1. Forward pass", "a^{1}_{1} &= \\sigma(0.3775) = 0.59327"},
    {"1. Forward pass", "z^{2}_{1} &= 0.4 \\cdot 0.59327 + 0.45 \\cdot 0.596884 + 0.6 = 1.10591"},
    {"1. Forward pass", "a^{2}_{2} &= \\sigma(1.22492) = 0.772928"},
    {"2. The error", "(0.751365 - 0.01)^2 + (0.772928 - 0.99)^2\\bigr] = 0.298371"},
    {"3. Output error (BP1)",
     "\\sigma'(z^{2}_{1}) &= a^{2}_{1}\\,(1 - a^{2}_{1}) = 0.751365\\,(1 - 0.751365) = 0.186816"},
    {"3. Output error (BP1)", "\\delta^{2}_{1} &= (a^{2}_{1} - t_{1})\\, \\sigma'(z^{2}_{1}) = (0.751365 - "
                              "0.01) \\cdot 0.186816 = 0.138499"},
    {"3. Output error (BP1)", "(0.772928 - 0.99) \\cdot 0.17551 = -0.0380982"},
    {"4. Backward pass (BP2)",
     "&= \\bigl(0.4 \\cdot 0.138499 + 0.5 \\cdot (-0.0380982)\\bigr) \\cdot 0.241301 = 0.00877135"},
    {"4. Backward pass (BP2)",
     "&= \\bigl(0.45 \\cdot 0.138499 + 0.55 \\cdot (-0.0380982)\\bigr) \\cdot 0.240613 = 0.00995425"},
    {"5. Gradients (BP3, BP4)", "\\frac{\\partial E}{\\partial b^{2}_{1}} &= \\delta^{2}_{1} = 0.138499"},
    {"5. Gradients (BP3, BP4)", "\\frac{\\partial E}{\\partial w^{2}_{11}} &= a^{1}_{1}\\, \\delta^{2}_{1} = "
                                "0.59327 \\cdot 0.138499 = 0.082167"},
    {"5. Gradients (BP3, BP4)", "\\frac{\\partial E}{\\partial w^{1}_{22}} &= a^{0}_{2}\\, \\delta^{1}_{2} = "
                                "0.1 \\cdot 0.00995425 = 0.000995425"},
    {"6. Update", "w^{2}_{11} &\\leftarrow 0.4 - 0.5 \\cdot 0.082167 = 0.358916"},
    {"6. Update", "b^{2}_{1} &\\leftarrow 0.6 - 0.5 \\cdot 0.138499 = 0.530751"},
    {"6. Update", "w^{1}_{22} &\\leftarrow 0.3 - 0.5 \\cdot 0.000995425 = 0.299502"},
};

TEST(WorkedExample, HandNumbersStandInTheirPhasesInLatex)
{
    const std::string latex = handExample(WorkedExampleFormat::Latex);
    for (const Expected &line : kHandLines)
        EXPECT_NE(section(latex, line.section, true).find(line.latex), std::string::npos)
            << "missing in section " << line.section << ": " << line.latex;
}

TEST(WorkedExample, HandNumbersStandInTheirPhasesInMarkdown)
{
    const std::string markdown = handExample(WorkedExampleFormat::Markdown);
    for (const Expected &line : kHandLines) {
        std::string expected = markdownOf(line.latex);
        if (expected.rfind("= ", 0) == 0)
            expected = expected.substr(2); // the continuation row joins the line before it
        EXPECT_NE(section(markdown, line.section, false).find(expected), std::string::npos)
            << "missing in section " << line.section << ": " << expected;
    }
    // Display maths in ```math blocks, inline maths in $`…`$ (GitHub's forms that Markdown leaves as
    // they are); no LaTeX environment leaks into Markdown.
    EXPECT_NE(markdown.find("```math\nz^{1}_{1} = 0.15"), std::string::npos);
    EXPECT_NE(markdown.find("$`x = a^{0} = (0.05,"), std::string::npos);
    EXPECT_EQ(markdown.find("$$"), std::string::npos);
    EXPECT_EQ(markdown.find("\\begin{"), std::string::npos);
    EXPECT_EQ(markdown.find("\\\\"), std::string::npos);
}

TEST(WorkedExample, EveryPhaseIsPresentInOrder)
{
    for (const WorkedExampleFormat format : {WorkedExampleFormat::Markdown, WorkedExampleFormat::Latex}) {
        // Three layers, so BP2 runs at two layers (l = 2, 1).
        Network network({2, 3, 2, 2}, {Activation::Tanh, Activation::Logistic, Activation::Logistic});
        network.initialize(InitScheme::Xavier, 7);
        WorkedExampleOptions options;
        options.format = format;
        const std::string text =
            workedExample(traceSgdStep(network, column({0.3, -0.2}), column({1.0, 0.0}), 0.25), options);
        const std::vector<std::string> phases = {"1. Forward pass, l = 1 to 3",
                                                 "2. The error",
                                                 "3. Output error (BP1), layer 3",
                                                 "4. Backward pass (BP2), l = 2 to 1",
                                                 "5. Gradients (BP3, BP4), l = 3 to 1",
                                                 "6. Update",
                                                 "A note on signs"};
        std::size_t at = 0;
        for (const std::string &phase : phases) {
            const std::size_t found = text.find(phase, at);
            EXPECT_NE(found, std::string::npos) << phase << " missing or out of order";
            if (found != std::string::npos)
                at = found;
        }
        // BP2 at layer 2 then layer 1, with tanh′ = 1 − a² at layer 1.
        const bool latex = format == WorkedExampleFormat::Latex;
        const std::string backward = section(text, "4. Backward pass", latex);
        EXPECT_LT(backward.find("\\delta^{2}_{1}"), backward.find("\\delta^{1}_{1}"));
        EXPECT_NE(backward.find("\\tanh'(z^{1}_{3})"), std::string::npos);
        // The sign note names both conventions.
        const std::string note = section(text, "A note on signs", latex);
        EXPECT_NE(note.find("\\delta = \\partial E / \\partial z"), std::string::npos);
        EXPECT_NE(note.find("\\partial E / \\partial a^{L} = -(a^{L} - t)"), std::string::npos);
    }
}

TEST(WorkedExample, TheEncoderIsWrittenOutInFull)
{
    const Preset preset = makePreset("encoder-8-3-8");
    Network network = preset.makeNetwork(1);
    network.initialize(preset.init, 1);
    ASSERT_TRUE(isWorkedExampleComplete(network));
    WorkedExampleOptions options;
    options.format = WorkedExampleFormat::Latex;
    const Trace trace =
        traceSgdStep(network, preset.dataset.inputs.col(2), preset.dataset.targets.col(2), 2.0);
    const std::string latex = workedExample(trace, options);
    const std::string update = section(latex, "6. Update", true);
    // All 59 parameters: 24 + 3 + 24 + 8 updates.
    // (The general rule "w &\\leftarrow w - …" has no index, so "} &\\leftarrow" counts only parameters.)
    std::size_t count = 0;
    for (std::size_t at = update.find("} &\\leftarrow"); at != std::string::npos;
         at = update.find("} &\\leftarrow", at + 1))
        ++count;
    EXPECT_EQ(count, 59u);
    EXPECT_NE(update.find("w^{2}_{83} &\\leftarrow"), std::string::npos);
    EXPECT_NE(update.find("w^{1}_{38} &\\leftarrow"), std::string::npos);
    EXPECT_EQ(latex.find("left out"), std::string::npos);
    // An 8-term sum is broken into rows of three in LaTeX.
    EXPECT_NE(section(latex, "1. Forward pass", true).find("\\\\\n&\\quad + "), std::string::npos);
}

TEST(WorkedExample, LargeNetworksSaySoAndShowTheSelectedNeuron)
{
    Network network({784, 128, 10}, {Activation::Relu, Activation::Softmax}, Loss::CrossEntropy);
    network.initialize(InitScheme::He, 3);
    Matrix input = Matrix::Constant(784, 1, 0.5);
    Matrix target = Matrix::Zero(10, 1);
    target(4, 0) = 1.0;
    WorkedExampleOptions options;
    options.selectedLayer = 1;
    options.selectedNeuron = 16;
    for (const WorkedExampleFormat format : {WorkedExampleFormat::Markdown, WorkedExampleFormat::Latex}) {
        options.format = format;
        const std::string text = workedExample(traceSgdStep(network, input, target, 0.1), options);
        EXPECT_NE(text.find("too large to write out in full (101770 parameters)"), std::string::npos);
        EXPECT_NE(text.find("Layer 1 has 128 neurons: shown are 1, 2, 3 and 17 (17 is the selected neuron); "
                            "the other 124 are left out"),
                  std::string::npos);
        EXPECT_NE(text.find("Of the 784 incoming weights of each neuron, the first 3 are shown."),
                  std::string::npos);
        EXPECT_NE(text.find("z^{1}_{17}"), std::string::npos);
        EXPECT_EQ(text.find("z^{1}_{4}"), std::string::npos);
        EXPECT_NE(text.find("+ \\dots"), std::string::npos);
        // Cross-entropy after softmax: BP1 is a − t.
        EXPECT_NE(markdownOf(text).find("\\delta^{2}_{1} = a^{2}_{1} - t_{1} = "), std::string::npos);
        EXPECT_LT(text.size(), 40'000u) << "a handout of a large network stays short";
    }
}

TEST(WorkedExample, LatexSpecialCharactersAreEscaped)
{
    EXPECT_EQ(escapeLatex("50% of x_1 & {y} #2 $5"), "50\\% of x\\_1 \\& \\{y\\} \\#2 \\$5");
    EXPECT_EQ(escapeLatex("a\\b ~ ^"), "a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{}");
    EXPECT_EQ(escapeLatex("8\u00D78 \u2212 caf\u00E9 \u2026"),
              "8\\ensuremath{\\times}8 - caf\u00E9 \\dots{}");
    EXPECT_EQ(escapeLatex("\u03B4"), "?") << "a glyph pdflatex's default fonts lack";
    EXPECT_EQ(escapeMarkdown("x_1 *bold* [link] <b> #"), "x\\_1 \\*bold\\* \\[link\\] \\<b\\> \\#");

    const std::string latex = handExample(WorkedExampleFormat::Latex, "Lesson #5: 100% x_1 & {t}");
    EXPECT_NE(latex.find("\\section*{Lesson \\#5: 100\\% x\\_1 \\& \\{t\\}}"), std::string::npos);
    EXPECT_EQ(latex.rfind("\\documentclass", 0), 0u);
    EXPECT_EQ(latex.substr(latex.size() - 15), "\\end{document}\n");
    std::size_t begins = 0, ends = 0;
    for (std::size_t at = latex.find("\\begin{align*}"); at != std::string::npos;
         at = latex.find("\\begin{align*}", at + 1))
        ++begins;
    for (std::size_t at = latex.find("\\end{align*}"); at != std::string::npos;
         at = latex.find("\\end{align*}", at + 1))
        ++ends;
    EXPECT_GT(begins, 10u);
    EXPECT_EQ(begins, ends);
    const std::string markdown = handExample(WorkedExampleFormat::Markdown, "Lesson #5: x_1");
    EXPECT_EQ(markdown.rfind("# Lesson \\#5: x\\_1\n", 0), 0u);
}

TEST(WorkedExample, ANonFiniteStepIsWrittenAndSaidSo)
{
    // Weights so large that z overflows: the step stops, the weights stay, the handout says why.
    Network network = handNetwork();
    network.layer(1).weights.setConstant(1e308);
    network.layer(1).activation = Activation::Identity;
    network.layer(2).activation = Activation::Identity;
    const Trace trace = traceSgdStep(network, column({10.0, 10.0}), handTarget(), 0.5);
    ASSERT_FALSE(trace.finite);
    for (const WorkedExampleFormat format : {WorkedExampleFormat::Markdown, WorkedExampleFormat::Latex}) {
        WorkedExampleOptions options;
        options.format = format;
        const std::string text = workedExample(trace, options);
        EXPECT_NE(text.find("This step was not finite"), std::string::npos);
        EXPECT_NE(text.find("The update was not finite, so no weight changed."), std::string::npos);
        EXPECT_NE(text.find("\\infty"), std::string::npos);
    }
}

TEST(WorkedExample, FormatsByName)
{
    EXPECT_EQ(parseWorkedExampleFormat("markdown"), WorkedExampleFormat::Markdown);
    EXPECT_EQ(parseWorkedExampleFormat("latex"), WorkedExampleFormat::Latex);
    EXPECT_EQ(parseWorkedExampleFormat("tex"), WorkedExampleFormat::Latex);
    EXPECT_FALSE(parseWorkedExampleFormat("pdf"));
}

// Our η is the lecture's μ: said once, and μ never names the momentum coefficient beside it.
TEST(WorkedExample, TheLearningRateIsTheLecturesMuAndMomentumIsBeta)
{
    Network network = handNetwork();
    OptimizerSettings momentum;
    momentum.kind = Optimizer::Momentum;
    momentum.learningRate = 0.5;
    momentum.momentum = 0.9;
    OptimizerState state;
    state.kind = Optimizer::Momentum;
    Workspace ws;
    const std::string text = workedExample(traceStep(network, handInput(), handTarget(), momentum, state, ws), {});
    EXPECT_NE(text.find("v \\leftarrow \\beta v"), std::string::npos);
    EXPECT_NE(text.find("\\beta = 0.9"), std::string::npos);
    std::size_t lecturesMu = 0;
    for (std::size_t at = text.find("the lecture's $`\\mu`$"); at != std::string::npos;
         at = text.find("the lecture's $`\\mu`$", at + 1))
        ++lecturesMu;
    EXPECT_EQ(lecturesMu, 1u);
    // μ appears only in the lecture's own update rule and in that remark.
    std::size_t mus = 0;
    for (std::size_t at = text.find("\\mu"); at != std::string::npos; at = text.find("\\mu", at + 1))
        ++mus;
    EXPECT_EQ(mus, 2u) << text;
    // Both slips of the lecture's code are named.
    EXPECT_NE(text.find("actderiv(a[l-1])"), std::string::npos);
    EXPECT_NE(text.find("actderiv(z[i+1])"), std::string::npos);
}

// Each softmax output depends on every z: the BP1 heading shows the Jacobian, says the Hadamard
// form does not apply, and with targets that do not sum to 1 writes δ = a Σt − t.
TEST(WorkedExample, SoftmaxOutputErrorShowsTheJacobianForm)
{
    Network network({2, 3}, {Activation::Softmax}, Loss::CrossEntropy);
    network.layer(1).weights << 0.1, -0.2, 0.3, 0.4, -0.5, 0.6;
    Matrix input(2, 1);
    input << 0.5, -1.0;
    Matrix target(3, 1);
    target << 0.5, 0.5, 0.5;
    const Trace trace = traceSgdStep(network, input, target, 0.5);
    const std::string text = workedExample(trace, {});
    const std::string bp1 = section(text, "3. Output error (BP1)", false);
    EXPECT_NE(bp1.find("J^{T} \\nabla_{a} E"), std::string::npos) << bp1;
    EXPECT_NE(bp1.find("does not apply to a softmax output"), std::string::npos) << bp1;
    EXPECT_EQ(bp1.find("\\nabla_{a} E \\odot"), std::string::npos) << bp1;
    EXPECT_NE(bp1.find("a^{L}_j \\sum_k t_k - t_j"), std::string::npos) << bp1;
    EXPECT_NE(bp1.find("here they sum to $`1.5`$"), std::string::npos) << bp1;
    const double a1 = trace.forward[0].activation(0, 0);
    EXPECT_NEAR(trace.backward[0].delta(0, 0), a1 * 1.5 - 0.5, 1e-15);
}

} // namespace
} // namespace bp
