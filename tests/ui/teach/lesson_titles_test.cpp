// Every lesson of the core's registry has its title in the list lupdate reads, so none stays
// English in a translated interface.
#include "core/data/lesson_registry.h"
#include "ui/teach/lesson_titles.h"

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

TEST(LessonTitles, EveryLessonOfTheRegistryHasATranslatableTitle)
{
    for (const LessonEntry &lesson : lessonRegistry()) {
        EXPECT_TRUE(hasTranslatableTitle(std::string(lesson.id))) << lesson.id;
        // Without a translator installed the title is the registry's English one.
        EXPECT_EQ(lessonTitle(std::string(lesson.id)).toStdString(), lesson.title);
    }
}

TEST(LessonTitles, EveryLessonOfTheRegistryHasATranslatableCaption)
{
    for (const LessonEntry &lesson : lessonRegistry()) {
        EXPECT_TRUE(hasTranslatableCaption(std::string(lesson.id))) << lesson.id;
        EXPECT_EQ(lessonCaption(std::string(lesson.id)).toStdString(), lesson.description);
    }
    EXPECT_EQ(lessonCaption("my-own-data"), QString());
}

TEST(LessonTitles, AnUnknownLessonIsCalledByItsName)
{
    EXPECT_EQ(lessonTitle("my-own-data"), QString("my-own-data"));
    EXPECT_FALSE(hasTranslatableTitle("my-own-data"));
}

} // namespace
} // namespace bp::ui
