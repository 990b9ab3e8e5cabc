// Pictures of a class session for a person to look at: the projector in presenter mode with the join
// card while the class joins (and at the desk), the badge after the first step and, after a reveal,
// the class's two rounds beside the true answer with the badge (1280×720, 1024×768 and 1920×1080),
// and a student's window following at
// 1280×720; in English and Italian. Skipped unless
// BP_SCREENSHOT_DIR names a folder.
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
#include <QDir>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

namespace bp::ui {
namespace {

void save(QWidget &widget, const QDir &dir, const QString &name)
{
    QApplication::processEvents();
    QTest::qWait(400);
    EXPECT_TRUE(widget.grab().save(dir.filePath(name))) << name.toStdString();
}

class Language {
public:
    explicit Language(const QString &language)
    {
        installTranslators(*QCoreApplication::instance(), language);
    }
    ~Language() { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }
};

TEST(ClassSessionScreenshots, ProjectorAndFollower)
{
    const char *folder = std::getenv("BP_SCREENSHOT_DIR");
    if (!folder || !*folder)
        GTEST_SKIP() << "set BP_SCREENSHOT_DIR to write the pictures";
    const QDir dir(QString::fromLocal8Bit(folder));
    ASSERT_TRUE(dir.exists() || QDir().mkpath(dir.path()));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("it")}) {
        const Language translated(language);
        for (const QSize size : {QSize(1280, 720), QSize(1024, 768), QSize(1920, 1080)}) {
            const QString suffix =
                QStringLiteral("-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height());
            TrainingController training;
            MainWindow host;
            connectStudio(training, host);
            ClassSessionLink link(host);
            host.resize(size);
            host.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&host));
            training.loadPreset("encoder-8-3-8", 1);
            ASSERT_TRUE(QTest::qWaitFor([&] { return host.snapshot() != nullptr; }, 10000));
            host.setPresenterMode(true);
            ASSERT_TRUE(link.host("127.0.0.1", 0, "K7P2QX"));
            std::vector<std::unique_ptr<test::TestStudent>> phones;
            for (int i = 0; i < 5; ++i) {
                phones.push_back(std::make_unique<test::TestStudent>(link.server()->port()));
                ASSERT_TRUE(phones.back()->join("K7P2QX", session::StudentKind::Phone,
                                                "voterphone000" + std::to_string(i)));
            }
            TrainingController studentTraining;
            MainWindow student;
            connectStudio(studentTraining, student);
            ClassSessionLink studentLink(student);
            student.resize(1280, 720);
            student.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&student));
            studentLink.join(QStringLiteral("127.0.0.1:%1").arg(link.server()->port()), "K7P2QX");
            ASSERT_TRUE(QTest::qWaitFor(
                [&] { return student.snapshot() && student.snapshot()->presetName == "encoder-8-3-8"; },
                10000));
            // While the class joins (before the first step) the card is large.
            save(host, dir, QStringLiteral("projector-join-card") + suffix);
            host.setPresenterMode(false);
            save(host, dir, QStringLiteral("desk-join-card") + suffix);
            host.setPresenterMode(true);
            // The first step makes it the badge.
            host.nextPhase();
            ASSERT_TRUE(QTest::qWaitFor([&] { return host.trace() != nullptr; }, 10000));
            host.nextPhase();
            host.selectInGraph({Selection::Kind::Neuron, 2, 0, 0});
            ASSERT_TRUE(QTest::qWaitFor([&] { return student.phaseIndex() == 1; }, 5000));
            save(host, dir, QStringLiteral("projector-badge") + suffix);
            if (size.width() == 1280)
                save(student, dir, QStringLiteral("follower-") + language + QStringLiteral("-1280x720.png"));

            host.quizAction()->setChecked(true);
            host.nextPhase(); // the output error: which δ is larger?
            ASSERT_TRUE(host.predictionQuiz()->isPending());
            for (const auto &phone : phones)
                ASSERT_TRUE(phone->waitFor("question"));
            const auto asked = std::get<session::Question>(*phones[0]->last("question")).shown;
            const int right = host.predictionQuiz()->question().answer - 1;
            for (std::size_t i = 0; i < phones.size(); ++i)
                phones[i]->send(session::writeAnswer({asked.question, 1, i < 3 ? 1 - right : right}));
            ASSERT_TRUE(QTest::qWaitFor(
                [&] { return link.server()->tally().current()->rounds.back().total() == 5; }, 5000));
            save(host, dir, QStringLiteral("projector-answers") + suffix);
            host.classSession()->tallyView()->voteAgainButton()->click();
            for (std::size_t i = 0; i < phones.size(); ++i) {
                ASSERT_TRUE(QTest::qWaitFor([&] { return phones[i]->count("question") == 2; }, 5000));
                phones[i]->send(session::writeAnswer({asked.question, 2, i < 1 ? 1 - right : right}));
            }
            ASSERT_TRUE(QTest::qWaitFor(
                [&] { return link.server()->tally().current()->rounds.back().total() == 5; }, 5000));
            host.nextPhase(); // reveal
            ASSERT_TRUE(QTest::qWaitFor([&] { return !student.predictionQuiz()->isPending(); }, 5000));
            save(host, dir, QStringLiteral("projector-reveal") + suffix);
            // How to join beside the class's answers: the badge (Show how to join brings the QR code
            // back for a late student).
            save(host, dir, QStringLiteral("projector-qr-answers") + suffix);
            if (size.width() == 1280)
                save(student, dir,
                     QStringLiteral("follower-reveal-") + language + QStringLiteral("-1280x720.png"));
        }
    }
}

} // namespace
} // namespace bp::ui
