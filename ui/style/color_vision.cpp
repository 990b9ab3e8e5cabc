#include "ui/style/color_vision.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bp::ui::color_vision {

namespace {

using Matrix3 = std::array<std::array<double, 3>, 3>;

double toLinear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double fromLinear(double channel)
{
    channel = std::clamp(channel, 0.0, 1.0);
    return channel <= 0.0031308 ? channel * 12.92 : 1.055 * std::pow(channel, 1.0 / 2.4) - 0.055;
}

const Matrix3 &matrixOf(Deficiency deficiency)
{
    // Machado et al. (2009), table for severity 1.0.
    static const Matrix3 protanopia = {
        {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
    static const Matrix3 deuteranopia = {
        {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
    static const Matrix3 tritanopia = {
        {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};
    static const Matrix3 identity = {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
    switch (deficiency) {
    case Deficiency::Protanopia: return protanopia;
    case Deficiency::Deuteranopia: return deuteranopia;
    case Deficiency::Tritanopia: return tritanopia;
    case Deficiency::None: break;
    }
    return identity;
}

std::array<double, 3> linearOf(const QColor &color)
{
    return {toLinear(color.redF()), toLinear(color.greenF()), toLinear(color.blueF())};
}

std::array<double, 3> labOf(const QColor &color)
{
    const auto [r, g, b] = linearOf(color);
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

} // namespace

QColor simulate(const QColor &color, Deficiency deficiency)
{
    const Matrix3 &m = matrixOf(deficiency);
    const std::array<double, 3> in = linearOf(color);
    std::array<double, 3> out{};
    for (std::size_t i = 0; i < 3; ++i)
        out[i] = m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2];
    return QColor::fromRgbF(static_cast<float>(fromLinear(out[0])), static_cast<float>(fromLinear(out[1])),
                            static_cast<float>(fromLinear(out[2])), color.alphaF());
}

double relativeLuminance(const QColor &color)
{
    const auto [r, g, b] = linearOf(color);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double deltaE(const QColor &a, const QColor &b)
{
    const auto la = labOf(a);
    const auto lb = labOf(b);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

} // namespace bp::ui::color_vision
