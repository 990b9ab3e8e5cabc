// The loss-over-two-weights dock in the window: hidden at first, shown from the View menu, following
// the graph's selection and presenter mode; and pictures of it at the projector sizes, in both
// languages, when BP_SCREENSHOT_DIR names a folder.
#include "app/language.h"
#include "app/training/training_controller.h"
#include "tests/support/studio_window.h"
#include "ui/landscape/loss_landscape_panel.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdlib>

namespace bp::ui {
namespace {

constexpr int kTimeoutMs = 30'000;

// Trains a few epochs so the run has a path through the plane.
void trainEpochs(TrainingController &controller, int epochs)
{
    for (int e = 0; e < epochs; ++e) {
        const std::int64_t before = controller.snapshot()->epoch;
        controller.stepEpoch();
        ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch > before; }, kTimeoutMs));
        QTest::qWait(20);
    }
}

TEST(LandscapeWindow, HiddenAtFirstShownFromTheViewMenuAndFollowingTheGraph)
{
    test::StudioWindow studio;
    MainWindow &window = studio.window;
    ASSERT_TRUE(studio.open(QSize(1280, 720), QStringLiteral("encoder-8-3-8")));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("landscapeDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_FALSE(dock->isVisible());
    auto *panel = window.findChild<LossLandscapePanel *>();
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->slice(), nullptr) << "a hidden panel computes nothing";

    dock->toggleViewAction()->trigger();
    ASSERT_TRUE(dock->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->slice() != nullptr; }, kTimeoutMs));

    // A click on the edge w¹₁₃ in the graph makes it the newest of the two weights.
    window.selectInGraph({Selection::Kind::Edge, 1, 0, 2});
    ASSERT_TRUE(panel->weights());
    EXPECT_EQ(panel->weights()->second, (ParameterIndex{1, 0, 2}));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return panel->slice() && panel->slice()->request.second == ParameterIndex{1, 0, 2};
        },
        kTimeoutMs));

    // Presenter mode enlarges its text; back at the desk it is as before.
    auto *summary = panel->findChild<QLabel *>(QStringLiteral("landscapeSummary"));
    ASSERT_NE(summary, nullptr);
    const double deskPoints = summary->font().pointSizeF();
    window.setPresenterMode(true);
    EXPECT_GT(summary->font().pointSizeF(), deskPoints * 1.2);
    window.setPresenterMode(false);
    EXPECT_DOUBLE_EQ(summary->font().pointSizeF(), deskPoints);
}

TEST(LandscapeWindow, WritesPngsWhenAskedTo)
{
    const char *folder = std::getenv("BP_SCREENSHOT_DIR");
    if (!folder)
        GTEST_SKIP() << "set BP_SCREENSHOT_DIR to take pictures of the loss over two weights in the window";
    const QDir out(QString::fromLocal8Bit(folder));
    QDir().mkpath(out.path());
    for (const char *language : {"en", "it"}) {
        installTranslators(*qApp, QString::fromLatin1(language));
        for (const QSize size : {QSize(1024, 768), QSize(1280, 720), QSize(1920, 1080)}) {
            test::StudioWindow studio;
            MainWindow &shot = studio.window;
            ASSERT_TRUE(studio.open(size, QStringLiteral("encoder-8-3-8")));
            auto *dock = shot.findChild<QDockWidget *>(QStringLiteral("landscapeDock"));
            auto *panel = shot.findChild<LossLandscapePanel *>();
            dock->toggleViewAction()->trigger();
            trainEpochs(studio.controller, 40);
            ASSERT_TRUE(QTest::qWaitFor([&] { return panel->slice() && !panel->isComputing(); }, kTimeoutMs));
            QTest::qWait(400);
            const QString suffix = QStringLiteral("%1-%2x%3.png")
                                       .arg(QString::fromLatin1(language))
                                       .arg(size.width())
                                       .arg(size.height());
            EXPECT_TRUE(shot.grab().save(out.filePath(QStringLiteral("landscape-desk-") + suffix)));
            shot.setPresenterMode(true);
            QTest::qWait(200);
            dock->show();
            dock->raise();
            QTest::qWait(600);
            EXPECT_TRUE(shot.grab().save(out.filePath(QStringLiteral("landscape-presenter-") + suffix)));
            shot.setPresenterMode(false);
            QTest::qWait(50);
        }
    }
    installTranslators(*qApp, QStringLiteral("en"));
}

} // namespace
} // namespace bp::ui
