#pragma once

#include <QUndoCommand>

#include <functional>

namespace bp::ui {

/// One edit of the model in the undo history. The worker that owns the network remembers, under
/// the edit's id, what undoes and what redoes it (taken from the live model each time), so the
/// command itself only says which edit and which way: the GUI never needs the live weights.
class EditCommand : public QUndoCommand {
public:
    /// apply sends the edit the first time; revisit(id, undo) sends later undos and redos.
    EditCommand(const QString &text, quint64 id, std::function<void()> apply,
                std::function<void(quint64 id, bool undo)> revisit);

    quint64 editId() const { return m_id; }

    void redo() override;
    void undo() override;

private:
    quint64 m_id;
    std::function<void()> m_apply;
    std::function<void(quint64, bool)> m_revisit;
    bool m_applied = false;
};

} // namespace bp::ui
