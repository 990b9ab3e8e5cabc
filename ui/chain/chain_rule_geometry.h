#pragma once

#include "ui/chain/chain_rule_model.h"

#include <QRectF>
#include <QSizeF>

#include <vector>

namespace bp::ui {

/// Where the chain-rule view draws each part of a ChainModel, in widget pixels. Pure: no painting.
struct ChainGeometry {
    /// The pixel size of the node text after fitting (the caption size, or smaller when the graph
    /// would not fit; never below kChainMinTextPixels).
    double textPixels = 0.0;
    /// The pixel size of the title and the note.
    double chromePixels = 0.0;
    /// One box per node of the model, in the same order.
    std::vector<QRectF> nodes;
    /// The title line at the top and the note line (with its link to the equation panel) at the bottom.
    QRectF title;
    QRectF note;
    /// The area the graph is laid out in.
    QRectF graph;

    bool isEmpty() const { return nodes.empty(); }
    /// The node whose box contains p, or −1.
    int nodeAt(QPointF p) const;
};

/// The smallest text the view draws: below it a projector's back row reads nothing.
inline constexpr double kChainMinTextPixels = 9.0;

/// Lays a model out in a view of this size; uiPixels is the caption text size (presenter mode
/// passes a larger one). Node boxes keep their aspect and never overlap; columns spread over the
/// width, half-rows over the height.
ChainGeometry layoutChain(const ChainModel &model, QSizeF viewSize, double uiPixels);

} // namespace bp::ui
