#pragma once

#include "core/data/dataset.h"

#include <QAbstractTableModel>

#include <memory>

namespace bp::ui {

/// The training samples as a table: one row per sample, the input columns x… then the target
/// columns t…. Editing a cell shows the edited copy at once and asks for it (cellEditRequested);
/// the data training really has comes back through setDataset.
class DatasetTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit DatasetTableModel(QObject *parent = nullptr);

    /// Shows this data. The same shape refreshes the cells in place (the view keeps its current
    /// cell); another shape resets the table.
    void setDataset(std::shared_ptr<const Dataset> dataset);
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }

    /// True for the columns that hold targets.
    bool isTargetColumn(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    /// A cell was edited: the whole dataset with that one value changed.
    void cellEditRequested(const bp::Dataset &dataset, const QString &description);
    /// A value typed into a cell was not a finite number.
    void invalidValue(const QString &message);

private:
    std::shared_ptr<const Dataset> m_dataset;
};

} // namespace bp::ui
