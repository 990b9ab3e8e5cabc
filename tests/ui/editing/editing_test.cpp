// Editing the model from the window — architecture, data, one weight — with undo and redo, wired
// to a real controller and worker thread as main.cpp wires them, offscreen. Every check reads the
// network and the data back from the snapshots training publishes, so it sees what the trainer has.
#include "app/training/training_controller.h"
#include "core/data/dataset.h"
#include "core/training/timeline.h"
#include "ui/charts/gradient_chart.h"
#include "ui/charts/loss_chart.h"
#include "ui/editing/architecture_editor.h"
#include "ui/editing/dataset_editor.h"
#include "ui/editing/dataset_table_model.h"
#include "ui/editing/parameter_dialog.h"
#include "ui/editing/undo_shortcuts.h"
#include "ui/graph/network_view.h"
#include "ui/window/main_window.h"

#include "tests/support/network_match.h"
#include "tests/support/studio_window.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

using test::datasetsIdentical;
using test::networksIdentical;

class Editing : public test::StudioWindowTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(StudioWindowTest::SetUp());
        load("encoder-8-3-8");
    }

    // Waits until training has handled every edit sent and published the result.
    ::testing::AssertionResult settled()
    {
        if (!QTest::qWaitFor([&] { return !window.isEditPending() && controller.snapshot(); }, 10000))
            return ::testing::AssertionFailure() << "the edit never came back from training";
        QTest::qWait(20);
        return ::testing::AssertionSuccess();
    }

    const Network &network() const { return *controller.snapshot()->network; }
    const Dataset &dataset() const { return *controller.snapshot()->dataset; }

    // Undoes every edit, checks the model is `before`, redoes every edit, checks it is `after`.
    void expectUndoRedoRoundTrip(const Network &before, const Dataset &beforeData, const Network &after,
                                 const Dataset &afterData)
    {
        while (window.undoStack()->canUndo())
            window.undoStack()->undo();
        ASSERT_TRUE(settled());
        EXPECT_TRUE(networksIdentical(network(), before));
        EXPECT_TRUE(datasetsIdentical(dataset(), beforeData));
        while (window.undoStack()->canRedo())
            window.undoStack()->redo();
        ASSERT_TRUE(settled());
        EXPECT_TRUE(networksIdentical(network(), after));
        EXPECT_TRUE(datasetsIdentical(dataset(), afterData));
    }
};

// A point on the edge wˡⱼₖ that the view's hit test gives to that edge and to nothing else.
std::optional<QPointF> pointOnEdge(const NetworkView &view, int l, int j, int k)
{
    const QPointF from = view.neuronRect(l - 1, k).center();
    const QPointF to = view.neuronRect(l, j).center();
    for (double t = 0.2; t <= 0.8; t += 0.01) {
        const QPointF p = from + t * (to - from);
        if (view.hitTest(p) == Selection{Selection::Kind::Edge, l, j, k})
            return p;
    }
    return std::nullopt;
}

TEST_F(Editing, TheEditMenuComesRightAfterFileWithUndoAndRedo)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    ASSERT_GE(menus.size(), 2);
    EXPECT_EQ(menus[0]->text(), "&File");
    EXPECT_EQ(menus[1]->text(), "&Edit");
    const QList<QAction *> items = menus[1]->menu()->actions();
    ASSERT_GE(items.size(), 2);
    EXPECT_EQ(items[0]->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_TRUE(items[1]->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    EXPECT_TRUE(items[1]->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    EXPECT_FALSE(items[0]->isEnabled()) << "nothing to undo yet";
}

TEST_F(Editing, DoubleClickingAnEdgeEditsItsWeightInTheTrainerAndUndoBringsItBack)
{
    const Network before = network();
    NetworkView &view = *window.networkView();
    const std::optional<QPointF> point = pointOnEdge(view, 2, 0, 2);
    ASSERT_TRUE(point) << "no point of the edge w²₁₃ is free of other edges and neurons";
    bool dialogSeen = false;
    QTimer::singleShot(200, &window, [&] {
        auto *dialog = qobject_cast<ParameterDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        EXPECT_EQ(dialog->symbol(), QString("w²₁₃"));
        dialog->setValue(0.75);
        dialog->accept();
    });
    QTest::mouseDClick(&view, Qt::LeftButton, Qt::NoModifier, point->toPoint());
    ASSERT_TRUE(dialogSeen);
    ASSERT_TRUE(settled());
    Network expected = before;
    expected.layer(2).weights(0, 2) = 0.75;
    EXPECT_TRUE(networksIdentical(network(), expected));
    // The undo action names the edit, in the lecture's notation.
    EXPECT_EQ(window.undoStack()->undoText(), QString("change weight w²₁₃"));
    const QAction *undo = window.menuBar()->actions()[1]->menu()->actions()[0];
    EXPECT_EQ(undo->text(), QString("&Undo change weight w²₁₃"));

    window.changeParameter({Selection::Kind::Neuron, 1, 1, 0}, -2.5);
    ASSERT_TRUE(settled());
    expected.layer(1).biases(1) = -2.5;
    EXPECT_TRUE(networksIdentical(network(), expected));
    EXPECT_EQ(window.undoStack()->undoText(), QString("change bias b¹₂"));
    const Dataset data = dataset(); // a copy: the snapshot it comes from is replaced by the next
    expectUndoRedoRoundTrip(before, data, expected, data);
}

TEST_F(Editing, AWeightEditDuringAReplayedStepShowsTheLiveNetwork)
{
    window.nextPhase();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr; }, 10000));
    window.changeParameter({Selection::Kind::Edge, 1, 0, 0}, 2.0);
    EXPECT_EQ(window.trace(), nullptr) << "the recorded step belongs to the network before the edit";
    ASSERT_TRUE(settled());
    EXPECT_EQ(window.networkView()->scene().trace, nullptr);
    EXPECT_EQ(window.networkView()->scene().network->layer(1).weights(0, 0), 2.0);
}

TEST_F(Editing, EnterOnTheSelectedEdgeOpensTheSameEditor)
{
    NetworkView &view = *window.networkView();
    const std::optional<QPointF> point = pointOnEdge(view, 1, 1, 4);
    ASSERT_TRUE(point);
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, point->toPoint());
    ASSERT_EQ(view.selection(), (Selection{Selection::Kind::Edge, 1, 1, 4}));
    QString symbol;
    QTimer::singleShot(200, &window, [&] {
        if (auto *dialog = qobject_cast<ParameterDialog *>(QApplication::activeModalWidget())) {
            symbol = dialog->symbol();
            dialog->reject();
        }
    });
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Return);
    EXPECT_EQ(symbol, QString("w¹₂₅"));
    EXPECT_EQ(window.undoStack()->count(), 0) << "a cancelled dialog changes nothing";
}

TEST_F(Editing, ArchitectureEditsFollowInTheGraphAndUndoRestoresEveryWeight)
{
    const Network before = network();
    const Dataset data = dataset();
    ArchitectureEditor &editor = *window.architectureEditor();
    editor.setLayerSize(1, 5);
    editor.addHiddenLayer();
    editor.setLayerActivation(2, Activation::Tanh);
    ASSERT_TRUE(settled());
    const Network after = network();
    ASSERT_EQ(after.sizes(), (std::vector<int>{8, 5, 5, 8}));
    EXPECT_EQ(after.layer(2).activation, Activation::Tanh);
    // The kept weights are the old ones; the graph and the gradient chart show the new shape.
    EXPECT_EQ(after.layer(1).weights.topRows(3), before.layer(1).weights);
    EXPECT_EQ(window.networkView()->scene().network->sizes(), after.sizes());
    EXPECT_EQ(window.findChild<GradientChart *>()->layerCount(), 3);
    EXPECT_EQ(window.undoStack()->count(), 3);
    EXPECT_EQ(window.undoStack()->undoText(), QString("set the activation of layer 2 to tanh"));

    editor.removeHiddenLayer(1);
    ASSERT_TRUE(settled());
    EXPECT_EQ(network().sizes(), (std::vector<int>{8, 5, 8}));
    const Network removed = network();
    expectUndoRedoRoundTrip(before, data, removed, data);
    EXPECT_EQ(window.networkView()->scene().network->sizes(), removed.sizes());
    EXPECT_EQ(editor.shape().sizes, removed.sizes());
}

TEST_F(Editing, TheToolBarsActivationIsAnUndoableArchitectureEdit)
{
    const Network before = network();
    QComboBox *hidden = nullptr;
    for (QComboBox *combo : window.findChildren<QComboBox *>()) {
        if (combo->accessibleName() == "Activation of the hidden layers")
            hidden = combo;
    }
    ASSERT_NE(hidden, nullptr);
    const int relu = hidden->findText("relu");
    ASSERT_GE(relu, 0);
    hidden->setCurrentIndex(relu);
    emit hidden->activated(relu);
    ASSERT_TRUE(settled());
    EXPECT_EQ(network().layer(1).activation, Activation::Relu);
    EXPECT_EQ(network().layer(1).weights, before.layer(1).weights) << "the weights stay";
    EXPECT_EQ(window.architectureEditor()->shape().activations[0], Activation::Relu);
    const Network after = network();
    const Dataset data = dataset();
    expectUndoRedoRoundTrip(before, data, after, data);
}

TEST_F(Editing, AnActivationTheLossDoesNotAllowIsRefusedInADialog)
{
    ArchitectureEditor &editor = *window.architectureEditor();
    editor.setLoss(Loss::CrossEntropy);
    ASSERT_TRUE(settled());
    EXPECT_EQ(network().loss(), Loss::CrossEntropy);
    editor.setLayerActivation(2, Activation::Tanh);
    auto *message = window.findChild<QMessageBox *>("problemMessage");
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->text().contains("cross-entropy")) << message->text().toStdString();
    message->close();
    ASSERT_TRUE(settled());
    EXPECT_EQ(network().layer(2).activation, Activation::Logistic);
    EXPECT_EQ(window.undoStack()->count(), 1);
}

TEST_F(Editing, AnEditTrainingRefusesLeavesTheHistory)
{
    const Network before = network();
    window.changeParameter({Selection::Kind::Edge, 1, 0, 0}, 0.5);
    ASSERT_TRUE(settled());
    // The editors check every edit before they send it; one that slips past is refused by training.
    NetworkShape bad = shapeOf(before);
    bad.activations[0] = Activation::Softmax;
    emit window.architectureEditor()->editRequested(bad, {1, 2}, "bad");
    ASSERT_TRUE(settled());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.undoStack()->count() == 1; }, 5000));
    EXPECT_EQ(window.undoStack()->undoText(), QString("change weight w¹₁₁"));
    EXPECT_EQ(network().layer(1).activation, Activation::Logistic);
    window.undoStack()->undo();
    ASSERT_TRUE(settled());
    EXPECT_TRUE(networksIdentical(network(), before));
}

TEST_F(Editing, DatasetEditsReachTheTrainerAndNewColumnsWidenTheNetwork)
{
    const Network before = network();
    const Dataset beforeData = dataset();
    DatasetEditor &editor = *window.datasetEditor();
    DatasetTableModel &model = *editor.model();
    ASSERT_EQ(model.rowCount(), 8);
    ASSERT_EQ(model.columnCount(), 16);
    ASSERT_TRUE(model.setData(model.index(2, 5), "0.5", Qt::EditRole));
    EXPECT_FALSE(model.setData(model.index(2, 6), "nan", Qt::EditRole)) << "not a finite number";
    ASSERT_TRUE(model.setData(model.index(7, 8), "0,25", Qt::EditRole)); // t1 of sample 8, decimal comma
    editor.table()->setCurrentIndex(model.index(3, 0));
    editor.addSample();
    editor.addInputColumn();
    editor.addTargetColumn();
    ASSERT_TRUE(settled());
    const Dataset &data = dataset();
    EXPECT_EQ(data.inputs(5, 2), 0.5);
    EXPECT_EQ(data.targets(0, 7 + 1), 0.25); // sample 8 moved down by the sample inserted after 4
    EXPECT_EQ(data.sampleCount(), 9);
    EXPECT_TRUE(data.inputs.col(4).isZero());
    EXPECT_EQ(data.inputSize(), 9);
    EXPECT_EQ(data.targetSize(), 9);
    EXPECT_EQ(data.inputNames.back(), "x9");
    EXPECT_EQ(network().sizes(), (std::vector<int>{9, 3, 9}));
    EXPECT_EQ(network().layer(1).weights.leftCols(8), before.layer(1).weights);
    EXPECT_EQ(window.undoStack()->count(), 5);
    const Network after = network();
    const Dataset afterData = dataset();
    expectUndoRedoRoundTrip(before, beforeData, after, afterData);
    EXPECT_EQ(editor.model()->columnCount(), 18);
}

TEST_F(Editing, RemovingSamplesAndColumnsStopsAtOneAndShrinksTheNetwork)
{
    const Dataset beforeData = dataset();
    DatasetEditor &editor = *window.datasetEditor();
    editor.table()->setCurrentIndex(editor.model()->index(2, 0));
    editor.removeSample();
    editor.removeInputColumn();
    editor.removeTargetColumn();
    ASSERT_TRUE(settled());
    const Dataset &data = dataset();
    ASSERT_EQ(data.sampleCount(), 7);
    // Sample 3 is gone: the third row is now the old fourth one, without its last input.
    EXPECT_EQ(data.inputs.col(2), beforeData.inputs.col(3).head(7));
    EXPECT_EQ(data.inputNames.back(), "x7");
    EXPECT_EQ(data.targetNames.back(), "t7");
    EXPECT_EQ(network().sizes(), (std::vector<int>{7, 3, 7}));
    for (int i = 0; i < 10; ++i) {
        editor.removeSample();
        editor.removeInputColumn();
    }
    ASSERT_TRUE(settled());
    EXPECT_EQ(dataset().sampleCount(), 1);
    EXPECT_EQ(dataset().inputSize(), 1);
    EXPECT_EQ(network().inputSize(), 1);
    controller.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 1; }, 10000));
    EXPECT_TRUE(network().isFinite());
}

TEST_F(Editing, ACsvFileWithAnErrorNamesLineAndColumnAndChangesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.csv");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("x1,x2,t1\n0,0,0\n0,oops,1\n");
    file.close();
    const Network before = network();
    const Dataset beforeData = dataset();
    const QString error = window.datasetEditor()->importCsv(path);
    EXPECT_TRUE(error.contains("bad.csv:3:3")) << error.toStdString();
    EXPECT_TRUE(error.contains("oops")) << error.toStdString();
    EXPECT_EQ(window.undoStack()->count(), 0);
    // Let training publish again: the session is as it was.
    controller.setShownSample(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->shownSample == 1; }, 10000));
    EXPECT_TRUE(networksIdentical(network(), before));
    EXPECT_TRUE(datasetsIdentical(dataset(), beforeData));
}

TEST_F(Editing, ImportingAndExportingCsvRoundTripsAndTheNetworkAdapts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("xor.csv");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("x1,x2,t1\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
    file.close();
    const Network before = network();
    const Dataset beforeData = dataset();
    ASSERT_EQ(window.datasetEditor()->importCsv(path), QString());
    ASSERT_TRUE(settled());
    EXPECT_EQ(network().sizes(), (std::vector<int>{2, 3, 1}));
    EXPECT_EQ(dataset().sampleCount(), 4);
    EXPECT_EQ(window.undoStack()->undoText(), QString("import xor.csv"));
    const QString exported = dir.filePath("out.csv");
    ASSERT_EQ(window.datasetEditor()->exportCsv(exported), QString());
    EXPECT_TRUE(datasetsIdentical(loadCsvDataset(exported.toStdString()), dataset()));
    const Network after = network();
    const Dataset afterData = dataset();
    expectUndoRedoRoundTrip(before, beforeData, after, afterData);
}

TEST_F(Editing, AWiderHiddenLayerStillLearnsTheEncoderAndTheChartsFollow)
{
    window.architectureEditor()->setLayerSize(1, 4);
    ASSERT_TRUE(settled());
    ASSERT_EQ(network().sizes(), (std::vector<int>{8, 4, 8}));
    controller.setPace(0.0);
    controller.play();
    const bool learned = QTest::qWaitFor([&] { return controller.snapshot()->accuracy == 1.0; }, 30000);
    controller.pause();
    EXPECT_TRUE(learned) << "accuracy " << controller.snapshot()->accuracy << " after "
                         << controller.snapshot()->epoch << " epochs";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !controller.snapshot()->running; }, 10000));
    EXPECT_EQ(window.findChild<GradientChart *>()->layerCount(), 2);
    EXPECT_EQ(window.networkView()->scene().network->sizes(), (std::vector<int>{8, 4, 8}));
}

TEST_F(Editing, EditsWhileTrainingRunsApplyBetweenStepsAndTrainingGoesOn)
{
    controller.setPace(0.0);
    controller.play();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return controller.snapshot()->running && controller.snapshot()->epoch > 5; }, 10000));
    window.architectureEditor()->setLayerSize(1, 6);
    window.changeParameter({Selection::Kind::Edge, 2, 0, 0}, 1.5);
    DatasetTableModel &model = *window.datasetEditor()->model();
    ASSERT_TRUE(model.setData(model.index(0, 1), "0.5", Qt::EditRole));
    window.datasetEditor()->addInputColumn();
    ASSERT_TRUE(settled());
    const std::int64_t epoch = controller.snapshot()->epoch;
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch > epoch + 5; }, 10000))
        << "training stopped after the edits";
    const TrainingSnapshot &s = *controller.snapshot();
    EXPECT_TRUE(s.running);
    EXPECT_EQ(s.network->sizes(), (std::vector<int>{9, 6, 8}));
    EXPECT_EQ(s.dataset->inputs(1, 0), 0.5);
    EXPECT_TRUE(s.network->isFinite());
    EXPECT_EQ(window.undoStack()->count(), 4);
    // Undo while training: the shape comes back, training goes on.
    while (window.undoStack()->canUndo())
        window.undoStack()->undo();
    ASSERT_TRUE(settled());
    EXPECT_EQ(network().sizes(), (std::vector<int>{8, 3, 8}));
    EXPECT_EQ(dataset().inputs(1, 0), 0.0);
    controller.pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !controller.snapshot()->running; }, 10000));
}

TEST_F(Editing, EditsAreUnsavedWorkAndANewLessonStartsANewHistory)
{
    EXPECT_FALSE(window.hasUnsavedWork());
    window.changeParameter({Selection::Kind::Edge, 1, 0, 0}, 0.5);
    ASSERT_TRUE(settled());
    EXPECT_TRUE(window.hasUnsavedWork());
    controller.loadPreset("xor", 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->presetName == "xor"; }, 10000));
    QTest::qWait(20);
    EXPECT_EQ(window.undoStack()->count(), 0);
    EXPECT_EQ(window.architectureEditor()->shape().sizes, network().sizes());
    EXPECT_EQ(window.datasetEditor()->model()->rowCount(), 4);
}

// The timeline and the edit history meet: going back to a state from before an architecture edit,
// then undoing that edit, must leave training, the graph and the editors consistent (the undo is
// applied to the network as it is then, or refused with a message), and training must go on.
TEST_F(Editing, UndoAfterGoingBackOnTheTimelineBeforeTheEditKeepsEverythingConsistent)
{
    for (int e = 0; e < 2; ++e)
        window.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 2; }, 10000));
    window.architectureEditor()->setLayerSize(1, 4);
    ASSERT_TRUE(settled());
    ASSERT_EQ(network().sizes(), (std::vector<int>{8, 4, 8}));
    for (int e = 0; e < 3; ++e)
        window.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 5; }, 10000));
    QTest::qWait(50);
    const auto marks = controller.snapshot()->timeline;
    ASSERT_TRUE(marks && !marks->empty());
    quint64 early = 0;
    for (const TimelineMark &mark : *marks)
        if (mark.epoch == 1)
            early = mark.id;
    ASSERT_NE(early, 0u);
    controller.restoreState(early);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 1; }, 10000));
    EXPECT_EQ(network().sizes(), (std::vector<int>{8, 3, 8})) << "the state from before the edit";

    window.undoStack()->undo();
    ASSERT_TRUE(settled());
    QTest::qWait(50);
    const std::vector<int> sizes = network().sizes();
    EXPECT_TRUE(network().isFinite());
    EXPECT_EQ(window.networkView()->scene().network->sizes(), sizes);
    EXPECT_EQ(window.architectureEditor()->shape().sizes, sizes);
    EXPECT_EQ(dataset().inputSize(), sizes.front());
    // Training goes on from there.
    const std::int64_t epoch = controller.snapshot()->epoch;
    window.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == epoch + 1; }, 10000));
    EXPECT_TRUE(network().isFinite());
}

template <typename Box> Box *toolBarBox(const MainWindow &window, const QString &name)
{
    for (Box *box : window.findChildren<Box *>()) {
        if (box->accessibleName() == name)
            return box;
    }
    return nullptr;
}

// A lecturer steps a hidden layer down with the spin box's arrow and presses Ctrl+Z right away: the
// model's undo must happen (the box claims the key for its own, empty, undo).
TEST_F(Editing, UndoAndRedoKeysWorkWhileTheNeuronCountBoxHasTheFocus)
{
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.findChild<QDockWidget *>("architectureDock")->raise();
    QSpinBox *box = window.architectureEditor()->sizeBox(1);
    ASSERT_NE(box, nullptr);
    box->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return box->hasFocus(); }, 2000));
    QTest::keyClick(box, Qt::Key_Down);
    ASSERT_TRUE(settled());
    ASSERT_EQ(network().sizes(), (std::vector<int>{8, 2, 8}));

    QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(settled());
    EXPECT_EQ(network().sizes(), (std::vector<int>{8, 3, 8})) << "Ctrl+Z did not undo the resize";
    EXPECT_EQ(box->value(), 3) << "the focused box shows a state the network is not in";
    QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(settled());
    EXPECT_EQ(network().sizes(), (std::vector<int>{8, 2, 8})) << "Ctrl+Shift+Z did not redo";
    EXPECT_EQ(box->value(), 2);
    QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(settled());
    QTest::keyClick(box, Qt::Key_Y, Qt::ControlModifier);
    ASSERT_TRUE(settled());
    EXPECT_EQ(network().sizes(), (std::vector<int>{8, 2, 8})) << "Ctrl+Y did not redo";

    // Text being typed keeps its own undo, and only while it is typed.
    box->findChild<QLineEdit *>()->selectAll();
    QTest::keyClicks(box, "5");
    EXPECT_TRUE(UndoShortcuts::isTyping(box, false));
    QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(window.undoStack()->index(), 1) << "typing's Ctrl+Z went to the model";
}

TEST_F(Editing, EveryEditorShowsTheLiveNetworkAfterUndoTimelineMovesAndSettings)
{
    window.findChild<QDockWidget *>("architectureDock")->raise();
    QSpinBox *size = window.architectureEditor()->sizeBox(1);
    size->setFocus();
    QTest::keyClick(size, Qt::Key_Down);
    ASSERT_TRUE(settled());
    ASSERT_EQ(network().sizes(), (std::vector<int>{8, 2, 8}));
    // Undone from the menu, the focus still in the box: the box says 3, as the graph does.
    window.undoStack()->undo();
    ASSERT_TRUE(settled());
    EXPECT_EQ(size->value(), 3);
    // ▲ then makes an edit (3 → 4), not none.
    QTest::keyClick(size, Qt::Key_Up);
    ASSERT_TRUE(settled());
    EXPECT_EQ(network().sizes(), (std::vector<int>{8, 4, 8}));

    // The tool bar's boxes follow the live settings even when they have the focus.
    auto *rate = toolBarBox<QDoubleSpinBox>(window, "Learning rate");
    auto *batch = toolBarBox<QSpinBox>(window, "Batch size");
    ASSERT_TRUE(rate && batch);
    rate->setFocus();
    controller.setLearningRate(0.25);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->settings.optimizer.learningRate == 0.25; }, 5000));
    QTest::qWait(20);
    EXPECT_DOUBLE_EQ(rate->value(), 0.25);
    batch->setFocus();
    controller.setBatchSize(4);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->settings.batchSize == 4; }, 5000));
    QTest::qWait(20);
    EXPECT_EQ(batch->value(), 4);

    // Different activations per hidden layer: the tool bar says so.
    window.architectureEditor()->addHiddenLayer();
    window.architectureEditor()->setLayerActivation(2, Activation::Tanh);
    ASSERT_TRUE(settled());
    auto *hidden = toolBarBox<QComboBox>(window, "Activation of the hidden layers");
    ASSERT_NE(hidden, nullptr);
    EXPECT_EQ(hidden->currentText(), "mixed");
    window.undoStack()->undo();
    ASSERT_TRUE(settled());
    EXPECT_EQ(hidden->currentText(), "logistic");
}

TEST_F(Editing, MarkersOfOneMomentAreOneAndAnUndoneEditsMarkerGoes)
{
    ArchitectureEditor &editor = *window.architectureEditor();
    editor.setLayerSize(1, 2);
    editor.setLayerSize(1, 3);
    editor.setLayerSize(1, 4);
    editor.setLayerActivation(1, Activation::Tanh);
    ASSERT_TRUE(settled());
    LossChart &loss = *window.lossChart();
    ASSERT_EQ(loss.markerCount(), 1) << "four changes at epoch 0 make one marker";
    EXPECT_EQ(loss.markerLabel(0).count(QStringLiteral(" · ")), 3) << loss.markerLabel(0).toStdString();
    window.undoStack()->undo();
    ASSERT_TRUE(settled());
    EXPECT_EQ(loss.markerLabel(0).count(QStringLiteral(" · ")), 2) << loss.markerLabel(0).toStdString();
    while (window.undoStack()->canUndo())
        window.undoStack()->undo();
    ASSERT_TRUE(settled());
    EXPECT_EQ(loss.markerCount(), 0) << "the network is back to the original; no change is left";
}

TEST_F(Editing, ASavedAndReopenedRunShowsTheSameMarkers)
{
    window.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 1; }, 10000));
    controller.setLearningRate(0.75);
    window.architectureEditor()->setLayerSize(1, 4);
    ASSERT_TRUE(settled());
    window.stepEpoch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->epoch == 2; }, 10000));
    controller.setOptimizer(Optimizer::Adam);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->settings.optimizer.kind == Optimizer::Adam; }, 5000));
    QTest::qWait(20);
    LossChart &loss = *window.lossChart();
    ASSERT_EQ(loss.markerCount(), 2);
    const QString first = loss.markerLabel(0);
    const QString second = loss.markerLabel(1);
    EXPECT_TRUE(first.contains(QStringLiteral("→ 0.75"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("layers 8-3-8 → 8-4-8"))) << first.toStdString();
    EXPECT_EQ(second, QStringLiteral("optimizer sgd → adam"));

    QTemporaryDir folder;
    const QString path = folder.filePath("markers.bpx.json");
    QSignalSpy saved(&controller, &TrainingController::experimentSaved);
    controller.saveExperiment(path);
    ASSERT_TRUE(saved.wait(5000));
    controller.loadPreset("xor", 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->presetName == "xor"; }, 10000));
    QTest::qWait(20);
    EXPECT_EQ(loss.markerCount(), 0);
    controller.openExperiment(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.snapshot()->presetName == "encoder-8-3-8"; }, 10000));
    QTest::qWait(20);
    ASSERT_EQ(loss.markerCount(), 2);
    EXPECT_EQ(loss.markerLabel(0), first);
    EXPECT_EQ(loss.markerLabel(1), second);
    EXPECT_EQ(loss.markerEpoch(0), 1.0);
    EXPECT_EQ(loss.markerEpoch(1), 2.0);
}

} // namespace
} // namespace bp::ui
