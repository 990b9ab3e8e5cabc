#include "ui/editing/parameter_dialog.h"

#include "ui/style/value_format.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QVBoxLayout>

namespace bp::ui {

ParameterDialog::ParameterDialog(int layer, int neuron, int from, double current, QWidget *parent)
    : QDialog(parent)
{
    const bool bias = from < 0;
    m_symbol = bias ? indexedSymbol("b", layer, neuron + 1) : indexedSymbol("w", layer, neuron + 1, from + 1);
    setWindowTitle(bias ? tr("Edit bias %1").arg(m_symbol) : tr("Edit weight %1").arg(m_symbol));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(this);
    title->setTextFormat(Qt::RichText);
    title->setText(QStringLiteral("<span style='font-size:18pt'><b>%1</b> = %2</span>")
                       .arg(m_symbol, formatSignificant(current, 6)));
    layout->addWidget(title);
    auto *where = new QLabel(this);
    where->setWordWrap(true);
    if (bias) {
        const QString sub = subscriptNumber(neuron + 1);
        where->setText(tr("The bias of neuron %1 of layer %2, in %3 = Σₖ %4 %5 + %6. The new value applies "
                          "at the next step; Undo (Ctrl+Z) brings back %7.")
                           .arg(neuron + 1)
                           .arg(layer)
                           .arg(indexedSymbol("z", layer, neuron + 1),
                                "w" + superscriptNumber(layer) + sub + QStringLiteral("ₖ"),
                                "a" + superscriptNumber(layer - 1) + QStringLiteral("ₖ"), m_symbol,
                                formatSignificant(current, 6)));
    } else {
        where->setText(tr("The weight from neuron %1 of layer %2 to neuron %3 of layer %4. The new value "
                          "applies at the next step; Undo (Ctrl+Z) brings back %5.")
                           .arg(from + 1)
                           .arg(layer - 1)
                           .arg(neuron + 1)
                           .arg(layer)
                           .arg(formatSignificant(current, 6)));
    }
    layout->addWidget(where);
    m_value = new QDoubleSpinBox(this);
    m_value->setRange(-1e6, 1e6);
    m_value->setDecimals(6);
    m_value->setSingleStep(0.1);
    m_value->setValue(current);
    m_value->setAccessibleName(tr("New value of %1").arg(m_symbol));
    m_value->setToolTip(tr("The new value of %1").arg(m_symbol));
    layout->addWidget(m_value);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_value->setFocus();
    m_value->selectAll();
}

double ParameterDialog::value() const
{
    return m_value->value();
}

void ParameterDialog::setValue(double value)
{
    m_value->setValue(value);
}

} // namespace bp::ui
