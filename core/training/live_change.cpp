#include "core/training/live_change.h"

#include "core/maths/activation.h"
#include "core/maths/loss.h"

#include <algorithm>
#include <array>
#include <utility>

namespace bp {

namespace {

constexpr std::array<std::pair<ChangeKind, std::string_view>, 8> kKindNames{{
    {ChangeKind::LearningRate, "learning_rate"},
    {ChangeKind::Optimizer, "optimizer"},
    {ChangeKind::BatchSize, "batch_size"},
    {ChangeKind::Activation, "activation"},
    {ChangeKind::Loss, "loss"},
    {ChangeKind::Architecture, "architecture"},
    {ChangeKind::Data, "data"},
    {ChangeKind::Parameter, "parameter"},
}};

bool sameData(const Dataset &a, const Dataset &b)
{
    auto same = [](const Matrix &x, const Matrix &y) {
        return x.rows() == y.rows() && x.cols() == y.cols() && x == y;
    };
    return same(a.inputs, b.inputs) && same(a.targets, b.targets) && same(a.testInputs, b.testInputs) &&
           same(a.testTargets, b.testTargets) && a.inputNames == b.inputNames && a.targetNames == b.targetNames;
}

} // namespace

std::string_view changeKindName(ChangeKind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return name;
    }
    return "learning_rate";
}

std::optional<ChangeKind> parseChangeKind(std::string_view name)
{
    for (const auto &[kind, text] : kKindNames) {
        if (text == name)
            return kind;
    }
    return std::nullopt;
}

std::string sizesText(const Network &network)
{
    std::string text;
    for (const auto size : network.sizes()) {
        if (!text.empty())
            text += '-';
        text += std::to_string(size);
    }
    return text;
}

std::vector<LiveChange> describeModelChange(const Network &before, const Dataset &beforeData, const Network &after,
                                            const Dataset &afterData)
{
    std::vector<LiveChange> changes;
    if (before.sizes() != after.sizes()) {
        LiveChange change;
        change.kind = ChangeKind::Architecture;
        change.from = sizesText(before);
        change.to = sizesText(after);
        changes.push_back(change);
    } else {
        for (int l = 1; l <= after.layerCount(); ++l) {
            const Activation was = before.layer(l).activation;
            const Activation now = after.layer(l).activation;
            if (was == now)
                continue;
            LiveChange change;
            change.kind = ChangeKind::Activation;
            change.layer = l;
            change.from = std::string(activationName(was));
            change.to = std::string(activationName(now));
            changes.push_back(change);
        }
    }
    if (before.loss() != after.loss()) {
        LiveChange change;
        change.kind = ChangeKind::Loss;
        change.from = std::string(lossName(before.loss()));
        change.to = std::string(lossName(after.loss()));
        changes.push_back(change);
    }
    if (!sameData(beforeData, afterData)) {
        LiveChange change;
        change.kind = ChangeKind::Data;
        change.from = std::to_string(beforeData.sampleCount());
        change.to = std::to_string(afterData.sampleCount());
        changes.push_back(change);
    }
    return changes;
}

void appendChange(std::vector<LiveChange> &changes, LiveChange change)
{
    changes.push_back(std::move(change));
    if (changes.size() > kMaxLiveChanges)
        changes.erase(changes.begin(), changes.begin() + static_cast<std::ptrdiff_t>(changes.size() - kMaxLiveChanges));
}

void dropChangesBetween(std::vector<LiveChange> &changes, std::uint64_t keptAt, std::uint64_t restoredAt)
{
    std::erase_if(changes, [keptAt, restoredAt](const LiveChange &change) {
        return change.serial > keptAt && change.serial <= restoredAt;
    });
}

std::size_t removeChangesOfEdit(std::vector<LiveChange> &changes, std::uint64_t editId)
{
    if (editId == 0)
        return 0;
    const auto before = changes.size();
    std::erase_if(changes, [editId](const LiveChange &change) { return change.editId == editId; });
    return before - changes.size();
}

} // namespace bp
