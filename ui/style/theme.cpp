#include "ui/style/theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <memory>

namespace bp::ui {

namespace {

struct SignedEnds {
    QColor negative;
    QColor neutral;
    QColor positive;
};

// The ends per theme: on a dark canvas they are lighter, and zero is a grey just off the canvas,
// so a weight near zero fades into the background as it does on the light canvas.
SignedEnds signedEnds(ThemeKind kind, SignedScale scale)
{
    switch (kind) {
    case ThemeKind::Light:
        switch (scale) {
        case SignedScale::BlueOrange: // ColorBrewer RdBu's blue and PuOr's orange
            return {QColor(33, 102, 172), QColor(224, 224, 224), QColor(230, 97, 1)};
        case SignedScale::PurpleGreen: // ColorBrewer PRGn
            return {QColor(118, 42, 131), QColor(224, 224, 224), QColor(27, 120, 55)};
        case SignedScale::BlueRed: // ColorBrewer RdBu
            return {QColor(33, 102, 172), QColor(224, 224, 224), QColor(178, 24, 43)};
        }
        break;
    case ThemeKind::Dark:
        switch (scale) {
        case SignedScale::BlueOrange: return {QColor(92, 156, 230), QColor(78, 80, 86), QColor(247, 135, 40)};
        case SignedScale::PurpleGreen:
            return {QColor(190, 130, 210), QColor(78, 80, 86), QColor(90, 190, 110)};
        case SignedScale::BlueRed: return {QColor(92, 156, 230), QColor(78, 80, 86), QColor(240, 90, 90)};
        }
        break;
    case ThemeKind::HighContrast:
        switch (scale) {
        case SignedScale::BlueOrange: return {QColor(0, 70, 160), QColor(200, 200, 200), QColor(200, 70, 0)};
        case SignedScale::PurpleGreen:
            return {QColor(100, 20, 120), QColor(200, 200, 200), QColor(0, 110, 40)};
        case SignedScale::BlueRed: return {QColor(0, 70, 160), QColor(200, 200, 200), QColor(170, 0, 20)};
        }
        break;
    }
    return {QColor(33, 102, 172), QColor(224, 224, 224), QColor(230, 97, 1)};
}

ThemeColors lightColors()
{
    ThemeColors c;
    c.canvas = QColor(252, 252, 250);
    c.ink = QColor(33, 37, 41);
    c.mutedInk = QColor(85, 89, 94);
    // Dark enough for 3:1 on the canvas, the least that lines and large marks need (WCAG 1.4.11).
    c.faintInk = QColor(140, 140, 140);
    c.surface = QColor(241, 243, 245);
    c.surfaceBorder = QColor(218, 220, 224);
    c.grid = QColor(223, 223, 221);
    c.minorGrid = QColor(240, 240, 238);
    c.alarm = QColor(200, 0, 160);
    c.warningInk = QColor(154, 91, 0);
    c.highlight = QColor(255, 196, 0);
    c.accuracy = QColor(0, 114, 178);
    c.shade = QColor(0, 0, 0, 25);
    c.halo = QColor(255, 255, 255, 235);
    c.activation = {QColor(247, 252, 240), QColor(123, 204, 196), QColor(8, 88, 158)};
    c.relativeError = {QColor(244, 244, 238), QColor(214, 204, 226), QColor(214, 120, 192), c.alarm};
    c.inputLayer = QColor(110, 110, 110);
    // After Okabe–Ito's colour-blind-safe set, without the orange and blue the signed scale uses.
    c.layers = {QColor(0, 158, 115),   QColor(204, 121, 167), QColor(86, 180, 233),
                QColor(117, 112, 179), QColor(190, 160, 0),   QColor(140, 86, 75)};
    c.categories = {QColor(0, 114, 178),  QColor(213, 94, 0),  QColor(0, 158, 115), QColor(204, 121, 167),
                    QColor(86, 180, 233), QColor(190, 145, 0), QColor(60, 60, 60),  QColor(230, 159, 0)};
    return c;
}

ThemeColors darkColors()
{
    ThemeColors c;
    c.canvas = QColor(30, 32, 36);
    c.ink = QColor(232, 234, 237);
    c.mutedInk = QColor(178, 182, 189);
    c.faintInk = QColor(122, 126, 133);
    c.surface = QColor(43, 46, 52);
    c.surfaceBorder = QColor(66, 70, 78);
    c.grid = QColor(58, 62, 68);
    c.minorGrid = QColor(42, 45, 50);
    c.alarm = QColor(255, 92, 205);
    c.warningInk = QColor(240, 175, 95);
    c.highlight = QColor(255, 196, 0);
    c.accuracy = QColor(110, 175, 245);
    c.shade = QColor(0, 0, 0, 90);
    c.halo = QColor(30, 32, 36, 235);
    // Dark (near the canvas) at 0, bright at 1: on a dark canvas "more" reads as "more light".
    c.activation = {QColor(40, 46, 50), QColor(38, 128, 132), QColor(140, 225, 210)};
    c.relativeError = {QColor(44, 46, 52), QColor(88, 78, 110), QColor(190, 90, 170), c.alarm};
    c.inputLayer = QColor(150, 152, 156);
    c.layers = {QColor(0, 190, 140),   QColor(225, 150, 190), QColor(110, 195, 240),
                QColor(160, 155, 225), QColor(225, 195, 40),  QColor(195, 135, 118)};
    c.categories = {QColor(70, 160, 230),  QColor(240, 120, 40), QColor(0, 190, 140),   QColor(225, 150, 190),
                    QColor(120, 205, 245), QColor(225, 185, 40), QColor(200, 200, 200), QColor(245, 180, 60)};
    return c;
}

ThemeColors highContrastColors()
{
    ThemeColors c;
    c.canvas = QColor(255, 255, 255);
    c.ink = QColor(0, 0, 0);
    c.mutedInk = QColor(40, 40, 40);
    c.faintInk = QColor(80, 80, 80);
    c.surface = QColor(240, 240, 240);
    c.surfaceBorder = QColor(0, 0, 0);
    c.grid = QColor(160, 160, 160);
    c.minorGrid = QColor(210, 210, 210);
    c.alarm = QColor(150, 0, 115);
    c.warningInk = QColor(110, 55, 0);
    c.highlight = QColor(255, 170, 0);
    c.accuracy = QColor(0, 80, 160);
    c.shade = QColor(0, 0, 0, 40);
    c.halo = QColor(255, 255, 255, 250);
    c.activation = {QColor(255, 255, 255), QColor(60, 170, 160), QColor(0, 50, 110)};
    c.relativeError = {QColor(255, 255, 255), QColor(200, 185, 220), QColor(190, 70, 160), c.alarm};
    c.inputLayer = QColor(70, 70, 70);
    c.layers = {QColor(0, 125, 90),  QColor(175, 60, 130), QColor(0, 120, 190),
                QColor(90, 80, 170), QColor(140, 115, 0),  QColor(120, 60, 45)};
    c.categories = {QColor(0, 90, 160),  QColor(190, 70, 0),  QColor(0, 125, 90), QColor(175, 60, 130),
                    QColor(0, 140, 200), QColor(140, 105, 0), QColor(0, 0, 0),    QColor(210, 130, 0)};
    c.strokeScale = 1.6;
    c.textScale = 1.2;
    return c;
}

QPalette fusionPalette()
{
    static const QPalette standard = [] {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        return fusion ? fusion->standardPalette() : QPalette();
    }();
    return standard;
}

void setRoles(QPalette &p, QPalette::ColorGroup group, const QColor &window, const QColor &text,
              const QColor &base, const QColor &alternate, const QColor &button, const QColor &highlight,
              const QColor &highlightedText, const QColor &link)
{
    p.setColor(group, QPalette::Window, window);
    p.setColor(group, QPalette::WindowText, text);
    p.setColor(group, QPalette::Base, base);
    p.setColor(group, QPalette::AlternateBase, alternate);
    p.setColor(group, QPalette::ToolTipBase, base);
    p.setColor(group, QPalette::ToolTipText, text);
    p.setColor(group, QPalette::PlaceholderText, text);
    p.setColor(group, QPalette::Text, text);
    p.setColor(group, QPalette::Button, button);
    p.setColor(group, QPalette::ButtonText, text);
    p.setColor(group, QPalette::BrightText, QColor(255, 80, 80));
    p.setColor(group, QPalette::Highlight, highlight);
    p.setColor(group, QPalette::HighlightedText, highlightedText);
    p.setColor(group, QPalette::Link, link);
    p.setColor(group, QPalette::LinkVisited, link);
}

} // namespace

Theme &Theme::instance()
{
    static Theme *theme = new Theme; // lives until exit; widgets may read it while being destroyed
    return *theme;
}

Theme::Theme() : m_colors(colorsFor(m_kind, m_scale))
{
}

ThemeColors Theme::colorsFor(ThemeKind kind, SignedScale scale)
{
    ThemeColors c = kind == ThemeKind::Dark           ? darkColors()
                    : kind == ThemeKind::HighContrast ? highContrastColors()
                                                      : lightColors();
    const SignedEnds ends = signedEnds(kind, scale);
    c.signedNegative = ends.negative;
    c.signedNeutral = ends.neutral;
    c.signedPositive = ends.positive;
    return c;
}

QPalette Theme::widgetPaletteFor(ThemeKind kind)
{
    QPalette p = fusionPalette();
    if (kind == ThemeKind::Light) {
        // Fusion's own, but for a deeper selection blue: white on Fusion's blue is 3.7:1, below the
        // 4.5:1 that text needs.
        for (const auto group : {QPalette::Active, QPalette::Inactive})
            p.setColor(group, QPalette::Highlight, QColor(36, 104, 160));
        return p;
    }
    if (kind == ThemeKind::Dark) {
        for (const auto group : {QPalette::Active, QPalette::Inactive})
            setRoles(p, group, QColor(37, 40, 45), QColor(232, 234, 237), QColor(28, 30, 34),
                     QColor(44, 47, 53), QColor(52, 56, 62), QColor(50, 105, 175), QColor(255, 255, 255),
                     QColor(130, 180, 255));
        setRoles(p, QPalette::Disabled, QColor(37, 40, 45), QColor(128, 132, 140), QColor(34, 36, 40),
                 QColor(44, 47, 53), QColor(45, 48, 54), QColor(70, 74, 80), QColor(150, 150, 150),
                 QColor(100, 130, 170));
        p.setColor(QPalette::Light, QColor(70, 74, 80));
        p.setColor(QPalette::Midlight, QColor(58, 62, 68));
        p.setColor(QPalette::Mid, QColor(30, 32, 36));
        p.setColor(QPalette::Dark, QColor(20, 22, 25));
        p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    } else {
        for (const auto group : {QPalette::Active, QPalette::Inactive})
            setRoles(p, group, QColor(255, 255, 255), QColor(0, 0, 0), QColor(255, 255, 255),
                     QColor(235, 235, 235), QColor(255, 255, 255), QColor(0, 0, 0), QColor(255, 255, 255),
                     QColor(0, 0, 170));
        // Disabled text must still be read: dark grey, not the usual pale one.
        setRoles(p, QPalette::Disabled, QColor(255, 255, 255), QColor(70, 70, 70), QColor(245, 245, 245),
                 QColor(235, 235, 235), QColor(245, 245, 245), QColor(70, 70, 70), QColor(255, 255, 255),
                 QColor(60, 60, 130));
        // Fusion draws frames and bevels from these: black lines around every control.
        p.setColor(QPalette::Light, QColor(255, 255, 255));
        p.setColor(QPalette::Midlight, QColor(200, 200, 200));
        p.setColor(QPalette::Mid, QColor(0, 0, 0));
        p.setColor(QPalette::Dark, QColor(0, 0, 0));
        p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    }
    return p;
}

void Theme::setKind(ThemeKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    apply();
}

void Theme::setSignedScale(SignedScale scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    apply();
}

void Theme::apply()
{
    m_colors = colorsFor(m_kind, m_scale);
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QApplication::setPalette(widgetPaletteFor(m_kind));
        // Qt hands a new application palette on to existing widgets only inside exec(), and not to
        // widgets with a style sheet (the tool bars): hand it on ourselves. Resetting a window's
        // palette resolves it again from the application's and passes it down to the children,
        // which keep the roles they set themselves (a chart's canvas).
        const QWidgetList widgets = QApplication::allWidgets();
        for (QWidget *widget : widgets) {
            if (widget->isWindow() && !widget->testAttribute(Qt::WA_SetPalette))
                widget->setPalette(QPalette());
        }
        for (QWidget *widget : widgets) {
            if (widget->testAttribute(Qt::WA_StyleSheet) && !widget->styleSheet().isEmpty())
                widget->setStyleSheet(widget->styleSheet());
        }
    } else if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setPalette(widgetPaletteFor(m_kind));
    emit changed();
}

void Theme::load(const QSettings &settings)
{
    const ThemeKind kind = themeFromKey(settings.value(QStringLiteral("ui/theme")).toString(), m_kind);
    const SignedScale scale =
        scaleFromKey(settings.value(QStringLiteral("ui/signedPalette")).toString(), m_scale);
    m_kind = kind;
    m_scale = scale;
    // Applied even when nothing changed, so the application's palette is the theme's from the start.
    apply();
}

void Theme::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("ui/theme"), keyOf(m_kind));
    settings.setValue(QStringLiteral("ui/signedPalette"), keyOf(m_scale));
}

QString Theme::keyOf(ThemeKind kind)
{
    switch (kind) {
    case ThemeKind::Light: return QStringLiteral("light");
    case ThemeKind::Dark: return QStringLiteral("dark");
    case ThemeKind::HighContrast: return QStringLiteral("high-contrast");
    }
    return QStringLiteral("light");
}

QString Theme::keyOf(SignedScale scale)
{
    switch (scale) {
    case SignedScale::BlueOrange: return QStringLiteral("blue-orange");
    case SignedScale::PurpleGreen: return QStringLiteral("purple-green");
    case SignedScale::BlueRed: return QStringLiteral("blue-red");
    }
    return QStringLiteral("blue-orange");
}

ThemeKind Theme::themeFromKey(const QString &key, ThemeKind fallback)
{
    for (const ThemeKind kind : kAllKinds) {
        if (keyOf(kind) == key)
            return kind;
    }
    return fallback;
}

SignedScale Theme::scaleFromKey(const QString &key, SignedScale fallback)
{
    for (const SignedScale scale : kAllScales) {
        if (keyOf(scale) == key)
            return scale;
    }
    return fallback;
}

QString Theme::displayName(ThemeKind kind)
{
    switch (kind) {
    case ThemeKind::Light: return tr("Light");
    case ThemeKind::Dark: return tr("Dark");
    case ThemeKind::HighContrast: return tr("High contrast");
    }
    return {};
}

QString Theme::displayName(SignedScale scale)
{
    switch (scale) {
    case SignedScale::BlueOrange: return tr("Blue – orange (default)");
    case SignedScale::PurpleGreen: return tr("Purple – green");
    case SignedScale::BlueRed: return tr("Blue – red");
    }
    return {};
}

} // namespace bp::ui
