#include "ui/graph/color_legend.h"

#include "tests/ui/graph/graph_test_support.h"

#include <QImage>

#include <gtest/gtest.h>

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
