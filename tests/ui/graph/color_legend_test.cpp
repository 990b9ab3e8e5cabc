#include "ui/graph/color_legend.h"

#include "tests/ui/graph/graph_test_support.h"
#include "ui/style/palette.h"

#include <QImage>

#include <gtest/gtest.h>

#include <cstdlib>

namespace bp::ui {
namespace {

LegendEntry signedEntry(const QString &label, double scale)
{
    LegendEntry e;
    e.kind = LegendEntry::Kind::Signed;
    e.label = label;
    e.scale = scale;
    return e;
}

TEST(ColorLegend, DrawsBothEndsOfEachScale)
{
    ColorLegend legend;
    legend.setFontPixels(14);
    LegendEntry activation;
    activation.label = QStringLiteral("activation a");
    legend.setEntries({signedEntry(QStringLiteral("w"), 0.42), activation});
    ASSERT_EQ(legend.entries().size(), 2);
    const QSize hint = legend.sizeHint();
    EXPECT_GT(hint.width(), 200);
    EXPECT_GT(hint.height(), 20);
    legend.resize(hint);
    QImage image(hint, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    legend.render(&image);
    const QRect all = image.rect();
    EXPECT_GT(test::countPixels(image, all, test::isOrange), 10);
    EXPECT_GT(test::countPixels(image, all, test::isBlue), 10);
    // The deep end of the activation scale.
    EXPECT_GT(test::countPixels(image, all, [](const QColor &c) { return c.blue() > 130 && c.red() < 40; }),
              5);
}

TEST(ColorLegend, TheRelativeErrorScaleRunsFromPaleToTheAlarmColour)
{
    LegendEntry errors;
    errors.kind = LegendEntry::Kind::RelativeError;
    errors.label = QStringLiteral("relative error");
    errors.low = 1e-12;
    errors.scale = 1.0;
    ColorLegend legend;
    legend.setFontPixels(14);
    legend.setEntries({errors});
    const QSize hint = legend.sizeHint();
    legend.resize(hint);
    QImage image(hint, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    legend.render(&image);
    auto near = [](const QColor &expected) {
        return [expected](const QColor &c) {
            return std::abs(c.red() - expected.red()) <= 3 && std::abs(c.green() - expected.green()) <= 3 &&
                   std::abs(c.blue() - expected.blue()) <= 3;
        };
    };
    const QRect all = image.rect();
    EXPECT_GT(test::countPixels(image, all, near(palette::alarmColor())), 10)
        << "the deep end and the threshold";
    EXPECT_GT(test::countPixels(image, all, near(palette::relativeErrorColor(1e-9))), 5);
    EXPECT_EQ(test::countPixels(image, all, test::isOrange), 0) << "not the signed scale";
    EXPECT_GT(legendEntrySize(errors, 14).width(), legendEntrySize(errors, 7).width());
}

TEST(ColorLegend, WrapsWhenNarrow)
{
    ColorLegend legend;
    legend.setFontPixels(12);
    legend.setEntries({signedEntry(QStringLiteral("w"), 1.0), signedEntry(QStringLiteral("\u03B4"), 0.1),
                       signedEntry(QStringLiteral("\u2202E/\u2202w"), 0.01)});
    const int oneRow = legend.heightForWidth(2000);
    EXPECT_GT(legend.heightForWidth(legend.minimumSizeHint().width()), 2 * oneRow);
}

TEST(ColorLegend, EntrySizeGrowsWithTheFont)
{
    const LegendEntry e = signedEntry(QStringLiteral("w"), 0.42);
    EXPECT_GT(legendEntrySize(e, 20).width(), legendEntrySize(e, 10).width());
    EXPECT_GT(legendEntrySize(e, 20).height(), legendEntrySize(e, 10).height());
}

} // namespace
} // namespace bp::ui
