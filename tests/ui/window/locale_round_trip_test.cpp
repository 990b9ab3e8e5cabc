// Under an Italian desktop QCoreApplication applies the user's locale to the C library, where
// printf writes "0,5". Everything the program writes (experiment, autosave, model, dataset and
// chart CSV, worked example) must read back bit for bit there all the same.
#include "app/recovery/autosaver.h"
#include "app/recovery/recovery_store.h"
#include "app/training/training_controller.h"
#include "core/data/dataset.h"
#include "core/formats/experiment.h"
#include "core/formats/file_io.h"
#include "core/formats/model_io.h"
#include "core/formats/number_format.h"
#include "core/maths/trace.h"
#include "core/documents/worked_example.h"
#include "ui/charts/training_charts.h"
#include "ui/editing/dataset_editor.h"

#include "tests/support/comma_locale.h"
#include "tests/support/snapshot_receiver.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdint>
#include <sstream>

namespace bp {
namespace {

std::uint64_t bitsOf(double value)
{
    return std::bit_cast<std::uint64_t>(value);
}

void expectSameBits(const Matrix &a, const Matrix &b, const std::string &what)
{
    ASSERT_EQ(a.rows(), b.rows()) << what;
    ASSERT_EQ(a.cols(), b.cols()) << what;
    for (Eigen::Index i = 0; i < a.size(); ++i)
        ASSERT_EQ(bitsOf(a.data()[i]), bitsOf(b.data()[i]))
            << what << "[" << i << "]: " << formatNumber(a.data()[i]) << " vs " << formatNumber(b.data()[i]);
}

void expectSameNetwork(const Network &a, const Network &b, const std::string &what)
{
    ASSERT_EQ(a.sizes(), b.sizes()) << what;
    for (int l = 1; l <= a.layerCount(); ++l) {
        expectSameBits(a.layer(l).weights, b.layer(l).weights, what + " W" + std::to_string(l));
        expectSameBits(a.layer(l).biases, b.layer(l).biases, what + " b" + std::to_string(l));
    }
}

// The QLocale default follows the user too, as it would if the app did not set it to C.
class ItalianDesktop {
public:
    ItalianDesktop() { QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy)); }
    ~ItalianDesktop() { QLocale::setDefault(QLocale::c()); }
    ItalianDesktop(const ItalianDesktop &) = delete;
    ItalianDesktop &operator=(const ItalianDesktop &) = delete;
    test::CommaLocale cLibrary;
};

TEST(Locale, SavedAutosavedAndExportedFilesReadBackBitForBitUnderAnItalianLocale)
{
    ItalianDesktop italian;
    if (!italian.cLibrary.isActive())
        GTEST_SKIP() << "it_IT.UTF-8 is not available (scripts/install-deps installs Debian's locales)";
    char probe[16];
    std::snprintf(probe, sizeof probe, "%.1f", 0.5);
    ASSERT_STREQ(probe, "0,5"); // the trap is set

    QTemporaryDir folder;
    RecoveryStore store(folder.path() + "/recovery");
    ASSERT_TRUE(store.isUsable());
    TrainingController controller;
    test::SnapshotReceiver receiver(controller);
    Autosaver autosaver(controller, store, [] { return true; });
    QSignalSpy autosaved(&autosaver, &Autosaver::autosaved);
    controller.loadPreset("circle", 2);
    for (int e = 0; e < 3; ++e)
        controller.stepEpoch();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 3; }));
    const TrainingSnapshot atSave = *receiver.last();

    // The autosave, as crash recovery reads it.
    autosaver.saveIfNeeded();
    ASSERT_TRUE(autosaved.wait(5000));
    const Experiment recovered = loadExperiment(store.ownPath().toStdString());
    expectSameNetwork(recovered.network, *atSave.network, "autosave");
    EXPECT_EQ(recovered.progress.stepCount, atSave.stepCount);

    // The saved experiment, opened again by the controller.
    const QString experimentPath = folder.filePath("run.bpx.json");
    QSignalSpy saved(&controller, &TrainingController::experimentSaved);
    controller.saveExperiment(experimentPath);
    ASSERT_TRUE(saved.wait(5000));
    const Experiment experiment = loadExperiment(experimentPath.toStdString());
    expectSameNetwork(experiment.network, *atSave.network, "experiment");
    EXPECT_EQ(bitsOf(experiment.settings.optimizer.learningRate), bitsOf(atSave.settings.optimizer.learningRate));
    ASSERT_EQ(experiment.history.size(), 3u);
    EXPECT_EQ(bitsOf(experiment.history.back().loss), bitsOf(atSave.loss));
    expectSameBits(experiment.dataset.inputs, atSave.dataset->inputs, "experiment inputs");

    // The model on its own.
    const std::string modelPath = folder.filePath("model.json").toStdString();
    saveModel(modelPath, *atSave.network);
    expectSameNetwork(loadModel(modelPath), *atSave.network, "model");

    // The dataset, exported from the editor and imported again.
    ui::DatasetEditor editor;
    editor.setDataset(atSave.dataset);
    const QString csvPath = folder.filePath("circle.csv");
    ASSERT_EQ(editor.exportCsv(csvPath), QString());
    const Dataset csv = loadCsvDataset(csvPath.toStdString());
    expectSameBits(csv.inputs, atSave.dataset->inputs, "dataset CSV inputs");
    expectSameBits(csv.targets, atSave.dataset->targets, "dataset CSV targets");

    // The charts' table: every loss of the history, as written.
    ui::TrainingCharts charts;
    charts.setLayerCount(atSave.network->layerCount());
    for (const EpochMetrics &metrics : experiment.history)
        charts.appendEpoch(metrics);
    const QString chartPath = folder.filePath("charts.csv");
    ASSERT_TRUE(charts.exportCsv(chartPath));
    std::istringstream table(readTextFile(chartPath.toStdString(), 1 << 20));
    auto cellsOf = [](const std::string &text) {
        std::vector<std::string> cells;
        std::istringstream row(text);
        for (std::string cell; std::getline(row, cell, ',');)
            cells.push_back(cell);
        return cells;
    };
    std::string line;
    std::getline(table, line);
    const std::vector<std::string> header = cellsOf(line);
    const auto lossColumn = static_cast<std::size_t>(std::find(header.begin(), header.end(), "loss") - header.begin());
    ASSERT_LT(lossColumn, header.size()) << line;
    for (const EpochMetrics &metrics : experiment.history) {
        ASSERT_TRUE(std::getline(table, line));
        const std::vector<std::string> cells = cellsOf(line);
        ASSERT_GT(cells.size(), lossColumn) << line;
        EXPECT_EQ(parseFiniteNumber(cells[0]), static_cast<double>(metrics.epoch)) << line;
        const std::optional<double> loss = parseFiniteNumber(cells[lossColumn]);
        ASSERT_TRUE(loss.has_value()) << line;
        EXPECT_EQ(bitsOf(*loss), bitsOf(metrics.loss)) << line;
    }

    // The worked example of the shown sample: its loss with 6 digits and a decimal point.
    const Dataset &data = *atSave.dataset;
    const Trace trace = traceSgdStep(*atSave.network, data.inputs.col(0), data.targets.col(0), 0.5);
    const std::string worked = workedExample(trace, WorkedExampleOptions{});
    char loss[32];
    const auto written = std::to_chars(loss, loss + sizeof loss, trace.loss, std::chars_format::general, 6);
    const std::string lossText(loss, written.ptr);
    ASSERT_NE(lossText.find('.'), std::string::npos);
    EXPECT_NE(worked.find(lossText), std::string::npos) << lossText << " in " << worked.substr(0, 600);
}

} // namespace
} // namespace bp
