#include "ui/teach/lesson_titles.h"

#include "core/data/lesson_registry.h"

#include <QCoreApplication>

namespace bp::ui {

namespace {

// The lessons' titles come from the core's registry in English; the menus show them in the user's
// language. lupdate needs them written out here (a test checks that every title of the registry is).
const char *const kLessonTitles[] = {
    QT_TRANSLATE_NOOP("Lessons", "8-3-8 autoencoder"),
    QT_TRANSLATE_NOOP("Lessons", "4-2-4 autoencoder"),
    QT_TRANSLATE_NOOP("Lessons", "16-4-16 autoencoder"),
    QT_TRANSLATE_NOOP("Lessons", "XOR (2-2-1)"),
    QT_TRANSLATE_NOOP("Lessons", "2-D circle (binary classification)"),
    QT_TRANSLATE_NOOP("Lessons", "2-D quadrants (binary classification)"),
    QT_TRANSLATE_NOOP("Lessons", "2-D gaussians (binary classification)"),
    QT_TRANSLATE_NOOP("Lessons", "2-D spiral (binary classification)"),
    QT_TRANSLATE_NOOP("Lessons", "Vanishing gradient (2-8-8-8-8-8-1, logistic)"),
    QT_TRANSLATE_NOOP("Lessons", "Handwritten digits (64-16-10)"),
    QT_TRANSLATE_NOOP("Lessons", "Iris flowers (4-5-3)"),
};

} // namespace

QString lessonTitle(const std::string &name)
{
    const LessonEntry *lesson = findLesson(name);
    if (!lesson)
        return QString::fromStdString(name);
    for (const char *known : kLessonTitles)
        if (lesson->title == known)
            return QCoreApplication::translate("Lessons", known);
    return QString::fromUtf8(lesson->title.data(), static_cast<qsizetype>(lesson->title.size()));
}

bool hasTranslatableTitle(const std::string &name)
{
    const LessonEntry *lesson = findLesson(name);
    if (!lesson)
        return false;
    for (const char *known : kLessonTitles)
        if (lesson->title == known)
            return true;
    return false;
}

} // namespace bp::ui
