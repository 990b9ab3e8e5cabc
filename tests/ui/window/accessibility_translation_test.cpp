// The Italian translation and the keyboard and screen-reader access of the whole window, offscreen,
// wired to a real controller as main.cpp wires it.
#include "app/language.h"
#include "app/training/training_controller.h"
#include "tests/support/studio_window.h"
#include "ui/boundary/decision_boundary_view.h"
#include "ui/graph/network_view.h"
#include "ui/representation/code_space_view.h"
#include "ui/representation/representation_table.h"
#include "ui/window/class_session_widgets.h"
#include "ui/window/join_card.h"
#include "ui/window/main_window.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QWidgetAction>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <memory>

namespace bp::ui {
namespace {

// Loads a language for one test and goes back to English (the source text) afterwards.
class Language {
public:
    explicit Language(const QString &language)
    {
        effective = installTranslators(*QCoreApplication::instance(), language);
    }
    ~Language() { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }
    QString effective;
};

struct Studio : test::StudioWindow {
    Studio()
    {
        window.resize(1920, 1080);
        window.show();
        QApplication::setActiveWindow(&window);
    }
    ::testing::AssertionResult load(const QString &lesson)
    {
        return test::openLesson(controller, window, lesson);
    }
};

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QAction *actionWithShortcut(const MainWindow &window, const QKeySequence &key)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcuts().contains(key))
            return action;
    return nullptr;
}

// Every entry of a .ts file translated (no "unfinished", no "obsolete", nothing empty); the count of
// entries.
int checkTsFile(const char *path, QStringList &problems)
{
    QFile file(QString::fromUtf8(path));
    if (!file.open(QIODevice::ReadOnly)) {
        problems << QStringLiteral("cannot read %1").arg(QString::fromUtf8(path));
        return 0;
    }
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message"))
            ++messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // A plural's forms are child elements (numerusform): their text counts.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems << QStringLiteral("%1 (%2)").arg(source, type);
            else if (text.trimmed().isEmpty())
                problems << QStringLiteral("%1 (empty)").arg(source);
        }
    }
    if (xml.hasError())
        problems << xml.errorString();
    return messages;
}

TEST(Translation, TsFileHasEveryEntryTranslatedAndNothingObsolete)
{
    QStringList problems;
    EXPECT_GT(checkTsFile(BP_TS_FILE, problems), 300);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(Translation, EnglishPluralFileHasEveryFormFilledIn)
{
    QStringList problems;
    EXPECT_GE(checkTsFile(BP_TS_FILE_EN, problems), 5);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(Translation, CountsReadRightInTheSingularAndThePlural)
{
    ClassTallyView tally;
    JoinCard card;
    const auto answers = [&](int count) {
        tally.setTally({QStringLiteral("up"), QStringLiteral("down")}, {{count, 0}}, -1);
        return tally.summary();
    };
    const auto secondRound = [&](int count) {
        tally.setTally({QStringLiteral("up"), QStringLiteral("down")}, {{3, 0}, {count, 0}}, -1);
        return tally.summary();
    };
    {
        const Language english(QStringLiteral("en"));
        EXPECT_EQ(answers(1), QStringLiteral("1 answer"));
        EXPECT_EQ(answers(2), QStringLiteral("2 answers"));
        EXPECT_EQ(answers(0), QStringLiteral("0 answers"));
        EXPECT_EQ(secondRound(1), QStringLiteral("Round 2: 1 answer"));
        card.setCounts(1, 0);
        EXPECT_EQ(card.countsText(), QStringLiteral("1 connected · 1 on a phone · 0 in the app"));
        card.setCounts(2, 1);
        EXPECT_EQ(card.countsText(), QStringLiteral("3 connected · 2 on phones · 1 in the app"));
    }
    {
        const Language italian(QStringLiteral("it"));
        EXPECT_EQ(answers(1), QStringLiteral("1 risposta"));
        EXPECT_EQ(answers(2), QStringLiteral("2 risposte"));
        EXPECT_EQ(secondRound(1), QStringLiteral("Turno 2: 1 risposta"));
    }
}

TEST(Translation, LanguageFollowsTheRequestElseFallsBackToKnownOnes)
{
    EXPECT_EQ(resolveLanguage(QStringLiteral("it")), QStringLiteral("it"));
    EXPECT_EQ(resolveLanguage(QStringLiteral("en")), QStringLiteral("en"));
    const QString system = resolveLanguage(QString());
    EXPECT_TRUE(system == QLatin1String("en") || system == QLatin1String("it")) << system.toStdString();
    // A language we do not have is not "installed": the interface stays English.
    Language klingon(QStringLiteral("tlh"));
    EXPECT_EQ(klingon.effective, QStringLiteral("en"));
}

TEST(Translation, ItalianMenusToolTipsAndDialogs)
{
    Language italian(QStringLiteral("it"));
    ASSERT_EQ(italian.effective, QStringLiteral("it"));
    Studio studio;
    ASSERT_TRUE(studio.load(QStringLiteral("encoder-8-3-8")));
    const QStringList titles = menuTitles(studio.window);
    for (const char *title : {"&File", "A&ddestramento", "&Visualizza", "&Lezioni", "A&iuto"})
        EXPECT_TRUE(titles.contains(QString::fromUtf8(title)))
            << title << " in " << titles.join(' ').toStdString();

    QAction *play = actionWithShortcut(studio.window, QKeySequence(Qt::Key_Space));
    ASSERT_NE(play, nullptr);
    EXPECT_EQ(play->text(), QStringLiteral("Avvia"));
    EXPECT_TRUE(play->toolTip().startsWith(QStringLiteral("Addestra di continuo")))
        << play->toolTip().toStdString();
    QAction *next = actionWithShortcut(studio.window, QKeySequence(Qt::Key_PageDown));
    ASSERT_NE(next, nullptr);
    EXPECT_TRUE(next->toolTip().contains(QStringLiteral("errore in uscita")))
        << next->toolTip().toStdString();
    // The lesson menu shows the core's English titles in Italian.
    bool autoencoder = false;
    for (QAction *menu : studio.window.menuBar()->actions())
        if (menu->menu())
            for (QAction *item : menu->menu()->actions())
                autoencoder = autoencoder || item->text() == QStringLiteral("Autoencoder 8-3-8");
    EXPECT_TRUE(autoencoder);
    // The status line: Italian words, numbers as the core writes them.
    EXPECT_TRUE(studio.window.statusText().contains(QStringLiteral("epoca")))
        << studio.window.statusText().toStdString();

    // A dialog: the keyboard shortcuts, whose OK button Qt's own (qtbase_it) translation names.
    QString dialogText;
    QStringList buttons;
    QTimer::singleShot(200, &studio.window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        dialogText = box->text();
        for (QAbstractButton *button : box->buttons())
            buttons << button->text();
        box->accept();
    });
    QAction *shortcuts = nullptr;
    for (QAction *action : studio.window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("Scorciatoie da tastiera"))
            shortcuts = action;
    ASSERT_NE(shortcuts, nullptr);
    shortcuts->trigger();
    EXPECT_TRUE(dialogText.contains(QStringLiteral("fase successiva"))) << dialogText.toStdString();
    QMessageBox standard;
    standard.setStandardButtons(QMessageBox::Cancel | QMessageBox::Save);
    EXPECT_EQ(standard.button(QMessageBox::Cancel)->text(), QStringLiteral("Annulla"));
    EXPECT_EQ(standard.button(QMessageBox::Save)->text(), QStringLiteral("Salva"));
}

TEST(Translation, ADivergenceIsExplainedInItalianWithTheCoresDetail)
{
    Language italian(QStringLiteral("it"));
    Studio studio;
    ASSERT_TRUE(studio.load(QStringLiteral("xor")));
    studio.controller.setActivation(1, Activation::Identity);
    studio.controller.setActivation(2, Activation::Identity);
    studio.controller.setLearningRate(1e5);
    studio.window.togglePlay();
    ASSERT_TRUE(QTest::qWaitFor([&] { return studio.controller.snapshot()->diverged; }, 10000));
    QTest::qWait(50);
    QString text;
    for (QLabel *label : studio.window.divergenceBanner()->findChildren<QLabel *>())
        text += label->text();
    EXPECT_TRUE(text.contains(QStringLiteral("L’addestramento è divergente"))) << text.toStdString();
    // The core's English sentence stays as the detail, with its numbers.
    EXPECT_TRUE(text.contains(QStringLiteral("Training diverged at epoch"))) << text.toStdString();
    // Play while diverged is refused by the worker: its English reason in an Italian frame.
    studio.controller.play();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return studio.window.statusBar()->currentMessage().startsWith(QStringLiteral("Non applicato: "));
        },
        5000))
        << studio.window.statusBar()->currentMessage().toStdString();
}

// Every control a user can operate, and every custom widget, as a screen reader finds them.
QStringList unnamedControls(const MainWindow &window)
{
    QStringList unnamed;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        const bool control =
            qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QAbstractSlider *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
            qobject_cast<NetworkView *>(widget) || qobject_cast<RepresentationTable *>(widget) ||
            qobject_cast<CodeSpaceView *>(widget) || qobject_cast<DecisionBoundaryView *>(widget) ||
            qobject_cast<QChartView *>(widget);
        // Scroll bars inside scroll areas are named by their area; only the app's own sliders count.
        if (!control || QString::fromLatin1(widget->metaObject()->className()) == QLatin1String("QScrollBar"))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            unnamed << QStringLiteral("%1 '%2' in %3")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                QString::fromLatin1(widget->parent()->metaObject()->className()));
    }
    for (QAction *action : window.findChildren<QAction *>())
        if (!action->isSeparator() && action->text().trimmed().isEmpty() && !action->menu() &&
            !qobject_cast<QWidgetAction *>(action)) // a tool bar's widget, checked above
            unnamed << QStringLiteral("QAction '%1' of %2")
                           .arg(action->objectName(),
                                QString::fromLatin1(action->parent()->metaObject()->className()));
    return unnamed;
}

TEST(Accessibility, EveryControlHasANameInEnglishAndItalian)
{
    for (const char *language : {"en", "it"}) {
        Language chosen(QString::fromLatin1(language));
        Studio studio;
        ASSERT_TRUE(studio.load(QStringLiteral("circle"))); // the decision boundary's lesson
        const QStringList unnamed = unnamedControls(studio.window);
        EXPECT_TRUE(unnamed.isEmpty())
            << language << ": " << unnamed.join(QStringLiteral(", ")).toStdString();
        QAccessibleInterface *graph = QAccessible::queryAccessibleInterface(studio.window.networkView());
        ASSERT_NE(graph, nullptr);
        EXPECT_TRUE(graph->text(QAccessible::Description).contains(QStringLiteral("2-"))) << language;
        // The custom widgets describe what they show, in the language on screen.
        auto *boundary = studio.window.findChild<DecisionBoundaryView *>();
        ASSERT_NE(boundary, nullptr);
        EXPECT_TRUE(boundary->accessibleDescription().contains(
            QString::fromUtf8(QByteArray(language) == "it" ? "due ingressi" : "two inputs")))
            << boundary->accessibleDescription().toStdString();
        auto *table = studio.window.findChild<RepresentationTable *>();
        ASSERT_NE(table, nullptr);
        EXPECT_TRUE(table->accessibleDescription().startsWith(
            QString::fromUtf8(QByteArray(language) == "it" ? "%1 campioni" : "%1 samples")
                .arg(studio.controller.snapshot()->dataset->sampleCount())))
            << table->accessibleDescription().toStdString();
    }
}

TEST(Accessibility, TabReachesEveryControlThatTakesFocus)
{
    Studio studio;
    ASSERT_TRUE(studio.load(QStringLiteral("encoder-8-3-8")));
    ASSERT_TRUE(QTest::qWaitForWindowActive(&studio.window));
    QSet<QWidget *> expected;
    for (QWidget *widget : studio.window.findChildren<QWidget *>())
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled() &&
            !widget->focusProxy())
            expected.insert(widget);
    ASSERT_GT(expected.size(), 10);
    // The custom widgets are among them.
    EXPECT_TRUE(expected.contains(studio.window.networkView()));
    EXPECT_FALSE(studio.window.findChildren<RepresentationTable *>().isEmpty());

    studio.window.networkView()->setFocus(Qt::TabFocusReason);
    QSet<QWidget *> reached;
    for (int i = 0; i < 4 * static_cast<int>(expected.size()) && reached.size() < expected.size(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        reached.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QStringList missed;
    for (QWidget *widget : expected)
        if (!reached.contains(widget))
            missed << QStringLiteral("%1 '%2' (%3)")
                          .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                               widget->accessibleName());
    EXPECT_TRUE(missed.isEmpty()) << missed.join(QStringLiteral(", ")).toStdString();
}

TEST(Accessibility, EveryToolBarActionIsInAMenuOrHasAShortcut)
{
    Studio studio;
    QSet<QAction *> inMenus;
    for (QMenu *menu : studio.window.findChildren<QMenu *>())
        for (QAction *action : menu->actions())
            inMenus.insert(action);
    for (QAction *action : studio.window.findChildren<QAction *>()) {
        if (action->isSeparator() || action->menu() || action->associatedObjects().isEmpty() ||
            qobject_cast<QWidgetAction *>(action))
            continue;
        EXPECT_TRUE(inMenus.contains(action) || !action->shortcuts().isEmpty())
            << action->text().toStdString() << " / " << action->parent()->metaObject()->className();
    }
}

TEST(Accessibility, F6MovesBetweenTheGraphAndEveryDockAndBack)
{
    Studio studio;
    ASSERT_TRUE(studio.load(QStringLiteral("encoder-8-3-8")));
    ASSERT_TRUE(QTest::qWaitForWindowActive(&studio.window));
    const QList<QWidget *> panels = studio.window.panels();
    ASSERT_GE(panels.size(), 4); // the graph, equations, samples, charts
    studio.window.networkView()->setFocus(Qt::OtherFocusReason);
    QSet<QWidget *> visited;
    for (int i = 0; i < panels.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        for (QWidget *panel : panels)
            if (panel == focus || panel->isAncestorOf(focus))
                visited.insert(panel);
    }
    EXPECT_EQ(visited.size(), panels.size());
    EXPECT_EQ(QApplication::focusWidget(), studio.window.networkView()) << "F6 comes round to the graph";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    EXPECT_TRUE(panels.last()->isAncestorOf(QApplication::focusWidget()) ||
                panels.last() == QApplication::focusWidget());
}

TEST(Accessibility, ArrowKeysMoveTheSelectedNeuronOnTheGraph)
{
    Studio studio;
    ASSERT_TRUE(studio.load(QStringLiteral("encoder-8-3-8")));
    ASSERT_TRUE(QTest::qWaitForWindowActive(&studio.window));
    NetworkView *view = studio.window.networkView();
    // The graph holds the focus from the start (as a click gives it): arrive from another control.
    view->clearFocus();
    view->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(view->hasFocus());
    ASSERT_TRUE(view->arrowsChooseLayers());
    const int phase = studio.window.phaseIndex();
    auto press = [&](Qt::Key key) {
        QTest::keyClick(view, key);
        return view->selection();
    };
    auto neuron = [](int layer, int j) {
        Selection s;
        s.kind = Selection::Kind::Neuron;
        s.layer = layer;
        s.neuron = j;
        return s;
    };
    EXPECT_EQ(press(Qt::Key_Down), neuron(0, 0)); // nothing selected: the first input
    EXPECT_EQ(press(Qt::Key_Down), neuron(0, 1));
    EXPECT_EQ(press(Qt::Key_Up), neuron(0, 0));
    EXPECT_EQ(press(Qt::Key_Up), neuron(0, 0)); // stays at the top
    for (int i = 0; i < 7; ++i)
        press(Qt::Key_Down);
    EXPECT_EQ(view->selection(), neuron(0, 7));
    EXPECT_EQ(press(Qt::Key_Down), neuron(0, 7));  // stays at the bottom
    EXPECT_EQ(press(Qt::Key_Right), neuron(1, 2)); // the last of 8 → the last of 3
    EXPECT_EQ(press(Qt::Key_Up), neuron(1, 1));
    EXPECT_EQ(press(Qt::Key_Right), neuron(2, 4)); // the middle of 3 → the middle of 8 (3.5 rounds to 4)
    EXPECT_EQ(press(Qt::Key_Right), neuron(2, 4)); // no layer after the output
    EXPECT_EQ(press(Qt::Key_Left), neuron(1, 1));
    // The window learned of each choice (the equation panel and details follow the selection).
    QAccessibleInterface *graph = QAccessible::queryAccessibleInterface(view);
    EXPECT_TRUE(graph->text(QAccessible::Description).contains(QStringLiteral("neuron 2 of layer 1")))
        << graph->text(QAccessible::Description).toStdString();
    EXPECT_EQ(studio.window.phaseIndex(), phase) << "the arrows chose neurons, they did not step phases";
    EXPECT_EQ(press(Qt::Key_Escape).kind, Selection::Kind::None);

    // After a click, ←/→ are the window's phase keys again; ↑/↓ still choose within the layer.
    view->clearFocus();
    view->setFocus(Qt::MouseFocusReason);
    EXPECT_FALSE(view->arrowsChooseLayers());
    view->setSelection(neuron(1, 1));
    QTest::keyClick(view, Qt::Key_Right);
    EXPECT_EQ(view->selection(), neuron(1, 1));
    EXPECT_TRUE(QTest::qWaitFor([&] { return studio.window.phaseIndex() != phase; }, 10000))
        << "→ stepped to the next phase";
}

} // namespace
} // namespace bp::ui
