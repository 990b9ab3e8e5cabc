#include "ui/charts/run_overlays.h"

#include "ui/charts/gradient_chart.h"
#include "ui/charts/loss_chart.h"
#include "ui/style/run_style.h"

namespace bp::ui {

namespace {

bool sameRuns(const QList<RunLine> &a, const QList<RunLine> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a[i].run != b[i].run || a[i].focus != b[i].focus)
            return false;
    return true;
}

} // namespace

void showOtherRuns(const TrainingSnapshot &snapshot, LossChart &loss, GradientChart &gradients, bool restart)
{
    QList<RunLine> lines;
    QString focusLabel;
    for (const RunSummary &run : snapshot.runs) {
        if (run.index == snapshot.focusRun)
            focusLabel = runLabel(run.label);
        else
            lines.append(RunLine{run.index, snapshot.focusRun, runLabel(run.label)});
    }
    if (restart || snapshot.runsRestarted || !sameRuns(lines, loss.otherRuns())) {
        loss.setOtherRuns(lines, focusLabel);
        gradients.setOtherRuns(lines, focusLabel);
    } else if (lines != loss.otherRuns()) {
        loss.relabelRuns(lines, focusLabel);
        gradients.relabelRuns(lines, focusLabel);
    }
    for (const RunSummary &run : snapshot.runs) {
        for (const EpochMetrics &metrics : run.newEpochs) {
            loss.appendRunEpoch(run.index, metrics);
            gradients.appendRunEpoch(run.index, metrics);
        }
    }
}

} // namespace bp::ui
