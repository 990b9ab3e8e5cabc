#include "app/cli/train_compare.h"

#include "app/cli/cli.h"

#include "core/formats/error.h"
#include "core/formats/experiment.h"
#include "core/formats/file_io.h"
#include "core/formats/message_text.h"
#include "core/formats/number_format.h"

#include <chrono>
#include <memory>
#include <ostream>

namespace bp::cli {

std::string runHistoryPath(const std::string &path, int run)
{
    if (run == 0)
        return path;
    const std::size_t slash = path.find_last_of('/');
    const std::size_t dot = path.find_last_of('.');
    const std::string suffix = "-run" + std::to_string(run + 1);
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash) || dot == slash + 1 ||
        dot == 0)
        return path + suffix;
    return path.substr(0, dot) + suffix + path.substr(dot);
}

std::string historyHeader(int layers, bool bottleneck)
{
    std::string header = "epoch,loss,accuracy,step_loss";
    for (int l = 1; l <= layers; ++l)
        header += ",grad_norm_" + std::to_string(l);
    for (int l = 1; l <= layers; ++l)
        header += ",mean_abs_delta_" + std::to_string(l);
    if (bottleneck)
        header += ",distinct_codes";
    return header + '\n';
}

std::string historyLine(const EpochMetrics &metrics, bool bottleneck, int codes)
{
    std::string line = std::to_string(metrics.epoch) + "," + formatNumber(metrics.loss) + "," +
                       formatNumber(metrics.accuracy) + "," + formatNumber(metrics.stepLoss);
    for (const LayerStats &stats : metrics.layers)
        line.append(",").append(formatNumber(stats.gradientNorm));
    for (const LayerStats &stats : metrics.layers)
        line.append(",").append(formatNumber(stats.meanAbsDelta));
    if (bottleneck)
        line.append(",").append(std::to_string(codes));
    return line + '\n';
}

SideBySideRun sideBySide(const Options &options, Experiment start, std::int64_t epochs,
                         std::vector<RunVariant> lessonSiblings)
{
    for (const char *name : {"save-model", "report", "stop-at-codes"})
        if (options.has(name))
            throw InputError(
                std::string("--") + name +
                " cannot be given with runs side by side (--compare, or a lesson or experiment that "
                "has them); --save-experiment keeps every run and --history writes one file per run");
    std::vector<RunVariant> variants = std::move(lessonSiblings);
    if (options.has("compare")) {
        const std::vector<std::string> texts = options.values("compare");
        if (texts.size() > static_cast<std::size_t>(kMaxSiblings))
            throw InputError("--compare is given " + std::to_string(texts.size()) + " times; at most " +
                             std::to_string(kMaxSiblings) + " runs can be compared with the original");
        variants.clear();
        for (const std::string &text : texts) {
            try {
                variants.push_back(parseRunVariant(text));
            } catch (const InputError &error) {
                throw InputError("--compare " + quotedForMessage(text) + ": " + error.what());
            }
        }
    }
    const RunOrigin origin{start.seed, start.init, start.initRange};
    std::vector<std::vector<EpochMetrics>> histories;
    histories.push_back(std::move(start.history));
    std::optional<RunGroup> group;
    if (options.has("experiment")) {
        for (const char *name : {"lr", "batch", "optimizer", "shuffle"})
            if (options.has(name) || options.flag(name))
                throw InputError(
                    std::string("--") + name +
                    " cannot change runs side by side that continue (--experiment); start a new one instead");
    }
    if (!start.siblings.empty()) {
        if (options.has("compare"))
            throw InputError("--compare cannot change an experiment whose runs are already side by side");
        for (SiblingRun &sibling : start.siblings)
            histories.push_back(std::move(sibling.history));
        group.emplace(resumeGroup(start));
    } else {
        try {
            group.emplace(resumeTraining(start), origin, variants);
        } catch (const InputError &error) {
            throw InputError(
                std::string(options.has("compare") ? "--compare: " : "the lesson's runs side by side: ") +
                error.what());
        }
    }
    return SideBySideRun{
        std::move(*group),
        start.lesson,
        start.seed,
        std::move(histories),
        std::move(start.changes),
        epochs,
        options.has("history") ? std::optional<std::string>(options.value("history")) : std::nullopt,
        options.has("save-experiment") ? std::optional<std::string>(options.value("save-experiment"))
                                       : std::nullopt,
        options.has("stop-at-accuracy") ? std::optional<double>(options.number("stop-at-accuracy"))
                                        : std::nullopt,
        options.flag("quiet")};
}

int trainSideBySide(SideBySideRun run, std::ostream &out, std::ostream &err)
{
    RunGroup &group = run.group;
    const int runs = group.runCount();
    run.histories.resize(static_cast<std::size_t>(runs));
    const bool bottleneck = bottleneckLayer(group.run(0).network().sizes()) > 0;
    auto codesOf = [&](int index) {
        return bottleneck ? distinctHiddenCodes(group.run(index).network(), group.run(index).dataset().inputs)
                          : 0;
    };
    const std::vector<std::string> labels = group.labels();
    if (!run.quiet) {
        out << "side by side: " << group.title() << "\n";
        for (int i = 0; i < runs; ++i)
            out << "run " << i + 1 << ": " << labels[static_cast<std::size_t>(i)]
                << (run.historyPath ? "  history " + runHistoryPath(*run.historyPath, i) : std::string())
                << "\n";
    }
    if (run.experimentPath) {
        // Refused now, before the work, when the file would be too large: each run counts in full.
        for (int i = 0; i < runs; ++i)
            requireSavableExperiment(group.run(i),
                                     static_cast<std::int64_t>(run.histories[0].size()) + run.epochs,
                                     *run.experimentPath);
    }
    std::vector<std::unique_ptr<AtomicFile>> files;
    std::vector<std::string> lines(static_cast<std::size_t>(runs));
    if (run.historyPath) {
        for (int i = 0; i < runs; ++i) {
            files.push_back(std::make_unique<AtomicFile>(runHistoryPath(*run.historyPath, i)));
            lines[static_cast<std::size_t>(i)] =
                historyHeader(group.run(i).network().layerCount(), bottleneck);
        }
    }

    const auto start = std::chrono::steady_clock::now();
    const std::int64_t printEvery = std::max<std::int64_t>(1, run.epochs / 20);
    std::vector<EpochMetrics> metrics(static_cast<std::size_t>(runs));
    std::vector<bool> wasDiverged(static_cast<std::size_t>(runs), false);
    for (std::int64_t e = 0; e < run.epochs; ++e) {
        metrics = group.runEpoch();
        bool allDiverged = true;
        bool allReached = true;
        for (int i = 0; i < runs; ++i) {
            const auto index = static_cast<std::size_t>(i);
            // A diverged run's last epoch is cut short: its metrics are not an epoch's.
            if (group.run(i).isDiverged()) {
                if (!wasDiverged[index])
                    err << "backprop-cli: run " << i + 1 << " (" << labels[index]
                        << "): " << group.run(i).divergenceMessage() << "\n";
                wasDiverged[index] = true;
                continue;
            }
            allDiverged = false;
            allReached = allReached && run.stopAtAccuracy && metrics[index].accuracy >= *run.stopAtAccuracy;
            if (run.historyPath) {
                lines[index] += historyLine(metrics[index], bottleneck, codesOf(i));
                if (lines[index].size() >= 1 << 16) {
                    files[index]->write(lines[index]);
                    lines[index].clear();
                }
            }
            if (run.experimentPath)
                appendToHistory(run.histories[index], metrics[index]);
        }
        const bool done = allDiverged || allReached || e + 1 == run.epochs;
        if (!run.quiet && ((e + 1) % printEvery == 0 || done)) {
            out << "epoch " << e + 1 << "  loss";
            for (int i = 0; i < runs; ++i)
                out << (i ? " | " : " ") << formatSignificant(metrics[static_cast<std::size_t>(i)].loss, 6);
            out << "\n";
        }
        if (done)
            break;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (int i = 0; i < static_cast<int>(files.size()); ++i) {
        files[static_cast<std::size_t>(i)]->write(lines[static_cast<std::size_t>(i)]);
        files[static_cast<std::size_t>(i)]->commit();
    }
    if (run.experimentPath) {
        Experiment saved = captureExperiment(group.run(0), run.lesson, run.seed, std::move(run.histories[0]));
        saved.changes = std::move(run.changes);
        saved.init = group.origin().init;
        saved.initRange = group.origin().initRange;
        saved.siblings = captureSiblings(
            group, std::vector<std::vector<EpochMetrics>>(std::make_move_iterator(run.histories.begin() + 1),
                                                          std::make_move_iterator(run.histories.end())));
        saveExperiment(*run.experimentPath, saved);
    }
    bool anyDiverged = false;
    for (int i = 0; i < runs; ++i) {
        const Trainer &trainer = group.run(i);
        anyDiverged = anyDiverged || trainer.isDiverged();
        out << "run " << i + 1 << " (" << labels[static_cast<std::size_t>(i)] << "): ";
        if (trainer.isDiverged()) {
            out << "diverged at epoch " << trainer.epoch() + 1 << "\n";
            continue;
        }
        out << "trained " << trainer.epoch() << " epochs: loss "
            << formatSignificant(metrics[static_cast<std::size_t>(i)].loss, 4) << ", accuracy "
            << formatSignificant(metrics[static_cast<std::size_t>(i)].accuracy, 4);
        if (bottleneck)
            out << ", distinct codes " << codesOf(i) << "/" << trainer.dataset().sampleCount();
        out << "\n";
    }
    out << runs << " runs side by side in " << formatSignificant(seconds, 3) << " s\n";
    return anyDiverged ? kExitDiverged : kExitOk;
}

} // namespace bp::cli
