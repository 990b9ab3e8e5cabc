#pragma once

#include "core/data/dataset.h"
#include "core/documents/script_export.h"
#include "core/documents/worked_example.h"
#include "core/maths/network.h"
#include "core/maths/trace.h"
#include "core/training/trainer.h"

#include <QString>

#include <cstdint>
#include <memory>

class QWidget;

namespace bp::ui {

/// The run on show, as the exporters of File › Export as script… and File › Export exercise sheet…
/// need it: the network now, its data and settings, and the sample (or the step being replayed).
struct RunOnShow {
    std::shared_ptr<const Network> network;
    std::shared_ptr<const Dataset> dataset;
    TrainingSettings settings;
    int sample = 0;
    /// The step being replayed, or null: then the step is that of `sample` from `network`.
    std::shared_ptr<const Trace> trace;
    /// The lesson's title, for the script's opening comment and the sheets' titles.
    QString lesson;
};

/// Writes the script of the run on show to path (the step of the sample on show, then `epochs`
/// epochs of training on the lesson's data from the same weights; 0: no training). Returns "" or
/// the problem in one sentence (nothing on show, a combination the framework cannot express, a
/// file that cannot be written).
QString writeRunScript(const QString &path, ScriptFramework framework, int epochs, const RunOnShow &run);

/// Writes exercise sheets of the step on show: path itself (and path's name + "-key") for one sheet,
/// or name-1, name-1-key, … for variants, the further sheets with new numbers as `variation` says.
/// Returns "" or the problem.
QString writeRunExerciseSheets(const QString &path, int level, int variants, std::uint64_t seed,
                               const RunOnShow &run,
                               ExerciseVariation variation = ExerciseVariation::SampleAndWeights);

/// File › Export as script…: the file dialog (its filter chooses NumPy or PyTorch), the number of
/// epochs, then writeRunScript; problems in a message box.
void exportRunScript(QWidget *parent, const RunOnShow &run);

/// File › Export exercise sheet…: level, variants and seed, the file dialog (Markdown or LaTeX), then
/// writeRunExerciseSheets; problems in a message box.
void exportRunExerciseSheets(QWidget *parent, const RunOnShow &run);

} // namespace bp::ui
