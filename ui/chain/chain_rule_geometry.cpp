#include "ui/chain/chain_rule_geometry.h"

#include <algorithm>

namespace bp::ui {

namespace {

// A node box in units of the text size: wide enough for "w²₁₂ = −0.0003812" and two lines of text.
constexpr double kNodeWidthEms = 7.4;
constexpr double kNodeHeightEms = 2.5;

} // namespace

int ChainGeometry::nodeAt(QPointF p) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].contains(p))
            return static_cast<int>(i);
    }
    return -1;
}

ChainGeometry layoutChain(const ChainModel &model, QSizeF viewSize, double uiPixels)
{
    ChainGeometry geometry;
    // The title and the note shrink in a low panel, so that the graph keeps most of the height.
    geometry.chromePixels = std::max(kChainMinTextPixels, std::min(uiPixels, viewSize.height() / 22.0));
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

    const double columnWidth = geometry.graph.width() / model.columns;
    // Half-rows: an input and its weight take two rows, their product sits between them.
    const double rowHeight = geometry.graph.height() / model.rows;
    // The largest text for which every box fits its cell with a gap.
    const double fitted =
        std::min({uiPixels, 0.86 * columnWidth / kNodeWidthEms, 0.94 * rowHeight / kNodeHeightEms});
    geometry.textPixels = std::max(kChainMinTextPixels, fitted);
    const double width = kNodeWidthEms * geometry.textPixels;
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

} // namespace bp::ui
