// The pieces every handout is built from, on their own: the lecture's symbols, the rows a long sum
// is broken into, numbers in maths, and the two formats' display maths. The expected texts are
// written out by hand from the lecture's notation and the formats' syntax.
#include "core/documents/handout_document.h"
#include "core/documents/tex_notation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace bp {
namespace {

WorkedExampleOptions optionsFor(WorkedExampleFormat format)
{
    WorkedExampleOptions options;
    options.format = format;
    return options;
}

TEST(TexNotation, NumbersNeuronsFromOneAsTheLectureDoes)
{
    EXPECT_EQ(sym("z", 2, 0), "z^{2}_{1}");
    EXPECT_EQ(sym("\\delta", 1, 9), "\\delta^{1}_{10}");
    EXPECT_EQ(targetSym(2), "t_{3}");
    EXPECT_EQ(partial(sym("b", 2, 1)), "\\frac{\\partial E}{\\partial b^{2}_{2}}");
}

TEST(TexNotation, SeparatesTwoDigitWeightIndicesWithAComma)
{
    EXPECT_EQ(weightSym(2, 0, 2), "w^{2}_{13}");
    EXPECT_EQ(weightSym(1, 9, 1), "w^{1}_{10,2}");  // w¹₁₀,₂, not w¹₁₀₂
    EXPECT_EQ(weightSym(1, 0, 11), "w^{1}_{1,12}"); // w¹₁,₁₂, not w¹₁₁₂
}

TEST(TexNotation, NamesOneLayerOrARange)
{
    EXPECT_EQ(layerRange(2, 2), "layer 2");
    EXPECT_EQ(layerRange(3, 1), "l = 3 to 1");
}

TEST(TexNotation, BreaksASumIntoRowsOfThreeTerms)
{
    const std::vector<std::string> terms{"t1", "+ t2", "- t3", "+ t4", "+ t5", "- t6", "+ t7"};
    const std::vector<std::string> expected{"z &= t1 + t2 - t3", "&\\quad + t4 + t5 - t6",
                                            "&\\quad + t7 = 5"};
    EXPECT_EQ(sumRows("z &= ", terms, " = 5"), expected);
    EXPECT_EQ(sumRows("z &= ", {"t1", "+ t2", "- t3"}, " = 5"),
              std::vector<std::string>{"z &= t1 + t2 - t3 = 5"});
    EXPECT_EQ(sumRows("E &= ", {}, "0"), std::vector<std::string>{"E &= 0"});
}

TEST(HandoutDocument, WritesNumbersAsMaths)
{
    WorkedExampleOptions options = optionsFor(WorkedExampleFormat::Markdown);
    options.digits = 3;
    const HandoutDocument doc(options);
    EXPECT_EQ(doc.number(0.123456), "0.123");
    EXPECT_EQ(doc.number(-0.0), "0");
    EXPECT_EQ(doc.number(1.5e-7), "1.5 \\times 10^{-7}");
    EXPECT_EQ(doc.number(std::numeric_limits<double>::quiet_NaN()), "\\mathrm{NaN}");
    EXPECT_EQ(doc.number(-std::numeric_limits<double>::infinity()), "-\\infty");
    // A factor in parentheses where a bare number would read as a subtraction or a product.
    EXPECT_EQ(doc.factor(0.5), "0.5");
    EXPECT_EQ(doc.factor(-0.5), "(-0.5)");
    EXPECT_EQ(doc.factor(2.5e-7), "(2.5 \\times 10^{-7})");
}

TEST(HandoutDocument, JoinsContinuedRowsIntoOneMarkdownEquation)
{
    HandoutDocument doc(optionsFor(WorkedExampleFormat::Markdown));
    doc.display({"z &= a + b", "&\\quad + c = 1", "a &= 2"});
    EXPECT_EQ(doc.take(), "```math\nz = a + b + c = 1\n```\n\n```math\na = 2\n```\n\n");
}

TEST(HandoutDocument, AlignsRowsInLatex)
{
    HandoutDocument doc(optionsFor(WorkedExampleFormat::Latex));
    doc.display({"z &= a + b", "&\\quad + c = 1"});
    EXPECT_EQ(doc.take(), "\\begin{align*}\nz &= a + b \\\\\n&\\quad + c = 1\n\\end{align*}\n\n");
}

TEST(HandoutDocument, WrapsALatexDocumentAndNothingInMarkdown)
{
    HandoutDocument markdown(optionsFor(WorkedExampleFormat::Markdown));
    markdown.begin(true);
    markdown.heading(2, "1. Forward_pass");
    markdown.end();
    EXPECT_EQ(markdown.take(), "## 1. Forward\\_pass\n\n");

    HandoutDocument latex(optionsFor(WorkedExampleFormat::Latex));
    latex.begin(false);
    latex.heading(2, "1. Forward_pass");
    latex.end();
    const std::string text = latex.take();
    EXPECT_EQ(text.rfind("\\documentclass", 0), 0u) << text;
    EXPECT_EQ(text.find("\\allowdisplaybreaks"), std::string::npos) << text;
    EXPECT_NE(text.find("\\begin{document}\n\n\\subsection*{1. Forward\\_pass}\n\n\\end{document}\n"),
              std::string::npos)
        << text;

    HandoutDocument breaking(optionsFor(WorkedExampleFormat::Latex));
    breaking.begin(true);
    EXPECT_NE(breaking.take().find("\\allowdisplaybreaks\n"), std::string::npos);
}

TEST(HandoutDocument, EscapesCodeForItsFormat)
{
    EXPECT_EQ(HandoutDocument(optionsFor(WorkedExampleFormat::Markdown)).code("a_b"), "`a_b`");
    EXPECT_EQ(HandoutDocument(optionsFor(WorkedExampleFormat::Latex)).code("a_b"), "\\texttt{a\\_b}");
}

} // namespace
} // namespace bp
