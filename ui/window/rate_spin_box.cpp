#include "ui/window/rate_spin_box.h"

#include "core/maths/optimizer.h"

#include <QFontMetrics>

#include <algorithm>
#include <limits>

namespace bp::ui {

RateSpinBox::RateSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    // The spin box rounds every value to its decimals: with the most it allows, nothing is lost.
    setDecimals(323);
    setRange(std::numeric_limits<double>::min(), kMaxLearningRate);
    setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    // Until the first snapshot tells the run's rate (a start-up question can hold it back), show
    // the default rate rather than the range's minimum, 2.2250738585072014e-308.
    setValue(OptimizerSettings{}.learningRate);
}

QString RateSpinBox::textFromValue(double value) const
{
    // The shortest text that reads back to the same double, plain where that is short.
    if (value >= 1e-4 && value < 1e7)
        return locale().toString(value, 'f', QLocale::FloatingPointShortest);
    return locale().toString(value, 'g', QLocale::FloatingPointShortest);
}

double RateSpinBox::valueFromText(const QString &text) const
{
    return locale().toDouble(text.trimmed());
}

QValidator::State RateSpinBox::validate(QString &text, int &) const
{
    bool ok = false;
    const double value = locale().toDouble(text.trimmed(), &ok);
    if (ok && value >= minimum() && value <= maximum())
        return QValidator::Acceptable;
    return QValidator::Intermediate;
}

int RateSpinBox::narrowing() const
{
    const QFontMetrics metrics = fontMetrics();
    // QAbstractSpinBox sizes itself for the longer of the two ends, cut at 18 characters.
    const int longest = std::max(metrics.horizontalAdvance(textFromValue(minimum()).left(18)),
                                 metrics.horizontalAdvance(textFromValue(maximum()).left(18)));
    return std::max(0, longest - metrics.horizontalAdvance(QStringLiteral("0.0001234")));
}

QSize RateSpinBox::sizeHint() const
{
    return QDoubleSpinBox::sizeHint() - QSize(narrowing(), 0);
}

QSize RateSpinBox::minimumSizeHint() const
{
    return QDoubleSpinBox::minimumSizeHint() - QSize(narrowing(), 0);
}

} // namespace bp::ui
