#include "app/class/connection_gate.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace bp {

namespace {

// A connection turned away is answered at once, and closed once its request has arrived (closing
// with the request unread would reset the connection before the browser reads the answer), or
// after this long.
constexpr int kTurnAwayMs = 1000;

} // namespace

QByteArray httpRefusalText(int status)
{
    if (status == 429)
        return QByteArrayLiteral(
            "Too many requests from this address: wait a few seconds, then reload.\n"
            "Troppe richieste da questo indirizzo: aspetta qualche secondo, poi ricarica.\n");
    return QByteArrayLiteral("The class session is full: try again in a minute.\n"
                             "La sessione è piena: riprova tra un minuto.\n");
}

ConnectionGate::ConnectionGate(int hardCap, int plainLifetimeMs, QObject *parent)
    : QTcpServer(parent), m_hardCap(hardCap), m_plainLifetimeMs(plainLifetimeMs)
{
}

void ConnectionGate::prune()
{
    m_open.erase(std::remove_if(m_open.begin(), m_open.end(),
                                [](const Open &open) {
                                    return !open.socket ||
                                           open.socket->state() == QAbstractSocket::UnconnectedState;
                                }),
                 m_open.end());
}

int ConnectionGate::openConnections()
{
    prune();
    return static_cast<int>(m_open.size());
}

void ConnectionGate::markWebSocket(const QHostAddress &address, quint16 port)
{
    for (Open &open : m_open)
        if (open.socket && open.socket->peerPort() == port && open.socket->peerAddress() == address)
            open.webSocket = true;
}

bool ConnectionGate::isWebSocket(const QTcpSocket *socket) const
{
    return std::any_of(m_open.begin(), m_open.end(),
                       [socket](const Open &open) { return open.socket == socket && open.webSocket; });
}

void ConnectionGate::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (openConnections() >= m_hardCap) {
        turnAway(socket);
        return;
    }
    m_open.push_back({socket, false});
    // Qt 6.4's HTTP server keeps a connection as long as the browser does: a plain one is closed
    // after its lifetime (the browser opens another when it needs one).
    QTimer::singleShot(m_plainLifetimeMs, socket, [this, socket] {
        if (!isWebSocket(socket))
            socket->disconnectFromHost();
    });
    addPendingConnection(socket);
}

void ConnectionGate::turnAway(QTcpSocket *socket)
{
    const QByteArray body = httpRefusalText(503);
    socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                  "Content-Length: " +
                  QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\nRetry-After: 60\r\nCache-Control: no-store\r\n\r\n" + body);
    connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        socket->readAll();
        socket->disconnectFromHost();
    });
    QTimer::singleShot(kTurnAwayMs, socket, [socket] { socket->disconnectFromHost(); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    emit connectionRefused();
}

} // namespace bp
