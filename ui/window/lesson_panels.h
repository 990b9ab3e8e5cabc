#pragma once

#include "core/training/training_snapshot.h"

#include "core/analysis/histogram.h"

#include <QObject>

#include <functional>
#include <string>

class QAction;

namespace bp::ui {

/// Shows what a lesson asks for beyond the usual panels (core's LessonPanels) when the lesson on
/// show changes: the graph's saturation marks, the loss over two weights, the histograms over time.
/// Reset and New seed keep the teacher's choice.
class LessonPanelSwitch : public QObject {
    Q_OBJECT

public:
    /// How the window shows the two docks a lesson may ask for.
    struct Docks {
        std::function<void()> showLandscape;
        std::function<void(HistogramQuantity)> showHistograms;
    };
    LessonPanelSwitch(QObject *parent, QAction *saturationMarks, Docks docks);

    /// Every snapshot the window shows; acts on the first of a lesson.
    void receive(const TrainingSnapshot &snapshot);

private:
    QAction *m_saturationMarks = nullptr;
    Docks m_docks;
    std::string m_lesson;
    bool m_first = true;
};

} // namespace bp::ui
