#pragma once

#include "core/session/protocol.h"
#include "core/session/rate_limit.h"
#include "core/session/tally.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <map>
#include <memory>
#include <string>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QWebSocket;

namespace bp {

class ConnectionGate;

/// The settings of a class session.
struct ClassServerOptions {
    QHostAddress address = QHostAddress::LocalHost; ///< the one interface to listen on
    quint16 port = 0;                               ///< 0: any free port
    QString code;                                   ///< required to join (see session_code.h)
    int maxConnections = 300;                       ///< students (phones + followers)
    /// Plain HTTP (the page, GET /api/session): a token bucket per address, as for a WebSocket's
    /// messages; a request over it gets 429.
    double httpRequestsPerSecond = 10.0;
    double httpBurst = 40.0;
    /// A plain HTTP connection is closed this long after it opened (not once it is a WebSocket).
    int httpLifetimeMs = 10'000;
};

/// Students connected, by kind.
struct ClassCounts {
    int phones = 0;
    int followers = 0;
    int total() const { return phones + followers; }
};

/// The lecturer's side of a class session: Qt's HTTP server on one address and port serves the
/// phone page (resources/class/) and GET /api/session; WebSocket upgrades on /ws on the same port
/// carry the protocol of core/session/protocol.h. Off until start(); stop() closes everything.
/// Lives in the GUI thread: every message is small and parsed at once (state payloads are only
/// forwarded), a follower whose socket backs up gets the newest state later instead of a queue, so
/// the window's event loop never waits on a student.
class ClassServer : public QObject {
    Q_OBJECT

public:
    explicit ClassServer(QObject *parent = nullptr);
    ~ClassServer() override;

    /// Listens; false with errorString() when the address or port cannot be used or the code is empty.
    bool start(const ClassServerOptions &options);
    /// Sends "stopped" to everyone, closes every connection and the port. Safe when not running.
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    QHostAddress address() const { return m_options.address; }
    quint16 port() const { return m_port; }
    QString code() const { return m_options.code; }
    /// http://ADDRESS:PORT/ (what the QR code holds; the page reads a code after '#').
    QUrl pageUrl() const;

    /// The lecturer's screen for followers (classui's JSON): kept as the newest and sent to every
    /// follower, and to each follower that joins later. Refused (false) above kMaxStateBytes.
    bool publishState(const QByteArray &payload);

    /// Opens a question (round 1) and sends it to every student; returns its id. `languages`: the
    /// same question in the students' languages, for the phone page to show in the browser's.
    std::int64_t openQuestion(const QString &text, const QStringList &choices,
                              std::map<std::string, session::Wording> languages = {});
    /// "Vote again": round n+1 of the current question, earlier rounds kept.
    bool voteAgain();
    /// Shows the right choice and one line of why to every student (`whys`: the line in each of the
    /// question's languages).
    bool reveal(int correct, const QString &why, const std::map<std::string, std::string> &whys = {});
    /// No question on the students' screens.
    void closeQuestion();
    const session::SessionTally &tally() const { return m_tally; }

    ClassCounts counts() const;
    /// Connections open on the port now: plain HTTP and WebSocket, joined or not.
    int openConnections() const;
    /// Messages and connections refused since start (bad JSON, forbidden kinds, floods, caps, codes).
    int refusedCount() const { return m_refused; }
    /// States not sent to a follower whose socket had backed up (it gets the newest once it drains).
    int statesHeldBack() const { return m_statesHeldBack; }
    /// GET /api/session's JSON: students by kind, the current question and its tallies.
    QByteArray sessionJson() const;

signals:
    void studentsChanged(bp::ClassCounts counts);
    /// An answer was counted (question id, round); read the counts from tally().
    void answersChanged(qint64 question, int round);
    /// A connection or message was refused (reason as on the wire, e.g. "bad-message").
    void refused(const QString &reason);

private:
    struct Connection;
    void serveHttp(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void acceptWebSockets();
    void onMessage(Connection *connection, const QString &text);
    void onDisconnected(Connection *connection);
    void handleJoin(Connection *connection, const session::Join &join);
    void handleAnswer(Connection *connection, const session::Answer &answer);
    void refuse(Connection *connection, session::Refusal reason, const std::string &message);
    void sendText(Connection *connection, const std::string &text);
    void sendStateTo(Connection *connection);
    void broadcast(const std::string &text, bool followersOnly = false);
    session::Millis now() const;
    bool isLive(const Connection *connection) const;

    ClassServerOptions m_options;
    quint16 m_port = 0;
    QString m_error;
    std::unique_ptr<QHttpServer> m_http;
    ConnectionGate *m_gate = nullptr; // owned by m_http
    session::AddressRateLimiter m_httpLimiter;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::vector<std::unique_ptr<Connection>> m_closed;
    session::SessionTally m_tally;
    session::AttemptBackoff m_backoff;
    QByteArray m_state;
    QString m_stateMessage;
    std::int64_t m_stateSeq = 0;
    int m_refused = 0;
    int m_statesHeldBack = 0;
    QElapsedTimer m_clock;
};

} // namespace bp
