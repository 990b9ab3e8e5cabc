#pragma once

#include "core/model_edit.h"
#include "core/training_snapshot.h"
#include "ui/style/selection.h"

#include <QObject>

#include <functional>

class QAction;
class QUndoStack;
class QWidget;

namespace bp::ui {

class ArchitectureEditor;
class DatasetEditor;

/// The history of edits of a run (architecture, data, a weight or bias): the undo stack and its
/// commands, the editors' requests turned into edits for training, and which of them training has
/// handled. Each edit goes out with an id under which training remembers how to undo it.
class EditHistory : public QObject {
    Q_OBJECT

public:
    /// `dialogParent`: the window its dialogs and problem messages belong to.
    EditHistory(DatasetEditor *datasetEditor, ArchitectureEditor *architectureEditor, QWidget *dialogParent);

    QUndoStack *undoStack() const { return m_undoStack; }
    /// Edit ▸ Undo, Redo and "Edit the selected weight or bias…".
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *editParameterAction() const { return m_editParameter; }

    /// A new snapshot: a new run starts the history afresh; the editors follow the run unless an
    /// edit is still on its way (an older snapshot would undo it in the editors for a moment).
    void receive(const SnapshotPointer &snapshot, bool newRun);
    /// The seed the architecture editor shows with the shape.
    void setSeed(quint64 seed) { m_seed = seed; }
    /// The selection the edit action works on.
    void setSelection(const Selection &selection);
    /// True while an edit sent to training has not come back in a snapshot yet.
    bool isEditPending() const;

    /// The activation of every hidden layer (or of the output layer), as an architecture edit.
    void requestActivation(bool output, Activation activation, const QString &label);
    /// Sets the weight (an edge) or the bias (a neuron of layer ≥ 1) of the selection, undoably.
    void changeParameter(const Selection &selection, double value);
    /// Asks for a new value of the selected weight or bias in a small dialog.
    void editParameter(const Selection &selection);
    /// Training refused this edit: it leaves the history (when it is the last one done).
    void discardEdit(quint64 id);

signals:
    void modelEditRequested(quint64 id, const bp::ModelEdit &edit);
    void parameterEditRequested(quint64 id, const bp::ParameterEdit &edit);
    void editRevisitRequested(quint64 id, bool undo);
    /// An edit, undo or redo is about to go to training: a replayed step no longer matches.
    void aboutToSend();
    /// A tool-bar change was refused before it was sent: the tool bar shows the run again.
    void controlsStale();

private:
    void pushEdit(const QString &text, const std::function<void(quint64 id)> &apply);
    void requestDatasetEdit(const Dataset &dataset, const QString &description);
    void requestArchitectureEdit(const NetworkShape &shape, const std::vector<int> &sourceLayer,
                                 const QString &description);
    void syncEditors(const TrainingSnapshot &snapshot);
    void showProblem(const QString &title, const QString &message);

    DatasetEditor *m_datasetEditor = nullptr;
    ArchitectureEditor *m_architectureEditor = nullptr;
    QWidget *m_dialogParent = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_editParameter = nullptr;
    SnapshotPointer m_snapshot;
    Selection m_selection;
    quint64 m_seed = 1;
    quint64 m_lastEditId = 0;
    /// Edits, undos and redos sent to training; a snapshot that has handled fewer is older.
    std::uint64_t m_editsSent = 0;
};

} // namespace bp::ui
