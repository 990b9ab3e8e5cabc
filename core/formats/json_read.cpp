#include "core/formats/json_read.h"

#include "core/formats/error.h"

#include <cmath>
#include <limits>

namespace bp::json {

std::string at(const std::string &path, std::size_t index)
{
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "[" + std::to_string(i).
    std::string text = path;
    text += '[';
    text += std::to_string(index);
    text += ']';
    return text;
}

void failAt(std::string_view source, const JsonValue &value, const std::string &path,
            const std::string &message)
{
    throw InputError(std::string(source) + ":" + std::to_string(value.line) + ":" +
                     std::to_string(value.column) + ": " + path + ": " + message);
}

const JsonValue &member(std::string_view source, const JsonValue &object, std::string_view key,
                        const std::string &path)
{
    if (!object.isObject())
        failAt(source, object, path, "expected an object, found " + std::string(jsonTypeName(object.type)));
    const JsonValue *value = object.find(key);
    if (!value)
        failAt(source, object, path, "the member \"" + std::string(key) + "\" is missing");
    return *value;
}

const JsonValue &array(std::string_view source, const JsonValue &value, const std::string &path,
                       std::int64_t expectedSize, std::string_view what)
{
    if (!value.isArray())
        failAt(source, value, path,
               "expected an array of " + std::string(what) + ", found " +
                   std::string(jsonTypeName(value.type)));
    if (expectedSize >= 0 && static_cast<std::int64_t>(value.items.size()) != expectedSize)
        failAt(source, value, path,
               "expected " + std::to_string(expectedSize) + " " + std::string(what) + ", found " +
                   std::to_string(value.items.size()));
    return value;
}

double number(std::string_view source, const JsonValue &value, const std::string &path)
{
    if (!value.isNumber())
        failAt(source, value, path, "expected a number, found " + std::string(jsonTypeName(value.type)));
    return value.number;
}

double measurement(std::string_view source, const JsonValue &value, const std::string &path)
{
    if (value.isString()) {
        const std::string &text = json::string(source, value, path);
        if (text == "Infinity")
            return std::numeric_limits<double>::infinity();
        if (text == "-Infinity")
            return -std::numeric_limits<double>::infinity();
        if (text == "NaN")
            return std::numeric_limits<double>::quiet_NaN();
        json::failAt(source, value, path, "expected a number, \"Infinity\", \"-Infinity\" or \"NaN\"");
    }
    return json::number(source, value, path);
}

std::int64_t integer(std::string_view source, const JsonValue &value, const std::string &path,
                     std::int64_t low, std::int64_t high)
{
    const double x = number(source, value, path);
    if (x != std::floor(x) || x < static_cast<double>(low) || x > static_cast<double>(high))
        failAt(source, value, path,
               "expected a whole number from " + std::to_string(low) + " to " + std::to_string(high));
    return static_cast<std::int64_t>(x);
}

const std::string &string(std::string_view source, const JsonValue &value, const std::string &path)
{
    if (!value.isString())
        failAt(source, value, path, "expected a string, found " + std::string(jsonTypeName(value.type)));
    return value.text();
}

bool boolean(std::string_view source, const JsonValue &value, const std::string &path)
{
    if (value.type != JsonValue::Type::Bool)
        failAt(source, value, path, "expected true or false, found " + std::string(jsonTypeName(value.type)));
    return value.boolean;
}

Matrix rows(std::string_view source, const JsonValue &value, const std::string &path, Eigen::Index rowCount,
            Eigen::Index colCount)
{
    array(source, value, path, rowCount, "rows");
    Matrix matrix(rowCount, colCount);
    for (Eigen::Index j = 0; j < rowCount; ++j) {
        const std::string rowPath = at(path, static_cast<std::size_t>(j));
        const JsonValue &row =
            array(source, value.items[static_cast<std::size_t>(j)], rowPath, colCount, "numbers");
        for (Eigen::Index k = 0; k < colCount; ++k)
            matrix(j, k) = number(source, row.items[static_cast<std::size_t>(k)],
                                  at(rowPath, static_cast<std::size_t>(k)));
    }
    return matrix;
}

Matrix columns(std::string_view source, const JsonValue &value, const std::string &path, Eigen::Index size,
               Eigen::Index count)
{
    array(source, value, path, count, "samples");
    Matrix matrix(size, count);
    for (Eigen::Index c = 0; c < count; ++c) {
        const std::string columnPath = at(path, static_cast<std::size_t>(c));
        const JsonValue &column =
            array(source, value.items[static_cast<std::size_t>(c)], columnPath, size, "numbers");
        for (Eigen::Index r = 0; r < size; ++r)
            matrix(r, c) = number(source, column.items[static_cast<std::size_t>(r)],
                                  at(columnPath, static_cast<std::size_t>(r)));
    }
    return matrix;
}

Vector vector(std::string_view source, const JsonValue &value, const std::string &path, Eigen::Index size)
{
    array(source, value, path, size, "numbers");
    Vector result(size);
    for (Eigen::Index i = 0; i < size; ++i)
        result(i) =
            number(source, value.items[static_cast<std::size_t>(i)], at(path, static_cast<std::size_t>(i)));
    return result;
}

} // namespace bp::json
