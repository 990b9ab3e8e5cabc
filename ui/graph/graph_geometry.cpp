#include "ui/graph/graph_geometry.h"

#include "ui/graph/saturation_marks.h"
#include "ui/style/palette.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <optional>

namespace bp::ui {

namespace {

constexpr double kReferencePixels = 100.0;
// The sizes of the text on a 1920 × 1080 window, at the desk and in presenter mode.
constexpr double kDeskTextPixels = 14.0;
constexpr double kPresenterTextPixels = 24.0;
constexpr double kReferenceArea = 1920.0 * 1080.0;
// Widest forms of the printed values: a symbol, a sign and three significant digits (σ′ is never
// negative: "σ′=0.00888" is narrower than "δ=−0.00888").
const char16_t *const kWidestValue = u"\u03B4=\u22120.00888";
const char16_t *const kWidestNumber = u"\u22120.00888";
// A column of circles needs at least this vertical pitch at zoom 1; denser layers become grids.
constexpr double kMinCirclePitch = 10.0;
// Circles of a column are never further apart than this many radii (small layers stay together).
constexpr double kMaxPitchInRadii = 3.3;

// Between a circle and the tag of its value: clear of the selection's halo.
double besideGap(double pixels)
{
    return std::max(8.0, pixels * 0.45);
}

// Between a circle and the tag below it: close enough to read as the circle's, clear of the σ′
// gauge (an arc from half past one to half past four that reaches `gaugeClearance` beyond the
// circle on the right, and about three quarters of that down).
double belowGap(double pixels, double radius, double gaugeClearance)
{
    return std::max(pixels * 0.25, gaugeClearance > 0.0 ? 0.75 * (radius + gaugeClearance) - radius : 0.0);
}

// The padding of a tag around its text, left and right together.
double tagPadding(double pixels)
{
    return pixels * 0.6;
}

// The height of a tag: a line of text (1.16 of the pixel size in the UI fonts) and a little padding.
double tagHeight(double pixels)
{
    return pixels * 1.45;
}

struct GridChoice {
    int columns = 1;
    double cell = 0.0;
};

GridChoice chooseGrid(int count, double maxHeight, double maxWidth)
{
    auto cellFor = [&](int columns) {
        const int rows = (count + columns - 1) / columns;
        return std::min(maxHeight / rows, maxWidth / columns);
    };
    // A perfect square of 64 or more is most likely an image (28 × 28 for MNIST): show it as one.
    const int side = static_cast<int>(std::lround(std::sqrt(static_cast<double>(count))));
    if (count >= 64 && side * side == count && cellFor(side) >= 4.0)
        return {side, std::min(cellFor(side), 24.0)};
    GridChoice best{1, cellFor(1)};
    for (int columns = 1; columns <= count; ++columns) {
        const double cell = cellFor(columns);
        if (cell >= 9.0)
            return {columns, std::min(cell, 18.0)};
        if (cell > best.cell)
            best = {columns, cell};
        if (columns * 2.0 > maxWidth)
            break;
    }
    best.cell = std::min(best.cell, 18.0);
    return best;
}

} // namespace

QFont neuronValueFont(double pixels)
{
    QFont font;
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    font.setWeight(QFont::DemiBold);
    return font;
}

namespace {

double widthAt100(const QString &text)
{
    // Measured once at one size and scaled: building font metrics costs more than the measuring.
    thread_local QString family;
    thread_local std::optional<QFontMetricsF> metrics;
    const QFont font = neuronValueFont(kReferencePixels);
    if (!metrics || family != font.family()) {
        metrics.emplace(font);
        family = font.family();
    }
    return metrics->horizontalAdvance(text);
}

} // namespace

double widestValueWidth(double pixels)
{
    return widthAt100(QString::fromUtf16(kWidestValue)) * pixels / kReferencePixels;
}

double widestNumberWidth(double pixels)
{
    return widthAt100(QString::fromUtf16(kWidestNumber)) * pixels / kReferencePixels;
}

int presenterTextPixels(QSizeF roomSize)
{
    // Any scale above 1 asks for the presenter's sizes.
    return static_cast<int>(std::ceil(viewMetrics(roomSize, false, 2.0, roomSize).minTextPixels));
}

double valueTextWidth(const QString &text, double pixels)
{
    return widthAt100(text) * pixels / kReferencePixels;
}

ViewMetrics viewMetrics(QSizeF viewSize, bool banner, double textScale, QSizeF roomSize)
{
    ViewMetrics m;
    const double base = std::min(viewSize.width(), viewSize.height() * 1.4);
    const double scale = std::isfinite(textScale) ? std::clamp(textScale, 0.5, 3.0) : 1.0;
    const QSizeF room = roomSize.isEmpty() ? viewSize : roomSize;
    const double nominal = scale > 1.0 ? kPresenterTextPixels : kDeskTextPixels;
    // High contrast enlarges the text too: its readers are the ones who need it larger.
    m.minTextPixels =
        std::max(kMinTextPixels, nominal * std::sqrt(std::max(0.0, room.width() * room.height()) / kReferenceArea)) *
        palette::textScale();
    m.valuePixels = m.minTextPixels;
    // High contrast enlarges the captions at the desk; presenting, they are larger than its values
    // already, and a 16-neuron column needs the height they would take.
    m.uiPixels = std::max(std::clamp(base / 62.0, 12.0, 20.0) * scale * (scale > 1.0 ? 1.0 : palette::textScale()),
                          m.minTextPixels);
    m.textScale = scale;
    m.bannerHeight = banner ? std::round(m.uiPixels * 2.3) : 0.0;
    m.captionTop = m.bannerHeight + std::round(m.uiPixels * 0.45);
    m.captionHeight = std::round(m.uiPixels * 2.55);
    m.legendHeight = std::round(m.uiPixels * 2.9);
    return m;
}

GraphGeometry::GraphGeometry(const std::vector<int> &sizes, QSizeF viewSize, double zoom, QPointF offset,
                             bool banner, double textScale, QSizeF roomSize, double gaugeLine, double inputWidth)
    : m_metrics(viewMetrics(viewSize, banner, textScale, roomSize)), m_zoom(zoom),
      m_gaugeLine(std::isfinite(gaugeLine) ? std::clamp(gaugeLine, 0.0, 4.0) : 0.0)
{
    const int layerCount = static_cast<int>(sizes.size());
    if (layerCount < 1 || viewSize.isEmpty())
        return;
    const double width = viewSize.width();
    const double height = viewSize.height();
    const double ui = m_metrics.uiPixels;
    const double minValue = m_metrics.valuePixels;

    const double top = m_metrics.captionTop + m_metrics.captionHeight + ui * 0.5;
    const double bottom = height - m_metrics.legendHeight - ui * 0.4;
    const double available = std::max(bottom - top, 40.0);
    const double margin = std::max(width * 0.03, ui * 1.4);
    double left = margin;
    const bool presenting = m_metrics.textScale > 1.0;
    const double outputCircles = available / std::max(1, sizes.back()) >= kMinCirclePitch;
    // Room on the right for the target tags beside the output neurons (beyond the σ′ gauges of the
    // largest circles, when they are drawn), and for the output's values when they go beside the
    // circles.
    const double largestRadius = (presenting ? 0.06 : 0.047) * std::min(width, height * 1.4);
    const double targetRoom = outputCircles ? std::max(ui * 0.82, m_metrics.minTextPixels) * 4.4 +
                                                  gaugeClearance(layerCount - 1, largestRadius)
                                            : 0.0;
    // The input prints x, the same few numbers whatever the phase: its tags need room for its
    // dataset's widest x only (the one-hot codes of an encoder print "+1.00" and "0.00"), not for
    // any number. The other layers print a symbol and a number.
    const double inputText =
        std::isfinite(inputWidth) && inputWidth > 0.0 ? inputWidth * minValue : widestNumberWidth(minValue);
    auto tagWidth = [&](int layer) {
        return (layer == 0 ? inputText : widestValueWidth(minValue)) + tagPadding(minValue);
    };
    // How far a tag reaches from a circle of `radius`; right of the circle, the tag starts beyond the
    // σ′ gauge.
    auto tagReach = [&](int layer, double radius) {
        return std::max(besideGap(minValue), gaugeClearance(layer, radius)) + tagWidth(layer);
    };
    auto besideRoom = [&]() {
        return tagReach(layerCount - 1, m_layers.back().radius) + minValue * 0.3;
    };
    // Room on the left for the input's tags when they alternate sides (the input has no gauge).
    const double inputRoom = tagReach(0, 0.0);

    m_layers.resize(static_cast<std::size_t>(layerCount));
    double right = 0.0;
    double spacing = 0.0;
    // Lays the circles out for margins on the left and right; the input's and the output's values
    // may need wider ones.
    auto layOut = [&](double leftRoom, double rightRoom) {
        left = margin + leftRoom;
        right = width - std::max(width * 0.025, ui) - rightRoom;
        const double span = std::max(right - left, 40.0);
        spacing = layerCount > 1 ? span / (layerCount - 1) : span;
        // Presenter mode lets circles grow larger, and each layer fill its own column (a small hidden
        // layer then gets the large circles its values need on a projector); at the desk all labelled
        // layers share one radius, which reads as one network.
        const double radiusCap =
            std::min((presenting ? 0.06 : 0.047) * std::min(width, height * 1.4), spacing * 0.21);
        double commonRadius = radiusCap;
        for (int l = 0; l < layerCount; ++l) {
            LayerGeometry &g = m_layers[static_cast<std::size_t>(l)];
            g = LayerGeometry{};
            g.count = std::max(0, sizes[static_cast<std::size_t>(l)]);
            const double pitch = available / std::max(1, g.count);
            if (pitch >= kMinCirclePitch) {
                // Presenter mode packs the circles closer, for larger values inside them.
                g.radius = std::min(pitch * (presenting ? 0.46 : 0.42), radiusCap);
                if (g.count <= kLabelledLayerLimit)
                    commonRadius = std::min(commonRadius, g.radius);
            } else {
                g.grid = true;
                const GridChoice grid = chooseGrid(g.count, available, std::min(span * 0.26, spacing * 0.62));
                g.columns = grid.columns;
                g.cell = grid.cell;
                g.radius = grid.cell * 0.43;
            }
        }
        for (LayerGeometry &g : m_layers) {
            if (!g.grid && g.count <= kLabelledLayerLimit && !presenting)
                g.radius = commonRadius;
        }
    };

    // Values: inside the circles when every labelled layer has room for them there at the size the
    // room asks for (then as large as the smallest circle allows, the same on every neuron), else
    // in tags beside the circles that lack it, all at the room's size.
    const double lineHeight = 1.25;
    auto insidePixels = [&](const LayerGeometry &g, int *lines) {
        const double one = std::min({g.radius * 1.74 / widestValueWidth(1.0), g.radius * 1.2 / lineHeight});
        const double two = std::min({g.radius * 1.6 / widestNumberWidth(1.0), g.radius * 1.5 / (2.0 * lineHeight)});
        *lines = two > one * 1.15 ? 2 : 1;
        return std::min(std::max(one, two), g.radius * (presenting ? 0.6 : 0.5));
    };
    // A column of tags needs a pitch of a tag and a little more (one side), or half that when the
    // tags alternate sides.
    const double tagPitch = tagHeight(minValue) + 1.5;
    // A circle with its tag below (the circle, the gap and the tag), and the block a neuron takes in
    // its column: twice the gap again above the next circle, so that a tag reads as the circle's
    // above it, not the one below.
    auto belowReach = [&](int layer, double radius) {
        return 2.0 * radius + belowGap(minValue, radius, gaugeClearance(layer, radius)) + tagHeight(minValue);
    };
    auto belowBlock = [&](int layer, double radius) {
        return belowReach(layer, radius) + 2.0 * belowGap(minValue, radius, gaugeClearance(layer, radius));
    };
    // Small layers keep their circles together, but never closer than their tags need. A layer
    // with its tags below spreads its blocks over the height, the lowest tag's included.
    auto pitchOf = [&](int layer) {
        const LayerGeometry &g = m_layers[static_cast<std::size_t>(layer)];
        if (g.valuesBelow) {
            const double spread =
                g.count > 1 ? (available - belowReach(layer, g.radius)) / (g.count - 1) : available;
            return std::min(spread, std::max(g.radius * kMaxPitchInRadii, belowBlock(layer, g.radius)));
        }
        return g.count > 1 ? std::min(available / g.count, std::max(g.radius * kMaxPitchInRadii, tagPitch))
                           : available;
    };
    auto decide = [&]() {
        bool anyBeside = false;
        double common = 1e9;
        for (int l = 0; l < layerCount; ++l) {
            LayerGeometry &g = m_layers[static_cast<std::size_t>(l)];
            if (g.grid || g.count > kLabelledLayerLimit || g.count == 0)
                continue;
            const double pitch = pitchOf(l);
            int lines = 1;
            const double inside = insidePixels(g, &lines);
            if (inside >= minValue) {
                g.labelled = true;
                g.valueLines = lines;
                common = std::min(common, inside);
            } else if (pitch * 2.0 >= tagPitch) {
                g.labelled = true;
                g.valuesBeside = true;
                g.alternateSides = pitch < tagPitch;
                anyBeside = true;
            }
        }
        const double px = anyBeside || common > 1e8 ? minValue : common;
        for (LayerGeometry &g : m_layers)
            g.valuePixels = g.labelled ? px : 0.0;
    };
    // At the desk a small layer whose values would not fit the common radius keeps the larger
    // circles its own column allows, when its values fit in them: a tag less between the columns.
    auto layOutAndDecide = [&](double leftRoom, double rightRoom) {
        layOut(leftRoom, rightRoom);
        if (!presenting) {
            std::vector<double> common(m_layers.size());
            for (std::size_t l = 0; l < m_layers.size(); ++l)
                common[l] = m_layers[l].radius;
            const double span = std::max(right - left, 40.0);
            const double radiusCap = std::min(0.047 * std::min(width, height * 1.4), spacing * 0.21);
            for (std::size_t l = 0; l < m_layers.size(); ++l) {
                LayerGeometry &g = m_layers[l];
                if (g.grid || g.count > kLabelledLayerLimit || g.count == 0)
                    continue;
                int lines = 1;
                if (insidePixels(g, &lines) >= minValue)
                    continue;
                LayerGeometry own = g;
                own.radius = std::min({available / g.count * 0.42, radiusCap, span});
                if (insidePixels(own, &lines) >= minValue)
                    g.radius = own.radius;
            }
        }
        decide();
    };
    // The margins grow for the tags of the outer layers; a layout with wider margins has narrower
    // columns, which may send more values into tags (hence a few rounds, never shrinking a margin).
    auto layOutWithMargins = [&](double targets) {
        double leftRoom = 0.0;
        double rightRoom = targets;
        for (int round = 0; round < 3; ++round) {
            layOutAndDecide(leftRoom, rightRoom);
            const double needLeft = m_layers.front().alternateSides ? inputRoom : 0.0;
            const double needRight = targets + (m_layers.back().valuesBeside ? besideRoom() : 0.0);
            if (needLeft <= leftRoom && needRight <= rightRoom)
                break;
            leftRoom = std::max(leftRoom, needLeft);
            rightRoom = std::max(rightRoom, needRight);
        }
    };
    layOutWithMargins(targetRoom);

    // Between two columns go the tags on the right of the one and those on the left of the other:
    // each gap must hold them. The columns are evenly spaced when that leaves room for every tag,
    // else each gap gets what its tags need and an equal share of the rest. In presenter mode a layer
    // whose values are beside its circles gives up circle size first (the circles carry no text).
    auto halfWidth = [](const LayerGeometry &g) { return g.grid ? g.columns * g.cell / 2.0 : g.radius; };
    // How far a column's circles, gauges and tags reach to its right and to its left.
    auto reachRight = [&](int l) {
        const LayerGeometry &g = m_layers[static_cast<std::size_t>(l)];
        if (g.valuesBelow)
            return std::max(g.radius + gaugeClearance(l, g.radius), tagWidth(l) / 2.0);
        return halfWidth(g) + (g.valuesBeside ? tagReach(l, g.radius) : g.grid ? 0.0 : gaugeClearance(l, g.radius));
    };
    auto reachLeft = [&](int l) {
        const LayerGeometry &g = m_layers[static_cast<std::size_t>(l)];
        if (g.valuesBelow)
            return std::max(g.radius, tagWidth(l) / 2.0);
        return halfWidth(g) + (g.alternateSides ? tagReach(l, g.radius) : 0.0);
    };
    std::vector<double> columnX(static_cast<std::size_t>(layerCount), (left + right) / 2.0);
    // What each gap between columns lacks of what its tags need, air included (0: nothing).
    double shortfall = 0.0;
    auto placeColumns = [&]() {
        const double firstX = left + halfWidth(m_layers.front());
        const double lastX = right - halfWidth(m_layers.back());
        columnX.front() = firstX;
        if (layerCount < 2)
            return true;
        std::vector<double> need(static_cast<std::size_t>(layerCount - 1));
        double total = 0.0;
        double widest = 0.0;
        for (int l = 0; l + 1 < layerCount; ++l) {
            need[static_cast<std::size_t>(l)] = reachRight(l) + reachLeft(l + 1) + minValue * 0.5;
            total += need[static_cast<std::size_t>(l)];
            widest = std::max(widest, need[static_cast<std::size_t>(l)]);
        }
        const double even = (lastX - firstX) / (layerCount - 1);
        const double share = (lastX - firstX - total) / (layerCount - 1);
        shortfall = std::max(0.0, -share);
        for (int l = 1; l < layerCount; ++l)
            columnX[static_cast<std::size_t>(l)] =
                columnX[static_cast<std::size_t>(l - 1)] +
                (widest <= even ? even : need[static_cast<std::size_t>(l - 1)] + share);
        return share >= 0.0;
    };
    auto fitColumns = [&]() {
        bool fits = placeColumns();
        for (int round = 0; !fits && presenting && round < 6; ++round) {
            // Shrinks, never grows: a column packed tighter than the floor keeps its own radius (a
            // larger one would put the circles, and their σ′ gauges, on each other).
            for (LayerGeometry &g : m_layers)
                if (g.valuesBeside && !g.grid)
                    g.radius = std::min(g.radius, std::max(g.radius * 0.85, minValue * 0.7));
            fits = placeColumns();
        }
        return fits;
    };
    // Still short of room, the targets beside the output give way to the neurons' values (the
    // target is in the equation of BP1 and in the output neurons' tool tips).
    m_targets = targetRoom > 0.0;
    bool fits = fitColumns();
    if (!fits && m_targets) {
        m_targets = false;
        layOutWithMargins(0.0);
        fits = fitColumns();
    }
    // Presenting and still short of room (16-4-16 in high contrast at 1024 × 768), the hidden layers
    // with height to spare put their tags below their circles: a tag's width then serves the column,
    // the circle and the tag together, instead of a circle and a tag side by side. All of them, so
    // that the hidden layers read alike. Their circles shrink as far as the tags below need.
    for (int l = 1; !fits && presenting && l + 1 < layerCount; ++l) {
        LayerGeometry &g = m_layers[static_cast<std::size_t>(l)];
        if (!g.valuesBeside || g.alternateSides || g.grid)
            continue;
        // The circles and their tags within the height, the last tag's air left out.
        double radius = g.radius;
        while (radius >= minValue * 0.5 && (g.count - 1) * belowBlock(l, radius) + belowReach(l, radius) > available)
            radius *= 0.9;
        if (radius < minValue * 0.5)
            continue;
        g.radius = radius;
        g.valuesBelow = true;
    }
    // Presenting and still short of room, more than the air each gap keeps beside its tags (a deep
    // net: 2-8-8-8-8-8-1, whose input values then lay on the first hidden layer's circles), the
    // hidden layers print no values rather than print them over each other: their captions say the
    // values are in the tool tips. All of them, so that the hidden layers read alike; the input and
    // the output (x, and δᴸ against its target) keep theirs. Open: at the desk the same net on 1024
    // or 1280 px still prints them packed (its estimate of the need is generous, and a layout up to
    // 2.5 values' height short per gap was seen whole, so it is no test of overlap there).
    if (!fits && presenting && shortfall > minValue * 0.5 && layerCount > 2) {
        for (int l = 1; l + 1 < layerCount; ++l) {
            LayerGeometry &g = m_layers[static_cast<std::size_t>(l)];
            if (!g.labelled || g.grid || g.valuesBelow)
                continue;
            g.labelled = false;
            g.valuesBeside = false;
            g.alternateSides = false;
            g.valuePixels = 0.0;
        }
        fits = placeColumns();
    }
    if (!fits)
        placeColumns();
    const double centreY = (top + bottom) / 2.0;
    for (int l = 0; l < layerCount; ++l) {
        LayerGeometry &g = m_layers[static_cast<std::size_t>(l)];
        g.x = columnX[static_cast<std::size_t>(l)];
        g.centres.resize(static_cast<std::size_t>(g.count));
        if (g.grid) {
            const int rows = (g.count + g.columns - 1) / g.columns;
            const double x0 = g.x - g.columns * g.cell / 2.0;
            const double y0 = centreY - rows * g.cell / 2.0;
            for (int i = 0; i < g.count; ++i)
                g.centres[static_cast<std::size_t>(i)] =
                    QPointF(x0 + (i % g.columns + 0.5) * g.cell, y0 + (i / g.columns + 0.5) * g.cell);
        } else {
            const double pitch = pitchOf(l);
            g.cell = pitch;
            // A column with its tags below is centred with them.
            const double y = g.valuesBelow ? centreY - (belowReach(l, g.radius) - 2.0 * g.radius) / 2.0 : centreY;
            for (int i = 0; i < g.count; ++i)
                g.centres[static_cast<std::size_t>(i)] = QPointF(g.x, y + (i - (g.count - 1) / 2.0) * pitch);
        }
    }

    // Zoom and pan: the same affine map for every position and size; the values grow more slowly.
    const double textZoom = std::clamp(std::sqrt(std::max(zoom, 0.0)), 1.0, 2.0);
    for (LayerGeometry &g : m_layers) {
        g.x = g.x * zoom + offset.x();
        g.cell *= zoom;
        g.radius *= zoom;
        g.valuePixels *= g.valuesBeside ? textZoom : zoom;
        QRectF bounds;
        for (QPointF &c : g.centres) {
            c = c * zoom + offset;
            const QRectF r(c.x() - g.radius, c.y() - g.radius, 2.0 * g.radius, 2.0 * g.radius);
            bounds = bounds.isNull() ? r : bounds.united(r);
        }
        g.bounds = bounds;
    }
    m_content = QRectF(QPointF(left, top) * zoom + offset, QPointF(right, bottom) * zoom + offset);
}

double GraphGeometry::gaugeClearance(int layer, double radius) const
{
    // The painter draws no gauge on the input or on circles smaller than 7 px.
    if (m_gaugeLine <= 0.0 || layer < 1 || radius < 7.0)
        return 0.0;
    return saturation_marks::gaugeReach(radius, m_gaugeLine) + 3.0;
}

double GraphGeometry::gaugeClearance(int layer) const
{
    if (layer < 0 || layer >= layerCount() || m_layers[static_cast<std::size_t>(layer)].grid)
        return 0.0;
    return gaugeClearance(layer, m_layers[static_cast<std::size_t>(layer)].radius);
}

QRectF GraphGeometry::besideTag(int layer, int neuron, double textWidth) const
{
    if (layer < 0 || layer >= layerCount())
        return {};
    const LayerGeometry &g = m_layers[static_cast<std::size_t>(layer)];
    if (!g.valuesBeside || neuron < 0 || neuron >= g.count)
        return {};
    const double px = g.valuePixels;
    const QPointF c = g.centres[static_cast<std::size_t>(neuron)];
    const double h = tagHeight(px);
    const double w = textWidth + tagPadding(px);
    if (g.valuesBelow)
        return {c.x() - w / 2.0, c.y() + g.radius + belowGap(px, g.radius, gaugeClearance(layer, g.radius)), w, h};
    if (g.alternateSides && neuron % 2 == 1)
        return {c.x() - g.radius - besideGap(px) - w, c.y() - h / 2.0, w, h};
    return {c.x() + g.radius + std::max(besideGap(px), gaugeClearance(layer, g.radius)), c.y() - h / 2.0, w, h};
}

QPointF GraphGeometry::centre(int layer, int neuron) const
{
    return m_layers[static_cast<std::size_t>(layer)].centres[static_cast<std::size_t>(neuron)];
}

QRectF GraphGeometry::neuronRect(int layer, int neuron) const
{
    if (layer < 0 || layer >= layerCount())
        return {};
    const LayerGeometry &g = m_layers[static_cast<std::size_t>(layer)];
    if (neuron < 0 || neuron >= g.count)
        return {};
    const QPointF c = g.centres[static_cast<std::size_t>(neuron)];
    return {c.x() - g.radius, c.y() - g.radius, 2.0 * g.radius, 2.0 * g.radius};
}

int GraphGeometry::neuronAt(int layer, QPointF p, double tolerance) const
{
    if (layer < 0 || layer >= layerCount())
        return -1;
    const LayerGeometry &g = m_layers[static_cast<std::size_t>(layer)];
    if (g.count == 0 || !g.bounds.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p))
        return -1;
    if (g.grid) {
        const QPointF origin = g.centres.front() - QPointF(g.cell / 2.0, g.cell / 2.0);
        const int column = static_cast<int>(std::floor((p.x() - origin.x()) / g.cell));
        const int row = static_cast<int>(std::floor((p.y() - origin.y()) / g.cell));
        if (column < 0 || column >= g.columns || row < 0)
            return -1;
        const int index = row * g.columns + column;
        return index < g.count ? index : -1;
    }
    int best = -1;
    double bestDistance = g.radius + tolerance;
    for (int i = 0; i < g.count; ++i) {
        const QPointF d = p - g.centres[static_cast<std::size_t>(i)];
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace bp::ui
