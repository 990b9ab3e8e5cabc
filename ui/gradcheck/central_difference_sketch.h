#pragma once

#include <QWidget>

namespace bp::ui {

/// The idea of the check in one picture, shown before the first check: the formula
/// ∂E/∂w ≈ [E(w + h) − E(w − h)] / 2h as a fraction, and a curve E(w) whose tangent at w (the slope
/// backprop computes) lies almost on the line through E(w − h) and E(w + h). The curve is a sketch,
/// not the network's loss, and h is drawn far larger than it is.
class CentralDifferenceSketch : public QWidget {
    Q_OBJECT
public:
    explicit CentralDifferenceSketch(QWidget *parent = nullptr);

    /// The h printed under the formula ("h = 10⁻⁵").
    void setStepText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_stepText;
};

} // namespace bp::ui
