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
/// the value carries `symbol` (δ during the backward pass).
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
                if (l > 0) {
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

} // namespace bp::test
