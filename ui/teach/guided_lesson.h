#pragma once

#include "core/maths/trace.h"
#include "ui/teach/lesson_host.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QString>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QSettings;
class QTimer;
class QWidget;

namespace bp::ui {

class GuideVeil;

/// The part of the window a step of the guided lesson points at.
enum class GuideTarget { Graph, GraphLayers, Samples, Equation, Charts, ToolBar };

/// One step of the guided lesson: what it says, where it points and what the window shows.
struct GuideStep {
    QString title;
    GuideTarget target = GuideTarget::Graph;
    /// For GraphLayers: the layers (0 = input … L) whose neurons are outlined.
    int firstLayer = 0;
    int lastLayer = 0;
    /// The phase of the step to show, or none (the window is left as it is).
    bool showsPhase = false;
    Phase phase;
    /// The neuron or weight to select once the phase is on show (none when empty).
    std::function<Selection(const Trace &)> select;
    /// The text, with the numbers of the trace on show when there is one (may be null).
    std::function<QString(const Trace *, const Selection &)> text;
};

/// A guided first lesson (Help > Guided first lesson): about a dozen steps through one forward
/// pass, the output error, the backward pass and the update of the 8-3-8 autoencoder. A veil dims
/// the window except the part each step talks about, a card beside it holds the text and Back /
/// Next / Close (→ or Enter, ←, Esc), and the lesson drives the window: it opens the 8-3-8 lesson,
/// shows the step's phase and selects the neuron it explains. When the user does something else
/// meanwhile, the lesson follows (a step drives the window once, when it is entered). It knows the
/// window only as a LessonHost.
class GuidedLesson : public QObject {
    Q_OBJECT

public:
    /// The lesson the walk-through is written for.
    static constexpr const char *kLessonName = "encoder-8-3-8";
    /// The QSettings key that records that the lesson was offered once.
    static constexpr const char *kSeenKey = "guidedLessonSeen";

    explicit GuidedLesson(LessonHost *host, QObject *parent = nullptr);
    ~GuidedLesson() override;

    static std::vector<GuideStep> lessonSteps();

    bool isActive() const { return m_active; }
    int stepIndex() const { return m_index; }
    int stepCount() const { return static_cast<int>(m_steps.size()); }
    const GuideStep &step(int index) const { return m_steps[static_cast<std::size_t>(index)]; }
    /// True once the current step has put the window in its state (lesson, phase, selection).
    bool isStepReady() const { return m_driven; }

    /// The widget the current step points at (null when inactive).
    QWidget *targetWidget() const;
    /// The outlined part of the window, in the window's coordinates.
    QRect targetRect() const;
    /// The card and the veil, for tests and screenshots.
    QWidget *card() const;
    QWidget *veil() const;
    QString cardText() const;

    /// Starts the lesson on the first start (when the settings do not record that it was offered)
    /// and records it; true when it started. When the user chose a lesson (--preset, --layers),
    /// that choice wins: the walk-through would switch to 8-3-8, so it waits for a later start.
    bool offerOnFirstStart(QSettings &settings, bool lessonChosen = false);

public slots:
    void start();
    void next();
    void back();
    void close();
    /// The host's state changed (a snapshot arrived): finish driving the step, refresh the text.
    void followHost();

signals:
    void activeChanged(bool active);
    void stepChanged(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enterStep(int index);
    void drive();
    void refresh();
    void placeCard();

    LessonHost *m_host = nullptr;
    QWidget *m_window = nullptr;
    std::vector<GuideStep> m_steps;
    GuideVeil *m_veil = nullptr;
    QWidget *m_card = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_follow = nullptr;
    bool m_active = false;
    int m_index = 0;
    bool m_driven = false;
    bool m_lessonAsked = false;
    QRect m_lastTarget;
    QList<QRectF> m_lastValues;
};

} // namespace bp::ui
