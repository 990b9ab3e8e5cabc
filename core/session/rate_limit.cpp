#include "core/session/rate_limit.h"

#include <algorithm>

namespace bp::session {

namespace {

// Makes room in a table of addresses before one more is added: entries idle for `forget` go, and
// when the table is still full of recent ones, the stalest.
template <typename Table> void pruneTable(Table &entries, Millis now, Millis forget, std::size_t maxAddresses)
{
    if (entries.size() < maxAddresses)
        return;
    for (auto it = entries.begin(); it != entries.end();) {
        if (now - it->second.last >= forget)
            it = entries.erase(it);
        else
            ++it;
    }
    if (entries.size() < maxAddresses)
        return;
    const auto stalest = std::min_element(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.second.last < b.second.last;
    });
    entries.erase(stalest);
}

} // namespace

Millis AttemptBackoff::waitFor(const std::string &address, Millis now) const
{
    const auto found = m_entries.find(address);
    if (found == m_entries.end() || now - found->second.last >= m_settings.forget)
        return 0;
    return std::max<Millis>(0, found->second.blockedUntil - now);
}

void AttemptBackoff::recordFailure(const std::string &address, Millis now)
{
    prune(now);
    Entry &entry = m_entries[address];
    if (entry.failures > 0 && now - entry.last >= m_settings.forget)
        entry = Entry{};
    ++entry.failures;
    entry.last = now;
    if (entry.failures >= m_settings.freeAttempts) {
        // The attempt after the free ones waits firstDelay, each further one twice as long.
        const int doublings = std::min(entry.failures - m_settings.freeAttempts, 30);
        const Millis delay = std::min(m_settings.maxDelay, m_settings.firstDelay << doublings);
        entry.blockedUntil = now + delay;
    }
}

void AttemptBackoff::recordSuccess(const std::string &address)
{
    m_entries.erase(address);
}

void AttemptBackoff::prune(Millis now)
{
    pruneTable(m_entries, now, m_settings.forget, m_settings.maxAddresses);
}

MessageRateLimiter::MessageRateLimiter(double perSecond, double burst)
    : m_perSecond(perSecond), m_burst(burst), m_tokens(burst)
{
}

bool MessageRateLimiter::allow(Millis now)
{
    if (m_started && now > m_last)
        m_tokens = std::min(m_burst, m_tokens + static_cast<double>(now - m_last) * m_perSecond / 1000.0);
    m_started = true;
    m_last = std::max(m_last, now);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

bool AddressRateLimiter::allow(const std::string &address, Millis now)
{
    auto found = m_entries.find(address);
    if (found == m_entries.end()) {
        prune(now);
        found =
            m_entries.emplace(address, Entry{MessageRateLimiter(m_settings.perSecond, m_settings.burst), now})
                .first;
    }
    found->second.last = now;
    return found->second.limiter.allow(now);
}

void AddressRateLimiter::prune(Millis now)
{
    pruneTable(m_entries, now, m_settings.forget, m_settings.maxAddresses);
}

} // namespace bp::session
