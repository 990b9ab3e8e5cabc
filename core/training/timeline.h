#pragma once

#include "core/maths/network.h"
#include "core/training/trainer.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace bp {

/// One state of a run kept by the Timeline: everything a trainer needs to continue from there bit
/// for bit (the network, the settings in force and the trainer's progress).
struct TimelineEntry {
    /// Unique within a timeline, increasing: the GUI names an entry by it.
    std::uint64_t id = 0;
    std::int64_t epoch = 0;
    std::int64_t stepCount = 0;
    /// Loss on the whole training set in this state (NaN when not evaluated).
    double loss = 0.0;
    Network network;
    TrainingSettings settings;
    TrainerProgress progress;
    /// Memory this entry holds, as estimated by timelineEntryBytes().
    std::size_t bytes = 0;
};

/// What the GUI sees of an entry: light enough to send with every snapshot.
struct TimelineMark {
    std::uint64_t id = 0;
    std::int64_t epoch = 0;
    std::int64_t stepCount = 0;
    double loss = 0.0;
};

/// The memory an entry holds: its matrices, vectors and the sample order.
std::size_t timelineEntryBytes(const TimelineEntry &entry);

/// A bounded ring of recent training states, so a teacher can go back to "just before the loss
/// jumped" and a diverged run can be rewound to its last good state.
///
/// Bounded by count and by memory. States are offered at every completed epoch; one is kept when
/// the run has moved on by the recording interval since the newest, an interval that grows with
/// the run (1 epoch early on, about epoch/256 later) so a long fast run copies networks rarely.
/// When a bound is passed, the entry whose neighbours are closest together relative to its age is
/// dropped: the ring stays dense near now and thins out into the past (roughly logarithmic
/// spacing), always keeping the oldest (the start) and the newest.
class Timeline {
public:
    static constexpr std::size_t kDefaultMaxEntries = 64;
    static constexpr std::size_t kDefaultMaxBytes = 64u * 1024u * 1024u;

    explicit Timeline(std::size_t maxEntries = kDefaultMaxEntries, std::size_t maxBytes = kDefaultMaxBytes);

    /// Forgets every entry (a new run); ids keep increasing.
    void clear();
    /// True when a state at this epoch is due for recording (the interval has passed).
    bool isDue(std::int64_t epoch) const;
    /// Keeps the trainer's current state (whether due or not); `loss` is its loss on the training set.
    /// Returns the new entry's id, or 0 when a single state is larger than the memory bound.
    std::uint64_t record(const Trainer &trainer, double loss);
    /// Drops every entry newer (by step count) than the one with this id: training resumed from it.
    void truncateAfter(std::uint64_t id);

    const std::vector<TimelineEntry> &entries() const { return m_entries; }
    /// The entry with this id, or null.
    const TimelineEntry *find(std::uint64_t id) const;
    /// The newest good entry (see lastGoodMark) whose parameters are all finite, or null.
    const TimelineEntry *lastGood() const;
    std::vector<TimelineMark> marks() const;

    std::size_t size() const { return m_entries.size(); }
    std::size_t bytes() const { return m_bytes; }
    std::size_t maxEntries() const { return m_maxEntries; }
    std::size_t maxBytes() const { return m_maxBytes; }

private:
    void enforceBounds();

    std::size_t m_maxEntries;
    std::size_t m_maxBytes;
    std::vector<TimelineEntry> m_entries;
    std::size_t m_bytes = 0;
    std::uint64_t m_nextId = 1;
};

/// How far above the lowest loss before it a state's loss may lie and still count as good.
inline constexpr double kGoodLossFactor = 10.0;

/// Index of the newest "good" mark, −1 when there is none: its loss is finite and at most
/// kGoodLossFactor times the lowest loss of the marks up to it. A run on its way to diverging
/// (loss 10³⁰⁰, still finite) is not good: the rewind goes back to before the loss jumped.
int lastGoodMark(const std::vector<TimelineMark> &marks);

/// A trainer in the state of the entry, on this dataset (the run's): it continues bit for bit as
/// the run did from there. Throws InputError when the entry does not fit the dataset.
Trainer resumeFrom(const TimelineEntry &entry, const Dataset &dataset);

} // namespace bp
