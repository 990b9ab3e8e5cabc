#include "app/class_session_link.h"

#include "app/class/class_client.h"
#include "app/class/class_server.h"
#include "app/language.h"
#include "core/formats/error.h"
#include "core/formats/file_io.h"
#include "ui/teach/prediction_quiz.h"
#include "ui/window/class_session.h"
#include "ui/window/class_session_widgets.h"
#include "ui/window/main_window.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTranslator>

namespace bp {

namespace {

QString refusalText(session::Refusal refusal)
{
    using session::Refusal;
    switch (refusal) {
    case Refusal::WrongCode:
        return QCoreApplication::translate("ClassSessionLink", "The host refused the session code.");
    case Refusal::TooManyAttempts:
        return QCoreApplication::translate(
            "ClassSessionLink", "Too many wrong codes from this computer: wait a minute and try again.");
    case Refusal::SessionFull:
        return QCoreApplication::translate("ClassSessionLink", "The class session is full.");
    default: break;
    }
    return QCoreApplication::translate("ClassSessionLink", "The host refused to let this window follow.");
}

} // namespace

bool parseClassHost(const QString &text, QString *address, quint16 *port, QString *problem)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1Char(':')))
        return ui::splitHostAndPort(QStringLiteral("127.0.0.1:") + trimmed, address, port, problem);
    if (!ui::splitHostAndPort(trimmed, address, port, problem))
        return false;
    if (QHostAddress(*address).isNull()) {
        if (problem)
            *problem =
                QCoreApplication::translate("ClassSessionLink", "%1 is not an IP address.").arg(*address);
        return false;
    }
    return true;
}

ClassSessionLink::ClassSessionLink(ui::MainWindow &window, QObject *parent)
    : QObject(parent), m_window(window), m_session(window.classSession())
{
    m_server = new ClassServer(this);
    m_client = new ClassClient(this);
    // A phone shows the lecturer's question in its browser's language, in our words for it.
    // English is the source text (an empty translator gives it when the plural file is missing).
    std::unique_ptr<QTranslator> english = loadTranslation(QStringLiteral("en"));
    m_languages.emplace_back("en", english ? std::move(english) : std::make_unique<QTranslator>());
    for (const char *language : kTranslatedLanguages)
        if (std::unique_ptr<QTranslator> translation = loadTranslation(QString::fromLatin1(language)))
            m_languages.emplace_back(language, std::move(translation));
    using ui::ClassSession;
    connect(m_session, &ClassSession::hostRequested, this,
            [this](const QString &address, quint16 port, const QString &code) { host(address, port, code); });
    connect(m_session, &ClassSession::stopRequested, this, &ClassSessionLink::stopHosting);
    connect(m_session, &ClassSession::joinRequested, this, &ClassSessionLink::join);
    connect(m_session, &ClassSession::leaveRequested, this, &ClassSessionLink::leave);
    connect(m_session, &ClassSession::statePublished, m_server, &ClassServer::publishState);
    connect(m_session, &ClassSession::exportTallyRequested, this, &ClassSessionLink::exportTally);
    connect(m_server, &ClassServer::studentsChanged, m_session,
            [this](ClassCounts counts) { m_session->setStudentCounts(counts.phones, counts.followers); });

    connect(m_client, &ClassClient::stateReceived, m_session,
            [this](const QByteArray &payload) { m_session->receiveHostState(payload); });
    connect(m_client, &ClassClient::statusChanged, m_session, [this](ClassClient::Status status) {
        switch (status) {
        case ClassClient::Status::Reconnecting: m_session->connectionLost(); break;
        case ClassClient::Status::Following: m_session->connectionRestored(); break;
        case ClassClient::Status::HostStopped: m_session->hostStopped(); break;
        case ClassClient::Status::Refused:
            m_session->followEnded(refusalText(m_client->refusal().value_or(session::Refusal::WrongCode)));
            break;
        case ClassClient::Status::Idle:
        case ClassClient::Status::Connecting: break;
        }
    });
    wireQuiz();
}

ClassSessionLink::~ClassSessionLink()
{
    m_server->stop();
}

bool ClassSessionLink::host(const QString &address, quint16 port, const QString &code)
{
    ClassServerOptions options;
    options.address = QHostAddress(address.isEmpty() ? QStringLiteral("127.0.0.1") : address);
    options.port = port;
    options.code = code;
    if (!m_server->start(options)) {
        m_window.showMessage(
            QCoreApplication::translate("ClassSessionLink", "The class session could not start: %1")
                .arg(m_server->errorString()));
        return false;
    }
    m_session->hostStarted(m_server->pageUrl().toString(), code);
    return true;
}

void ClassSessionLink::stopHosting()
{
    m_server->stop();
    m_session->hostEnded();
}

void ClassSessionLink::join(const QString &hostAndPort, const QString &code)
{
    m_session->followStarted(hostAndPort.trimmed());
    m_client->connectToHost(hostAndPort.trimmed(), code);
}

void ClassSessionLink::leave()
{
    m_client->disconnectFromHost();
    m_session->followEnded();
}

void ClassSessionLink::exportTally(const QString &path)
{
    try {
        writeFileAtomically(path.toStdString(), m_server->tally().csv());
        m_window.showMessage(
            QCoreApplication::translate("ClassSessionLink", "Session tally written to %1").arg(path));
    } catch (const InputError &error) {
        m_window.showMessage(QString::fromStdString(error.what()));
    }
}

void ClassSessionLink::wireQuiz()
{
    using ui::ClassSession;
    connect(m_session, &ClassSession::questionOpened, this,
            [this](const QString &text, const QStringList &choices) {
                if (m_server->isRunning()) {
                    m_server->openQuestion(text, choices, questionInEveryLanguage());
                    showTally();
                }
            });
    connect(m_session, &ClassSession::questionRevealed, this, [this](int correct, const QString &why) {
        if (m_server->isRunning() && m_server->reveal(correct, why, whyInEveryLanguage()))
            showTally();
    });
    connect(m_session, &ClassSession::questionClosed, this, [this] {
        if (m_server->isRunning())
            m_server->closeQuestion();
    });
    connect(m_session, &ClassSession::voteAgainRequested, this, [this] {
        if (m_server->voteAgain())
            showTally();
    });
    connect(m_server, &ClassServer::answersChanged, this, &ClassSessionLink::showTally);
    // A student in the app answers as a phone does.
    connect(m_session, &ClassSession::answerChosen, m_client, &ClassClient::answer);
}

std::map<std::string, session::Wording> ClassSessionLink::questionInEveryLanguage() const
{
    const ui::PredictionQuiz &quiz = *m_window.predictionQuiz();
    std::map<std::string, session::Wording> languages;
    for (const auto &[language, translation] : m_languages) {
        session::Wording &wording = languages[language];
        wording.text = quiz.questionLine(translation.get()).toStdString();
        for (const QString &choice : quiz.choiceLabels(translation.get()))
            wording.choices.push_back(choice.toStdString());
    }
    return languages;
}

std::map<std::string, std::string> ClassSessionLink::whyInEveryLanguage() const
{
    std::map<std::string, std::string> whys;
    for (const auto &[language, translation] : m_languages)
        whys[language] = m_window.predictionQuiz()->revealLine(translation.get()).toStdString();
    return whys;
}

void ClassSessionLink::showTally()
{
    const session::QuestionTally *question = m_server->tally().current();
    if (!question)
        return;
    QStringList choices;
    for (const std::string &choice : question->choices)
        choices << QString::fromStdString(choice);
    std::vector<std::vector<int>> rounds;
    for (const session::RoundTally &round : question->rounds)
        rounds.push_back(round.counts);
    m_session->setTally(choices, rounds, question->correct.value_or(-1));
}

} // namespace bp
