#pragma once

#include "core/training/training_snapshot.h"

namespace bp::ui {

class GradientChart;
class LossChart;

/// Draws the other runs side by side of a snapshot over the loss and gradient charts (the run in
/// focus is fed as always, from TrainingSnapshot::newEpochs). `restart`: a new run or restarted
/// history, the overlays start over.
void showOtherRuns(const TrainingSnapshot &snapshot, LossChart &loss, GradientChart &gradients, bool restart);

} // namespace bp::ui
