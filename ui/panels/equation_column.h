#pragma once

#include <QWidget>

namespace bp::ui {

class EquationPanel;
class NeuronDetails;

/// The equation of the phase with the selected neuron's details below it. The details give way to
/// the worked sum: on a short column (16-4-16 at 1024 × 768) they are compacted, or folded away, so
/// that every term of the sum and its result stay in view.
class EquationColumn : public QWidget {
    Q_OBJECT

public:
    explicit EquationColumn(QWidget *parent = nullptr);

    EquationPanel *equations() const { return m_equations; }
    NeuronDetails *details() const { return m_details; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The details at their fullest that leaves the equation room for its whole sum.
    void giveWayToSum();

    EquationPanel *m_equations = nullptr;
    NeuronDetails *m_details = nullptr;
};

} // namespace bp::ui
