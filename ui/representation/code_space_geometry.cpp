#include "ui/representation/code_space_geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp::ui {

namespace {

constexpr double kDegrees = 3.14159265358979323846 / 180.0;
// Half the cube's space diagonal: no corner ever projects farther than this from the centre.
constexpr double kHalfDiagonal = 0.8660254037844386;

bool isFinite(const Eigen::Ref<const Vector> &code)
{
    return code.allFinite();
}

QPointF notDrawn()
{
    return QPointF(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN());
}

} // namespace

int codeDimension(const Matrix &codes)
{
    if (codes.size() == 0)
        return 0;
    return std::min(static_cast<int>(codes.rows()), 3);
}

void widenCodeRange(const Matrix &codes, double &low, double &high)
{
    for (Eigen::Index i = 0; i < codes.size(); ++i) {
        const double value = codes.data()[i];
        if (std::isfinite(value)) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
}

double CodeProjection::normalized(double value) const
{
    return (value - low) / (high - low);
}

ProjectedCode CodeProjection::projectUnit(const CodeSpaceGeometry &g, double x, double y, double z) const
{
    ProjectedCode p;
    switch (dimension) {
    case 3: {
        // Centre the cube on the origin, turn it by yaw about the vertical axis and then by pitch
        // about the horizontal one; the view is orthographic, so depth only sizes the points.
        const double px = x - 0.5, py = y - 0.5, pz = z - 0.5;
        const double cy = std::cos(yaw * kDegrees), sy = std::sin(yaw * kDegrees);
        const double cp = std::cos(pitch * kDegrees), sp = std::sin(pitch * kDegrees);
        const double x1 = px * cy + pz * sy;
        const double z1 = -px * sy + pz * cy;
        const double y2 = py * cp - z1 * sp;
        const double z2 = py * sp + z1 * cp;
        p.position = QPointF(g.center.x() + g.scale * x1, g.center.y() - g.scale * y2);
        p.depth = z2 / kHalfDiagonal;
        break;
    }
    case 2:
        p.position =
            QPointF(g.square.left() + x * g.square.width(), g.square.bottom() - y * g.square.height());
        break;
    case 1: p.position = QPointF(g.square.left() + x * g.square.width(), g.square.top()); break;
    default: p.position = notDrawn();
    }
    return p;
}

ProjectedCode CodeProjection::project(const CodeSpaceGeometry &g, const Eigen::Ref<const Vector> &code) const
{
    double u[3] = {0.5, 0.5, 0.5};
    for (int axis = 0; axis < dimension; ++axis)
        u[axis] = normalized(code(dimension == 3 ? units[static_cast<std::size_t>(axis)] : axis));
    return projectUnit(g, u[0], u[1], u[2]);
}

std::vector<int> CodeProjection::lineLanes(const CodeSpaceGeometry &g, const Matrix &codes) const
{
    const auto samples = static_cast<std::size_t>(codes.cols());
    std::vector<int> lanes(samples, -1);
    std::vector<std::pair<double, int>> byX;
    byX.reserve(samples);
    for (Eigen::Index i = 0; i < codes.cols(); ++i) {
        if (isFinite(codes.col(i)))
            byX.emplace_back(project(g, codes.col(i)).position.x(), static_cast<int>(i));
    }
    std::sort(byX.begin(), byX.end());
    const double spacing = g.pointRadius * 2.0 + 3.0;
    const int count =
        std::max(1, static_cast<int>((g.square.top() - g.plot.top() - g.pointRadius) / spacing));
    std::vector<double> laneEnd(static_cast<std::size_t>(count), -1e9);
    for (const auto &[x, sample] : byX) {
        // The lowest lane with room; when all are full, the top one.
        std::size_t lane = 0;
        while (lane + 1 < laneEnd.size() && laneEnd[lane] > x - spacing)
            ++lane;
        laneEnd[lane] = x;
        lanes[static_cast<std::size_t>(sample)] = static_cast<int>(lane);
    }
    return lanes;
}

QPointF CodeProjection::linePoint(const CodeSpaceGeometry &g, double x, int lane)
{
    return QPointF(x, g.square.top() - g.pointRadius - 6.0 - lane * (g.pointRadius * 2.0 + 3.0));
}

QPointF CodeProjection::pointOf(const CodeSpaceGeometry &g, const Matrix &codes, int sample) const
{
    if (sample < 0 || sample >= codes.cols() || dimension == 0 || !isFinite(codes.col(sample)))
        return notDrawn();
    const QPointF position = project(g, codes.col(sample)).position;
    if (dimension == 1)
        return linePoint(g, position.x(), lineLanes(g, codes)[static_cast<std::size_t>(sample)]);
    return position;
}

int CodeProjection::sampleAt(const CodeSpaceGeometry &g, const Matrix &codes, QPointF position) const
{
    if (dimension == 0)
        return -1;
    int best = -1;
    double bestDistance = g.pointRadius * 1.3;
    double bestDepth = -2.0;
    const std::vector<int> lanes = dimension == 1 ? lineLanes(g, codes) : std::vector<int>();
    for (int i = 0; i < codes.cols(); ++i) {
        if (!isFinite(codes.col(i)))
            continue;
        ProjectedCode p = project(g, codes.col(i));
        if (dimension == 1)
            p.position = linePoint(g, p.position.x(), lanes[static_cast<std::size_t>(i)]);
        const double distance = std::hypot(p.position.x() - position.x(), p.position.y() - position.y());
        // Of overlapping points, the nearer one is on top and gets the click.
        if (distance <= bestDistance && (best < 0 || p.depth > bestDepth || distance < bestDistance - 2.0)) {
            best = i;
            bestDistance = distance;
            bestDepth = p.depth;
        }
    }
    return best;
}

CodeTrail::CodeTrail(int capacity) : m_ring(static_cast<std::size_t>(std::max(1, capacity))) {}

bool CodeTrail::record(const Matrix &codes)
{
    if (m_count > 0) {
        const Matrix &latest = at(m_count - 1);
        if (latest.rows() == codes.rows() && latest.cols() == codes.cols() &&
            (latest - codes).cwiseAbs().maxCoeff() < 1e-9)
            return false;
    }
    int slot = 0;
    if (m_count < capacity()) {
        slot = (m_start + m_count) % capacity();
        ++m_count;
    } else {
        slot = m_start;
        m_start = (m_start + 1) % capacity();
    }
    m_ring[static_cast<std::size_t>(slot)] = codes;
    return true;
}

void CodeTrail::clear()
{
    m_start = 0;
    m_count = 0;
}

const Matrix &CodeTrail::at(int t) const
{
    return m_ring[static_cast<std::size_t>((m_start + t) % capacity())];
}

} // namespace bp::ui
