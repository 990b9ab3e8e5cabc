#pragma once

#include "core/maths/activation.h"

#include <cstddef>
#include <string>
#include <vector>

// The lecture's notation as LaTeX maths, shared by the worked example, the exercise sheets and their
// answer keys. Neurons are 0-based in the arguments and 1-based in the text, as the lecture numbers
// them.

namespace bp {

/// LaTeX sums of a handout are broken into rows of this many terms, so that a line stays inside an
/// A4 page (four products with negative factors overflowed it).
inline constexpr std::size_t kTermsPerRow = 3;

/// A whole number as text ("12").
std::string index(int number);

/// "l = 2 to 1" in a heading, or "layer 1" when the range holds one layer.
std::string layerRange(int from, int to);

/// xˡⱼ: "z^{2}_{3}" for sym("z", 2, 2).
std::string sym(const std::string &name, int layer, int neuron);

/// wˡⱼₖ, with a comma between j and k when either has two digits ("w^{1}_{10,2}").
std::string weightSym(int layer, int j, int k);

/// tⱼ.
std::string targetSym(int neuron);

/// ∂E/∂(of) as a fraction.
std::string partial(const std::string &of);

/// The activation's symbol in maths: \sigma, \tanh, \operatorname{relu}, …
std::string functionTex(Activation activation);

/// Rows of "lead t₁ t₂ t₃", "&\quad t₄ …", the last ending in tail, kTermsPerRow terms a row. The
/// terms are already signed: each but the first begins with "+ " or "- ".
std::vector<std::string> sumRows(const std::string &lead, const std::vector<std::string> &terms,
                                 const std::string &tail);

} // namespace bp
