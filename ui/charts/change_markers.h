#pragma once

#include "core/live_change.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace bp::ui {

/// One marker on the charts: a dashed line at `epoch` and what changed there.
struct ChartMarker {
    double epoch = 0.0;
    /// One entry per change made at that epoch, oldest first.
    QStringList labels;

    bool operator==(const ChartMarker &) const = default;
};

/// What a change says on a chart, in the user's language ("η 0.5 → 0.1", "layer 1: logistic → tanh").
QString changeLabel(const LiveChange &change);

/// The markers of the run's changes: the changes of one epoch make one marker that lists them,
/// ordered by epoch. Activation changes of one edit with the same from and to are told once, with
/// their layers ("layers 1, 2: logistic → tanh").
QList<ChartMarker> changeMarkers(const std::vector<LiveChange> &changes);

} // namespace bp::ui
