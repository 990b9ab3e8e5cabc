#include "app/training/sibling_runs.h"

#include "core/formats/error.h"
#include "core/maths/metrics.h"

namespace bp {

namespace {

// Epochs waiting for the GUI per run are thinned beyond this many (as the focus's are).
constexpr std::size_t kMaxPendingEpochs = 4096;

} // namespace

void SiblingRuns::start(const Trainer &focus, const RunOrigin &origin,
                        const std::vector<RunVariant> &variants)
{
    RunGroup group(focus, origin, variants);
    std::vector<Run> runs(static_cast<std::size_t>(group.runCount()));
    for (int i = 1; i < group.runCount(); ++i) {
        Run &run = runs[static_cast<std::size_t>(i)];
        run.trainer.emplace(std::move(group.run(i)));
        run.variant = group.variant(i);
    }
    m_runs = std::move(runs);
    m_origin = origin;
    m_focus = 0;
    m_restarted = true;
}

void SiblingRuns::restore(const Experiment &experiment)
{
    const RunGroup group = resumeGroup(experiment);
    std::vector<Run> runs(static_cast<std::size_t>(group.runCount()));
    for (int i = 1; i < group.runCount(); ++i) {
        Run &run = runs[static_cast<std::size_t>(i)];
        run.trainer.emplace(group.run(i));
        run.variant = group.variant(i);
        run.history = experiment.siblings[static_cast<std::size_t>(i - 1)].history;
        run.pending = run.history;
    }
    m_runs = std::move(runs);
    m_origin = group.origin();
    m_focus = 0;
    m_restarted = true;
}

RunOrigin SiblingRuns::focusOrigin(const RunOrigin &origin) const
{
    if (m_focus <= 0 || m_focus >= runCount())
        return origin;
    const RunVariant &variant = m_runs[static_cast<std::size_t>(m_focus)].variant;
    return {origin.seed, variant.init.value_or(origin.init), variant.initRange.value_or(origin.initRange)};
}

std::vector<RunVariant> SiblingRuns::variants() const
{
    std::vector<RunVariant> variants;
    for (std::size_t i = 1; i < m_runs.size(); ++i)
        variants.push_back(m_runs[i].variant);
    return variants;
}

void SiblingRuns::clear()
{
    m_restarted = m_restarted || !m_runs.empty();
    m_runs.clear();
    m_focus = 0;
}

void SiblingRuns::record(Run &run)
{
    const EpochMetrics metrics = run.trainer->epochMetrics();
    appendToHistory(run.history, metrics);
    run.pending.push_back(metrics);
    if (run.pending.size() > kMaxPendingEpochs) {
        std::vector<EpochMetrics> thinned;
        for (std::size_t i = run.pending.size() % 2 == 0 ? 1 : 0; i < run.pending.size(); i += 2)
            thinned.push_back(run.pending[i]);
        run.pending.swap(thinned);
    }
}

void SiblingRuns::step()
{
    for (Run &run : m_runs) {
        if (!run.trainer || run.trainer->isDiverged())
            continue;
        if (run.trainer->step() && run.trainer->isEpochComplete())
            record(run);
    }
}

void SiblingRuns::runEpoch(const std::atomic<bool> *abort)
{
    for (Run &run : m_runs) {
        if (!run.trainer || run.trainer->isDiverged())
            continue;
        run.trainer->runEpoch(abort);
        if (!run.trainer->isDiverged() && run.trainer->isEpochComplete())
            record(run);
    }
}

bool SiblingRuns::setFocus(int index, std::optional<Trainer> &trainer, std::vector<EpochMetrics> &history)
{
    if (index < 0 || index >= runCount() || index == m_focus || !trainer)
        return false;
    Run &next = m_runs[static_cast<std::size_t>(index)];
    Run &previous = m_runs[static_cast<std::size_t>(m_focus)];
    previous.trainer.emplace(std::move(*trainer));
    previous.history = std::move(history);
    trainer.emplace(std::move(*next.trainer));
    next.trainer.reset();
    history = std::move(next.history);
    next.history.clear();
    for (Run &run : m_runs)
        run.pending = run.history;
    m_focus = index;
    m_restarted = true;
    return true;
}

std::vector<RunSummary> SiblingRuns::summaries(const Trainer &focus, bool withCodes)
{
    std::vector<const Trainer *> trainers;
    std::vector<RunVariant> variants;
    for (const Run &run : m_runs) {
        trainers.push_back(run.trainer ? &*run.trainer : &focus);
        variants.push_back(run.variant);
    }
    const std::vector<std::vector<LabelPart>> labels = labelPartsOf(trainers, variants, m_origin);
    std::vector<RunSummary> summaries;
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        Run &run = m_runs[i];
        const Trainer &trainer = *trainers[i];
        RunSummary summary;
        summary.index = static_cast<int>(i);
        summary.label = labels[i];
        summary.network = std::make_shared<const Network>(trainer.network());
        summary.settings = trainer.settings();
        summary.epoch = trainer.epoch();
        summary.diverged = trainer.isDiverged();
        if (withCodes) {
            const Dataset &data = trainer.dataset();
            const Evaluation evaluation =
                evaluate(trainer.network(), data.inputs, data.targets, data.targetKind());
            summary.loss = evaluation.loss;
            summary.accuracy = evaluation.accuracy;
            if (bottleneckLayer(trainer.network().sizes()) > 0)
                summary.distinctCodes = distinctHiddenCodes(trainer.network(), data.inputs);
        } else if (!run.history.empty()) {
            summary.loss = run.history.back().loss;
            summary.accuracy = run.history.back().accuracy;
        }
        if (run.trainer)
            summary.newEpochs.swap(run.pending);
        run.pending.clear();
        summaries.push_back(std::move(summary));
    }
    return summaries;
}

void SiblingRuns::resend()
{
    for (Run &run : m_runs)
        run.pending = run.history;
    m_restarted = true;
}

bool SiblingRuns::takeRestarted()
{
    const bool restarted = m_restarted;
    m_restarted = false;
    return restarted;
}

void SiblingRuns::fill(Experiment &experiment, const Trainer &focus,
                       const std::vector<EpochMetrics> &focusHistory) const
{
    if (m_runs.empty())
        return;
    auto trainerOf = [&](std::size_t i) -> const Trainer & {
        return m_runs[i].trainer ? *m_runs[i].trainer : focus;
    };
    auto historyOf = [&](std::size_t i) -> const std::vector<EpochMetrics> & {
        return m_runs[i].trainer ? m_runs[i].history : focusHistory;
    };
    const Trainer &original = trainerOf(0);
    experiment.network = original.network();
    experiment.settings = original.settings();
    experiment.progress = original.progress();
    experiment.history = historyOf(0);
    experiment.init = m_origin.init;
    experiment.initRange = m_origin.initRange;
    experiment.siblings.clear();
    for (std::size_t i = 1; i < m_runs.size(); ++i) {
        const Trainer &trainer = trainerOf(i);
        experiment.siblings.push_back(
            {m_runs[i].variant, trainer.network(), trainer.settings(), trainer.progress(), historyOf(i)});
    }
}

} // namespace bp
