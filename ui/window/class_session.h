#pragma once

#include "core/formats/experiment.h"
#include "core/session/shown_state.h"
#include "core/training/training_snapshot.h"
#include "ui/window/shown_pictures.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QAction;
class QMenuBar;
class QTimer;

namespace bp::ui {

class ClassTallyView;
class FollowBar;
class JoinCard;
class MainWindow;
class NetworkView;
class PhasePlayer;
class PredictionQuiz;
class WindowActions;

/// The window's side of a class session (issue 16). As the host it publishes what the window shows
/// (a ShownState, built where the window already funnels its state: each snapshot drawn, each phase,
/// selection, spotlight and question) and shows the join card on the projector. As a follower it
/// shows the host's states instead of its own training's snapshots, with the follow bar: "Explore on
/// my own" gives the window's own training a private copy of the run, "Follow again" goes back to
/// the host's newest state at once. The transport (app/class) is wired to the signals and slots.
class ClassSession : public QObject {
    Q_OBJECT

public:
    struct Parts {
        MainWindow *window = nullptr;
        WindowActions *actions = nullptr;
        PhasePlayer *player = nullptr;
        NetworkView *view = nullptr;
        PredictionQuiz *quiz = nullptr;
    };
    enum class Role { Off, Host, Follower };

    explicit ClassSession(const Parts &parts);
    ~ClassSession() override;

    Role role() const { return m_role; }
    /// A follower showing the host's state (not exploring on its own).
    bool isFollowing() const { return m_role == Role::Follower && !m_exploring; }
    bool isExploring() const { return m_role == Role::Follower && m_exploring; }
    /// What the window shows of a snapshot of its own training: null while following (the window's
    /// own training is not on screen then); the first of the private copy after "Explore on my own"
    /// with the lecturer's step on it (the phase and selection stay where they were); else itself.
    SnapshotPointer admitted(const SnapshotPointer &snapshot);

    /// File ▸ Start class session…, Stop class session, Join class session…, Export session tally…
    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    QAction *joinAction() const { return m_join; }
    QAction *exportTallyAction() const { return m_exportTally; }
    /// Adds the actions to the File menu, before Quit.
    void addToMenu(QMenuBar *bar);
    FollowBar *followBar() const { return m_bar; }
    ClassTallyView *tallyView() const { return m_tally; }
    JoinCard *joinCard() const { return m_card; }
    /// File ▸ Show how to join (Ctrl+J), checked while the join card is large.
    QAction *showJoinAction() const { return m_showJoin; }

    /// The newest state as published (host) or received (follower); empty before the first.
    QByteArray lastStateJson() const { return m_lastJson; }
    /// Follower: states shown and states refused (each refusal's message in lastRefusal()).
    int statesApplied() const { return m_applied; }
    int statesRefused() const { return m_refused; }
    QString lastRefusal() const { return m_lastRefusal; }
    /// Host: the state of the window now, as it would be published.
    ShownState currentState();

public slots:
    /// Host: a session runs at `pageUrl` with `code` (the card shows them); publishing starts.
    void hostStarted(const QString &pageUrl, const QString &code);
    /// Host: the session ended (the card goes).
    void hostEnded();
    /// Host: students connected, by kind.
    void setStudentCounts(int phones, int followers);
    /// Host: the answers to the question on show (one vector of counts per round; correct: the
    /// right choice once revealed, else −1).
    void setTally(const QStringList &choices, const std::vector<std::vector<int>> &rounds, int correct);
    /// Follower: following the host at `address` ("192.168.1.20:8765").
    void followStarted(const QString &address);
    /// Follower: a state message from the host (refused ones are counted and said in the bar).
    void receiveHostState(const QByteArray &json);
    /// Follower: the connection dropped (reconnecting) or came back.
    void connectionLost();
    void connectionRestored();
    /// Follower: the host ended the session; the window keeps a copy of the last state of its own.
    void hostStopped();
    /// Follower: the session was left or refused (message: why, for the bar; empty: left).
    void followEnded(const QString &message = {});
    void exploreOnMyOwn();
    void followAgain();

signals:
    /// Host: the newest state, for every follower (throttled while training runs flat out).
    void statePublished(const QByteArray &json);
    /// The user asked for a session (the dialogs' answers).
    void hostRequested(const QString &address, quint16 port, const QString &code);
    void stopRequested();
    void joinRequested(const QString &hostAndPort, const QString &code);
    void leaveRequested();
    /// Follower: the window's own training continues this run (Explore on my own), or pauses
    /// (Follow again).
    void privateCopyRequested(const bp::Experiment &run);
    void privateCopyPauseRequested();
    /// Host: the lecturer's question goes to every student, is revealed (correct: 0-based choice,
    /// why: the line the lecturer's prompt shows), is dropped, or gets another round.
    void questionOpened(const QString &text, const QStringList &choices);
    void questionRevealed(int correct, const QString &why);
    void questionClosed();
    void voteAgainRequested();
    /// Follower: the student's answer to the lecturer's question (0-based choice).
    void answerChosen(int choice);
    /// Host: ask to write the session tally as CSV to this path.
    void exportTallyRequested(const QString &path);

protected:
    /// Host: a picture panel shown or hidden changes what the state carries.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void snapshotShown();
    void schedulePublish();
    void publish();
    void apply(bool force);
    void applyQuiz(const ShownState &state);
    void setFollowControlsEnabled(bool enabled);
    void takeHistory(ShownState &state);
    void takeHistograms(ShownState &state);
    ShownState publishedState();
    void keepShownStep();
    void quizAsked();
    void quizRevealed();
    void quizDropped();
    void openStartDialog();
    void openJoinDialog();

    MainWindow *m_window = nullptr;
    WindowActions *m_actions = nullptr;
    PhasePlayer *m_player = nullptr;
    NetworkView *m_view = nullptr;
    PredictionQuiz *m_quiz = nullptr;
    QAction *m_start = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_join = nullptr;
    QAction *m_exportTally = nullptr;
    QAction *m_showJoin = nullptr;
    FollowBar *m_bar = nullptr;
    JoinCard *m_card = nullptr;
    ClassTallyView *m_tally = nullptr;
    QTimer *m_publishTimer = nullptr;
    Role m_role = Role::Off;
    QString m_hostAddress;

    // Host: the run's epochs so far (the snapshots bring only the new ones), the step's id, and
    // whether the run's data is its lesson's own (checked once per dataset).
    std::vector<EpochMetrics> m_history;
    std::uint64_t m_historyRun = 0;
    // The history as followers hold it: its id (bumped when it starts over or is thinned) and how
    // much of it was sent; a whole one is due on a join and within kWholeHistoryMs of an increment
    // (a follower that missed a state waits for it).
    std::uint64_t m_historyId = 1;
    std::uint64_t m_sentHistoryId = 0;
    std::size_t m_sentHistoryEnd = 0;
    bool m_wholeHistoryDue = true;
    int m_followers = 0;
    QTimer *m_wholeHistoryTimer = nullptr;
    // The histograms over time as followers hold them (whole on a join, like the history).
    HistogramSender m_histogramSender;
    // The pictures (the boundary's grid) as followers hold them: whole when they change, on a join
    // and with the whole history; else by id (host), and held between (follower).
    ShownPictures m_pictures;
    std::shared_ptr<const Trace> m_publishedTrace;
    std::uint64_t m_traceId = 0;
    std::shared_ptr<const Dataset> m_checkedDataset;
    std::string m_checkedPreset;
    std::uint64_t m_checkedSeed = 0;
    bool m_datasetIsPreset = false;
    QByteArray m_lastJson;

    // Follower. The host's history as far as it arrived without a gap, the epochs not yet given to
    // the window, and what to keep on screen when exploring starts.
    std::vector<EpochMetrics> m_followHistory;
    std::uint64_t m_followHistoryId = 0;
    std::uint64_t m_followHistoryEnd = 0;
    bool m_followHistoryKnown = false;
    std::vector<EpochMetrics> m_pendingEpochs;
    bool m_pendingRestart = false;
    // The host's histogram rows as far as they arrived without a gap, and those not yet shown.
    HistogramReceiver m_histogramReceiver;
    std::vector<HistogramRowPointer> m_pendingHistograms;
    bool m_pendingHistogramRestart = false;
    bool m_reached = false;
    bool m_awaitingCopy = false;
    std::uint64_t m_ownRun = 0;
    std::uint64_t m_ownRunBeforeCopy = 0;
    int m_keptPhase = -1;
    bool m_restoreKept = false;
    ShownState m_hostState;
    bool m_hasHostState = false;
    bool m_exploring = false;
    bool m_applying = false;
    std::uint64_t m_appliedRun = 0;
    std::uint64_t m_appliedSerial = 0;
    std::uint64_t m_appliedTrace = 0;
    std::uint64_t m_localRun = 1ULL << 40;
    std::uint64_t m_localSerial = 0;
    int m_applied = 0;
    int m_refused = 0;
    QString m_lastRefusal;
};

} // namespace bp::ui
