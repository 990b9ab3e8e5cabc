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

/// The other runs a chart draws over its own lines, and the label of the run in focus: what the
/// chart's key names.
struct OtherRuns {
    QList<RunLine> lines;
    QString focusLabel;

    /// New labels for the same runs (a setting of one changed). False, and nothing taken, when the
    /// number of runs differs: those are other runs, whose lines start over.
    bool relabel(const QList<RunLine> &runs, const QString &focus)
    {
        if (runs.size() != lines.size())
            return false;
        lines = runs;
        focusLabel = focus;
        return true;
    }
    /// The place among the lines of run `run` (RunLine::run), or −1.
    int indexOf(int run) const
    {
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].run == run)
                return i;
        return -1;
    }
};

} // namespace bp::ui
