#pragma once

#include "core/analysis/histogram.h"
#include "core/data/preset.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace bp {

/// The panels a lesson shows beside the usual ones when it is opened.
struct LessonPanels {
    /// The graph's σ′ gauges and saturated/dead marks.
    bool saturationMarks = false;
    /// The loss over two weights.
    bool lossLandscape = false;
    /// The histograms over time, and what they count when the lesson opens them.
    bool histograms = false;
    HistogramQuantity histogramQuantity = HistogramQuantity::Deltas;
};

/// One built-in lesson, as the menus, the command line's help, the README and the tests list it.
/// Everything but `build` is a constant: reading a lesson's title builds nothing.
struct LessonEntry {
    /// The identifier (--preset NAME, experiment files), e.g. "encoder-8-3-8".
    std::string_view id;
    /// A short title for menus, in English (the UI translates it), e.g. "8-3-8 autoencoder".
    std::string_view title;
    /// One line on what the lesson shows.
    std::string_view description;
    /// The layer sizes from input to output ("8-3-8"), as the network built has them.
    std::string_view network;
    /// Where the data comes from: generated, or a file shipped with the program.
    std::string_view dataset;
    /// Builds the lesson: its dataset, its network and its default settings (the seed also
    /// draws the points of the 2-D sets).
    Preset (*build)(std::uint64_t seed);
    /// What the window shows for it beyond the usual panels.
    LessonPanels panels = {};
};

/// Every built-in lesson, in the order the menus show them. Adding a lesson is one entry here
/// (plus its data file if it ships one, and its title in ui/teach/lesson_titles.cpp).
std::span<const LessonEntry> lessonRegistry();

/// The entry with this identifier, or null.
const LessonEntry *findLesson(std::string_view id);

} // namespace bp
