#include "ui/representation/code_space_view.h"

#include "ui/representation/code_space_geometry.h"

#include "ui/representation/pattern_style.h"
#include "ui/style/focus_frame.h"
#include "ui/style/value_format.h"

#include <QComboBox>
#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace bp::ui {

namespace {

// Half the cube's space diagonal: no corner ever projects farther than this from the centre.
constexpr double kHalfDiagonal = 0.8660254037844386;
constexpr double kDefaultYaw = -28.0;
constexpr double kDefaultPitch = 20.0;

} // namespace

CodeSpaceView::CodeSpaceView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Hidden codes: each sample as a point at its hidden values"));
    setFocusPolicy(Qt::StrongFocus);
    FocusFrame::install(this);
    m_monotonic.start();
    m_yaw = kDefaultYaw;
    m_pitch = kDefaultPitch;
    m_unitChoice = new QComboBox(this);
    m_unitChoice->setAccessibleName(tr("Hidden units on the cube's axes"));
    m_unitChoice->setFocusPolicy(Qt::ClickFocus);
    m_unitChoice->hide();
    connect(m_unitChoice, &QComboBox::activated, this, [this](int index) {
        const int packed = m_unitChoice->itemData(index).toInt();
        setShownUnits(packed / 10000, packed / 100 % 100, packed % 100);
    });
    updateFonts();
}

CodeSpaceView::~CodeSpaceView() = default;

void CodeSpaceView::setCodes(const Matrix &codes, const QStringList &labels)
{
    const bool shapeChanged =
        codes.rows() != m_codes.rows() || codes.cols() != m_codes.cols() || labels != m_labels;
    // Eigen keeps the memory when the shape is unchanged, as it is from one update to the next.
    m_codes = codes;
    if (shapeChanged) {
        m_labels = labels;
        clearTrails();
        m_units = {0, 1, 2};
        updateUnitChoice();
    }
    // Grow the axes to hold every finite value.
    widenCodeRange(m_codes, m_low, m_high);
    recordTrail();
    groupCodes(m_codes, sampleCount(), m_groups, m_groupOrder);
    m_collisionText = hasCollisionAlarm() ? collisionSummary(m_groups, m_codes, m_labels) : QString();
    update();
}

void CodeSpaceView::setCodeLayer(int layer)
{
    if (layer == m_layer)
        return;
    m_layer = std::max(0, layer);
    update();
}

void CodeSpaceView::clearTrails()
{
    m_trail.clear();
    m_lastTrailPoint = -1;
    m_low = 0.0;
    m_high = 1.0;
    update();
}

int CodeSpaceView::trailLength(int sample) const
{
    return sample >= 0 && sample < sampleCount() ? m_trail.count() : 0;
}

void CodeSpaceView::setTrailInterval(int milliseconds)
{
    m_trailInterval = std::max(0, milliseconds);
}

void CodeSpaceView::setClock(std::function<qint64()> nowMilliseconds)
{
    m_now = std::move(nowMilliseconds);
    m_lastTrailPoint = -1;
}

void CodeSpaceView::recordTrail()
{
    if (m_codes.size() == 0)
        return;
    const qint64 now = m_now();
    if (m_lastTrailPoint >= 0 && now - m_lastTrailPoint < m_trailInterval)
        return;
    // A paused network sends the same codes again: the trail stays as it is.
    if (m_trail.record(m_codes))
        m_lastTrailPoint = now;
}

void CodeSpaceView::setRotation(double yawDegrees, double pitchDegrees)
{
    if (!std::isfinite(yawDegrees) || !std::isfinite(pitchDegrees))
        return;
    m_yaw = std::remainder(yawDegrees, 360.0);
    m_pitch = std::clamp(pitchDegrees, -90.0, 90.0);
    update();
}

void CodeSpaceView::resetRotation()
{
    setRotation(kDefaultYaw, kDefaultPitch);
}

void CodeSpaceView::setShownUnits(int first, int second, int third)
{
    const int k = unitCount();
    if (first < 0 || second < 0 || third < 0 || first >= k || second >= k || third >= k || first == second ||
        first == third || second == third)
        return;
    m_units = {first, second, third};
    const int packed = first * 10000 + second * 100 + third;
    const int index = m_unitChoice->findData(packed);
    if (index >= 0)
        m_unitChoice->setCurrentIndex(index);
    update();
}

void CodeSpaceView::updateUnitChoice()
{
    const int k = unitCount();
    m_unitChoice->clear();
    if (k <= 3) {
        m_unitChoice->hide();
        return;
    }
    auto add = [this](int a, int b, int c) {
        m_unitChoice->addItem(tr("units %1, %2, %3").arg(a + 1).arg(b + 1).arg(c + 1),
                              a * 10000 + b * 100 + c);
    };
    // Every choice of three while the list stays short; consecutive units beyond that.
    if (k <= 8) {
        for (int a = 0; a < k; ++a)
            for (int b = a + 1; b < k; ++b)
                for (int c = b + 1; c < k; ++c)
                    add(a, b, c);
    } else {
        for (int a = 0; a + 2 < std::min(k, 100); ++a)
            add(a, a + 1, a + 2);
    }
    m_unitChoice->setCurrentIndex(0);
    m_unitChoice->adjustSize();
    m_unitChoice->show();
    placeUnitChoice();
}

void CodeSpaceView::placeUnitChoice()
{
    if (unitCount() <= 3)
        return;
    const QSize size = m_unitChoice->sizeHint();
    const Geometry g = computeGeometry();
    m_unitChoice->setGeometry(static_cast<int>(g.plot.right()) - size.width(),
                              static_cast<int>(g.plot.top()) - size.height() - 2, size.width(),
                              size.height());
}

void CodeSpaceView::setCurrentSample(int index)
{
    if (index < -1 || index >= sampleCount())
        index = -1;
    if (index == m_current)
        return;
    m_current = index;
    update();
}

QString CodeSpaceView::titleText() const
{
    return m_layer > 0 ? tr("Hidden codes (layer %1)").arg(m_layer) : tr("Hidden codes");
}

QString CodeSpaceView::captionText() const
{
    const int k = unitCount();
    const int m = sampleCount();
    if (k == 0 || m == 0)
        return tr("Each pattern becomes a point at its hidden values once the network runs.");
    const QString numbers = k == 1 ? tr("1 number") : tr("%1 numbers").arg(k);
    return tr("A new, compressed representation: %1 for %2 patterns. "
              "It works for these inputs and similar ones, not for arbitrary inputs.")
        .arg(numbers)
        .arg(m);
}

bool CodeSpaceView::hasCollisionAlarm() const
{
    // More samples than codes must share; that is no news worth a ring on every point.
    const Eigen::Index k = m_codes.rows();
    const bool unavoidable = k < 31 && m_codes.cols() > (Eigen::Index(1) << k);
    return !m_groups.collisions.empty() && !unavoidable;
}

int CodeSpaceView::dimension() const
{
    return codeDimension(m_codes);
}

CodeProjection CodeSpaceView::projection() const
{
    return CodeProjection{dimension(), m_yaw, m_pitch, m_units, m_low, m_high};
}

void CodeSpaceView::updateFonts()
{
    double points = font().pointSizeF();
    if (points <= 0.0)
        points = font().pixelSize() * 0.75;
    points = std::max(points, 12.0);
    m_titleFont = font();
    m_titleFont.setPointSizeF(points + 1.5);
    m_titleFont.setWeight(QFont::Bold);
    m_captionFont = font();
    m_captionFont.setPointSizeF(points - 0.5);
    m_labelFont = font();
    m_labelFont.setPointSizeF(points);
    m_labelFont.setWeight(QFont::DemiBold);
    m_pointFont = font();
    m_pointFont.setPointSizeF(points - 1.0);
    m_pointFont.setWeight(QFont::Bold);
    m_cornerFont = monospaceFont(points - 0.5);
    m_hintFont = font();
    m_hintFont.setPointSizeF(points - 1.0);
}

CodeSpaceView::Geometry CodeSpaceView::computeGeometry() const
{
    Geometry g;
    const double margin = 10.0;
    const double w = width();
    const double h = height();
    const QFontMetricsF title(m_titleFont);
    const QFontMetricsF caption(m_captionFont);
    const QFontMetricsF hint(m_hintFont);
    const QFontMetricsF label(m_labelFont);
    double y = 6.0;
    g.title = QRectF(margin, y, w - 2.0 * margin, title.height());
    y = g.title.bottom() + 1.0;
    const double captionHeight =
        caption.boundingRect(QRectF(0.0, 0.0, w - 2.0 * margin, 1e4), Qt::TextWordWrap, captionText())
            .height();
    g.caption = QRectF(margin, y, w - 2.0 * margin, captionHeight);
    y = g.caption.bottom() + 6.0;
    const double footerHeight = hint.height() + 8.0;
    g.footer = QRectF(margin, h - footerHeight, w - 2.0 * margin, footerHeight);
    if (unitCount() > 3)
        y += m_unitChoice->sizeHint().height() + 4.0;
    g.plot = QRectF(margin, y, w - 2.0 * margin, std::max(10.0, g.footer.top() - y));

    switch (dimension()) {
    case 3: {
        const double labelRoom = QFontMetricsF(m_cornerFont).height() + 12.0;
        const double half = std::min(g.plot.width(), g.plot.height()) / 2.0;
        g.scale = std::max(20.0, (half - labelRoom) / kHalfDiagonal);
        g.center = g.plot.center();
        g.pointRadius = std::clamp(g.scale * 0.065, 10.5, 16.0);
        break;
    }
    case 2: {
        const double left = QFontMetricsF(m_hintFont).horizontalAdvance(QStringLiteral("0.5")) + 14.0;
        const double bottom = label.height() + QFontMetricsF(m_hintFont).height() + 10.0;
        const double top = label.height() + QFontMetricsF(m_hintFont).height() / 2.0 + 10.0;
        const double right = 30.0;
        const double side =
            std::max(20.0, std::min(g.plot.width() - left - right, g.plot.height() - top - bottom));
        const double x = g.plot.left() + left + (g.plot.width() - left - right - side) / 2.0;
        g.square = QRectF(x, g.plot.top() + top + (g.plot.height() - top - bottom - side) / 2.0, side, side);
        g.scale = side;
        g.pointRadius = std::clamp(side * 0.045, 10.5, 15.0);
        break;
    }
    case 1: {
        const double inset = 26.0;
        const double lineY = g.plot.top() + g.plot.height() * 0.72;
        g.square = QRectF(g.plot.left() + inset, lineY, g.plot.width() - 2.0 * inset, 0.0);
        g.scale = g.square.width();
        g.pointRadius = 11.0;
        break;
    }
    default: break;
    }
    return g;
}

QPointF CodeSpaceView::projectedPoint(int sample) const
{
    return projection().pointOf(computeGeometry(), m_codes, sample);
}

int CodeSpaceView::sampleAt(QPointF position) const
{
    return projection().sampleAt(computeGeometry(), m_codes, position);
}

void CodeSpaceView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeUnitChoice();
}

void CodeSpaceView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateFonts();
        placeUnitChoice();
        update();
    }
}

bool CodeSpaceView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int sample = sampleAt(help->pos());
    if (sample < 0) {
        QToolTip::hideText();
        return true;
    }
    QStringList values;
    for (Eigen::Index unit = 0; unit < m_codes.rows(); ++unit)
        values << formatFixed(m_codes(unit, sample), 3);
    const QString name = sample < m_labels.size() ? m_labels[sample] : QString::number(sample + 1);
    const QString symbol =
        m_layer > 0 ? QStringLiteral("a") + superscriptNumber(m_layer) : QStringLiteral("h");
    QToolTip::showText(help->globalPos(),
                       tr("<b>Pattern %1</b><br>%2 = (%3)<br>code %4")
                           .arg(name, symbol, values.join(QStringLiteral(", ")), codeBits(m_codes, sample)),
                       this);
    return true;
}

void CodeSpaceView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int sample = sampleAt(event->position());
    if (sample >= 0) {
        setCurrentSample(sample);
        emit sampleClicked(sample);
    } else if (dimension() == 3) {
        m_dragging = true;
        m_dragStart = event->position();
        m_dragYaw = m_yaw;
        m_dragPitch = m_pitch;
        setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void CodeSpaceView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    // Half a degree per pixel: a drag across the cube turns it by about a right angle.
    const QPointF delta = event->position() - m_dragStart;
    setRotation(m_dragYaw + delta.x() * 0.5, m_dragPitch + delta.y() * 0.5);
    event->accept();
}

void CodeSpaceView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void CodeSpaceView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (dimension() == 3 && sampleAt(event->position()) < 0) {
        resetRotation();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void CodeSpaceView::keyPressEvent(QKeyEvent *event)
{
    if (dimension() != 3) {
        QWidget::keyPressEvent(event);
        return;
    }
    const double step = event->modifiers() & Qt::ShiftModifier ? 15.0 : 5.0;
    switch (event->key()) {
    case Qt::Key_Left: setRotation(m_yaw - step, m_pitch); break;
    case Qt::Key_Right: setRotation(m_yaw + step, m_pitch); break;
    case Qt::Key_Up: setRotation(m_yaw, m_pitch - step); break;
    case Qt::Key_Down: setRotation(m_yaw, m_pitch + step); break;
    case Qt::Key_Home: resetRotation(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace bp::ui
