// A headless class-session host for the browser test and bench/class-load: serves a session on
// loopback and takes the lecturer's actions from stdin, one per line, answering on stdout.
//   class_host_fixture [--port N] [--code CODE] [--max N]     prints "port N" when listening
// Commands:  question TEXT|CHOICE|CHOICE…  → "question ID"      again   → "again"
//            reveal N WHY…                 → "reveal"           close   → "close"
//            state JSON                    → "state"            session → the /api/session JSON
//            memory  → "memory KB cpu MS lag MS": VmRSS, CPU time so far, and the worst lateness of a
//                      10 ms timer since the last "memory"         quit    → stops and exits
//            total                         → "total ANSWERS refused N" over every round so far
//            language CODE TEXT|CHOICE|CHOICE…  → "language": the next question in a student's language
//            why CODE WHY…                 → "why": the next reveal's line of why in that language
#include "app/class/class_server.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSocketNotifier>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <unistd.h>

namespace {

void say(const std::string &line)
{
    std::fputs((line + "\n").c_str(), stdout);
    std::fflush(stdout);
}

// CPU time (user + system) of this process in milliseconds, from /proc/self/stat.
long cpuMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name in parentheses: utime and stime are the 14th and 15th.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const long ticks = fields.value(11).toLong() + fields.value(12).toLong();
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bp::ClassServerOptions options;
    options.address = QHostAddress(QStringLiteral("127.0.0.1"));
    options.code = QStringLiteral("K7P2QX");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--port"))
            options.port = static_cast<quint16>(args[i + 1].toUInt());
        else if (args[i] == QLatin1String("--code"))
            options.code = args[i + 1];
        else if (args[i] == QLatin1String("--max"))
            options.maxConnections = args[i + 1].toInt();
    }
    bp::ClassServer server;
    if (!server.start(options)) {
        std::fprintf(stderr, "class_host_fixture: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    say("port " + std::to_string(server.port()));

    // How late the event loop runs a 10 ms timer: what a window on this thread would feel.
    QElapsedTimer tick;
    tick.start();
    qint64 worstLagMs = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, &app,
                     [&] { worstLagMs = std::max(worstLagMs, tick.restart() - 10); });
    heartbeat.start(10);

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    std::string pending;
    std::map<std::string, bp::session::Wording> languages;
    std::map<std::string, std::string> whys;
    const auto run = [&](const std::string &line) {
        const QString text = QString::fromStdString(line);
        const QString command = text.section(QLatin1Char(' '), 0, 0);
        const QString rest = text.section(QLatin1Char(' '), 1);
        if (command == QLatin1String("question")) {
            QStringList parts = rest.split(QLatin1Char('|'));
            const QString question = parts.takeFirst();
            say("question " + std::to_string(server.openQuestion(question, parts, std::move(languages))));
            languages.clear();
        } else if (command == QLatin1String("language")) {
            QStringList parts = rest.section(QLatin1Char(' '), 1).split(QLatin1Char('|'));
            bp::session::Wording &wording = languages[rest.section(QLatin1Char(' '), 0, 0).toStdString()];
            wording.text = parts.takeFirst().toStdString();
            for (const QString &choice : parts)
                wording.choices.push_back(choice.toStdString());
            say("language");
        } else if (command == QLatin1String("why")) {
            whys[rest.section(QLatin1Char(' '), 0, 0).toStdString()] =
                rest.section(QLatin1Char(' '), 1).toStdString();
            say("why");
        } else if (command == QLatin1String("again")) {
            say(server.voteAgain() ? "again" : "error again");
        } else if (command == QLatin1String("reveal")) {
            say(server.reveal(rest.section(QLatin1Char(' '), 0, 0).toInt(), rest.section(QLatin1Char(' '), 1),
                              whys)
                    ? "reveal"
                    : "error reveal");
            whys.clear();
        } else if (command == QLatin1String("close")) {
            server.closeQuestion();
            say("close");
        } else if (command == QLatin1String("state")) {
            say(server.publishState(rest.toUtf8()) ? "state" : "error state");
        } else if (command == QLatin1String("session")) {
            say(server.sessionJson().toStdString());
        } else if (command == QLatin1String("total")) {
            // Every answer counted in every round of every question, and the refusals.
            long total = 0;
            for (const bp::session::QuestionTally &question : server.tally().questions()) {
                for (const bp::session::RoundTally &round : question.rounds)
                    total += round.total();
            }
            say("total " + std::to_string(total) + " refused " + std::to_string(server.refusedCount()));
        } else if (command == QLatin1String("memory")) {
            say("memory " + std::to_string(residentKb()) + " cpu " + std::to_string(cpuMs()) + " lag " +
                std::to_string(worstLagMs));
            worstLagMs = 0;
        } else if (command == QLatin1String("quit")) {
            server.stop();
            say("bye");
            app.quit();
        } else {
            say("error unknown command");
        }
    };
    // Raw reads, not std::cin: lines that arrive together must all be run, and the notifier fires
    // only for bytes the kernel still holds.
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char chunk[65536];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            input.setEnabled(false);
            server.stop();
            app.quit();
            return;
        }
        pending.append(chunk, static_cast<std::size_t>(n));
        for (std::size_t end; (end = pending.find('\n')) != std::string::npos;) {
            const std::string line = pending.substr(0, end);
            pending.erase(0, end + 1);
            run(line);
        }
    });
    return app.exec();
}
