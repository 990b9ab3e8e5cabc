#pragma once

#include "core/maths/types.h"
#include "ui/representation/code_space_geometry.h"
#include "ui/representation/hidden_codes.h"

#include <QElapsedTimer>
#include <QFont>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <array>
#include <functional>
#include <vector>

class QComboBox;

namespace bp::ui {

/// The space of hidden codes: every sample a labelled point at its hidden values, so the class sees
/// the codes move toward the corners as the network learns. Three units give a cube that turns
/// with a drag or the arrow keys (orthographic, nearer points drawn larger), its corners labelled
/// with their bit codes "000"…"111"; two units give the square [0,1]², one a line. With more than
/// three units a combo picks which three the cube shows. Each point keeps a short fading trail of
/// where it was, and points that share a code get a ring in the alarm colour.
class CodeSpaceView : public QWidget {
    Q_OBJECT
public:
    /// Trail points kept per sample.
    static constexpr int kTrailCapacity = 40;

    explicit CodeSpaceView(QWidget *parent = nullptr);
    ~CodeSpaceView() override;

    /// The hidden values of every sample, (k × m), and a short label per sample (see
    /// patternLabels). A new shape or new labels start the trails afresh. Cheap: call it with
    /// every update while training.
    void setCodes(const Matrix &codes, const QStringList &labels);
    /// The layer the codes come from, for the title "Hidden codes (layer l)"; 0 leaves it out.
    void setCodeLayer(int layer);
    int codeLayer() const { return m_layer; }

    int unitCount() const { return static_cast<int>(m_codes.rows()); }
    int sampleCount() const { return static_cast<int>(m_codes.cols()); }
    const CodeGroups &codeGroups() const { return m_groups; }
    /// True when samples share a code although there are codes enough for all (then their points
    /// get the warning ring).
    bool hasCollisionAlarm() const;

    /// Forgets the trails (call it when the network is reset).
    void clearTrails();
    /// Trail points recorded for a sample (at most kTrailCapacity).
    int trailLength(int sample) const;
    /// Least wall-clock time between two trail points; 100 ms by default.
    void setTrailInterval(int milliseconds);
    /// The clock the trail interval is measured on, in milliseconds (a monotonic clock by default;
    /// tests give their own so that the rule is checked without depending on the machine's load).
    void setClock(std::function<qint64()> nowMilliseconds);

    /// Turns the cube: yaw about the vertical axis, then pitch about the horizontal one (clamped to
    /// ±90°). At 0/0 the view looks along unit 3: unit 1 goes right, unit 2 up.
    void setRotation(double yawDegrees, double pitchDegrees);
    double yaw() const { return m_yaw; }
    double pitch() const { return m_pitch; }
    /// The three-quarter view the cube starts with.
    void resetRotation();

    /// The units (from 0) on the cube's axes when there are more than three; ignored when invalid.
    void setShownUnits(int first, int second, int third);
    std::array<int, 3> shownUnits() const { return m_units; }

    /// Where a sample's point is drawn now, in widget coordinates (NaN when it is not drawn). On the
    /// line of a single unit, points stack above their value to stay apart.
    QPointF projectedPoint(int sample) const;
    /// The sample whose point is under a position, −1 for none.
    int sampleAt(QPointF position) const;
    /// The highlighted sample, −1 for none.
    int currentSample() const { return m_current; }

    /// "Hidden codes (layer 1)" and the caption tying the picture to the lecture.
    QString titleText() const;
    QString captionText() const;

    QSize sizeHint() const override { return {440, 460}; }
    QSize minimumSizeHint() const override { return {260, 280}; }

public slots:
    void setCurrentSample(int index);

signals:
    /// The user clicked a sample's point.
    void sampleClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// Where things go for the current size and fonts, and a point as drawn.
    using Geometry = CodeSpaceGeometry;
    using Projected = ProjectedCode;

    void updateFonts();
    void updateUnitChoice();
    void placeUnitChoice();
    Geometry computeGeometry() const;
    /// The dimension drawn: 1, 2 or 3 (0 when there is nothing to draw).
    int dimension() const;
    /// How codes map to the picture now (see code_space_geometry.h).
    CodeProjection projection() const;
    Projected project(const Geometry &g, const Eigen::Ref<const Vector> &code) const
    {
        return projection().project(g, code);
    }
    Projected projectUnit(const Geometry &g, double x, double y, double z) const
    {
        return projection().projectUnit(g, x, y, z);
    }
    double normalized(double value) const { return projection().normalized(value); }
    void recordTrail();

    void paintHeader(QPainter &painter, const Geometry &g) const;
    void paintCube(QPainter &painter, const Geometry &g) const;
    void paintSquare(QPainter &painter, const Geometry &g) const;
    void paintLine(QPainter &painter, const Geometry &g) const;
    void paintTrails(QPainter &painter, const Geometry &g) const;
    /// What of a point to draw: its rings (current sample, shared code) or its disc and label.
    enum class PointLayer { Rings, Disc };
    void paintPoint(QPainter &painter, const Geometry &g, int sample, QPointF position, double depth,
                    PointLayer layer) const;
    void paintFooter(QPainter &painter, const Geometry &g) const;

    Matrix m_codes;
    QStringList m_labels;
    int m_layer = 0;
    CodeGroups m_groups;
    std::vector<int> m_groupOrder;
    QString m_collisionText;
    int m_current = -1;

    /// The range of values the axes span: [0, 1], widened (never narrowed until the trails are
    /// cleared) when codes leave it, e.g. for tanh or ReLU units.
    double m_low = 0.0;
    double m_high = 1.0;

    /// The recorded codes, (k × m) each.
    CodeTrail m_trail{kTrailCapacity};
    int m_trailInterval = 100;
    QElapsedTimer m_monotonic;
    std::function<qint64()> m_now = [this] { return m_monotonic.elapsed(); };
    qint64 m_lastTrailPoint = -1; ///< when the newest trail point was taken; -1: none yet

    double m_yaw = 0.0;
    double m_pitch = 0.0;
    std::array<int, 3> m_units = {0, 1, 2};
    QComboBox *m_unitChoice = nullptr;
    /// Sorting scratch for drawing points far to near.
    mutable std::vector<std::pair<double, int>> m_depthOrder;

    bool m_dragging = false;
    QPointF m_dragStart;
    double m_dragYaw = 0.0;
    double m_dragPitch = 0.0;

    QFont m_titleFont;
    QFont m_captionFont;
    QFont m_labelFont;
    QFont m_pointFont;
    QFont m_cornerFont;
    QFont m_hintFont;
};

} // namespace bp::ui
