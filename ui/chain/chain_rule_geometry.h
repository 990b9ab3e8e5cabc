#pragma once

#include "ui/chain/chain_rule_model.h"

#include <QRectF>
#include <QSizeF>

#include <vector>

namespace bp::ui {

/// Where the chain-rule view draws each part of a ChainModel, in widget pixels. Pure: no painting.
struct ChainGeometry {
    /// The pixel size of the node text after fitting (the caption size, or smaller when the graph
    /// would not fit; never below the minimum).
    double textPixels = 0.0;
    /// The pixel size of the second line of a node and of the edges' labels (smaller than the node
    /// text, never below the minimum).
    double smallPixels = 0.0;
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

/// The smallest text the view draws at the desk, #14's floor for a projector (a back row reads
/// nothing smaller); presenter mode raises it with its text scale.
inline constexpr double kChainMinTextPixels = 12.0;

/// Lays a model out in a view of this size; uiPixels is the caption text size (presenter mode
/// passes a larger one) and minimumPixels the smallest text allowed (never less than
/// kChainMinTextPixels). Node boxes keep their aspect and never overlap; columns spread over the
/// width, half-rows over the height. A view smaller than chainMinimumSize() gets text of
/// minimumPixels and boxes that reach past its edges (its host scrolls).
/// A node box's width in units of its text size when no text needs more (see layoutChain).
inline constexpr double kChainNodeWidthEms = 7.4;

/// nodeWidthEms: the box width the widest node text needs, in units of the text size (the view
/// measures it with its font; never less than kChainNodeWidthEms).
ChainGeometry layoutChain(const ChainModel &model, QSizeF viewSize, double uiPixels,
                          double minimumPixels = kChainMinTextPixels,
                          double nodeWidthEms = kChainNodeWidthEms);

/// The smallest view in which layoutChain draws every box inside the view with text of at least
/// minimumPixels.
QSizeF chainMinimumSize(const ChainModel &model, double uiPixels, double minimumPixels = kChainMinTextPixels,
                        double nodeWidthEms = kChainNodeWidthEms);

} // namespace bp::ui
