// bench/class-load: one class-session host (tests/app/class_host_fixture, its own process),
// 200 simulated phone voters and 20 followers for 60 s over loopback. The host publishes a state
// of about 20 KB ten times a second and asks a question every 4 s (every other one voted again);
// each voter answers every round once after a random pause. Checks that every vote is counted
// exactly once (the host's total equals the answers the voters saw accepted and the answers sent),
// that every follower ends on the newest state, and reports the host's memory (VmRSS) over time.
//   class_load --fixture PATH [--voters 200] [--followers 20] [--seconds 60]
// With --connect PORT --code CODE instead of --fixture, the voters and followers join a host that
// is already running (the window started with --class-host, as bench/class-gui-load does), stay for
// --seconds, and report how many joined and how many states each follower received.
// Prints a Markdown report; exit status 0 when every check passes, 1 when one fails.
#include "app/class/class_client.h"
#include "core/session/protocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace {

struct Voter {
    std::unique_ptr<QWebSocket> socket;
    bool joined = false;
    int accepted = 0;
    int sent = 0;
};

class Host : public QObject {
public:
    explicit Host(const QString &fixture)
    {
        m_process.setProgram(fixture);
        m_process.setArguments({QStringLiteral("--code"), QStringLiteral("K7P2QX")});
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { readLines(); });
        m_process.start();
    }
    ~Host() override
    {
        if (m_process.state() == QProcess::Running) {
            m_process.write("quit\n");
            m_process.waitForFinished(5000);
        }
    }
    bool waitPort()
    {
        if (!m_process.waitForStarted(5000))
            return false;
        while (m_port == 0 && m_process.waitForReadyRead(5000))
            readLines();
        return m_port != 0;
    }
    quint16 port() const { return m_port; }
    void ask(const QByteArray &command, std::function<void(const QByteArray &)> onReply = {})
    {
        m_replies.push_back(std::move(onReply));
        m_process.write(command + '\n');
    }

private:
    void readLines()
    {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (m_port == 0 && line.startsWith("port ")) {
                m_port = static_cast<quint16>(line.mid(5).toUInt());
                continue;
            }
            if (m_replies.empty())
                continue;
            auto reply = std::move(m_replies.front());
            m_replies.pop_front();
            if (reply)
                reply(line);
        }
    }
    QProcess m_process;
    quint16 m_port = 0;
    std::deque<std::function<void(const QByteArray &)>> m_replies;
};

bool everyoneJoined(const std::vector<Voter> &voters,
                    const std::vector<std::unique_ptr<bp::ClassClient>> &followers)
{
    for (const Voter &voter : voters) {
        if (!voter.joined)
            return false;
    }
    for (const auto &follower : followers) {
        if (follower->status() != bp::ClassClient::Status::Following)
            return false;
    }
    return true;
}

// --connect: the host is the window (it publishes its own states while it trains); the clients only
// stay connected, so that the window's frame rate can be measured with a class in the room.
int runAgainstWindow(QCoreApplication &app, const std::vector<Voter> &voters,
                     const std::vector<std::unique_ptr<bp::ClassClient>> &followers,
                     const std::vector<int> &followerStates, int seconds)
{
    QElapsedTimer clock;
    clock.start();
    while (!everyoneJoined(voters, followers) && clock.elapsed() < 30'000)
        app.processEvents(QEventLoop::AllEvents, 50);
    const qint64 joinedAfterMs = clock.elapsed();
    const bool joined = everyoneJoined(voters, followers);
    int votersJoined = 0, followersFollowing = 0;
    for (const Voter &voter : voters)
        votersJoined += voter.joined ? 1 : 0;
    for (const auto &follower : followers)
        followersFollowing += follower->status() == bp::ClassClient::Status::Following ? 1 : 0;
    // The window ends its measurement on its own; the clients stay until then.
    while (clock.elapsed() < seconds * 1000LL)
        app.processEvents(QEventLoop::AllEvents, 50);
    const auto [fewest, most] = std::minmax_element(followerStates.begin(), followerStates.end());
    std::printf("{\"voters_joined\": %d, \"followers_following\": %d, \"joined_after_ms\": %lld, "
                "\"states_per_follower_min\": %d, \"states_per_follower_max\": %d, \"seconds\": %d}\n",
                votersJoined, followersFollowing, static_cast<long long>(joinedAfterMs),
                followerStates.empty() ? 0 : *fewest, followerStates.empty() ? 0 : *most, seconds);
    std::fflush(stdout);
    return joined ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString fixture;
    QString code = QStringLiteral("K7P2QX");
    int connectPort = 0;
    int voterCount = 200, followerCount = 20, seconds = 60;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--fixture"))
            fixture = args[i + 1];
        else if (args[i] == QLatin1String("--voters"))
            voterCount = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--followers"))
            followerCount = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seconds"))
            seconds = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--connect"))
            connectPort = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--code"))
            code = args[i + 1];
    }
    if (fixture.isEmpty() == (connectPort == 0)) {
        std::fprintf(stderr, "class_load: either --fixture PATH (build/tests/class_host_fixture) or "
                             "--connect PORT --code CODE is required\n");
        return 2;
    }
    std::unique_ptr<Host> fixtureHost;
    if (!fixture.isEmpty()) {
        fixtureHost = std::make_unique<Host>(fixture);
        if (!fixtureHost->waitPort()) {
            std::fprintf(stderr, "class_load: the host fixture did not start\n");
            return 2;
        }
    }
    const quint16 port = fixtureHost ? fixtureHost->port() : static_cast<quint16>(connectPort);
    const std::string joinCode = code.toStdString();
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port));
    QRandomGenerator random(16);

    // The voters: phones that answer each round once, after a pause of up to 2 s.
    std::vector<Voter> voters(static_cast<std::size_t>(voterCount));
    int answersSent = 0;
    for (std::size_t v = 0; v < voters.size(); ++v) {
        Voter &voter = voters[v];
        voter.socket = std::make_unique<QWebSocket>();
        QWebSocket *socket = voter.socket.get();
        QObject::connect(socket, &QWebSocket::connected, socket, [socket, v, &joinCode] {
            socket->sendTextMessage(QString::fromStdString(bp::session::writeJoin(
                {joinCode, bp::session::StudentKind::Phone, "load-voter-" + std::to_string(v)})));
        });
        QObject::connect(
            socket, &QWebSocket::textMessageReceived, socket,
            [&voter, &random, &answersSent, socket](const QString &text) {
                const auto parsed = bp::session::parseHostMessage(text.toStdString());
                if (!parsed.message)
                    return;
                if (std::holds_alternative<bp::session::Welcome>(*parsed.message))
                    voter.joined = true;
                if (std::holds_alternative<bp::session::Accepted>(*parsed.message))
                    ++voter.accepted;
                if (const auto *question = std::get_if<bp::session::Question>(&*parsed.message)) {
                    const bp::session::Answer answer{question->shown.question, question->shown.round,
                                                     static_cast<int>(random.bounded(2))};
                    QTimer::singleShot(static_cast<int>(random.bounded(2000)), socket,
                                       [&voter, &answersSent, socket, answer] {
                                           ++voter.sent;
                                           ++answersSent;
                                           socket->sendTextMessage(
                                               QString::fromStdString(bp::session::writeAnswer(answer)));
                                       });
                }
            });
        socket->open(url);
    }
    // The followers: the app's own transport.
    std::vector<std::unique_ptr<bp::ClassClient>> followers;
    std::vector<qint64> followerSeq(static_cast<std::size_t>(followerCount), -1);
    std::vector<int> followerStates(static_cast<std::size_t>(followerCount), 0);
    for (int f = 0; f < followerCount; ++f) {
        followers.push_back(std::make_unique<bp::ClassClient>());
        QObject::connect(followers.back().get(), &bp::ClassClient::stateReceived, &app,
                         [&followerSeq, &followerStates, f](const QByteArray &, qint64 seq) {
                             followerSeq[static_cast<std::size_t>(f)] = seq;
                             ++followerStates[static_cast<std::size_t>(f)];
                         });
        followers.back()->connectToHost(QStringLiteral("127.0.0.1:%1").arg(port), code);
    }
    if (!fixtureHost)
        return runAgainstWindow(app, voters, followers, followerStates, seconds);
    Host &host = *fixtureHost;

    // The lecturer: a state of ~20 KB ten times a second, a question every 4 s.
    QByteArray filler;
    for (int i = 0; i < 2000; ++i)
        filler += "0.123456789,";
    filler.chop(1);
    qint64 statesPublished = 0;
    QTimer stateTimer;
    QObject::connect(&stateTimer, &QTimer::timeout, &app, [&] {
        ++statesPublished;
        host.ask("state {\"step\":" + QByteArray::number(statesPublished) + ",\"weights\":[" + filler + "]}");
    });
    int questionsAsked = 0, roundsOpened = 0;
    bool votedAgain = true;
    QTimer questionTimer;
    QObject::connect(&questionTimer, &QTimer::timeout, &app, [&] {
        // Every other question gets a second round ("vote again") before the next one.
        if (!votedAgain) {
            host.ask("again");
            ++roundsOpened;
            votedAgain = true;
            return;
        }
        votedAgain = questionsAsked % 2 == 1;
        host.ask("reveal 0 because");
        host.ask("question Will w go up or down?|up|down");
        ++questionsAsked;
        ++roundsOpened;
    });
    struct Sample {
        int at = 0;
        long rssKb = 0, cpuMs = 0, lagMs = 0;
    };
    std::vector<Sample> memory;
    QElapsedTimer clock;
    const auto sampleMemory = [&] {
        const int at = static_cast<int>((clock.elapsed() + 500) / 1000);
        host.ask("memory", [&memory, at](const QByteArray &line) {
            const QList<QByteArray> words = line.split(' '); // memory KB cpu MS lag MS
            memory.push_back({at, words.value(1).toLong(), words.value(3).toLong(), words.value(5).toLong()});
        });
    };
    QTimer memoryTimer;
    QObject::connect(&memoryTimer, &QTimer::timeout, &app, sampleMemory);

    // Wait for everyone to join, then run.
    QElapsedTimer joinClock;
    joinClock.start();
    while (!everyoneJoined(voters, followers) && joinClock.elapsed() < 30'000)
        app.processEvents(QEventLoop::AllEvents, 50);
    const bool joined = everyoneJoined(voters, followers);
    clock.start();
    sampleMemory();
    stateTimer.start(100);
    questionTimer.start(4000);
    memoryTimer.start(10'000);
    QTimer::singleShot(seconds * 1000, &app, [&] {
        stateTimer.stop();
        questionTimer.stop();
        memoryTimer.stop();
        // The last answers are in flight for up to 2 s: let them land before reading the total.
        QTimer::singleShot(3000, &app, [&] {
            sampleMemory();
            host.ask("state {\"final\":true}");
            ++statesPublished;
            host.ask("total", [&](const QByteArray &line) {
                QTimer::singleShot(1000, &app, [&, line] {
                    const long hostTotal = line.split(' ').value(1).toLong();
                    const long refused = line.split(' ').value(3).toLong();
                    long accepted = 0;
                    for (const Voter &voter : voters)
                        accepted += voter.accepted;
                    int onNewest = 0, minStates = 1 << 30;
                    for (int f = 0; f < followerCount; ++f) {
                        onNewest += followerSeq[static_cast<std::size_t>(f)] == statesPublished ? 1 : 0;
                        minStates = std::min(minStates, followerStates[static_cast<std::size_t>(f)]);
                    }
                    const bool exact = hostTotal == accepted && accepted == answersSent && refused == 0;
                    std::printf("## bench/class-load\n\n");
                    std::printf("| what | value |\n| --- | --- |\n");
                    std::printf("| voters / followers joined | %d / %d (%s) |\n", voterCount, followerCount,
                                joined ? "all" : "NOT ALL");
                    std::printf("| seconds | %d |\n| questions / rounds opened | %d / %d |\n", seconds,
                                questionsAsked, roundsOpened);
                    std::printf("| answers sent / accepted / counted by the host | %d / %ld / %ld |\n",
                                answersSent, accepted, hostTotal);
                    std::printf("| refused by the host | %ld |\n", refused);
                    std::printf("| states published (≈20 KB) | %lld |\n",
                                static_cast<long long>(statesPublished));
                    std::printf(
                        "| followers on the newest state at the end | %d of %d (fewest states seen: %d) |\n",
                        onNewest, followerCount, minStates);
                    std::printf(
                        "\nThe host over time (VmRSS; CPU time used since the previous row; the worst "
                        "lateness of its 10 ms timer since the previous row):\n\n");
                    std::printf("| second | VmRSS (KB) | host CPU (ms) | worst timer lateness (ms) |\n"
                                "| ---: | ---: | ---: | ---: |\n");
                    for (std::size_t i = 0; i < memory.size(); ++i)
                        std::printf("| %d | %ld | %ld | %ld |\n", memory[i].at, memory[i].rssKb,
                                    i ? memory[i].cpuMs - memory[i - 1].cpuMs : memory[i].cpuMs,
                                    memory[i].lagMs);
                    std::printf("\n\nEvery vote counted exactly once: %s\n", exact ? "PASS" : "FAIL");
                    std::printf("Every follower on the newest state: %s\n",
                                onNewest == followerCount ? "PASS" : "FAIL");
                    std::fflush(stdout);
                    app.exit(exact && joined && onNewest == followerCount ? 0 : 1);
                });
            });
        });
    });
    return app.exec();
}
