#pragma once

#include "core/maths/trace.h"
#include "ui/style/selection.h"

#include <QList>
#include <QRectF>
#include <QString>

class QWidget;

namespace bp::ui {

/// A part of the window a lesson can point at.
enum class LessonTarget { Graph, Samples, Equation, Charts, ToolBar };

/// What a lesson (the guided lesson, a quiz that drives the window) may ask of the window it runs
/// in: open a lesson, show a phase, select, and find the widget of a named part. The window
/// implements it; tests implement it with a fake, so a lesson is tested without the studio.
/// The host tells the lesson that its state changed by calling the lesson's own slot (the window
/// wires its snapshotShown() to it).
class LessonHost {
public:
    virtual ~LessonHost() = default;

    /// The top-level widget the lesson's veil and card cover.
    virtual QWidget *lessonWindow() const = 0;
    /// The lesson on show ("" before the first one arrives) and opening another.
    virtual QString lessonName() const = 0;
    virtual void openLesson(const QString &name) = 0;
    /// The recorded step on show (null when none) and the index of its phase on show (−1: none).
    virtual const Trace *shownTrace() const = 0;
    virtual int phaseIndex() const = 0;
    /// Shows phase `index` of the step on show; without one, records a step first (asynchronously).
    virtual void showPhase(int index) = 0;
    virtual Selection selection() const = 0;
    virtual void select(const Selection &selection) = 0;
    /// The widget of a part of the window (null when the host has none).
    virtual QWidget *lessonTarget(LessonTarget target) const = 0;
    /// Neuron j of layer l in the graph, in the graph widget's coordinates (empty when it has none).
    virtual QRectF neuronRect(int layer, int neuron) const = 0;
    /// The number of weighted layers L of the network on show (0 before one arrives).
    virtual int layerCount() const = 0;
    /// The boxes of the graph's neurons and of the numbers printed beside them, in the graph
    /// widget's coordinates: a card must leave them visible (none: the host does not know them).
    virtual QList<QRectF> valueRects() const { return {}; }
};

} // namespace bp::ui
