#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace bp::cli {

/// Parsed "--name value" options of one command. Throws InputError for an unknown option, a missing
/// value, or an option given twice (except those in `repeatable`, which collect every value).
class Options {
public:
    Options(const std::vector<std::string> &arguments, std::size_t first,
            const std::set<std::string> &withValue, const std::set<std::string> &flags,
            const std::string &command, const std::set<std::string> &repeatable = {});

    bool has(const std::string &name) const { return m_values.count(name) > 0 || m_lists.count(name) > 0; }
    bool flag(const std::string &name) const { return m_flags.count(name) > 0; }
    std::string value(const std::string &name) const;
    /// Every value of a repeatable option, in the order given (empty when absent).
    std::vector<std::string> values(const std::string &name) const;
    double number(const std::string &name) const;
    std::int64_t integer(const std::string &name, std::int64_t low, std::int64_t high) const;

private:
    std::map<std::string, std::string> m_values;
    std::map<std::string, std::vector<std::string>> m_lists;
    std::set<std::string> m_flags;
};

/// The parts of a comma-separated value ("0.05,0.10"); a trailing comma gives an empty last part,
/// so that it is reported rather than ignored.
std::vector<std::string> splitList(const std::string &text);

} // namespace bp::cli
