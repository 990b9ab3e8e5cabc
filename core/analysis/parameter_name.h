#pragma once

#include "core/maths/network.h"
#include "core/maths/parameter_check.h"

#include <string>
#include <string_view>

namespace bp {

/// A parameter's name on the command line and in files, after the lecture's wˡⱼₖ and bˡⱼ with
/// 1-based j and k: "w2_1_3" is w²₁₃ (layer 2, neuron 1 of layer 2, neuron 3 of layer 1), "b2_1" is
/// b²₁. The window writes the same parameter w²₁₃.
std::string parameterName(const ParameterIndex &parameter);

/// Reads a name written as parameterName writes it ("w2_1_3", "b2_1") and checks that the network
/// has that parameter. Throws InputError naming the text and what is wrong (not a name, or a layer
/// or neuron the network does not have, with the sizes it does have).
ParameterIndex parseParameterName(std::string_view text, const Network &network);

/// The value of that parameter in the network (the caller checked that it exists).
double parameterValue(const Network &network, const ParameterIndex &parameter);
/// Sets it.
void setParameterValue(Network &network, const ParameterIndex &parameter, double value);

/// The problem with a parameter index for this network ("" when the network has it).
std::string parameterProblem(const ParameterIndex &parameter, const Network &network);

} // namespace bp
