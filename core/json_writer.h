#pragma once

#include "core/types.h"

#include <string>

namespace bp {

/// "[v₀, v₁, …]" of count values read with a stride, each the shortest text that reads back to it.
std::string jsonNumbers(const double *values, Eigen::Index count, Eigen::Index stride = 1);

/// A vector as a JSON array.
std::string jsonNumbers(const Vector &values);

/// A matrix as an array of its rows: "[[m₀₀, m₀₁, …], [m₁₀, …], …]".
std::string jsonRows(const Matrix &matrix, const std::string &rowSeparator = ", ");

/// A matrix as an array of its columns (one per sample, for datasets).
std::string jsonColumns(const Matrix &matrix, const std::string &columnSeparator = ", ");

} // namespace bp
