#include "core/session/session_code.h"

#include "core/maths/random.h"

namespace bp::session {

std::string makeSessionCode(Random &random)
{
    std::string code;
    for (int i = 0; i < kCodeLength; ++i)
        code += kCodeAlphabet[random.below(kCodeAlphabet.size())];
    return code;
}

std::string normaliseCode(std::string_view typed)
{
    std::string code;
    for (char c : typed) {
        if (c == ' ' || c == '-' || c == '\t')
            continue;
        code += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return code;
}

bool codeMatches(std::string_view expected, std::string_view typed)
{
    const std::string candidate = normaliseCode(typed);
    if (expected.empty())
        return false;
    // Every letter of the expected code is compared whatever came before, and the lengths only at
    // the end: the time and the answer say nothing about where the difference is.
    unsigned difference = candidate.size() == expected.size() ? 0u : 1u;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const char got = i < candidate.size() ? candidate[i] : '\0';
        difference |= static_cast<unsigned char>(got ^ expected[i]);
    }
    return difference == 0;
}

} // namespace bp::session
