#include "ui/window/quiz_room.h"

#include "ui/teach/prediction_quiz.h"
#include "ui/window/room_layout.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>

#include <algorithm>

namespace bp::ui {

namespace {
// The version of the layout kept while a question is open (never saved to a file).
constexpr int kLayoutVersion = 1;
} // namespace

QuizRoom::QuizRoom(const Parts &parts) : QObject(parts.window), m_parts(parts)
{
    // The bar shows and hides as questions come and go; before it is laid out, so that the window
    // never grows for it first.
    m_parts.quiz->prompt()->installEventFilter(this);
}

bool QuizRoom::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_parts.quiz->prompt() && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        update();
    return QObject::eventFilter(watched, event);
}

bool QuizRoom::wanted() const
{
    const QMainWindow *w = m_parts.window;
    const bool small = w->width() < RoomLayout::kNarrowWidth || w->height() < RoomLayout::kShortHeight;
    return small && m_parts.quiz->prompt()->isVisibleTo(w);
}

void QuizRoom::update()
{
    const bool wantedNow = wanted();
    if (wantedNow && !m_making)
        makeRoom();
    else if (!wantedNow && m_making)
        giveBack();
    m_parts.quiz->setCompact(wantedNow);
}

void QuizRoom::makeRoom()
{
    QMainWindow *w = m_parts.window;
    m_making = true;
    m_hidden.clear();
    m_layoutBefore = w->saveState(kLayoutVersion);
    const bool narrow = w->width() < RoomLayout::kNarrowWidth;
    const QList<QDockWidget *> withEquation =
        m_parts.equation ? w->tabifiedDockWidgets(m_parts.equation) : QList<QDockWidget *>{};
    for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
        if (!dock->isVisibleTo(w) || dock->isFloating() || dock == m_parts.equation ||
            withEquation.contains(dock))
            continue;
        const Qt::DockWidgetArea area = w->dockWidgetArea(dock);
        if (area == Qt::BottomDockWidgetArea || (narrow && area == Qt::LeftDockWidgetArea)) {
            dock->hide();
            m_hidden.append(dock);
        }
    }
    if (narrow && m_parts.equation && w->dockWidgetArea(m_parts.equation) == Qt::BottomDockWidgetArea &&
        m_parts.putEquationRight) {
        m_parts.putEquationRight();
        // As wide as the samples' column was: the graph keeps its width.
        w->resizeDocks({m_parts.equation},
                       {std::max(m_parts.equation->minimumWidth(), w->width() * 30 / 100)}, Qt::Horizontal);
    }
    if (m_parts.timeline && m_parts.timeline->isVisibleTo(w)) {
        m_parts.timeline->hide();
        m_hidden.append(m_parts.timeline);
    }
}

void QuizRoom::giveBack()
{
    if (!m_making)
        return;
    m_making = false;
    m_parts.window->restoreState(m_layoutBefore, kLayoutVersion);
    for (const QPointer<QWidget> &widget : std::as_const(m_hidden))
        if (widget && !qobject_cast<QDockWidget *>(widget))
            widget->show();
    m_hidden.clear();
    if (m_parts.layoutRestored)
        m_parts.layoutRestored();
}

QList<QWidget *> QuizRoom::putAway() const
{
    QList<QWidget *> result;
    for (const QPointer<QWidget> &widget : m_hidden)
        if (widget)
            result.append(widget);
    return result;
}

} // namespace bp::ui
