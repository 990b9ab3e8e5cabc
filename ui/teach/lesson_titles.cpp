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
    QT_TRANSLATE_NOOP("Lessons", "Optimizers: SGD, momentum and Adam (8-3-8)"),
    QT_TRANSLATE_NOOP("Lessons", "Saturation: large against small initial weights (8-3-8)"),
    QT_TRANSLATE_NOOP("Lessons", "Initialisation: uniform, Xavier and He (2-8-8-8-8-8-1, relu)"),
    QT_TRANSLATE_NOOP("Lessons", "Handwritten digits (64-16-10)"),
    QT_TRANSLATE_NOOP("Lessons", "Iris flowers (4-5-3)"),
};

// The registry's one-line descriptions, shown as the menu entries' captions.
const char *const kLessonCaptions[] = {
    QT_TRANSLATE_NOOP("Lessons", "the lecture's net: eight one-hot patterns through three hidden units"),
    QT_TRANSLATE_NOOP("Lessons", "four one-hot patterns through two hidden units"),
    QT_TRANSLATE_NOOP("Lessons", "sixteen one-hot patterns through four hidden units"),
    QT_TRANSLATE_NOOP("Lessons", "the classic problem a single layer cannot solve"),
    QT_TRANSLATE_NOOP("Lessons", "points inside or outside a circle"),
    QT_TRANSLATE_NOOP("Lessons", "class 1 where x1 and x2 have the same sign"),
    QT_TRANSLATE_NOOP("Lessons", "two overlapping clouds of points"),
    QT_TRANSLATE_NOOP("Lessons", "two interleaved spirals"),
    QT_TRANSLATE_NOOP("Lessons", "six logistic layers on the circle: the first layers' gradients vanish"),
    QT_TRANSLATE_NOOP("Lessons", "the lecture's net trained by three optimization rules side by side"),
    QT_TRANSLATE_NOOP("Lessons",
                      "weights from ±5 saturate the units and learning starts slowly; ±0.5 beside it"),
    QT_TRANSLATE_NOOP(
        "Lessons",
        "six layers on the circle: the initial weights decide whether signal and gradient get through"),
    QT_TRANSLATE_NOOP("Lessons", "UCI handwritten digits 8×8, E. Alpaydin and C. Kaynak (1998), CC BY 4.0"),
    QT_TRANSLATE_NOOP("Lessons", "UCI iris, R. A. Fisher (1936), CC BY 4.0"),
};

} // namespace

QString lessonCaption(const std::string &name)
{
    const LessonEntry *lesson = findLesson(name);
    if (!lesson)
        return QString();
    for (const char *known : kLessonCaptions)
        if (lesson->description == known)
            return QCoreApplication::translate("Lessons", known);
    return QString::fromUtf8(lesson->description.data(), static_cast<qsizetype>(lesson->description.size()));
}

bool hasTranslatableCaption(const std::string &name)
{
    const LessonEntry *lesson = findLesson(name);
    if (!lesson)
        return false;
    for (const char *known : kLessonCaptions)
        if (lesson->description == known)
            return true;
    return false;
}

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
