#pragma once

#include "core/formats/error.h"

#include <gtest/gtest.h>

#include <string>

namespace bp::test {

/// The message of the InputError that parse() throws, or "(no error)".
template <typename Parse> std::string messageOf(Parse parse)
{
    try {
        parse();
    } catch (const InputError &error) {
        return error.what();
    }
    return "(no error)";
}

/// text with the first `from` replaced by `to`; a `from` that is not there fails the test.
inline std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

} // namespace bp::test
