#include "ui/window/edit_history.h"

#include "ui/editing/architecture_editor.h"
#include "ui/editing/dataset_editor.h"
#include "ui/editing/edit_command.h"
#include "ui/editing/parameter_dialog.h"
#include "ui/editing/undo_shortcuts.h"
#include "ui/style/value_format.h"

#include <QAction>
#include <QKeySequence>
#include <QMessageBox>
#include <QUndoStack>

#include <numeric>

namespace bp::ui {

EditHistory::EditHistory(DatasetEditor *datasetEditor, ArchitectureEditor *architectureEditor,
                         QWidget *dialogParent)
    : QObject(dialogParent), m_datasetEditor(datasetEditor), m_architectureEditor(architectureEditor),
      m_dialogParent(dialogParent)
{
    m_undoStack = new QUndoStack(this);
    m_undoStack->setUndoLimit(100);
    m_undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setToolTip(tr("Undo the last edit of the architecture, the data or a weight (%1)")
                           .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setToolTip(tr("Redo the edit just undone (Ctrl+Shift+Z, Ctrl+Y)"));
    // The model's undo wins over a spin box's or a combo box's own, unless text is being typed.
    new UndoShortcuts(dialogParent, m_undo, m_redo);
    m_editParameter = new QAction(tr("Edit the selected &weight or bias…"), this);
    m_editParameter->setToolTip(
        tr("Select an edge (a weight) or a neuron (its bias) in the graph, then edit its value; double-click "
           "or Enter in the graph does the same"));
    m_editParameter->setEnabled(false);
    connect(m_editParameter, &QAction::triggered, this, [this] { editParameter(m_selection); });

    connect(m_datasetEditor, &DatasetEditor::editRequested, this, &EditHistory::requestDatasetEdit);
    connect(m_datasetEditor, &DatasetEditor::problem, this,
            [this](const QString &message) { showProblem(tr("Cannot change the data"), message); });
    connect(m_architectureEditor, &ArchitectureEditor::editRequested, this,
            &EditHistory::requestArchitectureEdit);
    connect(m_architectureEditor, &ArchitectureEditor::problem, this,
            [this](const QString &message) { showProblem(tr("Cannot change the architecture"), message); });
}

void EditHistory::receive(const SnapshotPointer &snapshot, bool newRun)
{
    m_snapshot = snapshot;
    // The edit history belongs to a run: a new lesson, a reset or an opened file starts afresh.
    if (newRun)
        m_undoStack->clear();
    if (!isEditPending())
        syncEditors(*snapshot);
}

void EditHistory::setSelection(const Selection &selection)
{
    m_selection = selection;
    m_editParameter->setEnabled(selection.kind == Selection::Kind::Edge ||
                                (selection.kind == Selection::Kind::Neuron && selection.layer >= 1));
}

bool EditHistory::isEditPending() const
{
    return m_snapshot && m_snapshot->editsHandled < m_editsSent;
}

void EditHistory::pushEdit(const QString &text, const std::function<void(quint64 id)> &apply)
{
    const quint64 id = ++m_lastEditId;
    m_undoStack->push(new EditCommand(
        text, id,
        [this, id, apply] {
            emit aboutToSend();
            ++m_editsSent;
            apply(id);
        },
        [this](quint64 editId, bool undo) {
            emit aboutToSend();
            ++m_editsSent;
            emit editRevisitRequested(editId, undo);
        }));
}

void EditHistory::requestDatasetEdit(const Dataset &dataset, const QString &description)
{
    if (!m_snapshot)
        return;
    ModelEdit edit;
    edit.dataset = dataset;
    // A new input or target column needs a neuron more (or less) in the input or output layer: the
    // architecture follows the data, keeping every weight whose neurons remain.
    NetworkShape shape = m_architectureEditor->shape();
    if (dataset.inputSize() != shape.sizes.front() || dataset.targetSize() != shape.sizes.back()) {
        shape.sizes.front() = dataset.inputSize();
        shape.sizes.back() = dataset.targetSize();
        const std::string problem = Network::validateShape(
            std::vector<std::int64_t>(shape.sizes.begin(), shape.sizes.end()), shape.activations, shape.loss);
        if (!problem.empty()) {
            syncEditors(*m_snapshot);
            showProblem(tr("Cannot change the data"), QString::fromStdString(problem));
            return;
        }
        edit.shape = shape;
        for (std::size_t l = 1; l < shape.sizes.size(); ++l)
            edit.sourceLayer.push_back(static_cast<int>(l));
        m_architectureEditor->setShape(shape, m_seed);
    }
    pushEdit(description, [this, edit](quint64 id) { emit modelEditRequested(id, edit); });
}

void EditHistory::requestArchitectureEdit(const NetworkShape &shape, const std::vector<int> &sourceLayer,
                                          const QString &description)
{
    ModelEdit edit;
    edit.shape = shape;
    edit.sourceLayer = sourceLayer;
    pushEdit(description, [this, edit](quint64 id) { emit modelEditRequested(id, edit); });
}

void EditHistory::requestActivation(bool output, Activation activation, const QString &label)
{
    if (!m_snapshot)
        return;
    // Activation changes are architecture edits: applied between steps with the weights kept, and
    // undoable like the ones made in the architecture dock.
    NetworkShape shape = m_architectureEditor->shape();
    if (output) {
        shape.activations.back() = activation;
    } else {
        for (std::size_t l = 0; l + 1 < shape.activations.size(); ++l)
            shape.activations[l] = activation;
    }
    if (shape == m_architectureEditor->shape() || shape.activations.empty())
        return;
    const std::string problem = Network::validateShape(
        std::vector<std::int64_t>(shape.sizes.begin(), shape.sizes.end()), shape.activations, shape.loss);
    if (!problem.empty()) {
        emit controlsStale();
        showProblem(tr("Cannot change the activation"), QString::fromStdString(problem));
        return;
    }
    m_architectureEditor->setShape(shape, m_seed);
    std::vector<int> sourceLayer(shape.activations.size());
    std::iota(sourceLayer.begin(), sourceLayer.end(), 1);
    requestArchitectureEdit(shape, sourceLayer, label);
}

void EditHistory::changeParameter(const Selection &selection, double value)
{
    ParameterEdit edit;
    edit.layer = selection.layer;
    edit.neuron = selection.neuron;
    edit.from = selection.kind == Selection::Kind::Edge ? selection.from : -1;
    edit.value = value;
    const QString text =
        edit.from >= 0
            ? tr("change weight %1").arg(indexedSymbol("w", edit.layer, edit.neuron + 1, edit.from + 1))
            : tr("change bias %1").arg(indexedSymbol("b", edit.layer, edit.neuron + 1));
    pushEdit(text, [this, edit](quint64 id) { emit parameterEditRequested(id, edit); });
}

void EditHistory::editParameter(const Selection &selection)
{
    if (!m_snapshot)
        return;
    const Network &network = *m_snapshot->network;
    const int l = selection.layer;
    const bool edge = selection.kind == Selection::Kind::Edge;
    if ((!edge && selection.kind != Selection::Kind::Neuron) || l < 1 || l > network.layerCount() ||
        selection.neuron >= network.layer(l).weights.rows() ||
        (edge && selection.from >= network.layer(l).weights.cols()))
        return;
    const double current = edge ? network.layer(l).weights(selection.neuron, selection.from)
                                : network.layer(l).biases(selection.neuron);
    ParameterDialog dialog(l, selection.neuron, edge ? selection.from : -1, current, m_dialogParent);
    dialog.setObjectName("parameterDialog");
    if (dialog.exec() != QDialog::Accepted || dialog.value() == current)
        return;
    changeParameter(selection, dialog.value());
}

void EditHistory::discardEdit(quint64 id)
{
    const int top = m_undoStack->index() - 1;
    auto *command = top >= 0 ? dynamic_cast<const EditCommand *>(m_undoStack->command(top)) : nullptr;
    if (!command || command->editId() != id)
        return;
    // An obsolete command is not undone but deleted by QUndoStack::undo().
    const_cast<EditCommand *>(command)->setObsolete(true);
    m_undoStack->undo();
}

void EditHistory::syncEditors(const TrainingSnapshot &snapshot)
{
    m_datasetEditor->setDataset(snapshot.dataset);
    // Every time: a box that kept its own value while it had the focus shows the live one again.
    m_architectureEditor->setShape(shapeOf(*snapshot.network), snapshot.seed);
}

void EditHistory::showProblem(const QString &title, const QString &message)
{
    // Window-modal and not blocking: training and the snapshots go on behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_dialogParent);
    box->setObjectName("problemMessage");
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Nothing was changed."));
    box->open();
}

} // namespace bp::ui
