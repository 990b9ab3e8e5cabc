#include "ui/representation/representation_layout.h"

#include "ui/representation/pattern_style.h"
#include "ui/style/value_format.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace bp::ui {

namespace {

// Bits longer than this are summarised, not printed.
constexpr int kMaxPrintedBits = 16;
constexpr int kMaxPrintedNumbers = 4;

} // namespace

RepresentationOutputStyle representationOutputStyle(Eigen::Index outputs)
{
    if (outputs <= 3)
        return RepresentationOutputStyle::Numbers;
    if (outputs <= 16)
        return RepresentationOutputStyle::Squares;
    return RepresentationOutputStyle::ArgMax;
}

int compactValueChars(double maxAbs, bool negative)
{
    int integerDigits = 0;
    if (!std::isfinite(maxAbs))
        integerDigits = 2;
    else if (maxAbs >= 0.995)
        integerDigits = static_cast<int>(std::floor(std::log10(maxAbs + 0.005))) + 1;
    return std::max(4, integerDigits + 3 + (negative ? 1 : 0));
}

bool isBinaryPattern(const Matrix &values)
{
    return (values.array() == 0.0 || values.array() == 1.0).all();
}

QString patternInputText(const Matrix &inputs, int sample, bool bits)
{
    const Eigen::Index n = inputs.rows();
    QString text;
    if (bits) {
        if (n <= kMaxPrintedBits) {
            text.reserve(n);
            for (Eigen::Index i = 0; i < n; ++i)
                text += inputs(i, sample) == 1.0 ? u'1' : u'0';
            return text;
        }
        // A long one-hot pattern is named by the position of its one.
        Eigen::Index hot = -1;
        if (inputs.col(sample).sum() == 1.0)
            inputs.col(sample).maxCoeff(&hot);
        if (hot >= 0)
            return QCoreApplication::translate("RepresentationTable", "1 at %1 of %2").arg(hot + 1).arg(n);
        for (Eigen::Index i = 0; i < kMaxPrintedBits - 2; ++i)
            text += inputs(i, sample) == 1.0 ? u'1' : u'0';
        return text + QChar(u'\u2026');
    }
    QStringList numbers;
    for (Eigen::Index i = 0; i < std::min<Eigen::Index>(n, kMaxPrintedNumbers); ++i)
        numbers << formatFixed(inputs(i, sample), 2);
    if (n > kMaxPrintedNumbers)
        numbers << QStringLiteral("\u2026");
    return numbers.join(u' ');
}

QStringList patternInputTexts(const Matrix &inputs, int rows, bool bits)
{
    QStringList texts;
    texts.reserve(rows);
    if (bits) {
        for (int row = 0; row < rows; ++row)
            texts << patternInputText(inputs, row, true);
        return texts;
    }
    const Eigen::Index shown = std::min<Eigen::Index>(inputs.rows(), kMaxPrintedNumbers);
    std::vector<qsizetype> widths(static_cast<std::size_t>(shown), 0);
    for (int row = 0; row < rows; ++row)
        for (Eigen::Index i = 0; i < shown; ++i)
            widths[static_cast<std::size_t>(i)] =
                std::max(widths[static_cast<std::size_t>(i)], formatFixed(inputs(i, row), 2).size());
    for (int row = 0; row < rows; ++row) {
        QString text;
        for (Eigen::Index i = 0; i < shown; ++i) {
            if (i > 0)
                text += u' ';
            text += formatFixed(inputs(i, row), 2).rightJustified(widths[static_cast<std::size_t>(i)]);
        }
        if (inputs.rows() > shown)
            text += QStringLiteral(" \u2026");
        texts << text;
    }
    return texts;
}

RepresentationFonts representationFonts(const QFont &widgetFont, double points)
{
    RepresentationFonts fonts;
    fonts.mono = monospaceFont(points);
    fonts.monoBold = fonts.mono;
    fonts.monoBold.setWeight(QFont::Bold);
    fonts.text = widgetFont;
    fonts.text.setPointSizeF(points);
    fonts.header = fonts.text;
    fonts.header.setWeight(QFont::DemiBold);
    fonts.counter = fonts.text;
    fonts.counter.setPointSizeF(points + 1.0);
    fonts.counter.setWeight(QFont::Bold);
    fonts.number = fonts.text;
    fonts.number.setWeight(QFont::Bold);
    fonts.legend = fonts.text;
    return fonts;
}

RepresentationLayout representationLayout(const RepresentationContent &content,
                                          const RepresentationFonts &fonts, double width, bool wrapped)
{
    RepresentationLayout l;
    l.wrapped = wrapped;
    const QFontMetricsF mono(fonts.mono);
    const QFontMetricsF monoBold(fonts.monoBold);
    const QFontMetricsF header(fonts.header);
    const QFontMetricsF text(fonts.text);
    const QFontMetricsF counter(fonts.counter);
    const double digit = mono.horizontalAdvance(u'0');

    l.lineHeight = std::ceil(mono.height());
    l.gap = std::round(l.lineHeight * 0.4);
    l.numberWidth =
        std::max(l.lineHeight + 2.0,
                 QFontMetricsF(fonts.number).horizontalAdvance(QString::number(content.rows)) + 10.0);

    l.inputWidth = header.horizontalAdvance(content.inputHeader);
    for (const QString &input : content.inputTexts)
        l.inputWidth = std::max(l.inputWidth, mono.horizontalAdvance(input));

    const int k = content.codeSize;
    l.cellWidth = std::ceil(digit * content.valueChars + 4.0);
    double hiddenWidth = 0.0;
    if (content.codeLayer > 0) {
        const double cells = k > 0 ? k * l.cellWidth + (k - 1) * l.cellGap : l.cellWidth;
        hiddenWidth = std::max(cells, header.horizontalAdvance(content.hiddenHeader));
        l.codeWidth = std::max(monoBold.horizontalAdvance(QString(std::max(k, 1), u'0')) + 8.0,
                               header.horizontalAdvance(content.codeHeader));
    }

    const Eigen::Index outputs = content.outputs;
    switch (representationOutputStyle(outputs)) {
    case RepresentationOutputStyle::Numbers:
        l.outputCellWidth = l.cellWidth;
        l.outputWidth = outputs * l.cellWidth + std::max<Eigen::Index>(outputs - 1, 0) * l.cellGap;
        break;
    case RepresentationOutputStyle::Squares:
        l.outputCellWidth = std::round(std::clamp(l.lineHeight * 0.42, 6.0, 11.0));
        l.outputWidth = outputs * l.outputCellWidth + std::max<Eigen::Index>(outputs - 1, 0) * 1.0;
        break;
    case RepresentationOutputStyle::ArgMax:
        l.outputWidth = mono.horizontalAdvance(QStringLiteral("#000 0.00"));
        break;
    }
    // A header wider than the output cells may reach into the right margin (the table paints it so).
    l.outputWidth = std::max(l.outputWidth, header.horizontalAdvance(content.outputHeader) - l.margin + 2.0);

    l.numberX = l.margin;
    l.inputX = l.numberX + l.numberWidth + l.gap;
    double x = l.inputX + l.inputWidth + l.gap;
    if (content.codeLayer > 0) {
        x += hiddenWidth + l.gap;
        x += l.codeWidth + l.gap;
    }
    l.oneLineWidth = std::ceil(x + l.outputWidth + l.margin);

    if (!wrapped) {
        l.rowHeight = l.lineHeight + 8.0;
        l.hiddenX = l.inputX + l.inputWidth + l.gap;
        l.codeX = l.hiddenX + hiddenWidth + l.gap;
        l.outputX = content.codeLayer > 0 ? l.codeX + l.codeWidth + l.gap : l.hiddenX;
    } else {
        // Line 1: input and output; line 2, under the input: the hidden values and their code.
        l.rowHeight = 2.0 * l.lineHeight + 10.0;
        l.hiddenX = l.inputX;
        l.hiddenLine = 1.0;
        l.codeX = l.hiddenX + hiddenWidth + l.gap;
        l.outputX = std::max(l.inputX + l.inputWidth + l.gap, width - l.margin - l.outputWidth);
    }

    if (content.codeLayer > 0)
        l.summaryHeight = std::ceil(counter.height() + text.height() + 16.0);
    l.headerHeight = std::ceil((wrapped && content.codeLayer > 0 ? 2.0 : 1.0) * header.height() + 8.0);
    l.footerHeight = content.hasData ? std::ceil(QFontMetricsF(fonts.legend).height() + 10.0) : 0.0;
    l.contentHeight =
        l.summaryHeight + l.headerHeight + content.contentRows * l.rowHeight + l.footerHeight + 4.0;
    return l;
}

RepresentationFit fitRepresentation(const RepresentationContent &content, const QFont &widgetFont,
                                    double basePoints, QSize size, double scrollBarWidth)
{
    const double width = size.width();
    RepresentationFit fit;
    fit.points = basePoints;
    fit.fonts = representationFonts(widgetFont, basePoints);
    bool fits = false;
    for (double points = basePoints; points >= kRepresentationSmallestPoints && !fits; points -= 0.5) {
        if (points != fit.points) {
            fit.points = points;
            fit.fonts = representationFonts(widgetFont, points);
        }
        fit.layout = representationLayout(content, fit.fonts, width, false);
        fits = fit.layout.oneLineWidth <= width && fit.layout.contentHeight <= size.height();
    }
    if (!fits) {
        const auto oneLineOrWrapped = [&](double w) {
            RepresentationLayout one = representationLayout(content, fit.fonts, w, false);
            return one.oneLineWidth > w ? representationLayout(content, fit.fonts, w, true) : one;
        };
        fit.layout = oneLineOrWrapped(width);
        if (fit.layout.contentHeight > size.height()) {
            fit.layout = oneLineOrWrapped(width - scrollBarWidth);
            fit.layout.scrolling = true;
        }
    }
    RepresentationLayout &l = fit.layout;
    l.baseRowHeight = l.rowHeight;
    if (!l.scrolling && content.contentRows > 0) {
        // A table of 8 samples then fills its dock and reads more easily from afar.
        const double spare = size.height() - l.contentHeight;
        l.rowHeight = std::min(l.rowHeight * 1.5, l.rowHeight + std::floor(spare / content.contentRows));
        l.contentHeight += content.contentRows * (l.rowHeight - l.baseRowHeight);
    }
    return fit;
}

double RepresentationRows::rowTop(int row) const
{
    return top + row * rowHeight - scroll;
}

int RepresentationRows::rowAt(double y) const
{
    if (rowHeight <= 0.0)
        return -1;
    const int row = static_cast<int>(std::floor((y - top + scroll) / rowHeight));
    return row >= 0 && row < rows ? row : -1;
}

int RepresentationRows::firstVisible() const
{
    return std::max(0, static_cast<int>(std::floor(scroll / rowHeight)));
}

int RepresentationRows::lastVisible() const
{
    return std::min(contentRows - 1, static_cast<int>(std::ceil((scroll + height) / rowHeight)));
}

int RepresentationRows::pageRows() const
{
    return std::max(1, static_cast<int>(height / std::max(1.0, rowHeight)));
}

int RepresentationRows::maxScroll() const
{
    return static_cast<int>(std::ceil(std::max(0.0, contentRows * rowHeight - height)));
}

int RepresentationRows::scrollToShow(int row) const
{
    if (row < 0 || row >= rows)
        return scroll;
    const double rowStart = row * rowHeight;
    if (rowStart < scroll)
        return static_cast<int>(rowStart);
    if (rowStart + rowHeight > scroll + height)
        return static_cast<int>(std::ceil(rowStart + rowHeight - height));
    return scroll;
}

} // namespace bp::ui
