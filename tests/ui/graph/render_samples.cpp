// Renders the network view in typical lesson states to PNG files for a person to look at.
// Runs only when BP_SCREENSHOT_DIR names a folder (it is created if needed).
#include "ui/graph/network_view.h"

#include "core/data/preset.h"
#include "core/training/trainer.h"
#include "tests/ui/graph/graph_test_support.h"

#include <QDir>
#include <QImage>

#include <gtest/gtest.h>

#include <cstdlib>
#include <limits>

namespace bp::ui {
namespace {

QString screenshotFolder()
{
    const char *folder = std::getenv("BP_SCREENSHOT_DIR");
    return folder ? QString::fromLocal8Bit(folder) : QString();
}

void save(NetworkView &view, const QString &folder, const QString &name)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    EXPECT_TRUE(image.save(path)) << path.toStdString();
}

struct Shot {
    const char *name;
    int phase;
    double progress;
};

TEST(RenderSamples, WritesPngsWhenAskedTo)
{
    const QString folder = screenshotFolder();
    if (folder.isEmpty())
        GTEST_SKIP() << "set BP_SCREENSHOT_DIR to write the sample images";
    ASSERT_TRUE(QDir().mkpath(folder));

    const Preset preset = makePreset("encoder-8-3-8");
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    for (int epoch = 0; epoch < 400; ++epoch)
        trainer.runEpoch();
    auto trace = std::make_shared<const Trace>(trainer.traceSample(2));

    const Shot shots[] = {
        {"p0-forward1-flow", 0, 0.35}, {"p0-forward1-done", 0, 1.0},     {"p1-forward2", 1, 1.0},
        {"p2-output-error", 2, 0.35},  {"p2-output-error-done", 2, 1.0}, {"p3-backward1-flow", 3, 0.3},
        {"p3-backward1-done", 3, 1.0}, {"p4-gradients2", 4, 1.0},        {"p5-gradients1", 5, 1.0},
        {"p6-update-mid", 6, 0.5},     {"p6-update-done", 6, 1.0},
    };
    for (const QSize size : {QSize(1150, 800), QSize(760, 520)}) {
        const QString prefix = QStringLiteral("encoder-%1x%2-").arg(size.width()).arg(size.height());
        NetworkView view;
        view.resize(size);
        for (const Shot &shot : shots) {
            view.setScene(test::traceScene(trace, shot.phase, shot.progress));
            save(view, folder, prefix + QString::fromLatin1(shot.name));
        }
        NetworkScene scene = test::traceScene(trace, 3, 1.0);
        view.setScene(scene);
        view.setSelection({Selection::Kind::Neuron, 1, 1, 0});
        save(view, folder, prefix + QStringLiteral("selected-neuron"));
        view.setSelection({Selection::Kind::Edge, 2, 5, 1});
        save(view, folder, prefix + QStringLiteral("selected-edge"));
        view.setSelection({});
        scene = test::traceScene(trace, 1, 1.0);
        scene.showDerivative = true;
        view.setScene(scene);
        save(view, folder, prefix + QStringLiteral("derivative"));

        NetworkScene live;
        live.network = std::make_shared<const Network>(trainer.network());
        live.activations = {trace->input.col(0), trace->forward[0].activation.col(0),
                            trace->forward[1].activation.col(0)};
        view.setScene(live);
        save(view, folder, prefix + QStringLiteral("live"));
        live.diverged = true;
        Network broken = trainer.network();
        broken.layer(2).weights(3, 1) = std::numeric_limits<double>::quiet_NaN();
        live.network = std::make_shared<const Network>(broken);
        live.activations[2](3) = std::numeric_limits<double>::quiet_NaN();
        view.setScene(live);
        save(view, folder, prefix + QStringLiteral("diverged"));
        view.setScene(test::traceScene(trace, 3, 1.0));
        view.setZoom(2.0);
        save(view, folder, prefix + QStringLiteral("zoom2"));
    }

    // The lecture's hand-worked 2-2-2 example.
    {
        auto hand = test::handTrace();
        NetworkView view;
        view.resize(1150, 800);
        for (const Shot &shot : {Shot{"p1-forward2", 1, 1.0}, Shot{"p3-backward1", 3, 1.0},
                                 Shot{"p4-gradients2", 4, 1.0}, Shot{"p0-forward1-flow", 0, 0.4}}) {
            view.setScene(test::traceScene(hand, shot.phase, shot.progress));
            save(view, folder, QStringLiteral("hand-2-2-2-") + QString::fromLatin1(shot.name));
        }
    }

    // MNIST-sized: 784-128-10.
    {
        Network network({784, 128, 10}, {Activation::Logistic, Activation::Logistic});
        network.initialize(InitScheme::Xavier, 3);
        Matrix x = Matrix::Zero(784, 1);
        for (int r = 0; r < 28; ++r)
            for (int c = 0; c < 28; ++c)
                x(r * 28 + c, 0) =
                    std::clamp(1.0 - std::abs(std::hypot(r - 13.5, (c - 13.5) * 1.4) - 8.0) / 3.0, 0.0, 1.0);
        Matrix t = Matrix::Zero(10, 1);
        t(0, 0) = 1.0;
        auto big = std::make_shared<const Trace>(traceSgdStep(network, x, t, 0.1));
        for (const QSize size : {QSize(1920, 1080), QSize(1150, 800), QSize(760, 520)}) {
            NetworkView view;
            view.resize(size);
            const QString prefix = QStringLiteral("mnist-%1x%2-").arg(size.width()).arg(size.height());
            NetworkScene live;
            live.network = std::make_shared<const Network>(network);
            live.activations = {x.col(0), big->forward[0].activation.col(0),
                                big->forward[1].activation.col(0)};
            view.setScene(live);
            save(view, folder, prefix + QStringLiteral("live"));
            view.setScene(test::traceScene(big, 3, 0.4));
            save(view, folder, prefix + QStringLiteral("backward-flow"));
            view.setScene(test::traceScene(big, 5, 1.0));
            save(view, folder, prefix + QStringLiteral("gradients1"));
        }
    }
}

} // namespace
} // namespace bp::ui
