#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace bp::test {

/// The whole text of a file ("" when it cannot be read).
inline std::string readText(const std::filesystem::path &path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace bp::test
