// The window as the application starts it, on a projector's screen: the offscreen platform is given
// one screen of the size in QT_QPA_PLATFORM (offscreen:configfile=screens/WxH.json, see CMakeLists),
// the application its style and font as main() sets them, and the window is built, shown and fed its
// first lesson as main() does. It must then be no larger than the screen: on a 1280 × 720 projector
// the real binary opened 740 px tall, its status bar below the screen, because the window's first
// layout asked for more height than it kept needing (issue 14).
#include "app/language.h"
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "ui/style/application_look.h"
#include "ui/window/main_window.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTest>

#include <gtest/gtest.h>

#include <string>

namespace bp::ui {
namespace {

TEST(WindowStart, TheWindowIsNoLargerThanTheScreenOnceItsLessonIsOpen)
{
    applyApplicationLook();
    const QScreen *screen = QGuiApplication::primaryScreen();
    ASSERT_NE(screen, nullptr);
    const QSize room = screen->availableGeometry().size();
    // (Without a screen of its own the platform's default would test nothing of a projector.)
    ASSERT_TRUE(room == QSize(1024, 768) || room == QSize(1280, 720) || room == QSize(1920, 1080))
        << room.width() << "x" << room.height();
    for (const char *language : {"en", "it"}) {
        installTranslators(*QCoreApplication::instance(), QString::fromLatin1(language));
        for (const char *preset : {"encoder-8-3-8", "optimizers", "saturation", "initialisation"}) {
            const std::string name = std::to_string(room.width()) + "x" + std::to_string(room.height()) + " " +
                                     language + " " + preset;
            TrainingController controller;
            MainWindow window;
            connectStudio(controller, window);
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window)) << name;
            controller.loadPreset(QString::fromLatin1(preset), 1);
            ASSERT_TRUE(QTest::qWaitFor([&] { return window.lessonName() == QString::fromLatin1(preset); }, 10000))
                << name;
            // The docks are sized and the lesson's panels opened after the first snapshot.
            QTest::qWait(300);
            EXPECT_LE(window.minimumSizeHint().width(), room.width()) << name;
            EXPECT_LE(window.minimumSizeHint().height(), room.height()) << name;
            EXPECT_LE(window.width(), room.width()) << name;
            EXPECT_LE(window.height(), room.height()) << name;
        }
    }
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
}

} // namespace
} // namespace bp::ui
