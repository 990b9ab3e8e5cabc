#include "app/class/connection_gate.h"

#include "core/session/accept_language.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace bp {

namespace {

// A connection turned away is answered once its request's headers have arrived (in the language
// they ask for), or after this long in both languages; then it is closed.
constexpr int kTurnAwayMs = 1000;
// The most of a turned-away request that is read for its headers.
constexpr qsizetype kTurnAwayHeadBytes = 8 * 1024;

} // namespace

QByteArray httpRefusalText(int status, std::string_view language)
{
    const QByteArray english = status == 429
                                   ? QByteArrayLiteral("Too many requests from this address: wait a few seconds, "
                                                       "then reload.\n")
                                   : QByteArrayLiteral("The class session is full: try again in a minute.\n");
    const QByteArray italian = status == 429 ? QByteArrayLiteral("Troppe richieste da questo indirizzo: aspetta "
                                                                 "qualche secondo, poi ricarica.\n")
                                             : QByteArrayLiteral("La sessione è piena: riprova tra un minuto.\n");
    if (language == "it")
        return italian;
    if (language == "en")
        return english;
    return english + italian;
}

std::string_view refusalLanguage(std::string_view acceptLanguage)
{
    return session::preferredLanguage(acceptLanguage, {"en", "it"});
}

QByteArray httpRequestHeader(const QByteArray &head, const QByteArray &name)
{
    const QByteArray wanted = name.toLower() + ':';
    qsizetype start = head.indexOf("\r\n");
    while (start >= 0) {
        start += 2;
        const qsizetype end = head.indexOf("\r\n", start);
        const QByteArray line = head.mid(start, end < 0 ? -1 : end - start);
        if (line.isEmpty())
            break; // the blank line: the headers ended
        if (line.toLower().startsWith(wanted))
            return line.mid(wanted.size()).trimmed();
        start = end;
    }
    return {};
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
    // Nothing of the request is read before a connection is accepted: its language is known only
    // once its headers arrive. One that sends none in time (or more than a request's head) is told
    // in both languages.
    auto head = std::make_shared<QByteArray>();
    auto answered = std::make_shared<bool>(false);
    const auto answer = [socket, answered](std::string_view language) {
        if (*answered)
            return;
        *answered = true;
        const QByteArray body = httpRefusalText(503, language);
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n" +
                      (language.empty() ? QByteArray()
                                        : "Content-Language: " + QByteArray(language.data(), language.size()) +
                                              "\r\n") +
                      "Content-Length: " + QByteArray::number(body.size()) +
                      "\r\nConnection: close\r\nRetry-After: 60\r\nCache-Control: no-store\r\nVary: "
                      "Accept-Language\r\n\r\n" +
                      body);
        socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::readyRead, socket, [socket, head, answer] {
        // (Read whole, so that closing resets nothing the browser has not read.)
        head->append(socket->readAll().left(kTurnAwayHeadBytes - head->size()));
        if (head->contains("\r\n\r\n"))
            answer(refusalLanguage(httpRequestHeader(*head, "Accept-Language").toStdString()));
        else if (head->size() >= kTurnAwayHeadBytes)
            answer({});
    });
    QTimer::singleShot(kTurnAwayMs, socket, [answer] { answer({}); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    emit connectionRefused();
}

} // namespace bp
