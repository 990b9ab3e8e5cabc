#include "ui/chain/run_exports.h"

#include "core/formats/error.h"
#include "core/formats/file_io.h"
#include "core/documents/worked_example.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>

#include <algorithm>

namespace bp::ui {

namespace {

// The context of this file's translated strings.
class RunExports {
    Q_DECLARE_TR_FUNCTIONS(bp::ui::RunExports)
};

// The sample of the step: the replayed step's, or the sample on show.
bool sampleOf(const RunOnShow &run, Network &network, Matrix &input, Matrix &target)
{
    if (run.trace) {
        network = run.trace->before;
        input = run.trace->input;
        target = run.trace->target;
        return true;
    }
    if (!run.network || !run.dataset || run.dataset->sampleCount() == 0)
        return false;
    const int sample = std::clamp(run.sample, 0, run.dataset->sampleCount() - 1);
    network = *run.network;
    input = run.dataset->inputs.col(sample);
    target = run.dataset->targets.col(sample);
    return true;
}

} // namespace

QString writeRunScript(const QString &path, ScriptFramework framework, int epochs, const RunOnShow &run)
{
    ScriptRequest request;
    request.framework = framework;
    if (!sampleOf(run, request.network, request.input, request.target))
        return RunExports::tr("There is no step to export yet.");
    request.learningRate = run.settings.optimizer.learningRate;
    request.origin = run.lesson.toStdString();
    if (epochs > 0 && run.dataset) {
        ScriptTraining training;
        training.dataset.name = run.dataset->name;
        training.dataset.inputs = run.dataset->inputs;
        training.dataset.targets = run.dataset->targets;
        training.settings = run.settings;
        training.epochs = epochs;
        request.training = std::move(training);
    }
    try {
        writeFileAtomically(path.toStdString(), exportScript(request));
    } catch (const InputError &error) {
        return RunExports::tr("Could not export the script: %1").arg(QString::fromStdString(error.what()));
    }
    return {};
}

QString writeRunExerciseSheets(const QString &path, int level, int variants, std::uint64_t seed,
                               const RunOnShow &run, ExerciseVariation variation)
{
    Network network;
    Matrix input, target;
    if (!sampleOf(run, network, input, target))
        return RunExports::tr("There is no step to export yet.");
    WorkedExampleOptions options;
    options.format = path.endsWith(QStringLiteral(".tex"), Qt::CaseInsensitive)
                         ? WorkedExampleFormat::Latex
                         : WorkedExampleFormat::Markdown;
    options.exerciseLevel = level;
    options.title = RunExports::tr("Exercise: %1").arg(run.lesson).toStdString();
    const QFileInfo file(path);
    const QString base = file.dir().filePath(file.completeBaseName());
    const QString suffix = file.suffix().isEmpty() ? QString() : QStringLiteral(".") + file.suffix();
    try {
        const std::vector<ExerciseSheet> sheets = exerciseVariants(
            network, input, target, run.settings.optimizer.learningRate, options, variants, seed, variation);
        writeExerciseFiles(sheets, base.toStdString(), suffix.toStdString());
    } catch (const InputError &error) {
        return RunExports::tr("Could not export the exercise sheet: %1")
            .arg(QString::fromStdString(error.what()));
    }
    return {};
}

void exportRunScript(QWidget *parent, const RunOnShow &run)
{
    const QString numpy = RunExports::tr("NumPy script, the lecture's loop (*.py)");
    const QString pytorch = RunExports::tr("PyTorch script, nn.Linear and autograd (*.py)");
    QString filter;
    QString path = QFileDialog::getSaveFileName(parent, RunExports::tr("Export as script"), QString(),
                                                numpy + ";;" + pytorch, &filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".py"), Qt::CaseInsensitive))
        path += QStringLiteral(".py");
    bool ok = false;
    const int epochs = QInputDialog::getInt(
        parent, RunExports::tr("Export as script"),
        RunExports::tr("After the step on show, the script trains from the same weights for this many epochs "
                       "(0: only the step):"),
        10, 0, 100000, 1, &ok);
    if (!ok)
        return;
    const QString problem = writeRunScript(
        path, filter == pytorch ? ScriptFramework::PyTorch : ScriptFramework::NumPy, epochs, run);
    if (!problem.isEmpty())
        QMessageBox::warning(parent, RunExports::tr("Export as script"), problem);
}

void exportRunExerciseSheets(QWidget *parent, const RunOnShow &run)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(RunExports::tr("Export exercise sheet"));
    auto *form = new QFormLayout(&dialog);
    auto *level = new QComboBox(&dialog);
    level->addItem(RunExports::tr("1: the update"));
    level->addItem(RunExports::tr("2: and the gradients (BP3, BP4)"));
    level->addItem(RunExports::tr("3: and the backward pass (BP2)"));
    level->addItem(RunExports::tr("4: and the output error (BP1)"));
    level->addItem(RunExports::tr("5: and the error E"));
    level->addItem(RunExports::tr("6: the whole step"));
    level->setCurrentIndex(2);
    form->addRow(RunExports::tr("Left to the students:"), level);
    auto *variants = new QSpinBox(&dialog);
    variants->setRange(1, 50);
    variants->setToolTip(
        RunExports::tr("Sheets with different numbers, so that neighbours cannot copy; each has its key."));
    form->addRow(RunExports::tr("Sheets:"), variants);
    // The order of ExerciseVariation.
    auto *vary = new QComboBox(&dialog);
    vary->addItem(RunExports::tr("the sample and the weights"));
    vary->addItem(RunExports::tr("the sample only"));
    vary->addItem(RunExports::tr("the weights only"));
    form->addRow(RunExports::tr("New in each further sheet:"), vary);
    auto *seed = new QSpinBox(&dialog);
    seed->setRange(0, 1000000);
    seed->setValue(1);
    form->addRow(RunExports::tr("Seed of the further sheets' numbers:"), seed);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString markdown = RunExports::tr("Markdown (*.md)");
    const QString latex = RunExports::tr("LaTeX document (*.tex)");
    QString filter;
    QString path = QFileDialog::getSaveFileName(parent, RunExports::tr("Export exercise sheet"), QString(),
                                                markdown + ";;" + latex, &filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive) &&
        !path.endsWith(QStringLiteral(".tex"), Qt::CaseInsensitive))
        path += filter == latex ? QStringLiteral(".tex") : QStringLiteral(".md");
    const QString problem = writeRunExerciseSheets(path, level->currentIndex() + 1, variants->value(),
                                                   static_cast<std::uint64_t>(seed->value()), run,
                                                   static_cast<ExerciseVariation>(vary->currentIndex()));
    if (!problem.isEmpty())
        QMessageBox::warning(parent, RunExports::tr("Export exercise sheet"), problem);
}

} // namespace bp::ui
