#pragma once

#include "core/maths/random.h"
#include "core/maths/trace.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

/// The two handout formats of a worked example.
enum class WorkedExampleFormat {
    /// GitHub-flavoured Markdown with maths as $`…`$ and ```math blocks (GitHub and GitLab render it).
    Markdown,
    /// A standalone LaTeX document (article, amsmath) that pdflatex compiles as it is.
    Latex,
};

/// "markdown" / "latex" (also "md", "tex"), for the command line.
std::optional<WorkedExampleFormat> parseWorkedExampleFormat(std::string_view name);

/// What to write besides the trace.
struct WorkedExampleOptions {
    WorkedExampleFormat format = WorkedExampleFormat::Markdown;
    /// A heading line for the handout, e.g. "8-3-8 autoencoder, sample 3 of 8" (plain text: it is
    /// escaped for the format). Empty: "One step of backpropagation".
    std::string title;
    /// Significant digits of every number.
    int digits = 6;
    /// The neuron the teacher selected (layer 1..L, neuron 0-based): in a large network it is
    /// shown in full beside the first neurons of its layer. layer 0 means none.
    int selectedLayer = 0;
    int selectedNeuron = 0;
    /// An exercise sheet instead of a worked example when 1..kExerciseLevels (see exerciseSheet).
    int exerciseLevel = 0;
};

/// Networks with at most this many parameters, and no layer wider than kWorkedExampleFullWidth,
/// are written out neuron by neuron and weight by weight (the 8-3-8 encoder has 59).
inline constexpr std::int64_t kWorkedExampleFullParameters = 400;
inline constexpr int kWorkedExampleFullWidth = 16;
/// In a larger network: the neurons shown per layer (plus the selected one), the terms of a sum
/// written before "…", and the weights per neuron shown in the gradients and the update.
inline constexpr int kWorkedExampleShownNeurons = 3;
inline constexpr int kWorkedExampleShownTerms = 3;

/// True when the worked example of this network shows every neuron and weight.
bool isWorkedExampleComplete(const Network &network);

/// The worked example of one step: every phase's equation in the lecture's notation with the numbers
/// of the trace filled in — forward zˡ = Wˡaˡ⁻¹ + bˡ, aˡ = f(zˡ) for l = 1..L, the loss, the output
/// error (BP1), the backward pass (BP2) for l = L−1..1, the gradients (BP3, BP4) and the update —
/// with a note on the sign convention. Large networks get a summary per layer and the first (and the
/// selected) neurons, and the text says what was left out.
std::string workedExample(const Trace &trace, const WorkedExampleOptions &options);

/// Exercise sheets fade the worked example backwards: level 1 leaves the update to the student, each
/// level one section more (the gradients, BP2, BP1, the error), level 6 the whole step.
inline constexpr int kExerciseLevels = 6;

/// One box of an exercise sheet and its answer.
struct ExerciseBlank {
    /// The box's number on the sheet, from 1, in reading order.
    int number = 0;
    /// The quantity, in LaTeX maths ("z^{1}_{1}", "\\frac{\\partial E}{\\partial b^{2}_{1}}").
    std::string symbol;
    double value = 0.0;
    /// The section (0 = forward pass … 5 = update) and its heading.
    int section = 0;
    std::string sectionTitle;
};

/// An exercise sheet and its separate answer key, in the same format.
struct ExerciseSheet {
    std::string sheet;
    std::string key;
    std::vector<ExerciseBlank> blanks;
};

/// The worked example of the trace with the numbers of the last options.exerciseLevel sections in
/// numbered boxes, and the key with every box's value. Throws InputError when the level is not
/// 1..kExerciseLevels or the network is too large to write out in full (isWorkedExampleComplete).
ExerciseSheet exerciseSheet(const Trace &trace, const WorkedExampleOptions &options);

/// What the sheets after the first draw anew, so that neighbours cannot copy.
enum class ExerciseVariation {
    /// A new sample and new weights and biases (the default).
    SampleAndWeights,
    /// A new sample for the same network (the one the class knows from the lecture).
    Sample,
    /// New weights and biases for the same sample.
    Weights,
};

/// "both" / "sample" / "weights", for the command line.
std::optional<ExerciseVariation> parseExerciseVariation(std::string_view name);

/// The sample of sheet k ≥ 2, drawn by `random` to two decimals so that it can be worked by hand:
/// inputs in [0, 1]; the target the new input when the given target is the given input (an
/// autoencoder), one-hot after softmax, otherwise in the output activation's range ([0, 1] after
/// the logistic, relu and leaky relu, [−1, 1] after tanh and the identity). Shapes as given:
/// input (n₀ × 1), target (n_L × 1).
void drawExerciseSample(const Network &network, const Matrix &givenInput, const Matrix &givenTarget,
                        Random &random, Matrix &input, Matrix &target);

/// `count` sheets with different numbers: sheet 1 is the network and sample as given; sheet k ≥ 2
/// draws, as `variation` says, a new sample (drawExerciseSample) and new weights and biases (uniform
/// in [−1, 1], rounded to two decimals), each from its own generator seeded by seed and k, so that
/// sheet k is the same whatever the count. Each sheet is one SGD step with this η, numbered "k of
/// count" in its title and its key's. Throws InputError as exerciseSheet does, or for count outside
/// 1..100.
std::vector<ExerciseSheet>
exerciseVariants(const Network &network, const Matrix &input, const Matrix &target, double learningRate,
                 const WorkedExampleOptions &options, int count, std::uint64_t seed,
                 ExerciseVariation variation = ExerciseVariation::SampleAndWeights);

/// Writes each sheet and its key atomically: base + extension and base + "-key" + extension for one
/// sheet, base-1…, base-1-key… for several. Returns the paths in order, each sheet's before its key's.
/// Throws InputError as writeFileAtomically does; earlier files stay written.
std::vector<std::string> writeExerciseFiles(const std::vector<ExerciseSheet> &sheets, const std::string &base,
                                            const std::string &extension);

} // namespace bp
