#pragma once

#include "core/maths/network.h"
#include "core/maths/trace.h"
#include "core/maths/types.h"
#include "ui/style/selection.h"

#include <QLabel>
#include <QStringList>

#include <vector>

namespace bp::ui {

/// The numbers of the selected neuron or weight, below the equation: from the replayed step when one
/// is on show (z, a, δ, ∂E/∂b, σ′(z)), else from the live network (a, b).
class NeuronDetails : public QLabel {
    Q_OBJECT

public:
    explicit NeuronDetails(QWidget *parent = nullptr);

    /// `network` holds the parameters on show; `trace` the replayed step (null: none);
    /// `activations` the live activations a⁰…aᴸ of the sample on show; `deltaHidden` hides δ (the
    /// class is predicting it).
    void showSelection(const Network &network, const Trace *trace, const std::vector<Vector> &activations,
                       const Selection &selection, bool deltaHidden);
    /// Its style sheet (colours of the theme, type size of the mode).
    void applyStyle(bool presenting, double scale);
    /// Compact: the name and the values in one paragraph, wrapped between values, for a short
    /// column where the equation's sum needs the lines.
    void setCompact(bool compact);

signals:
    /// Other values or another type size are on show (the height the block needs may have changed).
    void contentChanged();

private:
    /// The block's lines: the name of the selection, then its values (empty: nothing selected).
    static QStringList details(const Network &network, const Trace *trace,
                               const std::vector<Vector> &activations, const Selection &selection,
                               bool deltaHidden);
    void showLines();

    QStringList m_lines;
    bool m_compact = false;
};

} // namespace bp::ui
