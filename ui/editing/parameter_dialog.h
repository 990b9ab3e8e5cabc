#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;

namespace bp::ui {

/// Asks for a new value of one weight wˡⱼₖ or bias bˡⱼ, showing it in the lecture's notation with
/// its current value.
class ParameterDialog : public QDialog {
    Q_OBJECT

public:
    /// from < 0 edits the bias bˡⱼ; j and k are 0-based.
    ParameterDialog(int layer, int neuron, int from, double current, QWidget *parent = nullptr);

    double value() const;
    void setValue(double value);
    /// "w²₁₃" or "b¹₂".
    QString symbol() const { return m_symbol; }

private:
    QString m_symbol;
    QDoubleSpinBox *m_value = nullptr;
};

} // namespace bp::ui
