#pragma once

#include <algorithm>
#include <cmath>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace bp::test {

/// One of the window sizes of lecture-hall projectors, at the desk or presenting, in a language.
struct ProjectorRoom {
    int width;
    int height;
    bool presenting;
    const char *language;
};

/// "desk-1024x768-en", "presenter-1920x1080-it".
inline std::string nameOf(const ProjectorRoom &room)
{
    return std::string(room.presenting ? "presenter" : "desk") + "-" + std::to_string(room.width) + "x" +
           std::to_string(room.height) + "-" + room.language;
}

inline void PrintTo(const ProjectorRoom &room, std::ostream *out)
{
    *out << nameOf(room);
}

/// 1024×768, 1280×720 and 1920×1080, at the desk and presenting, in English and Italian: 12 rooms.
inline std::vector<ProjectorRoom> projectorRooms()
{
    std::vector<ProjectorRoom> all;
    for (const char *language : {"en", "it"})
        for (bool presenting : {false, true})
            for (auto [w, h] : {std::pair{1024, 768}, std::pair{1280, 720}, std::pair{1920, 1080}})
                all.push_back({w, h, presenting, language});
    return all;
}

/// The text sizes: 14 px at the desk and 24 px presenting on a 1920×1080 window, in
/// proportion on a smaller one (by the square root of its area: 16 px presenting at 1280×720), never
/// below 12 px. Whole pixels: fonts are set in them.
inline double requiredTextPixels(int width, int height, bool presenting)
{
    const double nominal = presenting ? 24.0 : 14.0;
    return std::floor(std::max(12.0, nominal * std::sqrt(width * height / (1920.0 * 1080.0))));
}

/// A name as gtest takes it for a test ("desk-1024x768-en" → "desk_1024x768_en").
inline std::string asTestName(std::string name)
{
    for (char &c : name)
        if (c == '-')
            c = '_';
    return name;
}

/// A room's name as a test's name ("desk_1024x768_en").
inline std::string testNameOf(const ProjectorRoom &room)
{
    return asTestName(nameOf(room));
}

} // namespace bp::test
