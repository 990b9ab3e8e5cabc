// Pictures of the panel for a person to look at, before and after real checks. Skipped unless
// BP_SCREENSHOT_DIR names a folder to write them to.
#include "core/data/preset.h"
#include "core/training/trainer.h"
#include "tests/ui/gradcheck/gradcheck_test_support.h"
#include "ui/gradcheck/gradient_check_panel.h"

#include <QDir>
#include <QPixmap>
#include <QProgressBar>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

namespace bp::ui {
namespace {

class GradientCheckScreenshots : public ::testing::Test {
protected:
    void SetUp() override
    {
        const char *dir = std::getenv("BP_SCREENSHOT_DIR");
        if (!dir || !*dir)
            GTEST_SKIP() << "set BP_SCREENSHOT_DIR to write the pictures";
        m_dir = QString::fromLocal8Bit(dir);
        ASSERT_TRUE(QDir().mkpath(m_dir));
    }

    void save(GradientCheckPanel &panel, const QString &name)
    {
        QTest::qWait(30);
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        ASSERT_TRUE(panel.grab().save(path)) << path.toStdString();
        std::printf("[ picture  ] %s\n", qPrintable(path));
    }

    static void show(GradientCheckPanel &panel, QSize size)
    {
        panel.resize(size);
        panel.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    }

    static void check(GradientCheckPanel &panel)
    {
        panel.startCheck();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !panel.isRunning(); }, 120'000));
        ASSERT_TRUE(panel.hasResult());
        std::printf("[ timing   ] %s: %d parameters, backprop %.3f ms, %lld forward passes in %.1f ms\n",
                    qPrintable(networkShape(*panel.report()->network)), panel.checkedCount(),
                    panel.report()->backpropSeconds * 1e3,
                    static_cast<long long>(panel.report()->forwardPasses),
                    panel.report()->differenceSeconds * 1e3);
    }

    QString m_dir;
};

TEST_F(GradientCheckScreenshots, Encoder838)
{
    const Preset preset = makePreset("encoder-8-3-8");
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    for (int epoch = 0; epoch < 300; ++epoch)
        trainer.runEpoch();
    const int sample = 3;
    GradientCheckPanel panel;
    panel.setSubject(std::make_shared<const Network>(trainer.network()), preset.dataset.inputs.col(sample),
                     preset.dataset.targets.col(sample), QStringLiteral("pattern 4 of 8"));
    show(panel, {420, 640});
    save(panel, QStringLiteral("encoder-838-before"));
    check(panel);
    save(panel, QStringLiteral("encoder-838-after"));
    panel.resize(380, 420);
    save(panel, QStringLiteral("encoder-838-after-380x420"));
    panel.resize(460, 700);
    save(panel, QStringLiteral("encoder-838-after-460x700"));

    // Training goes on: the result says which network it belongs to.
    trainer.runEpoch();
    panel.setSubject(std::make_shared<const Network>(trainer.network()), preset.dataset.inputs.col(sample),
                     preset.dataset.targets.col(sample), QStringLiteral("pattern 4 of 8"));
    panel.resize(420, 640);
    save(panel, QStringLiteral("encoder-838-stale"));
}

TEST_F(GradientCheckScreenshots, Mnist784x128x10)
{
    const Network network = test::randomNetwork({784, 128, 10});
    GradientCheckPanel panel;
    panel.setSubject(std::make_shared<const Network>(network), test::randomInput(784), test::oneHot(10, 7),
                     QStringLiteral("random image, class 7"));
    show(panel, {420, 640});
    save(panel, QStringLiteral("mlp-784-128-10-before"));
    check(panel);
    save(panel, QStringLiteral("mlp-784-128-10-after"));
    panel.resize(380, 640);
    save(panel, QStringLiteral("mlp-784-128-10-after-380x640"));
    panel.resize(420, 640);

    CheckPlan all = panel.plan();
    all.checkAll = true;
    panel.setPlan(all);
    panel.startCheck();
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel.findChild<QProgressBar *>()->isVisible(); }, 5000));
    QTest::qWait(400);
    save(panel, QStringLiteral("mlp-784-128-10-running"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel.isRunning(); }, 120'000));
    std::printf("[ timing   ] 784-128-10, all %d parameters: %.0f ms\n", panel.checkedCount(),
                panel.report()->differenceSeconds * 1e3);
    save(panel, QStringLiteral("mlp-784-128-10-all"));
}

TEST_F(GradientCheckScreenshots, ReluKinkAlarm)
{
    GradientCheckPanel panel;
    panel.setSubject(std::make_shared<const Network>(test::kinkNetwork()), test::column({1.0}),
                     test::column({1.0}), QStringLiteral("x = 1"));
    show(panel, {420, 640});
    check(panel);
    save(panel, QStringLiteral("relu-kink-alarm"));
}

TEST_F(GradientCheckScreenshots, HandNetwork)
{
    GradientCheckPanel panel;
    panel.setSubject(std::make_shared<const Network>(test::handNetwork()), test::handInput(),
                     test::handTarget(), QStringLiteral("x = (0.05, 0.10)"));
    show(panel, {420, 640});
    check(panel);
    save(panel, QStringLiteral("hand-2-2-2-after"));
}

} // namespace
} // namespace bp::ui
