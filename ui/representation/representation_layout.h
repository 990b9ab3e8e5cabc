#pragma once

#include "core/maths/types.h"

#include <QFont>
#include <QSize>
#include <QString>
#include <QStringList>

namespace bp::ui {

// The representation table's pure logic: the texts of its rows, the style of its outputs, the
// positions of its columns for a size and fonts, and which rows are in view. RepresentationTable
// paints what these say and handles the events.

/// The type size the table prefers at the least, and the smallest it shrinks to (12 px) so that
/// every row stays on one line and in view.
inline constexpr double kRepresentationMinimumPoints = 12.0;
inline constexpr double kRepresentationSmallestPoints = 9.0;

/// How a sample's output is drawn.
enum class RepresentationOutputStyle {
    /// Shaded cells with their values printed (up to 3 units).
    Numbers,
    /// Small shaded squares, one per unit (up to 16 units).
    Squares,
    /// The unit with the largest value and that value.
    ArgMax,
};

/// The style for outputs of this many units.
RepresentationOutputStyle representationOutputStyle(Eigen::Index outputs);

/// Characters of a value printed with two decimals in the compact style (".88", "1.00", "−12.50"),
/// for the largest magnitude of the values and whether any is negative; at least 4.
int compactValueChars(double maxAbs, bool negative);

/// True when every value is 0 or 1: the inputs are then shown as bits.
bool isBinaryPattern(const Matrix &values);

/// The input of one sample, column `sample` of inputs (n₀ × m): bits ("00100000"; a long one-hot
/// pattern as "1 at 12 of 64"; other long bits cut with "…"), or the first numbers with two decimals.
QString patternInputText(const Matrix &inputs, int sample, bool bits);

/// The inputs of the first `rows` samples as patternInputText writes them, numbers right-aligned in
/// columns (for a fixed-pitch font) so that the rows line up.
QStringList patternInputTexts(const Matrix &inputs, int rows, bool bits);

/// The table's fonts at one type size, from the widget's font.
struct RepresentationFonts {
    QFont mono;
    QFont monoBold;
    QFont text;
    QFont header;
    QFont counter;
    QFont number;
    QFont legend;
};

RepresentationFonts representationFonts(const QFont &widgetFont, double points);

/// What the table shows, as far as the layout needs it.
struct RepresentationContent {
    bool hasData = false;
    /// The sample rows shown, and the lines of the scrolled area (one more for the note on the
    /// samples not shown).
    int rows = 0;
    int contentRows = 0;
    /// The code layer l (0 for none) and its units k (0 while unknown).
    int codeLayer = 0;
    int codeSize = 0;
    /// Units of the output.
    Eigen::Index outputs = 0;
    /// Characters of the widest value in a cell (compactValueChars).
    int valueChars = 4;
    QStringList inputTexts;
    /// The column titles, as painted.
    QString inputHeader;
    QString hiddenHeader;
    QString codeHeader;
    QString outputHeader;
};

/// Positions of everything, for a width, the fonts and the content.
struct RepresentationLayout {
    bool wrapped = false;
    bool scrolling = false;
    double margin = 6.0;
    double gap = 8.0;
    double lineHeight = 0.0;
    double rowHeight = 0.0;
    /// The row height the content needs; rowHeight adds part of the spare height.
    double baseRowHeight = 0.0;
    double summaryHeight = 0.0;
    double headerHeight = 0.0;
    /// The legend line at the bottom, which also says how many rows are not shown.
    double footerHeight = 0.0;
    double numberX = 0.0, numberWidth = 0.0;
    double inputX = 0.0, inputWidth = 0.0;
    double hiddenX = 0.0, hiddenLine = 0.0, cellWidth = 0.0, cellGap = 3.0;
    double codeX = 0.0, codeWidth = 0.0;
    double outputX = 0.0, outputLine = 0.0, outputCellWidth = 0.0, outputWidth = 0.0;
    /// Width needed by one line per sample.
    double oneLineWidth = 0.0;
    /// Widget height needed to show every row.
    double contentHeight = 0.0;
};

/// The layout at one width: one line per sample, or (wrapped) the hidden values and the code on a
/// second line under the input.
RepresentationLayout representationLayout(const RepresentationContent &content,
                                          const RepresentationFonts &fonts, double width, bool wrapped);

/// The layout chosen for a widget size, and the type size it chose.
struct RepresentationFit {
    RepresentationLayout layout;
    double points = 0.0;
    RepresentationFonts fonts;
};

/// The largest type size from basePoints down at which every row fits on one line and every row in
/// view; failing that the smallest legible size, wrapped where one line is too wide and scrolled
/// (narrower by scrollBarWidth) where the rows are too many. Spare height spreads over the rows, up
/// to half a row more each.
RepresentationFit fitRepresentation(const RepresentationContent &content, const QFont &widgetFont,
                                    double basePoints, QSize size, double scrollBarWidth);

/// The rows of the scrolled area and how far it is scrolled: which row is where.
struct RepresentationRows {
    /// The area's top and visible height in widget coordinates.
    double top = 0.0;
    double height = 0.0;
    double rowHeight = 0.0;
    /// Pixels scrolled.
    int scroll = 0;
    /// Sample rows, and lines (the note on the samples not shown is one more).
    int rows = 0;
    int contentRows = 0;

    /// The top of a row in widget coordinates.
    double rowTop(int row) const;
    /// The row at a height in widget coordinates (inside the area), −1 for none.
    int rowAt(double y) const;
    /// The first and last line in view, painted (the last may be the note).
    int firstVisible() const;
    int lastVisible() const;
    /// Rows a page key moves, at least 1.
    int pageRows() const;
    /// The largest scroll.
    int maxScroll() const;
    /// The scroll that brings a row into view, moving as little as it can (scroll itself when the row
    /// is in view or is no row).
    int scrollToShow(int row) const;
};

} // namespace bp::ui
