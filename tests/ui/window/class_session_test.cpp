// A lecturer's window and a student's window in one process (ClassRoom, tests/ui/window/class_room.h),
// and both over the loopback through the class server.
#include "app/class/class_client.h"
#include "app/class/class_server.h"
#include "app/class_session_link.h"
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "core/session/shown_state.h"
#include "tests/app/class_test_student.h"
#include "tests/support/matrix_near.h"
#include "tests/ui/window/class_loopback.h"
#include "tests/ui/window/class_room.h"
#include "ui/charts/gradient_chart.h"
#include "ui/charts/loss_chart.h"
#include "ui/graph/network_view.h"
#include "ui/panels/equation_panel.h"
#include "ui/representation/representation_table.h"
#include "ui/teach/prediction_quiz.h"
#include "ui/window/class_session.h"
#include "ui/window/class_session_widgets.h"
#include "ui/window/join_card.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

using test::matrixIdentical;

// Every line of both charts draws the same points in both windows.
::testing::AssertionResult sameCurves(const MainWindow &host, const MainWindow &student)
{
    const std::vector<std::pair<const EpochChart *, const EpochChart *>> charts = {
        {host.lossChart(), student.lossChart()},
        {host.findChild<GradientChart *>(), student.findChild<GradientChart *>()}};
    for (const auto &[a, b] : charts) {
        if (!a || !b || a->trackCount() != b->trackCount())
            return ::testing::AssertionFailure() << "charts of other lines";
        for (int track = 0; track < a->trackCount(); ++track) {
            const QList<QPointF> p = a->trackBuffer(track).points();
            const QList<QPointF> q = b->trackBuffer(track).points();
            if (p != q)
                return ::testing::AssertionFailure()
                       << a->trackName(track).toStdString() << ": " << p.size() << " points vs " << q.size()
                       << (p.isEmpty() || q.isEmpty() ? ""
                                                      : ", last epoch " + std::to_string(p.back().x()) +
                                                            " vs " + std::to_string(q.back().x()));
        }
    }
    return ::testing::AssertionSuccess();
}

TEST_F(ClassRoom, EveryPhaseOfAWholeSampleShowsTheHostsNumbers)
{
    EXPECT_TRUE(waitUntilSame()) << showsTheSame();
    host.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.trace() != nullptr; }, 10000));
    const int phases = static_cast<int>(host.trace()->phases.size());
    ASSERT_EQ(phases, 7);
    for (int index = 0; index < phases; ++index) {
        if (index > 0)
            host.nextPhase();
        // The lecturer points at a neuron of the phase's layer, so its numbers fill the equation.
        const Phase phase = host.trace()->phases[static_cast<std::size_t>(index)];
        host.selectInGraph({Selection::Kind::Neuron, std::max(phase.layer, 1), index % 3, 0});
        ASSERT_EQ(host.phaseIndex(), index);
        EXPECT_TRUE(waitUntilSame()) << "phase " << index << ": " << showsTheSame();
    }
    EXPECT_EQ(student.classSession()->statesRefused(), 0);
}

TEST_F(ClassRoom, ExploringIsPrivateAndFollowAgainBringsBackTheHostsState)
{
    host.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.trace() != nullptr; }, 10000));
    host.nextPhase();
    ASSERT_EQ(host.phaseIndex(), 1);
    ASSERT_TRUE(waitUntilSame()) << showsTheSame();

    student.classSession()->followBar()->exploreButton()->click();
    EXPECT_TRUE(student.classSession()->isExploring());
    // The private copy continues the lecturer's run in the student's own training...
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return studentTraining.snapshot() && studentTraining.snapshot()->presetName == "encoder-8-3-8";
        },
        10000));
    // ...where the student trains a whole epoch the lecturer did not.
    student.stepEpoch();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return student.snapshot()->epoch == host.snapshot()->epoch + 1; }, 10000));
    EXPECT_FALSE(showsTheSame());
    // The lecturer goes on meanwhile; the student is not moved.
    host.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.phaseIndex() == 2; }, 10000));
    QTest::qWait(100);
    EXPECT_EQ(student.phaseIndex(), -1);

    student.classSession()->followBar()->followButton()->click();
    EXPECT_TRUE(student.classSession()->isFollowing());
    // At once: no message from the host is needed.
    EXPECT_TRUE(showsTheSame()) << showsTheSame();
    EXPECT_FALSE(student.classSession()->followBar()->followButton()->isVisible());
}

TEST_F(ClassRoom, AFollowerShowsTheNumbersItReceivesNotItsOwnRecomputation)
{
    host.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.trace() != nullptr; }, 10000));
    ASSERT_EQ(host.phaseIndex(), 0);
    ASSERT_TRUE(waitUntilSame()) << showsTheSame();
    QObject::disconnect(m_link);
    auto *table = student.findChild<RepresentationTable *>();
    ASSERT_NE(table, nullptr);

    // The host's numbers before the step, altered on the way on purpose (another processor's last
    // bits, say): the follower shows the altered ones, not what its own maths would give.
    QByteArray json = host.classSession()->lastStateJson();
    const std::uint64_t serial = host.snapshot()->serial;
    json.replace("\"serial\": " + QByteArray::number(quint64(serial)),
                 "\"serial\": " + QByteArray::number(quint64(serial + 100)));
    json = withNumber(json, "\"shown_before\"", "\"loss\": ", "0.123456");
    json = withNumber(json, "\"shown_before\"", "\"sample_activations\": [[[", "0.875");
    student.classSession()->receiveHostState(json);
    ASSERT_EQ(student.classSession()->statesRefused(), 0)
        << student.classSession()->lastRefusal().toStdString();
    ASSERT_EQ(student.phaseIndex(), 0);
    EXPECT_TRUE(student.statusText().contains("loss " + EquationPanel::formatValue(0.123456)))
        << student.statusText().toStdString();
    EXPECT_FALSE(host.statusText().contains("loss " + EquationPanel::formatValue(0.123456)));
    EXPECT_EQ(table->cellValue(0, 0), 0.875);

    // At the update phase, the numbers after the step as they arrive.
    json = withNumber(json, "\"shown\": {", "\"loss\": ", "0.654321");
    json.replace("\"phase\": 0,", "\"phase\": 6,");
    json.replace("\"serial\": " + QByteArray::number(quint64(serial + 100)),
                 "\"serial\": " + QByteArray::number(quint64(serial + 101)));
    student.classSession()->receiveHostState(json);
    ASSERT_EQ(student.classSession()->statesRefused(), 0)
        << student.classSession()->lastRefusal().toStdString();
    ASSERT_EQ(student.phaseIndex(), 6);
    EXPECT_TRUE(student.statusText().contains("loss " + EquationPanel::formatValue(0.654321)))
        << student.statusText().toStdString();
}

TEST_F(ClassRoom, ExploringKeepsThePhaseTheSelectionAndTheStepOnShow)
{
    host.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.trace() != nullptr; }, 10000));
    host.nextPhase();
    host.nextPhase();
    host.selectInGraph({Selection::Kind::Neuron, 2, 1, 0});
    ASSERT_EQ(host.phaseIndex(), 2);
    ASSERT_TRUE(waitUntilSame()) << showsTheSame();
    const std::shared_ptr<const Trace> step = host.trace();

    student.classSession()->followBar()->exploreButton()->click();
    EXPECT_TRUE(showsTheSame()) << showsTheSame();
    // The private copy arrives from the student's own training: what was on show stays.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return studentTraining.snapshot() && studentTraining.snapshot()->presetName == "encoder-8-3-8" &&
                   student.snapshot()->runId == studentTraining.snapshot()->runId;
        },
        10000));
    QTest::qWait(50);
    EXPECT_TRUE(showsTheSame()) << showsTheSame();

    // The student's own stepping goes on from there, through the same step...
    student.nextPhase();
    EXPECT_EQ(student.phaseIndex(), 3);
    EXPECT_EQ(host.phaseIndex(), 2);
    host.nextPhase();
    EXPECT_TRUE(waitUntilSame()) << showsTheSame();
    // ...and past its update into a step of the private copy, from the weights after it.
    for (int phase = student.phaseIndex(); phase < static_cast<int>(step->phases.size()); ++phase)
        student.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return student.snapshot()->stepCount == host.snapshot()->stepCount + 1; }, 10000));
    for (int l = 1; l <= step->after.layerCount(); ++l)
        EXPECT_TRUE(matrixIdentical(student.trace()->before.layer(l).weights, step->after.layer(l).weights))
            << l;

    student.classSession()->followBar()->followButton()->click();
    EXPECT_TRUE(showsTheSame()) << showsTheSame();
}

TEST_F(ClassRoom, AFollowerThatLostTheConnectionCatchesUp)
{
    ASSERT_TRUE(waitUntilSame());
    QObject::disconnect(m_link);
    student.classSession()->connectionLost();
    EXPECT_TRUE(student.classSession()->followBar()->message().contains("reconnecting"));
    host.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.trace() != nullptr; }, 10000));
    host.nextPhase();
    host.nextPhase();
    ASSERT_EQ(host.phaseIndex(), 2);
    QTest::qWait(100);
    EXPECT_FALSE(showsTheSame());
    // On joining again the server sends the newest state.
    connectLink();
    student.classSession()->connectionRestored();
    student.classSession()->receiveHostState(host.classSession()->lastStateJson());
    EXPECT_TRUE(waitUntilSame()) << showsTheSame();
}

TEST_F(ClassRoom, WhenTheHostStopsTheStudentKeepsTheCopy)
{
    host.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.trace() != nullptr; }, 10000));
    ASSERT_TRUE(waitUntilSame()) << showsTheSame();
    const std::shared_ptr<const Network> shown = host.snapshot()->network;
    student.classSession()->hostStopped();
    EXPECT_EQ(student.classSession()->role(), ClassSession::Role::Off);
    EXPECT_TRUE(student.classSession()->followBar()->message().contains("ended"));
    // The student's own training now holds the lecturer's last run, weights and all.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return studentTraining.snapshot() && studentTraining.snapshot()->presetName == "encoder-8-3-8";
        },
        10000));
    const Network &own = *studentTraining.snapshot()->network;
    for (int l = 1; l <= own.layerCount(); ++l)
        EXPECT_TRUE(matrixIdentical(own.layer(l).weights, shown->layer(l).weights)) << "layer " << l;
    EXPECT_TRUE(student.quizAction()->isEnabled());
}

TEST_F(ClassRoom, TheLecturersQuestionHidesTheSameValueUntilTheReveal)
{
    host.quizAction()->setChecked(true);
    host.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.trace() != nullptr; }, 10000));
    host.nextPhase();
    host.nextPhase(); // the output error: the quiz asks which δ is larger
    ASSERT_TRUE(host.predictionQuiz()->isPending());
    ASSERT_TRUE(QTest::qWaitFor([&] { return student.predictionQuiz()->isPending(); }, 5000));
    EXPECT_EQ(student.predictionQuiz()->concealed(), host.predictionQuiz()->concealed());
    EXPECT_EQ(student.predictionQuiz()->question().answer, host.predictionQuiz()->question().answer);
    host.nextPhase(); // Page Down reveals
    ASSERT_FALSE(host.predictionQuiz()->isPending());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !student.predictionQuiz()->isPending(); }, 5000));
}

TEST_F(ClassRoom, ABrokenStateIsRefusedAndTheWindowKeepsWhatItShows)
{
    ASSERT_TRUE(waitUntilSame());
    QObject::disconnect(m_link);
    const auto network = student.snapshot()->network;
    student.classSession()->receiveHostState("{\"format\": \"backprop-shown-state\", \"version\": " +
                                             QByteArray::number(kShownStateVersion) + "}");
    EXPECT_EQ(student.classSession()->statesRefused(), 1);
    EXPECT_TRUE(student.classSession()->lastRefusal().contains("host_run"))
        << student.classSession()->lastRefusal().toStdString();
    EXPECT_EQ(student.snapshot()->network, network);
}

TEST_F(ClassOverLoopback, AFollowerWindowFollowsEveryPhaseThroughTheServer)
{
    const quint16 port = hostLink.server()->port();
    EXPECT_TRUE(host.classSession()->joinCard()->isVisible());
    EXPECT_EQ(host.classSession()->joinCard()->pageUrl(), QString("http://127.0.0.1:%1/").arg(port));
    // The code as a student types it.
    studentLink.join(QString("127.0.0.1:%1").arg(port), "k7p-2qx");
    ASSERT_TRUE(QTest::qWaitFor([&] { return student.snapshot()->presetName == "encoder-8-3-8"; }, 10000));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return host.classSession()->joinCard()->countsText().contains("1"); }, 5000));

    host.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.trace() != nullptr; }, 10000));
    const int phases = static_cast<int>(host.trace()->phases.size());
    for (int index = 0; index < phases; ++index) {
        if (index > 0)
            host.nextPhase();
        host.selectInGraph({Selection::Kind::Neuron, 1, index % 3, 0});
        EXPECT_TRUE(QTest::qWaitFor([&] { return bool(sameOnScreen(host, student)); }, 5000))
            << "phase " << index << ": " << sameOnScreen(host, student);
    }
    EXPECT_EQ(student.classSession()->statesRefused(), 0);

    // The lecturer stops: the student is told and keeps the copy.
    hostLink.stopHosting();
    EXPECT_FALSE(host.classSession()->joinCard()->isVisible());
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return student.classSession()->role() == ClassSession::Role::Off; }, 5000));
    EXPECT_TRUE(student.classSession()->followBar()->message().contains("ended"));
    EXPECT_EQ(student.snapshot()->presetName, "encoder-8-3-8");
}

TEST_F(ClassOverLoopback, EveryPhoneVotesAndTheProjectorShowsBothRoundsBesideTheTrueAnswer)
{
    std::vector<std::unique_ptr<test::TestStudent>> phones;
    for (int i = 0; i < 3; ++i) {
        phones.push_back(std::make_unique<test::TestStudent>(hostLink.server()->port()));
        ASSERT_TRUE(
            phones.back()->join("K7P2QX", session::StudentKind::Phone, "voterphone000" + std::to_string(i)));
    }
    host.quizAction()->setChecked(true);
    host.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.trace() != nullptr; }, 10000));
    host.nextPhase();
    host.nextPhase(); // the output error: which δ is larger?
    ASSERT_TRUE(host.predictionQuiz()->isPending());
    for (const auto &phone : phones)
        ASSERT_TRUE(phone->waitFor("question"));
    const session::QuestionShown asked = std::get<session::Question>(*phones[0]->last("question")).shown;
    EXPECT_EQ(QString::fromStdString(asked.text), host.predictionQuiz()->questionLine());
    ASSERT_EQ(asked.choices.size(), 2u);

    // Round 1: two say the first, one the second; the projector shows only how many answered.
    const int right = host.predictionQuiz()->question().answer - 1;
    const int wrong = 1 - right;
    phones[0]->send(session::writeAnswer({asked.question, 1, wrong}));
    phones[1]->send(session::writeAnswer({asked.question, 1, wrong}));
    phones[2]->send(session::writeAnswer({asked.question, 1, right}));
    ClassTallyView *tally = host.classSession()->tallyView();
    EXPECT_TRUE(QTest::qWaitFor([&] { return tally->summary() == "3 answers"; }, 5000))
        << tally->summary().toStdString();
    EXPECT_TRUE(tally->isVisible());
    EXPECT_FALSE(tally->summary().contains(QString::fromStdString(asked.choices[0])));

    // After a discussion, a second round: everyone now says the right one.
    tally->voteAgainButton()->click();
    for (const auto &phone : phones)
        ASSERT_TRUE(QTest::qWaitFor([&] { return phone->count("question") == 2; }, 5000));
    for (const auto &phone : phones)
        phone->send(session::writeAnswer({asked.question, 2, right}));
    EXPECT_TRUE(QTest::qWaitFor([&] { return tally->summary() == "Round 2: 3 answers"; }, 5000))
        << tally->summary().toStdString();

    host.nextPhase(); // Page Down reveals
    for (const auto &phone : phones)
        ASSERT_TRUE(phone->waitFor("reveal"));
    const session::QuestionShown revealed = std::get<session::Reveal>(*phones[1]->last("reveal")).shown;
    ASSERT_TRUE(revealed.correct.has_value());
    EXPECT_EQ(*revealed.correct, right);
    EXPECT_EQ(QString::fromStdString(revealed.why), host.predictionQuiz()->revealLine());
    const QString label = QString::fromStdString(asked.choices[static_cast<std::size_t>(right)]);
    const QString other = QString::fromStdString(asked.choices[static_cast<std::size_t>(wrong)]);
    const QString expected =
        right == 0 ? QString("round 1: 1 %1, 2 %2 · round 2: 3 %1, 0 %2 · right: %1").arg(label, other)
                   : QString("round 1: 2 %2, 1 %1 · round 2: 0 %2, 3 %1 · right: %1").arg(label, other);
    EXPECT_EQ(tally->summary(), expected);
    EXPECT_FALSE(tally->voteAgainButton()->isVisible());

    // File ▸ Export session tally…: counts only.
    QTemporaryDir dir;
    const QString path = dir.filePath("tally.csv");
    emit host.classSession()->exportTallyRequested(path);
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_FALSE(text.contains("voterphone"));
    EXPECT_EQ(text.count('\n'), 5) << text.toStdString(); // a header and 2 rounds × 2 choices
}

TEST_F(ClassOverLoopback, AStudentInTheAppAnswersAsAPhoneDoes)
{
    ASSERT_TRUE(joinAndFollow());
    host.quizAction()->setChecked(true);
    host.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.trace() != nullptr; }, 10000));
    host.nextPhase();
    host.nextPhase();
    ASSERT_TRUE(host.predictionQuiz()->isPending());
    ASSERT_TRUE(QTest::qWaitFor([&] { return student.predictionQuiz()->isPending(); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return studentLink.client()->question().has_value(); }, 5000));
    // The student presses 2 (the second output δ), then changes their mind: the first answer counts.
    student.predictionQuiz()->recordGuess(2);
    student.predictionQuiz()->recordGuess(1);
    EXPECT_EQ(student.predictionQuiz()->guess(), 2);
    ClassTallyView *tally = host.classSession()->tallyView();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return hostLink.server()->tally().current()->rounds.back().total() == 1; }, 5000));
    EXPECT_EQ(hostLink.server()->tally().current()->rounds.back().counts, (std::vector<int>{0, 1}));
    EXPECT_TRUE(tally->isVisible());
    // Only the lecturer reveals: the student's Space does nothing.
    QTest::keyClick(student.networkView(), Qt::Key_Space);
    EXPECT_TRUE(student.predictionQuiz()->isPending());
    EXPECT_EQ(studentLink.client()->status(), ClassClient::Status::Following);
}

TEST_F(ClassOverLoopback, AFollowerJoiningLateDrawsTheHostsWholeCurve)
{
    // The lecturer trains 1,500 epochs before the student comes in.
    ASSERT_TRUE(trainUntil(1500));
    QTest::qWait(300);
    ASSERT_GT(host.lossChart()->trackBuffer(LossChart::kLossTrack).points().size(), 1000);

    ASSERT_TRUE(joinAndFollow());
    EXPECT_TRUE(QTest::qWaitFor([&] { return bool(sameCurves(host, student)); }, 10000))
        << sameCurves(host, student);
    // Then the epochs travel as they come, and the curves stay the same.
    ASSERT_TRUE(trainUntil(host.snapshot()->epoch + 700));
    EXPECT_TRUE(QTest::qWaitFor([&] { return bool(sameCurves(host, student)); }, 10000))
        << sameCurves(host, student);
    EXPECT_EQ(student.classSession()->statesRefused(), 0);
}

// A state lost on its way (its socket backed up): the epochs it brought are missing from the
// follower's history, so the increments after it cannot be appended; the follower waits for the
// next whole history, which the host sends within seconds of any increment.
TEST_F(ClassOverLoopback, AFollowerThatMissedAStateCatchesUpWithTheNextWholeHistory)
{
    // The follower holds a history before it misses a state (one that ends before the gap).
    ASSERT_TRUE(trainUntil(50));
    ASSERT_TRUE(joinAndFollow());
    // Between the client and the window, the first increment of history is dropped.
    ClassClient *client = studentLink.client();
    ClassSession *session = student.classSession();
    ASSERT_TRUE(QObject::disconnect(client, &ClassClient::stateReceived, session, nullptr));
    std::uint64_t droppedEnd = 0;
    int incrementsAfter = 0;
    int wholeAfter = 0;
    QObject::connect(client, &ClassClient::stateReceived, session, [&](const QByteArray &payload) {
        const ShownState state = parseShownState(payload.toStdString(), "host");
        if (droppedEnd == 0 && !state.historyWhole && !state.run.history.empty()) {
            droppedEnd = state.historyEnd;
            return;
        }
        if (droppedEnd > 0)
            ++(state.historyWhole ? wholeAfter : incrementsAfter);
        session->receiveHostState(payload);
    });
    hostTraining.play();
    ASSERT_TRUE(QTest::qWaitFor([&] { return droppedEnd > 0 && incrementsAfter > 0; }, 30000));
    // The lecturer stops for a while (the whole history must come without training going on)...
    hostTraining.pause();
    EXPECT_TRUE(QTest::qWaitFor([&] { return wholeAfter > 0; }, 30000))
        << "no whole history after " << incrementsAfter << " increments";
    // ...then trains on: the increments continue the mended history.
    ASSERT_TRUE(trainUntil(host.snapshot()->epoch + 100));
    // (A history thinned to its cap travels whole with a new id, and would mend the gap by itself.)
    ASSERT_LT(host.snapshot()->epoch, static_cast<std::int64_t>(kMaxShownHistory));
    // Every epoch of the host's history, and its numbers bit for bit.
    EXPECT_TRUE(QTest::qWaitFor([&] { return sameCurves(host, student) && sameOnScreen(host, student); }, 30000))
        << sameCurves(host, student) << sameOnScreen(host, student);
    EXPECT_EQ(session->statesRefused(), 0);
}

// The follower's connection is cut while the lecturer trains: it reconnects by itself, and ends
// with the host's whole history and numbers.
TEST_F(ClassOverLoopback, AFollowerWhoseConnectionIsCutWhileTheHostTrainsCatchesUp)
{
    ASSERT_TRUE(joinAndFollow());
    ClassClient *client = studentLink.client();
    int reconnecting = 0;
    QObject::connect(client, &ClassClient::statusChanged, client, [&](ClassClient::Status status) {
        reconnecting += status == ClassClient::Status::Reconnecting;
    });
    hostTraining.play();
    ASSERT_TRUE(QTest::qWaitFor([&] { return student.snapshot()->epoch >= 200; }, 60000));
    auto *socket = client->findChild<QWebSocket *>();
    ASSERT_NE(socket, nullptr);
    socket->abort();
    ASSERT_TRUE(QTest::qWaitFor([&] { return reconnecting == 1; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return client->status() == ClassClient::Status::Following; }, 30000));
    ASSERT_TRUE(trainUntil(host.snapshot()->epoch + 300));
    EXPECT_TRUE(QTest::qWaitFor([&] { return sameCurves(host, student) && sameOnScreen(host, student); }, 30000))
        << sameCurves(host, student) << sameOnScreen(host, student);
    EXPECT_EQ(reconnecting, 1);
    EXPECT_EQ(student.classSession()->statesRefused(), 0);
}

// Answers File ▸ Join class session… with this address and code, as a student types them.
void joinThroughDialog(MainWindow &student, const QString &address, const QString &code)
{
    QTimer filler;
    bool filled = false;
    QObject::connect(&filler, &QTimer::timeout, &filler, [&] {
        auto *dialog = qobject_cast<JoinClassDialog *>(QApplication::activeModalWidget());
        if (!dialog || filled)
            return;
        filled = true;
        auto *addressField = dialog->findChild<QLineEdit *>("joinAddress");
        auto *codeField = dialog->findChild<QLineEdit *>("joinCode");
        ASSERT_NE(addressField, nullptr);
        ASSERT_NE(codeField, nullptr);
        QPushButton *join = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // An address without a port cannot be joined.
        QTest::keyClicks(addressField, address.section(':', 0, 0));
        QTest::keyClicks(codeField, code);
        EXPECT_FALSE(join->isEnabled());
        QTest::keyClicks(addressField, ":" + address.section(':', 1));
        EXPECT_TRUE(join->isEnabled());
        join->click();
    });
    filler.start(20);
    student.classSession()->joinAction()->trigger();
    EXPECT_TRUE(filled);
}

TEST_F(ClassOverLoopback, TheJoinDialogJoinsAndSaysWhyNot)
{
    FollowBar *bar = student.classSession()->followBar();

    // A wrong code: refused, and said so.
    joinThroughDialog(student, address(), "QQQQQQ");
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return student.classSession()->role() == ClassSession::Role::Off; }, 5000));
    EXPECT_EQ(bar->message(), "The host refused the session code.");
    EXPECT_EQ(student.snapshot()->presetName, "xor");

    // An address where nothing listens: said so while the window tries again.
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    joinThroughDialog(student, QString("127.0.0.1:%1").arg(closedPort), "K7P2QX");
    EXPECT_TRUE(QTest::qWaitFor([&] { return bar->message().startsWith("Cannot reach"); }, 5000))
        << bar->message().toStdString();
    EXPECT_TRUE(bar->message().contains(QString::number(closedPort)));
    student.classSession()->stopAction()->trigger();
    EXPECT_EQ(student.classSession()->role(), ClassSession::Role::Off);

    // The right code, typed as a student types it: the window follows the lecturer.
    joinThroughDialog(student, address(), "k7p-2qx");
    EXPECT_TRUE(QTest::qWaitFor([&] { return student.snapshot()->presetName == "encoder-8-3-8"; }, 10000));
    EXPECT_TRUE(student.classSession()->isFollowing());
    EXPECT_EQ(studentLink.client()->status(), ClassClient::Status::Following);
    EXPECT_TRUE(QTest::qWaitFor([&] { return bar->message().startsWith("Following"); }, 5000))
        << bar->message().toStdString();
}

TEST(JoinCard, DrawsTheQrCodeCrisplyAndLarge)
{
    QWidget graph;
    graph.resize(1280, 600);
    JoinCard card(&graph);
    card.setDetails("http://192.168.1.20:8765/", "K7P2QX");
    card.show();
    // Whole pixels per module, and large enough to scan from the back of a room.
    EXPECT_GE(card.moduleSize(), 4);
    const QImage qr = qrCodeImage("http://192.168.1.20:8765/#K7P2QX");
    ASSERT_FALSE(qr.isNull());
    EXPECT_EQ(qr.width() % 2, 1); // 21 + 4k modules and the two quiet zones of 4
    EXPECT_EQ(qr.pixel(0, 0), qRgb(255, 255, 255));
    EXPECT_EQ(qr.pixel(4, 4), qRgb(0, 0, 0)); // the finder pattern's corner
    card.setCounts(12, 3);
    EXPECT_TRUE(card.countsText().contains("15"));
}

TEST(SessionAddress, IsCheckedBeforeJoining)
{
    QString address;
    quint16 port = 0;
    EXPECT_TRUE(splitHostAndPort(" 127.0.0.1:8765 ", &address, &port));
    EXPECT_EQ(address, "127.0.0.1");
    EXPECT_EQ(port, 8765);
    EXPECT_FALSE(splitHostAndPort("127.0.0.1", &address, &port));
    EXPECT_FALSE(splitHostAndPort("127.0.0.1:0", &address, &port));
    EXPECT_FALSE(splitHostAndPort("127.0.0.1:70000", &address, &port));
    EXPECT_FALSE(splitHostAndPort(":8765", &address, &port));
}

} // namespace
} // namespace bp::ui
