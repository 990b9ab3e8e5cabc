#include "ui/editing/undo_shortcuts.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace bp::ui {

namespace {

bool matchesAny(const QKeyEvent &key, const QAction *action)
{
    if (!action)
        return false;
    const QKeySequence pressed(key.keyCombination());
    for (const QKeySequence &shortcut : action->shortcuts()) {
        if (shortcut.matches(pressed) == QKeySequence::ExactMatch)
            return true;
    }
    return false;
}

const QLineEdit *lineEditOf(const QWidget *widget)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        return edit;
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->lineEdit();
    // A spin box's line edit is its own child (lineEdit() is protected).
    if (qobject_cast<const QAbstractSpinBox *>(widget))
        return widget->findChild<const QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    return nullptr;
}

} // namespace

UndoShortcuts::UndoShortcuts(QWidget *window, QAction *undo, QAction *redo)
    : QObject(window), m_window(window), m_undo(undo), m_redo(redo)
{
    qApp->installEventFilter(this);
}

UndoShortcuts::~UndoShortcuts()
{
    qApp->removeEventFilter(this);
}

bool UndoShortcuts::isTyping(const QWidget *focus, bool redo)
{
    if (!focus || !focus->hasFocus())
        return false;
    if (const QLineEdit *edit = lineEditOf(focus))
        return !edit->isReadOnly() && (redo ? edit->isRedoAvailable() : edit->isUndoAvailable());
    if (const auto *text = qobject_cast<const QTextEdit *>(focus))
        return !text->isReadOnly() &&
               (redo ? text->document()->isRedoAvailable() : text->document()->isUndoAvailable());
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(focus))
        return !plain->isReadOnly() &&
               (redo ? plain->document()->isRedoAvailable() : plain->document()->isUndoAvailable());
    return false;
}

bool UndoShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !m_window)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    // The window's widgets, docked or floating; not a dialog's.
    if (!widget || qobject_cast<QDialog *>(widget->window()))
        return false;
    const QWidget *ancestor = widget;
    while (ancestor && ancestor != m_window)
        ancestor = ancestor->parentWidget();
    if (!ancestor)
        return false;
    const auto &key = static_cast<const QKeyEvent &>(*event);
    const bool undo = matchesAny(key, m_undo);
    const bool redo = !undo && matchesAny(key, m_redo);
    if ((!undo && !redo) || isTyping(widget, redo))
        return false;
    // Not accepted: no widget claims the key, so the window's shortcut takes it.
    event->ignore();
    return true;
}

} // namespace bp::ui
