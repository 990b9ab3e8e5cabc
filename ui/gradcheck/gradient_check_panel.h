#pragma once

#include "core/maths/gradient_check.h"
#include "core/maths/network.h"
#include "core/maths/types.h"
#include "ui/gradcheck/gradient_check_report.h"
#include "ui/gradcheck/parameter_check.h"
#include "ui/jobs/background_job.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QAbstractItemModel;
class QCheckBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableView;
class QTimer;

namespace bp::ui {

class CentralDifferenceSketch;
class GradientCheckModel;
class RelativeErrorLegend;

/// "A gradient check a class can see": one button compares backprop's ∂E/∂w with central differences
/// (E(w + h) − E(w − h)) / 2h for the sample on show, then says in large type whether they agree,
/// explains in plain words what was computed, and lists every checked parameter worst first.
///
/// The check runs on a worker thread on its own copy of the network, so the GUI never waits: the
/// button turns into Cancel with a progress bar, and a new subject during the run does not disturb
/// it (the result names the network and time it was computed for). Networks above
/// CheckPlan::fullCheckLimit parameters are checked on a seeded random sample per layer, which the
/// panel says; a check box asks for all of them.
class GradientCheckPanel : public QWidget {
    Q_OBJECT
public:
    explicit GradientCheckPanel(QWidget *parent = nullptr);

    /// The network and the sample to check next: input (n₀ × m) and target (n_L × m), usually one
    /// column. Cheap: only stores them (the network is shared, never copied here). A check already
    /// running keeps the subject it started with.
    void setSubject(std::shared_ptr<const bp::Network> network, bp::Matrix input, bp::Matrix target,
                    QString sampleName, int sample = -1);

    /// The nudge h of the central difference (default 10⁻⁵, as bp::checkGradients).
    void setStep(double step);
    double step() const { return m_step; }
    /// Which parameters a check covers (sampling of large networks); see CheckPlan.
    void setPlan(const CheckPlan &plan);
    const CheckPlan &plan() const { return m_plan; }

    /// True when a check has finished (and its result is on show).
    bool hasResult() const { return m_report != nullptr; }
    /// The worst relative error of the result on show (0 without one; NaN when a value was NaN).
    double worstRelativeError() const;
    /// How many parameters the result on show checked.
    int checkedCount() const;
    bool isRunning() const { return m_jobs.isRunning(); }
    /// The table on show: the checked parameters, sorted as the view shows them (worst first after
    /// each check). Columns and roles: GradientCheckModel.
    QAbstractItemModel *model() const;
    /// Backprop's and the numerical derivatives of every parameter of the result on show (NaN in the
    /// numerical and error matrices for parameters a sampled check skipped); null without a result.
    std::shared_ptr<const bp::GradientCheck> result() const;
    /// The result on show with what it was computed for (network, sample, h, timing, sampling).
    std::shared_ptr<const GradientCheckReport> report() const { return m_report; }

    /// The verdict on show, as plain text, and whether it is in the alarm state.
    QString summaryText() const;
    bool isAlarmShown() const;
    /// True when the subject has changed since the result on show was computed (following: when
    /// the lecturer's has).
    bool isResultStale() const;

    /// Class session, host: the result on show as it travels (null without one); the same pointer
    /// while neither the result nor its staleness changes.
    std::shared_ptr<const ShownGradientCheck> shownCheck() const;
    /// Class session, follower: the panel shows the lecturer's check and runs none of its own
    /// (following), or is a panel of its own again (the lecturer's result goes).
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    /// Following: the lecturer's check (null: the lecturer has none). The same check again keeps
    /// the table's order and scroll position.
    void showLecturersCheck(std::shared_ptr<const ShownGradientCheck> check);

    QSize sizeHint() const override { return {420, 640}; }
    // Narrow enough for the side column of a 1280 × 720 window (about 320 px): wider, the panel
    // scrolled sideways there and cut its button, legend and table headers.
    QSize minimumSizeHint() const override { return {260, 380}; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    /// Starts a check of the current subject (nothing happens while one runs or without a subject).
    void startCheck();
    /// Stops the running check; the result on show, if any, stays.
    void cancelCheck();

signals:
    void checkStarted();
    /// A check has finished and its result is on show.
    void checkFinished();
    /// A check ended without a result: cancelled (cancelCheck or the button), or it failed, in
    /// which case the panel says why.
    void checkCancelled();

private:
    using ReportPointer = std::shared_ptr<const GradientCheckReport>;

    void buildUi();
    void finishJob(ReportPointer report, quint64 generation, const QString &failure);
    void showReport(ReportPointer report);
    void updateSubjectText();
    void fitButtonText();
    void fitValueDigits();
    void updateButton();
    /// Style sheets and table colours that follow the theme (ui/theme.h).
    void applyTheme();
    void styleSummary();
    void updateProgress();
    void updateProvenance();
    void showIntroduction();
    QString subjectProblem() const;

    std::shared_ptr<const Network> m_network;
    Matrix m_input;
    Matrix m_target;
    QString m_sampleName;
    int m_sample = -1;
    quint64 m_subjectGeneration = 0;
    double m_step = 1e-5;
    CheckPlan m_plan;

    ReportPointer m_report;
    quint64 m_reportGeneration = 0;
    bool m_busyShown = false;
    bool m_following = false;
    std::shared_ptr<const ShownGradientCheck> m_lecturersCheck;
    // The result on show as it travels, and the report it was made of.
    mutable std::shared_ptr<const ShownGradientCheck> m_shown;
    mutable ReportPointer m_shownReport;
    // Destroyed with the panel: it cancels a check still running and waits for its thread.
    BackgroundJob m_jobs;

    QLabel *m_subject = nullptr;
    QPushButton *m_button = nullptr;
    QCheckBox *m_checkAll = nullptr;
    QProgressBar *m_progress = nullptr;
    QStackedWidget *m_pages = nullptr;
    CentralDifferenceSketch *m_sketch = nullptr;
    QLabel *m_planned = nullptr;
    QFrame *m_summaryFrame = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_provenance = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QScrollArea *m_scroll = nullptr;
    GradientCheckModel *m_model = nullptr;
    RelativeErrorLegend *m_legend = nullptr;
    QTimer *m_progressTimer = nullptr;
    QTimer *m_busyDelay = nullptr;
};

} // namespace bp::ui
