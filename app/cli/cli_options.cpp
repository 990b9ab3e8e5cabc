#include "app/cli/cli_options.h"

#include "core/formats/error.h"
#include "core/formats/message_text.h"
#include "core/formats/number_format.h"

#include <charconv>
#include <cmath>
#include <optional>
#include <sstream>

namespace bp::cli {

Options::Options(const std::vector<std::string> &arguments, std::size_t first,
                 const std::set<std::string> &withValue, const std::set<std::string> &flags,
                 const std::string &command, const std::set<std::string> &repeatable)
{
    for (std::size_t i = first; i < arguments.size(); ++i) {
        std::string name = arguments[i];
        std::optional<std::string> value;
        // "--" ends the options; no command takes other arguments, so anything after it is refused.
        if (name == "--") {
            if (i + 1 < arguments.size())
                throw InputError("unexpected argument '" + arguments[i + 1].substr(0, 40) +
                                 "' after '--' for '" + command + "' (see backprop-cli " + command +
                                 " --help)");
            break;
        }
        if (name.rfind("--", 0) != 0)
            throw InputError("unexpected argument " + quotedForMessage(name) + " for '" + command +
                             "' (see backprop-cli " + command + " --help)");
        if (const std::size_t equals = name.find('='); equals != std::string::npos) {
            value = name.substr(equals + 1);
            name = name.substr(0, equals);
        }
        name = name.substr(2);
        if (flags.count(name)) {
            if (value)
                throw InputError("--" + shownText(name) + " takes no value");
            m_flags.insert(name);
            continue;
        }
        if (!withValue.count(name) && !repeatable.count(name))
            throw InputError("unknown option --" + shownText(name) + " for '" + command +
                             "' (see backprop-cli " + command + " --help)");
        if (!value) {
            if (i + 1 >= arguments.size())
                throw InputError("--" + name + " needs a value");
            value = arguments[++i];
        }
        if (repeatable.count(name)) {
            m_lists[name].push_back(*value);
            continue;
        }
        if (m_values.count(name))
            throw InputError("--" + name + " is given twice");
        m_values[name] = *value;
    }
}

std::string Options::value(const std::string &name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        throw InputError("--" + name + " is required");
    return it->second;
}

std::vector<std::string> Options::values(const std::string &name) const
{
    const auto it = m_lists.find(name);
    return it == m_lists.end() ? std::vector<std::string>{} : it->second;
}

double Options::number(const std::string &name) const
{
    const std::string text = value(name);
    const std::optional<double> parsed = parseFiniteNumber(text);
    if (!parsed)
        throw InputError("--" + name + ": " + quotedForMessage(text) + " is not a finite number");
    return *parsed;
}

std::int64_t Options::integer(const std::string &name, std::int64_t low, std::int64_t high) const
{
    const std::string text = value(name);
    const std::string problem = "--" + name + ": " + quotedForMessage(text) + " is not a whole number from " +
                                std::to_string(low) + " to " + std::to_string(high);
    // Digits are read exactly: through a double, 2^53 + 1 would become 2^53 and pass.
    if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos) {
        std::int64_t exact = 0;
        const auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), exact);
        if (error != std::errc{} || stop != text.data() + text.size() || exact < low || exact > high)
            throw InputError(problem);
        return exact;
    }
    const std::optional<double> parsed = parseFiniteNumber(text);
    if (!parsed || *parsed != std::floor(*parsed) || *parsed < static_cast<double>(low) ||
        *parsed > static_cast<double>(high) || std::abs(*parsed) > 9007199254740992.0)
        throw InputError(problem);
    return static_cast<std::int64_t>(*parsed);
}

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> parts;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ','))
        parts.push_back(part);
    if (!text.empty() && text.back() == ',')
        parts.emplace_back();
    return parts;
}

} // namespace bp::cli
