#pragma once

#include <chrono>

namespace bp::cli {

/// Decides when a progress line on a terminal is redrawn: at most ten times a second, plus the
/// first and the last time. Redrawing (and flushing) every epoch of a small network would cost more
/// than the training and write megabytes to the terminal.
class ProgressThrottle {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds kInterval{100};

    /// True when the line should be drawn now: the first call, the last epoch (`final`), or at
    /// least kInterval after the last draw.
    bool due(Clock::time_point now, bool final)
    {
        if (!final && m_drawn && now - m_last < kInterval)
            return false;
        m_drawn = true;
        m_last = now;
        return true;
    }

private:
    bool m_drawn = false;
    Clock::time_point m_last{};
};

} // namespace bp::cli
