#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

#include <array>

class QSettings;

namespace bp::ui {

/// The look of the whole window: light (the classic look), dark, or high contrast (black on
/// white, text at 7:1 or more, thicker strokes).
enum class ThemeKind { Light, Dark, HighContrast };

/// The diverging scale of signed values (w, δ, ∂E/∂w). Each keeps its two ends apart from each
/// other and from zero under protanopia, deuteranopia and tritanopia (tests/ui/style/theme_test.cpp).
enum class SignedScale { BlueOrange, PurpleGreen, BlueRed };

/// Every colour the drawing code uses, for one theme and one signed scale.
struct ThemeColors {
    QColor canvas;
    QColor ink;
    /// Secondary text: captions, provenance, axis titles.
    QColor mutedInk;
    /// Lines and minor marks that must not compete with the data (also the odd small label).
    QColor faintInk;
    /// Panels set off from the canvas: the equation's box, table headers, tool tips.
    QColor surface;
    QColor surfaceBorder;
    QColor grid;
    QColor minorGrid;
    QColor alarm;
    /// Text that warns without alarming (a saturated neuron, stale results).
    QColor warningInk;
    QColor highlight;
    QColor accuracy;
    /// Dark translucent wash for shadows and hover rows; its alpha suits the canvas.
    QColor shade;
    /// Outline drawn around marks and text so they stand out from what lies under them.
    QColor halo;
    QColor signedNegative;
    QColor signedNeutral;
    QColor signedPositive;
    std::array<QColor, 3> activation;
    std::array<QColor, 4> relativeError;
    QColor inputLayer;
    std::array<QColor, 6> layers;
    /// Categorical hues of the patterns and classes (Okabe–Ito, adapted to the canvas).
    std::array<QColor, 8> categories;
    /// Multiplies the width of strokes that carry data (edges, chart lines).
    double strokeScale = 1.0;
    /// Multiplies the size of the text of the graph and the equations (larger in high contrast).
    double textScale = 1.0;
};

/// The current theme of the application. The free functions in ui/palette.h read it, so drawing
/// code keeps calling them; widgets that cache a colour (charts, style sheets, HTML) listen to
/// changed() and restyle. Setting a theme also sets the application's QPalette (Fusion style).
class Theme : public QObject {
    Q_OBJECT

public:
    /// The one theme of the application (created on first use, lives until exit).
    static Theme &instance();

    ThemeKind kind() const { return m_kind; }
    SignedScale signedScale() const { return m_scale; }
    const ThemeColors &colors() const { return m_colors; }

    void setKind(ThemeKind kind);
    void setSignedScale(SignedScale scale);

    /// Reads "ui/theme" and "ui/signedPalette" (unknown values fall back to the defaults).
    void load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// The colours of a theme without switching to it.
    static ThemeColors colorsFor(ThemeKind kind, SignedScale scale);
    /// The widget palette (QPalette roles) of a theme.
    static QPalette widgetPaletteFor(ThemeKind kind);

    /// Names as stored in the settings ("light", "dark", "high-contrast"; "blue-orange", …).
    static QString keyOf(ThemeKind kind);
    static QString keyOf(SignedScale scale);
    static ThemeKind themeFromKey(const QString &key, ThemeKind fallback = ThemeKind::Light);
    static SignedScale scaleFromKey(const QString &key, SignedScale fallback = SignedScale::BlueOrange);
    /// Names for people, translated.
    static QString displayName(ThemeKind kind);
    static QString displayName(SignedScale scale);

    static constexpr std::array<ThemeKind, 3> kAllKinds = {ThemeKind::Light, ThemeKind::Dark,
                                                           ThemeKind::HighContrast};
    static constexpr std::array<SignedScale, 3> kAllScales = {SignedScale::BlueOrange,
                                                              SignedScale::PurpleGreen, SignedScale::BlueRed};

signals:
    /// The theme or the signed scale changed; everything drawn must be drawn again.
    void changed();

private:
    Theme();
    void apply();

    ThemeKind m_kind = ThemeKind::Light;
    SignedScale m_scale = SignedScale::BlueOrange;
    ThemeColors m_colors;
};

} // namespace bp::ui
