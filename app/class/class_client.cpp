#include "app/class/class_client.h"

#include <QRandomGenerator>
#include <QWebSocket>

namespace bp {

namespace {

constexpr int kFirstDelayMs = 500;
constexpr int kMaxDelayMs = 8000;

QUrl socketUrl(const QString &hostAndPort)
{
    QString text = hostAndPort.trimmed();
    if (text.startsWith(QLatin1String("http://")))
        text.replace(0, 4, QStringLiteral("ws"));
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("ws://"));
    QUrl url(text);
    url.setPath(QStringLiteral("/ws"));
    url.setFragment(QString());
    return url;
}

} // namespace

ClassClient::ClassClient(QObject *parent) : QObject(parent)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ClassClient::openSocket);
    // The voter token only keeps a reconnecting follower from voting twice in one round; it is
    // random and never stored.
    m_voter =
        QString::number(QRandomGenerator::global()->generate64(), 36).rightJustified(13, QLatin1Char('0'));
}

ClassClient::~ClassClient()
{
    m_wanted = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void ClassClient::connectToHost(const QString &hostAndPort, const QString &code)
{
    disconnectFromHost();
    m_url = socketUrl(hostAndPort);
    m_code = code;
    m_wanted = true;
    m_refusal.reset();
    m_delayMs = kFirstDelayMs;
    setStatus(Status::Connecting);
    openSocket();
}

void ClassClient::disconnectFromHost()
{
    m_wanted = false;
    m_reconnect.stop();
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->sendTextMessage(QString::fromStdString(session::writeLeave()));
        socket->close();
        socket->deleteLater();
    }
    if (m_status != Status::Refused && m_status != Status::HostStopped)
        setStatus(Status::Idle);
}

void ClassClient::openSocket()
{
    if (!m_wanted)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // A state is the largest message a host sends (escaped inside a string).
    m_socket->setMaxAllowedIncomingMessageSize(2 * session::kMaxStateBytes + 256);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        session::Join join;
        join.code = m_code.toStdString();
        join.kind = session::StudentKind::Follower;
        join.voter = m_voter.toStdString();
        m_socket->sendTextMessage(QString::fromStdString(session::writeJoin(join)));
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ClassClient::onText);
    connect(m_socket, &QWebSocket::disconnected, this, &ClassClient::onDisconnected);
    m_socket->open(m_url);
}

void ClassClient::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void ClassClient::scheduleReconnect()
{
    setStatus(Status::Reconnecting);
    m_reconnect.start(m_delayMs);
    m_delayMs = std::min(kMaxDelayMs, m_delayMs * 2);
}

void ClassClient::onDisconnected()
{
    if (!m_wanted)
        return;
    scheduleReconnect();
}

bool ClassClient::answer(int choice)
{
    if (!m_socket || m_status != Status::Following || !m_question || m_question->correct || m_answeredChoice)
        return false;
    if (choice < 0 || choice >= static_cast<int>(m_question->choices.size()))
        return false;
    m_answeredChoice = choice;
    m_socket->sendTextMessage(
        QString::fromStdString(session::writeAnswer({m_question->question, m_question->round, choice})));
    return true;
}

void ClassClient::onText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const session::HostParse parsed =
        session::parseHostMessage(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    if (!parsed.message) {
        // Not our host speaking (or a broken one): drop this connection and try again later.
        ++m_badMessages;
        m_socket->abort();
        return;
    }
    const session::HostMessage &message = *parsed.message;
    if (const auto *welcome = std::get_if<session::Welcome>(&message)) {
        m_delayMs = kFirstDelayMs;
        m_question = welcome->question;
        m_answeredChoice = welcome->yourChoice;
        setStatus(Status::Following);
        emit questionChanged();
    } else if (const auto *state = std::get_if<session::State>(&message)) {
        m_lastState = QByteArray::fromStdString(state->payload);
        m_lastSeq = state->seq;
        emit stateReceived(m_lastState, state->seq);
    } else if (const auto *question = std::get_if<session::Question>(&message)) {
        m_question = question->shown;
        m_answeredChoice.reset();
        emit questionChanged();
    } else if (const auto *reveal = std::get_if<session::Reveal>(&message)) {
        m_question = reveal->shown;
        emit questionChanged();
    } else if (std::holds_alternative<session::Idle>(message)) {
        m_question.reset();
        m_answeredChoice.reset();
        emit questionChanged();
    } else if (const auto *accepted = std::get_if<session::Accepted>(&message)) {
        emit answerAccepted(accepted->answer.question, accepted->answer.round, accepted->answer.choice);
    } else if (const auto *refused = std::get_if<session::Refused>(&message)) {
        m_refusal = refused->reason;
        m_wanted = false;
        m_reconnect.stop();
        setStatus(Status::Refused);
    } else if (std::holds_alternative<session::Stopped>(message)) {
        m_wanted = false;
        m_reconnect.stop();
        setStatus(Status::HostStopped);
    }
}

} // namespace bp
