#pragma once

#include <array>
#include <cstdint>

namespace bp {

/// xoshiro256** seeded through SplitMix64, with our own distributions, so that a seed gives the
/// same numbers bit for bit with every compiler and standard library (std:: distributions differ).
class Random {
public:
    explicit Random(std::uint64_t seed = 1);

    /// The next 64 random bits.
    std::uint64_t nextBits();
    /// Uniform in [0, 1), with 53 random bits: exact and portable.
    double uniform01();
    /// Uniform in [low, high).
    double uniform(double low, double high);
    /// Uniform integer in [0, bound), without modulo bias. bound > 0.
    std::uint64_t below(std::uint64_t bound);
    /// Standard normal (Marsaglia's polar method). Uses std::log and std::sqrt, so it is portable
    /// only as far as the C library's log is; weights never use it (see InitScheme).
    double normal();

    /// The generator's whole state, to save a run and continue it bit for bit.
    std::array<std::uint64_t, 4> state() const { return {m_state[0], m_state[1], m_state[2], m_state[3]}; }
    /// Restores a state from state(); an all-zero state (which xoshiro never leaves) is refused.
    bool setState(const std::array<std::uint64_t, 4> &state);

private:
    std::uint64_t m_state[4];
};

} // namespace bp
