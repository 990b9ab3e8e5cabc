#include "ui/panels/equation_column.h"

#include "ui/panels/equation_panel.h"
#include "ui/panels/neuron_details.h"

#include <QVBoxLayout>

namespace bp::ui {

EquationColumn::EquationColumn(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_equations = new EquationPanel(this);
    m_details = new NeuronDetails(this);
    layout->addWidget(m_equations, 1);
    layout->addWidget(m_details);
    connect(m_equations, &EquationPanel::contentChanged, this, &EquationColumn::giveWayToSum);
    connect(m_details, &NeuronDetails::contentChanged, this, &EquationColumn::giveWayToSum);
}

void EquationColumn::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    giveWayToSum();
}

void EquationColumn::giveWayToSum()
{
    // Decided from the column's own size, never from the equation's current one: the equation's
    // height follows from this choice, and a choice that read it would undo itself on the next
    // layout.
    const QRect inside = contentsRect().marginsRemoved(layout()->contentsMargins());
    const int spacing = layout()->spacing();
    for (const bool compact : {false, true}) {
        m_details->setCompact(compact);
        const int detailsHeight = m_details->heightForWidth(inside.width());
        if (m_equations->sumFitsIn(inside.height() - spacing - detailsHeight)) {
            m_details->show();
            return;
        }
    }
    // The sum's terms are what the class redoes; the neuron's z, a and b are in its tool tip.
    m_details->hide();
}

} // namespace bp::ui
