#include "ui/style/value_format.h"

#include <cmath>

namespace bp::ui {

namespace {

QString nonFinite(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    return value > 0.0 ? QStringLiteral("+\u221E") : QString(QChar(kMinusSign)) + QStringLiteral("\u221E");
}

bool isAllZero(const QString &digits)
{
    for (QChar c : digits) {
        if (c != u'0' && c != u'.')
            return false;
    }
    return true;
}

QString withSign(double value, const QString &magnitude, bool plusSign)
{
    if (isAllZero(magnitude))
        return magnitude;
    if (value < 0.0)
        return QChar(kMinusSign) + magnitude;
    return plusSign ? QLatin1Char('+') + magnitude : magnitude;
}

// "8.77e-06" → "8.77e−6": Qt's form, with the real minus and without the padding zero.
QString tidyScientific(const QString &text)
{
    const qsizetype e = text.indexOf(u'e');
    if (e < 0)
        return text;
    const QString mantissa = text.left(e);
    const int exponent = text.mid(e + 1).toInt();
    QString result = mantissa + u'e';
    if (exponent < 0)
        result += QChar(kMinusSign);
    return result + QString::number(std::abs(exponent));
}

} // namespace

QString formatFixed(double value, int decimals, bool plusSign)
{
    if (!std::isfinite(value))
        return nonFinite(value);
    return withSign(value, QString::number(std::abs(value), 'f', decimals), plusSign);
}

QString formatSignificant(double value, int digits, bool plusSign)
{
    if (!std::isfinite(value))
        return nonFinite(value);
    if (value == 0.0)
        return QStringLiteral("0");
    digits = std::max(digits, 1);
    const QString scientific = QString::number(std::abs(value), 'e', digits - 1);
    const double rounded = scientific.toDouble();
    QString magnitude;
    if (rounded >= 1e-3 && rounded < 1e5) {
        const int exponent = static_cast<int>(std::floor(std::log10(rounded)));
        magnitude = QString::number(rounded, 'f', std::max(0, digits - 1 - exponent));
    } else {
        magnitude = tidyScientific(scientific);
    }
    return withSign(value, magnitude, plusSign);
}

QString formatNeuronValue(double value)
{
    if (value == 0.0)
        return QStringLiteral("0.00");
    return formatSignificant(value, 3, true);
}

QString superscriptNumber(int number)
{
    static const char16_t digits[] = u"\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
    QString text;
    if (number < 0)
        text += QChar(u'\u207B');
    for (QChar c : QString::number(std::abs(number)))
        text += QChar(digits[c.digitValue()]);
    return text;
}

QString subscriptNumber(int number)
{
    QString text;
    if (number < 0)
        text += QChar(u'\u208B');
    for (QChar c : QString::number(std::abs(number)))
        text += QChar(static_cast<char16_t>(0x2080 + c.digitValue()));
    return text;
}

QString indexedSymbol(const QString &symbol, int layer, int first, int second)
{
    QString text = symbol + superscriptNumber(layer) + subscriptNumber(first);
    if (second >= 0) {
        if (first >= 10 || second >= 10)
            text += u',';
        text += subscriptNumber(second);
    }
    return text;
}

} // namespace bp::ui
