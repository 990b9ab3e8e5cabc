// The lesson registry is the one list of built-in lessons: everything that lists lessons reads it,
// and each entry says what its lesson really builds.
#include "core/formats/error.h"
#include "core/data/lesson_registry.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace bp {
namespace {

std::string joinedSizes(const std::vector<int> &layers)
{
    std::string text;
    for (int size : layers) {
        if (!text.empty())
            text += '-';
        text += std::to_string(size);
    }
    return text;
}

TEST(LessonRegistry, IdentifiersAreUniqueAndPresetNamesFollowTheTable)
{
    std::set<std::string_view> ids;
    std::vector<std::string> inOrder;
    for (const LessonEntry &lesson : lessonRegistry()) {
        EXPECT_TRUE(ids.insert(lesson.id).second) << lesson.id;
        inOrder.emplace_back(lesson.id);
        EXPECT_FALSE(lesson.title.empty()) << lesson.id;
        EXPECT_FALSE(lesson.description.empty()) << lesson.id;
        EXPECT_EQ(findLesson(lesson.id), &lesson);
    }
    EXPECT_EQ(presetNames(), inOrder);
    EXPECT_EQ(inOrder.front(), "encoder-8-3-8"); // the default lesson opens first
    EXPECT_EQ(findLesson("mnist"), nullptr);
}

TEST(LessonRegistry, EachEntryDescribesTheLessonItBuilds)
{
    for (const LessonEntry &lesson : lessonRegistry()) {
        SCOPED_TRACE(std::string(lesson.id));
        const Preset preset = makePreset(lesson.id, 3);
        EXPECT_EQ(preset.name, lesson.id);
        EXPECT_EQ(preset.title, lesson.title);
        EXPECT_EQ(joinedSizes(preset.layers), lesson.network);
        const Network network = preset.makeNetwork(3);
        EXPECT_EQ(network.sizes(), preset.layers);
        EXPECT_EQ(preset.dataset.inputSize(), preset.layers.front());
        EXPECT_EQ(preset.dataset.targetSize(), preset.layers.back());
        EXPECT_GT(preset.dataset.sampleCount(), 0);
    }
}

TEST(LessonRegistry, AnUnknownNameListsEveryKnownLesson)
{
    try {
        makePreset("mnist");
        FAIL() << "no error for an unknown lesson";
    } catch (const InputError &error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("'mnist'"), std::string::npos) << message;
        for (const LessonEntry &lesson : lessonRegistry())
            EXPECT_NE(message.find(std::string(lesson.id)), std::string::npos) << message;
    }
}

TEST(LessonRegistry, TheReadmeListsEveryLesson)
{
    std::ifstream file(BP_README_FILE);
    ASSERT_TRUE(file) << BP_README_FILE;
    std::stringstream text;
    text << file.rdbuf();
    const std::string readme = text.str();
    const std::size_t section = readme.find("## Lessons");
    ASSERT_NE(section, std::string::npos);
    const std::string lessons = readme.substr(section, readme.find("\n## ", section + 1) - section);
    for (const LessonEntry &lesson : lessonRegistry()) {
        std::string quoted(1, '`');
        quoted.append(lesson.id).push_back('`');
        EXPECT_NE(lessons.find(quoted), std::string::npos)
            << "README's Lessons section does not list " << quoted;
    }
}

} // namespace
} // namespace bp
