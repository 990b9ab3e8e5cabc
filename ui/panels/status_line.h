#pragma once

#include "core/maths/trace.h"
#include "core/training/training_snapshot.h"

#include <QLabel>

namespace bp::ui {

/// The status bar's line: epoch, sample, the phase on show, loss, accuracy and, while training,
/// the rate.
class StatusLine : public QLabel {
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);

    /// `trace` and `phaseIndex`: the step replayed and its phase on show (null, −1: none).
    void showState(const TrainingSnapshot &snapshot, const Trace *trace, int phaseIndex);

    static QString formatRate(double samplesPerSecond);
    static QString phaseDescription(const TrainingSnapshot &snapshot, const Trace *trace, int phaseIndex);
};

} // namespace bp::ui
