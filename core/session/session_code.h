#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace bp {
class Random;
}

namespace bp::session {

/// The letters a code is made of: no 0/O, 1/I/L, so it reads unambiguously from a projector.
inline constexpr std::string_view kCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
inline constexpr int kCodeLength = 6;

/// A fresh session code of kCodeLength letters from random (seed it from std::random_device in
/// the app, from a fixed seed in tests).
std::string makeSessionCode(Random &random);

/// The code as typed, normalised: upper case, spaces and dashes dropped ("k7p-2qx" → "K7P2QX").
std::string normaliseCode(std::string_view typed);

/// True when typed (normalised) equals expected. Takes the same time whichever letter differs, and
/// reports only yes or no: a guesser learns nothing about which part was wrong.
bool codeMatches(std::string_view expected, std::string_view typed);

} // namespace bp::session
