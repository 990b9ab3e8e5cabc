#pragma once

#include "core/training/training_snapshot.h"

#include <QObject>

#include <string>

class QAction;

namespace bp::ui {

/// Shows what a lesson asks for beyond the usual panels (core's LessonPanels) when the lesson on
/// show changes: the graph's saturation marks. Reset and New seed keep the teacher's choice.
class LessonPanelSwitch : public QObject {
    Q_OBJECT

public:
    LessonPanelSwitch(QObject *parent, QAction *saturationMarks);

    /// Every snapshot the window shows; acts on the first of a lesson.
    void receive(const TrainingSnapshot &snapshot);

private:
    QAction *m_saturationMarks = nullptr;
    std::string m_lesson;
    bool m_first = true;
};

} // namespace bp::ui
