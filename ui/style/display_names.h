#pragma once

#include "core/activation.h"
#include "core/loss.h"
#include "core/optimizer.h"

#include <QString>

namespace bp::ui {

/// The names the interface shows, in its language ("logistica", "discesa del gradiente"); files
/// and the command line keep the core's identifiers ("logistic", "sgd").
QString activationDisplayName(Activation activation);
QString lossDisplayName(Loss loss);
QString optimizerDisplayName(Optimizer optimizer);

} // namespace bp::ui
