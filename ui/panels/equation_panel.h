#pragma once

#include "core/maths/trace.h"
#include "ui/graph/network_scene.h"

#include <QWidget>

#include <memory>

class QTextBrowser;

namespace bp::ui {

/// The equation of the current phase in the lecture's notation, with the numbers of the selected
/// neuron or weight filled in, and one note on our sign convention against the lecture's.
class EquationPanel : public QWidget {
    Q_OBJECT

public:
    explicit EquationPanel(QWidget *parent = nullptr);

    /// Shows phase `phaseIndex` of the trace (−1 or a null trace: the overview of one step).
    /// `concealed`: values the class is predicting (a Neuron's δ, an Edge's Δw), printed as "?".
    void setState(std::shared_ptr<const Trace> trace, int phaseIndex, const Selection &selection,
                  const std::vector<Selection> &concealed = {});
    /// Text size in points (presenter mode makes it larger).
    void setPointSize(int points);

    /// The HTML on show, for tests.
    QString html() const;
    /// The text size in pixels on show: the size asked for, or smaller where the worked sum would
    /// not be in view whole (never below kSmallestPixels).
    double shownPixels() const;
    /// The smallest text the panel falls to to keep a sum in view (the floor for a projector).
    static constexpr double kSmallestPixels = 12.0;
    /// Whether the worked sum on show (none: true) would lie whole in view, at kSmallestPixels at
    /// most, were the panel `panelHeight` pixels tall: what the panel's neighbours give way for.
    bool sumFitsIn(int panelHeight) const;

    /// The HTML of one phase: a title, the general equation, and the selected neuron's numbers.
    static QString phaseHtml(const Trace &trace, int phaseIndex, const Selection &selection,
                             const std::vector<Selection> &concealed = {});
    /// The HTML shown when no step is being replayed.
    static QString overviewHtml();
    /// A number as the panel prints it: 3 significant digits and a true minus sign, as the graph
    /// (results carry the graph's sign too: formatNeuronValue).
    static QString formatValue(double value);

signals:
    /// Another equation or type size is on show (the room the sum needs may have changed).
    void contentChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    /// The largest text size, up to the one asked for, at which the worked sum (the paragraph that
    /// wraps a sum term by term) lies in view from its first term to its result without scrolling.
    void fitSumInView();
    void applyPoints(double points);

    QTextBrowser *m_text = nullptr;
    QString m_html;
    std::shared_ptr<const Trace> m_trace;
    int m_phaseIndex = -1;
    int m_points = 14;
    Selection m_selection;
    std::vector<Selection> m_concealed;
};

} // namespace bp::ui
