#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>

#include <vector>

class QTcpSocket;

namespace bp {

/// The listening socket of a class session. Qt 6.4's QHttpServer has no limits of its own on plain
/// HTTP connections, so it is bound to this server (QAbstractHttpServer::bind), which counts every
/// connection open on the port (the page, GET /api/session and WebSockets alike), answers a
/// connection beyond `hardCap` at once with "503 session full" and closes it, and closes a plain
/// HTTP connection `plainLifetimeMs` after it opened unless it became a WebSocket (whose join
/// timeout and rate limit then hold).
class ConnectionGate : public QTcpServer {
    Q_OBJECT

public:
    ConnectionGate(int hardCap, int plainLifetimeMs, QObject *parent = nullptr);

    /// Connections open now, plain HTTP and WebSocket together.
    int openConnections();
    /// The connection from this peer is now a WebSocket: the session decides how long it lives.
    void markWebSocket(const QHostAddress &address, quint16 port);

signals:
    /// A connection was turned away at the door (over the hard cap).
    void connectionRefused();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Open {
        QPointer<QTcpSocket> socket;
        bool webSocket = false;
    };
    void prune();
    bool isWebSocket(const QTcpSocket *socket) const;
    void turnAway(QTcpSocket *socket);

    int m_hardCap;
    int m_plainLifetimeMs;
    std::vector<Open> m_open;
};

/// The body of a refusal over plain HTTP, in English and Italian (a phone's browser shows it as it
/// is): the two lines for `status` 429 (too many requests) or 503 (the session is full).
QByteArray httpRefusalText(int status);

} // namespace bp
