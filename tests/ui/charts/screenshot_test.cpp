// Pictures of the charts fed by a real run, for a person to look at. Skipped unless
// BP_SCREENSHOT_DIR names a folder to write them to.
#include "core/maths/activation.h"
#include "core/data/preset.h"
#include "core/training/trainer.h"
#include "ui/charts/gradient_chart.h"
#include "ui/charts/loss_chart.h"
#include "ui/charts/training_charts.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdlib>
#include <vector>

namespace bp::ui {
namespace {

// The lecture's story: a deep logistic network barely learns (the first layers' gradients are
// orders of magnitude smaller), then the hidden layers switch to ReLU mid-run.
struct RecordedRun {
    struct Marker {
        double epoch = 0.0;
        QString label;
    };
    std::vector<EpochMetrics> epochs;
    std::vector<Marker> markers;

    template <typename Chart> void feed(Chart &chart) const
    {
        for (const EpochMetrics &metrics : epochs) {
            chart.appendEpoch(metrics);
            for (const Marker &marker : markers) {
                if (static_cast<double>(metrics.epoch) == marker.epoch)
                    chart.addMarker(marker.epoch, marker.label);
            }
        }
        chart.flush();
    }
};

// 100 epochs of the logistic preset, then the hidden layers switch to `activation`; optionally the
// learning rate drops 50 epochs later.
RecordedRun vanishingGradientRun(Activation activation, double laterLearningRate = 0.0)
{
    RecordedRun run;
    Preset preset = makePreset("vanishing-gradient");
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    for (int epoch = 0; epoch < 100; ++epoch)
        run.epochs.push_back(trainer.runEpoch());
    const int layers = trainer.network().layerCount();
    for (int l = 1; l < layers; ++l)
        trainer.setActivation(l, activation);
    run.markers.push_back(
        {static_cast<double>(trainer.epoch()),
         QStringLiteral("activation → %1")
             .arg(QString::fromUtf8(activationName(activation).data(),
                                    static_cast<qsizetype>(activationName(activation).size())))});
    for (int epoch = 0; epoch < 100; ++epoch) {
        if (epoch == 50 && laterLearningRate > 0.0) {
            run.markers.push_back(
                {static_cast<double>(trainer.epoch()), QStringLiteral("lr %1 → %2")
                                                           .arg(trainer.settings().optimizer.learningRate)
                                                           .arg(laterLearningRate)});
            trainer.setLearningRate(laterLearningRate);
        }
        run.epochs.push_back(trainer.runEpoch());
    }
    return run;
}

void save(QWidget *widget, const QSize &size, const QString &path)
{
    widget->resize(size);
    widget->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(widget));
    QApplication::processEvents();
    QTest::qWait(60);
    const QPixmap pixmap = widget->grab();
    ASSERT_TRUE(pixmap.save(path)) << path.toStdString();
}

TEST(ChartScreenshots, VanishingGradientThenRelu)
{
    const char *directory = std::getenv("BP_SCREENSHOT_DIR");
    if (!directory || !*directory)
        GTEST_SKIP() << "set BP_SCREENSHOT_DIR to write the pictures";
    const QDir dir(QString::fromLocal8Bit(directory));
    ASSERT_TRUE(dir.exists() || QDir().mkpath(dir.path()));

    const RecordedRun run = vanishingGradientRun(Activation::Relu);

    // Each chart alone, as in its own dock, at a comfortable and at a cramped size.
    for (const QSize size : {QSize(900, 340), QSize(600, 260)}) {
        const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
        LossChart loss;
        run.feed(loss);
        save(&loss, size, dir.filePath(QStringLiteral("loss") + suffix));
        GradientChart gradients;
        run.feed(gradients);
        save(&gradients, size, dir.filePath(QStringLiteral("gradients") + suffix));
    }

    // The exports, from charts that were never shown.
    LossChart loss;
    loss.resize(900, 340);
    run.feed(loss);
    EXPECT_TRUE(loss.exportPng(dir.filePath(QStringLiteral("loss-export.png"))));
    GradientChart gradients;
    gradients.resize(900, 340);
    run.feed(gradients);
    EXPECT_TRUE(gradients.exportPng(dir.filePath(QStringLiteral("gradients-export.png"))));
    EXPECT_TRUE(gradients.exportSvg(dir.filePath(QStringLiteral("gradients-export.svg"))));
    EXPECT_TRUE(gradients.exportCsv(dir.filePath(QStringLiteral("gradients-export.csv"))));

    // Both side by side, as the convenience widget shows them.
    TrainingCharts together;
    run.feed(together);
    save(&together, QSize(1500, 340), dir.filePath(QStringLiteral("training-charts-1500x340.png")));

    // The same lesson with tanh, which does learn, and a learning-rate change: lines that move.
    const RecordedRun tanh = vanishingGradientRun(Activation::Tanh, 0.1);
    TrainingCharts moving;
    tanh.feed(moving);
    save(&moving, QSize(1500, 340), dir.filePath(QStringLiteral("tanh-training-charts-1500x340.png")));
    LossChart linear;
    tanh.feed(linear);
    linear.setLogScale(false);
    save(&linear, QSize(600, 260), dir.filePath(QStringLiteral("tanh-loss-linear-600x260.png")));
}

} // namespace
} // namespace bp::ui
