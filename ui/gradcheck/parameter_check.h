#pragma once

// The plan of a gradient check and its runner are Qt-free and live in core/, where the command
// line uses them too; the panel keeps its names.
#include "core/maths/parameter_check.h"

namespace bp::ui {

using bp::CheckedParameter;
using bp::checkParameters;
using bp::CheckPlan;
using bp::isSampled;
using bp::KinkProximity;
using bp::ParameterCheckResult;
using bp::ParameterIndex;
using bp::plannedCount;
using bp::selectParameters;

} // namespace bp::ui
