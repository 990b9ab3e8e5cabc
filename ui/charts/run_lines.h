#pragma once

#include <QList>
#include <QString>

namespace bp::ui {

/// One of the other runs side by side (#17) that a chart draws over its own lines, in the run's
/// stroke and colour (ui/style/run_style.h).
struct RunLine {
    /// The run's place in the group (0 = the original) and the run in focus, which decide its stroke.
    int run = 0;
    int focus = 0;
    /// Its label in the key ("η = 2").
    QString label;
    bool operator==(const RunLine &) const = default;
};

} // namespace bp::ui
