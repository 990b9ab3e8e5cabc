// The histograms over time in the window: hidden at first, opened by the View menu or a lesson,
// fed while open and not computed while closed, hover values, and pictures at the projector sizes.
#include "app/language.h"
#include "app/training/training_controller.h"
#include "tests/support/studio_window.h"
#include "ui/histograms/histogram_panel.h"
#include "ui/histograms/histogram_view.h"
#include "ui/window/main_window.h"
#include "ui/window/window_panels.h"
#include "tests/support/screenshot_folder.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdlib>

namespace bp::ui {
namespace {

class HistogramWindow : public test::StudioWindowTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(StudioWindowTest::SetUp());
        dock = window.findChild<QDockWidget *>(QStringLiteral("histogramsDock"));
        ASSERT_NE(dock, nullptr);
        panel = window.findChild<HistogramPanel *>();
        panels = window.findChild<WindowPanels *>();
        ASSERT_NE(panel, nullptr);
        ASSERT_NE(panels, nullptr);
    }

    void trainEpochs(int epochs)
    {
        const std::int64_t target = controller.snapshot()->epoch + epochs;
        for (int i = 0; i < epochs; ++i)
            controller.stepEpoch();
        ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch >= target; }, 20000));
        QTest::qWait(50);
    }

    QDockWidget *dock = nullptr;
    HistogramPanel *panel = nullptr;
    WindowPanels *panels = nullptr;
};

TEST_F(HistogramWindow, HiddenAtFirstAndListedInTheViewMenu)
{
    load(QStringLiteral("encoder-8-3-8"));
    EXPECT_FALSE(dock->isVisible());
    EXPECT_FALSE(dock->toggleViewAction()->isChecked());
    bool listed = false;
    for (QAction *action : window.findChildren<QAction *>())
        listed = listed || action == dock->toggleViewAction();
    EXPECT_TRUE(listed);
    trainEpochs(3);
    EXPECT_TRUE(panel->history().isEmpty()) << "closed, nothing is taken";
}

TEST_F(HistogramWindow, ALessonOpensItWithItsQuantityAndRowsFollowTheEpochs)
{
    load(QStringLiteral("vanishing-gradient"));
    panels->showHistograms(HistogramQuantity::Activations, HistogramScale::Linear);
    EXPECT_TRUE(dock->isVisible());
    EXPECT_EQ(panel->quantity(), HistogramQuantity::Activations);
    EXPECT_EQ(panel->scale(), HistogramScale::Linear);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->history().isEmpty(); }, 10000));
    EXPECT_EQ(panel->history().rows().front()->epoch, 0);
    trainEpochs(4);
    ASSERT_EQ(panel->history().rows().size(), 5u);
    EXPECT_EQ(panel->history().rows().back()->epoch, 4);

    // Hover: every cell tells its layer, epoch and count.
    panel->setQuantity(HistogramQuantity::Deltas);
    panel->setScale(HistogramScale::LogMagnitude);
    HistogramView *view = panel->view();
    const HistogramStrips &strips = view->strips();
    ASSERT_EQ(strips.strips().size(), 6u);
    const std::vector<HistogramStrips::Cell> cells = strips.cells(0);
    ASSERT_FALSE(cells.empty());
    const QString text = view->describeAt(cells.back().rect.center());
    EXPECT_TRUE(text.contains(QStringLiteral("Layer 1 · epoch 4"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("|δ| from"))) << text.toStdString();
    // On the one axis of every layer, the first layer's δ lie far below the last layer's.
    const auto height = [&](int strip) {
        const HistogramStrips::Strip &s = strips.strips()[static_cast<std::size_t>(strip)];
        double sum = 0.0;
        double weight = 0.0;
        for (const HistogramStrips::Cell &cell : strips.cells(strip)) {
            sum += cell.level * (s.values.bottom() - cell.rect.center().y()) / s.values.height();
            weight += cell.level;
        }
        return sum / weight;
    };
    EXPECT_LT(height(0) + 0.25, height(5)) << "δ¹ at " << height(0) << " of the axis, δ⁶ at " << height(5);

    // A new run starts the history again.
    load(QStringLiteral("encoder-8-3-8"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->history().rows().size() == 1; }, 10000));
    EXPECT_EQ(panel->history().rows().front()->layers.size(), 2u);

    // Closed: the worker stops taking them.
    dock->close();
    QTest::qWait(50);
    trainEpochs(3);
    EXPECT_EQ(panel->history().rows().size(), 1u);
    EXPECT_TRUE(controller.snapshot()->newHistograms.empty());
}

// A saved run opens with the strip it had (#17), even with the dock closed meanwhile.
TEST_F(HistogramWindow, ASavedRunReopensWithTheSameStrip)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("strip.bpx.json");
    load(QStringLiteral("vanishing-gradient"));
    panels->showHistograms(HistogramQuantity::Deltas, HistogramScale::LogMagnitude);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->history().isEmpty(); }, 10000));
    trainEpochs(6);
    ASSERT_EQ(panel->history().rows().size(), 7u);
    const std::vector<HistogramRowPointer> before = panel->history().rows();
    const std::size_t cells = panel->view()->strips().cells(0).size();
    QSignalSpy saved(&controller, &TrainingController::experimentSaved);
    controller.saveExperiment(path);
    ASSERT_TRUE(saved.wait(10000));

    dock->close();
    load(QStringLiteral("encoder-8-3-8"));
    EXPECT_TRUE(panel->history().isEmpty());
    controller.openExperiment(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.lessonName() == QStringLiteral("vanishing-gradient"); }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->history().rows().size() == before.size(); }, 10000));
    for (std::size_t r = 0; r < before.size(); ++r) {
        const HistogramRow &got = *panel->history().rows()[r];
        EXPECT_EQ(got.epoch, before[r]->epoch);
        for (std::size_t l = 0; l < got.layers.size(); ++l)
            EXPECT_EQ(got.layers[l].histogram(HistogramQuantity::Deltas, HistogramScale::LogMagnitude).counts,
                      before[r]->layers[l].histogram(HistogramQuantity::Deltas, HistogramScale::LogMagnitude).counts)
                << "row " << r << ", layer " << l + 1;
    }
    panels->showHistograms(HistogramQuantity::Deltas, HistogramScale::LogMagnitude);
    QTest::qWait(50);
    EXPECT_EQ(panel->view()->strips().cells(0).size(), cells);
}

// Six layers of strips never make the window larger than a small projector, at the desk or presenting.
TEST_F(HistogramWindow, FitsSmallProjectorsAtTheDeskAndPresenting)
{
    load(QStringLiteral("vanishing-gradient"));
    for (const QSize size : {QSize(1024, 768), QSize(1280, 720)}) {
        for (const bool presenting : {false, true}) {
            window.resize(size);
            if (presenting)
                window.setPresenterMode(true);
            panels->showHistograms(HistogramQuantity::Deltas, HistogramScale::LogMagnitude);
            QTest::qWait(100);
            EXPECT_LE(window.width(), size.width()) << size.width() << (presenting ? " presenting" : "");
            EXPECT_LE(window.height(), size.height()) << size.width() << (presenting ? " presenting" : "");
            EXPECT_GE(panel->view()->strips().strips().front().rect.height(), 12.0);
            window.setPresenterMode(false);
        }
    }
}

// Pictures of the window with the histograms on show, when BP_SCREENSHOT_DIR names a folder: the
// vanishing-gradient lesson after some epochs with logistic hidden layers and after a switch to
// relu, at the three projector sizes, at the desk and presenting, in English and Italian.
TEST(HistogramPictures, WritesPngsWhenAskedTo)
{
    const std::optional<QDir> folder = bp::test::screenshotFolder();
    if (!folder)
        GTEST_SKIP() << "set BP_SCREENSHOT_DIR to take pictures of the histograms in the window";
    const QDir &out = *folder;
    for (const char *language : {"en", "it"}) {
        installTranslators(*qApp, QString::fromLatin1(language));
        for (const QSize size : {QSize(1024, 768), QSize(1280, 720), QSize(1920, 1080)}) {
            for (const bool relu : {false, true}) {
                if (relu && size != QSize(1920, 1080) && QString::fromLatin1(language) == QLatin1String("it"))
                    continue;
                test::StudioWindow studio;
                TrainingController &shotController = studio.controller;
                MainWindow &shot = studio.window;
                ASSERT_TRUE(studio.open(size, QStringLiteral("vanishing-gradient")));
                if (relu) {
                    for (int layer = 1; layer <= 5; ++layer)
                        shotController.setActivation(layer, Activation::Relu);
                }
                shot.findChild<WindowPanels *>()->showHistograms(HistogramQuantity::Deltas,
                                                                 HistogramScale::LogMagnitude);
                for (int i = 0; i < 60; ++i)
                    shotController.stepEpoch();
                ASSERT_TRUE(QTest::qWaitFor([&] { return shotController.snapshot()->epoch >= 60; }, 60000));
                QTest::qWait(400);
                const QString stem = QStringLiteral("histograms-%1-%2-%3x%4")
                                         .arg(relu ? QStringLiteral("relu") : QStringLiteral("logistic"))
                                         .arg(QString::fromLatin1(language))
                                         .arg(size.width())
                                         .arg(size.height());
                EXPECT_TRUE(shot.grab().save(out.filePath(stem + QStringLiteral(".png"))));
                shot.presenterAction()->trigger();
                QTest::qWait(200);
                // As the View menu opens it.
                shot.findChild<QDockWidget *>(QStringLiteral("histogramsDock"))
                    ->toggleViewAction()
                    ->trigger();
                QTest::qWait(400);
                EXPECT_TRUE(shot.grab().save(out.filePath(stem + QStringLiteral("-presenter.png"))));
                shot.presenterAction()->trigger();
                QTest::qWait(50);
            }
        }
    }
    installTranslators(*qApp, QStringLiteral("en"));
}

} // namespace
} // namespace bp::ui
