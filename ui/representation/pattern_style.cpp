#include "ui/representation/pattern_style.h"

#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <array>
#include <cmath>

namespace bp::ui {

QColor patternColor(int index)
{
    // Okabe–Ito's eight (blue, vermillion, bluish green, reddish purple, sky blue, gold, near
    // black, orange), adapted to the theme's canvas.
    constexpr int kCategories = 8;
    if (index < 0)
        return palette::faintInkColor();
    if (index < kCategories)
        return palette::categoryColor(index);
    // The golden angle spreads any number of hues; lightness alternates so neighbours differ twice.
    const double hue = std::fmod(index * 137.508, 360.0) / 360.0;
    return QColor::fromHslF(static_cast<float>(hue), 0.65f, index % 2 ? 0.42f : 0.55f);
}

QStringList patternLabels(int count)
{
    QStringList labels;
    labels.reserve(count);
    for (int i = 0; i < count; ++i)
        labels << QString::number(i + 1);
    return labels;
}

QString compactFixed(double value, int decimals)
{
    QString text = formatFixed(value, decimals);
    if (text.startsWith(QStringLiteral("0.")))
        text.remove(0, 1);
    else if (text.size() > 2 && text[0] == QChar(kMinusSign) && text[1] == u'0' && text[2] == u'.')
        text.remove(1, 1);
    return text;
}

QFont monospaceFont(double pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    font.setPointSizeF(pointSize);
    return font;
}

int narrowestHiddenLayer(const std::vector<int> &sizes)
{
    int best = 0;
    for (std::size_t l = 1; l + 1 < sizes.size(); ++l) {
        if (best == 0 || sizes[l] < sizes[static_cast<std::size_t>(best)])
            best = static_cast<int>(l);
    }
    return best;
}

} // namespace bp::ui
