#include "ui/editing/edit_command.h"

namespace bp::ui {

EditCommand::EditCommand(const QString &text, quint64 id, std::function<void()> apply,
                         std::function<void(quint64, bool)> revisit)
    : QUndoCommand(text), m_id(id), m_apply(std::move(apply)), m_revisit(std::move(revisit))
{
}

void EditCommand::redo()
{
    // QUndoStack::push calls redo() once: that is the edit itself.
    if (!m_applied) {
        m_applied = true;
        m_apply();
        return;
    }
    m_revisit(m_id, false);
}

void EditCommand::undo()
{
    // A refused edit leaves the history without being sent back (MainWindow::discardEdit).
    if (isObsolete())
        return;
    m_revisit(m_id, true);
}

} // namespace bp::ui
