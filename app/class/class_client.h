#pragma once

#include "core/session/protocol.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <optional>

class QWebSocket;

namespace bp {

/// A follower's connection to the lecturer's ClassServer: joins with the code as a "follower",
/// hands on every state the host sends (the newest comes again on each join, so a reconnect
/// catches up), the questions and reveals; reconnects with backoff (0.5 s doubling to 8 s) when the
/// connection drops, and stops for good when the host says "stopped" or refuses the join.
class ClassClient : public QObject {
    Q_OBJECT

public:
    enum class Status { Idle, Connecting, Following, Reconnecting, Refused, HostStopped };
    Q_ENUM(Status)

    explicit ClassClient(QObject *parent = nullptr);
    ~ClassClient() override;

    /// hostAndPort: "ADDRESS:PORT" (or a ws:// or http:// URL). Starts connecting.
    void connectToHost(const QString &hostAndPort, const QString &code);
    /// Sends "leave" and closes; no reconnect.
    void disconnectFromHost();
    Status status() const { return m_status; }
    QUrl url() const { return m_url; }
    /// The newest state payload received (empty before the first).
    QByteArray lastState() const { return m_lastState; }
    /// Why the host refused (after Status::Refused), e.g. WrongCode or SessionFull.
    std::optional<session::Refusal> refusal() const { return m_refusal; }
    /// The question on screen, if any (with the answer after a reveal).
    std::optional<session::QuestionShown> question() const { return m_question; }
    /// Answers the current round; false when no round is open or this client answered it.
    bool answer(int choice);
    /// Messages from the host that did not validate (each closes the connection and reconnects).
    int badMessages() const { return m_badMessages; }
    /// For tests: the delay before the next reconnect attempt.
    int reconnectDelayMs() const { return m_delayMs; }

signals:
    void statusChanged(bp::ClassClient::Status status);
    /// The lecturer's screen (classui's JSON) and its sequence number.
    void stateReceived(const QByteArray &payload, qint64 seq);
    /// A question or a new round opened (no correct answer yet), or the reveal came (with it).
    void questionChanged();
    /// The host counted this client's answer.
    void answerAccepted(qint64 question, int round, int choice);

private:
    void openSocket();
    void onText(const QString &text);
    void onDisconnected();
    void setStatus(Status status);
    void scheduleReconnect();

    QWebSocket *m_socket = nullptr;
    QUrl m_url;
    QString m_code;
    QString m_voter;
    Status m_status = Status::Idle;
    QByteArray m_lastState;
    std::int64_t m_lastSeq = -1;
    std::optional<session::Refusal> m_refusal;
    std::optional<session::QuestionShown> m_question;
    std::optional<int> m_answeredChoice;
    int m_badMessages = 0;
    int m_delayMs = 500;
    QTimer m_reconnect;
    bool m_wanted = false;
};

} // namespace bp
