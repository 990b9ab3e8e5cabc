#pragma once

#include "core/formats/json.h"
#include "core/maths/types.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace bp::json {

/// Reading a parsed JSON document against an expected shape. Every function throws InputError
/// "source:line:column: path: message" at the first value that does not fit.

/// "path[index]", the place of an array element in messages.
std::string at(const std::string &path, std::size_t index);

[[noreturn]] void failAt(std::string_view source, const JsonValue &value, const std::string &path,
                         const std::string &message);

/// The member `key` of an object (path names the object in messages).
const JsonValue &member(std::string_view source, const JsonValue &object, std::string_view key,
                        const std::string &path);
/// An array; with expectedSize ≥ 0 also of that length ("expected 2 numbers, found 3").
const JsonValue &array(std::string_view source, const JsonValue &value, const std::string &path,
                       std::int64_t expectedSize, std::string_view what);
double number(std::string_view source, const JsonValue &value, const std::string &path);
/// A measured number as jsonMeasurement writes it: a number, or "Infinity", "-Infinity", "NaN".
double measurement(std::string_view source, const JsonValue &value, const std::string &path);
/// A whole number in [low, high].
std::int64_t integer(std::string_view source, const JsonValue &value, const std::string &path,
                     std::int64_t low, std::int64_t high);
const std::string &string(std::string_view source, const JsonValue &value, const std::string &path);
bool boolean(std::string_view source, const JsonValue &value, const std::string &path);

/// An array of `rows` arrays of `cols` numbers, as a (rows × cols) matrix.
Matrix rows(std::string_view source, const JsonValue &value, const std::string &path, Eigen::Index rows,
            Eigen::Index cols);
/// An array of `count` arrays of `size` numbers (one per column), as a (size × count) matrix.
Matrix columns(std::string_view source, const JsonValue &value, const std::string &path, Eigen::Index size,
               Eigen::Index count);
/// An array of `size` numbers.
Vector vector(std::string_view source, const JsonValue &value, const std::string &path, Eigen::Index size);

} // namespace bp::json
