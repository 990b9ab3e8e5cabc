// The representation table's pure logic on its own: the texts of the inputs, the output style, the
// width of the value cells, where the rows are when scrolled, and the choice of type size, wrapping
// and scrolling for a size. Expected values are worked out by hand from the rules the table follows.
#include "ui/representation/representation_layout.h"

#include "ui/representation/pattern_style.h"

#include <gtest/gtest.h>

#include <limits>

namespace bp::ui {
namespace {

TEST(RepresentationLayout, OutputStyleByUnits)
{
    EXPECT_EQ(representationOutputStyle(1), RepresentationOutputStyle::Numbers);
    EXPECT_EQ(representationOutputStyle(3), RepresentationOutputStyle::Numbers);
    EXPECT_EQ(representationOutputStyle(4), RepresentationOutputStyle::Squares);
    EXPECT_EQ(representationOutputStyle(16), RepresentationOutputStyle::Squares);
    EXPECT_EQ(representationOutputStyle(17), RepresentationOutputStyle::ArgMax);
}

TEST(RepresentationLayout, ValueCellsHoldTheWidestPrintedValue)
{
    // ".88" and "1.00" fit the least width of 4; "12.35" needs 5, "−12.35" 6, "100.00" 6.
    EXPECT_EQ(compactValueChars(0.88, false), 4);
    EXPECT_EQ(compactValueChars(0.995, false), 4);
    EXPECT_EQ(compactValueChars(12.345, false), 5);
    EXPECT_EQ(compactValueChars(12.345, true), 6);
    EXPECT_EQ(compactValueChars(99.996, false), 6);
    EXPECT_EQ(compactValueChars(std::numeric_limits<double>::infinity(), false), 5);
    // Never narrower than what compactFixed prints.
    for (double value : {0.0, 0.5, -0.05, 0.994, 0.996, -1.0, 9.994, 9.996, -99.99, 123.456, -1234.5})
        EXPECT_GE(compactValueChars(std::abs(value), value < -0.005), compactFixed(value, 2).size()) << value;
}

TEST(RepresentationLayout, InputsAsBitsOrNumbers)
{
    Matrix inputs = Matrix::Zero(8, 2);
    inputs(2, 0) = 1.0;
    inputs(0, 1) = 0.5;
    EXPECT_FALSE(isBinaryPattern(inputs));
    EXPECT_TRUE(isBinaryPattern(inputs.col(0)));
    EXPECT_EQ(patternInputText(inputs, 0, true).toStdString(), "00100000");
    EXPECT_EQ(patternInputText(inputs, 1, false).toStdString(), "0.50 0.00 0.00 0.00 \u2026");

    Matrix oneHot = Matrix::Zero(64, 1);
    oneHot(11, 0) = 1.0;
    EXPECT_EQ(patternInputText(oneHot, 0, true).toStdString(), "1 at 12 of 64");
    oneHot(12, 0) = 1.0; // two ones: the first 14 bits and "…"
    EXPECT_EQ(patternInputText(oneHot, 0, true).toStdString(), "00000000000110\u2026");
}

TEST(RepresentationLayout, NumbersLineUpInColumns)
{
    Matrix inputs(2, 3);
    inputs << 10.5, 0.25, 3.0, //
        0.125, 7.0, 12.0;
    const QStringList texts = patternInputTexts(inputs, 3, false);
    ASSERT_EQ(texts.size(), 3);
    // Each column as wide as its widest number ("10.50", "12.00"), right-aligned.
    EXPECT_EQ(texts[0].toStdString(), "10.50  0.13");
    EXPECT_EQ(texts[1].toStdString(), " 0.25  7.00");
    EXPECT_EQ(texts[2].toStdString(), " 3.00 12.00");
    EXPECT_EQ(patternInputTexts(inputs, 2, false).size(), 2);
}

RepresentationRows twentyRows()
{
    RepresentationRows rows;
    rows.top = 100.0;
    rows.height = 95.0; // four whole rows and most of a fifth
    rows.rowHeight = 20.0;
    rows.rows = 20;
    rows.contentRows = 21;
    return rows;
}

TEST(RepresentationLayout, RowsFindTheRowAtAPointWhenScrolled)
{
    RepresentationRows rows = twentyRows();
    EXPECT_EQ(rows.rowAt(100.0), 0);
    EXPECT_EQ(rows.rowAt(139.9), 1);
    EXPECT_EQ(rows.rowTop(3), 160.0);
    rows.scroll = 50; // row 2 starts 10 px above the area
    EXPECT_EQ(rows.rowAt(100.0), 2);
    EXPECT_EQ(rows.rowTop(2), 90.0);
    EXPECT_EQ(rows.firstVisible(), 2);
    EXPECT_EQ(rows.lastVisible(), 8); // ceil(145 / 20): one past the last partly shown row is harmless
    rows.scroll = 400;
    EXPECT_EQ(rows.rowAt(100.0 + 19.0), -1);   // the note on the samples not shown is no sample
    EXPECT_EQ(rows.lastVisible(), 20);         // but it is painted
    EXPECT_EQ(rows.maxScroll(), 21 * 20 - 95); // the last line's bottom at the area's bottom
    EXPECT_EQ(rows.pageRows(), 4);
}

TEST(RepresentationLayout, ScrollingBringsARowIntoViewAndMovesNoMoreThanNeeded)
{
    RepresentationRows rows = twentyRows();
    rows.scroll = 100; // rows 5 to 9 in view, 9 partly
    EXPECT_EQ(rows.scrollToShow(6), 100);
    EXPECT_EQ(rows.scrollToShow(2), 40);               // row 2 at the top
    EXPECT_EQ(rows.scrollToShow(9), 9 * 20 + 20 - 95); // row 9's bottom at the bottom
    EXPECT_EQ(rows.scrollToShow(-1), 100);
    EXPECT_EQ(rows.scrollToShow(20), 100); // no such row
}

RepresentationContent encoderContent()
{
    RepresentationContent content;
    content.hasData = true;
    content.rows = 8;
    content.contentRows = 8;
    content.codeLayer = 1;
    content.codeSize = 3;
    content.outputs = 8;
    for (int i = 0; i < 8; ++i)
        content.inputTexts << QString(8, u'0').replace(i, 1, u'1');
    content.inputHeader = QStringLiteral("input x");
    content.hiddenHeader = QStringLiteral("hidden a1");
    content.codeHeader = QStringLiteral("code");
    content.outputHeader = QStringLiteral("output a2");
    return content;
}

TEST(RepresentationLayout, ARoomyTableKeepsItsTypeAndSpreadsTheSpareHeight)
{
    const RepresentationFit fit = fitRepresentation(encoderContent(), QFont(), 14.0, QSize(2000, 2000), 15.0);
    EXPECT_EQ(fit.points, 14.0);
    EXPECT_FALSE(fit.layout.wrapped);
    EXPECT_FALSE(fit.layout.scrolling);
    EXPECT_DOUBLE_EQ(fit.layout.rowHeight, 1.5 * fit.layout.baseRowHeight);
    EXPECT_LE(fit.layout.contentHeight, 2000.0);
}

TEST(RepresentationLayout, ATightTableShrinksItsTypeUntilTheRowsFit)
{
    const RepresentationContent content = encoderContent();
    const RepresentationLayout roomy =
        representationLayout(content, representationFonts(QFont(), 14.0), 2000.0, false);
    // A little narrower than one line needs at 14 points: a smaller size fits without wrapping.
    const QSize size(static_cast<int>(roomy.oneLineWidth) - 10, 2000);
    const RepresentationFit fit = fitRepresentation(content, QFont(), 14.0, size, 15.0);
    EXPECT_LT(fit.points, 14.0);
    EXPECT_GE(fit.points, kRepresentationSmallestPoints);
    EXPECT_FALSE(fit.layout.wrapped);
    EXPECT_LE(fit.layout.oneLineWidth, size.width());
    // The largest size that fits: half a point more does not.
    const RepresentationLayout larger =
        representationLayout(content, representationFonts(QFont(), fit.points + 0.5), size.width(), false);
    EXPECT_GT(larger.oneLineWidth, size.width());
}

TEST(RepresentationLayout, TooNarrowWrapsAndTooShortScrolls)
{
    const RepresentationContent content = encoderContent();
    const RepresentationFit narrow = fitRepresentation(content, QFont(), 14.0, QSize(120, 2000), 15.0);
    EXPECT_EQ(narrow.points, kRepresentationSmallestPoints);
    EXPECT_TRUE(narrow.layout.wrapped);
    EXPECT_FALSE(narrow.layout.scrolling);
    EXPECT_EQ(narrow.layout.hiddenX, narrow.layout.inputX); // the hidden values under the input

    const RepresentationFit shortTable = fitRepresentation(content, QFont(), 14.0, QSize(2000, 90), 15.0);
    EXPECT_EQ(shortTable.points, kRepresentationSmallestPoints);
    EXPECT_TRUE(shortTable.layout.scrolling);
    EXPECT_GT(shortTable.layout.contentHeight, 90.0);
    EXPECT_DOUBLE_EQ(shortTable.layout.rowHeight, shortTable.layout.baseRowHeight); // no spare height
}

} // namespace
} // namespace bp::ui
