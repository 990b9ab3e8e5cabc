// File › Export as script… and File › Export exercise sheet…, without their dialogs.

#include "ui/chain/run_exports.h"

#include "core/preset.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

RunOnShow encoderRun()
{
    const Preset preset = makePreset("encoder-4-2-4", 1);
    RunOnShow run;
    run.network = std::make_shared<const Network>(preset.makeNetwork(1));
    run.dataset = std::make_shared<const Dataset>(preset.dataset);
    run.settings = preset.training;
    run.sample = 2;
    run.lesson = QStringLiteral("4-2-4 encoder");
    return run;
}

QString readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(file.readAll());
}

TEST(RunExports, ScriptHoldsTheSampleOnShowAndTrainsOnTheLessonsData)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("run.py"));
    const RunOnShow run = encoderRun();
    EXPECT_EQ(writeRunScript(path, ScriptFramework::PyTorch, 5, run), QString());
    const QString script = readAll(path);
    EXPECT_TRUE(script.contains(QStringLiteral("import torch")));
    EXPECT_TRUE(script.contains(QStringLiteral("epochs = 5")));
    // Sample 3 of the encoder is the pattern 0010.
    EXPECT_TRUE(script.contains(QStringLiteral("x = torch.tensor([[0.0, 0.0, 1.0, 0.0]])")))
        << script.toStdString();
    EXPECT_TRUE(script.contains(QStringLiteral("from 4-2-4 encoder")));
}

TEST(RunExports, ScriptOfAShuffledRunIsRefusedWithTheReasonAndNoFile)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("run.py"));
    RunOnShow run = encoderRun();
    run.settings.shuffle = true;
    EXPECT_TRUE(writeRunScript(path, ScriptFramework::NumPy, 3, run).contains(QStringLiteral("shuffle")));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(writeRunScript(path, ScriptFramework::NumPy, 0, run), QString())
        << "without training it is exact";
    EXPECT_FALSE(writeRunScript(path, ScriptFramework::NumPy, 0, RunOnShow{}).isEmpty());
}

TEST(RunExports, ExerciseSheetsAndTheirKeysAreSeparateFiles)
{
    QTemporaryDir folder;
    const RunOnShow run = encoderRun();
    EXPECT_EQ(writeRunExerciseSheets(folder.filePath(QStringLiteral("sheet.tex")), 2, 1, 1, run), QString());
    EXPECT_TRUE(readAll(folder.filePath(QStringLiteral("sheet.tex"))).contains(QStringLiteral("\\boxed")));
    EXPECT_FALSE(
        readAll(folder.filePath(QStringLiteral("sheet-key.tex"))).contains(QStringLiteral("\\boxed")));
    EXPECT_EQ(writeRunExerciseSheets(folder.filePath(QStringLiteral("class.md")), 1, 3, 9, run), QString());
    for (const char *name :
         {"class-1.md", "class-1-key.md", "class-2.md", "class-2-key.md", "class-3.md", "class-3-key.md"})
        EXPECT_TRUE(QFile::exists(folder.filePath(QString::fromLatin1(name)))) << name;
}

} // namespace
} // namespace bp::ui
