// The words and numbers of the panel, and its table model, on reports made by hand: the one way to
// show a large error without breaking backprop on purpose.
#include "tests/ui/gradcheck/gradcheck_test_support.h"
#include "ui/gradcheck/error_scale.h"
#include "ui/gradcheck/gradient_check_model.h"
#include "ui/gradcheck/gradient_check_report.h"
#include "ui/style/palette.h"

#include <QColor>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bp::ui {
namespace {

TEST(GradientCheckText, RelativeErrorsAreShortScientificWithTheRealMinus)
{
    EXPECT_EQ(formatRelativeError(3.1e-9), QStringLiteral("3.1e\u22129"));
    EXPECT_EQ(formatRelativeError(3.14159e-9), QStringLiteral("3.1e\u22129"));
    EXPECT_EQ(formatRelativeError(9.96e-5), QStringLiteral("1.0e\u22124"));
    EXPECT_EQ(formatRelativeError(0.35), QStringLiteral("3.5e\u22121"));
    EXPECT_EQ(formatRelativeError(2.0), QStringLiteral("2.0e0"));
    EXPECT_EQ(formatRelativeError(0.0), QStringLiteral("0"));
    EXPECT_EQ(formatRelativeError(std::nan("")), QStringLiteral("NaN"));
    EXPECT_FALSE(formatRelativeError(1e-7).contains(u'-')) << "the hyphen is not a minus sign";
}

TEST(GradientCheckText, PowersOfTenForTheSentence)
{
    EXPECT_EQ(formatPowerOfTen(3.1e-9), QStringLiteral("3.1 × 10⁻⁹"));
    EXPECT_EQ(formatPowerOfTen(1e-5), QStringLiteral("10⁻⁵"));
    EXPECT_EQ(formatPowerOfTen(2.5e-11), QStringLiteral("2.5 × 10⁻¹¹"));
    EXPECT_EQ(formatPowerOfTen(-3e-6), QStringLiteral("\u22123.0 × 10⁻⁶"));
    EXPECT_EQ(formatPowerOfTen(0.0), QStringLiteral("0"));
}

TEST(GradientCheckText, ParametersInTheLectureNotation)
{
    EXPECT_EQ(parameterSymbol({2, 0, 1}), QStringLiteral("w²₁₂"));
    EXPECT_EQ(parameterSymbol({1, 2, -1}), QStringLiteral("b¹₃"));
    EXPECT_EQ(parameterSymbol({1, 127, 783}), QStringLiteral("w¹₁₂₈,₇₈₄"));
    EXPECT_EQ(formatCount(101770), QStringLiteral("101,770"));
    EXPECT_EQ(networkShape(test::handNetwork()), QStringLiteral("2-2-2"));
    EXPECT_EQ(formatDuration(0.0552), QStringLiteral("55 ms"));
    EXPECT_EQ(formatDuration(1.79), QStringLiteral("1.8 s"));
    EXPECT_EQ(formatDuration(16e-6), QStringLiteral("16 µs"));
    EXPECT_EQ(formatDuration(0.0042), QStringLiteral("4.2 ms"));
}

// A hand-made report of the 2-2-2 network in which the first bias of layer 1 disagrees.
std::shared_ptr<GradientCheckReport> handMadeReport(double badError)
{
    auto report = std::make_shared<GradientCheckReport>();
    report->network = std::make_shared<const Network>(test::handNetwork());
    report->sampleName = QStringLiteral("x = (0.05, 0.10)");
    report->requestedAt = QTime(9, 30, 5);
    report->layerParameters = {6, 6};
    report->layerChecked = {6, 6};
    GradientCheck check;
    int i = 0;
    for (int l = 1; l <= 2; ++l) {
        for (int j = 0; j < 2; ++j) {
            for (int k = 0; k <= 2; ++k) {
                const ParameterIndex index{l, j, k == 2 ? -1 : k};
                const double error = (l == 1 && j == 0 && k == 2) ? badError : 1e-10 * (i + 1);
                report->parameters.push_back({index, 0.1 + i, (0.1 + i) * (1 + error), error});
                ++i;
            }
        }
    }
    check.worstRelativeError = badError;
    check.worstLayer = 1;
    check.worstRow = 0;
    check.worstColumn = -1;
    report->check = std::make_shared<const GradientCheck>(check);
    report->forwardPasses = 24;
    return report;
}

TEST(GradientCheckText, AgreementReadsAsTheBriefAsks)
{
    const auto report = handMadeReport(3.1e-9);
    EXPECT_FALSE(report->isAlarming());
    EXPECT_EQ(summaryText(*report),
              QStringLiteral("Backprop agrees with the numerical derivative: worst relative "
                             "error 3.1 × 10⁻⁹ over 12 parameters (h = 10⁻⁵)"));
    const QString explanation = explanationText(*report);
    EXPECT_TRUE(explanation.contains(QStringLiteral("all 12 derivatives in one backward pass")))
        << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("24 forward passes"))) << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("gets the same numbers"))) << explanation.toStdString();
    EXPECT_EQ(provenanceText(*report),
              QStringLiteral("Sample “x = (0.05, 0.10)” of the 2-2-2 network, weights as of 09:30:05."));
}

TEST(GradientCheckText, ALargeErrorRaisesTheAlarmAndNamesTheParameter)
{
    const auto report = handMadeReport(0.25);
    EXPECT_TRUE(report->isAlarming());
    EXPECT_EQ(report->countAbove(kAgreementThreshold), 1);
    const QString summary = summaryText(*report);
    EXPECT_TRUE(summary.startsWith(QStringLiteral("Backprop and the numerical derivative disagree")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("2.5 × 10⁻¹ at b¹₁"))) << summary.toStdString();
    EXPECT_TRUE(explanationText(*report).contains(QStringLiteral("all but 1 of them")));
    report->loss = 0.3;
    EXPECT_TRUE(alarmAdviceText(*report).contains(QStringLiteral("far larger")))
        << alarmAdviceText(*report).toStdString();
    EXPECT_TRUE(alarmAdviceText(*report).contains(QStringLiteral("mistake in the backward pass")));

    // A relative error of 4·10⁻⁶ on a derivative of 10⁻⁴ is an absolute 4·10⁻¹⁰: with E = 10 and
    // h = 10⁻⁵, rounding alone gives 2·10⁻¹⁰, so the advice blames rounding.
    const auto slight = handMadeReport(4e-6);
    slight->parameters[2].analytic = 1e-4;
    slight->parameters[2].numeric = 1e-4 + 4e-10;
    slight->loss = 10.0;
    EXPECT_TRUE(slight->isAlarming());
    EXPECT_TRUE(summaryText(*slight).startsWith(
        QStringLiteral("Backprop and the numerical derivative differ slightly")));
    const QString advice = alarmAdviceText(*slight);
    EXPECT_TRUE(advice.contains(QStringLiteral("rounding, not a mistake"))) << advice.toStdString();
    EXPECT_TRUE(advice.contains(QStringLiteral("ε·E/h ≈ 2.2 × 10⁻¹⁰"))) << advice.toStdString();

    const auto broken = handMadeReport(std::nan(""));
    EXPECT_TRUE(broken->isAlarming());
    EXPECT_TRUE(summaryText(*broken).contains(QStringLiteral("NaN")));
    EXPECT_TRUE(alarmAdviceText(*broken).contains(QStringLiteral("diverged")));
}

TEST(GradientCheckText, TheErrorScaleIsSequentialAndEndsInTheAlarmColour)
{
    auto lightness = [](double error) { return relativeErrorColor(error).lightnessF(); };
    double previous = 2.0;
    for (int exponent = -14; exponent <= 1; ++exponent) {
        const double l = lightness(std::pow(10.0, exponent));
        EXPECT_LE(l, previous + 1e-9) << "at 10^" << exponent;
        previous = l;
    }
    EXPECT_GT(lightness(1e-12), 0.9);
    EXPECT_EQ(relativeErrorColor(1.0), palette::alarmColor());
    EXPECT_EQ(relativeErrorColor(std::nan("")), palette::alarmColor());
    EXPECT_EQ(relativeErrorColor(0.0), relativeErrorColor(1e-13));
}

TEST(GradientCheckModel, SortsWorstFirstAndShadesTheAlarm)
{
    GradientCheckModel model;
    model.setReport(handMadeReport(0.25));
    ASSERT_EQ(model.rowCount(), 12);
    ASSERT_EQ(model.columnCount(), 4);
    const int errorColumn = GradientCheckModel::RelativeErrorColumn;
    EXPECT_EQ(model.index(0, GradientCheckModel::ParameterColumn).data().toString(), QStringLiteral("b¹₁"));
    EXPECT_EQ(model.index(0, errorColumn).data().toString(), QStringLiteral("2.5e\u22121"));
    for (int r = 1; r < model.rowCount(); ++r)
        EXPECT_GE(model.index(r - 1, errorColumn).data(GradientCheckModel::ValueRole).toDouble(),
                  model.index(r, errorColumn).data(GradientCheckModel::ValueRole).toDouble())
            << "row " << r;
    const QColor worst = model.index(0, errorColumn).data(Qt::BackgroundRole).value<QColor>();
    const QColor best = model.index(11, errorColumn).data(Qt::BackgroundRole).value<QColor>();
    EXPECT_LT(worst.lightnessF(), 0.6);
    EXPECT_GT(best.lightnessF(), 0.85);
    EXPECT_EQ(model.index(0, errorColumn).data(Qt::ForegroundRole).value<QColor>(), palette::textOn(worst));

    model.sort(GradientCheckModel::ParameterColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, GradientCheckModel::ParameterColumn).data().toString(), QStringLiteral("w¹₁₁"));
    EXPECT_EQ(model.index(11, GradientCheckModel::ParameterColumn).data().toString(), QStringLiteral("b²₂"));
    model.sort(GradientCheckModel::BackpropColumn, Qt::DescendingOrder);
    EXPECT_DOUBLE_EQ(
        model.index(0, GradientCheckModel::BackpropColumn).data(GradientCheckModel::ValueRole).toDouble(),
        11.1);
}

TEST(GradientCheckModel, NaNSortsAsTheWorst)
{
    auto report = handMadeReport(1e-9);
    report->parameters[7].relativeError = std::nan("");
    GradientCheckModel model;
    model.setReport(report);
    EXPECT_EQ(model.index(0, GradientCheckModel::RelativeErrorColumn).data().toString(),
              QStringLiteral("NaN"));
    EXPECT_EQ(
        model.index(0, GradientCheckModel::RelativeErrorColumn).data(Qt::BackgroundRole).value<QColor>(),
        palette::alarmColor());
}

} // namespace
} // namespace bp::ui
