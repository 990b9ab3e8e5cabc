// The projector's join card in every room of a lecture hall: it leaves every neuron and every value of
// the graph visible, and its QR code is large enough to scan from the back of the room.

#include "app/class/class_server.h"
#include "app/class_session_link.h"
#include "app/language.h"
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "tests/support/projector_rooms.h"
#include "ui/graph/network_view.h"
#include "ui/style/application_look.h"
#include "ui/teach/prediction_quiz.h"
#include "ui/window/class_session.h"
#include "ui/window/class_session_widgets.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QCoreApplication>
#include <QTest>

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

// The card against what the class reads on the graph: inside the window, over no neuron circle and
// no value tag (the targets t and the δ the quiz compares among them).
void expectCoversNothing(const MainWindow &window, const std::string &where)
{
    const JoinCard *card = window.classSession()->joinCard();
    ASSERT_TRUE(card->isVisible()) << where;
    const QRect box = card->geometry();
    EXPECT_TRUE(window.rect().contains(box)) << where;
    const QPoint graph = window.networkView()->mapTo(&window, QPoint(0, 0));
    const QList<QRectF> values = window.networkView()->neuronAndValueRects();
    ASSERT_FALSE(values.isEmpty()) << where;
    for (const QRectF &value : values) {
        const QRect v = value.toAlignedRect().translated(graph);
        EXPECT_FALSE(box.intersects(v)) << where << ": the card at " << box.x() << "," << box.y() << " "
                                        << box.width() << "x" << box.height() << " covers " << v.x() << ","
                                        << v.y() << " " << v.width() << "x" << v.height();
    }
}

// At 1920 × 1080 the card used to sit in the graph's middle, over the whole hidden layer and the first
// output column while the quiz ran; at 1024 × 768 its QR code was about 120 px across.
class JoinCardInRoom : public ::testing::TestWithParam<bp::test::ProjectorRoom> {};

TEST_P(JoinCardInRoom, CoversNoNeuronAndNoValueWithTheQrCodeLarge)
{
    const bp::test::ProjectorRoom room = GetParam();
    const std::string name = bp::test::nameOf(room);
    applyApplicationLook(); // the style and font main() gives the application
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
        const JoinCard *card = window.classSession()->joinCard();
        // The graph repaints, the card follows within its interval (200 ms).
        QTest::qWait(600);
        expectCoversNothing(window, name + ", joining");
        // Scannable from the back of the room: at least 160 px across.
        EXPECT_GE(card->moduleSize() * qrCodeImage(card->pageUrl() + "#" + card->code()).width(), 160) << name;

        // While the class answers the first question (which δ of the output is larger?).
        window.nextPhase();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr; }, 10000));
        window.nextPhase();
        window.quizAction()->setChecked(true);
        window.nextPhase();
        ASSERT_TRUE(window.predictionQuiz()->isPending()) << name;
        QTest::qWait(600);
        expectCoversNothing(window, name + ", the quiz");
        EXPECT_GT(card->moduleSize(), 0) << name;
    }
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
}

INSTANTIATE_TEST_SUITE_P(AllRooms, JoinCardInRoom, ::testing::ValuesIn(bp::test::projectorRooms()),
                         [](const ::testing::TestParamInfo<bp::test::ProjectorRoom> &info) {
                             return bp::test::testNameOf(info.param);
                         });

} // namespace
} // namespace bp::ui
