// The whole window at the three sizes of lecture-hall projectors (1024×768, 1280×720, 1920×1080), at
// the desk and in presenter mode, in English and Italian: what the class needs must be on screen,
// legible and uncovered. Asserts on what the graph drew (its texts and their boxes), on the table's
// rows and on the charts' text items, not only on pixels. With BP_SCREENSHOT_DIR set, it also writes
// a screenshot of each combination there.
#include "app/language.h"
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "core/data/preset.h"
#include "core/maths/trace.h"
#include "ui/graph/network_view.h"
#include "ui/panels/equation_panel.h"
#include "ui/representation/representation_table.h"
#include "ui/style/value_format.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>

namespace bp::ui {
namespace {

struct Room {
    int width;
    int height;
    bool presenting;
    const char *language;
};

std::string nameOf(const Room &room)
{
    return std::string(room.presenting ? "presenter" : "desk") + "-" + std::to_string(room.width) + "x" +
           std::to_string(room.height) + "-" + room.language;
}

// The sizes the issue asks for: 14 px at the desk and 24 px in presenter mode on a 1920×1080 window,
// never below 12 px on a smaller one.
double requiredPixels(const Room &room)
{
    if (room.width >= 1920 && room.height >= 1080)
        return room.presenting ? 24.0 : 14.0;
    return 12.0;
}

class Language {
public:
    explicit Language(const QString &language) { installTranslators(*QCoreApplication::instance(), language); }
    ~Language() { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }
};

const char *kindName(PaintedText::Kind kind)
{
    switch (kind) {
    case PaintedText::Kind::NeuronValue: return "value";
    case PaintedText::Kind::BiasTag: return "bias";
    case PaintedText::Kind::Target: return "target";
    case PaintedText::Kind::Caption: return "caption";
    case PaintedText::Kind::EdgeValue: return "edge";
    case PaintedText::Kind::Note: return "note";
    case PaintedText::Kind::Legend: return "legend";
    case PaintedText::Kind::Phase: return "phase";
    case PaintedText::Kind::Banner: return "banner";
    case PaintedText::Kind::Message: return "message";
    }
    return "?";
}

std::string describe(const PaintedText &t)
{
    return std::string(kindName(t.kind)) + " \"" + t.text.toStdString() + "\" (layer " +
           std::to_string(t.layer) + ", neuron " + std::to_string(t.neuron) + ") at " +
           std::to_string(static_cast<int>(t.rect.x())) + "," + std::to_string(static_cast<int>(t.rect.y())) +
           " " + std::to_string(static_cast<int>(t.rect.width())) + "×" +
           std::to_string(static_cast<int>(t.rect.height()));
}

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

void PrintTo(const Room &room, std::ostream *out)
{
    *out << nameOf(room);
}

class ProjectorLayout : public ::testing::TestWithParam<Room> {};

TEST_P(ProjectorLayout, EveryNumberIsReadableAndUncovered)
{
    const Room room = GetParam();
    const Language language{QString::fromLatin1(room.language)};
    TrainingController controller;
    MainWindow window;
    connectStudio(controller, window);
    window.resize(room.width, room.height);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    controller.loadPreset(QStringLiteral("encoder-8-3-8"), 1);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return controller.snapshot() && controller.snapshot()->presetName == "encoder-8-3-8"; }, 10000));
    if (room.presenting)
        window.setPresenterMode(true);
    // The backward pass at the hidden layer (BP2): inputs show x, the hidden and output neurons δ.
    window.showPhase(3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.trace() != nullptr && window.phaseIndex() == 3; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.networkView()->scene().phaseProgress == 1.0; }, 10000));
    // A selected output neuron: its bias tag must find a place that covers no value.
    Selection output;
    output.kind = Selection::Kind::Neuron;
    output.layer = 2;
    output.neuron = 3;
    window.selectInGraph(output);
    // The saturation marks and their legend entry must be legible too.
    window.findChild<QAction *>(QStringLiteral("saturationMarksAction"))->setChecked(true);
    QTest::qWait(100);

    NetworkView &view = *window.networkView();
    const QImage shot = window.grab().toImage();
    if (const char *folder = std::getenv("BP_SCREENSHOT_DIR")) {
        QDir().mkpath(QString::fromLocal8Bit(folder));
        shot.save(QDir(QString::fromLocal8Bit(folder)).filePath(QString::fromStdString(nameOf(room)) + ".png"));
    }
    const std::vector<PaintedText> &texts = view.paintedTexts();
    ASSERT_FALSE(texts.empty());
    const double minimum = requiredPixels(room);

    // Every neuron of 8-3-8 shows its value, at least the minimum size, in one format.
    const int sizes[] = {8, 3, 8};
    for (int l = 0; l < 3; ++l) {
        for (int j = 0; j < sizes[l]; ++j) {
            bool found = false;
            for (const PaintedText &t : texts) {
                if (t.kind != PaintedText::Kind::NeuronValue || t.layer != l || t.neuron != j)
                    continue;
                found = true;
                EXPECT_GE(t.pixels, minimum) << nameOf(room) << ": " << describe(t);
                if (l > 0) {
                    EXPECT_TRUE(t.text.contains(QChar(u'\u03B4'))) << nameOf(room) << ": " << describe(t);
                }
            }
            EXPECT_TRUE(found) << nameOf(room) << ": no value on neuron " << j << " of layer " << l;
        }
    }

    // No text smaller than the minimum, none outside the view, no two overlapping.
    const QRectF bounds = QRectF(view.rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (std::size_t a = 0; a < texts.size(); ++a) {
        EXPECT_GE(texts[a].pixels, minimum) << nameOf(room) << ": " << describe(texts[a]);
        EXPECT_TRUE(bounds.contains(texts[a].rect)) << nameOf(room) << ": " << describe(texts[a]);
        for (std::size_t b = a + 1; b < texts.size(); ++b) {
            const QRectF overlap = texts[a].rect.intersected(texts[b].rect);
            // A pixel of anti-aliasing is no overlap.
            EXPECT_FALSE(overlap.width() > 1.0 && overlap.height() > 1.0)
                << nameOf(room) << ": " << describe(texts[a]) << " overlaps " << describe(texts[b]);
        }
    }

    // No text covers a neuron other than its own (a value inside its circle is on its own neuron).
    for (const PaintedText &t : texts) {
        if (t.kind == PaintedText::Kind::Caption || t.kind == PaintedText::Kind::Legend)
            continue;
        for (int l = 0; l < 3; ++l) {
            for (int j = 0; j < sizes[l]; ++j) {
                if (t.layer == l && t.neuron == j)
                    continue;
                const QRectF circle = view.neuronRect(l, j);
                const QRectF overlap = t.rect.intersected(circle.adjusted(2, 2, -2, -2));
                EXPECT_FALSE(overlap.width() > 1.0 && overlap.height() > 1.0)
                    << nameOf(room) << ": " << describe(t) << " covers neuron " << j << " of layer " << l;
            }
        }
    }

    // At the desk the table shows every sample on one line, and the stepped one is among them.
    if (!room.presenting) {
        auto *table = window.findChild<RepresentationTable *>();
        ASSERT_NE(table, nullptr);
        EXPECT_TRUE(table->isVisible()) << nameOf(room);
        EXPECT_FALSE(table->isWrapped()) << nameOf(room);
        for (int row = 0; row < table->rowCount(); ++row) {
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
                EXPECT_TRUE(first == QChar(u'+') || first == QChar(u'\u2212') || first == QChar(u'='))
                    << "a line starts inside a term: " << text.toStdString();
            }
        }
    }
    EXPECT_GT(continuations, 3) << "the sum should wrap at this width";
}

std::vector<Room> rooms()
{
    std::vector<Room> all;
    for (const char *language : {"en", "it"})
        for (bool presenting : {false, true})
            for (auto [w, h] : {std::pair{1024, 768}, std::pair{1280, 720}, std::pair{1920, 1080}})
                all.push_back({w, h, presenting, language});
    return all;
}

INSTANTIATE_TEST_SUITE_P(AllRooms, ProjectorLayout, ::testing::ValuesIn(rooms()),
                         [](const ::testing::TestParamInfo<Room> &info) {
                             std::string name = nameOf(info.param);
                             for (char &c : name)
                                 if (c == '-')
                                     c = '_';
                             return name;
                         });

} // namespace
} // namespace bp::ui
