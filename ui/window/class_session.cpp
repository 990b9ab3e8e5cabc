#include "ui/window/class_session.h"

#include "core/formats/error.h"
#include "ui/boundary/decision_boundary_view.h"
#include "ui/charts/series_buffer.h"
#include "ui/gradcheck/gradient_check_panel.h"
#include "ui/graph/network_view.h"
#include "ui/histograms/histogram_panel.h"
#include "ui/landscape/loss_landscape_panel.h"
#include "ui/panels/equation_panel.h"
#include "ui/panels/neuron_details.h"
#include "ui/representation/representation_table.h"
#include "ui/teach/prediction_quiz.h"
#include "ui/window/class_session_widgets.h"
#include "ui/window/join_card.h"
#include "ui/window/main_window.h"
#include "ui/window/phase_player.h"
#include "ui/window/shown_pictures.h"
#include "ui/window/window_actions.h"
#include "ui/window/window_panels.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <tuple>

namespace bp::ui {

namespace {

// While training runs flat out the host publishes at most this often: each state carries the whole
// network, and twenty followers must not slow the lecturer's window.
constexpr int kTrainingPublishMs = 250;
// A follower that missed a state (its socket backed up) has a gap in its history: a whole one
// follows within this time of any increment.
constexpr int kWholeHistoryMs = 10'000;
// The history a late follower receives is the points a host's chart line keeps exactly.
static_assert(kMaxShownHistory == static_cast<std::size_t>(SeriesBuffer::kDefaultCapacity));

ShownSelection shownSelection(const Selection &s)
{
    return {static_cast<ShownSelection::Kind>(s.kind), s.layer, s.neuron, s.from};
}

Selection windowSelection(const ShownSelection &s)
{
    return {static_cast<Selection::Kind>(s.kind), s.layer, s.neuron, s.from};
}

} // namespace

ClassSession::ClassSession(const Parts &parts)
    : QObject(parts.window), m_window(parts.window), m_actions(parts.actions), m_player(parts.player),
      m_view(parts.view), m_quiz(parts.quiz)
{
    m_start = new QAction(tr("Start class session…"), this);
    m_start->setToolTip(tr("Students follow this window on their own screens and vote from their phones"));
    m_stop = new QAction(tr("Stop class session"), this);
    m_stop->setEnabled(false);
    m_join = new QAction(tr("Join class session…"), this);
    m_exportTally = new QAction(tr("Export session tally…"), this);
    // The join card is large while the class joins, a badge once teaching starts; this brings it back.
    m_showJoin = new QAction(tr("Show how to join"), this);
    m_showJoin->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_showJoin->setCheckable(true);
    m_showJoin->setEnabled(false);
    m_exportTally->setEnabled(false);
    connect(m_start, &QAction::triggered, this, &ClassSession::openStartDialog);
    connect(m_join, &QAction::triggered, this, &ClassSession::openJoinDialog);
    connect(m_stop, &QAction::triggered, this, [this] {
        if (m_role == Role::Host)
            emit stopRequested();
        else if (m_role == Role::Follower)
            emit leaveRequested();
    });
    connect(m_exportTally, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(m_window, tr("Export session tally"),
                                         QStringLiteral("session-tally.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            emit exportTallyRequested(path);
    });

    m_bar = new FollowBar(m_window);
    connect(m_bar, &FollowBar::exploreRequested, this, &ClassSession::exploreOnMyOwn);
    connect(m_bar, &FollowBar::followRequested, this, &ClassSession::followAgain);
    // Over the window, on the graph where it has room, never over the question the class answers.
    m_card = new JoinCard(m_window, m_view);
    m_card->keepVisible(m_quiz->prompt());
    // Nor over the panels the class reads with the graph: the equation, the neuron's numbers and
    // the samples' table (the large card may take the loss chart, empty while the class joins; the
    // badge covers no dock).
    m_card->keepVisible(m_window->equationPanel());
    m_card->keepVisible(m_window->findChild<NeuronDetails *>());
    m_card->keepVisible(m_window->findChild<RepresentationTable *>());
    // Nor, even large, over the status line.
    m_card->keepVisible(m_window->statusBar());
    connect(m_showJoin, &QAction::triggered, this, [this](bool shown) { m_card->setCompact(!shown); });
    connect(m_card, &JoinCard::compactChanged, this,
            [this](bool compact) { m_showJoin->setChecked(!compact); });
    // Teaching starts: the lecturer steps, trains or asks a question, and the card becomes the badge.
    const auto teach = [this] {
        if (m_role == Role::Host)
            m_card->setCompact(true);
    };
    for (QAction *step : {m_actions->play, m_actions->previousPhase, m_actions->nextPhase,
                          m_actions->stepSample, m_actions->stepEpoch})
        connect(step, &QAction::triggered, this, teach);
    connect(m_player, &PhasePlayer::phaseEntered, this, teach);
    connect(m_player, &PhasePlayer::stepSampleRequested, this, teach);
    connect(m_quiz, &PredictionQuiz::asked, this, teach);
    // The class's answers sit in the question's bar, beside the question.
    m_tally = new ClassTallyView(m_quiz->prompt(), m_view);
    m_quiz->prompt()->layout()->addWidget(m_tally);
    connect(m_tally, &ClassTallyView::voteAgainRequested, this, &ClassSession::voteAgainRequested);
    connect(m_quiz, &PredictionQuiz::asked, this, &ClassSession::quizAsked);
    connect(m_quiz, &PredictionQuiz::revealed, this, &ClassSession::quizRevealed);
    connect(m_quiz, &PredictionQuiz::dropped, this, &ClassSession::quizDropped);
    connect(m_quiz, &PredictionQuiz::guessed, this, [this](int choice) {
        if (isFollowing())
            emit answerChosen(choice - 1);
    });

    m_publishTimer = new QTimer(this);
    m_publishTimer->setSingleShot(true);
    connect(m_publishTimer, &QTimer::timeout, this, &ClassSession::publish);
    m_wholeHistoryTimer = new QTimer(this);
    m_wholeHistoryTimer->setSingleShot(true);
    m_wholeHistoryTimer->setInterval(kWholeHistoryMs);
    connect(m_wholeHistoryTimer, &QTimer::timeout, this, [this] {
        m_wholeHistoryDue = true;
        schedulePublish();
    });
    // Where the window funnels its state: each snapshot drawn, each phase and animation frame, each
    // selection; the spotlight and the σ′ view are actions of their own.
    connect(m_window, &MainWindow::snapshotShown, this, &ClassSession::snapshotShown);
    connect(m_player, &PhasePlayer::changed, this, &ClassSession::schedulePublish);
    connect(m_view, &NetworkView::selectionChanged, this, &ClassSession::schedulePublish);
    connect(m_actions->spotlight, &QAction::toggled, this, &ClassSession::schedulePublish);
    connect(m_actions->derivative, &QAction::toggled, this, &ClassSession::schedulePublish);
    connect(m_quiz, &PredictionQuiz::revealed, this, &ClassSession::schedulePublish);
}

ClassSession::~ClassSession() = default;

bool ClassSession::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show || event->type() == QEvent::Hide)
        schedulePublish();
    return QObject::eventFilter(watched, event);
}

void ClassSession::addToMenu(QMenuBar *bar)
{
    const QList<QAction *> menus = bar->actions();
    if (menus.isEmpty() || !menus.front()->menu())
        return;
    QMenu *file = menus.front()->menu();
    QAction *quit = file->actions().isEmpty() ? nullptr : file->actions().back();
    file->insertActions(quit, {m_start, m_join, m_stop, m_showJoin, m_exportTally});
    file->insertSeparator(quit);
}

void ClassSession::snapshotShown()
{
    const SnapshotPointer snapshot = m_window->snapshot();
    if (!snapshot)
        return;
    // The run's history as the charts hold it (the snapshots bring only the epochs since the last).
    if (snapshot->runId != m_historyRun || snapshot->historyRestarted) {
        m_history.clear();
        m_historyRun = snapshot->runId;
        ++m_historyId;
    }
    if (!isFollowing())
        for (const EpochMetrics &metrics : snapshot->newEpochs) {
            const std::size_t size = m_history.size();
            appendToHistory(m_history, metrics);
            if (m_history.size() <= size)
                ++m_historyId; // thinned: the followers' indices no longer hold
        }
    if (m_restoreKept) {
        // The private copy is on screen with the lecturer's step: back to the phase and the
        // selection the student was looking at.
        m_restoreKept = false;
        const Selection selection = windowSelection(m_hostState.selection);
        if (m_keptPhase >= 0)
            m_window->showPhase(m_keptPhase);
        m_window->selectInGraph(selection);
    }
    schedulePublish();
}

void ClassSession::schedulePublish()
{
    if (m_role != Role::Host || m_publishTimer->isActive())
        return;
    const SnapshotPointer snapshot = m_window->snapshot();
    m_publishTimer->start(snapshot && snapshot->running ? kTrainingPublishMs : 0);
}

ShownState ClassSession::currentState()
{
    const SnapshotPointer snapshot = m_window->snapshot();
    if (!snapshot)
        return {};
    ShownState state = shownStateOf(*snapshot, m_history);
    state.serial = snapshot->serial;
    state.historyId = m_historyId;
    state.historyEnd = m_history.size();
    if (snapshot->dataset != m_checkedDataset || snapshot->presetName != m_checkedPreset ||
        snapshot->seed != m_checkedSeed) {
        m_checkedDataset = snapshot->dataset;
        m_checkedPreset = snapshot->presetName;
        m_checkedSeed = snapshot->seed;
        m_datasetIsPreset = isPresetDataset(*snapshot->dataset, snapshot->presetName, snapshot->seed);
    }
    if (m_datasetIsPreset)
        state.datasetPreset = snapshot->presetName;
    state.trace = m_player->trace();
    if (state.trace != m_publishedTrace) {
        m_publishedTrace = state.trace;
        ++m_traceId;
    }
    state.traceId = state.trace ? m_traceId : 0;
    // Until the update phase the panels show the network before the step (when the snapshot brings
    // the step on show): the followers get those numbers too, and never recompute them.
    if (snapshot->trace && snapshot->trace == state.trace) {
        const SnapshotPointer before = m_window->phaseMoment().before(snapshot);
        if (before && before != snapshot)
            state.beforeStep = std::make_shared<const ShownState::BeforeStep>(shownBeforeStepOf(*before));
    }
    state.phaseIndex = m_player->phaseIndex();
    state.selection = shownSelection(m_window->selection());
    state.spotlight = m_actions->spotlight->isChecked();
    state.showDerivative = m_actions->derivative->isChecked();
    if (m_quiz->question().isValid() && state.trace) {
        const QuizQuestion &q = m_quiz->question();
        state.quiz.kind = q.kind == QuizQuestion::Kind::WeightChangeSign ? ShownQuiz::Kind::WeightChangeSign
                                                                         : ShownQuiz::Kind::LargerOutputDelta;
        state.quiz.phaseIndex = q.phaseIndex;
        state.quiz.subject = shownSelection(q.subject);
        state.quiz.other = shownSelection(q.other);
        state.quiz.revealed = !m_quiz->isPending();
    }
    return state;
}

ShownState ClassSession::publishedState()
{
    ShownState state = currentState();
    // The epochs since the previous state, unless a whole history is due (a join, a new or thinned
    // history, a follower that may have missed one).
    const bool whole = m_wholeHistoryDue || m_sentHistoryId != m_historyId ||
                       m_sentHistoryEnd > m_history.size() ||
                       m_history.size() - m_sentHistoryEnd > kMaxShownHistory;
    if (!whole) {
        state.historyWhole = false;
        state.run.history.assign(m_history.begin() + static_cast<std::ptrdiff_t>(m_sentHistoryEnd),
                                 m_history.end());
    }
    // The rows the lecturer's dock holds, bit for bit: a follower never computes its own.
    state.histograms = m_histogramSender.next(m_window->windowPanels()->histograms->history().rows(),
                                              state.run.progress.epoch, m_wholeHistoryDue);
    // A picture travels whole when it changed, or when a follower may lack it.
    m_pictures.take(*m_window->windowPanels(), state, m_wholeHistoryDue);
    return state;
}

void ClassSession::publish()
{
    if (m_role != Role::Host || !m_window->snapshot())
        return;
    const ShownState state = publishedState();
    const QByteArray json = QByteArray::fromStdString(shownStateToJson(state));
    m_sentHistoryId = m_historyId;
    m_sentHistoryEnd = m_history.size();
    if (state.historyWhole && state.histograms.whole && ShownPictures::isWhole(state)) {
        m_wholeHistoryDue = false;
        m_wholeHistoryTimer->stop();
    } else if (!m_wholeHistoryTimer->isActive()) {
        m_wholeHistoryTimer->start();
    }
    // An animation frame changes nothing that travels: the same state is not sent again.
    if (json == m_lastJson)
        return;
    m_lastJson = json;
    emit statePublished(json);
}

void ClassSession::hostStarted(const QString &pageUrl, const QString &code)
{
    m_role = Role::Host;
    // A picture travels once it is on screen: when the panel computed a new one, or came into view.
    DecisionBoundaryView *boundary = m_window->windowPanels()->boundary;
    connect(boundary, &DecisionBoundaryView::heatmapUpdated, this, &ClassSession::schedulePublish,
            Qt::UniqueConnection);
    boundary->installEventFilter(this);
    LossLandscapePanel *landscape = m_window->windowPanels()->landscape;
    connect(landscape, &LossLandscapePanel::sliceShown, this, &ClassSession::schedulePublish,
            Qt::UniqueConnection);
    landscape->installEventFilter(this);
    // A gradient check travels as soon as it is done, not at the next change of the network.
    connect(m_window->windowPanels()->gradientCheck, &GradientCheckPanel::checkFinished, this,
            &ClassSession::schedulePublish, Qt::UniqueConnection);
    m_lastJson.clear();
    m_wholeHistoryDue = true;
    m_followers = 0;
    m_start->setEnabled(false);
    m_join->setEnabled(false);
    m_stop->setEnabled(true);
    m_stop->setText(tr("Stop class session"));
    m_exportTally->setEnabled(true);
    m_showJoin->setEnabled(true);
    m_card->setDetails(pageUrl, code);
    m_card->setCounts(0, 0);
    m_card->show();
    m_card->setCompact(false);
    m_showJoin->setChecked(true);
    publish();
}

void ClassSession::hostEnded()
{
    m_role = Role::Off;
    m_tally->hide();
    m_publishTimer->stop();
    m_wholeHistoryTimer->stop();
    m_card->hide();
    m_showJoin->setEnabled(false);
    m_start->setEnabled(true);
    m_join->setEnabled(true);
    m_stop->setEnabled(false);
}

void ClassSession::setStudentCounts(int phones, int followers)
{
    m_card->setCounts(phones, followers);
    // A follower joined (or came back): it needs the whole history at once.
    if (followers > m_followers) {
        m_wholeHistoryDue = true;
        schedulePublish();
    }
    m_followers = followers;
}

void ClassSession::setTally(const QStringList &choices, const std::vector<std::vector<int>> &rounds,
                            int correct)
{
    m_tally->setTally(choices, rounds, correct);
    m_tally->setVisible(m_role == Role::Host && !rounds.empty());
}

void ClassSession::quizAsked()
{
    if (m_role != Role::Host)
        return;
    m_tally->clear();
    emit questionOpened(m_quiz->questionLine(), m_quiz->choiceLabels());
}

void ClassSession::quizRevealed()
{
    if (m_role == Role::Host && m_quiz->question().isValid())
        emit questionRevealed(m_quiz->question().answer - 1, m_quiz->revealLine());
}

void ClassSession::quizDropped()
{
    if (m_role != Role::Host)
        return;
    m_tally->hide();
    emit questionClosed();
}

void ClassSession::followStarted(const QString &address)
{
    m_role = Role::Follower;
    m_hostAddress = address;
    m_exploring = false;
    m_hasHostState = false;
    m_reached = false;
    m_awaitingCopy = false;
    m_restoreKept = false;
    m_followHistory.clear();
    m_followHistoryKnown = false;
    m_pendingEpochs.clear();
    m_pendingRestart = false;
    m_histogramReceiver.clear();
    m_pendingHistograms.clear();
    m_pendingHistogramRestart = false;
    m_pictures.clear();
    setPicturesFollowing(*m_window->windowPanels(), true);
    m_start->setEnabled(false);
    m_join->setEnabled(false);
    m_stop->setEnabled(true);
    m_stop->setText(tr("Leave class session"));
    m_bar->setExploring(false);
    m_bar->setMessage(tr("Connecting to %1…").arg(address));
    m_bar->show();
    setFollowControlsEnabled(false);
}

void ClassSession::receiveHostState(const QByteArray &json)
{
    if (m_role != Role::Follower)
        return;
    ShownState state;
    try {
        state = parseShownState(std::string_view(json.constData(), static_cast<std::size_t>(json.size())),
                                "host");
    } catch (const InputError &error) {
        ++m_refused;
        m_lastRefusal = QString::fromStdString(error.what());
        m_bar->setMessage(tr("A state from the lecturer could not be shown: %1").arg(m_lastRefusal));
        return;
    }
    m_reached = true;
    takeHistory(state);
    takeHistograms(state);
    m_pictures.receive(state);
    // The same step as before keeps its place in the window (the phase player replays it).
    if (m_hasHostState && state.trace && state.hostRunId == m_hostState.hostRunId &&
        state.traceId == m_hostState.traceId)
        state.trace = m_hostState.trace;
    m_hostState = std::move(state);
    m_hasHostState = true;
    m_lastJson = json;
    if (isFollowing()) {
        m_bar->setMessage(tr("Following %1").arg(m_hostAddress));
        apply(false);
    }
}

void ClassSession::takeHistory(ShownState &state)
{
    const std::uint64_t brought = state.run.history.size();
    if (state.historyWhole && m_followHistoryKnown && state.historyId == m_followHistoryId &&
        state.historyEnd == m_followHistoryEnd) {
        // Nothing missed: the history held is the host's, and no thinner.
    } else if (state.historyWhole) {
        m_followHistory = std::move(state.run.history);
        m_followHistoryId = state.historyId;
        m_followHistoryEnd = state.historyEnd;
        m_followHistoryKnown = true;
        m_pendingEpochs.clear();
        m_pendingRestart = true;
    } else if (m_followHistoryKnown && state.historyId == m_followHistoryId &&
               state.historyEnd - brought == m_followHistoryEnd) {
        for (const EpochMetrics &metrics : state.run.history) {
            appendToHistory(m_followHistory, metrics);
            m_pendingEpochs.push_back(metrics);
        }
        m_followHistoryEnd = state.historyEnd;
    }
    // Otherwise a state was missed: the charts keep what they have until the next whole history.
    state.run.history.clear();
}

void ClassSession::takeHistograms(ShownState &state)
{
    HistogramReceiver::Taken taken = m_histogramReceiver.take(state.histograms);
    if (taken.restart) {
        m_pendingHistograms = std::move(taken.rows);
        m_pendingHistogramRestart = true;
    } else {
        m_pendingHistograms.insert(m_pendingHistograms.end(), taken.rows.begin(), taken.rows.end());
    }
    state.histograms.rows.clear();
}

void ClassSession::apply(bool force)
{
    const ShownState &s = m_hostState;
    const bool newRun = force || s.hostRunId != m_appliedRun;
    if (newRun || s.serial != m_appliedSerial || s.traceId != m_appliedTrace || m_pendingRestart ||
        !m_pendingEpochs.empty() || m_pendingHistogramRestart || !m_pendingHistograms.empty()) {
        if (newRun)
            ++m_localRun;
        TrainingSnapshot shown = snapshotOf(s, m_localRun, ++m_localSerial);
        shown.historyRestarted = newRun || m_pendingRestart;
        shown.newEpochs = shown.historyRestarted ? m_followHistory : m_pendingEpochs;
        m_pendingEpochs.clear();
        m_pendingRestart = false;
        shown.histogramsRestarted = newRun || m_pendingHistogramRestart;
        shown.newHistograms = shown.histogramsRestarted ? m_histogramReceiver.rows() : m_pendingHistograms;
        m_pendingHistograms.clear();
        m_pendingHistogramRestart = false;
        auto snapshot = std::make_shared<const TrainingSnapshot>(std::move(shown));
        // The panels show the host's numbers of the network before the step, never this
        // processor's recomputation of them.
        m_window->phaseMoment().give(
            snapshot, std::make_shared<const TrainingSnapshot>(beforeStepSnapshotOf(s, *snapshot)));
        m_applying = true;
        m_window->showSnapshot(snapshot);
        m_applying = false;
        m_appliedRun = s.hostRunId;
        m_appliedSerial = s.serial;
        m_appliedTrace = s.traceId;
    }
    showShownPictures(*m_window->windowPanels(), s);
    if (s.trace && s.phaseIndex >= 0 && m_player->phaseIndex() != s.phaseIndex)
        m_window->showPhase(s.phaseIndex);
    {
        // The lecturer's spotlight, without writing it into this student's settings.
        const QSignalBlocker blocker(m_actions->spotlight);
        m_actions->spotlight->setChecked(s.spotlight);
        m_view->setSpotlight(s.spotlight);
    }
    if (m_actions->derivative->isChecked() != s.showDerivative)
        m_actions->derivative->setChecked(s.showDerivative);
    applyQuiz(s);
    m_window->selectInGraph(windowSelection(s.selection));
    ++m_applied;
}

void ClassSession::applyQuiz(const ShownState &s)
{
    if (s.quiz.kind == ShownQuiz::Kind::None || !s.trace) {
        if (m_quiz->question().isValid())
            m_quiz->cancel();
        return;
    }
    const QuizQuestion asked = quizQuestionAbout(
        *s.trace, s.quiz.phaseIndex,
        s.quiz.kind == ShownQuiz::Kind::WeightChangeSign ? QuizQuestion::Kind::WeightChangeSign
                                                         : QuizQuestion::Kind::LargerOutputDelta,
        windowSelection(s.quiz.subject), windowSelection(s.quiz.other));
    const QuizQuestion &shown = m_quiz->question();
    const bool same = shown.kind == asked.kind && shown.phaseIndex == asked.phaseIndex &&
                      shown.subject == asked.subject && shown.other == asked.other;
    if (!same && asked.isValid())
        m_quiz->pose(asked);
    if (s.quiz.revealed && m_quiz->isPending())
        m_quiz->reveal();
}

void ClassSession::setFollowControlsEnabled(bool enabled)
{
    // While following, the lecturer steps: the window's own stepping and settings wait.
    for (QAction *action :
         {m_actions->play, m_actions->previousPhase, m_actions->nextPhase, m_actions->stepSample,
          m_actions->stepEpoch, m_actions->reset, m_actions->newSeed, m_actions->quiz})
        action->setEnabled(enabled);
    m_actions->settingsBar->setEnabled(enabled);
}

void ClassSession::connectionLost()
{
    if (m_role != Role::Follower)
        return;
    if (m_reached)
        m_bar->setMessage(tr("Connection to %1 lost — reconnecting…").arg(m_hostAddress));
    else
        m_bar->setMessage(tr("Cannot reach %1: is the address right, and is the lecturer's class session "
                             "running? Trying again…")
                              .arg(m_hostAddress));
}

void ClassSession::connectionRestored()
{
    m_reached = true;
    if (m_role == Role::Follower)
        m_bar->setMessage(isFollowing()
                              ? tr("Following %1").arg(m_hostAddress)
                              : tr("Exploring on your own — the lecturer is at %1").arg(m_hostAddress));
}

void ClassSession::hostStopped()
{
    if (m_role != Role::Follower)
        return;
    // The last state stays on screen, and becomes the student's own to explore.
    if (isFollowing() && m_hasHostState)
        exploreOnMyOwn();
    m_role = Role::Off;
    m_exploring = false;
    setPicturesFollowing(*m_window->windowPanels(), false);
    setFollowControlsEnabled(true);
    m_bar->setFinal();
    m_bar->setMessage(tr("The lecturer ended the class session. This copy is yours to explore."));
    m_start->setEnabled(true);
    m_join->setEnabled(true);
    m_stop->setEnabled(false);
}

void ClassSession::followEnded(const QString &message)
{
    if (m_role != Role::Follower)
        return;
    m_role = Role::Off;
    m_exploring = false;
    setFollowControlsEnabled(true);
    m_start->setEnabled(true);
    m_join->setEnabled(true);
    m_stop->setEnabled(false);
    if (message.isEmpty()) {
        m_bar->hide();
        return;
    }
    m_bar->setFinal();
    m_bar->setMessage(message);
}

void ClassSession::exploreOnMyOwn()
{
    if (!isFollowing())
        return;
    m_exploring = true;
    setPicturesFollowing(*m_window->windowPanels(), false);
    setFollowControlsEnabled(true);
    m_bar->setExploring(true);
    m_bar->setMessage(tr("Exploring on your own — the lecturer is at %1").arg(m_hostAddress));
    if (!m_hasHostState)
        return;
    // The window keeps the step, phase and selection on show until the private copy arrives, and
    // then shows the copy with them: the student's own stepping starts from there.
    m_awaitingCopy = true;
    m_ownRunBeforeCopy = m_ownRun;
    m_keptPhase = m_player->phaseIndex();
    Experiment copy = m_hostState.run;
    copy.history = m_followHistory;
    copy.histograms = m_histogramReceiver.rows();
    emit privateCopyRequested(copy);
}

SnapshotPointer ClassSession::admitted(const SnapshotPointer &snapshot)
{
    if (m_applying)
        return snapshot;
    m_ownRun = snapshot->runId;
    if (isFollowing())
        return nullptr;
    if (!m_awaitingCopy)
        return snapshot;
    // Until the copy's run starts, what arrives is the training the student had before joining.
    if (snapshot->runId == m_ownRunBeforeCopy)
        return nullptr;
    m_awaitingCopy = false;
    if (snapshot->trace || snapshot->running || !m_hostState.trace ||
        snapshot->network->sizes() != m_hostState.trace->before.sizes())
        return snapshot;
    auto kept = std::make_shared<TrainingSnapshot>(*snapshot);
    kept->trace = m_hostState.trace;
    m_window->phaseMoment().give(
        kept, std::make_shared<const TrainingSnapshot>(beforeStepSnapshotOf(m_hostState, *kept)));
    m_restoreKept = true;
    return kept;
}

void ClassSession::followAgain()
{
    if (!isExploring())
        return;
    m_exploring = false;
    m_awaitingCopy = false;
    m_restoreKept = false;
    emit privateCopyPauseRequested();
    setPicturesFollowing(*m_window->windowPanels(), true);
    setFollowControlsEnabled(false);
    m_bar->setExploring(false);
    m_bar->setMessage(tr("Following %1").arg(m_hostAddress));
    m_player->halt();
    if (m_hasHostState)
        apply(true);
}

void ClassSession::openStartDialog()
{
    StartClassDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit hostRequested(dialog.address(), dialog.port(), dialog.code());
}

void ClassSession::openJoinDialog()
{
    JoinClassDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit joinRequested(dialog.hostAndPort(), dialog.code());
}

} // namespace bp::ui
