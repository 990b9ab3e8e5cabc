#pragma once

#include <QDoubleSpinBox>

namespace bp::ui {

/// The learning-rate box: it holds any rate the core accepts (greater than 0, at most
/// kMaxLearningRate) and shows it with the digits it has, so the number on screen is always the
/// rate in use (a fixed 4-decimal box showed 1e6 as its maximum, 10, and 1e-6 as 0).
class RateSpinBox : public QDoubleSpinBox {
public:
    explicit RateSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &position) const override;
    /// As wide as a usual rate ("0.000123", "1000000"), not as its smallest double (23 characters).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int narrowing() const;
};

} // namespace bp::ui
