#pragma once

// A lecturer's window and a student's window in one process, each wired to its own training as
// main.cpp wires it; the states travel between them as the class server forwards them.
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "tests/support/matrix_near.h"
#include "ui/graph/network_view.h"
#include "ui/panels/equation_panel.h"
#include "ui/window/class_session.h"
#include "ui/window/main_window.h"

#include <QByteArray>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

namespace bp::ui {

// The follower shows the host's numbers: the network on screen, its activations, the step, the
// phase, the selection, and the text of the equation panel and the status line.
inline ::testing::AssertionResult sameOnScreen(const MainWindow &host, const MainWindow &student)
{
    const NetworkScene &a = host.networkView()->scene();
    const NetworkScene &b = student.networkView()->scene();
    if (!a.network || !b.network || a.network->sizes() != b.network->sizes())
        return ::testing::AssertionFailure() << "networks of other shapes";
    for (int l = 1; l <= a.network->layerCount(); ++l)
        if (!bp::test::matrixIdentical(a.network->layer(l).weights, b.network->layer(l).weights) ||
            !bp::test::matrixIdentical(a.network->layer(l).biases, b.network->layer(l).biases))
            return ::testing::AssertionFailure() << "weights of layer " << l << " differ";
    if (a.activations.size() != b.activations.size())
        return ::testing::AssertionFailure() << "activations of other layers";
    for (std::size_t l = 0; l < a.activations.size(); ++l)
        if (!bp::test::matrixIdentical(a.activations[l], b.activations[l]))
            return ::testing::AssertionFailure() << "activations of layer " << l << " differ";
    if (host.phaseIndex() != student.phaseIndex())
        return ::testing::AssertionFailure()
               << "phase " << host.phaseIndex() << " vs " << student.phaseIndex();
    if (!host.trace() != !student.trace())
        return ::testing::AssertionFailure() << "one has a step, the other none";
    if (host.trace()) {
        const Trace &s = *host.trace();
        const Trace &t = *student.trace();
        for (std::size_t l = 0; l < s.backward.size(); ++l)
            if (!bp::test::matrixIdentical(s.backward[l].delta, t.backward[l].delta) ||
                !bp::test::matrixIdentical(s.forward[l].weightedInput, t.forward[l].weightedInput) ||
                !bp::test::matrixIdentical(s.backward[l].gradWeights, t.backward[l].gradWeights))
                return ::testing::AssertionFailure() << "the step's records of layer " << l + 1 << " differ";
    }
    if (!(host.selection() == student.selection()))
        return ::testing::AssertionFailure() << "selections differ";
    if (host.equationPanel()->html() != student.equationPanel()->html())
        return ::testing::AssertionFailure() << "equation panels differ:\n"
                                             << host.equationPanel()->html().toStdString() << "\nvs\n"
                                             << student.equationPanel()->html().toStdString();
    if (host.statusText() != student.statusText())
        return ::testing::AssertionFailure() << "status lines differ: " << host.statusText().toStdString()
                                             << " vs " << student.statusText().toStdString();
    return ::testing::AssertionSuccess();
}

// `json` with the number that follows `key` after `anchor` replaced by `value`.
inline QByteArray withNumber(const QByteArray &json, const QByteArray &anchor, const QByteArray &key,
                             const QByteArray &value)
{
    const qsizetype at = json.indexOf(anchor);
    EXPECT_GE(at, 0) << anchor.toStdString();
    const qsizetype keyAt = json.indexOf(key, at);
    EXPECT_GE(keyAt, 0) << key.toStdString();
    const qsizetype start = keyAt + key.size();
    qsizetype end = start;
    while (end < json.size() && json[end] != ',' && json[end] != ']' && json[end] != '}')
        ++end;
    QByteArray changed = json;
    return changed.replace(start, end - start, value);
}

class ClassRoom : public ::testing::Test {
protected:
    void SetUp() override
    {
        connectStudio(hostTraining, host);
        connectStudio(studentTraining, student);
        host.resize(1280, 720);
        student.resize(1024, 768);
        host.show();
        student.show();
        load(hostTraining, "encoder-8-3-8");
        // The student's own training is on another lesson: what the student sees must be the host's.
        load(studentTraining, "xor");
        connectLink();
        student.classSession()->followStarted("127.0.0.1:8765");
        host.classSession()->hostStarted("http://127.0.0.1:8765/", "K7P2QX");
        ASSERT_TRUE(waitUntilFollowing());
    }

    void load(TrainingController &training, const QString &lesson)
    {
        training.loadPreset(lesson, 1);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return training.snapshot() && training.snapshot()->presetName == lesson.toStdString(); },
            10000));
        QTest::qWait(50);
    }

    // The class server forwards each state to every follower (this test stands in for it).
    void connectLink()
    {
        m_link = QObject::connect(host.classSession(), &ClassSession::statePublished, student.classSession(),
                                  &ClassSession::receiveHostState);
    }

    bool waitUntilFollowing()
    {
        return QTest::qWaitFor(
            [&] { return student.snapshot() && student.snapshot()->presetName == "encoder-8-3-8"; }, 10000);
    }

    ::testing::AssertionResult showsTheSame() { return sameOnScreen(host, student); }

    bool waitUntilSame()
    {
        return QTest::qWaitFor([&] { return bool(showsTheSame()); }, 5000);
    }

    TrainingController hostTraining;
    TrainingController studentTraining;
    MainWindow host;
    MainWindow student;
    QMetaObject::Connection m_link;
};

} // namespace bp::ui
