#include "ui/gradcheck/gradient_check_model.h"

#include "ui/gradcheck/error_scale.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bp::ui {

namespace {

// NaN ranks above every number, so that a broken value sorts as the worst.
double sortKey(double value)
{
    return std::isnan(value) ? INFINITY : value;
}

} // namespace

GradientCheckModel::GradientCheckModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void GradientCheckModel::setReport(std::shared_ptr<const GradientCheckReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    m_order.resize(m_report ? m_report->parameters.size() : 0);
    std::iota(m_order.begin(), m_order.end(), 0);
    sortRows();
    endResetModel();
}

int GradientCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

int GradientCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void GradientCheckModel::setValueDigits(int digits)
{
    if (digits == m_valueDigits)
        return;
    m_valueDigits = digits;
    if (rowCount() > 0)
        emit dataChanged(index(0, BackpropColumn), index(rowCount() - 1, NumericColumn), {Qt::DisplayRole});
}

QVariant GradientCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || !m_report)
        return {};
    const int position = m_order[static_cast<std::size_t>(index.row())];
    const CheckedParameter &parameter = m_report->parameters[static_cast<std::size_t>(position)];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ParameterColumn: return parameterSymbol(parameter.index);
        case BackpropColumn: return formatSignificant(parameter.analytic, m_valueDigits);
        case NumericColumn: return formatSignificant(parameter.numeric, m_valueDigits);
        case RelativeErrorColumn: return formatRelativeError(parameter.relativeError);
        default: return {};
        }
    case ValueRole:
        switch (column) {
        case ParameterColumn: return position;
        case BackpropColumn: return parameter.analytic;
        case NumericColumn: return parameter.numeric;
        case RelativeErrorColumn: return parameter.relativeError;
        default: return {};
        }
    case LayerRole: return parameter.index.layer;
    case RowRole: return parameter.index.row;
    case ColumnRole: return parameter.index.column;
    case Qt::TextAlignmentRole:
        return column == ParameterColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (column == RelativeErrorColumn)
            return relativeErrorColor(parameter.relativeError);
        return {};
    case Qt::ForegroundRole:
        if (column == RelativeErrorColumn)
            return palette::textOn(relativeErrorColor(parameter.relativeError));
        return {};
    case Qt::ToolTipRole: {
        const QString symbol = parameterSymbol(parameter.index);
        return tr("∂E/∂%1\nbackprop: %2\ncentral difference: %3\nrelative error: %4")
            .arg(symbol, formatSignificant(parameter.analytic, 12), formatSignificant(parameter.numeric, 12),
                 formatRelativeError(parameter.relativeError));
    }
    default: return {};
    }
}

QVariant GradientCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole) {
        // The sorted column carries the arrow in its text (the view hides Qt's own indicator).
        const QString arrow = section != m_sortColumn              ? QString()
                              : m_sortOrder == Qt::DescendingOrder ? QStringLiteral(" ▾")
                                                                   : QStringLiteral(" ▴");
        switch (section) {
        // The lecture's symbols: the rows are weights and biases (w¹₂₁, b¹₂), and the short title
        // leaves the two derivatives their digits in a side column.
        case ParameterColumn: return tr("w, b") + arrow;
        case BackpropColumn: return tr("Backprop\n∂E/∂w") + arrow;
        case NumericColumn: return tr("Numerical\n∂E/∂w") + arrow;
        case RelativeErrorColumn: return tr("Relative\nerror") + arrow;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ParameterColumn:
            return tr("The weight wˡⱼₖ (from neuron k of layer l−1 to neuron j of "
                      "layer l), or the bias bˡⱼ");
        case BackpropColumn: return tr("∂E/∂w from one backward pass (BP3, BP4)");
        case NumericColumn:
            return tr("The central difference (E(w + h) − E(w − h)) / 2h: two forward passes");
        case RelativeErrorColumn: return tr("|backprop − numerical| / max(|backprop|, |numerical|, 10⁻⁴)");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return section == ParameterColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void GradientCheckModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const std::vector<int> before = m_order;
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    // Selections and the current cell follow their parameter to its new row.
    std::vector<int> newRow(m_order.size());
    for (std::size_t r = 0; r < m_order.size(); ++r)
        newRow[static_cast<std::size_t>(m_order[r])] = static_cast<int>(r);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to << this->index(newRow[static_cast<std::size_t>(before[static_cast<std::size_t>(index.row())])],
                          index.column());
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void GradientCheckModel::sortRows()
{
    if (!m_report)
        return;
    // Ties keep the network's order in both directions, so equal errors read top to bottom by layer.
    std::sort(m_order.begin(), m_order.end());
    const auto &parameters = m_report->parameters;
    auto key = [&](int i) {
        const CheckedParameter &p = parameters[static_cast<std::size_t>(i)];
        switch (m_sortColumn) {
        case BackpropColumn: return sortKey(p.analytic);
        case NumericColumn: return sortKey(p.numeric);
        case RelativeErrorColumn: return sortKey(p.relativeError);
        default: return static_cast<double>(i);
        }
    };
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](int a, int b) { return descending ? key(a) > key(b) : key(a) < key(b); });
}

} // namespace bp::ui
