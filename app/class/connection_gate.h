#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>

#include <string_view>
#include <vector>

class QTcpSocket;

namespace bp {

/// The listening socket of a class session. Qt 6.4's QHttpServer has no limits of its own on plain
/// HTTP connections, so it is bound to this server (QAbstractHttpServer::bind), which counts every
/// connection open on the port (the page, GET /api/session and WebSockets alike), answers a
/// connection beyond `hardCap` with "503 session full" (in the language its request's headers ask
/// for, in both when none arrive within a second) and closes it, and closes a plain
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

/// The body of a refusal over plain HTTP (a phone's browser shows it as it is): the line for
/// `status` 429 (too many requests) or 503 (the session is full) in `language` ("en" or "it"), or
/// in both when the request's language cannot be known (empty).
QByteArray httpRefusalText(int status, std::string_view language = {});

/// The language of a refusal for a request with this Accept-Language value: "it" or "en".
std::string_view refusalLanguage(std::string_view acceptLanguage);

/// The value of the header `name` (any case) in the head of an HTTP request as it arrived (the
/// request line, then header lines ending in CRLF); empty when it is not there.
QByteArray httpRequestHeader(const QByteArray &head, const QByteArray &name);

} // namespace bp
