// The lecturer's side of a class session as a lecturer meets it: File ▸ Start class session… opens
// the dialog, the session starts on the loopback address, the projector shows how to join, Stop
// closes everything; and the question reaches each phone in its browser's language.
#include "app/class/class_server.h"
#include "app/class_session_link.h"
#include "app/language.h"
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "tests/app/class_test_student.h"
#include "ui/teach/prediction_quiz.h"
#include "ui/window/class_session.h"
#include "ui/window/class_session_widgets.h"
#include "ui/window/join_card.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace bp::ui {
namespace {

// A port nobody listens on now (the system's choice for a moment's listener).
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0);
    return probe.serverPort();
}

// Runs `act` on the modal dialog of type T as soon as it is open (exec() blocks the caller).
template <typename T> void whenModal(std::function<void(T *)> act)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start(20);
}

class Language {
public:
    explicit Language(const QString &language)
    {
        installTranslators(*QCoreApplication::instance(), language);
    }
    ~Language() { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }
};

struct Lecturer {
    Lecturer()
    {
        connectStudio(training, window);
        window.show();
        training.loadPreset("encoder-8-3-8", 1);
        loaded = QTest::qWaitFor([&] { return window.snapshot() != nullptr; }, 10000);
    }
    TrainingController training;
    MainWindow window;
    ClassSessionLink link{window};
    bool loaded = false;
};

TEST(StartClassSession, TheDialogStartsOnLoopbackTheCardShowsHowToJoinAndStopClosesEverything)
{
    Lecturer lecturer;
    ASSERT_TRUE(lecturer.loaded);
    ClassSession *session = lecturer.window.classSession();
    const quint16 port = freePort();
    ASSERT_NE(port, 0);
    QString code;
    bool offeredLoopback = false;
    whenModal<StartClassDialog>([&](StartClassDialog *dialog) {
        auto *network = dialog->findChild<QComboBox *>();
        const int loopback = network->findData(QStringLiteral("127.0.0.1"));
        offeredLoopback = loopback >= 0;
        network->setCurrentIndex(loopback);
        dialog->findChild<QSpinBox *>()->setValue(port);
        code = dialog->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly)->text();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    session->startAction()->trigger();
    ASSERT_TRUE(offeredLoopback);
    EXPECT_EQ(code.size(), 6) << code.toStdString();

    // Serving on the chosen interface and port, with the code the dialog drew.
    ClassServer *server = lecturer.link.server();
    ASSERT_TRUE(server->isRunning()) << server->errorString().toStdString();
    EXPECT_EQ(server->port(), port);
    EXPECT_EQ(server->address(), QHostAddress(QStringLiteral("127.0.0.1")));
    EXPECT_EQ(server->code(), code);
    EXPECT_FALSE(session->startAction()->isEnabled());
    EXPECT_TRUE(session->stopAction()->isEnabled());

    // The projector's card: the QR code, the address, the code and the students connected.
    JoinCard *card = session->joinCard();
    EXPECT_TRUE(card->isVisible());
    EXPECT_EQ(card->pageUrl(), QStringLiteral("http://127.0.0.1:%1/").arg(port));
    EXPECT_EQ(card->code(), code);
    EXPECT_GE(card->moduleSize(), 2);
    EXPECT_TRUE(card->countsText().startsWith(QStringLiteral("0 connected")))
        << card->countsText().toStdString();
    test::TestStudent phone(port);
    ASSERT_TRUE(phone.join(code.toStdString()));
    EXPECT_TRUE(QTest::qWaitFor([&] { return card->countsText().startsWith(QStringLiteral("1 connected")); }))
        << card->countsText().toStdString();
    QTcpSocket page;
    page.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), port);
    ASSERT_TRUE(page.waitForConnected(5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server->openConnections() == 2; }));

    // Stop closes every connection and the port.
    session->stopAction()->trigger();
    EXPECT_FALSE(server->isRunning());
    EXPECT_FALSE(card->isVisible());
    EXPECT_TRUE(phone.waitFor("stopped"));
    EXPECT_TRUE(phone.waitClosed());
    EXPECT_TRUE(QTest::qWaitFor([&] { return page.state() == QAbstractSocket::UnconnectedState; }));
    QTcpSocket after;
    after.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), port);
    EXPECT_FALSE(after.waitForConnected(5000));
    EXPECT_EQ(after.error(), QAbstractSocket::ConnectionRefusedError);
    EXPECT_TRUE(session->startAction()->isEnabled());
}

TEST(StartClassSession, APhoneGetsTheQuestionAndItsWhyInEveryLanguageWhateverTheWindowSpeaks)
{
    const Language italian(QStringLiteral("it"));
    Lecturer lecturer;
    ASSERT_TRUE(lecturer.loaded);
    ASSERT_TRUE(lecturer.link.host(QStringLiteral("127.0.0.1"), 0, QStringLiteral("K7P2QX")));
    test::TestStudent phone(lecturer.link.server()->port());
    ASSERT_TRUE(phone.join("K7P2QX"));
    MainWindow &window = lecturer.window;
    window.quizAction()->setChecked(true);
    window.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr; }, 10000));
    window.nextPhase();
    window.nextPhase(); // the output error: which δ is larger?
    ASSERT_TRUE(window.predictionQuiz()->isPending());
    ASSERT_TRUE(phone.waitFor("question"));
    const session::QuestionShown asked = std::get<session::Question>(*phone.last("question")).shown;
    // The window speaks Italian: its own words are Italian, and English travels beside them.
    EXPECT_TRUE(asked.text.starts_with("Quale δ di uscita è maggiore in valore assoluto, |δ")) << asked.text;
    ASSERT_EQ(asked.languages.count("en"), 1u);
    ASSERT_EQ(asked.languages.count("it"), 1u);
    EXPECT_EQ(asked.languages.at("it").text, asked.text);
    EXPECT_TRUE(asked.languages.at("en").text.starts_with("Which output δ is larger in size, |δ"))
        << asked.languages.at("en").text;
    EXPECT_EQ(asked.languages.at("en").choices, asked.choices) << "the choices are symbols in every language";

    window.nextPhase(); // Page Down reveals
    ASSERT_TRUE(phone.waitFor("reveal"));
    const session::QuestionShown revealed = std::get<session::Reveal>(*phone.last("reveal")).shown;
    EXPECT_EQ(revealed.languages.at("it").why, revealed.why);
    EXPECT_NE(revealed.why.find(" è più grande: "), std::string::npos) << revealed.why;
    EXPECT_NE(revealed.languages.at("en").why.find(" is larger: "), std::string::npos)
        << revealed.languages.at("en").why;
    // The same line as the lecturer's window shows when it speaks English.
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
    EXPECT_EQ(QString::fromStdString(revealed.languages.at("en").why), window.predictionQuiz()->revealLine());
    EXPECT_EQ(QString::fromStdString(asked.languages.at("en").text), window.predictionQuiz()->questionLine());
}

} // namespace
} // namespace bp::ui
