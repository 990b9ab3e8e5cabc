#include "core/maths/random.h"

#include <cmath>

namespace bp {

namespace {

std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

inline std::uint64_t rotateLeft(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Random::Random(std::uint64_t seed)
{
    std::uint64_t state = seed;
    for (std::uint64_t &word : m_state)
        word = splitMix64(state);
}

std::uint64_t Random::nextBits()
{
    const std::uint64_t result = rotateLeft(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

bool Random::setState(const std::array<std::uint64_t, 4> &state)
{
    if ((state[0] | state[1] | state[2] | state[3]) == 0)
        return false;
    for (std::size_t i = 0; i < 4; ++i)
        m_state[i] = state[i];
    return true;
}

double Random::uniform01()
{
    return static_cast<double>(nextBits() >> 11) * 0x1.0p-53;
}

double Random::uniform(double low, double high)
{
    return low + (high - low) * uniform01();
}

std::uint64_t Random::below(std::uint64_t bound)
{
    // Reject the top partial block of 2⁶⁴ so every residue is equally likely.
    const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % bound);
    std::uint64_t bits = nextBits();
    while (bits >= limit)
        bits = nextBits();
    return bits % bound;
}

double Random::normal()
{
    double u = 0.0;
    double v = 0.0;
    double s = 0.0;
    do {
        u = uniform(-1.0, 1.0);
        v = uniform(-1.0, 1.0);
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    return u * std::sqrt(-2.0 * std::log(s) / s);
}

} // namespace bp
