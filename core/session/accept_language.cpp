#include "core/session/accept_language.h"

#include "core/formats/message_text.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

namespace bp::session {

namespace {

bool sameLetters(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// A q-value in thousandths ("1", "0.8", "0.125"); nothing when it is not one.
std::optional<int> qValue(std::string_view text)
{
    if (text.empty() || (text[0] != '0' && text[0] != '1'))
        return std::nullopt;
    int value = (text[0] - '0') * 1000;
    if (text.size() == 1)
        return value;
    if (text[1] != '.' || text.size() > 5)
        return std::nullopt;
    int scale = 100;
    for (char c : text.substr(2)) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
        value += (c - '0') * scale;
        scale /= 10;
    }
    return value <= 1000 ? std::optional<int>(value) : std::nullopt;
}

} // namespace

std::string_view preferredLanguage(std::string_view acceptLanguage, std::initializer_list<std::string_view> offered)
{
    if (offered.size() == 0)
        return {};
    acceptLanguage = acceptLanguage.substr(0, kMaxAcceptLanguageBytes);
    // Per offered language, in the order offered: the best q of a range naming it and where that
    // range stood (q −1: not named); the same for "*".
    struct Choice {
        std::string_view tag;
        int q = -1;
        std::size_t at = 0;
    };
    std::vector<Choice> choices;
    for (std::string_view tag : offered)
        choices.push_back({tag});
    Choice any;
    std::size_t position = 0;
    while (!acceptLanguage.empty()) {
        const std::size_t comma = acceptLanguage.find(',');
        std::string_view range = acceptLanguage.substr(0, comma);
        acceptLanguage = comma == std::string_view::npos ? std::string_view() : acceptLanguage.substr(comma + 1);
        ++position;
        const std::size_t semicolon = range.find(';');
        const std::string_view parameters =
            trimmed(semicolon == std::string_view::npos ? std::string_view() : range.substr(semicolon + 1));
        range = trimmed(range.substr(0, semicolon));
        std::optional<int> q = 1000;
        if (!parameters.empty())
            q = parameters.size() > 2 && sameLetters(parameters.substr(0, 2), "q=")
                    ? qValue(trimmed(parameters.substr(2)))
                    : std::nullopt;
        if (!q || range.empty())
            continue; // not a range we can read: as if it were not there
        if (range == "*") {
            if (*q > any.q)
                any = {range, *q, position};
            continue;
        }
        const std::string_view primary = range.substr(0, range.find('-'));
        for (Choice &choice : choices)
            if (sameLetters(primary, choice.tag) && *q > choice.q)
                choice = {choice.tag, *q, position};
    }
    const Choice *best = nullptr;
    for (Choice &choice : choices) {
        if (choice.q < 0 && any.q >= 0)
            choice = {choice.tag, any.q, any.at};
        if (choice.q > 0 && (!best || choice.q > best->q || (choice.q == best->q && choice.at < best->at)))
            best = &choice;
    }
    return best ? best->tag : *offered.begin();
}

} // namespace bp::session
