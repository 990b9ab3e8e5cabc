// The whole window at the three sizes of lecture-hall projectors (1024×768, 1280×720, 1920×1080), at
// the desk and in presenter mode, in English and Italian, for the 8-3-8, 4-2-4 and 16-4-16 nets: what
// the class needs must be on screen, legible and uncovered. Asserts on what the graph drew (its texts
// and their boxes), on the table's rows, the tool bars, the docks' titles and the
// charts' text items, not only on pixels. With BP_SCREENSHOT_DIR set, it also writes a screenshot of
// each 8-3-8 combination there (of every net with BP_SCREENSHOT_ALL=1 as well).
#include "app/language.h"
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "core/data/preset.h"
#include "core/maths/trace.h"
#include "ui/charts/loss_chart.h"
#include "ui/graph/network_view.h"
#include "ui/panels/equation_panel.h"
#include "ui/representation/representation_table.h"
#include "ui/style/value_format.h"
#include "ui/window/class_session.h"
#include "ui/window/class_session_widgets.h"
#include "ui/window/main_window.h"
#include "tests/support/graph_scene_checks.h"
#include "tests/support/projector_rooms.h"
#include "tests/support/studio_window.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QDockWidget>
#include <QFontInfo>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QMenuBar>
#include <QSet>
#include <QStyle>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolBar>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <tuple>

namespace bp::ui {
namespace {

struct Room {
    int width;
    int height;
    bool presenting;
    const char *language;
    /// The lesson's preset and its layer sizes.
    const char *preset = "encoder-8-3-8";
    std::vector<int> sizes = {8, 3, 8};
};

std::string nameOf(const Room &room)
{
    std::string name = std::string(room.presenting ? "presenter" : "desk") + "-" + std::to_string(room.width) +
                       "x" + std::to_string(room.height) + "-" + room.language;
    if (room.sizes != std::vector<int>{8, 3, 8})
        name += '-' + std::to_string(room.sizes[0]) + '-' + std::to_string(room.sizes[1]) + '-' +
                std::to_string(room.sizes[2]);
    return name;
}

double requiredPixels(const Room &room)
{
    return bp::test::requiredTextPixels(room.width, room.height, room.presenting);
}

class Language {
public:
    explicit Language(const QString &language) { installTranslators(*QCoreApplication::instance(), language); }
    ~Language() { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }
};

// Every text item of the visible charts (axes' tick labels, titles, legends).
QStringList chartTexts(const MainWindow &window)
{
    QStringList texts;
    for (const QChartView *view : window.findChildren<QChartView *>()) {
        if (!view->isVisible() || !view->scene())
            continue;
        for (const QGraphicsItem *item : view->scene()->items()) {
            if (!item->isVisible())
                continue;
            if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item))
                texts << text->toPlainText();
            else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
                texts << simple->text();
        }
    }
    return texts;
}

// The accuracy's axis (the loss chart's right one) prints at least three ticks ("0", "1" alone tell
// nothing), all with the same decimals.
void expectInformativeAccuracyTicks(const MainWindow &window, const Room &room)
{
    const QChartView *view = window.lossChart()->findChild<QChartView *>();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(view->isVisible()) << nameOf(room);
    const double plotRight = view->chart()->mapToScene(view->chart()->plotArea().topRight()).x();
    QStringList labels;
    for (const QGraphicsItem *item : view->scene()->items()) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->sceneBoundingRect().left() < plotRight)
            continue;
        bool number = false;
        text->toPlainText().toDouble(&number);
        if (number)
            labels << text->toPlainText();
    }
    EXPECT_GE(labels.size(), 3) << nameOf(room) << ": " << labels.join(QStringLiteral(" ")).toStdString();
    QSet<qsizetype> decimals;
    for (const QString &label : std::as_const(labels))
        decimals.insert(label.contains(QLatin1Char('.')) ? label.size() - label.indexOf(QLatin1Char('.')) - 1 : 0);
    EXPECT_EQ(decimals.size(), 1) << nameOf(room) << ": " << labels.join(QStringLiteral(" ")).toStdString();
}

// Every control of the tool bars is on a bar, none behind the overflow arrow ("»").
void expectEveryControlOnABar(const MainWindow &window, const Room &room)
{
    for (const QToolBar *bar : window.findChildren<QToolBar *>()) {
        if (!bar->isVisible())
            continue;
        for (QAction *action : bar->actions()) {
            if (!action->isVisible() || action->isSeparator())
                continue;
            const QWidget *widget = bar->widgetForAction(action);
            ASSERT_NE(widget, nullptr);
            EXPECT_TRUE(widget->isVisible() && bar->rect().contains(widget->geometry()))
                << nameOf(room) << ": \"" << action->text().toStdString() << "\" of "
                << bar->objectName().toStdString() << " is not on the bar";
        }
        for (const QAbstractButton *button : bar->findChildren<QAbstractButton *>(QStringLiteral("qt_toolbar_ext_button")))
            EXPECT_FALSE(button->isVisible()) << nameOf(room) << ": " << bar->objectName().toStdString() << " overflows";
    }
}

// The docks' titles and tabs: at least 12 px at the desk, larger in presenter mode, never elided.
void expectWholeDockTitles(const MainWindow &window, const Room &room)
{
    const int minimum = room.presenting ? 15 : 12;
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        // (A dock behind another's tab is "visible"; its contents are not.)
        if (!dock->isVisible() || dock->isFloating() || !dock->widget()->isVisible())
            continue;
        const std::string name = nameOf(room) + ": " + dock->windowTitle().toStdString();
        EXPECT_GE(QFontInfo(dock->font()).pixelSize(), minimum) << name;
        // Qt draws the title between the dock's left edge and its first button.
        int right = dock->width();
        for (const QAbstractButton *button : dock->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly))
            if (button->isVisible())
                right = std::min(right, button->x());
        const int margin = dock->style()->pixelMetric(QStyle::PM_DockWidgetTitleMargin, nullptr, dock);
        EXPECT_LE(QFontMetrics(dock->font()).horizontalAdvance(dock->windowTitle()) + 2 * margin, right) << name;
    }
    for (const QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        if (!bar->isVisible())
            continue;
        EXPECT_GE(QFontInfo(bar->font()).pixelSize(), 12) << nameOf(room) << ": tab " << bar->tabText(0).toStdString();
        // Whole in height and never elided (a row of tabs wider than its column scrolls).
        EXPECT_EQ(bar->elideMode(), Qt::ElideNone) << nameOf(room);
        for (int i = 0; i < bar->count(); ++i)
            EXPECT_LE(bar->tabRect(i).height(), bar->height())
                << nameOf(room) << ": tab \"" << bar->tabText(i).toStdString() << "\" is cut";
    }
}

void PrintTo(const Room &room, std::ostream *out)
{
    *out << nameOf(room);
}

class ProjectorLayout : public bp::test::WithApplicationLook<::testing::TestWithParam<Room>> {};

TEST_P(ProjectorLayout, EveryNumberIsReadableAndUncovered)
{
    const Room room = GetParam();
    const Language language{QString::fromLatin1(room.language)};
    TrainingController controller;
    MainWindow window;
    ASSERT_TRUE(bp::test::openInRoom(controller, window, QSize(room.width, room.height),
                                     QString::fromLatin1(room.preset), room.presenting));
    ASSERT_TRUE(bp::test::showBackwardPassForTheClass(window, room.sizes[2] / 2 - 1));

    NetworkView &view = *window.networkView();
    const QImage shot = window.grab().toImage();
    const bool everyNet = std::getenv("BP_SCREENSHOT_ALL") != nullptr;
    if (const char *folder = std::getenv("BP_SCREENSHOT_DIR"); folder && (everyNet || room.sizes == std::vector<int>{8, 3, 8})) {
        QDir().mkpath(QString::fromLocal8Bit(folder));
        shot.save(QDir(QString::fromLocal8Bit(folder)).filePath(QString::fromStdString(nameOf(room)) + ".png"));
    }
    const double minimum = requiredPixels(room);

    // Every neuron of every layer (16 included) shows its value, at least the minimum size, in one
    // format; no text is smaller, outside the view, on another text or its tag, or on a circle
    // other than its own neuron's.
    const std::vector<int> &sizes = room.sizes;
    test::expectEveryNeuronPrintsItsValue(view, sizes, minimum, QChar(u'\u03B4'), nameOf(room));
    test::expectGraphTextsReadable(view, sizes, minimum, nameOf(room));
    // The σ′ gauges (the saturation marks are on) touch no value; the selected output neuron's bias
    // tag is drawn, and so is every other neuron's when it is selected, each clear of every value.
    test::expectMarksCoverNoText(view, sizes, nameOf(room));
    test::expectBiasTagDrawn(view, 2, sizes[2] / 2 - 1, nameOf(room));
    test::expectEveryBiasTagPlaced(view, sizes, minimum, nameOf(room));

    // At the desk the table shows every sample of 8-3-8 and 4-2-4 on one line (of 16-4-16 the
    // stepped one at least).
    if (!room.presenting) {
        auto *table = window.findChild<RepresentationTable *>();
        ASSERT_NE(table, nullptr);
        EXPECT_TRUE(table->isVisible()) << nameOf(room);
        if (sizes[0] <= 8) {
            EXPECT_FALSE(table->isWrapped()) << nameOf(room);
        }
        for (int row = 0; row < table->rowCount(); ++row) {
            if (sizes[0] > 8 && row != controller.snapshot()->shownSample)
                continue;
            const QRect rect = table->rowRect(row);
            EXPECT_FALSE(rect.isEmpty()) << nameOf(room) << ": row " << row << " is not in view";
            EXPECT_TRUE(table->rect().contains(rect)) << nameOf(room) << ": row " << row;
        }
    }

    // The loss chart stays, in presenter mode too, and no tick label is elided.
    auto *lossDock = window.findChild<QDockWidget *>(QStringLiteral("lossDock"));
    ASSERT_NE(lossDock, nullptr);
    EXPECT_TRUE(lossDock->isVisible()) << nameOf(room);
    for (const QString &text : chartTexts(window)) {
        EXPECT_FALSE(text.contains(QChar(u'\u2026')) || text.contains(QStringLiteral("...")))
            << nameOf(room) << ": elided chart text \"" << text.toStdString() << "\"";
    }
    expectInformativeAccuracyTicks(window, room);
    expectEveryControlOnABar(window, room);
    expectWholeDockTitles(window, room);

    // The window is the room's size: nothing in it asks for more (a 1024-pixel projector got a
    // 1040-pixel window).
    EXPECT_LE(window.minimumSizeHint().width(), room.width) << nameOf(room);
    EXPECT_LE(window.minimumSizeHint().height(), room.height) << nameOf(room);
    EXPECT_EQ(window.size(), QSize(room.width, room.height)) << nameOf(room);
    // (The equation's whole BP2 sum of a hidden neuron, in every room: ProjectorPanels.)
}

// BP2 for a hidden neuron of 16-4-16: all sixteen terms w²ₖⱼ δ²ₖ, in the graph's number format, and
// a narrow panel wraps the sum between terms only.
TEST(EquationPanelSums, EveryTermOfASixteenTermSumIsWrittenAndBreaksOnlyBetweenTerms)
{
    const Preset preset = makePreset("encoder-16-4-16", 1);
    const Network network = preset.makeNetwork(1);
    const Trace trace = traceSgdStep(network, preset.dataset.inputs.col(5), preset.dataset.targets.col(5), 0.5);
    int backward = -1;
    for (std::size_t p = 0; p < trace.phases.size(); ++p)
        if (trace.phases[p].kind == PhaseKind::Backward)
            backward = static_cast<int>(p);
    ASSERT_GE(backward, 0);
    Selection hidden;
    hidden.kind = Selection::Kind::Neuron;
    hidden.layer = 1;
    hidden.neuron = 2;
    const QString html = EquationPanel::phaseHtml(trace, backward, hidden);
    const Matrix &w = trace.before.layer(2).weights;
    const Matrix &delta = trace.backward[1].delta;
    ASSERT_EQ(w.rows(), 16);
    for (Eigen::Index k = 0; k < 16; ++k) {
        const double weight = k == 0 ? w(k, 2) : std::abs(w(k, 2));
        const double d = delta(k, 0);
        const QString term = formatSignificant(weight, 3) + QStringLiteral("&nbsp;×&nbsp;") +
                             (d < 0 ? "(" + formatSignificant(d, 3) + ")" : formatSignificant(d, 3));
        EXPECT_TRUE(html.contains(term)) << "term " << k << ": " << term.toStdString();
    }
    EXPECT_FALSE(html.contains(QStringLiteral("terms)")));
    // The result as the graph prints it.
    EXPECT_TRUE(html.contains(formatNeuronValue(trace.backward[0].delta(2, 0))));

    // Laid out narrow, as in a side panel at 1024 × 768: every line of the sum after its first
    // starts with an operator, and no line ends inside a term or a factor.
    QTextDocument document;
    QFont font;
    font.setPixelSize(20);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.setTextWidth(300);
    ASSERT_GT(document.size().height(), 0.0); // lays the text out
    int continuations = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.text().contains(QChar(u'×')))
            continue;
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const QString text = block.text().mid(line.textStart(), line.textLength()).trimmed();
            EXPECT_FALSE(text.endsWith(QChar(u'×')) || text.endsWith(QChar(u'(')) || text.endsWith(QChar(u'\u2032')))
                << text.toStdString();
            if (i > 0) {
                ++continuations;
                const QChar first = text.isEmpty() ? QChar() : text.front();
                EXPECT_TRUE(first == QChar(u'+') || first == QChar(u'\u2212') || first == QChar(u'=') ||
                            first == QChar(u'×'))
                    << "a line starts inside a term: " << text.toStdString();
            }
        }
    }
    EXPECT_GT(continuations, 3) << "the sum should wrap at this width";
}

std::vector<Room> rooms()
{
    std::vector<Room> all;
    for (const auto &[preset, sizes] : {std::pair{"encoder-8-3-8", std::vector<int>{8, 3, 8}},
                                        std::pair{"encoder-4-2-4", std::vector<int>{4, 2, 4}},
                                        std::pair{"encoder-16-4-16", std::vector<int>{16, 4, 16}}})
        for (const char *language : {"en", "it"})
            for (bool presenting : {false, true})
                for (auto [w, h] : {std::pair{1024, 768}, std::pair{1280, 720}, std::pair{1920, 1080}})
                    all.push_back({w, h, presenting, language, preset, sizes});
    return all;
}

INSTANTIATE_TEST_SUITE_P(AllRooms, ProjectorLayout, ::testing::ValuesIn(rooms()),
                         [](const ::testing::TestParamInfo<Room> &info) {
                             return bp::test::asTestName(nameOf(info.param));
                         });

// A student's window following the lecturer fits each room whole, in both languages: the follow
// bar ("Following …" and "Explore on my own") costs no row of its own, so the status bar and the
// loss chart's epoch axis stay on the screen.
class FollowerWindow : public ::testing::TestWithParam<bp::test::ProjectorRoom> {};

// Waits until the window's least height, its menu bar's height and its size have held for a fifth of a
// second (presenter mode's menu bar settles in its own size first; the follow bar joins it later): a
// fixed wait was too short on a loaded machine.
void waitForTheLayout(const MainWindow &window)
{
    auto state = [&] {
        return std::tuple(window.minimumSizeHint().height(), window.menuBar()->height(), window.size());
    };
    auto last = state();
    int steady = 0;
    for (int waited = 0; waited < 3000 && steady < 10; waited += 20) {
        QTest::qWait(20);
        const auto now = state();
        steady = now == last ? steady + 1 : 0;
        last = now;
    }
}

TEST_P(FollowerWindow, FitsTheRoomWithTheFollowBarInSight)
{
    const bp::test::ProjectorRoom room = GetParam();
    const Language language{QString::fromLatin1(room.language)};
    TrainingController controller;
    MainWindow window;
    ASSERT_TRUE(bp::test::openInRoom(controller, window, QSize(room.width, room.height), "encoder-8-3-8",
                                     room.presenting));
    waitForTheLayout(window);
    const int leastHeight = window.minimumSizeHint().height();
    const int menuHeight = window.menuBar()->height();
    window.classSession()->followStarted(QStringLiteral("192.168.100.200:8765"));
    window.classSession()->connectionRestored();
    FollowBar *bar = window.classSession()->followBar();
    waitForTheLayout(window);
    ASSERT_TRUE(bar->isVisible()) << nameOf(room);
    EXPECT_TRUE(bar->exploreButton()->isVisible()) << nameOf(room);
    // No row of its own: the window needs no more height than before, the menu bar's row keeps its.
    EXPECT_EQ(window.minimumSizeHint().height(), leastHeight) << nameOf(room);
    EXPECT_EQ(window.menuBar()->height(), menuHeight) << nameOf(room);
    EXPECT_LE(window.minimumSizeHint().height(), room.height) << nameOf(room);
    EXPECT_LE(window.height(), room.height) << nameOf(room);
    EXPECT_LE(window.width(), room.width) << nameOf(room);
    const QRect status(window.statusBar()->mapTo(&window, QPoint()), window.statusBar()->size());
    EXPECT_LE(status.bottom(), window.height() - 1) << nameOf(room);
    // The bar and its button lie whole within the window, beside the menus.
    const QRect shown(bar->mapTo(&window, QPoint()), bar->size());
    EXPECT_TRUE(window.rect().contains(shown)) << nameOf(room);
    const QRect button(bar->exploreButton()->mapTo(&window, QPoint()), bar->exploreButton()->size());
    EXPECT_TRUE(shown.contains(button)) << nameOf(room);
    EXPECT_GE(button.width(), bar->exploreButton()->sizeHint().width()) << nameOf(room);
    EXPECT_TRUE(bar->shownMessage().startsWith(QString(bar->message()).left(8))) << nameOf(room);
}

INSTANTIATE_TEST_SUITE_P(AllRooms, FollowerWindow, ::testing::ValuesIn(bp::test::projectorRooms()),
                         [](const ::testing::TestParamInfo<bp::test::ProjectorRoom> &info) {
                             return bp::test::testNameOf(info.param);
                         });

} // namespace
} // namespace bp::ui
