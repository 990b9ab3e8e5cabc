#pragma once

#include "core/training/run_group.h"

#include <QColor>
#include <QString>

#include <vector>

namespace bp::ui {

// How the runs side by side (#17) look, the same in every chart, the strip of runs and the
// landscape's paths. The run in focus is drawn solid; the others each keep one dash pattern, so
// the runs stay apart without colour (colour-blind safe), and one Okabe–Ito colour on top.

/// The stroke of run `run` (0 = the original) while run `focus` is in focus: solid for the focus,
/// dotted, dash-dot and dash-dot-dot for the others (run 0 takes the focus's pattern).
Qt::PenStyle runPenStyle(int run, int focus);
/// The colour of run `run` where a chart does not colour by layer (the loss): the ink for the
/// focus, Okabe–Ito orange, sky blue and bluish green for the others (run 0 takes the focus's).
QColor runColor(int run, int focus);
/// The label of a run in the interface's language: "η = 0.5, SGD", "Adam", "batch 4", "He init",
/// "U(±2)", "hidden relu", "layer 2 tanh".
QString runLabel(const std::vector<LabelPart> &parts);

} // namespace bp::ui
