#include "ui/gradcheck/gradient_check_panel.h"

#include "ui/gradcheck/central_difference_sketch.h"
#include "ui/gradcheck/error_scale.h"
#include "ui/gradcheck/gradient_check_model.h"
#include "ui/style/palette.h"
#include "ui/style/theme.h"
#include "ui/style/value_format.h"
#include "ui/style/wrapping_label.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace bp::ui {

namespace {

// Sizes for the back row of a lecture hall: body text at least 12 pt, the verdict larger.
constexpr double kBodyPoints = 12.0;
constexpr double kButtonPoints = 14.0;
constexpr double kSummaryPoints = 16.0;

// A check shorter than this never shows its busy state, so a small network does not flicker.
constexpr int kBusyDelayMs = 150;
constexpr int kProgressIntervalMs = 50;

QFont sizedFont(QFont font, double points, int weight = QFont::Normal)
{
    font.setPointSizeF(points);
    font.setWeight(static_cast<QFont::Weight>(weight));
    return font;
}

QString cssColor(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QLabel *panelLabel(QWidget *parent)
{
    QLabel *label = wrappingLabel(parent);
    // Preferred, not Minimum: a layout then takes the height for the actual width, not the tall
    // height the label would need at its narrowest.
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    return label;
}

// Escaped text in which a number and its power of ten, and "h = …", never break across lines.
QString unbreakableHtml(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QStringLiteral(" × "), QStringLiteral("&nbsp;×&nbsp;"));
    html.replace(QStringLiteral("h = "), QStringLiteral("h&nbsp;=&nbsp;"));
    static const QRegularExpression unit(QStringLiteral("(\\d) (ms|µs|s)\\b"));
    html.replace(unit, QStringLiteral("\\1&nbsp;\\2"));
    return html;
}

// The verdict with its first clause in bold: "<b>Backprop agrees</b> with …: …".
QString summaryHtml(const QString &text, bool alarm)
{
    const QString mark = alarm ? QStringLiteral("⚠ ") : QStringLiteral("✓ ");
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return mark + unbreakableHtml(text);
    return QStringLiteral("%1<b>%2</b>%3")
        .arg(mark, unbreakableHtml(text.left(colon)), unbreakableHtml(text.mid(colon)));
}

// Slim scroll bars: in a 380-pixel dock every pixel of width goes to the numbers.
QString thinScrollBars()
{
    return QStringLiteral(
               "QScrollBar:vertical { background: transparent; width: 9px; margin: 0; }"
               "QScrollBar::handle:vertical { background: %1; border-radius: 3px; "
               "min-height: 24px; margin: 1px 2px; }"
               "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
               "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }")
        .arg(palette::faintInkColor().name());
}

// A table that asks for no more height than its minimum, so that in the scrolling page the words
// keep their room and the table takes what is left.
class CompactTableView : public QTableView {
public:
    using QTableView::QTableView;
    QSize sizeHint() const override { return {QTableView::sizeHint().width(), minimumHeight()}; }
};

bool sameMatrix(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() && a == b;
}

} // namespace

GradientCheckPanel::GradientCheckPanel(QWidget *parent) : QWidget(parent)
{
    buildUi();
    updateSubjectText();
    updateButton();
}

void GradientCheckPanel::buildUi()
{
    const QFont body = sizedFont(font(), std::max(kBodyPoints, font().pointSizeF()));
    setFont(body);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, palette::canvasColor());
    colors.setColor(QPalette::WindowText, palette::inkColor());
    setPalette(colors);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The top stays in place: what will be checked, and the button.
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(12, 10, 12, 8);
    topLayout->setSpacing(8);
    layout->addWidget(top);

    m_subject = panelLabel(top);
    m_subject->setObjectName(QStringLiteral("gradcheckSubject"));
    m_subject->setFont(body);
    topLayout->addWidget(m_subject);

    m_button = new QPushButton(top);
    m_button->setObjectName(QStringLiteral("gradcheckButton"));
    m_button->setFont(sizedFont(body, kButtonPoints, QFont::DemiBold));
    m_button->setCursor(Qt::PointingHandCursor);
    m_button->setMinimumHeight(QFontMetrics(m_button->font()).height() + 22);
    // The text shrinks to fit a narrow dock (see resizeEvent) instead of widening the panel.
    m_button->setMinimumWidth(160);
    m_button->installEventFilter(this);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancelCheck();
        else
            startCheck();
    });
    topLayout->addWidget(m_button);

    m_checkAll = new QCheckBox(top);
    m_checkAll->setFont(body);
    m_checkAll->setVisible(false);
    m_checkAll->setAccessibleName(tr("Check every parameter"));
    connect(m_checkAll, &QCheckBox::toggled, this, [this](bool all) {
        m_plan.checkAll = all;
        updateSubjectText();
    });
    topLayout->addWidget(m_checkAll);

    m_progress = new QProgressBar(top);
    m_progress->setFont(body);
    m_progress->setTextVisible(true);
    m_progress->setAlignment(Qt::AlignCenter);
    m_progress->setVisible(false);
    topLayout->addWidget(m_progress);

    m_status = panelLabel(top);
    m_status->setFont(body);
    m_status->setVisible(false);
    topLayout->addWidget(m_status);

    // Below, the pages scroll when the dock is short: the table keeps a few rows rather than the
    // words being squeezed out.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    m_scroll = scroll;
    layout->addWidget(scroll, 1);
    m_pages = new QStackedWidget;
    m_pages->setAutoFillBackground(false);
    // The scroll area then sizes the pages by their height for the width alone: the minimum sizes
    // of word-wrapped labels assume a narrow width and would make it scroll without need.
    m_pages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    scroll->setWidget(m_pages);

    // Before the first check: the idea in a picture, and what the check will cost.
    auto *intro = new QWidget(m_pages);
    auto *introLayout = new QVBoxLayout(intro);
    introLayout->setContentsMargins(12, 2, 12, 10);
    introLayout->setSpacing(10);
    m_sketch = new CentralDifferenceSketch(intro);
    m_sketch->setFont(body);
    introLayout->addWidget(m_sketch, 1);
    m_planned = panelLabel(intro);
    m_planned->setFont(body);
    introLayout->addWidget(m_planned);
    m_pages->addWidget(intro);

    // After a check: the verdict, the plain-words account, the table and the colour legend.
    auto *results = new QWidget(m_pages);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(12, 2, 12, 10);
    resultsLayout->setSpacing(8);

    m_summaryFrame = new QFrame(results);
    m_summaryFrame->setObjectName(QStringLiteral("gradcheckSummary"));
    auto *summaryLayout = new QVBoxLayout(m_summaryFrame);
    summaryLayout->setContentsMargins(12, 8, 10, 8);
    summaryLayout->setSpacing(4);
    m_summary = panelLabel(m_summaryFrame);
    m_summary->setFont(sizedFont(body, kSummaryPoints));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryLayout->addWidget(m_summary);
    m_provenance = panelLabel(m_summaryFrame);
    m_provenance->setFont(body);
    summaryLayout->addWidget(m_provenance);
    resultsLayout->addWidget(m_summaryFrame);

    m_advice = panelLabel(results);
    m_advice->setFont(body);
    m_advice->setVisible(false);
    resultsLayout->addWidget(m_advice);

    m_explanation = panelLabel(results);
    m_explanation->setFont(body);
    resultsLayout->addWidget(m_explanation);

    m_model = new GradientCheckModel(this);
    m_table = new CompactTableView(results);
    // Numbers in a slightly condensed face so four columns fit a side dock at projector size.
    QFont tableFont = body;
    tableFont.setStretch(QFont::SemiCondensed);
    m_table->setFont(tableFont);
    m_table->setModel(m_model);
    m_table->viewport()->installEventFilter(this);
    // Its corner button would select every row, which means nothing here; unnamed, it confuses
    // a screen reader.
    m_table->setCornerButtonEnabled(false);
    if (auto *corner = m_table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select every row"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(tableFont).height() + 7);
    QHeaderView *header = m_table->horizontalHeader();
    header->setFont(tableFont);
    header->setSectionResizeMode(QHeaderView::Stretch);
    // The two derivatives share what the short columns leave, so that their digits never elide.
    header->setSectionResizeMode(GradientCheckModel::ParameterColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GradientCheckModel::RelativeErrorColumn, QHeaderView::ResizeToContents);
    header->setResizeContentsPrecision(200);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // The model marks the sorted column in its header text: Qt's arrow would sit on top of the
    // right-aligned titles of a narrow dock.
    header->setSortIndicatorShown(false);
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sectionClicked, this, [this](int column) {
        // A second click on the sorted column flips it; a new column starts worst (largest) first,
        // except the weights, which start in the network's order.
        Qt::SortOrder order =
            column == GradientCheckModel::ParameterColumn ? Qt::AscendingOrder : Qt::DescendingOrder;
        if (column == m_model->sortColumn())
            order = m_model->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        m_model->sort(column, order);
    });
    m_table->setMinimumHeight(QFontMetrics(tableFont).height() * 2 + 14 +
                              3 * (QFontMetrics(tableFont).height() + 7));
    // The key to the table's shading sits above it, so that a short dock cuts off rows, not the key.
    m_legend = new RelativeErrorLegend(results);
    m_legend->setFont(body);
    resultsLayout->addWidget(m_legend);
    resultsLayout->addWidget(m_table, 1);
    m_pages->addWidget(results);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(kProgressIntervalMs);
    connect(m_progressTimer, &QTimer::timeout, this, &GradientCheckPanel::updateProgress);
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(kBusyDelayMs);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        if (!isRunning())
            return;
        m_busyShown = true;
        m_progress->setVisible(true);
        updateProgress();
        updateButton();
    });
    applyTheme();
    connect(&Theme::instance(), &Theme::changed, this, &GradientCheckPanel::applyTheme);
}

bool GradientCheckPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_button && event->type() == QEvent::Resize)
        fitButtonText();
    if (m_table && watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitValueDigits();
    return QWidget::eventFilter(watched, event);
}

void GradientCheckPanel::fitValueDigits()
{
    // Four significant digits where the two derivatives' columns have room for every value of the
    // result, else three: a narrow side column elided them to "−0.024…".
    if (!m_report)
        return;
    const QFontMetrics metrics(m_table->font());
    // The cell's text margins, as the item views lay out their text.
    const int margin = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    const int room = std::min(m_table->columnWidth(GradientCheckModel::BackpropColumn),
                              m_table->columnWidth(GradientCheckModel::NumericColumn)) -
                     2 * margin - 2;
    int widest = 0;
    for (const CheckedParameter &parameter : m_report->parameters)
        for (const double value : {parameter.analytic, parameter.numeric})
            widest = std::max(widest, metrics.horizontalAdvance(formatSignificant(value, 4)));
    m_model->setValueDigits(widest <= room ? 4 : 3);
}

void GradientCheckPanel::fitButtonText()
{
    // The button's words at the largest size that fits, down to the body's; when even that is too
    // wide, the shorter words (never cut off).
    const bool busy = isRunning() && m_busyShown;
    const QString words = busy ? tr("Cancel the check") : tr("Check the gradient of this sample");
    const QString shorter = busy ? words : tr("Check the gradient");
    const int room = m_button->width() - 28;
    QFont font = m_button->font();
    QString text = words;
    for (const QString &candidate : {words, shorter}) {
        text = candidate;
        bool fits = false;
        for (double points = kButtonPoints; points >= kBodyPoints; points -= 0.5) {
            font.setPointSizeF(points);
            fits = QFontMetrics(font).horizontalAdvance(candidate) <= room;
            if (fits)
                break;
        }
        if (fits)
            break;
    }
    if (m_button->text() != text)
        m_button->setText(text);
    if (font != m_button->font())
        m_button->setFont(font);
}

void GradientCheckPanel::setSubject(std::shared_ptr<const Network> network, Matrix input, Matrix target,
                                    QString sampleName, int sample)
{
    const bool same = network == m_network && sampleName == m_sampleName && sample == m_sample &&
                      sameMatrix(input, m_input) && sameMatrix(target, m_target);
    if (same)
        return;
    m_network = std::move(network);
    m_input = std::move(input);
    m_target = std::move(target);
    m_sampleName = std::move(sampleName);
    m_sample = sample;
    ++m_subjectGeneration;
    updateSubjectText();
    updateButton();
    updateProvenance();
}

void GradientCheckPanel::setStep(double step)
{
    if (!(step > 0.0) || !std::isfinite(step))
        return;
    m_step = step;
    updateSubjectText();
}

void GradientCheckPanel::setPlan(const CheckPlan &plan)
{
    m_plan = plan;
    const QSignalBlocker blocker(m_checkAll);
    m_checkAll->setChecked(plan.checkAll);
    updateSubjectText();
}

double GradientCheckPanel::worstRelativeError() const
{
    return m_report ? m_report->worstRelativeError() : 0.0;
}

int GradientCheckPanel::checkedCount() const
{
    return m_report ? m_report->checkedCount() : 0;
}

QAbstractItemModel *GradientCheckPanel::model() const
{
    return m_model;
}

std::shared_ptr<const GradientCheck> GradientCheckPanel::result() const
{
    return m_report ? m_report->check : nullptr;
}

QString GradientCheckPanel::summaryText() const
{
    return m_report ? bp::ui::summaryText(*m_report) : QString();
}

bool GradientCheckPanel::isAlarmShown() const
{
    return m_report && m_report->isAlarming();
}

bool GradientCheckPanel::isResultStale() const
{
    if (m_following)
        return m_lecturersCheck && m_lecturersCheck->stale;
    return m_report && m_reportGeneration != m_subjectGeneration;
}

std::shared_ptr<const ShownGradientCheck> GradientCheckPanel::shownCheck() const
{
    if (!m_report || m_following) {
        m_shown.reset();
        m_shownReport.reset();
        return nullptr;
    }
    const bool stale = isResultStale();
    // Made once per result and staleness, so that the host's comparison with the check it sent
    // last finds the very same object.
    if (!m_shown || m_shownReport != m_report || m_shown->stale != stale) {
        m_shown = shownCheckOf(*m_report, stale);
        m_shownReport = m_report;
    }
    return m_shown;
}

void GradientCheckPanel::setFollowing(bool following)
{
    if (following == m_following)
        return;
    cancelCheck();
    m_following = following;
    m_lecturersCheck.reset();
    m_shown.reset();
    m_shownReport.reset();
    m_report.reset();
    m_model->setReport(nullptr);
    m_status->setVisible(false);
    showIntroduction();
    updateSubjectText();
    updateButton();
}

void GradientCheckPanel::showLecturersCheck(std::shared_ptr<const ShownGradientCheck> check)
{
    if (!m_following || check == m_lecturersCheck)
        return;
    // The same result turned stale (or fresh again) keeps the table as the student left it.
    bool sameResult = false;
    if (check && m_lecturersCheck) {
        ShownGradientCheck previous = *m_lecturersCheck;
        previous.stale = check->stale;
        sameResult = identical(*check, previous);
    }
    m_lecturersCheck = std::move(check);
    if (!m_lecturersCheck) {
        m_report.reset();
        m_model->setReport(nullptr);
        showIntroduction();
        updateSubjectText();
        emit checkFinished();
        return;
    }
    if (sameResult) {
        updateProvenance();
        return;
    }
    showReport(reportOf(*m_lecturersCheck));
    emit checkFinished();
}

void GradientCheckPanel::showIntroduction()
{
    m_pages->setCurrentIndex(0);
}

QString GradientCheckPanel::subjectProblem() const
{
    if (!m_network || m_network->layerCount() == 0)
        return tr("No network to check yet.");
    if (m_input.cols() == 0 || m_input.cols() != m_target.cols())
        return tr("No sample to check yet.");
    if (m_input.rows() != m_network->inputSize() || m_target.rows() != m_network->outputSize())
        return tr("The sample does not fit the network: it has %1 inputs and %2 targets, the "
                  "network takes %3 and gives %4.")
            .arg(m_input.rows())
            .arg(m_target.rows())
            .arg(m_network->inputSize())
            .arg(m_network->outputSize());
    return {};
}

void GradientCheckPanel::updateSubjectText()
{
    m_sketch->setStepText(QStringLiteral("h = ") + formatPowerOfTen(m_step));
    const QString problem = subjectProblem();
    if (!problem.isEmpty()) {
        m_subject->setText(problem.toHtmlEscaped());
        m_checkAll->setVisible(false);
        m_planned->setText(QString());
        return;
    }
    const Network &network = *m_network;
    const QString sample =
        m_sampleName.isEmpty() ? tr("This sample") : tr("Sample “%1”").arg(m_sampleName.toHtmlEscaped());
    CheckPlan sampledPlan = m_plan;
    sampledPlan.checkAll = false;
    const bool large = isSampled(network, sampledPlan);
    // A large network's count is on the check box below; one line is worth more than saying it twice.
    if (large)
        m_subject->setText(QStringLiteral("%1 · %2").arg(sample, networkShape(network)));
    else
        m_subject->setText(tr("%1 · %2 · %3 parameters")
                               .arg(sample, networkShape(network), formatCount(network.parameterCount())));
    m_checkAll->setVisible(large);
    if (large) {
        m_checkAll->setText(tr("Check all %1 parameters").arg(formatCount(network.parameterCount())));
        m_checkAll->setToolTip(tr("Instead of a seeded sample: %1 forward passes, a few seconds")
                                   .arg(formatCount(2 * network.parameterCount())));
    }
    m_planned->setText(plannedCheckText(network, m_plan).toHtmlEscaped());
    if (m_following) {
        m_checkAll->setVisible(false);
        m_planned->setText(tr("No gradient check of the lecturer's to show: none has run yet, or it checked "
                              "more than %1 parameters, too many to send. When the lecturer checks, the "
                              "result shows here. (Explore on my own lets you run a check of your own.)")
                               .arg(formatCount(kMaxShownCheckParameters)));
    }
}

void GradientCheckPanel::updateButton()
{
    const bool busy = isRunning() && m_busyShown;
    fitButtonText();
    m_button->setEnabled(busy || (!isRunning() && subjectProblem().isEmpty()));
    // A follower shows the lecturer's check and runs none of its own.
    m_button->setVisible(!m_following);
    const QString ink = cssColor(palette::inkColor());
    const QString sheet =
        busy ? QStringLiteral("#gradcheckButton { background: %2; color: %1; border: 2px solid %1; "
                              "border-radius: 6px; padding: 8px 12px; }"
                              "#gradcheckButton:hover { background: %3; }")
                   .arg(ink, cssColor(palette::canvasColor()), cssColor(palette::surfaceColor()))
             : QStringLiteral("#gradcheckButton { background: %1; color: %2; border: none; "
                              "border-radius: 6px; padding: 8px 12px; }"
                              "#gradcheckButton:hover { background: %3; }"
                              "#gradcheckButton:pressed { background: %1; }"
                              "#gradcheckButton:disabled { background: %4; color: %5; }")
                   .arg(ink, cssColor(palette::canvasColor()),
                        cssColor(palette::mix(palette::inkColor(), palette::canvasColor(), 0.2)),
                        cssColor(palette::surfaceBorderColor()), cssColor(palette::mutedInkColor()));
    // Called with every snapshot: a style sheet set again re-polishes the button, even unchanged.
    if (m_button->styleSheet() != sheet)
        m_button->setStyleSheet(sheet);
    m_checkAll->setEnabled(!isRunning());
}

void GradientCheckPanel::updateProgress()
{
    if (!isRunning())
        return;
    m_progress->setRange(0, std::max(m_jobs.total(), 1));
    m_progress->setValue(std::min(m_jobs.progress(), m_jobs.total()));
    m_progress->setFormat(
        tr("%1 of %2 parameters checked").arg(formatCount(m_progress->value()), formatCount(m_jobs.total())));
}

void GradientCheckPanel::updateProvenance()
{
    if (!m_report)
        return;
    const QString time = m_report->requestedAt.toString(QStringLiteral("HH:mm:ss"));
    if (!isResultStale()) {
        m_provenance->setText(m_following ? tr("The lecturer's check, at %1, on the sample above.").arg(time)
                                          : tr("Checked at %1 on the sample above.").arg(time));
        return;
    }
    if (m_following) {
        m_provenance->setText(provenanceText(*m_report).toHtmlEscaped() +
                              " <span style='color:" + cssColor(palette::warningInkColor()) + "'>" +
                              tr("The lecturer's network or sample has changed since.") + "</span>");
        return;
    }
    m_provenance->setText(provenanceText(*m_report).toHtmlEscaped() +
                          " <span style='color:" + cssColor(palette::warningInkColor()) + "'>" +
                          tr("They have changed since: press the button to check them as they are now.") +
                          "</span>");
}

void GradientCheckPanel::startCheck()
{
    if (m_following || isRunning() || !subjectProblem().isEmpty())
        return;
    // The worker gets the immutable network and its own copies of the sample, so the GUI may
    // change its subject while the check runs.
    auto task = [network = m_network, input = m_input, target = m_target, step = m_step, plan = m_plan,
                 sampleName = m_sampleName, sample = m_sample,
                 requestedAt = QTime::currentTime()](BackgroundJob::State &job) -> ReportPointer {
        auto report = std::make_shared<GradientCheckReport>();
        report->network = network;
        report->input = input;
        report->target = target;
        report->sampleName = sampleName;
        report->sample = sample;
        report->requestedAt = requestedAt;
        report->step = step;
        report->plan = plan;
        fillCoverage(*report);
        ParameterCheckResult result = checkParameters(
            *network, input, target, step, selectParameters(*network, plan), &job.cancel, &job.progress);
        if (result.cancelled)
            return nullptr;
        report->check = std::make_shared<const GradientCheck>(std::move(result.check));
        report->parameters = std::move(result.parameters);
        report->forwardPasses = result.forwardPasses;
        report->backpropSeconds = result.backpropSeconds;
        report->differenceSeconds = result.differenceSeconds;
        report->nearestKink = result.nearestKink;
        report->loss = result.loss;
        return report;
    };
    m_jobs.start(static_cast<int>(plannedCount(*m_network, m_plan)), std::move(task),
                 [this, generation = m_subjectGeneration](ReportPointer report, const QString &failure) {
                     finishJob(std::move(report), generation, failure);
                 });

    m_busyShown = false;
    m_status->setVisible(false);
    m_busyDelay->start();
    m_progressTimer->start();
    updateButton();
    emit checkStarted();
}

void GradientCheckPanel::cancelCheck()
{
    if (!isRunning())
        return;
    const int done = m_jobs.progress();
    const int total = m_jobs.total();
    // The worker stops after its current forward pass; its result will be dropped.
    m_jobs.cancel();
    m_busyDelay->stop();
    m_progressTimer->stop();
    m_busyShown = false;
    m_progress->setVisible(false);
    m_status->setText(
        tr("Check cancelled after %1 of %2 parameters.").arg(formatCount(done), formatCount(total)));
    m_status->setVisible(true);
    updateButton();
    emit checkCancelled();
}

void GradientCheckPanel::finishJob(ReportPointer report, quint64 generation, const QString &failure)
{
    m_busyDelay->stop();
    m_progressTimer->stop();
    m_busyShown = false;
    m_progress->setVisible(false);
    if (!report) {
        m_status->setText(tr("The check could not run: %1").arg(failure.toHtmlEscaped()));
        m_status->setVisible(true);
        updateButton();
        emit checkCancelled();
        return;
    }
    m_reportGeneration = generation;
    showReport(std::move(report));
    updateButton();
    emit checkFinished();
}

void GradientCheckPanel::styleSummary()
{
    const bool alarm = m_report && m_report->isAlarming();
    const QColor accent = alarm ? palette::alarmColor() : palette::inkColor();
    const QColor background =
        alarm ? palette::mix(palette::alarmColor(), palette::canvasColor(), 0.88) : palette::surfaceColor();
    m_summaryFrame->setStyleSheet(
        QStringLiteral("#gradcheckSummary { background: %1; border-left: 6px solid %2; "
                       "border-radius: 4px; }")
            .arg(cssColor(background), cssColor(accent)));
    m_summary->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(cssColor(alarm ? palette::mix(palette::alarmColor(), palette::inkColor(), 0.35)
                                : palette::inkColor())));
}

void GradientCheckPanel::applyTheme()
{
    const QString muted = QStringLiteral("color: %1;").arg(cssColor(palette::mutedInkColor()));
    m_subject->setStyleSheet(muted);
    m_status->setStyleSheet(muted);
    m_provenance->setStyleSheet(muted);
    m_progress->setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid %1; border-radius: 4px; "
                                             "background: %2; color: %3; min-height: 22px; }"
                                             "QProgressBar::chunk { background: %4; }")
                                  .arg(cssColor(palette::faintInkColor()), cssColor(palette::canvasColor()),
                                       cssColor(palette::inkColor()), cssColor(palette::gridColor())));
    m_scroll->setStyleSheet(thinScrollBars());
    // In the style sheet, not the table's palette: a style sheet replaces the palette it finds.
    const QColor selection = palette::mix(palette::highlightColor(), palette::canvasColor(), 0.6);
    m_table->setStyleSheet(QStringLiteral("QTableView { border: 1px solid %1; background: %4; "
                                          "alternate-background-color: %2; color: %3; "
                                          "selection-background-color: %5; selection-color: %3; }"
                                          "QHeaderView::section { padding: 3px 4px; font-weight: normal; "
                                          "background: %2; color: %3; border: none; "
                                          "border-bottom: 1px solid %1; }"
                                          "QHeaderView::section:first { padding-left: 6px; }")
                               .arg(cssColor(palette::surfaceBorderColor()),
                                    cssColor(palette::surfaceColor()), cssColor(palette::inkColor()),
                                    cssColor(palette::canvasColor()), cssColor(selection)) +
                           thinScrollBars());
    updateButton();
    if (m_report) {
        styleSummary();
        updateProvenance();
    }
    update();
}

void GradientCheckPanel::showReport(ReportPointer report)
{
    m_report = std::move(report);
    const GradientCheckReport &shown = *m_report;
    const bool alarm = shown.isAlarming();
    styleSummary();
    m_summary->setText(summaryHtml(bp::ui::summaryText(shown), alarm));
    updateProvenance();
    m_advice->setVisible(alarm);
    m_advice->setText(alarm ? tr("<b>Why?</b> ") + unbreakableHtml(alarmAdviceText(shown)) : QString());
    m_explanation->setText(unbreakableHtml(explanationText(shown)));
    m_model->setReport(m_report);
    fitValueDigits();
    m_model->sort(GradientCheckModel::RelativeErrorColumn, Qt::DescendingOrder);
    m_table->scrollToTop();
    m_legend->setMarker(shown.worstRelativeError());
    m_pages->setCurrentIndex(1);
}

} // namespace bp::ui
