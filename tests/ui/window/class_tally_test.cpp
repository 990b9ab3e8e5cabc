// The class's answers in the quiz bar, in every room of a lecture hall: after the reveal the histogram
// is read from the back row when presenting (and at the desk on a 1920 projector), whole on screen.

#include "app/class_session_link.h"
#include "app/language.h"
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "tests/support/projector_rooms.h"
#include "ui/style/application_look.h"
#include "ui/teach/prediction_quiz.h"
#include "ui/window/class_session.h"
#include "ui/window/class_session_widgets.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace bp::ui {
namespace {

// The presenter minimum the projector tests ask of the graph: 24 px on a 1920×1080 window, in
// proportion to the square root of a smaller one's area, never below 12 px.
int presenterMinimum(const bp::test::ProjectorRoom &room)
{
    return static_cast<int>(std::floor(std::max(12.0, 24.0 * std::sqrt(room.width * room.height / (1920.0 * 1080.0)))));
}

class TallyInRoom : public ::testing::TestWithParam<bp::test::ProjectorRoom> {};

TEST_P(TallyInRoom, TheHistogramIsReadableFromTheBackRowAndWhole)
{
    const bp::test::ProjectorRoom room = GetParam();
    const std::string name = bp::test::nameOf(room);
    applyApplicationLook();
    installTranslators(*QCoreApplication::instance(), QString::fromLatin1(room.language));
    {
        TrainingController training;
        MainWindow window;
        connectStudio(training, window);
        ClassSessionLink link(window);
        window.resize(room.width, room.height);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        training.loadPreset("encoder-8-3-8", 1);
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.snapshot() != nullptr; }, 10000));
        if (room.presenting)
            window.setPresenterMode(true);
        ASSERT_TRUE(link.host("127.0.0.1", 0, "K7P2QX"));
        // The first question (which δ of the output is larger?), two rounds of votes, revealed.
        window.nextPhase();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr; }, 10000));
        window.nextPhase();
        window.quizAction()->setChecked(true);
        window.nextPhase();
        ASSERT_TRUE(window.predictionQuiz()->isPending()) << name;
        const QStringList choices = window.predictionQuiz()->choiceLabels();
        ASSERT_EQ(choices.size(), 2) << name;
        window.classSession()->setTally(choices, {{7, 5}, {3, 9}}, 1);
        ClassTallyView *tally = window.classSession()->tallyView();
        QTest::qWait(200);
        ASSERT_TRUE(tally->isVisible()) << name;

        const bool large = room.presenting || room.width >= 1920;
        const int px = tally->textPixels();
        if (large) {
            EXPECT_GE(px, presenterMinimum(room)) << name;
            // The longest bar at least a dozen characters of the type wide (it was about 140 px).
            EXPECT_GE(tally->barRoom(), 12 * px) << name << ": " << tally->barRoom();
        } else {
            EXPECT_GE(px, 12) << name;
            EXPECT_GE(tally->barRoom(), 8 * px) << name << ": " << tally->barRoom();
        }
        // Whole: in the window, every row of bars (2 choices × 2 rounds) of a line of the type each.
        const QRect box(tally->mapTo(&window, QPoint(0, 0)), tally->size());
        EXPECT_TRUE(window.rect().contains(box)) << name;
        QFont font = tally->font();
        font.setPixelSize(px);
        EXPECT_GE(tally->height(), 4 * QFontMetrics(font).height()) << name << ": " << tally->height();
        EXPECT_GE(tally->width(), tally->sizeHint().width()) << name;
    }
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
}

INSTANTIATE_TEST_SUITE_P(AllRooms, TallyInRoom, ::testing::ValuesIn(bp::test::projectorRooms()),
                         [](const ::testing::TestParamInfo<bp::test::ProjectorRoom> &info) {
                             return bp::test::testNameOf(info.param);
                         });

} // namespace
} // namespace bp::ui
