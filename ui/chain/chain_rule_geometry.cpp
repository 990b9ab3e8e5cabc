#include "ui/chain/chain_rule_geometry.h"

#include <algorithm>
#include <cmath>

namespace bp::ui {

namespace {

// A node box's height in units of the text size: two lines of text.
constexpr double kNodeHeightEms = 2.5;
// The share of a cell a box takes: the rest is the gap that the edges and their labels need.
constexpr double kColumnFill = 0.86;
constexpr double kRowFill = 0.94;

} // namespace

int ChainGeometry::nodeAt(QPointF p) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].contains(p))
            return static_cast<int>(i);
    }
    return -1;
}

namespace {

// The title line and the two lines of the note, for a view this high.
double chromePixelsFor(double height, double uiPixels, double minimumPixels)
{
    // The title and the note shrink in a low panel, so that the graph keeps most of the height.
    return std::max(minimumPixels, std::min(uiPixels, height / 22.0));
}

} // namespace

ChainGeometry layoutChain(const ChainModel &model, QSizeF viewSize, double uiPixels, double minimumPixels,
                          double nodeWidthEms)
{
    const double boxEms = std::max(nodeWidthEms, kChainNodeWidthEms);
    ChainGeometry geometry;
    minimumPixels = std::max(minimumPixels, kChainMinTextPixels);
    geometry.chromePixels = chromePixelsFor(viewSize.height(), uiPixels, minimumPixels);
    const double margin = 0.6 * geometry.chromePixels;
    const double line = 1.6 * geometry.chromePixels;
    geometry.title = QRectF(margin, margin, std::max(0.0, viewSize.width() - 2 * margin), line);
    geometry.note = QRectF(margin, std::max(margin, viewSize.height() - margin - 2 * line),
                           std::max(0.0, viewSize.width() - 2 * margin), 2 * line);
    geometry.graph =
        QRectF(margin, geometry.title.bottom() + 0.4 * uiPixels, std::max(0.0, viewSize.width() - 2 * margin),
               std::max(0.0, geometry.note.top() - geometry.title.bottom() - 0.8 * uiPixels));
    if (model.layer == 0 || model.columns == 0 || model.rows <= 0)
        return geometry;

    // Below the minimum size the cells grow to fit the minimum text, past the view's edges.
    const double columnWidth =
        std::max(geometry.graph.width() / model.columns, boxEms * minimumPixels / kColumnFill);
    // Half-rows: an input and its weight take two rows, their product sits between them.
    const double rowHeight =
        std::max(geometry.graph.height() / model.rows, kNodeHeightEms * minimumPixels / kRowFill);
    // The largest text for which every box fits its cell with a gap.
    const double fitted =
        std::min({uiPixels, kColumnFill * columnWidth / boxEms, kRowFill * rowHeight / kNodeHeightEms});
    geometry.textPixels = std::max(minimumPixels, fitted);
    geometry.smallPixels = std::max(minimumPixels, 0.85 * geometry.textPixels);
    const double width = boxEms * geometry.textPixels;
    const double height = kNodeHeightEms * geometry.textPixels;
    for (const ChainNode &node : model.nodes) {
        const bool small = node.kind == ChainNode::Kind::Multiply;
        const double w = small ? 0.9 * width : width;
        const double h = height;
        const double x = geometry.graph.left() + (node.column + 0.5) * columnWidth;
        const double y = geometry.graph.top() + (node.row + 0.5) * rowHeight;
        geometry.nodes.emplace_back(x - w / 2, y - h / 2, w, h);
    }
    return geometry;
}

QSizeF chainMinimumSize(const ChainModel &model, double uiPixels, double minimumPixels, double nodeWidthEms)
{
    const double boxEms = std::max(nodeWidthEms, kChainNodeWidthEms);
    minimumPixels = std::max(minimumPixels, kChainMinTextPixels);
    // The chrome at its largest, so that the graph fits whatever the title and the note take.
    const double chrome = std::max(minimumPixels, uiPixels);
    const double margin = 0.6 * chrome;
    const double line = 1.6 * chrome;
    if (model.layer == 0 || model.columns == 0 || model.rows <= 0)
        return {0.0, 0.0};
    const double width = 2 * margin + model.columns * boxEms * minimumPixels / kColumnFill;
    const double graphHeight = model.rows * kNodeHeightEms * minimumPixels / kRowFill;
    return {std::ceil(width), std::ceil(graphHeight + 0.8 * uiPixels + 2 * margin + 3 * line)};
}

} // namespace bp::ui
