#include "ui/style/focus_frame.h"

#include <QEvent>
#include <QPainter>
#include <QPen>
#include <QWidget>

namespace bp::ui {

FocusFrame::FocusFrame(QWidget *painted, QWidget *focused)
    : QObject(painted), m_painted(painted), m_focused(focused)
{
}

void FocusFrame::install(QWidget *painted, QWidget *focused)
{
    auto *frame = new FocusFrame(painted, focused ? focused : painted);
    painted->installEventFilter(frame);
    if (frame->m_focused != painted)
        frame->m_focused->installEventFilter(frame);
}

bool FocusFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_focused && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        m_painted->update();
    if (watched != m_painted || event->type() != QEvent::Paint || !m_focused->hasFocus())
        return false;
    // Let the widget paint first (QObject::event is public), then draw over it; one QPainter
    // after the other on the same widget is allowed within one paint event.
    static_cast<QObject *>(m_painted)->event(event);
    QPainter painter(m_painted);
    painter.setPen(QPen(m_painted->palette().color(QPalette::Highlight), 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(m_painted->rect()).adjusted(1.5, 1.5, -1.5, -1.5));
    return true;
}

} // namespace bp::ui
