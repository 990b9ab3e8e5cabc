#include "ui/rate_spin_box.h"

#include "core/optimizer.h"

#include <limits>

namespace bp::ui {

RateSpinBox::RateSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    // The spin box rounds every value to its decimals: with the most it allows, nothing is lost.
    setDecimals(323);
    setRange(std::numeric_limits<double>::min(), kMaxLearningRate);
    setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
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

} // namespace bp::ui
