#pragma once

#include "ui/gradcheck/gradient_check_report.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace bp::ui {

/// The checked parameters of a GradientCheckReport as a table: the parameter in the lecture's
/// notation, backprop's ∂E/∂w, the central difference and their relative error (shaded on the
/// relativeErrorColor scale). Sorts itself (worst first after setReport); the report is shared,
/// never copied or changed.
class GradientCheckModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ParameterColumn, BackpropColumn, NumericColumn, RelativeErrorColumn, ColumnCount };
    enum Role {
        /// The number behind a cell as a double (for the parameter column: its position in the
        /// network's order). Sorting uses it.
        ValueRole = Qt::UserRole,
        /// The parameter of the row: layer l (1..L), row j and column k (0-based, k = −1 for a bias).
        LayerRole,
        RowRole,
        ColumnRole,
    };

    explicit GradientCheckModel(QObject *parent = nullptr);

    /// Shows a report (null clears the table), sorted by the current sort column and order.
    void setReport(std::shared_ptr<const GradientCheckReport> report);
    const std::shared_ptr<const GradientCheckReport> &report() const { return m_report; }

    /// Significant digits of the two derivatives: 4, so that they visibly agree; the panel asks for
    /// 3 in a column too narrow for 4 ("−0.0244" rather than "−0.024…"). The tool tip has 12.
    void setValueDigits(int digits);
    int valueDigits() const { return m_valueDigits; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void sortRows();

    std::shared_ptr<const GradientCheckReport> m_report;
    /// Row r shows m_report->parameters[m_order[r]].
    std::vector<int> m_order;
    int m_valueDigits = 4;
    int m_sortColumn = RelativeErrorColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace bp::ui
