#pragma once

// Checks on what the network graph drew (its texts, their tags and its circles), shared by the
// window's projector tests: legible, uncovered and never on a neuron other than their own.

#include "ui/graph/network_painter.h"
#include "ui/graph/network_view.h"

#include <QChar>
#include <QRectF>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

namespace bp::test {

inline const char *kindName(ui::PaintedText::Kind kind)
{
    using Kind = ui::PaintedText::Kind;
    switch (kind) {
    case Kind::NeuronValue: return "value";
    case Kind::BiasTag: return "bias";
    case Kind::Target: return "target";
    case Kind::Caption: return "caption";
    case Kind::EdgeValue: return "edge";
    case Kind::Note: return "note";
    case Kind::Legend: return "legend";
    case Kind::Phase: return "phase";
    case Kind::Banner: return "banner";
    case Kind::Message: return "message";
    }
    return "?";
}

inline std::string describe(const ui::PaintedText &t)
{
    const QRectF &r = t.cover;
    return std::string(kindName(t.kind)) + " \"" + t.text.toStdString() + "\" (layer " + std::to_string(t.layer) +
           ", neuron " + std::to_string(t.neuron) + ", " + std::to_string(t.pixels) + " px) at " +
           std::to_string(static_cast<int>(r.x())) + "," + std::to_string(static_cast<int>(r.y())) + " " +
           std::to_string(static_cast<int>(r.width())) + "×" + std::to_string(static_cast<int>(r.height()));
}

/// How far a box reaches into a circle: the circle's radius less the distance from its centre to
/// the nearest point of the box (positive: they overlap by that much).
inline double depthInCircle(const QRectF &box, const QRectF &circle)
{
    const QPointF c = circle.center();
    const double dx = std::max({box.left() - c.x(), 0.0, c.x() - box.right()});
    const double dy = std::max({box.top() - c.y(), 0.0, c.y() - box.bottom()});
    return circle.width() / 2.0 - std::hypot(dx, dy);
}

/// Every neuron of every layer in `sizes` prints its value, at least `minimum` px; after the input
/// the value carries `symbol` (δ during the backward pass; a null QChar: an a, which has none).
inline void expectEveryNeuronPrintsItsValue(const ui::NetworkView &view, const std::vector<int> &sizes, double minimum,
                                            QChar symbol, const std::string &name)
{
    const std::vector<ui::PaintedText> &texts = view.paintedTexts();
    for (int l = 0; l < static_cast<int>(sizes.size()); ++l) {
        for (int j = 0; j < sizes[static_cast<std::size_t>(l)]; ++j) {
            bool found = false;
            for (const ui::PaintedText &t : texts) {
                if (t.kind != ui::PaintedText::Kind::NeuronValue || t.layer != l || t.neuron != j)
                    continue;
                found = true;
                EXPECT_GE(t.pixels, minimum) << name << ": " << describe(t);
                if (l > 0 && !symbol.isNull()) {
                    EXPECT_TRUE(t.text.contains(symbol)) << name << ": " << describe(t);
                }
            }
            EXPECT_TRUE(found) << name << ": no value on neuron " << j << " of layer " << l;
        }
    }
}

/// No text smaller than `minimum`, none outside the view, no two texts (with their tags)
/// overlapping, and none on a neuron circle other than its own (a value inside its circle is on its
/// own neuron; captions and the legend keep to their strips).
inline void expectGraphTextsReadable(const ui::NetworkView &view, const std::vector<int> &sizes, double minimum,
                                     const std::string &name)
{
    const std::vector<ui::PaintedText> &texts = view.paintedTexts();
    ASSERT_FALSE(texts.empty()) << name;
    const QRectF bounds = QRectF(view.rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (std::size_t a = 0; a < texts.size(); ++a) {
        EXPECT_GE(texts[a].pixels, minimum) << name << ": " << describe(texts[a]);
        EXPECT_TRUE(bounds.contains(texts[a].cover)) << name << ": " << describe(texts[a]);
        for (std::size_t b = a + 1; b < texts.size(); ++b) {
            const QRectF overlap = texts[a].cover.intersected(texts[b].cover);
            // A pixel of anti-aliasing is no overlap.
            EXPECT_FALSE(overlap.width() > 1.0 && overlap.height() > 1.0)
                << name << ": " << describe(texts[a]) << " overlaps " << describe(texts[b]);
        }
    }
    for (const ui::PaintedText &t : texts) {
        if (t.kind == ui::PaintedText::Kind::Caption || t.kind == ui::PaintedText::Kind::Legend)
            continue;
        for (int l = 0; l < static_cast<int>(sizes.size()); ++l) {
            for (int j = 0; j < sizes[static_cast<std::size_t>(l)]; ++j) {
                if (t.layer == l && t.neuron == j)
                    continue;
                const double depth = depthInCircle(t.cover, view.neuronRect(l, j));
                EXPECT_LE(depth, 1.0) << name << ": " << describe(t) << " covers neuron " << j << " of layer " << l
                                      << " by " << depth << " px";
            }
        }
    }
}

inline const char *kindName(ui::PaintedMark::Kind kind)
{
    using Kind = ui::PaintedMark::Kind;
    switch (kind) {
    case Kind::Gauge: return "σ′ gauge";
    case Kind::Badge: return "badge";
    case Kind::Leader: return "bias tag's line";
    }
    return "?";
}

inline std::string describe(const ui::PaintedMark &m)
{
    const QRectF &r = m.cover;
    std::ostringstream out;
    out << kindName(m.kind) << " of neuron " << m.neuron << " of layer " << m.layer << " at "
        << static_cast<int>(r.x()) << "," << static_cast<int>(r.y()) << " " << std::ceil(r.width()) << "×"
        << std::ceil(r.height());
    return out.str();
}

/// No mark without text (a σ′ gauge, a badge, a bias tag's line) lies on a text or its tag (its own
/// neuron's value included: a value must be read whole), outside the view, or on a neuron circle
/// other than its own.
inline void expectMarksCoverNoText(const ui::NetworkView &view, const std::vector<int> &sizes,
                                   const std::string &name)
{
    const QRectF bounds = QRectF(view.rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const ui::PaintedMark &m : view.paintedMarks()) {
        EXPECT_TRUE(bounds.contains(m.cover)) << name << ": " << describe(m);
        for (const ui::PaintedText &t : view.paintedTexts()) {
            const QRectF overlap = m.cover.intersected(t.cover);
            EXPECT_FALSE(overlap.width() > 1.0 && overlap.height() > 1.0)
                << name << ": the " << describe(m) << " touches " << describe(t);
        }
        for (int l = 0; l < static_cast<int>(sizes.size()); ++l) {
            for (int j = 0; j < sizes[static_cast<std::size_t>(l)]; ++j) {
                if (m.layer == l && m.neuron == j)
                    continue;
                const double depth = depthInCircle(m.cover, view.neuronRect(l, j));
                EXPECT_LE(depth, 1.0) << name << ": the " << describe(m) << " covers neuron " << j << " of layer "
                                      << l << " by " << depth << " px";
            }
        }
    }
}

/// The neuron's bias tag ("b²₄ = +0.117") is on the graph.
inline void expectBiasTagDrawn(const ui::NetworkView &view, int layer, int neuron, const std::string &name)
{
    const std::vector<ui::PaintedText> &texts = view.paintedTexts();
    const bool drawn = std::any_of(texts.begin(), texts.end(), [&](const ui::PaintedText &t) {
        return t.kind == ui::PaintedText::Kind::BiasTag && t.layer == layer && t.neuron == neuron &&
               t.text.contains(QLatin1Char('='));
    });
    EXPECT_TRUE(drawn) << name << ": no bias tag for neuron " << neuron << " of layer " << layer;
}

/// Selects each neuron after the input in turn: its bias tag is drawn, and it, its line and every
/// other text and mark stay legible and uncovered (as expectGraphTextsReadable and
/// expectMarksCoverNoText say). The view's selection is put back after.
inline void expectEveryBiasTagPlaced(ui::NetworkView &view, const std::vector<int> &sizes, double minimum,
                                     const std::string &name)
{
    const ui::Selection before = view.selection();
    for (int l = 1; l < static_cast<int>(sizes.size()); ++l) {
        for (int j = 0; j < sizes[static_cast<std::size_t>(l)]; ++j) {
            ui::Selection neuron;
            neuron.kind = ui::Selection::Kind::Neuron;
            neuron.layer = l;
            neuron.neuron = j;
            view.setSelection(neuron);
            view.repaint();
            const std::string where = name + ", neuron " + std::to_string(j) + " of layer " + std::to_string(l) +
                                      " selected";
            expectBiasTagDrawn(view, l, j, where);
            expectGraphTextsReadable(view, sizes, minimum, where);
            expectMarksCoverNoText(view, sizes, where);
        }
    }
    view.setSelection(before);
    view.repaint();
}

} // namespace bp::test
