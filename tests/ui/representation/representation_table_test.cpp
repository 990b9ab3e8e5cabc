#include "ui/representation/representation_table.h"

#include "core/data/dataset.h"
#include "tests/ui/representation/representation_test_support.h"
#include "ui/representation/hidden_codes.h"
#include "ui/representation/pattern_style.h"
#include "ui/style/palette.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdio>

#include <cmath>

namespace bp::ui {
namespace {

// Seed 1 (the application's default) learns the 8-3-8 encoder with 8 distinct binary codes: after
// 3000 epochs every hidden value is at least 0.23 away from the threshold 0.5, so the reading is
// far from a rounding edge. (Seeds 3 and 6 reach 100 % accuracy with only 7 distinct binary codes.)
constexpr std::uint64_t kSeed = 1;
constexpr int kEpochs = 3000;

const test::TrainedEncoder &trained()
{
    static const test::TrainedEncoder encoder = test::trainEncoder(kSeed, kEpochs);
    return encoder;
}

// Pixels of exactly this colour inside a rectangle of the image.
int countColor(const QImage &image, const QRect &area, const QColor &color)
{
    const QRgb wanted = color.rgb() & 0xFFFFFF;
    int n = 0;
    for (int y = std::max(area.top(), 0); y <= std::min(area.bottom(), image.height() - 1); ++y)
        for (int x = std::max(area.left(), 0); x <= std::min(area.right(), image.width() - 1); ++x)
            n += (image.pixel(x, y) & 0xFFFFFF) == wanted;
    return n;
}

QString thresholded(const Matrix &codes, int sample)
{
    QString bits;
    for (Eigen::Index unit = 0; unit < codes.rows(); ++unit)
        bits += codes(unit, sample) >= 0.5 ? QLatin1Char('1') : QLatin1Char('0');
    return bits;
}

TEST(RepresentationTable, ShowsTheHiddenValuesOfTheTrainedEncoder)
{
    const test::TrainedEncoder &encoder = trained();
    ASSERT_EQ(encoder.accuracy, 1.0);
    const Matrix &hidden = encoder.activations[0];
    ASSERT_EQ(hidden.rows(), 3);
    ASSERT_EQ(hidden.cols(), 8);

    RepresentationTable table;
    table.resize(400, 420);
    table.setData(encoder.dataset, encoder.activations, 1);

    EXPECT_EQ(table.rowCount(), 8);
    EXPECT_EQ(table.codeSize(), 3);
    EXPECT_EQ(table.distinctCodes(), 8);
    EXPECT_EQ(table.counterText(), QStringLiteral("distinct codes: 8/8"));
    EXPECT_TRUE(table.collisionText().isEmpty()) << table.collisionText().toStdString();
    QStringList codes;
    for (int sample = 0; sample < 8; ++sample) {
        for (int unit = 0; unit < 3; ++unit)
            EXPECT_DOUBLE_EQ(table.cellValue(sample, unit), hidden(unit, sample))
                << "sample " << sample << " unit " << unit;
        EXPECT_EQ(table.codeOf(sample), thresholded(hidden, sample)) << "sample " << sample;
        codes << table.codeOf(sample);
    }
    codes.removeDuplicates();
    EXPECT_EQ(codes.size(), 8);
    EXPECT_TRUE(std::isnan(table.cellValue(8, 0)));
    EXPECT_TRUE(std::isnan(table.cellValue(0, 3)));
    EXPECT_TRUE(table.codeOf(8).isEmpty());
}

TEST(RepresentationTable, NamesThePatternsThatShareACode)
{
    const test::TrainedEncoder &encoder = trained();
    std::vector<Matrix> activations = encoder.activations;
    Matrix &hidden = activations[0];
    // Pattern 6 (index 5) gets the code of pattern 3 (index 2), with values that differ but read alike.
    for (int unit = 0; unit < 3; ++unit)
        hidden(unit, 5) = hidden(unit, 2) >= 0.5 ? 0.9 : 0.1;

    RepresentationTable table;
    table.resize(400, 420);
    table.setData(encoder.dataset, activations, 1);
    EXPECT_EQ(table.distinctCodes(), 7);
    EXPECT_EQ(table.counterText(), QStringLiteral("distinct codes: 7/8"));
    ASSERT_EQ(table.codeGroups().collisions.size(), 1u);
    EXPECT_EQ(table.codeGroups().collisions[0], (std::vector<int>{2, 5}));
    const QString code = table.codeOf(2);
    EXPECT_EQ(table.codeOf(5), code);
    EXPECT_EQ(table.collisionText(), QStringLiteral("3 and 6 share %1").arg(code));

    // Three patterns on one code and two on another: both groups, in the order of their first pattern.
    for (int unit = 0; unit < 3; ++unit) {
        hidden(unit, 7) = hidden(unit, 2);
        hidden(unit, 1) = hidden(unit, 0);
    }
    table.setData(encoder.dataset, activations, 1);
    EXPECT_EQ(table.distinctCodes(), 5);
    ASSERT_EQ(table.codeGroups().collisions.size(), 2u);
    EXPECT_EQ(table.codeGroups().collisions[0], (std::vector<int>{0, 1}));
    EXPECT_EQ(table.codeGroups().collisions[1], (std::vector<int>{2, 5, 7}));
    EXPECT_EQ(table.collisionText(), QStringLiteral("1 and 2 share %1  \u00B7  3, 6 and 8 share %2")
                                         .arg(table.codeOf(0), table.codeOf(2)));
    // A wide table's line says it in words; a narrow one's the same news in symbols, not cut off
    // (in Italian at 1024 × 768 the words ended "…2, 6 e 7 condividono …").
    table.resize(900, 420);
    EXPECT_EQ(table.shownCollisionText(), table.collisionText());
    table.resize(300, 420);
    EXPECT_EQ(table.shownCollisionText(),
              QStringLiteral("1=2: %1 \u00B7 3=6=8: %2").arg(table.codeOf(0), table.codeOf(2)));
    table.resize(400, 420);

    // Back to the trained codes: the alarm goes away.
    table.setData(encoder.dataset, encoder.activations, 1);
    EXPECT_EQ(table.distinctCodes(), 8);
    EXPECT_TRUE(table.codeGroups().collisions.empty());
}

TEST(RepresentationTable, CollisionsAreDrawnInTheAlarmColour)
{
    const test::TrainedEncoder &encoder = trained();
    std::vector<Matrix> activations = encoder.activations;
    activations[0].col(5) = activations[0].col(2);
    RepresentationTable table;
    table.resize(400, 420);
    table.setData(encoder.dataset, encoder.activations, 1);
    const QImage calm = test::renderWidget(table);
    table.setData(encoder.dataset, activations, 1);
    const QImage alarmed = test::renderWidget(table);
    auto countAlarm = [](const QImage &image, const QRect &area) {
        return countColor(image, area, palette::alarmColor());
    };
    EXPECT_EQ(countAlarm(calm, table.rect()), 0);
    // The code cells of both rows are filled with the alarm colour; another row's is not.
    EXPECT_GT(countAlarm(alarmed, table.rowRect(2)), 100);
    EXPECT_GT(countAlarm(alarmed, table.rowRect(5)), 100);
    EXPECT_EQ(countAlarm(alarmed, table.rowRect(3)), 0);
}

TEST(RepresentationTable, HiddenCellsAreShadedByTheirActivation)
{
    const test::TrainedEncoder &encoder = trained();
    RepresentationTable table;
    table.resize(400, 420);
    table.setData(encoder.dataset, encoder.activations, 1);
    const QImage image = test::renderWidget(table);
    // Each row shows the activation colour of each of its three hidden values somewhere.
    for (int sample = 0; sample < 8; ++sample) {
        const QRect row = table.rowRect(sample);
        for (int unit = 0; unit < 3; ++unit) {
            const int found = countColor(image, row, palette::activationColor(table.cellValue(sample, unit)));
            EXPECT_GT(found, 40) << "sample " << sample << " unit " << unit;
        }
    }
}

TEST(RepresentationTable, WithoutACodeLayerShowsInputAndOutputOnly)
{
    const test::TrainedEncoder &encoder = trained();
    RepresentationTable table;
    table.resize(400, 420);
    table.setData(encoder.dataset, encoder.activations, 0);
    EXPECT_EQ(table.codeLayer(), 0);
    EXPECT_EQ(table.distinctCodes(), 0);
    EXPECT_TRUE(table.codeOf(0).isEmpty());
    EXPECT_TRUE(table.counterText().isEmpty());
    // The output squares are still drawn, each in the colour of its activation.
    const QImage image = test::renderWidget(table);
    const Matrix &output = encoder.activations[1];
    for (int sample = 0; sample < 8; ++sample) {
        Eigen::Index hot = 0;
        output.col(sample).maxCoeff(&hot);
        EXPECT_GT(countColor(image, table.rowRect(sample), palette::activationColor(output(hot, sample))), 20)
            << "sample " << sample;
    }

    // A code layer out of range (the output layer) is treated as none.
    table.setData(encoder.dataset, encoder.activations, 2);
    EXPECT_EQ(table.codeLayer(), 0);
}

TEST(RepresentationTable, ShowsTheInputsBeforeTheFirstActivations)
{
    const test::TrainedEncoder &encoder = trained();
    RepresentationTable table;
    table.resize(400, 420);
    table.setData(encoder.dataset, {}, 1);
    EXPECT_EQ(table.rowCount(), 8);
    EXPECT_EQ(table.distinctCodes(), 0);
    EXPECT_TRUE(std::isnan(table.cellValue(0, 0)));
    // Each row still shows its pattern's number in the pattern's colour.
    const QImage image = test::renderWidget(table);
    for (int sample = 0; sample < 8; ++sample)
        EXPECT_GT(countColor(image, table.rowRect(sample), patternColor(sample)), 50) << "sample " << sample;
    // Activations of the wrong width are ignored, not read out of bounds.
    std::vector<Matrix> wrong = encoder.activations;
    wrong[0].conservativeResize(3, 5);
    wrong[1].conservativeResize(8, 5);
    table.setData(encoder.dataset, wrong, 1);
    EXPECT_EQ(table.distinctCodes(), 0);
    test::renderWidget(table);
}

TEST(RepresentationTable, CapsTheRowsAndSaysHowManyAreHidden)
{
    auto dataset = std::make_shared<const Dataset>(makePlanar("circle", 300, 0, 1));
    Network network({2, 4, 1}, {Activation::Tanh, Activation::Logistic});
    network.initialize(InitScheme::Xavier, 3);
    RepresentationTable table;
    table.resize(400, 420);
    table.setData(dataset, activationsOf(network, dataset->inputs), 1);
    EXPECT_EQ(table.sampleCount(), 300);
    EXPECT_EQ(table.rowCount(), RepresentationTable::kMaxRows);
    EXPECT_EQ(table.codeSize(), 4);
    EXPECT_GE(table.distinctCodes(), 1);
    EXPECT_LE(table.distinctCodes(), 16);
    // 300 samples on 2⁴ codes must share: no alarm, and tanh values are shaded on the signed scale.
    EXPECT_TRUE(table.collisionsUnavoidable());
    EXPECT_FALSE(table.hasCollisionAlarm());
    EXPECT_TRUE(table.collisionText().isEmpty());
    EXPECT_TRUE(table.isHiddenSigned());
    // The last rows are reached by scrolling: the current sample scrolls into view.
    table.setCurrentSample(255);
    EXPECT_FALSE(table.rowRect(255).isEmpty());
    EXPECT_TRUE(table.rowRect(0).isEmpty());
    const QImage image = test::renderWidget(table);
    EXPECT_GT(countColor(image, table.rowRect(255), patternColor(255)), 30);
}

TEST(RepresentationTable, WrapsTheHiddenValuesUnderTheInputWhenNarrow)
{
    const test::TrainedEncoder &encoder = trained();
    RepresentationTable table;
    table.setData(encoder.dataset, encoder.activations, 1);
    table.resize(450, 420);
    EXPECT_FALSE(table.isWrapped());
    table.resize(260, 600);
    EXPECT_TRUE(table.isWrapped());
    // Every row still shows its own hidden values.
    const QImage image = test::renderWidget(table);
    const int found = countColor(image, table.rowRect(4), palette::activationColor(table.cellValue(4, 2)));
    EXPECT_GT(found, 40);
}

// A side panel on a projector (about 320 × 340 at 1280 × 720): all eight rows of 8-3-8, each on
// one line, also with signed (tanh) values, and the stepped sample is in view when rows must scroll.
TEST(RepresentationTable, AllEightRowsFitOnOneLineEachInASidePanel)
{
    const test::TrainedEncoder &encoder = trained();
    for (bool signedValues : {false, true}) {
        std::vector<Matrix> activations = encoder.activations;
        if (signedValues)
            activations[1] = activations[1].array() * 2.0 - 1.0; // the range tanh gives
        RepresentationTable table;
        table.setData(encoder.dataset, activations, 1);
        table.resize(320, 340);
        EXPECT_FALSE(table.isWrapped()) << "signed " << signedValues;
        for (int row = 0; row < 8; ++row) {
            const QRect rect = table.rowRect(row);
            EXPECT_FALSE(rect.isEmpty()) << "signed " << signedValues << " row " << row;
            EXPECT_TRUE(table.rect().contains(rect)) << "signed " << signedValues << " row " << row;
        }
    }
    RepresentationTable table;
    table.setData(encoder.dataset, encoder.activations, 1);
    table.resize(320, 200);
    table.setCurrentSample(7);
    table.resize(320, 180);
    EXPECT_FALSE(table.rowRect(7).isEmpty()) << "the stepped sample scrolled out of view";
    EXPECT_EQ(table.rowRect(7).height(), table.rowRect(7).intersected(table.rect()).height());
}

TEST(RepresentationTable, ClicksAndArrowKeysPickASample)
{
    const test::TrainedEncoder &encoder = trained();
    RepresentationTable table;
    table.resize(400, 420);
    table.setData(encoder.dataset, encoder.activations, 1);
    table.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&table));
    QSignalSpy spy(&table, &RepresentationTable::sampleClicked);
    QTest::mouseClick(&table, Qt::LeftButton, {}, table.rowRect(3).center());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.takeFirst().at(0).toInt(), 3);
    EXPECT_EQ(table.currentSample(), 3);
    QTest::keyClick(&table, Qt::Key_Down);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.takeFirst().at(0).toInt(), 4);
    QTest::keyClick(&table, Qt::Key_End);
    EXPECT_EQ(spy.takeFirst().at(0).toInt(), 7);
    // A click on the counter above the rows picks nothing.
    QTest::mouseClick(&table, Qt::LeftButton, {}, QPoint(20, 10));
    EXPECT_EQ(spy.count(), 0);
    table.setCurrentSample(-1);
    EXPECT_EQ(table.currentSample(), -1);
}

TEST(RepresentationTable, LiveUpdatesStayCheap)
{
    // Many updates of the same shape, painting included: each must stay well within a frame.
    const test::TrainedEncoder &encoder = trained();
    RepresentationTable table;
    table.resize(400, 420);
    std::vector<Matrix> activations = encoder.activations;
    QImage image(table.size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer clock;
    clock.start();
    constexpr int kUpdates = 200;
    for (int i = 0; i < kUpdates; ++i) {
        activations[0](0, i % 8) = (i % 100) / 100.0;
        table.setData(encoder.dataset, activations, 1);
        table.render(&image);
    }
    // Printed, not asserted: speed is for the benchmarks.
    std::printf("[ timing   ] table update and render: %.2f ms\n", clock.elapsed() / double(kUpdates));
}

TEST(HiddenCodes, CompactFixedDropsTheLeadingZero)
{
    EXPECT_EQ(compactFixed(0.8812, 2), QStringLiteral(".88"));
    EXPECT_EQ(compactFixed(0.996, 2), QStringLiteral("1.00"));
    EXPECT_EQ(compactFixed(-0.05, 2), QString(QChar(0x2212)) + QStringLiteral(".05"));
    EXPECT_EQ(compactFixed(0.001, 2), QStringLiteral(".00"));
    EXPECT_EQ(compactFixed(12.5, 2), QStringLiteral("12.50"));
}

TEST(HiddenCodes, NarrowestHiddenLayerIsTheCode)
{
    EXPECT_EQ(narrowestHiddenLayer({8, 3, 8}), 1);
    EXPECT_EQ(narrowestHiddenLayer({8, 6, 3, 6, 8}), 2);
    EXPECT_EQ(narrowestHiddenLayer({2, 1}), 0);
    EXPECT_EQ(narrowestHiddenLayer({}), 0);
}

} // namespace
} // namespace bp::ui
