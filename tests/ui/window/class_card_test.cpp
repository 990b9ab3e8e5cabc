// The projector's join card in every room of a lecture hall: it leaves every neuron and every value of
// the graph and the panels beside it visible, and its QR code is large enough to scan from the back of
// the room; and the histogram of the class's answers is read from the back row.

#include "app/class/class_server.h"
#include "app/class_session_link.h"
#include "app/language.h"
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "tests/support/graph_scene_checks.h"
#include "tests/support/projector_rooms.h"
#include "tests/support/screenshot_folder.h"
#include "ui/graph/network_painter.h"
#include "ui/graph/network_view.h"
#include "ui/style/application_look.h"
#include "ui/teach/prediction_quiz.h"
#include "ui/window/class_session.h"
#include "ui/window/class_session_widgets.h"
#include "ui/window/join_card.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFontInfo>
#include <QFontMetrics>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace bp::ui {
namespace {

// The large card while the class joins: inside the window, never over the status line, the QR code
// scannable from the back of the room (at least 160 px across), every line whole and the way to make
// it small said on it.
void expectLargeCard(const MainWindow &window, const std::string &where)
{
    const JoinCard *card = window.classSession()->joinCard();
    ASSERT_TRUE(card->isVisible()) << where;
    EXPECT_FALSE(card->isCompact()) << where;
    const QRect box = card->geometry();
    EXPECT_TRUE(window.rect().contains(box)) << where;
    const QRect status(window.statusBar()->mapTo(&window, QPoint(0, 0)), window.statusBar()->size());
    EXPECT_FALSE(box.intersects(status)) << where << ": the card at " << box.y() << ".." << box.bottom()
                                         << " covers the status bar at " << status.y();
    EXPECT_GE(card->moduleSize() * qrCodeImage(card->pageUrl() + "#" + card->code()).width(), 160) << where;
    const QStringList drawn = card->drawnLines();
    ASSERT_EQ(drawn.size(), 4) << where;
    for (const QString &line : drawn)
        EXPECT_FALSE(line.contains(QChar(0x2026))) << where << ": " << line.toStdString();
    EXPECT_EQ(QString(drawn[2]).replace(QChar(0x00A0), QLatin1Char(' ')), card->countsText()) << where;
    EXPECT_EQ(drawn[3], JoinCard::tr("Any key or a click makes this small")) << where;
    EXPECT_LT(card->drawnTextBottom(), card->height()) << where << ": the text runs out of the card";
}

// What the class reads and the lecturer reaches for, in the window's coordinates: every neuron and
// text the graph painted (values, tags, captions, the colour legend, the phase), every dock shown
// (its title, the charts and panels), the question's bar, the status line, the menus' titles and the
// tool bars' controls.
QList<std::pair<QRect, std::string>> readAndReached(const MainWindow &window)
{
    QList<std::pair<QRect, std::string>> kept;
    const NetworkView *graph = window.networkView();
    const QPoint origin = graph->mapTo(&window, QPoint(0, 0));
    for (const QRectF &value : graph->neuronAndValueRects())
        kept.append({value.toAlignedRect().translated(origin), "a neuron or its value"});
    int legends = 0;
    for (const PaintedText &text : graph->paintedTexts()) {
        legends += text.kind == PaintedText::Kind::Legend;
        kept.append(
            {text.cover.toAlignedRect().translated(origin), "the graph's " + text.text.toStdString()});
    }
    EXPECT_GT(legends, 0);
    const auto whole = [&](const QWidget *w, const std::string &what) {
        if (w && w->isVisible())
            kept.append({QRect(w->mapTo(&window, QPoint(0, 0)), w->size()), what});
    };
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        whole(dock, "the dock " + dock->windowTitle().toStdString());
    whole(window.statusBar(), "the status bar");
    whole(window.predictionQuiz()->prompt(), "the question's bar");
    const QMenuBar *menus = window.menuBar();
    for (QAction *menu : menus->actions())
        if (menu->isVisible())
            kept.append({menus->actionGeometry(menu).translated(menus->mapTo(&window, QPoint(0, 0))),
                         "the menu " + menu->text().toStdString()});
    for (const QToolBar *bar : window.findChildren<QToolBar *>())
        if (bar->isVisible())
            for (const QWidget *control : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
                whole(control, "a control of the tool bar " + bar->windowTitle().toStdString());
    return kept;
}

// The compact badge: in the window, over nothing of the above, in large type (presenting, the room's
// presenter minimum), every line whole.
void expectBadgeCoversNothing(const MainWindow &window, const bp::test::ProjectorRoom &room,
                              const std::string &where)
{
    const JoinCard *card = window.classSession()->joinCard();
    ASSERT_TRUE(card->isVisible()) << where;
    EXPECT_TRUE(card->isCompact()) << where;
    EXPECT_EQ(card->moduleSize(), 0) << where;
    const QRect box = card->geometry();
    EXPECT_TRUE(window.rect().contains(box)) << where;
    for (const auto &[rect, what] : readAndReached(window))
        EXPECT_FALSE(box.intersects(rect))
            << where << ": the badge at " << box.x() << "," << box.y() << " " << box.width() << "x"
            << box.height() << " covers " << what << " at " << rect.x() << "," << rect.y() << " "
            << rect.width() << "x" << rect.height();
    const QString lines = card->drawnLines().join(QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
    EXPECT_FALSE(lines.contains(QChar(0x2026))) << where << ": " << lines.toStdString();
    for (const QString &part : {card->pageUrl(), card->code(), JoinCard::tr("%n connected", nullptr, 0)})
        EXPECT_TRUE(lines.contains(part))
            << where << ": " << lines.toStdString() << " lacks " << part.toStdString();
    EXPECT_LT(card->drawnTextBottom(), card->height()) << where;
    const int least = room.presenting
                          ? static_cast<int>(bp::test::requiredTextPixels(room.width, room.height, true))
                          : QFontInfo(window.font()).pixelSize() + 1;
    EXPECT_GE(card->drawnTextPixels(), least) << where;
}

// The lecturer's window in the room, 8-3-8 loaded.
void openInRoom(TrainingController &training, MainWindow &window, const bp::test::ProjectorRoom &room)
{
    connectStudio(training, window);
    window.resize(room.width, room.height);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    training.loadPreset("encoder-8-3-8", 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.snapshot() != nullptr; }, 10000));
    if (room.presenting)
        window.setPresenterMode(true);
}

// The lecturer's window in the room, 8-3-8 loaded, hosting a session on 127.0.0.1.
void openHostInRoom(TrainingController &training, MainWindow &window, ClassSessionLink &link,
                    const bp::test::ProjectorRoom &room)
{
    openInRoom(training, window, room);
    if (::testing::Test::HasFatalFailure())
        return;
    ASSERT_TRUE(link.host("127.0.0.1", 0, "K7P2QX"));
}

// The quiz's first question: which δ of the output is larger?
void askTheFirstQuestion(MainWindow &window, const std::string &name)
{
    window.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr; }, 10000));
    window.nextPhase();
    window.quizAction()->setChecked(true);
    window.nextPhase();
    ASSERT_TRUE(window.predictionQuiz()->isPending()) << name;
}

// While the class joins the card is large and may cover the graph (nothing is taught yet); the first
// step, a key or a question makes it a badge that covers nothing; Show how to join brings it back. At
// 1920 × 1080 presenting the card covered the graph's colour legend, at 1024 × 768 the loss dock's
// title, the chart's y axis and the status bar.
class JoinCardInRoom : public ::testing::TestWithParam<bp::test::ProjectorRoom> {};

TEST_P(JoinCardInRoom, LargeWhileTheClassJoinsThenABadgeThatCoversNothing)
{
    const bp::test::ProjectorRoom room = GetParam();
    const std::string name = bp::test::nameOf(room);
    applyApplicationLook(); // the style and font main() gives the application
    installTranslators(*QCoreApplication::instance(), QString::fromLatin1(room.language));
    {
        TrainingController training;
        MainWindow window;
        ClassSessionLink link(window);
        openHostInRoom(training, window, link, room);
        if (HasFatalFailure())
            return;
        const JoinCard *card = window.classSession()->joinCard();
        QAction *showJoin = window.classSession()->showJoinAction();
        // The graph repaints, the card follows within its interval (200 ms).
        QTest::qWait(600);
        expectLargeCard(window, name + ", joining");
        EXPECT_TRUE(showJoin->isChecked()) << name;

        // The lecturer's first step.
        window.nextPhase();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr; }, 10000));
        QTest::qWait(600);
        expectBadgeCoversNothing(window, room, name + ", the first step");
        EXPECT_FALSE(showJoin->isChecked()) << name;

        // Asked for again with its key, Ctrl+J, as a lecturer does (the key itself leaves it large);
        // then any key makes it small.
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window)) << name;
        QTest::keyClick(window.networkView(), Qt::Key_J, Qt::ControlModifier);
        QTest::qWait(300);
        EXPECT_TRUE(showJoin->isChecked()) << name << ": Ctrl+J";
        expectLargeCard(window, name + ", shown again");
        QTest::keyClick(window.networkView(), Qt::Key_Escape);
        QTest::qWait(300);
        EXPECT_TRUE(card->isCompact()) << name << ": a key";

        // While the class answers the first question (which δ of the output is larger?).
        showJoin->trigger();
        window.nextPhase();
        window.quizAction()->setChecked(true);
        window.nextPhase();
        ASSERT_TRUE(window.predictionQuiz()->isPending()) << name;
        QTest::qWait(600);
        expectBadgeCoversNothing(window, room, name + ", the quiz");
    }
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
}

INSTANTIATE_TEST_SUITE_P(AllRooms, JoinCardInRoom, ::testing::ValuesIn(bp::test::projectorRooms()),
                         [](const ::testing::TestParamInfo<bp::test::ProjectorRoom> &info) {
                             return bp::test::testNameOf(info.param);
                         });

// The window of a class session in the room, as main() makes it (shown first, the session started or
// joined, the lesson loaded after): no taller or wider than the room, its status bar inside. Without a
// window manager (a projector's own computer) a window Qt once enlarged stays so: the Italian host at
// 1280 × 720 stayed 1280 × 729, and so did the Italian follower before its first state arrived.
void expectFitsTheRoom(const MainWindow &window, const bp::test::ProjectorRoom &room,
                       const std::string &where)
{
    EXPECT_LE(window.minimumSizeHint().width(), room.width) << where;
    EXPECT_LE(window.minimumSizeHint().height(), room.height) << where;
    EXPECT_LE(window.width(), room.width) << where;
    EXPECT_LE(window.height(), room.height) << where << ": " << window.width() << "x" << window.height();
    const QRect status(window.statusBar()->mapTo(&window, QPoint()), window.statusBar()->size());
    EXPECT_TRUE(status.isValid() && window.rect().contains(status))
        << where << ": the status bar at " << status.y() << ".." << status.bottom() << " in a window of "
        << window.height();
}

class ClassWindowInRoom : public ::testing::TestWithParam<bp::test::ProjectorRoom> {
protected:
    void SetUp() override
    {
        applyApplicationLook();
        installTranslators(*QCoreApplication::instance(), QString::fromLatin1(GetParam().language));
    }
    void TearDown() override { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }

    // Shown at the room's size, presenting when the room does, before any lesson (as main() shows it).
    void showInRoom(TrainingController &training, MainWindow &window)
    {
        const bp::test::ProjectorRoom room = GetParam();
        connectStudio(training, window);
        window.resize(room.width, room.height);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        if (room.presenting)
            window.setPresenterMode(true);
    }
};

TEST_P(ClassWindowInRoom, TheHostFitsWithItsSessionRunning)
{
    const bp::test::ProjectorRoom room = GetParam();
    const std::string name = bp::test::nameOf(room);
    TrainingController training;
    MainWindow window;
    ClassSessionLink link(window);
    showInRoom(training, window);
    if (HasFatalFailure())
        return;
    ASSERT_TRUE(link.host("127.0.0.1", 0, "K7P2QX")) << name;
    training.loadPreset("encoder-8-3-8", 1);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return window.lessonName() == QStringLiteral("encoder-8-3-8"); }, 10000));
    // The docks are sized and the card placed after the first snapshot.
    QTest::qWait(300);
    expectFitsTheRoom(window, room, name + ", hosting");
    // Open, at every size (the desk at 1024 × 768 and 1280 × 720 included: the window was 774 lines
    // in Italian at 1280 × 720; the panels give way for the question's bar now, QuizInRoom).
    askTheFirstQuestion(window, name);
    if (HasFatalFailure())
        return;
    QTest::qWait(100);
    window.classSession()->setTally(window.predictionQuiz()->choiceLabels(), {{7, 5}}, -1);
    QTest::qWait(100);
    expectFitsTheRoom(window, room, name + ", the question open");
    window.predictionQuiz()->reveal();
    window.classSession()->setTally(window.predictionQuiz()->choiceLabels(), {{7, 5}, {3, 9}}, 1);
    QTest::qWait(100);
    expectFitsTheRoom(window, room, name + ", the answers revealed");
}

TEST_P(ClassWindowInRoom, TheFollowerFitsBeforeItsFirstState)
{
    const bp::test::ProjectorRoom room = GetParam();
    const std::string name = bp::test::nameOf(room);
    TrainingController training;
    MainWindow window;
    showInRoom(training, window);
    if (HasFatalFailure())
        return;
    window.classSession()->followStarted(QStringLiteral("127.0.0.1:47399"));
    // Its own lesson loads (as main() loads it) but is not shown: the panels stay empty until the
    // lecturer's first state.
    training.loadPreset("encoder-8-3-8", 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return training.snapshot() != nullptr; }, 10000));
    window.classSession()->connectionLost();
    QTest::qWait(300);
    ASSERT_EQ(window.snapshot(), nullptr) << name;
    expectFitsTheRoom(window, room, name + ", waiting for the lecturer");
}

INSTANTIATE_TEST_SUITE_P(AllRooms, ClassWindowInRoom, ::testing::ValuesIn(bp::test::projectorRooms()),
                         [](const ::testing::TestParamInfo<bp::test::ProjectorRoom> &info) {
                             return bp::test::testNameOf(info.param);
                         });

// The class's answers in the quiz bar: after the reveal the histogram is read from the back row when
// presenting (and at the desk on a 1920 projector), whole on screen.
// The presenter minimum the projector tests ask of the graph.
int presenterMinimum(const bp::test::ProjectorRoom &room)
{
    return static_cast<int>(bp::test::requiredTextPixels(room.width, room.height, true));
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
        ClassSessionLink link(window);
        openHostInRoom(training, window, link, room);
        if (HasFatalFailure())
            return;
        // The first question, two rounds of votes, revealed.
        askTheFirstQuestion(window, name);
        if (HasFatalFailure())
            return;
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

        // Revealed, everything else in the bar too when presenting: the answer's line, "→ or Page
        // Down goes on" and "revealed 1" (those two were in the window's 11 pt).
        window.predictionQuiz()->reveal();
        window.classSession()->setTally(choices, {{7, 5}, {3, 9}}, 1);
        QTest::qWait(100);
        int texts = 0;
        for (const QLabel *label : window.predictionQuiz()->prompt()->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            ++texts;
            const int pixels = QFontInfo(label->font()).pixelSize();
            if (room.presenting)
                EXPECT_GE(pixels, presenterMinimum(room)) << name << ": " << label->text().toStdString();
            else
                EXPECT_GE(pixels, 12) << name << ": " << label->text().toStdString();
        }
        EXPECT_EQ(texts, 3) << name;
    }
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
}

INSTANTIATE_TEST_SUITE_P(AllRooms, TallyInRoom, ::testing::ValuesIn(bp::test::projectorRooms()),
                         [](const ::testing::TestParamInfo<bp::test::ProjectorRoom> &info) {
                             return bp::test::testNameOf(info.param);
                         });

// The quiz in the room (issue 14): with a question open, revealed, and revealed with the class's
// answers, the window keeps exactly the room's size (without a window manager a window Qt enlarged
// stays enlarged: at the desk at 1280 × 720 the Italian window became 1280 × 774, its status bar
// below the screen); the question's bar is whole (every line of it, at least 12 px at the desk and
// the room's presenter minimum presenting, the tally's bars and counts) and covers no neuron or value
// of the graph, which still prints every neuron's value.
void expectKeepsTheRoom(const MainWindow &window, const bp::test::ProjectorRoom &room,
                        const std::string &where)
{
    EXPECT_EQ(window.size(), QSize(room.width, room.height))
        << where << ": the window is " << window.width() << "x" << window.height();
    EXPECT_LE(window.minimumSizeHint().height(), room.height) << where;
    EXPECT_LE(window.minimumSizeHint().width(), room.width) << where;
}

void expectQuizBarWhole(MainWindow &window, const bp::test::ProjectorRoom &room, const std::string &where)
{
    const QWidget *bar = window.predictionQuiz()->prompt();
    ASSERT_TRUE(bar->isVisible()) << where;
    const QRect box(bar->mapTo(&window, QPoint(0, 0)), bar->size());
    EXPECT_TRUE(window.rect().contains(box)) << where << ": the bar at " << box.y() << ".." << box.bottom();
    const QRect status(window.statusBar()->mapTo(&window, QPoint(0, 0)), window.statusBar()->size());
    EXPECT_FALSE(box.intersects(status)) << where << ": the bar covers the status line";
    const int least = room.presenting ? presenterMinimum(room) : 12;
    int texts = 0;
    for (const QLabel *label : bar->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        ++texts;
        const std::string text = where + ": \"" + label->text().toStdString() + "\"";
        EXPECT_GE(QFontInfo(label->font()).pixelSize(), least) << text;
        // Whole: as tall as its wrapped lines need, or as wide as its one line, inside the bar.
        if (label->wordWrap()) {
            EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                << text << " is cut: " << label->width() << "x" << label->height();
        } else {
            EXPECT_GE(label->width(), label->sizeHint().width()) << text << " is cut: " << label->width();
        }
        EXPECT_TRUE(bar->rect().contains(QRect(label->mapTo(bar, QPoint(0, 0)), label->size()))) << text;
    }
    EXPECT_GE(texts, 2) << where;
    const ClassTallyView *tally = window.classSession()->tallyView();
    if (tally->isVisible()) {
        EXPECT_TRUE(box.contains(QRect(tally->mapTo(&window, QPoint(0, 0)), tally->size()))) << where;
        EXPECT_GE(tally->width(), tally->sizeHint().width()) << where << ": the tally " << tally->width();
        EXPECT_GE(tally->height(), tally->sizeHint().height()) << where << ": the tally " << tally->height();
        const int px = tally->textPixels();
        EXPECT_GE(px, least) << where;
        if (!tally->summary().isEmpty() && tally->barRoom() > 0) {
            EXPECT_GE(tally->barRoom(), 8 * px) << where << ": bars of " << tally->barRoom();
        }
        const QPushButton *again = tally->voteAgainButton();
        if (again->isVisible()) {
            EXPECT_TRUE(tally->rect().contains(again->geometry())) << where << ": Vote again is cut";
        }
    }
    // Nothing of the graph under the bar (were it laid over it), and every value still printed.
    NetworkView *graph = window.networkView();
    graph->repaint();
    const QPoint origin = graph->mapTo(&window, QPoint(0, 0));
    for (const QRectF &value : graph->neuronAndValueRects()) {
        const QRect rect = value.toAlignedRect().translated(origin);
        EXPECT_FALSE(box.intersects(rect))
            << where << ": the bar covers a neuron or its value at " << rect.x() << "," << rect.y();
    }
    bp::test::expectEveryNeuronPrintsItsValue(
        *graph, {8, 3, 8}, bp::test::requiredTextPixels(room.width, room.height, room.presenting), QChar(),
        where);
}

class QuizInRoom : public ::testing::TestWithParam<bp::test::ProjectorRoom> {
protected:
    void SetUp() override
    {
        applyApplicationLook();
        installTranslators(*QCoreApplication::instance(), QString::fromLatin1(GetParam().language));
    }
    void TearDown() override { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }

    void expectAll(MainWindow &window, const std::string &where)
    {
        QTest::qWait(200);
        expectKeepsTheRoom(window, GetParam(), where);
        expectQuizBarWhole(window, GetParam(), where);
    }
};

TEST_P(QuizInRoom, WithTheClassTheWindowKeepsTheRoomAndTheBarIsWhole)
{
    const bp::test::ProjectorRoom room = GetParam();
    const std::string name = bp::test::nameOf(room);
    TrainingController training;
    MainWindow window;
    ClassSessionLink link(window);
    openHostInRoom(training, window, link, room);
    if (HasFatalFailure())
        return;
    askTheFirstQuestion(window, name);
    if (HasFatalFailure())
        return;
    expectAll(window, name + ", the question open");
    const QStringList choices = window.predictionQuiz()->choiceLabels();
    ASSERT_EQ(choices.size(), 2) << name;
    window.classSession()->setTally(choices, {{7, 5}}, -1);
    expectAll(window, name + ", the question open, 12 answers in");
    window.classSession()->setTally(choices, {{7, 5}, {3, 9}}, -1);
    expectAll(window, name + ", the second round open");
    window.predictionQuiz()->reveal();
    expectAll(window, name + ", revealed");
    window.classSession()->setTally(choices, {{7, 5}, {3, 9}}, 1);
    expectAll(window, name + ", revealed with the class's two rounds");
    if (const std::optional<QDir> folder = bp::test::screenshotFolder())
        window.grab().save(
            folder->filePath(QStringLiteral("quiz-revealed-tally-%1.png").arg(QString::fromStdString(name))));
}

TEST_P(QuizInRoom, WithoutAClassTheWindowKeepsTheRoomAndTheBarIsWhole)
{
    const bp::test::ProjectorRoom room = GetParam();
    const std::string name = bp::test::nameOf(room);
    TrainingController training;
    MainWindow window;
    openInRoom(training, window, room);
    if (HasFatalFailure())
        return;
    QTest::qWait(200);
    expectKeepsTheRoom(window, room, name + ", before the quiz");
    askTheFirstQuestion(window, name);
    if (HasFatalFailure())
        return;
    expectAll(window, name + ", which δ is larger, open");
    window.predictionQuiz()->recordGuess(2);
    expectAll(window, name + ", which δ is larger, the class's guess");
    window.predictionQuiz()->reveal();
    expectAll(window, name + ", which δ is larger, revealed");
    // On to the update's question (will w go up or down?).
    for (int guard = 0; guard < 12 && !window.predictionQuiz()->isPending(); ++guard)
        window.nextPhase();
    ASSERT_TRUE(window.predictionQuiz()->isPending()) << name;
    expectAll(window, name + ", up or down, open");
    window.predictionQuiz()->recordGuess(1);
    window.predictionQuiz()->reveal();
    expectAll(window, name + ", up or down, revealed");
    // The quiz off: the bar goes, the window stays.
    window.quizAction()->setChecked(false);
    QTest::qWait(200);
    EXPECT_FALSE(window.predictionQuiz()->prompt()->isVisible()) << name;
    expectKeepsTheRoom(window, room, name + ", the quiz off");
}

INSTANTIATE_TEST_SUITE_P(AllRooms, QuizInRoom, ::testing::ValuesIn(bp::test::projectorRooms()),
                         [](const ::testing::TestParamInfo<bp::test::ProjectorRoom> &info) {
                             return bp::test::testNameOf(info.param);
                         });

} // namespace
} // namespace bp::ui
