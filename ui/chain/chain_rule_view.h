#pragma once

#include "ui/chain/chain_rule_geometry.h"
#include "ui/chain/chain_rule_model.h"

#include <QWidget>

#include <memory>
#include <vector>

class QAbstractButton;

namespace bp::ui {

/// The chain rule, live: the selected neuron unfolded into its scalar operations (inputs times
/// weights, the sum with the bias giving z, the activation giving a, onwards to E through each
/// neuron of the next layer), with the numbers of the trace on show. Forward phases show values;
/// backward phases show each edge's local derivative, each node's ∂E/∂ and, on the edge being
/// computed, upstream × local = downstream. Layout in chain_rule_geometry, values in
/// chain_rule_model; this class only paints and handles clicks.
class ChainRuleView : public QWidget {
    Q_OBJECT
public:
    explicit ChainRuleView(QWidget *parent = nullptr);

    /// The same arguments as the equation panel gets: the trace, the phase on show (−1: none), the
    /// selection, and the values the class is predicting (shown as "?").
    void setState(std::shared_ptr<const Trace> trace, int phaseIndex, const Selection &selection,
                  const std::vector<Selection> &concealed = {});
    /// Enlarges the text (presenter mode: 1.6), and with it the smallest text drawn.
    void setTextScale(double scale);
    double textScale() const { return m_textScale; }
    /// The smallest text drawn: kChainMinTextPixels × the text scale. Below the size that needs, the
    /// view asks for more (minimumSizeHint) and its host scrolls.
    double minimumTextPixels() const;

    /// A text as the last paint drew it (for the layout tests): its words, box and pixel size.
    struct PaintedText {
        QString text;
        QRectF rect;
        double pixels = 0.0;
    };
    const std::vector<PaintedText> &paintedTexts() const { return m_paintedTexts; }

    const ChainModel &model() const { return m_model; }
    const ChainGeometry &geometry() const { return m_geometry; }
    const ChainExpansion &expansion() const { return m_expansion; }
    /// The title and the note as shown (for tests and the screen reader).
    QString titleText() const;
    QString noteText() const;
    /// The text of a node's lines and of an edge's label as painted.
    QStringList nodeLines(int node) const;
    QString edgeLabel(int edge) const;
    /// The keyboard's way to what a click does: one button over each "+ N more" (Tab reaches it,
    /// Enter or Space expands) and one over the note's link to the equation panel, each with an
    /// accessible name. Only the buttons for what is on show are visible.
    std::vector<QAbstractButton *> keyboardButtons() const { return m_buttons; }
    /// Expands the "+ N more" of node `node` (its inputs or the next layer's neurons).
    void expand(int node);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The note's link: show the equation panel (BP2 written out with the selected neuron's numbers).
    void equationPanelRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void relayout();
    void placeButtons();
    double uiPixels() const;
    double nodeWidthEms() const;

    std::shared_ptr<const Trace> m_trace;
    int m_phaseIndex = -1;
    Selection m_selection;
    std::vector<Selection> m_concealed;
    ChainExpansion m_expansion;
    // The neuron the expansion belongs to: selecting another collapses again.
    int m_expandedLayer = -1;
    int m_expandedNeuron = -1;
    double m_textScale = 1.0;
    ChainModel m_model;
    ChainGeometry m_geometry;
    // m_buttons[0] is the note's link; the others stand over the "+ N more" nodes, in model order.
    std::vector<QAbstractButton *> m_buttons;
    std::vector<PaintedText> m_paintedTexts;
};

} // namespace bp::ui
