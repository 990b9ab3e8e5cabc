#include "ui/window/lesson_panels.h"

#include "core/data/lesson_registry.h"

#include <QAction>

namespace bp::ui {

LessonPanelSwitch::LessonPanelSwitch(QObject *parent, QAction *saturationMarks)
    : QObject(parent), m_saturationMarks(saturationMarks)
{
}

void LessonPanelSwitch::receive(const TrainingSnapshot &snapshot)
{
    if (!m_first && snapshot.presetName == m_lesson)
        return;
    m_first = false;
    m_lesson = snapshot.presetName;
    const LessonEntry *lesson = findLesson(m_lesson);
    if (lesson && lesson->panels.saturationMarks)
        m_saturationMarks->setChecked(true);
}

} // namespace bp::ui
