#include "ui/editing/dataset_editor.h"

#include "core/formats/error.h"
#include "core/formats/file_io.h"
#include "ui/editing/dataset_table_model.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace bp::ui {

namespace {

// Inserts a row (or column) of zeros at `at` into a matrix.
void insertZeroColumn(Matrix &m, Eigen::Index at)
{
    Matrix grown = Matrix::Zero(m.rows(), m.cols() + 1);
    grown.leftCols(at) = m.leftCols(at);
    grown.rightCols(m.cols() - at) = m.rightCols(m.cols() - at);
    m.swap(grown);
}

void removeColumn(Matrix &m, Eigen::Index at)
{
    Matrix shrunk(m.rows(), m.cols() - 1);
    shrunk.leftCols(at) = m.leftCols(at);
    shrunk.rightCols(m.cols() - at - 1) = m.rightCols(m.cols() - at - 1);
    m.swap(shrunk);
}

// A row of zeros at the end (a new input or target); a matrix without columns stays empty.
void appendZeroRow(Matrix &m)
{
    m.conservativeResize(m.rows() + 1, Eigen::NoChange);
    m.row(m.rows() - 1).setZero();
}

void removeLastRow(Matrix &m)
{
    m.conservativeResize(m.rows() - 1, Eigen::NoChange);
}

// A name for a new column that the CSV header reads back: the prefix and the next free number.
std::string newColumnName(const std::vector<std::string> &names, char prefix)
{
    for (int n = static_cast<int>(names.size()) + 1;; ++n) {
        const std::string name = prefix + std::to_string(n);
        if (std::find(names.begin(), names.end(), name) == names.end())
            return name;
    }
}

} // namespace

DatasetEditor::DatasetEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    // Two rows of buttons: in one, they would make the dock (and so the left column) too wide for
    // the graph at 1280 pixels.
    auto *editRow = new QHBoxLayout;
    auto *fileRow = new QHBoxLayout;
    QHBoxLayout *buttons = editRow;
    buttons->setSpacing(2);
    fileRow->setSpacing(2);
    auto button = [this, &buttons](const QString &text, const QString &name, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setAccessibleName(name);
        b->setToolTip(tip);
        // Reached with Tab, but a click leaves the focus where it was: Space must stay Play/Pause.
        b->setFocusPolicy(Qt::TabFocus);
        connect(b, &QToolButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("+ sample"), tr("Add a sample"), tr("Add a sample of zeros after the current one"),
           &DatasetEditor::addSample);
    m_removeSample = button(tr("− sample"), tr("Remove the current sample"),
                            tr("Remove the current sample (the selected row)"), &DatasetEditor::removeSample);
    buttons->addSpacing(8);
    button(tr("+ x"), tr("Add an input column"),
           tr("Add an input column of zeros: the input layer gets a neuron, its weights drawn with the run's "
              "seed"),
           &DatasetEditor::addInputColumn);
    m_removeInput = button(tr("− x"), tr("Remove the last input column"),
                           tr("Remove the last input column and its input neuron (with its weights)"),
                           &DatasetEditor::removeInputColumn);
    button(
        tr("+ t"), tr("Add a target column"),
        tr("Add a target column of zeros: the output layer gets a neuron, its weights drawn with the run's "
           "seed"),
        &DatasetEditor::addTargetColumn);
    m_removeTarget = button(tr("− t"), tr("Remove the last target column"),
                            tr("Remove the last target column and its output neuron (with its weights)"),
                            &DatasetEditor::removeTargetColumn);
    buttons->addStretch(1);
    buttons = fileRow;
    button(tr("Import…"), tr("Import a CSV file"),
           tr("Replace the data with a CSV file whose header names inputs x… and targets t…"),
           &DatasetEditor::chooseImportFile);
    button(tr("Export…"), tr("Export as CSV"), tr("Write the data to a CSV file"),
           &DatasetEditor::chooseExportFile);
    fileRow->addStretch(1);
    layout->addLayout(editRow);
    layout->addLayout(fileRow);

    m_model = new DatasetTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Inputs and targets of every sample"));
    m_table->setToolTip(tr("Double-click or type into a cell to change it; the change applies at the next "
                           "step and Ctrl+Z undoes it"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(36);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    // Qt's corner button (select all) comes without a name of its own.
    for (QAbstractButton *corner : m_table->findChildren<QAbstractButton *>())
        corner->setAccessibleName(tr("Select every cell"));
    // Arrow keys move between cells; Tab moves on to the next control, so the keyboard never gets
    // stuck in the table.
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);

    connect(m_model, &DatasetTableModel::cellEditRequested, this, &DatasetEditor::editRequested);
    connect(m_model, &DatasetTableModel::invalidValue, this, &DatasetEditor::problem);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DatasetEditor::updateButtons);
    updateButtons();
}

void DatasetEditor::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_model->setDataset(std::move(dataset));
    updateButtons();
}

std::shared_ptr<const Dataset> DatasetEditor::dataset() const
{
    return m_model->dataset();
}

void DatasetEditor::updateButtons()
{
    const std::shared_ptr<const Dataset> data = m_model->dataset();
    m_removeSample->setEnabled(data && data->sampleCount() > 1);
    m_removeInput->setEnabled(data && data->inputSize() > 1);
    m_removeTarget->setEnabled(data && data->targetSize() > 1);
    setEnabled(data != nullptr);
    if (data)
        m_summary->setText(tr("%1: %2 samples, %3 inputs, %4 targets. Inputs white, targets shaded.")
                               .arg(QString::fromStdString(data->name))
                               .arg(data->sampleCount())
                               .arg(data->inputSize())
                               .arg(data->targetSize()));
}

int DatasetEditor::currentSample() const
{
    const QModelIndex current = m_table->currentIndex();
    const std::shared_ptr<const Dataset> data = m_model->dataset();
    if (current.isValid())
        return current.row();
    return data ? data->sampleCount() - 1 : -1;
}

void DatasetEditor::request(Dataset dataset, const QString &description)
{
    // Shown at once, so that the next edit builds on this one even before training has it.
    m_model->setDataset(std::make_shared<const Dataset>(dataset));
    updateButtons();
    emit editRequested(dataset, description);
}

void DatasetEditor::addSample()
{
    const std::shared_ptr<const Dataset> data = m_model->dataset();
    if (!data)
        return;
    const int at = currentSample() + 1;
    Dataset edited = *data;
    insertZeroColumn(edited.inputs, at);
    insertZeroColumn(edited.targets, at);
    request(std::move(edited), tr("add sample %1").arg(at + 1));
    m_table->setCurrentIndex(m_model->index(at, 0));
}

void DatasetEditor::removeSample()
{
    const std::shared_ptr<const Dataset> data = m_model->dataset();
    if (!data || data->sampleCount() < 2)
        return;
    const int at = currentSample();
    Dataset edited = *data;
    removeColumn(edited.inputs, at);
    removeColumn(edited.targets, at);
    request(std::move(edited), tr("remove sample %1").arg(at + 1));
    m_table->setCurrentIndex(m_model->index(std::min(at, edited.sampleCount() - 1), 0));
}

void DatasetEditor::addInputColumn()
{
    const std::shared_ptr<const Dataset> data = m_model->dataset();
    if (!data)
        return;
    Dataset edited = *data;
    appendZeroRow(edited.inputs);
    if (edited.testInputs.cols() > 0)
        appendZeroRow(edited.testInputs);
    edited.inputNames.push_back(newColumnName(edited.inputNames, 'x'));
    request(std::move(edited),
            tr("add input column %1").arg(QString::fromStdString(edited.inputNames.back())));
}

void DatasetEditor::removeInputColumn()
{
    const std::shared_ptr<const Dataset> data = m_model->dataset();
    if (!data || data->inputSize() < 2)
        return;
    Dataset edited = *data;
    removeLastRow(edited.inputs);
    if (edited.testInputs.cols() > 0)
        removeLastRow(edited.testInputs);
    const QString name = QString::fromStdString(edited.inputNames.back());
    edited.inputNames.pop_back();
    request(std::move(edited), tr("remove input column %1").arg(name));
}

void DatasetEditor::addTargetColumn()
{
    const std::shared_ptr<const Dataset> data = m_model->dataset();
    if (!data)
        return;
    Dataset edited = *data;
    appendZeroRow(edited.targets);
    if (edited.testTargets.cols() > 0)
        appendZeroRow(edited.testTargets);
    edited.targetNames.push_back(newColumnName(edited.targetNames, 't'));
    request(std::move(edited),
            tr("add target column %1").arg(QString::fromStdString(edited.targetNames.back())));
}

void DatasetEditor::removeTargetColumn()
{
    const std::shared_ptr<const Dataset> data = m_model->dataset();
    if (!data || data->targetSize() < 2)
        return;
    Dataset edited = *data;
    removeLastRow(edited.targets);
    if (edited.testTargets.cols() > 0)
        removeLastRow(edited.testTargets);
    const QString name = QString::fromStdString(edited.targetNames.back());
    edited.targetNames.pop_back();
    request(std::move(edited), tr("remove target column %1").arg(name));
}

QString DatasetEditor::importCsv(const QString &path)
{
    Dataset imported;
    try {
        imported = loadCsvDataset(path.toStdString());
    } catch (const InputError &error) {
        return QString::fromStdString(error.what());
    }
    request(std::move(imported), tr("import %1").arg(QFileInfo(path).fileName()));
    return {};
}

QString DatasetEditor::exportCsv(const QString &path) const
{
    const std::shared_ptr<const Dataset> data = m_model->dataset();
    if (!data)
        return tr("there is no data to export");
    try {
        writeFileAtomically(path.toStdString(), datasetToCsv(*data));
    } catch (const InputError &error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

void DatasetEditor::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a dataset"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = importCsv(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot import the dataset"),
                             tr("%1\n\nThe current data and network are unchanged.").arg(error));
}

void DatasetEditor::chooseExportFile()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export the dataset"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(".csv", Qt::CaseInsensitive))
        path += ".csv";
    const QString error = exportCsv(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot export the dataset"), error);
}

} // namespace bp::ui
