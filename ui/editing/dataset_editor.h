#pragma once

#include "core/data/dataset.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;
class QToolButton;

namespace bp::ui {

class DatasetTableModel;

/// The table of the run's inputs and targets, editable in place: cells, samples (rows), input and
/// target columns, and CSV import and export. It never changes training itself: every edit is a
/// request (editRequested) with the whole edited dataset; the main window decides how the network
/// follows a new column and sends it to training.
class DatasetEditor : public QWidget {
    Q_OBJECT

public:
    explicit DatasetEditor(QWidget *parent = nullptr);

    /// Shows the run's data.
    void setDataset(std::shared_ptr<const Dataset> dataset);
    std::shared_ptr<const Dataset> dataset() const;
    QTableView *table() const { return m_table; }
    DatasetTableModel *model() const { return m_model; }

    /// Reads a CSV file (header x…, t…). On success asks for it and returns ""; otherwise returns
    /// the problem with its line and column and asks for nothing.
    QString importCsv(const QString &path);
    /// Writes the data as CSV; returns "" or the problem.
    QString exportCsv(const QString &path) const;

public slots:
    /// After the current sample (or at the end), a sample of zeros.
    void addSample();
    /// The current sample (or the last one); never the only one.
    void removeSample();
    /// Input and target columns are added and removed at the end, so every other column keeps its
    /// place and the network keeps the weights of every remaining input and output.
    void addInputColumn();
    void removeInputColumn();
    void addTargetColumn();
    void removeTargetColumn();

signals:
    /// The whole dataset as edited, and what the edit did, for the undo history.
    void editRequested(const bp::Dataset &dataset, const QString &description);
    /// Something could not be done; the message says why.
    void problem(const QString &message);

private:
    void request(Dataset dataset, const QString &description);
    void updateButtons();
    int currentSample() const;
    void chooseImportFile();
    void chooseExportFile();

    DatasetTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_removeSample = nullptr;
    QToolButton *m_removeInput = nullptr;
    QToolButton *m_removeTarget = nullptr;
};

} // namespace bp::ui
