// Renders the representation table and the code space while the 8-3-8 encoder trains, to PNG files
// for a person to look at. Runs only when BP_SCREENSHOT_DIR names a folder (created if needed).
#include "ui/representation/code_space_view.h"
#include "ui/representation/pattern_style.h"
#include "ui/representation/representation_table.h"

#include "tests/ui/representation/representation_test_support.h"

#include <QDir>
#include <QImage>

#include <gtest/gtest.h>

#include <cstdlib>

namespace bp::ui {
namespace {

QString screenshotFolder()
{
    const char *folder = std::getenv("BP_SCREENSHOT_DIR");
    return folder ? QString::fromLocal8Bit(folder) : QString();
}

void save(QWidget &widget, const QString &name)
{
    const QImage image = test::renderWidget(widget);
    const QString path = QDir(screenshotFolder()).filePath(name + QStringLiteral(".png"));
    EXPECT_TRUE(image.save(path)) << path.toStdString();
}

/// Trains a preset and shows it in the widgets the way the live window does: the views get the
/// activations ~40 times between two stops, so the trails show the path the codes took.
class LiveLesson {
public:
    LiveLesson(const std::string &preset, std::uint64_t seed)
        : m_preset(makePreset(preset)),
          m_trainer(m_preset.makeNetwork(seed), m_preset.dataset, m_preset.training),
          m_dataset(std::make_shared<const Dataset>(m_preset.dataset))
    {
        m_codeLayer = narrowestHiddenLayer(m_preset.layers);
    }

    void add(RepresentationTable &table) { m_tables.push_back(&table); }
    void add(CodeSpaceView &view)
    {
        view.setTrailInterval(0);
        view.setCodeLayer(m_codeLayer);
        m_views.push_back(&view);
    }

    void trainUntil(int epoch)
    {
        const int stride = std::max(1, (epoch - m_epoch) / CodeSpaceView::kTrailCapacity);
        show();
        while (m_epoch < epoch) {
            m_trainer.runEpoch();
            ++m_epoch;
            if ((epoch - m_epoch) % stride == 0)
                show();
        }
    }

private:
    void show()
    {
        const std::vector<Matrix> activations = activationsOf(m_trainer.network(), m_preset.dataset.inputs);
        for (RepresentationTable *table : m_tables)
            table->setData(m_dataset, activations, m_codeLayer);
        for (CodeSpaceView *view : m_views)
            view->setCodes(activations[static_cast<std::size_t>(m_codeLayer - 1)],
                           patternLabels(m_dataset->sampleCount()));
    }

    Preset m_preset;
    Trainer m_trainer;
    std::shared_ptr<const Dataset> m_dataset;
    int m_codeLayer = 0;
    int m_epoch = 0;
    std::vector<RepresentationTable *> m_tables;
    std::vector<CodeSpaceView *> m_views;
};

TEST(RenderRepresentation, WritesPngsWhenAskedTo)
{
    const QString folder = screenshotFolder();
    if (folder.isEmpty())
        GTEST_SKIP() << "set BP_SCREENSHOT_DIR to write the sample images";
    ASSERT_TRUE(QDir().mkpath(folder));

    {
        RepresentationTable table;
        table.resize(400, 420);
        RepresentationTable narrow;
        narrow.resize(340, 520);
        CodeSpaceView cube;
        cube.resize(420, 420);
        CodeSpaceView wide;
        wide.resize(600, 520);
        LiveLesson lesson("encoder-8-3-8", 1);
        lesson.add(table);
        lesson.add(narrow);
        lesson.add(cube);
        lesson.add(wide);
        for (const int epoch : {0, 200, 3000}) {
            lesson.trainUntil(epoch);
            table.setCurrentSample(2);
            narrow.setCurrentSample(2);
            cube.setCurrentSample(2);
            wide.setCurrentSample(2);
            const QString suffix = QStringLiteral("-epoch%1").arg(epoch, 4, 10, QLatin1Char('0'));
            save(table, QStringLiteral("table-400x420") + suffix);
            save(narrow, QStringLiteral("table-340x520") + suffix);
            save(cube, QStringLiteral("cube-420x420") + suffix);
            save(wide, QStringLiteral("cube-600x520") + suffix);
        }
        cube.setRotation(0.0, 0.0);
        save(cube, QStringLiteral("cube-420x420-epoch3000-front"));
    }
    {
        // Seed 3 reaches 100 % accuracy with two patterns on one binary code.
        RepresentationTable table;
        table.resize(400, 420);
        CodeSpaceView cube;
        cube.resize(420, 420);
        LiveLesson lesson("encoder-8-3-8", 3);
        lesson.add(table);
        lesson.add(cube);
        lesson.trainUntil(3000);
        save(table, QStringLiteral("table-400x420-seed3-collision"));
        save(cube, QStringLiteral("cube-420x420-seed3-collision"));
    }
    {
        RepresentationTable table;
        table.resize(400, 360);
        CodeSpaceView square;
        square.resize(420, 420);
        LiveLesson lesson("encoder-4-2-4", 1);
        lesson.add(table);
        lesson.add(square);
        lesson.trainUntil(1500);
        save(table, QStringLiteral("table-400x360-encoder424"));
        save(square, QStringLiteral("square-420x420-encoder424"));
    }
    {
        RepresentationTable table;
        table.resize(440, 640);
        CodeSpaceView cube;
        cube.resize(420, 460);
        LiveLesson lesson("encoder-16-4-16", 1);
        lesson.add(table);
        lesson.add(cube);
        lesson.trainUntil(3000);
        save(table, QStringLiteral("table-440x640-encoder16"));
        save(cube, QStringLiteral("cube-420x460-encoder16"));
    }
    {
        // One hidden unit: the four patterns of the 4-2-4 encoder squeezed through a single number.
        auto dataset = std::make_shared<const Dataset>(makeEncoder(4));
        Network network({4, 1, 4}, {Activation::Logistic, Activation::Logistic});
        network.initialize(InitScheme::Uniform, 2);
        TrainingSettings settings;
        settings.optimizer.learningRate = 2.0;
        Trainer trainer(network, *dataset, settings);
        CodeSpaceView line;
        line.resize(420, 360);
        line.setCodeLayer(1);
        line.setTrailInterval(0);
        for (int epoch = 0; epoch < 2000; ++epoch) {
            trainer.runEpoch();
            if (epoch % 50 == 0)
                line.setCodes(activationsOf(trainer.network(), dataset->inputs)[0], patternLabels(4));
        }
        line.setCodes(activationsOf(trainer.network(), dataset->inputs)[0], patternLabels(4));
        save(line, QStringLiteral("line-420x360-encoder414"));
    }
    {
        auto dataset = std::make_shared<const Dataset>(makePlanar("circle", 300, 0, 1));
        Network network({2, 5, 1}, {Activation::Tanh, Activation::Logistic});
        network.initialize(InitScheme::Xavier, 3);
        RepresentationTable table;
        table.resize(400, 420);
        table.setData(dataset, activationsOf(network, dataset->inputs), 1);
        save(table, QStringLiteral("table-400x420-circle300"));
    }
}

} // namespace
} // namespace bp::ui
