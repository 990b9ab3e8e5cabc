// Renders the decision boundary of the four 2-D presets, untrained and trained, at two sizes, to
// PNG files for a person to look at. Runs only when BP_SCREENSHOT_DIR names a folder.
#include "ui/boundary/decision_boundary_view.h"

#include "core/data/preset.h"
#include "core/training/trainer.h"
#include "tests/ui/boundary/boundary_test_support.h"

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

void save(DecisionBoundaryView &view, const QString &folder, const QString &name)
{
    const QImage image = test::renderView(view);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    EXPECT_TRUE(image.save(path)) << path.toStdString();
}

TEST(BoundaryScreenshots, WritesPngsWhenAskedTo)
{
    const QString folder = screenshotFolder();
    if (folder.isEmpty())
        GTEST_SKIP() << "set BP_SCREENSHOT_DIR to write the sample images";
    ASSERT_TRUE(QDir().mkpath(folder));

    for (const char *name : {"circle", "quadrants", "gaussians", "spiral"}) {
        const Preset preset = makePreset(name);
        Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
        const auto dataset = std::make_shared<const Dataset>(preset.dataset);
        const auto untrained = std::make_shared<const Network>(trainer.network());
        for (int epoch = 0; epoch < preset.epochs; ++epoch)
            trainer.runEpoch();
        const auto trained = std::make_shared<const Network>(trainer.network());

        for (const int size : {420, 600}) {
            DecisionBoundaryView view;
            view.resize(size, size);
            view.setDataset(dataset);
            const QString prefix = QStringLiteral("%1-%2-").arg(QLatin1String(name)).arg(size);
            view.setNetwork(untrained);
            ASSERT_TRUE(test::waitUntilIdle(view));
            save(view, folder, prefix + QStringLiteral("epoch0"));
            view.setNetwork(trained);
            ASSERT_TRUE(test::waitUntilIdle(view));
            save(view, folder, prefix + QStringLiteral("epoch%1").arg(preset.epochs));
        }
    }

    // The other states: no network yet, a dataset the view cannot show, a wide window.
    const Preset circle = makePreset("circle");
    DecisionBoundaryView view;
    view.resize(420, 420);
    view.setDataset(std::make_shared<const Dataset>(circle.dataset));
    save(view, folder, QStringLiteral("circle-420-no-network"));
    view.setDataset(std::make_shared<const Dataset>(makePreset("iris").dataset));
    save(view, folder, QStringLiteral("iris-420-note"));
    Trainer trainer(circle.makeNetwork(1), circle.dataset, circle.training);
    for (int epoch = 0; epoch < 60; ++epoch)
        trainer.runEpoch();
    view.resize(760, 420);
    view.setDataset(std::make_shared<const Dataset>(circle.dataset));
    view.setNetwork(std::make_shared<const Network>(trainer.network()));
    ASSERT_TRUE(test::waitUntilIdle(view));
    save(view, folder, QStringLiteral("circle-760x420-epoch60"));
}

} // namespace
} // namespace bp::ui
