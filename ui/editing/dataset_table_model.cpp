#include "ui/editing/dataset_table_model.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace bp::ui {

DatasetTableModel::DatasetTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void DatasetTableModel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    if (dataset == m_dataset)
        return;
    const bool sameShape = m_dataset && dataset && dataset->sampleCount() == m_dataset->sampleCount() &&
                           dataset->inputSize() == m_dataset->inputSize() &&
                           dataset->targetSize() == m_dataset->targetSize();
    if (sameShape) {
        m_dataset = std::move(dataset);
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    beginResetModel();
    m_dataset = std::move(dataset);
    endResetModel();
}

bool DatasetTableModel::isTargetColumn(int column) const
{
    return m_dataset && column >= m_dataset->inputSize();
}

int DatasetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : m_dataset->sampleCount();
}

int DatasetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : m_dataset->inputSize() + m_dataset->targetSize();
}

QVariant DatasetTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_dataset || !index.isValid())
        return {};
    const int column = index.column();
    const bool target = isTargetColumn(column);
    const double value = target ? m_dataset->targets(column - m_dataset->inputSize(), index.row())
                                : m_dataset->inputs(column, index.row());
    switch (role) {
    case Qt::DisplayRole: return QString::number(value, 'g', 6);
    // Editing starts from the exact value, so that leaving a cell unchanged changes nothing.
    case Qt::EditRole: return QString::number(value, 'g', 17);
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        // Targets stand apart from inputs, in the theme's own alternate colour.
        return target ? QVariant(QGuiApplication::palette().brush(QPalette::AlternateBase)) : QVariant();
    default: return {};
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_dataset)
        return {};
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        if (role == Qt::ToolTipRole)
            return tr("Sample %1").arg(section + 1);
        return {};
    }
    const bool target = isTargetColumn(section);
    const int i = target ? section - m_dataset->inputSize() : section;
    const std::vector<std::string> &names = target ? m_dataset->targetNames : m_dataset->inputNames;
    const QString name = static_cast<std::size_t>(i) < names.size()
                             ? QString::fromStdString(names[static_cast<std::size_t>(i)])
                             : QString(target ? "t%1" : "x%1").arg(i + 1);
    if (role == Qt::DisplayRole)
        return name;
    if (role == Qt::ToolTipRole)
        return target ? tr("Target %1: what output neuron %1 should give").arg(i + 1)
                      : tr("Input %1: the value of input neuron %1").arg(i + 1);
    return {};
}

Qt::ItemFlags DatasetTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool DatasetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_dataset || !index.isValid() || role != Qt::EditRole)
        return false;
    bool ok = false;
    // Either decimal mark is accepted: teachers type what their keyboard gives.
    const double number = value.toString().trimmed().replace(',', '.').toDouble(&ok);
    const QString column = headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
    if (!ok || !std::isfinite(number)) {
        emit invalidValue(tr("Sample %1, column %2: '%3' is not a finite number")
                              .arg(index.row() + 1)
                              .arg(column, value.toString()));
        return false;
    }
    const bool target = isTargetColumn(index.column());
    const int row = target ? index.column() - m_dataset->inputSize() : index.column();
    Dataset edited = *m_dataset;
    double &cell = target ? edited.targets(row, index.row()) : edited.inputs(row, index.row());
    if (cell == number)
        return false;
    cell = number;
    // Shown at once, so that the next edit builds on this one even before training has it.
    m_dataset = std::make_shared<const Dataset>(edited);
    emit dataChanged(index, index);
    emit cellEditRequested(edited, tr("set %1 of sample %2 to %3")
                                       .arg(column)
                                       .arg(index.row() + 1)
                                       .arg(QString::number(number, 'g', 6)));
    return true;
}

} // namespace bp::ui
