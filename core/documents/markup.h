#pragma once

#include <string>
#include <string_view>

namespace bp {

/// Text escaped for LaTeX's text mode (\ { } $ & # ^ _ % ~ and the other specials).
std::string escapeLatex(std::string_view text);
/// Text escaped for Markdown (the characters that could start emphasis, links, code or HTML).
std::string escapeMarkdown(std::string_view text);

} // namespace bp
