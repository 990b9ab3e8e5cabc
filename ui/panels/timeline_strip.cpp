#include "ui/panels/timeline_strip.h"

#include "ui/style/palette.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp::ui {

namespace {
constexpr int kMargin = 8;
} // namespace

int TimelineStrip::labelWidth() const
{
    return fontMetrics().horizontalAdvance(tr("epoch %1 ◀").arg(88888888)) + 12;
}

TimelineStrip::TimelineStrip(QWidget *parent) : QWidget(parent)
{
    // Tab reaches it; a click does not take the focus, so after scrubbing with the mouse ← and →
    // still step through the phases.
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Timeline of kept states"));
    setAccessibleDescription(
        tr("The states kept while training, oldest on the left, with the loss drawn along them. "
           "Left and Right go back and forth one state, Home and End to the first and the newest."));
    setToolTip(tr("Go back to an earlier state: click or drag, or use ← → Home End. Training resumes "
                  "from there and drops the later states."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize TimelineStrip::sizeHint() const
{
    return {600, fontMetrics().height() * 2 + 14};
}

QSize TimelineStrip::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 2 + 14};
}

void TimelineStrip::setMarks(std::shared_ptr<const std::vector<TimelineMark>> marks, std::uint64_t position)
{
    if (marks == m_marks && position == m_position)
        return;
    m_marks = std::move(marks);
    m_position = position;
    m_requested = -1;
    update();
}

int TimelineStrip::currentIndex() const
{
    if (m_requested >= 0 && m_requested < markCount())
        return m_requested;
    if (!m_marks || m_marks->empty())
        return -1;
    if (m_position != 0) {
        for (std::size_t i = 0; i < m_marks->size(); ++i)
            if ((*m_marks)[i].id == m_position)
                return static_cast<int>(i);
    }
    return markCount() - 1;
}

QRectF TimelineStrip::track() const
{
    return QRectF(labelWidth(), 4, std::max(10, width() - labelWidth() - kMargin), height() - 8);
}

QPoint TimelineStrip::slotCentre(int index) const
{
    const QRectF t = track();
    const int count = std::max(1, markCount());
    const double slot = t.width() / count;
    return QPointF(t.left() + slot * (index + 0.5), t.center().y()).toPoint();
}

int TimelineStrip::indexAt(double x) const
{
    const int count = markCount();
    if (count == 0)
        return -1;
    const QRectF t = track();
    const int index = static_cast<int>(std::floor((x - t.left()) / (t.width() / count)));
    return std::clamp(index, 0, count - 1);
}

void TimelineStrip::request(int index)
{
    if (index < 0 || index >= markCount() || index == currentIndex())
        return;
    m_requested = index;
    update();
    emit restoreRequested((*m_marks)[static_cast<std::size_t>(index)].id);
}

void TimelineStrip::stepBack()
{
    request(currentIndex() - 1);
}

void TimelineStrip::stepForward()
{
    request(currentIndex() + 1);
}

void TimelineStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().window());
    const QRectF t = track();
    p.fillRect(t, palette::canvasColor());
    p.setPen(QPen(hasFocus() ? palette().highlight().color() : palette::faintInkColor(), 1));
    p.drawRect(t.adjusted(0.5, 0.5, -0.5, -0.5));

    const int count = markCount();
    const int current = currentIndex();
    p.setPen(palette().windowText().color());
    const QString title = tr("Timeline");
    // Put back to a state: its epoch, pointed at; live: the run is at its newest.
    const QString detail = current < 0 ? tr("no states")
                           : (m_position != 0 || m_requested >= 0)
                               ? tr("epoch %1 ◀").arg((*m_marks)[static_cast<std::size_t>(current)].epoch)
                               : tr("now");
    const QRectF labels(4, 2, labelWidth() - 8, height() - 4);
    p.drawText(labels, Qt::AlignLeft | Qt::AlignTop, title);
    p.drawText(labels, Qt::AlignLeft | Qt::AlignBottom, detail);
    if (count == 0)
        return;

    // The loss along the states, on a logarithmic scale over its finite positive range.
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const TimelineMark &m : *m_marks) {
        if (std::isfinite(m.loss) && m.loss > 0) {
            low = std::min(low, m.loss);
            high = std::max(high, m.loss);
        }
    }
    const double slot = t.width() / count;
    auto yOf = [&](double loss) {
        if (!(high > low))
            return t.center().y();
        const double f = (std::log10(loss) - std::log10(low)) / (std::log10(high) - std::log10(low));
        return t.bottom() - 4 - f * (t.height() - 8);
    };
    // The states after the current one are a future that training will drop: drawn faint.
    QPainterPath past;
    QPainterPath future;
    for (int i = 0; i < count; ++i) {
        const double loss = (*m_marks)[static_cast<std::size_t>(i)].loss;
        if (!(std::isfinite(loss) && loss > 0))
            continue;
        const QPointF point(t.left() + slot * (i + 0.5), yOf(loss));
        for (QPainterPath *path : {&past, &future}) {
            // The current state ends the past and starts the future.
            const bool belongs = path == &past ? i <= current : i >= current;
            if (!belongs)
                continue;
            if (path->elementCount() == 0)
                path->moveTo(point);
            else
                path->lineTo(point);
        }
    }
    p.setPen(QPen(palette::layerColor(1), 2));
    p.drawPath(past);
    p.setPen(QPen(palette::faintInkColor(), 1.5, Qt::DashLine));
    p.drawPath(future);
    for (int i = 0; i < count; ++i) {
        const double loss = (*m_marks)[static_cast<std::size_t>(i)].loss;
        const bool finite = std::isfinite(loss);
        const QPointF point(t.left() + slot * (i + 0.5), finite && loss > 0 ? yOf(loss) : t.bottom() - 4);
        p.setPen(Qt::NoPen);
        p.setBrush(finite ? palette::inkColor() : palette::alarmColor());
        p.drawEllipse(point, 2.2, 2.2);
    }
    if (current >= 0) {
        const double x = t.left() + slot * (current + 0.5);
        p.setPen(QPen(palette::highlightColor(), 3));
        p.drawLine(QPointF(x, t.top() + 1), QPointF(x, t.bottom() - 1));
    }
}

void TimelineStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && track().adjusted(-4, -4, 4, 4).contains(event->position()))
        request(indexAt(event->position().x()));
}

void TimelineStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        request(indexAt(event->position().x()));
}

void TimelineStrip::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: stepBack(); break;
    case Qt::Key_Right: stepForward(); break;
    case Qt::Key_Home: request(0); break;
    case Qt::Key_End: request(markCount() - 1); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

bool TimelineStrip::event(QEvent *event)
{
    // The window's arrow-key shortcuts (previous and next phase) give way while the strip has focus.
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Home || key == Qt::Key_End) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (markCount() > 0 && track().contains(help->pos())) {
            const TimelineMark &m = (*m_marks)[static_cast<std::size_t>(indexAt(help->pos().x()))];
            QToolTip::showText(help->globalPos(),
                               tr("epoch %1 · loss %2 — click to go back to this state")
                                   .arg(m.epoch)
                                   .arg(QString::number(m.loss, 'g', 4)),
                               this);
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace bp::ui
