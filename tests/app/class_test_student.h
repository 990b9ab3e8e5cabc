#pragma once

// A student for the class-session tests: a QWebSocket that keeps every message the host sends.
#include "core/session/protocol.h"

#include <QTest>
#include <QWebSocket>

#include <string>
#include <vector>

namespace bp::test {

class TestStudent {
public:
    explicit TestStudent(quint16 port, const QString &path = QStringLiteral("/ws"))
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) { received.push_back(text.toStdString()); });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(path)));
    }
    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    void send(const std::string &text) { socket.sendTextMessage(QString::fromStdString(text)); }
    bool join(const std::string &code, session::StudentKind kind = session::StudentKind::Phone,
              const std::string &voter = {})
    {
        if (!waitConnected())
            return false;
        send(session::writeJoin({code, kind, voter}));
        return waitFor("welcome");
    }
    /// Waits until a message of this type arrives (or the connection closes).
    bool waitFor(const std::string &type, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return has(type); }, timeoutMs);
    }
    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return closed; }, timeoutMs);
    }
    bool has(const std::string &type) const { return count(type) > 0; }
    int count(const std::string &type) const
    {
        int n = 0;
        for (const std::string &text : received) {
            if (typeOf(text) == type)
                ++n;
        }
        return n;
    }
    /// The newest message of this type, parsed.
    std::optional<session::HostMessage> last(const std::string &type) const
    {
        for (auto it = received.rbegin(); it != received.rend(); ++it) {
            if (typeOf(*it) == type)
                return session::parseHostMessage(*it).message;
        }
        return std::nullopt;
    }
    static std::string typeOf(const std::string &text)
    {
        const std::size_t at = text.find("\"type\":\"");
        if (at == std::string::npos)
            return {};
        const std::size_t start = at + 8;
        return text.substr(start, text.find('"', start) - start);
    }

    QWebSocket socket;
    std::vector<std::string> received;
    bool closed = false;
};

} // namespace bp::test
