#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

namespace bp::session {

/// Milliseconds on a monotonic clock, passed in by the caller (tests use their own).
using Millis = std::int64_t;

/// Wrong codes from one address: the first few are free, then each further attempt must wait
/// twice as long as the one before (1 s, 2 s, 4 s … up to maxDelay). An address is forgotten after
/// `forget` without a wrong code. A bounded table: beyond maxAddresses the stalest entry goes.
class AttemptBackoff {
public:
    struct Settings {
        int freeAttempts = 3;
        Millis firstDelay = 1000;
        Millis maxDelay = 60'000;
        Millis forget = 10 * 60'000;
        std::size_t maxAddresses = 4096;
    };
    AttemptBackoff() = default;
    explicit AttemptBackoff(Settings settings) : m_settings(settings) {}

    /// 0 when this address may try a code now, else the milliseconds it must still wait.
    Millis waitFor(const std::string &address, Millis now) const;
    /// Records a wrong code from address.
    void recordFailure(const std::string &address, Millis now);
    /// A right code clears the address's record.
    void recordSuccess(const std::string &address);
    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        int failures = 0;
        Millis last = 0;
        Millis blockedUntil = 0;
    };
    void prune(Millis now);
    Settings m_settings;
    std::unordered_map<std::string, Entry> m_entries;
};

/// A token bucket per connection: `burst` messages at once, refilled at `perSecond`. A message
/// that finds the bucket empty is over the limit (the server closes that connection).
class MessageRateLimiter {
public:
    MessageRateLimiter(double perSecond = 5.0, double burst = 10.0);
    /// True when a message arriving at `now` is within the limit (and takes a token).
    bool allow(Millis now);

private:
    double m_perSecond;
    double m_burst;
    double m_tokens;
    Millis m_last = 0;
    bool m_started = false;
};

/// One MessageRateLimiter per address, for requests that are not tied to one connection (the
/// page and GET /api/session over plain HTTP). A bounded table: addresses idle for `forget` are
/// dropped first, and beyond maxAddresses the stalest entry makes room.
class AddressRateLimiter {
public:
    struct Settings {
        double perSecond = 10.0;
        double burst = 30.0;
        Millis forget = 60'000;
        std::size_t maxAddresses = 4096;
    };
    AddressRateLimiter() = default;
    explicit AddressRateLimiter(Settings settings) : m_settings(settings) {}

    /// True when a request from address at `now` is within the limit (and takes a token).
    bool allow(const std::string &address, Millis now);
    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        MessageRateLimiter limiter;
        Millis last = 0;
    };
    void prune(Millis now);
    Settings m_settings;
    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace bp::session
