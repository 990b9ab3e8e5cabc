// The class server over loopback with real WebSocket clients in this process: joining, codes,
// backoff, votes and rounds, caps, and hostile clients, each refused as docs/class-session.md says
// while the host keeps serving everyone else.
#include "app/class/class_server.h"

#include "tests/app/class_test_student.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <memory>

namespace bp {
namespace {

using session::StudentKind;
using test::TestStudent;

class ClassServerTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(startServer(300)); }
    bool startServer(int maxConnections, ClassServerOptions options = {})
    {
        options.address = QHostAddress(QStringLiteral("127.0.0.1"));
        options.code = QStringLiteral("K7P2QX");
        options.maxConnections = maxConnections;
        const bool started = server.start(options);
        EXPECT_TRUE(started) << server.errorString().toStdString();
        return started;
    }
    std::unique_ptr<TestStudent> student() { return std::make_unique<TestStudent>(server.port()); }
    // A session capped at two students, both joined.
    std::vector<std::unique_ptr<TestStudent>> fullSessionOfTwo()
    {
        server.stop();
        EXPECT_TRUE(startServer(2));
        std::vector<std::unique_ptr<TestStudent>> joined;
        for (int i = 0; i < 2; ++i) {
            joined.push_back(student());
            EXPECT_TRUE(joined.back()->join("K7P2QX"));
        }
        return joined;
    }
    std::string refusalReason(const TestStudent &s)
    {
        const auto message = s.last("refused");
        return message ? std::string(session::refusalName(std::get<session::Refused>(*message).reason)) : "";
    }
    QByteArray get(const QString &path, int *status = nullptr, QByteArray *type = nullptr,
                   const QByteArray &acceptLanguage = {}, QByteArray *contentLanguage = nullptr)
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path)));
        if (!acceptLanguage.isEmpty())
            request.setRawHeader("Accept-Language", acceptLanguage);
        QNetworkReply *reply = manager.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (type)
            *type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (contentLanguage)
            *contentLanguage = reply->rawHeader("Content-Language");
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    ClassServer server;
};

// A TCP connection that sends nothing: what a slow or hostile client holds open.
std::unique_ptr<QTcpSocket> rawConnection(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), port);
    socket->waitForConnected(5000);
    return socket;
}

// Sends one request as written on a connection of its own, and returns the whole answer: its head
// and the body of its Content-Length, or all that came before the server closed the connection
// (QNetworkAccessManager would add an Accept-Language of the test's locale).
QByteArray rawExchange(quint16 port, const QByteArray &request)
{
    const auto socket = rawConnection(port);
    socket->write(request);
    QByteArray answer;
    const auto whole = [&] {
        const qsizetype headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QByteArray head = answer.left(headEnd).toLower();
        const qsizetype length = head.indexOf("\r\ncontent-length:");
        if (length < 0)
            return false;
        const qsizetype lineEnd = head.indexOf("\r\n", length + 2);
        const qsizetype value = length + qsizetype(sizeof("\r\ncontent-length:")) - 1;
        return answer.size() - headEnd - 4 >= head.mid(value, lineEnd < 0 ? -1 : lineEnd - value).trimmed().toLongLong();
    };
    const bool answered = QTest::qWaitFor([&] {
        answer += socket->readAll();
        return whole() || socket->state() == QAbstractSocket::UnconnectedState;
    });
    EXPECT_TRUE(answered) << answer.toStdString();
    return answer + socket->readAll();
}

TEST_F(ClassServerTest, JoinsWithTheRightCodeAsTyped)
{
    auto phone = student();
    ASSERT_TRUE(phone->join("k7p-2qx"));
    auto follower = student();
    ASSERT_TRUE(follower->join("K7P2QX", StudentKind::Follower));
    EXPECT_TRUE(QTest::qWaitFor([&] { return server.counts().total() == 2; }));
    EXPECT_EQ(server.counts().phones, 1);
    EXPECT_EQ(server.counts().followers, 1);
    phone->send(session::writeLeave());
    EXPECT_TRUE(phone->waitClosed());
    EXPECT_TRUE(QTest::qWaitFor([&] { return server.counts().total() == 1; }));
    EXPECT_EQ(server.refusedCount(), 0);
}

TEST_F(ClassServerTest, AWrongCodeIsRefusedWithoutSayingWhichPart)
{
    auto guess = student();
    ASSERT_TRUE(guess->waitConnected());
    guess->send(session::writeJoin({"K7P2QY", StudentKind::Phone, ""}));
    ASSERT_TRUE(guess->waitFor("refused"));
    EXPECT_EQ(refusalReason(*guess), "wrong-code");
    EXPECT_EQ(std::get<session::Refused>(*guess->last("refused")).message, "wrong session code");
    EXPECT_TRUE(guess->waitClosed());
    EXPECT_EQ(server.counts().total(), 0);
}

TEST_F(ClassServerTest, RepeatedWrongCodesFromOneAddressAreSlowedDown)
{
    for (int i = 0; i < 3; ++i) {
        auto guess = student();
        ASSERT_TRUE(guess->waitConnected());
        guess->send(session::writeJoin({"AAAAA" + std::to_string(i), StudentKind::Phone, ""}));
        ASSERT_TRUE(guess->waitFor("refused"));
        EXPECT_EQ(refusalReason(*guess), "wrong-code");
    }
    // Now even the right code must wait: the code is not even compared.
    auto next = student();
    ASSERT_TRUE(next->waitConnected());
    next->send(session::writeJoin({"K7P2QX", StudentKind::Phone, ""}));
    ASSERT_TRUE(next->waitFor("refused"));
    EXPECT_EQ(refusalReason(*next), "too-many-attempts");
    EXPECT_EQ(server.refusedCount(), 4);
}

TEST_F(ClassServerTest, EveryVoteIsCountedOncePerRoundAndVoteAgainKeepsRoundOne)
{
    auto ann = student();
    auto bob = student();
    ASSERT_TRUE(ann->join("K7P2QX", StudentKind::Phone, "ann-token-1"));
    ASSERT_TRUE(bob->join("K7P2QX", StudentKind::Phone, "bob-token-1"));
    QSignalSpy answers(&server, &ClassServer::answersChanged);
    const qint64 id =
        server.openQuestion(QStringLiteral("Will w go up?"), {QStringLiteral("up"), QStringLiteral("down")});
    ASSERT_TRUE(ann->waitFor("question"));
    ASSERT_TRUE(bob->waitFor("question"));
    ann->send(session::writeAnswer({id, 1, 0}));
    bob->send(session::writeAnswer({id, 1, 1}));
    ASSERT_TRUE(ann->waitFor("accepted"));
    ASSERT_TRUE(bob->waitFor("accepted"));
    EXPECT_EQ(answers.count(), 2);

    // Ann reloads her page: a new connection with her token may not vote again in this round.
    auto annAgain = student();
    ASSERT_TRUE(annAgain->join("K7P2QX", StudentKind::Phone, "ann-token-1"));
    EXPECT_EQ(std::get<session::Welcome>(*annAgain->last("welcome")).yourChoice, 0);
    annAgain->send(session::writeAnswer({id, 1, 1}));
    ASSERT_TRUE(annAgain->waitFor("ignored"));
    // Bob sends a second answer on the same connection: a protocol violation, closed and counted.
    bob->send(session::writeAnswer({id, 1, 0}));
    ASSERT_TRUE(bob->waitFor("refused"));
    EXPECT_EQ(refusalReason(*bob), "bad-message");
    EXPECT_EQ(server.tally().current()->rounds[0].counts, (std::vector<int>{1, 1}));

    ASSERT_TRUE(server.voteAgain());
    ASSERT_TRUE(QTest::qWaitFor([&] { return ann->count("question") == 2; }));
    ann->send(session::writeAnswer({id, 2, 1}));
    annAgain->send(session::writeAnswer({id, 2, 1}));
    ASSERT_TRUE(ann->waitFor("accepted") && QTest::qWaitFor([&] { return ann->count("accepted") == 2; }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return annAgain->count("ignored") == 2; }));
    ASSERT_TRUE(server.reveal(1, QStringLiteral("∂E/∂w > 0, so the step is downhill: w goes down")));
    ASSERT_TRUE(ann->waitFor("reveal"));
    const auto reveal = std::get<session::Reveal>(*ann->last("reveal"));
    EXPECT_EQ(reveal.shown.correct, 1);
    EXPECT_EQ(reveal.shown.why, "∂E/∂w > 0, so the step is downhill: w goes down");
    const session::QuestionTally &question = *server.tally().current();
    ASSERT_EQ(question.rounds.size(), 2u);
    EXPECT_EQ(question.rounds[0].counts, (std::vector<int>{1, 1}));
    EXPECT_EQ(question.rounds[1].counts, (std::vector<int>{0, 1}));
    // An answer after the reveal is not counted, and the connection stays.
    annAgain->send(session::writeAnswer({id, 2, 0}));
    EXPECT_TRUE(QTest::qWaitFor([&] { return annAgain->count("ignored") == 2; }));
    EXPECT_EQ(question.rounds[1].counts, (std::vector<int>{0, 1}));
}

TEST_F(ClassServerTest, ALateJoinerSeesTheOpenQuestion)
{
    const qint64 id = server.openQuestion(QStringLiteral("Which δ is larger?"),
                                          {QStringLiteral("δ₁"), QStringLiteral("δ₂")});
    auto late = student();
    ASSERT_TRUE(late->join("K7P2QX"));
    const auto welcome = std::get<session::Welcome>(*late->last("welcome"));
    ASSERT_TRUE(welcome.question.has_value());
    EXPECT_EQ(welcome.question->question, id);
    EXPECT_EQ(welcome.question->choices[1], "δ₂");
    EXPECT_FALSE(welcome.yourChoice.has_value());
}

TEST_F(ClassServerTest, TheConnectionCapSaysSessionFull)
{
    const auto joined = fullSessionOfTwo();
    auto c = student();
    ASSERT_TRUE(c->waitFor("refused"));
    EXPECT_EQ(refusalReason(*c), "session-full");
    EXPECT_TRUE(c->waitClosed());
    EXPECT_EQ(server.counts().total(), 2);
}

TEST_F(ClassServerTest, HostileClientsAreClosedAndCountedWhileOthersVote)
{
    auto good = student();
    ASSERT_TRUE(good->join("K7P2QX", StudentKind::Phone, "good-student"));

    auto garbage = student();
    ASSERT_TRUE(garbage->waitConnected());
    garbage->send("{\"v\":2,\"type\":\"join\",");
    ASSERT_TRUE(garbage->waitFor("refused"));
    EXPECT_EQ(refusalReason(*garbage), "bad-message");

    auto forbidden = student();
    ASSERT_TRUE(forbidden->join("K7P2QX"));
    forbidden->send(R"({"v":2,"type":"state","seq":9,"payload":"{}"})");
    ASSERT_TRUE(forbidden->waitFor("refused"));
    EXPECT_EQ(refusalReason(*forbidden), "bad-message");

    auto beforeJoin = student();
    ASSERT_TRUE(beforeJoin->waitConnected());
    beforeJoin->send(session::writeAnswer({1, 1, 0}));
    ASSERT_TRUE(beforeJoin->waitFor("refused"));

    auto oversized = student();
    ASSERT_TRUE(oversized->waitConnected());
    oversized->send("{\"v\":2,\"type\":\"join\",\"code\":\"" + std::string(100'000, 'A') +
                    "\",\"kind\":\"phone\"}");
    EXPECT_TRUE(oversized->waitClosed());
    EXPECT_EQ(oversized->socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);

    auto flood = student();
    ASSERT_TRUE(flood->join("K7P2QX"));
    for (int i = 0; i < 50; ++i)
        flood->send(session::writeAnswer({100 + i, 1, 0})); // each valid alone (a closed round)
    ASSERT_TRUE(flood->waitFor("refused"));
    EXPECT_EQ(refusalReason(*flood), "too-fast");
    EXPECT_GE(flood->count("ignored"), 9) << "a burst of 10, the join included";
    EXPECT_TRUE(flood->waitClosed());

    auto binary = student();
    ASSERT_TRUE(binary->waitConnected());
    binary->socket.sendBinaryMessage(QByteArray("\x00\x01", 2));
    ASSERT_TRUE(binary->waitFor("refused"));

    // No route takes a WebSocket elsewhere than /ws: Qt closes it before it reaches the session.
    auto wrongPath = std::make_unique<TestStudent>(server.port(), QStringLiteral("/other"));
    EXPECT_TRUE(wrongPath->waitClosed());
    EXPECT_FALSE(wrongPath->socket.isValid());

    EXPECT_TRUE(QTest::qWaitFor([&] { return server.refusedCount() == 6; })) << server.refusedCount();
    // The host is unaffected: the good student still votes and is counted once.
    const qint64 id = server.openQuestion(QStringLiteral("q"), {QStringLiteral("a"), QStringLiteral("b")});
    ASSERT_TRUE(good->waitFor("question"));
    good->send(session::writeAnswer({id, 1, 1}));
    ASSERT_TRUE(good->waitFor("accepted"));
    EXPECT_EQ(server.tally().current()->rounds[0].counts, (std::vector<int>{0, 1}));
    EXPECT_FALSE(good->closed);
}

TEST_F(ClassServerTest, ServesThePageAndTheSessionJson)
{
    int status = 0;
    QByteArray type;
    const QByteArray page = get(QStringLiteral("/"), &status, &type);
    EXPECT_EQ(status, 200);
    EXPECT_EQ(type, "text/html; charset=utf-8");
    EXPECT_TRUE(page.contains("<script src=\"page.js\""));
    EXPECT_FALSE(page.contains("http://")) << "the page must not load anything from elsewhere";
    EXPECT_TRUE(get(QStringLiteral("/page.js"), &status).contains("new WebSocket"));
    EXPECT_EQ(status, 200);
    get(QStringLiteral("/nothing-here"), &status);
    EXPECT_EQ(status, 404);

    auto phone = student();
    ASSERT_TRUE(phone->join("K7P2QX", StudentKind::Phone, "phone-token"));
    const qint64 id = server.openQuestion(QStringLiteral("Up or \"down\"?"),
                                          {QStringLiteral("up"), QStringLiteral("down")});
    ASSERT_TRUE(phone->waitFor("question"));
    phone->send(session::writeAnswer({id, 1, 1}));
    ASSERT_TRUE(phone->waitFor("accepted"));
    EXPECT_EQ(get(QStringLiteral("/api/session"), &status, &type).toStdString(),
              R"({"v":2,"running":true,"students":{"phone":1,"follower":0,"total":1},"refused":0,)"
              R"("question":{"id":1,"text":"Up or \"down\"?","choices":["up","down"],"round":1,"open":true,)"
              R"("rounds":[{"round":1,"counts":[0,1],"answers":1,"revealed":false}]}})");
    EXPECT_EQ(type, "application/json");
}

TEST_F(ClassServerTest, StopClosesEveryConnectionAndThePort)
{
    auto phone = student();
    ASSERT_TRUE(phone->join("K7P2QX"));
    const quint16 port = server.port();
    auto plain = rawConnection(port);
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.openConnections() == 2; }));
    server.stop();
    EXPECT_FALSE(server.isRunning());
    EXPECT_TRUE(phone->waitFor("stopped"));
    EXPECT_TRUE(phone->waitClosed());
    EXPECT_TRUE(QTest::qWaitFor([&] { return plain->state() == QAbstractSocket::UnconnectedState; }));
    TestStudent after(port);
    EXPECT_TRUE(after.waitClosed());
    EXPECT_FALSE(after.has("welcome"));
    QTcpSocket refused;
    refused.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), port);
    EXPECT_FALSE(refused.waitForConnected(5000));
    EXPECT_EQ(refused.error(), QAbstractSocket::ConnectionRefusedError);
}

TEST_F(ClassServerTest, PlainHttpIsRateLimitedPerAddressWithAClearAnswer)
{
    server.stop();
    ClassServerOptions options;
    options.httpRequestsPerSecond = 0.2;
    options.httpBurst = 3;
    ASSERT_TRUE(startServer(300, options));
    int status = 0;
    for (int i = 0; i < 3; ++i) {
        get(QStringLiteral("/api/session"), &status);
        EXPECT_EQ(status, 200) << i;
    }
    QByteArray type;
    QByteArray language;
    const QByteArray body = get(QStringLiteral("/api/session"), &status, &type, "en-GB,en;q=0.9", &language);
    EXPECT_EQ(status, 429);
    EXPECT_EQ(type, "text/plain; charset=utf-8");
    EXPECT_EQ(body, "Too many requests from this address: wait a few seconds, then reload.\n");
    EXPECT_EQ(language, "en");
    // In the browser's language, its q-values weighed; the page's routes and unknown paths share
    // the address's bucket.
    const QByteArray italian = get(QStringLiteral("/"), &status, &type, "en;q=0.5, it-IT;q=0.8", &language);
    EXPECT_EQ(status, 429);
    EXPECT_EQ(italian.toStdString(), "Troppe richieste da questo indirizzo: aspetta qualche secondo, poi ricarica.\n");
    EXPECT_EQ(language, "it");
    // Without a header, or in a language the app does not speak: English.
    const QByteArray plain = rawExchange(server.port(), "GET /nothing-here HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    EXPECT_TRUE(plain.startsWith("HTTP/1.1 429")) << plain.toStdString();
    EXPECT_TRUE(plain.endsWith("\r\n\r\n" + body)) << plain.toStdString();
    EXPECT_EQ(get(QStringLiteral("/nothing-here"), &status, &type, "de-DE", &language), body);
    EXPECT_EQ(server.refusedCount(), 4);
    // A student's WebSocket is not a page request: it joins, and its messages have their own limit.
    auto phone = student();
    EXPECT_TRUE(phone->join("K7P2QX"));
}

TEST_F(ClassServerTest, PlainHttpConnectionsCountWithTheWebSocketsAgainstTheCap)
{
    const auto joined = fullSessionOfTwo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.openConnections() == 2; }));
    int status = 0;
    QByteArray type;
    QByteArray language;
    const QByteArray body = get(QStringLiteral("/"), &status, &type, "en-US,en;q=0.9,it;q=0.8", &language);
    EXPECT_EQ(status, 503);
    EXPECT_EQ(body, "The class session is full: try again in a minute.\n");
    EXPECT_EQ(language, "en");
    const QByteArray italian = get(QStringLiteral("/"), &status, &type, "it-IT,it;q=0.9,en;q=0.8", &language);
    EXPECT_EQ(status, 503);
    EXPECT_EQ(italian.toStdString(), "La sessione è piena: riprova tra un minuto.\n");
    EXPECT_EQ(language, "it");
    joined[1]->send(session::writeLeave());
    ASSERT_TRUE(joined[1]->waitClosed());
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.openConnections() == 1; }));
    EXPECT_TRUE(get(QStringLiteral("/")).contains("<script src=\"page.js\""));
}

TEST_F(ClassServerTest, TheDoorTurnsAwayConnectionsBeyondTheCapAndClosesIdleOnes)
{
    server.stop();
    ClassServerOptions options;
    options.httpLifetimeMs = 2000;
    ASSERT_TRUE(startServer(1, options));
    auto phone = student();
    ASSERT_TRUE(phone->join("K7P2QX"));
    // The cap (1) and the room to be told "full" (16): seventeen connections in all.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 16; ++i)
        idle.push_back(rawConnection(server.port()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.openConnections() == 17; })) << server.openConnections();
    // One that sends its request is answered in the language it asks for...
    QByteArray answer =
        rawExchange(server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\naccept-language: it-CH, en;q=0.7\r\n\r\n");
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 503 Service Unavailable\r\n")) << answer.toStdString();
    EXPECT_TRUE(answer.contains("\r\nContent-Language: it\r\n")) << answer.toStdString();
    EXPECT_TRUE(answer.endsWith("\r\n\r\nLa sessione è piena: riprova tra un minuto.\n")) << answer.toStdString();
    // ...one that sends nothing, after a second, in both.
    auto turnedAway = rawConnection(server.port());
    ASSERT_TRUE(QTest::qWaitFor([&] { return turnedAway->bytesAvailable() > 0; }));
    answer = turnedAway->readAll();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 503 Service Unavailable\r\n")) << answer.toStdString();
    EXPECT_TRUE(answer.contains("The class session is full")) << answer.toStdString();
    EXPECT_TRUE(answer.contains("La sessione è piena")) << answer.toStdString();
    EXPECT_FALSE(answer.contains("Content-Language")) << answer.toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return turnedAway->state() == QAbstractSocket::UnconnectedState; }));
    // The idle plain connections are closed after their lifetime; the student's WebSocket stays.
    for (const auto &socket : idle)
        EXPECT_TRUE(QTest::qWaitFor([&] { return socket->state() == QAbstractSocket::UnconnectedState; }));
    EXPECT_TRUE(QTest::qWaitFor([&] { return server.openConnections() == 1; })) << server.openConnections();
    EXPECT_FALSE(phone->closed);
    EXPECT_EQ(server.counts().total(), 1);
}

} // namespace
} // namespace bp
