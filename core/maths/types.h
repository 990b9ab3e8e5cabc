#pragma once

#include <Eigen/Core>

namespace bp {

/// Column-major double matrices: one column per sample, one row per neuron.
using Matrix = Eigen::MatrixXd;
using Vector = Eigen::VectorXd;

} // namespace bp
