#include "ui/gradcheck/gradient_check_report.h"

#include "ui/style/value_format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>
#include <limits>

namespace bp::ui {

namespace {

QString minus()
{
    return QString(QChar(kMinusSign));
}

// Mantissa and exponent of |value| rounded to `digits` significant digits (9.96e−5 → 1.0, −4).
std::pair<double, int> decompose(double value, int digits)
{
    int exponent = static_cast<int>(std::floor(std::log10(std::abs(value))));
    const double scale = std::pow(10.0, digits - 1);
    double mantissa = std::round(std::abs(value) / std::pow(10.0, exponent) * scale) / scale;
    if (mantissa >= 10.0) {
        mantissa /= 10.0;
        ++exponent;
    }
    return {mantissa, exponent};
}

QString coverageText(const GradientCheckReport &report)
{
    QStringList parts;
    for (std::size_t i = 0; i < report.layerParameters.size(); ++i) {
        const int l = static_cast<int>(i) + 1;
        const std::int64_t all = report.layerParameters[i];
        const std::int64_t checked = report.layerChecked[i];
        if (checked == all)
            parts << QCoreApplication::translate("GradientCheckReport", "all %1 of layer %2")
                         .arg(formatCount(all))
                         .arg(l);
        else
            parts << QCoreApplication::translate("GradientCheckReport", "%1 of layer %2’s %3")
                         .arg(formatCount(checked))
                         .arg(l)
                         .arg(formatCount(all));
    }
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return parts.join(QStringLiteral(", ")) + QCoreApplication::translate("GradientCheckReport", " and ") +
           last;
}

QString parametersChecked(const GradientCheckReport &report)
{
    if (!report.sampled)
        return QCoreApplication::translate("GradientCheckReport", "%1 parameters")
            .arg(formatCount(report.checkedCount()));
    return QCoreApplication::translate("GradientCheckReport", "%1 of %2 parameters")
        .arg(formatCount(report.checkedCount()), formatCount(report.parameterCount()));
}

QString stepText(double step)
{
    return QStringLiteral("h = ") + formatPowerOfTen(step);
}

} // namespace

void fillCoverage(GradientCheckReport &report)
{
    const Network &network = *report.network;
    report.sampled = isSampled(network, report.plan);
    report.layerParameters.clear();
    report.layerChecked.clear();
    for (int l = 1; l <= network.layerCount(); ++l) {
        const Layer &layer = network.layer(l);
        report.layerParameters.push_back(static_cast<std::int64_t>(layer.weights.rows()) *
                                         (layer.weights.cols() + 1));
        report.layerChecked.push_back(plannedCount(network, report.plan, l));
    }
}

std::shared_ptr<const ShownGradientCheck> shownCheckOf(const GradientCheckReport &report, bool stale)
{
    auto shown = std::make_shared<ShownGradientCheck>();
    shown->network = report.network;
    shown->input = report.input.leftCols(std::min<Eigen::Index>(report.input.cols(), 1));
    shown->target = report.target.leftCols(std::min<Eigen::Index>(report.target.cols(), 1));
    shown->sample = report.sample;
    shown->requestedAtMs = report.requestedAt.isValid() ? report.requestedAt.msecsSinceStartOfDay() : 0;
    shown->step = report.step;
    shown->plan = report.plan;
    shown->parameters = report.parameters;
    if (report.check) {
        shown->worstRelativeError = report.check->worstRelativeError;
        shown->worst = {report.check->worstLayer, report.check->worstRow, report.check->worstColumn};
    }
    shown->forwardPasses = report.forwardPasses;
    shown->backpropSeconds = report.backpropSeconds;
    shown->differenceSeconds = report.differenceSeconds;
    shown->nearestKink = report.nearestKink;
    shown->loss = report.loss;
    shown->stale = stale;
    return shown;
}

std::shared_ptr<const GradientCheckReport> reportOf(const ShownGradientCheck &shown)
{
    auto report = std::make_shared<GradientCheckReport>();
    report->network = shown.network;
    report->input = shown.input;
    report->target = shown.target;
    report->sample = shown.sample;
    // The name the lecturer's window gives the sample on show, in this window's language.
    if (shown.sample >= 0)
        report->sampleName = QCoreApplication::translate("WindowPanels", "sample %1").arg(shown.sample + 1);
    report->requestedAt = QTime::fromMSecsSinceStartOfDay(shown.requestedAtMs);
    report->step = shown.step;
    report->plan = shown.plan;
    fillCoverage(*report);
    // The matrices the graph colours its edges by: the lecturer's numbers where the check nudged a
    // parameter, NaN (not checked) elsewhere.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto check = std::make_shared<GradientCheck>();
    for (const Layer &layer : shown.network->layers()) {
        const Matrix weights = Matrix::Constant(layer.weights.rows(), layer.weights.cols(), nan);
        const Vector biases = Vector::Constant(layer.biases.size(), nan);
        check->analyticWeights.push_back(weights);
        check->numericWeights.push_back(weights);
        check->relativeErrorWeights.push_back(weights);
        check->analyticBiases.push_back(biases);
        check->numericBiases.push_back(biases);
        check->relativeErrorBiases.push_back(biases);
    }
    for (const CheckedParameter &p : shown.parameters) {
        const auto l = static_cast<std::size_t>(p.index.layer - 1);
        if (p.index.isBias()) {
            check->analyticBiases[l](p.index.row) = p.analytic;
            check->numericBiases[l](p.index.row) = p.numeric;
            check->relativeErrorBiases[l](p.index.row) = p.relativeError;
        } else {
            check->analyticWeights[l](p.index.row, p.index.column) = p.analytic;
            check->numericWeights[l](p.index.row, p.index.column) = p.numeric;
            check->relativeErrorWeights[l](p.index.row, p.index.column) = p.relativeError;
        }
    }
    check->worstRelativeError = shown.worstRelativeError;
    check->worstLayer = shown.worst.layer;
    check->worstRow = shown.worst.row;
    check->worstColumn = shown.worst.column;
    report->check = std::move(check);
    report->parameters = shown.parameters;
    report->forwardPasses = shown.forwardPasses;
    report->backpropSeconds = shown.backpropSeconds;
    report->differenceSeconds = shown.differenceSeconds;
    report->nearestKink = shown.nearestKink;
    report->loss = shown.loss;
    return report;
}

std::int64_t GradientCheckReport::parameterCount() const
{
    return network ? network->parameterCount() : 0;
}

double GradientCheckReport::roundingNoise() const
{
    return std::numeric_limits<double>::epsilon() * std::abs(loss) / step;
}

const CheckedParameter *GradientCheckReport::worst() const
{
    if (!check || check->worstLayer == 0)
        return nullptr;
    const ParameterIndex index{check->worstLayer, check->worstRow, check->worstColumn};
    for (const CheckedParameter &parameter : parameters) {
        if (parameter.index == index)
            return &parameter;
    }
    return nullptr;
}

int GradientCheckReport::countAbove(double threshold) const
{
    int count = 0;
    for (const CheckedParameter &parameter : parameters) {
        if (!(parameter.relativeError <= threshold))
            ++count;
    }
    return count;
}

bool GradientCheckReport::isAlarming() const
{
    return !(worstRelativeError() <= kAgreementThreshold);
}

bool GradientCheckReport::hasKinks() const
{
    if (!network)
        return false;
    for (const Layer &layer : network->layers()) {
        if (layer.activation == Activation::Relu || layer.activation == Activation::LeakyRelu)
            return true;
    }
    return false;
}

QString formatRelativeError(double error)
{
    if (std::isnan(error))
        return QStringLiteral("NaN");
    if (std::isinf(error))
        return QStringLiteral("\u221E");
    if (error == 0.0)
        return QStringLiteral("0");
    const auto [mantissa, exponent] = decompose(error, 2);
    return (error < 0.0 ? minus() : QString()) + QString::number(mantissa, 'f', 1) + u'e' +
           (exponent < 0 ? minus() : QString()) + QString::number(std::abs(exponent));
}

QString formatPowerOfTen(double value, int digits)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return (value < 0.0 ? minus() : QString()) + QStringLiteral("\u221E");
    if (value == 0.0)
        return QStringLiteral("0");
    const auto [mantissa, exponent] = decompose(value, digits);
    const QString sign = value < 0.0 ? minus() : QString();
    const QString power = QStringLiteral("10") + superscriptNumber(exponent);
    if (mantissa == 1.0)
        return sign + power;
    return sign + QString::number(mantissa, 'f', std::max(digits - 1, 0)) + QStringLiteral(" \u00D7 ") +
           power;
}

QString formatCount(std::int64_t count)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(static_cast<qlonglong>(count));
}

QString formatDuration(double seconds)
{
    if (seconds < 0.001)
        return QString::number(std::max(1.0, std::round(seconds * 1e6))) + QStringLiteral(" µs");
    if (seconds < 0.01)
        return QString::number(seconds * 1000.0, 'f', 1) + QStringLiteral(" ms");
    if (seconds < 1.0)
        return QString::number(std::round(seconds * 1000.0)) + QStringLiteral(" ms");
    return QString::number(seconds, 'f', 1) + QStringLiteral(" s");
}

QString parameterSymbol(const ParameterIndex &index)
{
    if (index.isBias())
        return indexedSymbol(QStringLiteral("b"), index.layer, index.row + 1);
    return indexedSymbol(QStringLiteral("w"), index.layer, index.row + 1, index.column + 1);
}

QString networkShape(const Network &network)
{
    QStringList sizes;
    for (int size : network.sizes())
        sizes << QString::number(size);
    return sizes.join(u'-');
}

QString summaryText(const GradientCheckReport &report)
{
    if (report.checkedCount() == 0)
        return QCoreApplication::translate("GradientCheckReport", "No parameter was checked.");
    const double worst = report.worstRelativeError();
    if (std::isnan(worst) || std::isinf(worst))
        return QCoreApplication::translate(
            "GradientCheckReport",
            "No comparison possible: the loss or a derivative is not a number (NaN or ∞)");
    const QString over = QCoreApplication::translate("GradientCheckReport", "over %1 (%2)")
                             .arg(parametersChecked(report), stepText(report.step));
    if (worst <= kAgreementThreshold)
        return QCoreApplication::translate(
                   "GradientCheckReport",
                   "Backprop agrees with the numerical derivative: worst relative error %1 %2")
            .arg(formatPowerOfTen(worst), over);
    const CheckedParameter *where = report.worst();
    const QString at = where ? QStringLiteral(" at ") + parameterSymbol(where->index) : QString();
    const QString verdict =
        worst <= kDisagreementThreshold
            ? QCoreApplication::translate("GradientCheckReport",
                                          "Backprop and the numerical derivative differ slightly")
            : QCoreApplication::translate("GradientCheckReport",
                                          "Backprop and the numerical derivative disagree");
    return QCoreApplication::translate("GradientCheckReport", "%1: worst relative error %2%3, %4")
        .arg(verdict, formatPowerOfTen(worst), at, over);
}

QString provenanceText(const GradientCheckReport &report)
{
    const QString shape = report.network ? networkShape(*report.network) : QStringLiteral("?");
    const QString sample =
        report.sampleName.isEmpty()
            ? QCoreApplication::translate("GradientCheckReport", "The sample")
            : QCoreApplication::translate("GradientCheckReport", "Sample “%1”").arg(report.sampleName);
    return QCoreApplication::translate("GradientCheckReport", "%1 of the %2 network, weights as of %3.")
        .arg(sample, shape, report.requestedAt.toString(QStringLiteral("HH:mm:ss")));
}

QString explanationText(const GradientCheckReport &report)
{
    const QString all = formatCount(report.parameterCount());
    const QString passes = formatCount(report.forwardPasses);
    QString text =
        QCoreApplication::translate(
            "GradientCheckReport",
            "Backprop computes all %1 derivatives in one backward pass (%2 with the forward pass). ")
            .arg(all, formatDuration(report.backpropSeconds));
    if (report.sampled) {
        const double perPass = report.forwardPasses > 0
                                   ? report.differenceSeconds / static_cast<double>(report.forwardPasses)
                                   : 0.0;
        const double everyOne = perPass * 2.0 * static_cast<double>(report.parameterCount());
        text += QCoreApplication::translate(
                    "GradientCheckReport",
                    "Nudging each by ±h would take %1 forward passes (about %2 here), so the check "
                    "nudges a seeded random sample, %3: %4 forward passes, %5")
                    .arg(formatCount(2 * report.parameterCount()), formatDuration(everyOne),
                         coverageText(report), passes, formatDuration(report.differenceSeconds));
    } else {
        text += QCoreApplication::translate(
                    "GradientCheckReport",
                    "The check nudges each weight and bias by ±h and re-runs the forward pass "
                    "twice per parameter: %1 forward passes, %2")
                    .arg(passes, formatDuration(report.differenceSeconds));
    }
    const int different = report.countAbove(kAgreementThreshold);
    if (different == 0)
        text += QCoreApplication::translate("GradientCheckReport", " — and gets the same numbers.");
    else if (different == report.checkedCount())
        text += QCoreApplication::translate("GradientCheckReport",
                                            " — and gets different numbers for all of them.");
    else
        text += QCoreApplication::translate("GradientCheckReport",
                                            " — and gets the same numbers for all but %1 of them.")
                    .arg(formatCount(different));
    return text;
}

QString alarmAdviceText(const GradientCheckReport &report)
{
    const double worst = report.worstRelativeError();
    if (std::isnan(worst) || std::isinf(worst))
        return QCoreApplication::translate(
            "GradientCheckReport", "The network has diverged: a weight, an activation or the loss is NaN or "
                                   "infinite. Reset it or lower the learning rate, then check again.");
    if (report.hasKinks()) {
        QString text = QCoreApplication::translate(
            "GradientCheckReport", "This network uses ReLU. Where a neuron’s z lies within about h of the "
                                   "kink at 0, the nudge ±h crosses the kink and the central difference "
                                   "mixes two slopes: there the check is wrong, not backprop.");
        const KinkProximity &kink = report.nearestKink;
        if (kink.layer > 0 && std::abs(kink.weightedInput) < 100.0 * report.step)
            text += QCoreApplication::translate("GradientCheckReport", " Here %1 = %2.")
                        .arg(indexedSymbol(QStringLiteral("z"), kink.layer, kink.neuron + 1),
                             formatPowerOfTen(kink.weightedInput));
        return text;
    }
    // Rounding: E(w ± h) is known to about 16 digits, so the difference quotient carries an absolute
    // error near ε·E/h, which is large beside a tiny derivative.
    const double noise = report.roundingNoise();
    const CheckedParameter *where = report.worst();
    const double difference = where ? std::abs(where->analytic - where->numeric) : 0.0;
    const QString rounding =
        QCoreApplication::translate(
            "GradientCheckReport",
            "E = %1 is known to about 16 digits, so every central difference carries a rounding "
            "error near ε·E/h ≈ %2.")
            .arg(formatSignificant(report.loss, 3), formatPowerOfTen(noise));
    if (where && difference <= 50.0 * noise)
        return rounding + QCoreApplication::translate(
                              "GradientCheckReport",
                              " The worst difference, %1, is of that size: rounding, not a mistake in "
                              "backprop. A larger h makes it smaller. (The other usual cause, a ReLU kink "
                              "within h, cannot occur: this network has none.)")
                              .arg(formatPowerOfTen(difference));
    return rounding + QCoreApplication::translate(
                          "GradientCheckReport",
                          " The worst difference, %1, is far larger, and this network has no ReLU kink "
                          "that h could straddle: that points to a mistake in the backward pass, or to a "
                          "loss that does not fit the output layer.")
                          .arg(formatPowerOfTen(difference));
}

QString plannedCheckText(const Network &network, const CheckPlan &plan)
{
    const std::int64_t all = network.parameterCount();
    QString text = QCoreApplication::translate(
                       "GradientCheckReport", "Backprop gets all %1 derivatives ∂E/∂w in one backward pass. ")
                       .arg(formatCount(all));
    if (!isSampled(network, plan))
        return text + QCoreApplication::translate(
                          "GradientCheckReport",
                          "The check nudges each weight and bias by ±h and re-runs the forward pass "
                          "twice per parameter — %1 forward passes — to see whether the numbers agree.")
                          .arg(formatCount(2 * all));
    const std::int64_t checked = plannedCount(network, plan);
    return text + QCoreApplication::translate(
                      "GradientCheckReport",
                      "Nudging every one by ±h would take %1 forward passes, so the check takes a "
                      "seeded random sample of %2 (at most %3 per layer): %4 forward passes.")
                      .arg(formatCount(2 * all), formatCount(checked), formatCount(plan.samplePerLayer),
                           formatCount(2 * checked));
}

} // namespace bp::ui
