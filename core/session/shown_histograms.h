#pragma once

#include "core/analysis/histogram_history.h"
#include "core/formats/json.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

/// The histograms over time as they travel from the lecturer's dock to the followers' (the rows
/// its HistogramHistory keeps, oldest first): the whole set, or the rows added since the previous
/// state. A follower continues an increment only from the newest row it holds (`after`); after a
/// gap it keeps its rows until the next whole set, which the host sends on every join and within
/// seconds of any increment.
struct ShownHistograms {
    /// The host's set of rows: a new id when its dock starts over (another run, a rewind).
    std::uint64_t id = 0;
    bool whole = true;
    /// For an increment: the epoch of the newest row the follower must hold for it to continue
    /// (−1: none). −1 for a whole set.
    std::int64_t after = -1;
    std::vector<HistogramRowPointer> rows;
};

/// The histogram values a state carries at most (HistogramRow counts about 400 a layer): the
/// 257 rows of a three-layer network fit; a larger set is thinned evenly (every other row, the
/// newest kept), as an experiment file thins its own.
inline constexpr std::int64_t kMaxShownHistogramValues = 400'000;

/// The host's side: what each state carries of the dock's rows, so that a follower that applied
/// every state holds the rows the dock holds (or an evenly thinned subset when they are over the
/// budget) — bit for bit, since rows are never recomputed on the way.
class HistogramSender {
public:
    /// The part of `rows` (the dock's rows now, oldest first; none after runEpoch travels) the next
    /// state carries: the whole set when `wholeDue` (a follower joined, or one may have missed a
    /// state), when nothing was sent yet, or when the rows held by the followers are no longer
    /// among the dock's (it started over or went back); else the rows after the newest sent.
    ShownHistograms next(const std::vector<HistogramRowPointer> &rows, std::int64_t runEpoch, bool wholeDue);

private:
    std::uint64_t m_id = 0;
    bool m_sent = false;
    // The rows a follower holds once it applied every state sent so far.
    HistogramHistory m_held;
};

/// The follower's side: the rows it holds of the host's set, and what its dock takes of a state.
class HistogramReceiver {
public:
    struct Taken {
        /// The dock forgets its rows before it appends `rows`.
        bool restart = false;
        std::vector<HistogramRowPointer> rows;
    };

    /// A whole set replaces the rows held; an increment that continues them is appended; one after
    /// a gap (another id, or rows held that are not those it continues) changes nothing.
    Taken take(const ShownHistograms &histograms);
    /// The rows held, oldest first.
    const std::vector<HistogramRowPointer> &rows() const { return m_held.rows(); }
    void clear();

private:
    bool m_known = false;
    std::uint64_t m_id = 0;
    HistogramHistory m_held;
};

/// {"id", "whole", "after", "rows": <the experiment format's "histograms" array>}.
std::string shownHistogramsToJson(const ShownHistograms &histograms);

/// Reads "histograms" of a state at `path` for a run at epoch runEpoch: rows as the experiment
/// format reads them (at most kMaxSavedHistogramRows, epochs rising and at most runEpoch), within
/// kMaxShownHistogramValues counted before anything is allocated, an increment's rows after its
/// `after`. Throws InputError naming the place.
ShownHistograms readShownHistograms(std::string_view source, const JsonValue &value, const std::string &path,
                                    std::int64_t runEpoch);

} // namespace bp
