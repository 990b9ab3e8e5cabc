#pragma once

#include "core/maths/types.h"

#include <QPointF>
#include <QRectF>

#include <array>
#include <vector>

namespace bp::ui {

/// Where the code space view puts things for its size and fonts, in widget coordinates (the view
/// computes it; the projection below only reads the plot, the cube and the square).
struct CodeSpaceGeometry {
    QRectF title;
    QRectF caption;
    QRectF plot;
    QRectF footer;
    /// The cube: its centre and the pixels per unit of code.
    QPointF center;
    double scale = 1.0;
    /// The square of two units and the line of one.
    QRectF square;
    double pointRadius = 10.0;
};

/// A point of code space as drawn: widget position and depth (−1 far … +1 near).
struct ProjectedCode {
    QPointF position;
    double depth = 0.0;
};

/// The dimension drawn for codes of this many units: 1, 2 or 3 (0 when there is nothing to draw).
int codeDimension(const Matrix &codes);

/// Widens [low, high] to hold every finite value of codes (never narrows it).
void widenCodeRange(const Matrix &codes, double &low, double &high);

/// How hidden codes map to the picture: the cube turned by yaw (about the vertical axis) then
/// pitch (about the horizontal one), orthographic, for three units (which three: `units`); the
/// square [low, high]² for two; the line [low, high] for one. No painting: testable on its own.
struct CodeProjection {
    int dimension = 0;
    double yaw = 0.0;
    double pitch = 0.0;
    std::array<int, 3> units = {0, 1, 2};
    double low = 0.0;
    double high = 1.0;

    /// A value on the axes' scale, 0 at low and 1 at high.
    double normalized(double value) const;
    /// A point of the unit cube (0..1 along each shown axis).
    ProjectedCode projectUnit(const CodeSpaceGeometry &g, double x, double y, double z) const;
    /// A code (column of k hidden values).
    ProjectedCode project(const CodeSpaceGeometry &g, const Eigen::Ref<const Vector> &code) const;

    /// On the line of one unit: the lane (0 = lowest) of each sample's point, −1 when not drawn
    /// (points stack in lanes above their value to stay apart), and where a point in a lane is drawn.
    std::vector<int> lineLanes(const CodeSpaceGeometry &g, const Matrix &codes) const;
    static QPointF linePoint(const CodeSpaceGeometry &g, double x, int lane);

    /// Where a sample's point is drawn (NaN when it is not drawn).
    QPointF pointOf(const CodeSpaceGeometry &g, const Matrix &codes, int sample) const;
    /// The sample whose point is under a position (the nearer of overlapping ones), −1 for none.
    int sampleAt(const CodeSpaceGeometry &g, const Matrix &codes, QPointF position) const;
};

/// The last `capacity` codes recorded, oldest first: the points' fading trails.
class CodeTrail {
public:
    explicit CodeTrail(int capacity);

    /// Records codes, unless they equal the newest recorded (a paused network sends the same
    /// codes again); true when recorded. When full, the oldest goes.
    bool record(const Matrix &codes);
    void clear();
    int count() const { return m_count; }
    int capacity() const { return static_cast<int>(m_ring.size()); }
    /// The t-th recorded codes, from 0 (the oldest) to count() − 1 (the newest).
    const Matrix &at(int t) const;

private:
    std::vector<Matrix> m_ring;
    int m_start = 0;
    int m_count = 0;
};

} // namespace bp::ui
