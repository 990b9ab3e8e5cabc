#pragma once

#include "core/session/protocol.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

class QTranslator;

namespace bp {

class ClassClient;
class ClassServer;
namespace ui {
class ClassSession;
class MainWindow;
} // namespace ui

/// Connects the window's class session (ui/window/class_session) to the transport (app/class): the
/// server while the window hosts, the client while it follows. Owned by the window's side of main.cpp.
class ClassSessionLink : public QObject {
    Q_OBJECT

public:
    explicit ClassSessionLink(ui::MainWindow &window, QObject *parent = nullptr);
    ~ClassSessionLink() override;

    /// Starts serving on address:port (an empty address: every interface is refused; 127.0.0.1 is
    /// the default) with this code; false and a message in the status bar when it cannot.
    bool host(const QString &address, quint16 port, const QString &code);
    void stopHosting();
    /// Follows the host at "ADDRESS:PORT" with this code.
    void join(const QString &hostAndPort, const QString &code);
    void leave();

    ClassServer *server() const { return m_server; }
    ClassClient *client() const { return m_client; }

private:
    void wireQuiz();
    /// The question on the window's quiz, and after the reveal its why, in every language a
    /// student's browser may speak (English and our translations), whatever the window speaks.
    std::map<std::string, session::Wording> questionInEveryLanguage() const;
    std::map<std::string, std::string> whyInEveryLanguage() const;
    void showTally();
    void exportTally(const QString &path);

    ui::MainWindow &m_window;
    ui::ClassSession *m_session = nullptr;
    ClassServer *m_server = nullptr;
    ClassClient *m_client = nullptr;
    std::vector<std::pair<std::string, std::unique_ptr<QTranslator>>> m_languages;
};

/// Parses "--class-host [ADDRESS:]PORT": false and a message when it is not one.
bool parseClassHost(const QString &text, QString *address, quint16 *port, QString *problem);

} // namespace bp
