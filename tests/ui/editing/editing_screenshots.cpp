// Pictures of the cases of issue 19 in the whole window, for a person to look at: a 2-3-3-1 network
// with its weight labels, markers of changes at one epoch and later, a rewound divergence and a long
// status message, at 1280×720 and 1920×1080. Skipped unless BP_SCREENSHOT_DIR names a folder.
#include "app/training/training_controller.h"
#include "core/training/timeline.h"
#include "tests/support/studio_window.h"
#include "ui/editing/architecture_editor.h"
#include "ui/graph/network_view.h"
#include "ui/window/main_window.h"
#include "tests/support/screenshot_folder.h"

#include <QApplication>
#include <QDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cstdlib>

namespace bp::ui {
namespace {

void save(QWidget &widget, const QDir &dir, const QString &name)
{
    QApplication::processEvents();
    QTest::qWait(300);
    EXPECT_TRUE(widget.grab().save(dir.filePath(name))) << name.toStdString();
}

TEST(EditingScreenshots, LabelsMarkersRewindAndStatus)
{
    const std::optional<QDir> folder = test::screenshotFolder();
    if (!folder)
        GTEST_SKIP() << "set BP_SCREENSHOT_DIR to write the pictures";
    const QDir &dir = *folder;
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
        test::StudioWindow studio;
        TrainingController &controller = studio.controller;
        MainWindow &window = studio.window;
        ASSERT_TRUE(studio.open(size, QStringLiteral("xor")));
        // For comparison: the charts with no marker.
        for (int e = 0; e < 10; ++e)
            window.stepEpoch();
        ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 10; }, 10000));
        save(window, dir, QStringLiteral("editing-start") + suffix);
        controller.loadPreset("xor", 1);
        ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 0; }, 10000));
        ArchitectureEditor &editor = *window.architectureEditor();
        // Four edits at epoch 0: one marker listing them.
        editor.setLayerSize(1, 3);
        editor.addHiddenLayer();
        editor.setLayerActivation(2, Activation::Tanh);
        editor.setLayerActivation(1, Activation::Tanh);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !window.isEditPending(); }, 10000));
        for (int e = 0; e < 40; ++e)
            window.stepEpoch();
        ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 40; }, 10000));
        controller.setLearningRate(1.0);
        controller.setOptimizer(Optimizer::Momentum);
        for (int e = 0; e < 20; ++e)
            window.stepEpoch();
        ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 60; }, 10000));
        save(window, dir, QStringLiteral("editing-2331") + suffix);
        // An edge selected: one label for its weight.
        window.networkView()->setSelection(Selection{Selection::Kind::Edge, 2, 0, 0});
        save(window, dir, QStringLiteral("editing-selected-edge") + suffix);
        window.networkView()->setSelection(Selection{});
        // Two edits undone: their markers go.
        window.undoStack()->undo();
        window.undoStack()->undo();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !window.isEditPending(); }, 10000));
        save(window, dir, QStringLiteral("editing-undone") + suffix);

        // Diverge, then rewind from the banner.
        controller.setActivation(1, Activation::Identity);
        controller.setActivation(2, Activation::Identity);
        controller.setActivation(3, Activation::Identity);
        controller.setLearningRate(3.0);
        window.togglePlay();
        ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->diverged; }, 20000));
        window.togglePlay();
        save(window, dir, QStringLiteral("editing-diverged") + suffix);
        controller.rewindToLastGood();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !controller.snapshot()->diverged; }, 10000));
        save(window, dir, QStringLiteral("editing-rewound") + suffix);
        window.close();
    }
}

} // namespace
} // namespace bp::ui
