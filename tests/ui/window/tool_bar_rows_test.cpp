// The tool bars in rows: which bar starts a row for given widths (worked by hand), and a window whose
// bars wrap instead of hiding their last controls behind "»".
#include "ui/window/tool_bar_rows.h"

#include <QAbstractButton>
#include <QMainWindow>
#include <QTest>
#include <QToolBar>

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

TEST(ToolBarRows, ABarJoinsTheRowWhileItFitsElseStartsTheNext)
{
    // 790 + 6 + 310 = 1106 fits 1280; then 500 + 6 + 600 = 1106 on the second row.
    EXPECT_EQ(toolBarRowBreaks({790, 310, 500, 600}, 1280, 6), (QList<bool>{false, false, true, false}));
    // At 1024: 790 alone; 310 + 6 + 500 = 816; 816 + 6 + 600 > 1024.
    EXPECT_EQ(toolBarRowBreaks({790, 310, 500, 600}, 1024, 6), (QList<bool>{false, true, false, true}));
    // At 1920: 790 + 310 + 500 (+ 12) = 1612; + 606 > 1920.
    EXPECT_EQ(toolBarRowBreaks({790, 310, 500, 600}, 1920, 6), (QList<bool>{false, false, false, true}));
    // Exactly full: 500 + 6 + 494 = 1000.
    EXPECT_EQ(toolBarRowBreaks({500, 494}, 1000, 6), (QList<bool>{false, false}));
    EXPECT_EQ(toolBarRowBreaks({500, 495}, 1000, 6), (QList<bool>{false, true}));
}

TEST(ToolBarRows, HiddenBarsStartNoRowAndABarWiderThanTheWindowHasARowOfItsOwn)
{
    EXPECT_EQ(toolBarRowBreaks({0, 400, 0, 400}, 1000, 6), (QList<bool>{false, false, false, false}));
    EXPECT_EQ(toolBarRowBreaks({1200, 100, 1300}, 1000, 6), (QList<bool>{false, true, true}));
    EXPECT_TRUE(toolBarRowBreaks({}, 1000, 6).isEmpty());
}

// A control of a given width, like a combo box: it would rather be that wide, but a bar may hide it.
class Control : public QWidget {
public:
    Control(int width, QWidget *parent) : QWidget(parent), m_width(width) {}
    QSize sizeHint() const override { return {m_width, 20}; }

private:
    int m_width;
};

// Four bars of controls in a window of a projector's width: every control is on its
// bar, none behind the overflow arrow, and a wider window takes them back into fewer rows.
TEST(ToolBarRows, AWindowWrapsItsBarsInsteadOfHidingControls)
{
    QMainWindow window;
    QList<QToolBar *> bars;
    for (int width : {700, 300, 450, 500}) {
        auto *bar = window.addToolBar(QStringLiteral("bar %1").arg(bars.size()));
        bar->setMovable(false);
        bar->addWidget(new Control(width, bar));
        bars.append(bar);
    }
    ToolBarRows rows(window, bars);
    const auto rowCount = [&] {
        int count = 1;
        for (qsizetype i = 1; i < bars.size(); ++i)
            count += window.toolBarBreak(bars[i]) ? 1 : 0;
        return count;
    };
    const auto expectNothingHidden = [&](int width) {
        for (QToolBar *bar : bars) {
            for (QAction *action : bar->actions())
                EXPECT_TRUE(bar->widgetForAction(action)->isVisible())
                    << width << ": " << bar->windowTitle().toStdString();
            for (auto *button : bar->findChildren<QAbstractButton *>(QStringLiteral("qt_toolbar_ext_button")))
                EXPECT_FALSE(button->isVisible()) << width << ": " << bar->windowTitle().toStdString();
        }
    };
    window.resize(1024, 600);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(rows.fit());
    QTest::qWait(50);
    EXPECT_EQ(rowCount(), 3);
    expectNothingHidden(1024);
    window.resize(1920, 600);
    rows.fit();
    QTest::qWait(50);
    EXPECT_EQ(rowCount(), 2);
    expectNothingHidden(1920);
    EXPECT_FALSE(rows.fit()) << "nothing moves while the width stays";
}

} // namespace
} // namespace bp::ui
