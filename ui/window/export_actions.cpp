#include "ui/window/export_actions.h"

#include "core/error.h"
#include "core/file_io.h"
#include "core/worked_example.h"
#include "ui/chain/run_exports.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>

namespace bp::ui {

ExportActions::ExportActions(QWidget *dialogParent, QWidget *view,
                             std::function<WorkedExampleSource()> source)
    : QObject(dialogParent), m_dialogParent(dialogParent), m_view(view), m_source(std::move(source))
{
    m_networkView = new QAction(tr("&Export the network view…"), this);
    connect(m_networkView, &QAction::triggered, this, &ExportActions::exportNetworkView);
    m_workedExample = new QAction(tr("Export &worked example…"), this);
    connect(m_workedExample, &QAction::triggered, this, &ExportActions::chooseWorkedExampleFile);
    m_workedExample->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_workedExample->setToolTip(
        tr("Every phase's equation of the step on show, with its numbers, as Markdown "
           "or LaTeX for a handout"));
    m_workedExample->setStatusTip(m_workedExample->toolTip());

    // The run on show as the script and sheet exporters (ui/chain/run_exports) take it.
    const auto run = [this] {
        const WorkedExampleSource source = m_source();
        RunOnShow run;
        if (source.snapshot) {
            run.network = source.snapshot->network;
            run.dataset = source.snapshot->dataset;
            run.settings = source.snapshot->settings;
            run.sample = source.snapshot->shownSample;
        }
        run.trace = source.trace;
        run.lesson = source.lessonTitle;
        return run;
    };
    m_script = new QAction(tr("Export as &script…"), this);
    m_script->setToolTip(
        tr("The network on show as a Python script, NumPy in the lecture's style or PyTorch: "
           "it prints the step on show and can train on the lesson's data"));
    m_script->setStatusTip(m_script->toolTip());
    connect(m_script, &QAction::triggered, this, [this, run] { exportRunScript(m_dialogParent, run()); });
    m_exerciseSheet = new QAction(tr("Export e&xercise sheet…"), this);
    m_exerciseSheet->setToolTip(tr("The worked example of the step on show with its last phases left blank, "
                                   "and a separate answer key"));
    m_exerciseSheet->setStatusTip(m_exerciseSheet->toolTip());
    connect(m_exerciseSheet, &QAction::triggered, this,
            [this, run] { exportRunExerciseSheets(m_dialogParent, run()); });
}

void ExportActions::exportNetworkView()
{
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export the network view"), QString(),
                                                tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(".png", Qt::CaseInsensitive) && !path.endsWith(".svg", Qt::CaseInsensitive))
        path += ".png";
    bool written = false;
    if (path.endsWith(".svg", Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(m_view->size());
        generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
        generator.setTitle(tr("Backprop Studio network view"));
        QPainter painter;
        written = painter.begin(&generator);
        if (written) {
            m_view->render(&painter);
            written = painter.end();
        }
    } else {
        written = m_view->grab().save(path, "PNG");
    }
    emit message(written ? tr("Exported %1").arg(path) : tr("Could not write %1").arg(path), 6000);
}

void ExportActions::chooseWorkedExampleFile()
{
    const QString markdown = tr("Markdown (*.md)");
    const QString latex = tr("LaTeX document (*.tex)");
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export the worked example"), QString(),
                                                markdown + ";;" + latex, &filter);
    if (path.isEmpty())
        return;
    // The file filter chooses the format when the name has no suffix of its own.
    if (!path.endsWith(".md", Qt::CaseInsensitive) && !path.endsWith(".tex", Qt::CaseInsensitive) &&
        !path.endsWith(".markdown", Qt::CaseInsensitive))
        path += filter == latex ? ".tex" : ".md";
    if (!exportWorkedExample(path))
        QMessageBox::warning(m_dialogParent, tr("Export the worked example"), m_problem);
}

bool ExportActions::exportWorkedExample(const QString &path)
{
    const WorkedExampleSource source = m_source();
    const SnapshotPointer &snapshot = source.snapshot;
    m_problem = tr("No step to export yet");
    if (!snapshot || !snapshot->network || !snapshot->dataset || snapshot->dataset->sampleCount() == 0) {
        emit message(tr("No step to export yet"), 8000);
        return false;
    }
    const Dataset &data = *snapshot->dataset;
    const int sample = std::clamp(snapshot->shownSample, 0, data.sampleCount() - 1);
    std::shared_ptr<const Trace> trace = source.trace;
    QString what = tr("sample %1 of %2").arg(sample + 1).arg(data.sampleCount());
    if (!trace) {
        // No step is being replayed: work out the step this sample would take now, on a copy, so the
        // handout never moves the training on. A fresh optimizer state is exact for SGD.
        Network copy = *snapshot->network;
        OptimizerState state;
        Workspace workspace(copy, 1);
        trace =
            std::make_shared<const Trace>(traceStep(copy, data.inputs.col(sample), data.targets.col(sample),
                                                    snapshot->settings.optimizer, state, workspace));
        what += snapshot->settings.optimizer.kind == Optimizer::Sgd
                    ? QString()
                    : tr(", the optimizer's first step from a fresh state");
    }
    WorkedExampleOptions options;
    options.format = path.endsWith(".tex", Qt::CaseInsensitive) ? WorkedExampleFormat::Latex
                                                                : WorkedExampleFormat::Markdown;
    options.title = tr("Worked example: %1, %2").arg(source.lessonTitle, what).toStdString();
    const Selection &selection = source.selection;
    if (selection.kind != Selection::Kind::None && selection.layer >= 1) {
        options.selectedLayer = selection.layer;
        options.selectedNeuron = selection.neuron;
    }
    try {
        writeFileAtomically(path.toStdString(), workedExample(*trace, options));
    } catch (const InputError &error) {
        m_problem = tr("Could not write the worked example: %1").arg(QString::fromStdString(error.what()));
        emit message(m_problem, 8000);
        return false;
    }
    emit message(tr("Exported the worked example to %1").arg(path), 8000);
    return true;
}

} // namespace bp::ui
