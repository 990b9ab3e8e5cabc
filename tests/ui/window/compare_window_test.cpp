// Runs side by side (#17) in the window: Compare with…, the strip of runs, the overlays, the focus.
#include "app/language.h"
#include "app/training/training_controller.h"
#include "tests/support/studio_window.h"
#include "ui/charts/gradient_chart.h"
#include "ui/charts/loss_chart.h"
#include "ui/panels/compare_dialog.h"
#include "ui/panels/run_strip.h"
#include "ui/window/main_window.h"
#include "tests/support/screenshot_folder.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

TEST(CompareWindow, CompareWithStartsRunsTheStripFocusesAndStops)
{
    test::StudioWindow studio;
    TrainingController &controller = studio.controller;
    MainWindow &window = studio.window;
    ASSERT_TRUE(studio.open(QSize(1280, 720), QStringLiteral("encoder-8-3-8")));
    auto *compare = window.findChild<QAction *>(QStringLiteral("compareAction"));
    ASSERT_NE(compare, nullptr);
    // The dialog: run 2 at η = 2, run 3 with Adam.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<CompareDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->rateEdit(0)->setText(QStringLiteral("2"));
        dialog->runBox(1)->setChecked(true);
        dialog->optimizerBox(1)->setCurrentIndex(3);
        dialog->rateEdit(1)->setText(QStringLiteral("0.05"));
        EXPECT_EQ(dialog->variantTexts(), (QStringList{"lr=2", "lr=0.05,optimizer=adam"}));
        dialog->accept();
    });
    compare->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->runs.size() == 3; }, 10000));
    for (int e = 0; e < 20; ++e)
        window.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 20; }, 10000));
    QTest::qWait(50);
    RunStrip *strip = window.findChild<RunStrip *>();
    ASSERT_NE(strip, nullptr);
    EXPECT_TRUE(strip->isVisible());
    ASSERT_EQ(strip->runCount(), 3);
    EXPECT_TRUE(strip->runButton(0)->isChecked());
    EXPECT_TRUE(strip->runButton(1)->accessibleName().startsWith(QStringLiteral("η = 2, SGD · E ")))
        << strip->runButton(1)->accessibleName().toStdString();
    EXPECT_TRUE(strip->runButton(2)->accessibleName().contains(QStringLiteral("codes")));
    // Three runs' texts never make the strip (and the loss dock, and the window) wider than a small
    // projector: the strip gives way by leaving out the codes and the losses, then by taking more
    // rows; a run's label is never cut, the whole text still named.
    const int wholeWidth = strip->sizeHint().width();
    EXPECT_LT(strip->minimumSizeHint().width(), wholeWidth / 2);
    RunStrip narrow;
    narrow.showRuns(*controller.snapshot());
    narrow.show();
    for (const int width : {wholeWidth, wholeWidth * 3 / 4, strip->minimumSizeHint().width()}) {
        narrow.resize(width, narrow.heightForWidth(width));
        QTest::qWait(20);
        for (int run = 0; run < 3; ++run) {
            const QString text = narrow.runButton(run)->text();
            EXPECT_FALSE(text.contains(QStringLiteral("…"))) << width << ": " << text.toStdString();
            EXPECT_TRUE(narrow.runButton(run)->accessibleName().startsWith(text)) << text.toStdString();
            EXPECT_TRUE(narrow.rect().contains(narrow.runButton(run)->geometry())) << width << ": " << run;
        }
    }
    EXPECT_TRUE(narrow.runButton(1)->text().startsWith(QStringLiteral("η = 2, SGD")));
    EXPECT_EQ(narrow.runButton(1)->accessibleName(), strip->runButton(1)->accessibleName());
    // As narrow as its widest label, one run a row.
    EXPECT_GE(narrow.heightForWidth(strip->minimumSizeHint().width()), 3 * narrow.runButton(1)->height());
    EXPECT_EQ(narrow.heightForWidth(wholeWidth), narrow.runButton(1)->height());
    const LossChart &loss = *window.lossChart();
    ASSERT_EQ(loss.otherRuns().size(), 2);
    EXPECT_EQ(loss.otherRuns()[1].label, QStringLiteral("η = 0.05, Adam"));
    EXPECT_EQ(loss.trackBuffer(loss.runLossTrack(2)).appendedCount(), 20);

    QTest::mouseClick(strip->runButton(2), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->focusRun == 2; }, 10000));
    QTest::qWait(50);
    EXPECT_TRUE(strip->runButton(2)->isChecked());
    EXPECT_FALSE(strip->runButton(0)->isChecked());
    EXPECT_EQ(loss.trackBuffer(LossChart::kLossTrack).appendedCount(), 20);
    EXPECT_EQ(loss.trackBuffer(loss.runLossTrack(0)).appendedCount(), 20);
    EXPECT_EQ(loss.otherRuns()[0].label, QStringLiteral("η = 10, SGD"));

    QTest::mouseClick(strip->stopButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->runs.empty(); }, 10000));
    QTest::qWait(50);
    EXPECT_FALSE(strip->isVisible());
    EXPECT_TRUE(loss.otherRuns().isEmpty());
    EXPECT_EQ(controller.snapshot()->settings.optimizer.kind, Optimizer::Adam);
}

// With BP_SCREENSHOT_DIR set: the window comparing three runs of 8-3-8 at 1280×720 and 1920×1080, at
// the desk and presenting, in English and Italian (skipped otherwise).
TEST(CompareWindow, Screenshots)
{
    const std::optional<QDir> folder = bp::test::screenshotFolder();
    if (!folder)
        GTEST_SKIP() << "BP_SCREENSHOT_DIR is not set";
    for (const char *language : {"en", "it"}) {
        installTranslators(*QCoreApplication::instance(), QString::fromLatin1(language));
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
            for (const bool presenting : {false, true}) {
                test::StudioWindow studio;
                TrainingController &controller = studio.controller;
                MainWindow &window = studio.window;
                ASSERT_TRUE(studio.open(size, QStringLiteral("encoder-8-3-8")));
                controller.compareWith({"lr=2", "optimizer=adam,lr=0.05"});
                ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->runs.size() == 3; }, 10000));
                for (int e = 0; e < 300; ++e)
                    controller.stepEpoch();
                ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 300; }, 60000));
                if (presenting)
                    window.setPresenterMode(true);
                QTest::qWait(400);
                const QString name = QStringLiteral("compare-%1x%2-%3-%4.png")
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(presenting ? "presenting" : "desk", language);
                EXPECT_TRUE(window.grab().toImage().save(folder->filePath(name)));
                // The charts' presentation scale is global: leave presenter mode before the next window.
                window.setPresenterMode(false);
            }
        }
    }
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
}

} // namespace
} // namespace bp::ui
