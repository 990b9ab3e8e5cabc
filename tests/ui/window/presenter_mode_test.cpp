// Presenter mode of the whole window, wired to a real controller and worker thread, offscreen.
#include "app/training/training_controller.h"
#include "tests/support/studio_window.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/loss_chart.h"
#include "ui/graph/network_view.h"
#include "ui/panels/equation_panel.h"
#include "ui/panels/timeline_strip.h"
#include "ui/window/main_window.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QMap>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QImage>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>

#include <gtest/gtest.h>

#include <cmath>

namespace bp::ui {
namespace {

class Presenter : public test::StudioWindowTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(StudioWindowTest::SetUp());
        ASSERT_NO_FATAL_FAILURE(load("encoder-8-3-8"));
        QTest::qWait(50);
    }

    // Which docks and tool-bar items are shown, by name.
    QMap<QString, bool> visibility() const
    {
        QMap<QString, bool> shown;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            shown[dock->objectName()] = dock->isVisible();
        for (QToolBar *bar : window.findChildren<QToolBar *>()) {
            const QList<QAction *> actions = bar->actions();
            for (int i = 0; i < actions.size(); ++i)
                shown[QStringLiteral("%1/%2 %3").arg(bar->objectName()).arg(i).arg(actions[i]->text())] =
                    actions[i]->isVisible();
        }
        return shown;
    }

    QStringList visibleDocks() const
    {
        QStringList names;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            if (dock->isVisible())
                names << dock->objectName();
        names.sort();
        return names;
    }
};

TEST_F(Presenter, SwitchingOnEnlargesTypeAndLinesAndSwitchingOffRestoresTheExactLayout)
{
    const QByteArray layout = window.saveState();
    const QMap<QString, bool> shown = visibility();
    auto *equationText = window.equationPanel()->findChild<QTextBrowser *>();
    ASSERT_NE(equationText, nullptr);
    const int equationPoints = equationText->font().pointSize();
    QLabel *statusLabel = nullptr;
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->accessibleName() == "Training status")
            statusLabel = label;
    ASSERT_NE(statusLabel, nullptr);
    const double statusPoints = statusLabel->font().pointSizeF();
    auto *loss = window.findChild<LossChart *>();
    ASSERT_NE(loss, nullptr);
    const double lossWidth = loss->trackLineWidth(LossChart::kLossTrack);
    const double chartPoints = chart_style::font().pointSizeF();

    window.presenterAction()->trigger();
    QTest::qWait(50);
    ASSERT_TRUE(window.isPresenterMode());
    EXPECT_TRUE(window.presenterAction()->isChecked());
    // Large type and thick lines everywhere the class reads.
    EXPECT_DOUBLE_EQ(window.networkView()->textScale(), 1.6);
    EXPECT_DOUBLE_EQ(window.networkView()->lineScale(), 2.0);
    EXPECT_GE(equationText->font().pointSize(), equationPoints * 3 / 2);
    EXPECT_NEAR(statusLabel->font().pointSizeF(), statusPoints * 1.6, 0.6);
    EXPECT_NEAR(loss->trackLineWidth(LossChart::kLossTrack), lossWidth * 2.0, 1e-9);
    // Presenting, the chart's type is set in whole pixels, rounded up from 1.6 times the desk's size.
    const double chartPixels = chartPoints * 1.6 * QGuiApplication::primaryScreen()->logicalDotsPerInchY() / 72.0;
    EXPECT_EQ(chart_style::font().pixelSize(), static_cast<int>(std::ceil(chartPixels - 0.01)));
    // Only the equations and the loss chart; of the tool bars, the stepping controls and the lesson.
    EXPECT_EQ(visibleDocks(), (QStringList{"equationDock", "lossDock"}));
    EXPECT_FALSE(window.timelineStrip()->isVisible());
    QStringList buttons;
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        for (QAction *action : bar->actions())
            if (action->isVisible())
                buttons << (action->text().isEmpty() ? bar->widgetForAction(action)->accessibleName()
                                                     : action->text());
    EXPECT_EQ(buttons, (QStringList{"Play", "◀ Phase", "Phase ▶", "Sample", "Epoch", "Reset", "Spotlight",
                                    "Presenter mode", "Lesson"}));

    window.presenterAction()->trigger();
    QTest::qWait(50);
    EXPECT_FALSE(window.isPresenterMode());
    EXPECT_EQ(window.saveState(), layout);
    EXPECT_EQ(visibility(), shown);
    EXPECT_TRUE(window.timelineStrip()->isVisible());
    EXPECT_DOUBLE_EQ(window.networkView()->textScale(), 1.0);
    EXPECT_DOUBLE_EQ(window.networkView()->lineScale(), 1.0);
    EXPECT_EQ(equationText->font().pointSize(), equationPoints);
    EXPECT_DOUBLE_EQ(statusLabel->font().pointSizeF(), statusPoints);
    EXPECT_DOUBLE_EQ(loss->trackLineWidth(LossChart::kLossTrack), lossWidth);
    EXPECT_DOUBLE_EQ(chart_style::font().pointSizeF(), chartPoints);
}

TEST_F(Presenter, SurvivesAResizeAndStillComesBack)
{
    const QMap<QString, bool> shown = visibility();
    window.setPresenterMode(true);
    QTest::qWait(50);
    window.resize(1280, 720);
    QTest::qWait(100);
    EXPECT_TRUE(window.isPresenterMode());
    EXPECT_EQ(visibleDocks(), (QStringList{"equationDock", "lossDock"}));
    // The equations' type follows the smaller screen.
    auto *equationText = window.equationPanel()->findChild<QTextBrowser *>();
    ASSERT_NE(equationText, nullptr);
    EXPECT_EQ(equationText->font().pointSize(), 17);
    // The graph keeps the most room, and its neurons are on screen.
    EXPECT_GT(window.networkView()->width(), window.width() / 2);
    const QRectF graph(QPointF(0, 0), QSizeF(window.networkView()->size()));
    for (int j = 0; j < 8; ++j)
        EXPECT_TRUE(graph.contains(window.networkView()->neuronRect(2, j))) << "output " << j;
    window.resize(1920, 1080);
    QTest::qWait(50);
    window.setPresenterMode(false);
    QTest::qWait(50);
    EXPECT_EQ(visibility(), shown);
}

TEST_F(Presenter, PageDownAdvancesThePhaseWhateverHasTheFocus)
{
    window.setPresenterMode(true);
    window.activateWindow();
    QTest::qWait(50);
    // The first Page Down asks for a step's trace and shows its first phase.
    QTest::keyClick(window.networkView(), Qt::Key_PageDown);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return window.trace() != nullptr && window.phaseIndex() == 0; }, 10000));

    auto *equationText = window.equationPanel()->findChild<QTextBrowser *>();
    QComboBox *lesson = nullptr;
    for (QComboBox *combo : window.findChildren<QComboBox *>())
        if (combo->accessibleName() == "Lesson")
            lesson = combo;
    auto *loss = window.findChild<LossChart *>();
    ASSERT_NE(equationText, nullptr);
    ASSERT_NE(lesson, nullptr);
    ASSERT_NE(loss, nullptr);
    auto *chartView = loss->findChild<QAbstractScrollArea *>();
    ASSERT_NE(chartView, nullptr);
    // Widgets that would otherwise scroll, or change the lesson, with Page Down.
    const QList<QWidget *> targets = {equationText, lesson, chartView, window.networkView()};
    int expected = 0;
    for (QWidget *target : targets) {
        target->setFocus();
        QTest::qWait(10);
        ASSERT_EQ(QApplication::focusWidget(), target) << target->metaObject()->className();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        ++expected;
        EXPECT_EQ(window.phaseIndex(), expected) << "focus on " << target->metaObject()->className();
    }
    EXPECT_EQ(lesson->currentData().toString(), "encoder-8-3-8");
    // Snapshots and phases kept coming: presenter mode kept its docks all the while.
    EXPECT_EQ(visibleDocks(), (QStringList{"equationDock", "lossDock"}));
    equationText->setFocus();
    QTest::keyClick(equationText, Qt::Key_PageUp);
    EXPECT_EQ(window.phaseIndex(), expected - 1);
}

TEST_F(Presenter, BlackScreenKeyBlanksUntilTheNextKey)
{
    window.setPresenterMode(true);
    QTest::qWait(50);
    window.networkView()->setFocus();
    QTest::keyClick(window.networkView(), Qt::Key_B);
    ASSERT_TRUE(window.isBlackedOut());
    // Nothing is stepped or trained behind the black screen: the key only brings the picture back.
    const int phase = window.phaseIndex();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
    EXPECT_FALSE(window.isBlackedOut());
    EXPECT_EQ(window.phaseIndex(), phase);
    QTest::keyClick(window.networkView(), Qt::Key_Period);
    EXPECT_TRUE(window.isBlackedOut());
    window.setPresenterMode(false);
    EXPECT_FALSE(window.isBlackedOut());
    // Outside presenter mode B is no black-screen key.
    window.networkView()->setFocus();
    QTest::keyClick(window.networkView(), Qt::Key_B);
    EXPECT_FALSE(window.isBlackedOut());
}

TEST_F(Presenter, BlackScreenIsBlackAndTheArrowKeysStillStepAfterIt)
{
    ASSERT_NO_FATAL_FAILURE(showPhase(0));
    // Clicked, as a lecturer does before stepping: → is then the phase key.
    QTest::mouseClick(window.networkView(), Qt::LeftButton, {}, QPoint(5, 5));
    QTest::keyClick(window.networkView(), Qt::Key_F5);
    ASSERT_TRUE(window.isPresenterMode());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B);
    ASSERT_TRUE(window.isBlackedOut());
    const QImage black = window.grab().toImage();
    EXPECT_EQ(black.pixelColor(black.width() / 2, black.height() / 2), QColor(Qt::black));
    EXPECT_EQ(black.pixelColor(10, black.height() - 10), QColor(Qt::black));
    QWidget *focused = QApplication::focusWidget();
    QTest::keyClick(focused, Qt::Key_A);
    ASSERT_FALSE(window.isBlackedOut());
    EXPECT_EQ(QApplication::focusWidget(), window.networkView()) << "the wake-up key moved the focus";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    ASSERT_FALSE(window.isPresenterMode());
    const int phase = window.phaseIndex();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    EXPECT_EQ(window.phaseIndex(), phase + 1) << "→ no longer steps the phases";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
    EXPECT_EQ(window.phaseIndex(), phase + 2);
}

TEST_F(Presenter, SpotlightAndLayerZoomFromTheWindowsKeys)
{
    window.networkView()->setFocus();
    QTest::keyClick(window.networkView(), Qt::Key_L);
    EXPECT_TRUE(window.spotlightAction()->isChecked());
    EXPECT_TRUE(window.networkView()->isSpotlight());
    // The 8-3-8 net has layers 1 and 2: keys 1, 2 zoom, 3…9 are off.
    EXPECT_TRUE(window.zoomToLayerAction(2)->isEnabled());
    EXPECT_FALSE(window.zoomToLayerAction(3)->isEnabled());
    QTest::keyClick(window.networkView(), Qt::Key_1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.networkView()->isZoomAnimating(); }, 5000));
    EXPECT_GT(window.networkView()->zoom(), 1.0);
    const QRectF graph(QPointF(0, 0), QSizeF(window.networkView()->size()));
    for (int j = 0; j < 3; ++j)
        EXPECT_TRUE(graph.contains(window.networkView()->neuronRect(1, j))) << "hidden " << j;
    QTest::keyClick(window.networkView(), Qt::Key_0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.networkView()->isZoomAnimating(); }, 5000));
    EXPECT_DOUBLE_EQ(window.networkView()->zoom(), 1.0);
    QTest::keyClick(window.networkView(), Qt::Key_L);
    EXPECT_FALSE(window.networkView()->isSpotlight());
}

TEST(PresenterSettings, PresenterModeIsRememberedAndTheUsualLayoutStillComesBack)
{
    // Settings of this test only, never the user's.
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.path());
    QStringList deskDocks;
    {
        MainWindow window;
        window.restoreSettings();
        window.resize(1920, 1080);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            if (dock->isVisible())
                deskDocks << dock->objectName();
        window.setPresenterMode(true);
        EXPECT_TRUE(QSettings().value("presenterMode").toBool());
        window.close();
    }
    EXPECT_TRUE(QSettings().value("presenterMode").toBool());
    MainWindow window;
    window.restoreSettings();
    window.resize(1920, 1080);
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.isPresenterMode(); }, 5000));
    EXPECT_TRUE(window.presenterAction()->isChecked());
    window.presenterAction()->trigger();
    QTest::qWait(50);
    QStringList docks;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        if (dock->isVisible())
            docks << dock->objectName();
    // The layout saved on closing was the one presenter mode replaced, not presenter mode's own.
    docks.sort();
    deskDocks.sort();
    EXPECT_EQ(docks, deskDocks);
    EXPECT_GT(docks.size(), 2);
    EXPECT_FALSE(QSettings().value("presenterMode").toBool());
    window.close();
}

} // namespace
} // namespace bp::ui
