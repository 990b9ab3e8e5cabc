#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QPainter;

namespace bp::ui {

/// One colour scale on show, with the range its ends stand for.
struct LegendEntry {
    enum class Kind {
        /// The diverging scale of palette::signedColor, from −scale (blue) through 0 to +scale.
        Signed,
        /// The sequential scale of palette::activationColor, from low to high.
        Sequential,
        /// The logarithmic scale of palette::relativeErrorColor, from low to scale (powers of ten),
        /// with the alarm threshold palette::kRelativeErrorAlarm marked.
        RelativeError,
        /// The saturation view's shapes, no colour scale: the σ′ gauge (`label`), the saturated
        /// badge (`saturatedText`) and the dead badge (`deadText`), each with its word.
        Marks,
    };
    Kind kind = Kind::Sequential;
    /// What the colour stands for: "w", "δ", "∂E/∂w", "activation a", "σ′(z)".
    QString label;
    /// Signed: the value drawn fully saturated. Sequential, RelativeError: the value of the deep end.
    double scale = 1.0;
    /// Sequential, RelativeError: the value of the pale end.
    double low = 0.0;
    /// A text for the deep end instead of the number (e.g. "¼" for the logistic's max σ′).
    QString highText;
    /// Marks: the words beside the saturated and dead badges.
    QString saturatedText;
    QString deadText;

    bool operator==(const LegendEntry &) const = default;
};

/// Paints one legend entry: its label, the colour bar and the tick labels under the bar, with
/// its top-left corner at topLeft. fontPixels sets the size of everything. Returns the entry's size.
QSizeF paintLegendEntry(QPainter &painter, QPointF topLeft, const LegendEntry &entry, double fontPixels);
/// The size paintLegendEntry would use.
QSizeF legendEntrySize(const LegendEntry &entry, double fontPixels);

/// The colour scales of the network view with their numbers, as a widget of its own (for a side
/// panel or a toolbar): entries flow left to right and wrap when the width runs out.
class ColorLegend : public QWidget {
    Q_OBJECT
public:
    explicit ColorLegend(QWidget *parent = nullptr);

    const QList<LegendEntry> &entries() const { return m_entries; }

    /// Pixel size of the legend's text (the bars scale with it); the default follows the font.
    void setFontPixels(double pixels);
    double fontPixels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

public slots:
    /// Replaces the scales on show (connect NetworkView::legendChanged here).
    void setEntries(const QList<LegendEntry> &entries);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// Top-left corner of each entry when laid out in a width; the last point is the total size.
    QList<QPointF> layoutEntries(double width) const;

    QList<LegendEntry> m_entries;
    double m_fontPixels = 0.0;
};

} // namespace bp::ui
