#include "ui/panels/status_line.h"

#include "ui/panels/equation_panel.h"

namespace bp::ui {

StatusLine::StatusLine(QWidget *parent) : QLabel(parent)
{
    setAccessibleName(tr("Training status"));
}

QString StatusLine::formatRate(double samplesPerSecond)
{
    if (samplesPerSecond >= 1e6)
        return tr("%1 M samples/s").arg(QString::number(samplesPerSecond / 1e6, 'f', 1));
    if (samplesPerSecond >= 1e3)
        return tr("%1 k samples/s").arg(QString::number(samplesPerSecond / 1e3, 'f', 0));
    return tr("%1 samples/s").arg(QString::number(samplesPerSecond, 'f', 0));
}

QString StatusLine::phaseDescription(const TrainingSnapshot &snapshot, const Trace *trace, int phaseIndex)
{
    if (!trace || phaseIndex < 0)
        return snapshot.running ? tr("training") : tr("paused");
    const Phase &phase = trace->phases[static_cast<std::size_t>(phaseIndex)];
    switch (phase.kind) {
    case PhaseKind::Forward: return tr("forward, layer %1").arg(phase.layer);
    case PhaseKind::OutputError: return tr("output error (BP1)");
    case PhaseKind::Backward: return tr("backward, layer %1 (BP2)").arg(phase.layer);
    case PhaseKind::Gradients: return tr("gradients, layer %1 (BP3, BP4)").arg(phase.layer);
    case PhaseKind::Update: return tr("update");
    }
    return {};
}

void StatusLine::showState(const TrainingSnapshot &s, const Trace *trace, int phaseIndex)
{
    QString text = tr("epoch %1 · sample %2/%3 · phase: %4 · loss %5 · accuracy %6")
                       .arg(s.epoch)
                       .arg(s.shownSample + 1)
                       .arg(s.dataset->sampleCount())
                       .arg(phaseDescription(s, trace, phaseIndex), EquationPanel::formatValue(s.loss))
                       .arg(QString::number(s.accuracy * 100, 'f', 0) + "%");
    if (s.running)
        text += " · " + formatRate(s.samplesPerSecond);
    setText(text);
}

} // namespace bp::ui
