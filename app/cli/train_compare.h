#pragma once

#include "app/cli/cli_options.h"

#include "core/formats/experiment.h"
#include "core/maths/metrics.h"
#include "core/maths/network.h"
#include "core/training/live_change.h"
#include "core/training/run_group.h"
#include "core/training/trainer.h"

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace bp::cli {

/// What `train --compare` (or a lesson with sibling runs, or an experiment saved with them) asks for.
struct SideBySideRun {
    RunGroup group;
    std::string lesson;
    std::uint64_t seed = 1;
    /// Each run's history so far (an experiment that continues), index = run.
    std::vector<std::vector<EpochMetrics>> histories;
    std::vector<LiveChange> changes;
    std::int64_t epochs = 1;
    std::optional<std::string> historyPath;
    std::optional<std::string> experimentPath;
    /// Stop once every run that has not diverged reaches this accuracy.
    std::optional<double> stopAtAccuracy;
    bool quiet = false;
};

/// The side-by-side run that train's options ask for, starting from (or continuing) `start`: its
/// siblings are --compare's (1 to 3) or else the lesson's, or the experiment's own when it has them.
/// Throws InputError for options that a comparison cannot honour (--save-model, --report,
/// --stop-at-codes, or --compare/--lr/--batch/--optimizer on an experiment that already compares).
SideBySideRun sideBySide(const Options &options, Experiment start, std::int64_t epochs,
                         std::vector<RunVariant> lessonSiblings = {});

/// Trains the runs in lockstep, one epoch of each in turn, and writes one history per run and the
/// experiment with all of them. Returns the exit code (kExitDiverged when any run diverged).
int trainSideBySide(SideBySideRun run, std::ostream &out, std::ostream &err);

/// The history file of run `run` (0 = the original): FILE.csv itself for run 0, FILE-run2.csv for
/// run 1, FILE-run3.csv, FILE-run4.csv (before the extension, or at the end when there is none).
std::string runHistoryPath(const std::string &path, int run);

/// The history CSV's header line and one epoch's line (with the distinct codes of a bottleneck).
std::string historyHeader(int layers, bool bottleneck);
std::string historyLine(const EpochMetrics &metrics, bool bottleneck, int codes);

} // namespace bp::cli
