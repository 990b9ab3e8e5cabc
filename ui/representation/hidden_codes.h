#pragma once

#include "core/maths/types.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace bp::ui {

/// A hidden value at or above this reads as bit 1 (the lecture's reading of the 8-3-8 code).
inline constexpr double kCodeThreshold = 0.5;

/// Whether a hidden value reads as bit 1. NaN reads as 0.
inline bool codeBit(double value)
{
    return value >= kCodeThreshold;
}

/// The code of one sample: column `sample` of codes (k × m) read as bits, unit 1 first ("101").
QString codeBits(const Matrix &codes, int sample);

/// Samples grouped by their binary code.
struct CodeGroups {
    /// How many different codes the samples use.
    int distinct = 0;
    /// Samples that share a code with another, one group per shared code: each group ascending,
    /// the groups ordered by their first sample.
    std::vector<std::vector<int>> collisions;
    /// For each sample, the index of its group in collisions, or −1 when its code is its own.
    std::vector<int> groupOf;
};

/// Groups the first `count` columns of codes (k × m) by their binary code. Reuses the memory of
/// groups and order (a scratch buffer), so that a live view allocates nothing once warm.
void groupCodes(const Matrix &codes, int count, CodeGroups &groups, std::vector<int> &order);

/// "3 and 6 share 011" for each colliding group, joined by " · "; labels name the samples
/// (index + 1 when a label is missing). Compact, for a narrow line: "3=6: 011 · 1=2=5: 100".
QString collisionSummary(const CodeGroups &groups, const Matrix &codes, const QStringList &labels,
                         bool compact = false);

} // namespace bp::ui
