#include "app/class/class_server.h"

#include "app/class/connection_gate.h"
#include "core/formats/json.h"
#include "core/session/session_code.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <set>
#include <utility>

namespace bp {

namespace {

// A follower whose socket has this much still unwritten gets no further state until it drains;
// then the newest (latest wins, never a queue).
constexpr qint64 kMaxBacklogBytes = 8 * 1024 * 1024;
// A connection must join within this time, or it is closed.
constexpr int kJoinTimeoutMs = 10'000;
// Connections let in beyond the students' cap, to be told "session full" (over HTTP or the
// WebSocket) instead of being cut off; beyond these the door (ConnectionGate) answers 503 and closes.
constexpr int kRefusalRoom = 16;

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QHttpServerResponse staticResponse(const QString &path, const QByteArray &mimeType)
{
    const QByteArray body = readResource(path);
    if (body.isEmpty())
        return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
    QHttpServerResponse response(mimeType, body);
    // The page is the app's own: nothing from elsewhere may run in it, and nothing is cached across
    // sessions (a new session may bring a new version of the app).
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("X-Content-Type-Options", "nosniff");
    response.addHeader("Content-Security-Policy",
                       "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                       "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    return response;
}

} // namespace

struct ClassServer::Connection {
    std::unique_ptr<QWebSocket> socket;
    QString address;
    std::uint64_t serial = 0;
    bool joined = false;
    bool closing = false;
    session::StudentKind kind = session::StudentKind::Phone;
    std::string voter;
    session::MessageRateLimiter limiter;
    std::set<std::pair<std::int64_t, int>> answered;
    qint64 unwritten = 0;
    bool stateBehind = false;
};

ClassServer::ClassServer(QObject *parent) : QObject(parent)
{
    m_clock.start();
}

ClassServer::~ClassServer()
{
    stop();
}

session::Millis ClassServer::now() const
{
    return m_clock.elapsed();
}

bool ClassServer::isRunning() const
{
    return m_http != nullptr;
}

QUrl ClassServer::pageUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

bool ClassServer::start(const ClassServerOptions &options)
{
    stop();
    m_error.clear();
    if (options.code.trimmed().isEmpty()) {
        m_error = QStringLiteral("a class session needs a code");
        return false;
    }
    // One interface, chosen: never every interface at once (a laptop on the lecture hall's network
    // and on a VPN would serve both).
    if (options.address.isNull() || options.address == QHostAddress(QHostAddress::Any) ||
        options.address == QHostAddress(QHostAddress::AnyIPv4) ||
        options.address == QHostAddress(QHostAddress::AnyIPv6)) {
        m_error = QStringLiteral("choose one interface address to serve on, not all of them");
        return false;
    }
    if (options.maxConnections < 1) {
        m_error = QStringLiteral("the connection cap must be at least 1");
        return false;
    }
    auto http = std::make_unique<QHttpServer>();
    // Every request goes through serveHttp (the limits first). Qt 6.4 hands a WebSocket upgrade to
    // its WebSocket server only when a route takes the request and writes nothing back, so /ws is a
    // route; on any other path an upgrade finds none and is closed by Qt.
    for (const char *path : {"/", "/page.js", "/page.css", "/api/session", "/ws"})
        http->route(QString::fromLatin1(path),
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        serveHttp(request, std::move(responder));
                    });
    http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        serveHttp(request, std::move(responder));
    });
    connect(http.get(), &QAbstractHttpServer::newWebSocketConnection, this, &ClassServer::acceptWebSockets);
    // The door counts plain HTTP and WebSocket connections together; beyond the students' cap a
    // few more are let in, only to be told that the session is full.
    auto *gate = new ConnectionGate(options.maxConnections + kRefusalRoom, options.httpLifetimeMs);
    if (!gate->listen(options.address, options.port)) {
        m_error = QStringLiteral("cannot listen on %1:%2: %3")
                      .arg(options.address.toString())
                      .arg(options.port)
                      .arg(gate->errorString());
        delete gate;
        return false;
    }
    connect(gate, &ConnectionGate::connectionRefused, this, [this] {
        ++m_refused;
        emit refused(QString::fromUtf8(session::refusalName(session::Refusal::SessionFull)));
    });
    http->bind(gate);
    const quint16 port = gate->serverPort();
    m_gate = gate;
    session::AddressRateLimiter::Settings httpLimits;
    httpLimits.perSecond = options.httpRequestsPerSecond;
    httpLimits.burst = options.httpBurst;
    m_httpLimiter = session::AddressRateLimiter(httpLimits);
    m_options = options;
    m_options.code = QString::fromStdString(session::normaliseCode(options.code.toStdString()));
    m_port = port;
    m_http = std::move(http);
    m_tally = session::SessionTally{};
    m_backoff = session::AttemptBackoff{};
    m_state.clear();
    m_stateSeq = 0;
    m_refused = 0;
    m_statesHeldBack = 0;
    return true;
}

void ClassServer::stop()
{
    if (!m_http)
        return;
    const QString stopped = QString::fromStdString(session::writeStopped());
    std::vector<std::unique_ptr<Connection>> connections = std::move(m_connections);
    m_connections.clear();
    for (std::unique_ptr<Connection> &connection : connections) {
        QWebSocket *socket = connection->socket.release();
        socket->disconnect(this);
        if (connection->joined)
            socket->sendTextMessage(stopped);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("host stopped"));
        socket->flush();
        socket->deleteLater();
        connection->closing = true;
        m_closed.push_back(std::move(connection));
    }
    // stop() may run inside a handler of one of these connections (a slot of ours calling it).
    QTimer::singleShot(0, this, [this] { m_closed.clear(); });
    // Deleting the server closes its listening sockets and every HTTP connection.
    m_http.reset();
    m_gate = nullptr;
    m_port = 0;
    emit studentsChanged(counts());
}

int ClassServer::openConnections() const
{
    return m_gate ? m_gate->openConnections() : 0;
}

void ClassServer::serveHttp(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    const bool upgrade = request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
    if (path == QLatin1String("/ws") && upgrade)
        return; // Qt's WebSocket server takes it from here (acceptWebSockets)
    const auto refuseHttp = [&](QHttpServerResponder::StatusCode status, int code, session::Refusal reason) {
        ++m_refused;
        emit refused(QString::fromUtf8(session::refusalName(reason)));
        // In the browser's language: a phone's browser shows the text as it is.
        const std::string_view language = refusalLanguage(request.value("accept-language").toStdString());
        QHttpServerResponse response("text/plain; charset=utf-8", httpRefusalText(code, language), status);
        response.addHeader("Content-Language", QByteArray(language.data(), static_cast<qsizetype>(language.size())));
        response.addHeader("Vary", "Accept-Language");
        response.addHeader("Retry-After", code == 429 ? "5" : "60");
        response.addHeader("Cache-Control", "no-store");
        response.write(std::move(responder));
    };
    if (!m_httpLimiter.allow(request.remoteAddress().toString().toStdString(), now())) {
        refuseHttp(QHttpServerResponder::StatusCode::TooManyRequests, 429, session::Refusal::TooFast);
        return;
    }
    // This connection is counted too: more than the cap open means the session is full.
    if (openConnections() > m_options.maxConnections) {
        refuseHttp(QHttpServerResponder::StatusCode::ServiceUnavailable, 503, session::Refusal::SessionFull);
        return;
    }
    if (path == QLatin1String("/")) {
        staticResponse(QStringLiteral(":/class/index.html"), "text/html; charset=utf-8")
            .write(std::move(responder));
    } else if (path == QLatin1String("/page.js")) {
        staticResponse(QStringLiteral(":/class/page.js"), "text/javascript; charset=utf-8")
            .write(std::move(responder));
    } else if (path == QLatin1String("/page.css")) {
        staticResponse(QStringLiteral(":/class/page.css"), "text/css; charset=utf-8")
            .write(std::move(responder));
    } else if (path == QLatin1String("/api/session")) {
        QHttpServerResponse response("application/json", sessionJson());
        response.addHeader("Cache-Control", "no-store");
        response.write(std::move(responder));
    } else if (path == QLatin1String("/ws")) {
        responder.write(QHttpServerResponder::StatusCode::BadRequest);
    } else {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }
}

ClassCounts ClassServer::counts() const
{
    ClassCounts counts;
    for (const std::unique_ptr<Connection> &connection : m_connections) {
        if (!connection->joined || connection->closing)
            continue;
        if (connection->kind == session::StudentKind::Follower)
            ++counts.followers;
        else
            ++counts.phones;
    }
    return counts;
}

void ClassServer::acceptWebSockets()
{
    static std::uint64_t nextSerial = 1;
    while (m_http && m_http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
        if (!socket)
            break;
        m_gate->markWebSocket(socket->peerAddress(), socket->peerPort());
        socket->setMaxAllowedIncomingMessageSize(session::kMaxStudentMessageBytes);
        socket->setMaxAllowedIncomingFrameSize(session::kMaxStudentMessageBytes);
        if (socket->requestUrl().path() != QLatin1String("/ws")) {
            ++m_refused;
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not found"));
            socket.release()->deleteLater();
            continue;
        }
        if (static_cast<int>(m_connections.size()) >= m_options.maxConnections) {
            ++m_refused;
            emit refused(QString::fromUtf8(session::refusalName(session::Refusal::SessionFull)));
            socket->sendTextMessage(QString::fromStdString(
                session::writeRefused(session::Refusal::SessionFull, "the session is full")));
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("session full"));
            socket.release()->deleteLater();
            continue;
        }
        auto connection = std::make_unique<Connection>();
        connection->address = socket->peerAddress().toString();
        connection->serial = nextSerial++;
        connection->socket = std::move(socket);
        Connection *raw = connection.get();
        QWebSocket *ws = raw->socket.get();
        connect(ws, &QWebSocket::textMessageReceived, this,
                [this, raw](const QString &text) { onMessage(raw, text); });
        connect(ws, &QWebSocket::binaryMessageReceived, this, [this, raw](const QByteArray &) {
            refuse(raw, session::Refusal::BadMessage, "message: binary frames are not part of the protocol");
        });
        connect(ws, &QWebSocket::disconnected, this, [this, raw] { onDisconnected(raw); });
        connect(ws, &QWebSocket::bytesWritten, this, [this, raw](qint64 bytes) {
            raw->unwritten = std::max<qint64>(0, raw->unwritten - bytes);
            if (raw->stateBehind && raw->unwritten == 0)
                sendStateTo(raw);
        });
        QTimer::singleShot(kJoinTimeoutMs, ws, [this, raw] {
            if (isLive(raw) && !raw->joined && !raw->closing)
                refuse(raw, session::Refusal::BadMessage, "join: no join within 10 s");
        });
        m_connections.push_back(std::move(connection));
    }
}

void ClassServer::onMessage(Connection *connection, const QString &text)
{
    if (connection->closing)
        return;
    if (!connection->limiter.allow(now())) {
        refuse(connection, session::Refusal::TooFast, "message: more than 5 messages a second");
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    const session::StudentParse parsed = session::parseStudentMessage(
        std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    if (!parsed.message) {
        refuse(connection, parsed.refusal, parsed.error);
        return;
    }
    if (const auto *join = std::get_if<session::Join>(&*parsed.message)) {
        handleJoin(connection, *join);
    } else if (!connection->joined) {
        refuse(connection, session::Refusal::BadMessage, "message: join first");
    } else if (const auto *answer = std::get_if<session::Answer>(&*parsed.message)) {
        handleAnswer(connection, *answer);
    } else {
        connection->closing = true;
        connection->socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("left"));
        emit studentsChanged(counts());
    }
}

void ClassServer::handleJoin(Connection *connection, const session::Join &join)
{
    if (connection->joined) {
        refuse(connection, session::Refusal::BadMessage, "join: this connection has joined already");
        return;
    }
    const std::string address = connection->address.toStdString();
    const session::Millis wait = m_backoff.waitFor(address, now());
    if (wait > 0) {
        refuse(connection, session::Refusal::TooManyAttempts,
               "too many wrong codes from this address: try again in " + std::to_string((wait + 999) / 1000) +
                   " s");
        return;
    }
    if (!session::codeMatches(m_options.code.toStdString(), join.code)) {
        m_backoff.recordFailure(address, now());
        refuse(connection, session::Refusal::WrongCode, "wrong session code");
        return;
    }
    m_backoff.recordSuccess(address);
    connection->joined = true;
    connection->kind = join.kind;
    connection->voter =
        join.voter.empty() ? "connection:" + std::to_string(connection->serial) : "voter:" + join.voter;
    session::Welcome welcome;
    welcome.kind = join.kind;
    welcome.question = m_tally.shown();
    if (welcome.question)
        welcome.yourChoice = m_tally.choiceOf(connection->voter);
    sendText(connection, session::writeWelcome(welcome));
    if (join.kind == session::StudentKind::Follower && !m_state.isEmpty())
        sendStateTo(connection);
    emit studentsChanged(counts());
}

void ClassServer::handleAnswer(Connection *connection, const session::Answer &answer)
{
    if (!connection->answered.insert({answer.question, answer.round}).second) {
        refuse(connection, session::Refusal::BadMessage, "answer: one answer per question round");
        return;
    }
    switch (m_tally.answer(connection->voter, answer)) {
    case session::AnswerOutcome::Counted:
        sendText(connection, session::writeAccepted(answer));
        emit answersChanged(answer.question, answer.round);
        break;
    case session::AnswerOutcome::Closed:
        sendText(connection, session::writeIgnored({answer.question, answer.round, "closed"}));
        break;
    case session::AnswerOutcome::Answered:
        sendText(connection, session::writeIgnored({answer.question, answer.round, "answered"}));
        break;
    case session::AnswerOutcome::Invalid:
        refuse(connection, session::Refusal::BadMessage, "answer.choice: not a choice of this question");
        break;
    }
}

void ClassServer::refuse(Connection *connection, session::Refusal reason, const std::string &message)
{
    if (connection->closing)
        return;
    const bool wasCounted = connection->joined;
    connection->closing = true;
    ++m_refused;
    sendText(connection, session::writeRefused(reason, message));
    connection->socket->close(reason == session::Refusal::WrongCode
                                  ? QWebSocketProtocol::CloseCodeNormal
                                  : QWebSocketProtocol::CloseCodePolicyViolated,
                              QString::fromUtf8(session::refusalName(reason)));
    emit refused(QString::fromUtf8(session::refusalName(reason)));
    if (wasCounted)
        emit studentsChanged(counts());
}

void ClassServer::onDisconnected(Connection *connection)
{
    const auto found = std::find_if(m_connections.begin(), m_connections.end(),
                                    [connection](const auto &owned) { return owned.get() == connection; });
    if (found == m_connections.end())
        return;
    // A frame over the size cap makes Qt close the socket itself (close code 1009): counted too.
    if (!connection->closing && connection->socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData) {
        ++m_refused;
        emit refused(QString::fromUtf8(session::refusalName(session::Refusal::BadMessage)));
    }
    const bool wasCounted = connection->joined && !connection->closing;
    std::unique_ptr<Connection> owned = std::move(*found);
    m_connections.erase(found);
    owned->socket->disconnect(this);
    owned->socket.release()->deleteLater();
    // Qt may report the disconnection from inside close() while a handler of this connection is
    // still running: the record goes when the event loop next runs, not now.
    owned->closing = true;
    m_closed.push_back(std::move(owned));
    QTimer::singleShot(0, this, [this] { m_closed.clear(); });
    if (wasCounted)
        emit studentsChanged(counts());
}

bool ClassServer::isLive(const Connection *connection) const
{
    return std::any_of(m_connections.begin(), m_connections.end(),
                       [connection](const auto &owned) { return owned.get() == connection; });
}

void ClassServer::sendText(Connection *connection, const std::string &text)
{
    connection->unwritten += static_cast<qint64>(text.size());
    connection->socket->sendTextMessage(QString::fromStdString(text));
}

void ClassServer::sendStateTo(Connection *connection)
{
    if (connection->closing || !connection->joined || m_state.isEmpty())
        return;
    if (connection->unwritten > kMaxBacklogBytes) {
        connection->stateBehind = true;
        ++m_statesHeldBack;
        return;
    }
    connection->stateBehind = false;
    connection->unwritten += m_stateMessage.size();
    connection->socket->sendTextMessage(m_stateMessage);
}

void ClassServer::broadcast(const std::string &text, bool followersOnly)
{
    const QString message = QString::fromStdString(text);
    for (const std::unique_ptr<Connection> &connection : m_connections) {
        if (!connection->joined || connection->closing)
            continue;
        if (followersOnly && connection->kind != session::StudentKind::Follower)
            continue;
        connection->unwritten += message.size();
        connection->socket->sendTextMessage(message);
    }
}

bool ClassServer::publishState(const QByteArray &payload)
{
    if (!session::stateFits(std::string_view(payload.constData(), static_cast<std::size_t>(payload.size()))))
        return false;
    m_state = payload;
    ++m_stateSeq;
    m_stateMessage = QString::fromStdString(session::writeState(
        m_stateSeq, std::string_view(payload.constData(), static_cast<std::size_t>(payload.size()))));
    for (const std::unique_ptr<Connection> &connection : m_connections) {
        if (connection->kind == session::StudentKind::Follower)
            sendStateTo(connection.get());
    }
    return true;
}

std::int64_t ClassServer::openQuestion(const QString &text, const QStringList &choices,
                                       std::map<std::string, session::Wording> languages)
{
    std::vector<std::string> labels;
    for (const QString &choice : choices)
        labels.push_back(choice.toStdString());
    const std::int64_t id = m_tally.openQuestion(text.toStdString(), std::move(labels), std::move(languages));
    broadcast(session::writeQuestion(*m_tally.shown()));
    for (const std::unique_ptr<Connection> &connection : m_connections)
        connection->answered.clear();
    return id;
}

bool ClassServer::voteAgain()
{
    if (!m_tally.voteAgain())
        return false;
    broadcast(session::writeQuestion(*m_tally.shown()));
    return true;
}

bool ClassServer::reveal(int correct, const QString &why, const std::map<std::string, std::string> &whys)
{
    if (!m_tally.reveal(correct, why.toStdString(), whys))
        return false;
    broadcast(session::writeReveal(*m_tally.shown()));
    return true;
}

void ClassServer::closeQuestion()
{
    m_tally.close();
    broadcast(session::writeIdle());
}

QByteArray ClassServer::sessionJson() const
{
    const ClassCounts students = counts();
    std::string out = "{\"v\":" + std::to_string(session::kProtocolVersion) +
                      ",\"running\":" + (isRunning() ? "true" : "false") +
                      ",\"students\":{\"phone\":" + std::to_string(students.phones) +
                      ",\"follower\":" + std::to_string(students.followers) +
                      ",\"total\":" + std::to_string(students.total()) + "}" +
                      ",\"refused\":" + std::to_string(m_refused) + ",\"question\":";
    const session::QuestionTally *question = m_tally.current();
    if (!question) {
        out += "null";
    } else {
        const std::optional<session::QuestionShown> shown = m_tally.shown();
        out += "{\"id\":" + std::to_string(question->id) + ",\"text\":" + jsonQuote(question->text) +
               ",\"choices\":[";
        for (std::size_t c = 0; c < question->choices.size(); ++c) {
            if (c)
                out += ",";
            out += jsonQuote(question->choices[c]);
        }
        out += "],\"round\":" + std::to_string(shown->round) +
               ",\"open\":" + std::string(m_tally.isOpen() ? "true" : "false");
        if (shown->correct)
            out += ",\"correct\":" + std::to_string(*shown->correct);
        out += ",\"rounds\":[";
        for (std::size_t r = 0; r < question->rounds.size(); ++r) {
            const session::RoundTally &round = question->rounds[r];
            out += std::string(r ? "," : "") + "{\"round\":" + std::to_string(round.round) + ",\"counts\":[";
            for (std::size_t c = 0; c < round.counts.size(); ++c) {
                if (c)
                    out += ",";
                out += std::to_string(round.counts[c]);
            }
            out += "],\"answers\":" + std::to_string(round.total()) +
                   ",\"revealed\":" + (round.revealed ? "true" : "false") + "}";
        }
        out += "]}";
    }
    out += "}";
    return QByteArray::fromStdString(out);
}

} // namespace bp
