#include "core/session/rate_limit.h"

#include <algorithm>

namespace bp::session {

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
    if (m_entries.size() < m_settings.maxAddresses)
        return;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (now - it->second.last >= m_settings.forget)
            it = m_entries.erase(it);
        else
            ++it;
    }
    if (m_entries.size() < m_settings.maxAddresses)
        return;
    // Still full of recent failures: the stalest one makes room.
    auto stalest = std::min_element(m_entries.begin(), m_entries.end(), [](const auto &a, const auto &b) {
        return a.second.last < b.second.last;
    });
    m_entries.erase(stalest);
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

} // namespace bp::session
