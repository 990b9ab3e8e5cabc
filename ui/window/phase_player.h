#pragma once

#include "core/maths/network.h"
#include "core/maths/trace.h"
#include "core/training/training_snapshot.h"

#include <QObject>

#include <memory>

class QVariantAnimation;

namespace bp::ui {

class PredictionQuiz;

/// Plays the phases of one recorded step (what DESIGN.md calls the trace player): which trace is on
/// show, which of its phases, how far that phase's animation has run, and whether "Step sample"
/// advances by itself. It is fed the snapshots and asks training for steps through its signals; the
/// quiz may hold a phase until the class has answered.
///
/// It also decides which state of the network the panels are fed: the network before the step while
/// a step is replayed (its numbers belong to that network), else the live one.
class PhasePlayer : public QObject {
    Q_OBJECT

public:
    explicit PhasePlayer(PredictionQuiz *quiz, QObject *parent = nullptr);

    /// The step on show (null: none) and its phase (−1: none).
    std::shared_ptr<const Trace> trace() const { return m_trace; }
    int phaseIndex() const { return m_trace ? m_phaseIndex : -1; }
    /// 0..1: how far the phase's animation has run.
    double phaseProgress() const { return m_progress; }
    bool isAutoAdvancing() const { return m_autoAdvance; }
    /// The network whose numbers are on show: the one before the replayed step, else the snapshot's.
    const Network *shownNetwork() const;
    /// Animation speed 1 (slow enough to narrate) … 10 (a glance).
    void setSpeed(int speed) { m_speed = speed; }
    int phaseDurationMs() const;

    /// A new snapshot; `newRun` when it starts a run (a lesson, a reset, a file), which ends any replay.
    void receive(const SnapshotPointer &snapshot, bool newRun);

    /// The next phase; after the last (or without a step) a new step is asked for.
    void nextPhase();
    void previousPhase();
    /// Shows phase `index`; without a step, asks for one and shows that phase when it arrives.
    void showPhase(int index);
    /// Animates a whole step of the next sample, phase after phase.
    void stepSample();
    /// Stops the animation, the auto-advance and any question (before play, pause, a timeline jump).
    void halt();
    /// As halt(), and forgets a step asked for (a reset will not deliver it).
    void reset();
    /// Ends the replay: the panels show the live network again (an edit, an epoch, another sample).
    void endReplay();
    /// Drops the step on show without stopping the animation (an epoch is on its way).
    void dropTrace();
    /// Another sample is shown: a replayed step belongs to one sample, so the replay ends.
    void sampleChanged();

signals:
    /// Something on show changed (phase, progress, trace): the panels draw again.
    void changed();
    /// A new phase was entered by stepping (the quiz may pose its question now).
    void phaseEntered();
    void stepSampleRequested(int sample);
    void pauseRequested();

private:
    void start();
    void onFinished();
    void onRevealed();
    void requestTrace(int sample);

    PredictionQuiz *m_quiz = nullptr;
    QVariantAnimation *m_animation = nullptr;
    SnapshotPointer m_snapshot;
    std::shared_ptr<const Trace> m_trace;
    int m_phaseIndex = -1;
    double m_progress = 1.0;
    int m_speed = 5;
    /// "Step sample" plays every phase of the trace by itself.
    bool m_autoAdvance = false;
    /// A trace was asked for and has not arrived yet.
    bool m_traceRequested = false;
    /// The phase showPhase() asked for, shown when the step it requested arrives (−1: none).
    int m_pendingPhase = -1;
};

} // namespace bp::ui
