#include "ui/window/phase_player.h"

#include "ui/teach/prediction_quiz.h"

#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace bp::ui {

PhasePlayer::PhasePlayer(PredictionQuiz *quiz, QObject *parent) : QObject(parent), m_quiz(quiz)
{
    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_progress = value.toDouble();
        emit changed();
    });
    connect(m_animation, &QVariantAnimation::finished, this, &PhasePlayer::onFinished);
    connect(m_quiz, &PredictionQuiz::revealed, this, &PhasePlayer::onRevealed);
}

const Network *PhasePlayer::shownNetwork() const
{
    if (m_trace)
        return &m_trace->before;
    return m_snapshot ? m_snapshot->network.get() : nullptr;
}

int PhasePlayer::phaseDurationMs() const
{
    // Speed 1 is slow enough to narrate (2.4 s a phase); speed 10 is a quick glance (0.15 s).
    return static_cast<int>(2400.0 * std::pow(0.735, m_speed - 1));
}

void PhasePlayer::receive(const SnapshotPointer &snapshot, bool newRun)
{
    m_snapshot = snapshot;
    if (newRun) {
        m_trace.reset();
        m_phaseIndex = -1;
        m_pendingPhase = -1;
        m_quiz->cancel();
        m_animation->stop();
    }
    if (snapshot->trace) {
        m_quiz->cancel();
        m_trace = snapshot->trace;
        m_traceRequested = false;
        // The phase showPhase() asked for (the guided lesson's), else the first.
        const int last = static_cast<int>(m_trace->phases.size()) - 1;
        m_phaseIndex = m_pendingPhase >= 0 ? std::min(m_pendingPhase, last) : 0;
        m_pendingPhase = -1;
        start();
    } else if (snapshot->running) {
        m_quiz->cancel();
        m_trace.reset();
        m_phaseIndex = -1;
        m_autoAdvance = false;
    }
}

void PhasePlayer::start()
{
    m_animation->stop();
    m_animation->setDuration(phaseDurationMs());
    m_progress = 0.0;
    emit changed();
    m_animation->start();
}

void PhasePlayer::onFinished()
{
    m_progress = 1.0;
    // A question waits for the class: the step goes on after the reveal.
    if (m_quiz->isPending()) {
        emit changed();
        return;
    }
    if (m_autoAdvance && m_trace && m_phaseIndex + 1 < static_cast<int>(m_trace->phases.size())) {
        ++m_phaseIndex;
        emit phaseEntered();
        start();
        return;
    }
    m_autoAdvance = false;
    emit changed();
}

void PhasePlayer::onRevealed()
{
    emit changed();
    if (m_autoAdvance && m_animation->state() != QAbstractAnimation::Running)
        onFinished();
}

void PhasePlayer::requestTrace(int sample)
{
    if (!m_snapshot || m_traceRequested)
        return;
    m_traceRequested = true;
    emit stepSampleRequested(sample);
}

void PhasePlayer::nextPhase()
{
    if (!m_snapshot)
        return;
    // The clicker's Page Down reveals a pending answer first; the next press goes on.
    if (m_quiz->isPending()) {
        m_quiz->reveal();
        return;
    }
    m_quiz->cancel();
    m_autoAdvance = false;
    if (m_snapshot->running)
        emit pauseRequested();
    const int last = m_trace ? static_cast<int>(m_trace->phases.size()) - 1 : -1;
    if (!m_trace || m_phaseIndex >= last) {
        // A new step: the same sample for the first one, the next sample after a finished step.
        const int count = m_snapshot->dataset->sampleCount();
        const int sample = m_trace ? (m_snapshot->shownSample + 1) % count : m_snapshot->shownSample;
        requestTrace(sample);
        return;
    }
    ++m_phaseIndex;
    emit phaseEntered();
    start();
}

void PhasePlayer::previousPhase()
{
    if (!m_trace || m_phaseIndex <= 0)
        return;
    m_quiz->cancel();
    m_autoAdvance = false;
    m_animation->stop();
    --m_phaseIndex;
    m_progress = 1.0;
    emit changed();
}

void PhasePlayer::showPhase(int index)
{
    if (!m_snapshot)
        return;
    m_autoAdvance = false;
    m_quiz->cancel();
    if (m_snapshot->running)
        emit pauseRequested();
    if (!m_trace) {
        m_pendingPhase = index;
        requestTrace(m_snapshot->shownSample);
        return;
    }
    m_phaseIndex = std::clamp(index, 0, static_cast<int>(m_trace->phases.size()) - 1);
    start();
}

void PhasePlayer::stepSample()
{
    if (!m_snapshot)
        return;
    m_quiz->cancel();
    if (m_snapshot->running)
        emit pauseRequested();
    const int count = m_snapshot->dataset->sampleCount();
    const int sample = m_trace ? (m_snapshot->shownSample + 1) % count : m_snapshot->shownSample;
    m_autoAdvance = true;
    requestTrace(sample);
}

void PhasePlayer::halt()
{
    m_quiz->cancel();
    m_animation->stop();
    m_autoAdvance = false;
}

void PhasePlayer::reset()
{
    halt();
    m_traceRequested = false;
}

void PhasePlayer::endReplay()
{
    if (!m_trace)
        return;
    m_quiz->cancel();
    m_trace.reset();
    m_phaseIndex = -1;
    m_autoAdvance = false;
    m_animation->stop();
    emit changed();
}

void PhasePlayer::dropTrace()
{
    m_quiz->cancel();
    m_autoAdvance = false;
    m_trace.reset();
    m_phaseIndex = -1;
}

void PhasePlayer::sampleChanged()
{
    m_quiz->cancel();
    if (m_trace) {
        m_trace.reset();
        m_phaseIndex = -1;
        m_animation->stop();
    }
}

} // namespace bp::ui
