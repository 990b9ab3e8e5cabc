#include "ui/window/lesson_panels.h"

#include "core/data/lesson_registry.h"

#include <QAction>

#include <utility>

namespace bp::ui {

LessonPanelSwitch::LessonPanelSwitch(QObject *parent, QAction *saturationMarks, Docks docks)
    : QObject(parent), m_saturationMarks(saturationMarks), m_docks(std::move(docks))
{
}

void LessonPanelSwitch::receive(const TrainingSnapshot &snapshot)
{
    if (!m_first && snapshot.presetName == m_lesson)
        return;
    m_first = false;
    m_lesson = snapshot.presetName;
    const LessonEntry *lesson = findLesson(m_lesson);
    if (!lesson)
        return;
    if (lesson->panels.saturationMarks)
        m_saturationMarks->setChecked(true);
    if (lesson->panels.lossLandscape && m_docks.showLandscape)
        m_docks.showLandscape();
    if (lesson->panels.histograms && m_docks.showHistograms)
        m_docks.showHistograms(lesson->panels.histogramQuantity);
}

} // namespace bp::ui
