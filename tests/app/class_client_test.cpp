// A follower's transport against a real ClassServer over loopback: state on join, live states,
// questions, catching up after the host appears late, and the host stopping.
#include "app/class/class_client.h"
#include "app/class/class_server.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <gtest/gtest.h>

namespace bp {
namespace {

ClassServerOptions loopback(quint16 port = 0)
{
    ClassServerOptions options;
    options.address = QHostAddress(QStringLiteral("127.0.0.1"));
    options.port = port;
    options.code = QStringLiteral("K7P2QX");
    return options;
}

QString hostOf(const ClassServer &server)
{
    return QStringLiteral("127.0.0.1:%1").arg(server.port());
}

TEST(ClassClient, FollowsTheNewestStateAndTheQuestions)
{
    ClassServer server;
    ASSERT_TRUE(server.start(loopback()));
    ASSERT_TRUE(server.publishState(R"({"phase":"forward","layer":1})"));
    ASSERT_TRUE(server.publishState(R"({"phase":"forward","layer":2})"));
    ClassClient client;
    client.connectToHost(hostOf(server), QStringLiteral("k7p2qx"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.status() == ClassClient::Status::Following; }, 5000));
    // Only the newest state is sent to a joiner.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !client.lastState().isEmpty(); }, 5000));
    EXPECT_EQ(client.lastState(), R"({"phase":"forward","layer":2})");
    EXPECT_EQ(server.counts().followers, 1);

    server.publishState(R"({"phase":"backward","text":"δ = \"x\"\n"})");
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.lastState().contains("backward"); }, 5000));
    EXPECT_EQ(client.lastState(), R"({"phase":"backward","text":"δ = \"x\"\n"})");

    const qint64 id =
        server.openQuestion(QStringLiteral("up?"), {QStringLiteral("up"), QStringLiteral("down")});
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.question().has_value(); }, 5000));
    EXPECT_EQ(client.question()->question, id);
    EXPECT_TRUE(client.answer(1));
    EXPECT_FALSE(client.answer(0)) << "one answer per round";
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.tally().current()->rounds[0].total() == 1; }, 5000));
    EXPECT_EQ(server.tally().current()->rounds[0].counts, (std::vector<int>{0, 1}));
    server.reveal(1, QStringLiteral("because"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.question()->correct.has_value(); }, 5000));
    EXPECT_EQ(client.question()->why, "because");
}

TEST(ClassClient, ReconnectsAndCatchesUpWhenTheHostComesBack)
{
    // A port that is free now: the follower tries it before the host listens there.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    const quint16 port = probe.serverPort();
    probe.close();

    ClassClient client;
    client.connectToHost(QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("K7P2QX"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.status() == ClassClient::Status::Reconnecting; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.reconnectDelayMs() >= 2000; }, 5000))
        << "the delay doubles";

    ClassServer server;
    ASSERT_TRUE(server.start(loopback(port)));
    server.publishState("{\"step\":41}");
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.status() == ClassClient::Status::Following; }, 15000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.lastState() == "{\"step\":41}"; }, 5000));
    EXPECT_EQ(client.reconnectDelayMs(), 500) << "a good join resets the delay";
}

TEST(ClassClient, SaysSoWhenTheHostStopsAndKeepsItsCopy)
{
    ClassServer server;
    ASSERT_TRUE(server.start(loopback()));
    server.publishState("{\"kept\":true}");
    ClassClient client;
    client.connectToHost(hostOf(server), QStringLiteral("K7P2QX"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.lastState() == "{\"kept\":true}"; }, 5000));
    server.stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.status() == ClassClient::Status::HostStopped; }, 5000));
    EXPECT_EQ(client.lastState(), "{\"kept\":true}");
    QTest::qWait(1200);
    EXPECT_EQ(client.status(), ClassClient::Status::HostStopped) << "no reconnect after a stop";
}

// Something that is not our host answers on the port: each bad message drops the connection,
// is counted, and the client keeps trying (with backoff) instead of trusting it.
TEST(ClassClient, ABrokenHostIsNotBelievedAndTheClientTriesAgain)
{
    QWebSocketServer impostor(QStringLiteral("impostor"), QWebSocketServer::NonSecureMode);
    ASSERT_TRUE(impostor.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    int connections = 0;
    QObject::connect(&impostor, &QWebSocketServer::newConnection, &impostor, [&] {
        QWebSocket *socket = impostor.nextPendingConnection();
        ++connections;
        socket->setParent(&impostor);
        socket->sendTextMessage(connections == 1
                                    ? QStringLiteral("{\"v\":2,\"type\":\"welcome\",\"kind\":\"admin\"}")
                                    : QStringLiteral("not json"));
    });
    ClassClient client;
    client.connectToHost(QStringLiteral("127.0.0.1:%1").arg(impostor.serverPort()), QStringLiteral("K7P2QX"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.badMessages() >= 2; }, 10000));
    EXPECT_GE(connections, 2);
    EXPECT_NE(client.status(), ClassClient::Status::Following);
    EXPECT_TRUE(client.lastState().isEmpty());
}

TEST(ClassClient, AWrongCodeIsFinal)
{
    ClassServer server;
    ASSERT_TRUE(server.start(loopback()));
    ClassClient client;
    client.connectToHost(hostOf(server), QStringLiteral("AAAAAA"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.status() == ClassClient::Status::Refused; }, 5000));
    EXPECT_EQ(client.refusal(), session::Refusal::WrongCode);
}

TEST(ClassServer, ServesOneChosenInterfaceOnlyAndNeedsACode)
{
    ClassServer server;
    ClassServerOptions options = loopback();
    options.address = QHostAddress(QHostAddress::Any);
    EXPECT_FALSE(server.start(options));
    EXPECT_EQ(server.errorString(), "choose one interface address to serve on, not all of them");
    options.address = QHostAddress(QHostAddress::AnyIPv6);
    EXPECT_FALSE(server.start(options));
    options = loopback();
    options.code = QStringLiteral("  ");
    EXPECT_FALSE(server.start(options));
    EXPECT_EQ(server.errorString(), "a class session needs a code");
    EXPECT_FALSE(server.isRunning());
    EXPECT_TRUE(server.start(loopback()));
    EXPECT_EQ(server.pageUrl().toString(), QStringLiteral("http://127.0.0.1:%1/").arg(server.port()));
}

// A follower that stops reading: a raw WebSocket (handshake and one masked join frame by hand)
// whose socket takes no more bytes once joined, so the host's send buffer backs up.
TEST(ClassServer, AFollowerThatStopsReadingGetsOnlyTheNewestStateLater)
{
    ClassServer server;
    ASSERT_TRUE(server.start(loopback()));
    QTcpSocket stalled;
    stalled.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), server.port());
    ASSERT_TRUE(stalled.waitForConnected(5000));
    stalled.write("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    // The join frame only after the handshake's answer: bytes sent behind the request would reach
    // the HTTP server's parser, not the WebSocket.
    QByteArray handshake;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            handshake += stalled.readAll();
            return handshake.contains("\r\n\r\n");
        },
        5000));
    ASSERT_TRUE(handshake.startsWith("HTTP/1.1 101")) << handshake.toStdString();
    const QByteArray join =
        QByteArray::fromStdString(session::writeJoin({"K7P2QX", session::StudentKind::Follower, ""}));
    ASSERT_LT(join.size(), 126);
    QByteArray frame;
    frame.append(char(0x81)); // FIN, text
    frame.append(char(0x80 | join.size()));
    const char mask[4] = {0x11, 0x22, 0x33, 0x44};
    frame.append(mask, 4);
    for (int i = 0; i < join.size(); ++i)
        frame.append(char(join[i] ^ mask[i % 4]));
    stalled.write(frame);
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.counts().followers == 1; }, 5000));
    stalled.setReadBufferSize(1); // from here on Qt reads (almost) nothing: the kernel buffers fill

    const QByteArray megabyte(1 << 20, 'x');
    for (int i = 0; i < 40; ++i) {
        server.publishState("{\"step\":" + QByteArray::number(i) + ",\"pad\":\"" + megabyte + "\"}");
        QTest::qWait(5);
    }
    // The host did not queue 40 MB for it: once 8 MB were waiting, further states were held back.
    EXPECT_GT(server.statesHeldBack(), 0);
    EXPECT_LT(server.statesHeldBack(), 40);

    // Another follower is served at once meanwhile.
    ClassClient healthy;
    healthy.connectToHost(hostOf(server), QStringLiteral("K7P2QX"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return healthy.lastState().startsWith("{\"step\":39,"); }, 10000));

    // The stalled follower reads again: what it gets ends with the newest state, not a backlog of all.
    stalled.setReadBufferSize(0);
    QByteArray received;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            received += stalled.readAll();
            return received.contains("{\\\"step\\\":39,");
        },
        20000));
    EXPECT_LT(received.count("\"type\":\"state\""), 40);
}

TEST(ClassServer, RefusesAStateOverItsCap)
{
    ClassServer server;
    ASSERT_TRUE(server.start(loopback()));
    EXPECT_FALSE(server.publishState(QByteArray(static_cast<int>(session::kMaxStateBytes) + 1, ' ')));
    EXPECT_TRUE(server.publishState(QByteArray("{}")));
}

} // namespace
} // namespace bp
