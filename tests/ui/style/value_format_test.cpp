#include "ui/style/value_format.h"

#include <gtest/gtest.h>

#include <limits>

namespace bp::ui {
namespace {

const QString minus = QString(QChar(kMinusSign));

TEST(ValueFormat, FixedDecimalsUseTheRealMinusSign)
{
    EXPECT_EQ(formatFixed(0.593269992107187, 2), QStringLiteral("0.59"));
    EXPECT_EQ(formatFixed(-1.2, 2), minus + QStringLiteral("1.20"));
    EXPECT_EQ(formatFixed(0.35, 2, true), QStringLiteral("+0.35"));
    // A value that rounds to zero carries no sign.
    EXPECT_EQ(formatFixed(-0.001, 2), QStringLiteral("0.00"));
}

TEST(ValueFormat, SignificantDigits)
{
    EXPECT_EQ(formatSignificant(0.138498561628557, 3, true), QStringLiteral("+0.138"));
    EXPECT_EQ(formatSignificant(-0.038098236516556, 3, true), minus + QStringLiteral("0.0381"));
    EXPECT_EQ(formatSignificant(0.008771354689487, 3), QStringLiteral("0.00877"));
    EXPECT_EQ(formatSignificant(0.099996, 3), QStringLiteral("0.100"));
    EXPECT_EQ(formatSignificant(1234.5, 3), QStringLiteral("1230"));
    EXPECT_EQ(formatSignificant(-8.77e-6, 3), minus + QStringLiteral("8.77e") + minus + QStringLiteral("6"));
    EXPECT_EQ(formatSignificant(0.0, 3, true), QStringLiteral("0"));
}

TEST(ValueFormat, NeuronValuesHaveASignAndThreeSignificantDigits)
{
    // One format whatever the size: "+0.14" beside "+0.076" was the complaint.
    EXPECT_EQ(formatNeuronValue(0.1404), QStringLiteral("+0.140"));
    EXPECT_EQ(formatNeuronValue(0.07626), QStringLiteral("+0.0763"));
    EXPECT_EQ(formatNeuronValue(-0.593269992107187), minus + QStringLiteral("0.593"));
    EXPECT_EQ(formatNeuronValue(1.0), QStringLiteral("+1.00"));
    EXPECT_EQ(formatNeuronValue(0.0), QStringLiteral("0.00"));
}

TEST(ValueFormat, NonFiniteValuesAreNamed)
{
    EXPECT_EQ(formatSignificant(std::numeric_limits<double>::quiet_NaN(), 3), QStringLiteral("NaN"));
    EXPECT_EQ(formatFixed(std::numeric_limits<double>::infinity(), 2), QStringLiteral("+\u221E"));
    EXPECT_EQ(formatFixed(-std::numeric_limits<double>::infinity(), 2), minus + QStringLiteral("\u221E"));
}

TEST(ValueFormat, LectureNotation)
{
    EXPECT_EQ(indexedSymbol(QStringLiteral("a"), 1, 1), QStringLiteral("a\u00B9\u2081"));
    EXPECT_EQ(indexedSymbol(QStringLiteral("w"), 2, 1, 2), QStringLiteral("w\u00B2\u2081\u2082"));
    EXPECT_EQ(indexedSymbol(QStringLiteral("w"), 1, 12, 3), QStringLiteral("w\u00B9\u2081\u2082,\u2083"));
    EXPECT_EQ(superscriptNumber(10), QStringLiteral("\u00B9\u2070"));
}

} // namespace
} // namespace bp::ui
