#pragma once

// The lecturer's window and the student's over the loopback, through the real class server and client.
#include "app/class/class_client.h"
#include "app/class/class_server.h"
#include "app/class_session_link.h"
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "ui/window/main_window.h"

#include <QTest>

#include <gtest/gtest.h>

#include <cstdint>

namespace bp::ui {

// A lecturer's window hosting on 127.0.0.1 and a student's window on its own training (xor), each
// wired to its training and to the transport as main.cpp wires them.
class ClassOverLoopback : public ::testing::Test {
protected:
    void SetUp() override
    {
        connectStudio(hostTraining, host);
        connectStudio(studentTraining, student);
        host.show();
        student.show();
        hostTraining.loadPreset("encoder-8-3-8", 1);
        studentTraining.loadPreset("xor", 1);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return host.snapshot() && student.snapshot() && student.snapshot()->presetName == "xor"; },
            10000));
        ASSERT_TRUE(hostLink.host("127.0.0.1", 0, "K7P2QX"));
    }

    QString address() const { return QString("127.0.0.1:%1").arg(hostLink.server()->port()); }

    // The lecturer trains until the run reaches `epochs`, then pauses.
    bool trainUntil(std::int64_t epochs)
    {
        hostTraining.play();
        const bool reached = QTest::qWaitFor([&] { return host.snapshot()->epoch >= epochs; }, 60000);
        hostTraining.pause();
        return reached && QTest::qWaitFor([&] { return !host.snapshot()->running; }, 10000);
    }

    bool joinAndFollow()
    {
        studentLink.join(address(), "K7P2QX");
        return QTest::qWaitFor(
            [&] { return student.snapshot() && student.snapshot()->presetName == "encoder-8-3-8"; }, 10000);
    }

    TrainingController hostTraining;
    TrainingController studentTraining;
    MainWindow host;
    MainWindow student;
    ClassSessionLink hostLink{host};
    ClassSessionLink studentLink{student};
};

} // namespace bp::ui
