#include "ui/representation/representation_table.h"

#include "ui/representation/pattern_style.h"
#include "ui/representation/representation_layout.h"
#include "ui/style/focus_frame.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp::ui {

namespace {

// Data of up to this many inputs (the lessons' encoders) keeps one line per sample at any size.
constexpr Eigen::Index kOneLineInputs = 8;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// A value in a shaded cell: activations 0..1 on the sequential scale, signed values (tanh, ReLU
// layers that go negative) on the diverging one.
void paintCell(QPainter &painter, const QRectF &rect, double value, const QFont &font, bool isSigned)
{
    const QColor fill = isSigned ? palette::signedColor(value, 1.0) : palette::activationColor(value);
    painter.setPen(QPen(palette::shadeColor(), 1.0));
    painter.setBrush(fill);
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3.0, 3.0);
    painter.setFont(font);
    painter.setPen(palette::textOn(fill));
    painter.drawText(rect, Qt::AlignCenter, compactFixed(value, 2));
}

} // namespace

RepresentationTable::RepresentationTable(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Learned representation: input, hidden values, code and output of each sample"));
    setFocusPolicy(Qt::StrongFocus);
    FocusFrame::install(this);
    m_scroll = new QScrollBar(Qt::Vertical, this);
    m_scroll->hide();
    connect(m_scroll, &QScrollBar::valueChanged, this, [this] { update(); });
    updateFonts();
}

RepresentationTable::~RepresentationTable() = default;

void RepresentationTable::setData(std::shared_ptr<const Dataset> dataset,
                                  const std::vector<Matrix> &layerActivations, int codeLayer)
{
    const bool datasetChanged = dataset.get() != m_dataset.get();
    m_dataset = std::move(dataset);
    const int m = sampleCount();
    const int layers = static_cast<int>(layerActivations.size());
    const bool known = m_dataset && layers >= 1 && layerActivations.back().cols() == m;
    // Without activations yet, a code layer still gets its (empty) column; with them, it must be hidden.
    if (!m_dataset || codeLayer < 0 || (layers > 0 && codeLayer > layers - 1))
        codeLayer = 0;
    const bool hiddenKnown = known && codeLayer >= 1 && codeLayer < layers &&
                             layerActivations[static_cast<std::size_t>(codeLayer - 1)].cols() == m;

    const Eigen::Index oldHidden = m_hidden.rows();
    const Eigen::Index oldOutput = m_output.rows();
    const int oldLayer = m_codeLayer;
    const int oldOutputLayer = m_outputLayer;
    m_codeLayer = codeLayer;
    m_outputLayer = known ? layers : 0;
    // Eigen reuses the memory when the shape is the same, as it is from one update to the next.
    if (hiddenKnown)
        m_hidden = layerActivations[static_cast<std::size_t>(codeLayer - 1)];
    else
        m_hidden.resize(0, 0);
    if (known)
        m_output = layerActivations.back();
    else
        m_output.resize(0, 0);

    const bool shapeChanged = datasetChanged || oldHidden != m_hidden.rows() ||
                              oldOutput != m_output.rows() || oldLayer != m_codeLayer ||
                              oldOutputLayer != m_outputLayer;
    if (datasetChanged) {
        rebuildInputTexts();
        m_labels = patternLabels(m);
        if (m_current >= m)
            m_current = -1;
    }
    if (shapeChanged) {
        m_valueChars = 4;
        m_signedHidden = false;
    }
    // Once negative, a layer keeps the diverging scale, so that colours do not switch meaning.
    if (m_hidden.size() > 0 && m_hidden.minCoeff() < 0.0)
        m_signedHidden = true;

    // Grow the value cells when a value needs more characters than ".88" / "1.00".
    int chars = m_valueChars;
    if (m_hidden.size() > 0)
        chars =
            std::max(chars, compactValueChars(m_hidden.cwiseAbs().maxCoeff(), m_hidden.minCoeff() < -0.005));
    if (m_output.size() > 0 && outputStyle() == RepresentationOutputStyle::Numbers)
        chars =
            std::max(chars, compactValueChars(m_output.cwiseAbs().maxCoeff(), m_output.minCoeff() < -0.005));
    const bool widened = chars != m_valueChars;
    m_valueChars = chars;

    groupCodes(m_hidden, static_cast<int>(m_hidden.cols()), m_groups, m_groupOrder);
    // Only news is named: when codes must be shared, listing who shares is long and tells nothing.
    m_collisionText = hasCollisionAlarm() ? collisionSummary(m_groups, m_hidden, m_labels) : QString();
    m_compactCollisionText =
        hasCollisionAlarm() ? collisionSummary(m_groups, m_hidden, m_labels, true) : QString();
    // What a screen reader says about the table: the lecture's question, how many codes differ.
    setAccessibleDescription(QStringList{tr("%1 samples").arg(sampleCount()), counterText(), m_collisionText}
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QStringLiteral(". ")));

    if (shapeChanged || widened)
        invalidateLayout();
    update();
}

int RepresentationTable::sampleCount() const
{
    return m_dataset ? m_dataset->sampleCount() : 0;
}

int RepresentationTable::rowCount() const
{
    return std::min(sampleCount(), kMaxRows);
}

int RepresentationTable::distinctCodes() const
{
    return m_hidden.rows() > 0 ? m_groups.distinct : 0;
}

QString RepresentationTable::codeOf(int sample) const
{
    return codeBits(m_hidden, sample);
}

double RepresentationTable::cellValue(int sample, int unit) const
{
    if (sample < 0 || sample >= m_hidden.cols() || unit < 0 || unit >= m_hidden.rows())
        return std::numeric_limits<double>::quiet_NaN();
    return m_hidden(unit, sample);
}

QString RepresentationTable::counterText() const
{
    if (m_hidden.rows() == 0)
        return {};
    return tr("distinct codes: %1/%2").arg(m_groups.distinct).arg(m_hidden.cols());
}

QString RepresentationTable::collisionText() const
{
    return m_collisionText;
}

QString RepresentationTable::shownCollisionText() const
{
    const QFontMetricsF text(m_fonts.text);
    const double width = summaryTextWidth();
    // Who shares a code is the news: in symbols rather than cut off when the words do not fit.
    const QString line =
        text.horizontalAdvance(m_collisionText) <= width ? m_collisionText : m_compactCollisionText;
    return text.elidedText(line, Qt::ElideRight, width);
}

double RepresentationTable::summaryTextWidth() const
{
    // The summary's box, less its accent bar and padding (paintSummary).
    const double boxRight = rowsArea().right() - layout().margin;
    return boxRight - 8.0 - (layout().margin + 14.0);
}

bool RepresentationTable::collisionsUnavoidable() const
{
    const Eigen::Index k = m_hidden.rows();
    return k > 0 && k < 31 && m_hidden.cols() > (Eigen::Index(1) << k);
}

bool RepresentationTable::hasCollisionAlarm() const
{
    return !m_groups.collisions.empty() && !collisionsUnavoidable();
}

void RepresentationTable::setCurrentSample(int index)
{
    if (index < -1 || index >= sampleCount())
        index = -1;
    if (index == m_current)
        return;
    m_current = index;
    scrollToSample(index);
    update();
}

void RepresentationTable::pickSample(int sample)
{
    sample = std::clamp(sample, 0, rowCount() - 1);
    if (rowCount() == 0)
        return;
    setCurrentSample(sample);
    emit sampleClicked(sample);
}

Eigen::Index RepresentationTable::outputCount() const
{
    return m_output.rows() > 0 ? m_output.rows() : (m_dataset ? m_dataset->targetSize() : 0);
}

RepresentationOutputStyle RepresentationTable::outputStyle() const
{
    return representationOutputStyle(outputCount());
}

QString RepresentationTable::outputHeader() const
{
    const QString symbol =
        m_outputLayer > 0 ? QStringLiteral("a") + superscriptNumber(m_outputLayer) : QString();
    if (outputStyle() == RepresentationOutputStyle::ArgMax)
        return tr("output max %1").arg(symbol).trimmed();
    return tr("output %1").arg(symbol).trimmed();
}

void RepresentationTable::updateFonts()
{
    double points = font().pointSizeF();
    if (points <= 0.0)
        points = font().pixelSize() * 0.75;
    m_basePoints = std::max(points, kRepresentationMinimumPoints);
    // relayout shrinks the fonts from here where the rows need it.
    m_points = m_basePoints;
    m_fonts = representationFonts(font(), m_points);
}

void RepresentationTable::rebuildInputTexts()
{
    m_inputTexts.clear();
    if (!m_dataset)
        return;
    m_inputBits = isBinaryPattern(m_dataset->inputs);
    m_inputTexts = patternInputTexts(m_dataset->inputs, rowCount(), m_inputBits);
}

RepresentationContent RepresentationTable::content() const
{
    RepresentationContent content;
    content.hasData = m_dataset != nullptr;
    content.rows = rowCount();
    content.contentRows = contentRows();
    content.codeLayer = m_codeLayer;
    content.codeSize = codeSize();
    content.outputs = outputCount();
    content.valueChars = m_valueChars;
    content.inputTexts = m_inputTexts;
    content.inputHeader = tr("input x");
    if (m_codeLayer > 0)
        content.hiddenHeader = tr("hidden a%1").arg(superscriptNumber(m_codeLayer));
    content.codeHeader = tr("code");
    content.outputHeader = outputHeader();
    return content;
}

void RepresentationTable::relayout() const
{
    const double scrollWidth = m_scroll->sizeHint().width();
    RepresentationFit fit = fitRepresentation(content(), font(), m_basePoints, size(), scrollWidth);
    m_points = fit.points;
    m_fonts = std::move(fit.fonts);
    m_layout = fit.layout;
    m_layoutSize = size();
    m_layoutValid = true;

    const RepresentationLayout &l = m_layout;
    const double top = l.summaryHeight + l.headerHeight;
    const double visible = std::max(0.0, height() - top - l.footerHeight);
    m_scroll->setVisible(l.scrolling);
    if (l.scrolling) {
        m_scroll->setGeometry(static_cast<int>(width() - scrollWidth), static_cast<int>(top),
                              static_cast<int>(scrollWidth), static_cast<int>(visible));
        m_scroll->setRange(0, rowsInView().maxScroll());
        m_scroll->setPageStep(static_cast<int>(visible));
        m_scroll->setSingleStep(static_cast<int>(l.rowHeight));
    } else {
        m_scroll->setRange(0, 0);
    }
    // The sample being stepped stays in view whatever the size.
    scrollToSample(m_current);
}

const RepresentationLayout &RepresentationTable::layout() const
{
    if (!m_layoutValid || m_layoutSize != size())
        relayout();
    return m_layout;
}

void RepresentationTable::invalidateLayout()
{
    m_layoutValid = false;
    updateGeometry();
}

double RepresentationTable::rowsTop() const
{
    return layout().summaryHeight + layout().headerHeight;
}

QRectF RepresentationTable::rowsArea() const
{
    const double right = layout().scrolling ? m_scroll->x() : width();
    return QRectF(0.0, rowsTop(), right, std::max(0.0, height() - rowsTop() - layout().footerHeight));
}

RepresentationRows RepresentationTable::rowsInView() const
{
    const QRectF area = rowsArea();
    RepresentationRows rows;
    rows.top = area.top();
    rows.height = area.height();
    rows.rowHeight = layout().rowHeight;
    rows.scroll = m_scroll->value();
    rows.rows = rowCount();
    rows.contentRows = contentRows();
    return rows;
}

QRect RepresentationTable::rowRect(int sample) const
{
    if (sample < 0 || sample >= rowCount())
        return {};
    const QRectF area = rowsArea();
    const QRectF row(0.0, rowsInView().rowTop(sample), area.width(), layout().rowHeight);
    return row.intersected(area).toAlignedRect();
}

int RepresentationTable::sampleAt(QPoint position) const
{
    if (!rowsArea().contains(position))
        return -1;
    return rowsInView().rowAt(position.y());
}

void RepresentationTable::scrollToSample(int sample) const
{
    if (layout().scrolling)
        m_scroll->setValue(rowsInView().scrollToShow(sample));
}

QSize RepresentationTable::sizeHint() const
{
    const RepresentationLayout l =
        representationLayout(content(), representationFonts(font(), m_basePoints), 10000.0, false);
    const int shownRows = std::min(contentRows(), 12);
    const double height =
        l.summaryHeight + l.headerHeight + std::max(shownRows, 4) * l.rowHeight + l.footerHeight + 4.0;
    return QSize(static_cast<int>(l.oneLineWidth), static_cast<int>(std::ceil(height)));
}

QSize RepresentationTable::minimumSizeHint() const
{
    // Wide enough for one line per sample at the smallest legible size: a dock never squeezes the
    // rows of the lessons' nets into two lines each. Wider data (16 inputs) may take two lines: the
    // graph beside it needs the width more, for a value beside each neuron of its 16-neuron columns.
    const RepresentationContent shown = content();
    const RepresentationFonts smallest = representationFonts(font(), kRepresentationSmallestPoints);
    const RepresentationLayout small = representationLayout(shown, smallest, 10000.0, false);
    const RepresentationLayout wrapped = representationLayout(shown, smallest, 0.0, true);
    double width = small.oneLineWidth;
    if (m_dataset && m_dataset->inputs.rows() > kOneLineInputs) {
        const double lines = std::max(wrapped.inputX + small.inputWidth,
                                      m_codeLayer > 0 ? wrapped.codeX + small.codeWidth : 0.0);
        width = std::min(width, lines + small.gap + small.outputWidth + small.margin);
    }
    return QSize(std::max(220, static_cast<int>(std::ceil(width))),
                 static_cast<int>(layout().summaryHeight + layout().headerHeight + 2 * layout().rowHeight));
}

void RepresentationTable::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layout();
}

void RepresentationTable::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateFonts();
        invalidateLayout();
        update();
    }
}

void RepresentationTable::mousePressEvent(QMouseEvent *event)
{
    const int sample = sampleAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && sample >= 0) {
        pickSample(sample);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void RepresentationTable::wheelEvent(QWheelEvent *event)
{
    if (!layout().scrolling) {
        event->ignore();
        return;
    }
    const int steps = event->angleDelta().y() / 40;
    m_scroll->setValue(m_scroll->value() - steps * static_cast<int>(layout().rowHeight));
    event->accept();
}

void RepresentationTable::keyPressEvent(QKeyEvent *event)
{
    const int page = rowsInView().pageRows();
    switch (event->key()) {
    case Qt::Key_Up: pickSample(m_current < 0 ? 0 : m_current - 1); break;
    case Qt::Key_Down: pickSample(m_current + 1); break;
    case Qt::Key_PageUp: pickSample(m_current - page); break;
    case Qt::Key_PageDown: pickSample(m_current + page); break;
    case Qt::Key_Home: pickSample(0); break;
    case Qt::Key_End: pickSample(rowCount() - 1); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

bool RepresentationTable::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int sample = sampleAt(help->pos());
        if (sample < 0 && !m_collisionText.isEmpty() && summaryRect().contains(help->pos()))
            QToolTip::showText(help->globalPos(), m_collisionText, this, summaryRect().toAlignedRect());
        else if (sample >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(sample), this, rowRect(sample));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QString RepresentationTable::tooltipFor(int sample) const
{
    auto vectorText = [](const Matrix &values, int column) {
        QStringList parts;
        for (Eigen::Index i = 0; i < std::min<Eigen::Index>(values.rows(), 16); ++i)
            parts << formatFixed(values(i, column), 3);
        if (values.rows() > 16)
            parts << QStringLiteral("\u2026");
        return QStringLiteral("(") + parts.join(QStringLiteral(", ")) + QStringLiteral(")");
    };
    QString text = tr("<b>Pattern %1</b>").arg(sample + 1);
    if (m_dataset)
        text += tr("<br>input x = %1").arg(patternInputText(m_dataset->inputs, sample, m_inputBits));
    if (sample < m_hidden.cols())
        text += tr("<br>hidden a%1 = %2<br>code %3")
                    .arg(superscriptNumber(m_codeLayer), vectorText(m_hidden, sample), codeOf(sample));
    if (sample < m_output.cols())
        text += tr("<br>output a%1 = %2").arg(superscriptNumber(m_outputLayer), vectorText(m_output, sample));
    return text;
}

void RepresentationTable::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), palette::canvasColor());
    if (!m_dataset) {
        painter.setFont(m_fonts.text);
        painter.setPen(palette::faintInkColor());
        painter.drawText(rect(), Qt::AlignCenter, tr("No samples yet"));
        return;
    }
    paintSummary(painter);
    paintHeader(painter);

    const QRectF area = rowsArea();
    painter.save();
    painter.setClipRect(area);
    const RepresentationRows rows = rowsInView();
    for (int row = rows.firstVisible(); row <= rows.lastVisible(); ++row) {
        const double top = rows.rowTop(row);
        if (row < rowCount())
            paintRow(painter, row, top);
        else
            paintMoreNote(painter, top);
    }
    painter.restore();
    paintFooter(painter);
}

void RepresentationTable::paintSummary(QPainter &painter) const
{
    if (layout().summaryHeight <= 0.0)
        return;
    const RepresentationLayout &l = layout();
    const double right = rowsArea().right();
    const QRectF box(l.margin, 5.0, right - 2.0 * l.margin, l.summaryHeight - 10.0);
    const bool alarm = hasCollisionAlarm();
    const QColor accent = alarm ? palette::alarmColor() : palette::layerColor(m_codeLayer);
    painter.setPen(Qt::NoPen);
    painter.setBrush(withAlpha(accent, alarm ? 30 : 22));
    painter.drawRoundedRect(box, 5.0, 5.0);
    painter.setBrush(accent);
    painter.drawRoundedRect(QRectF(box.left(), box.top(), 5.0, box.height()), 2.5, 2.5);

    const QFontMetricsF counter(m_fonts.counter);
    const QFontMetricsF text(m_fonts.text);
    const double x = box.left() + 14.0;
    const double width = summaryTextWidth();
    QRectF line(x, box.top() + 4.0, width, counter.height());
    painter.setFont(m_fonts.counter);
    painter.setPen(alarm ? palette::alarmColor() : palette::inkColor());
    const QString count = m_hidden.rows() > 0 ? counterText() : tr("distinct codes: \u2014");
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, count);
    const int k = codeSize();
    if (k > 0 && k <= 20) {
        const QString possible = tr("%1 units: %2 codes").arg(k).arg(1 << k);
        if (counter.horizontalAdvance(count) + text.horizontalAdvance(possible) + 16.0 < width) {
            painter.setFont(m_fonts.text);
            painter.setPen(palette::faintInkColor());
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, possible);
        }
    }

    line = QRectF(x, line.bottom() + 2.0, width, text.height());
    painter.setFont(m_fonts.text);
    QString detail;
    if (m_hidden.rows() == 0) {
        painter.setPen(palette::faintInkColor());
        detail = tr("codes appear when the network runs");
    } else if (alarm) {
        painter.setPen(palette::alarmColor());
        detail = shownCollisionText();
    } else if (collisionsUnavoidable()) {
        painter.setPen(palette::inkColor());
        detail = tr("%1 patterns, %2 codes: some must share")
                     .arg(m_hidden.cols())
                     .arg(Eigen::Index(1) << m_hidden.rows());
    } else {
        painter.setPen(palette::inkColor());
        detail = tr("every pattern has its own code");
    }
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, text.elidedText(detail, Qt::ElideRight, width));
}

void RepresentationTable::paintHeader(QPainter &painter) const
{
    const RepresentationLayout &l = layout();
    const QFontMetricsF header(m_fonts.header);
    const double lineHeight = header.height();
    const double top = l.summaryHeight + 2.0;
    painter.setFont(m_fonts.header);
    painter.setPen(palette::faintInkColor().darker(125));
    auto label = [&](double x, double line, const QString &text) {
        painter.drawText(QPointF(x, top + line * lineHeight + header.ascent()), text);
    };
    label(l.inputX, 0.0, tr("input x"));
    if (m_codeLayer > 0) {
        label(l.hiddenX, l.hiddenLine, tr("hidden a%1").arg(superscriptNumber(m_codeLayer)));
        label(l.codeX, l.hiddenLine, tr("code"));
    }
    const QString output = outputHeader();
    const double outputWidth = header.horizontalAdvance(output);
    label(std::min(l.outputX, rowsArea().right() - 2.0 - outputWidth), 0.0, output);
    painter.setPen(QPen(palette::faintInkColor(), 1.0));
    const double y = l.summaryHeight + l.headerHeight - 1.5;
    painter.drawLine(QPointF(l.margin, y), QPointF(rowsArea().right() - l.margin, y));
}

void RepresentationTable::paintRow(QPainter &painter, int row, double top) const
{
    const RepresentationLayout &l = layout();
    const QRectF area = rowsArea();
    const QRectF rowBox(area.left(), top, area.width(), l.rowHeight);
    if (row % 2 == 1)
        painter.fillRect(rowBox, palette::surfaceColor());
    if (row == m_current) {
        painter.fillRect(rowBox, withAlpha(palette::highlightColor(), 70));
        painter.fillRect(QRectF(rowBox.left(), rowBox.top(), 4.0, rowBox.height()),
                         palette::highlightColor());
    }
    const double lineStep = l.lineHeight + 4.0;
    const double cellHeight = l.lineHeight + 2.0;
    const double inset = (l.wrapped ? 2.0 : 3.0) + std::floor((l.rowHeight - l.baseRowHeight) / 2.0);
    auto lineTop = [&](double line) { return top + inset + line * lineStep; };

    // The pattern's number, in the colour its point has in the code space.
    const QRectF disc(l.numberX, lineTop(0.0) + 1.0, l.numberWidth, cellHeight - 2.0);
    const QColor color = patternColor(row);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(disc, disc.height() / 2.0, disc.height() / 2.0);
    painter.setFont(m_fonts.number);
    painter.setPen(palette::textOn(color));
    painter.drawText(disc, Qt::AlignCenter, QString::number(row + 1));

    const QRectF input(l.inputX, lineTop(0.0), l.inputWidth, cellHeight);
    if (row < m_inputTexts.size()) {
        const QString &text = m_inputTexts[row];
        if (m_inputBits && !text.contains(u' ')) {
            // The ones in ink and the zeros faint, so the one-hot diagonal stands out.
            QString ones = text;
            QString zeros = text;
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (text[i] == u'1')
                    zeros[i] = u' ';
                else if (text[i] == u'0')
                    ones[i] = u' ';
            }
            painter.setFont(m_fonts.mono);
            painter.setPen(palette::faintInkColor());
            painter.drawText(input, Qt::AlignLeft | Qt::AlignVCenter, zeros);
            painter.setFont(m_fonts.monoBold);
            painter.setPen(palette::inkColor());
            painter.drawText(input, Qt::AlignLeft | Qt::AlignVCenter, ones);
        } else {
            painter.setFont(m_fonts.mono);
            painter.setPen(palette::inkColor());
            painter.drawText(input, Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }

    if (m_codeLayer > 0) {
        const double y = lineTop(l.hiddenLine);
        if (row < m_hidden.cols()) {
            for (Eigen::Index unit = 0; unit < m_hidden.rows(); ++unit) {
                const QRectF cell(l.hiddenX + unit * (l.cellWidth + l.cellGap), y, l.cellWidth, cellHeight);
                paintCell(painter, cell, m_hidden(unit, row), m_fonts.mono, m_signedHidden);
            }
            const QRectF code(l.codeX, y, l.codeWidth, cellHeight);
            const bool shared = hasCollisionAlarm() &&
                                static_cast<std::size_t>(row) < m_groups.groupOf.size() &&
                                m_groups.groupOf[static_cast<std::size_t>(row)] >= 0;
            if (shared) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(palette::alarmColor());
                painter.drawRoundedRect(code, 4.0, 4.0);
            }
            painter.setFont(m_fonts.monoBold);
            painter.setPen(shared ? palette::textOn(palette::alarmColor()) : palette::inkColor());
            painter.drawText(code, Qt::AlignCenter, codeOf(row));
        } else {
            painter.setFont(m_fonts.mono);
            painter.setPen(palette::faintInkColor());
            painter.drawText(QRectF(l.hiddenX, y, l.cellWidth, cellHeight), Qt::AlignCenter,
                             QStringLiteral("\u2014"));
        }
    }

    const QRectF outputBox(l.outputX, lineTop(l.wrapped ? 0.0 : l.hiddenLine), l.outputWidth, cellHeight);
    if (row >= m_output.cols()) {
        painter.setFont(m_fonts.mono);
        painter.setPen(palette::faintInkColor());
        painter.drawText(outputBox, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("\u2014"));
        return;
    }
    switch (outputStyle()) {
    case RepresentationOutputStyle::Numbers:
        for (Eigen::Index unit = 0; unit < m_output.rows(); ++unit) {
            const QRectF cell(outputBox.left() + unit * (l.outputCellWidth + l.cellGap), outputBox.top(),
                              l.outputCellWidth, cellHeight);
            paintCell(painter, cell, m_output(unit, row), m_fonts.mono, false);
        }
        break;
    case RepresentationOutputStyle::Squares:
        painter.setPen(QPen(palette::faintInkColor(), 1.0));
        for (Eigen::Index unit = 0; unit < m_output.rows(); ++unit) {
            const QRectF cell(outputBox.left() + unit * (l.outputCellWidth + 1.0), outputBox.top() + 1.0,
                              l.outputCellWidth, cellHeight - 2.0);
            painter.setBrush(palette::activationColor(m_output(unit, row)));
            painter.drawRect(cell.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        break;
    case RepresentationOutputStyle::ArgMax: {
        Eigen::Index best = 0;
        m_output.col(row).maxCoeff(&best);
        painter.setFont(m_fonts.mono);
        painter.setPen(palette::inkColor());
        painter.drawText(outputBox, Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("#%1 %2").arg(best + 1).arg(compactFixed(m_output(best, row), 2)));
        break;
    }
    }
}

void RepresentationTable::paintFooter(QPainter &painter) const
{
    const RepresentationLayout &l = layout();
    if (l.footerHeight <= 0.0)
        return;
    const QRectF box(l.margin, height() - l.footerHeight, rowsArea().width() - 2.0 * l.margin,
                     l.footerHeight);
    painter.setPen(QPen(palette::faintInkColor(), 1.0));
    painter.drawLine(box.topLeft(), box.topRight());

    // The legend of the shading: one bar per scale in use.
    const QFontMetricsF metrics(m_fonts.legend);
    painter.setFont(m_fonts.legend);
    const double middle = box.center().y() + 1.0;
    const double baseline = middle + metrics.capHeight() / 2.0;
    const double barWidth = std::clamp(box.width() * 0.18, 44.0, 80.0);
    double x = box.left();
    auto scale = [&](const QString &name, const QString &low, const QString &high, bool isSigned) {
        painter.setPen(palette::faintInkColor().darker(130));
        painter.drawText(QPointF(x, baseline), name);
        x += metrics.horizontalAdvance(name) + 6.0;
        painter.drawText(QPointF(x, baseline), low);
        x += metrics.horizontalAdvance(low) + 3.0;
        const QRectF bar(x, middle - 6.0, barWidth, 12.0);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 8; ++i) {
            const double t = i / 8.0;
            gradient.setColorAt(t, isSigned ? palette::signedColor(2.0 * t - 1.0, 1.0)
                                            : palette::activationColor(t));
        }
        painter.setBrush(gradient);
        painter.setPen(QPen(palette::faintInkColor(), 1.0));
        painter.drawRect(bar);
        x = bar.right() + 3.0;
        painter.setPen(palette::faintInkColor().darker(130));
        painter.drawText(QPointF(x, baseline), high);
        x += metrics.horizontalAdvance(high) + 14.0;
    };
    if (m_signedHidden && m_codeLayer > 0) {
        scale(tr("hidden"), QString(QChar(kMinusSign)) + u'1', QStringLiteral("1"), true);
        if (outputStyle() != RepresentationOutputStyle::ArgMax)
            scale(tr("output"), QStringLiteral("0"), QStringLiteral("1"), false);
    } else {
        scale(tr("shading: activation"), QStringLiteral("0"), QStringLiteral("1"), false);
    }
}

int RepresentationTable::contentRows() const
{
    return rowCount() + (sampleCount() > rowCount() ? 1 : 0);
}

void RepresentationTable::paintMoreNote(QPainter &painter, double top) const
{
    const RepresentationLayout &l = layout();
    painter.setFont(m_fonts.text);
    painter.setPen(palette::faintInkColor().darker(130));
    painter.drawText(QRectF(l.inputX, top, rowsArea().width() - l.inputX - l.margin, l.rowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("\u2026 and %1 more samples, not shown").arg(sampleCount() - rowCount()));
}

QRectF RepresentationTable::summaryRect() const
{
    return QRectF(0.0, 0.0, width(), layout().summaryHeight);
}

} // namespace bp::ui
