#include "ui/panels/run_strip.h"

#include "ui/style/application_look.h"
#include "ui/style/palette.h"
#include "ui/style/run_style.h"
#include "ui/style/value_format.h"

#include <QPainter>
#include <QPixmap>
#include <QToolButton>

#include <algorithm>

namespace bp::ui {

namespace {

// A short stroke in the run's pattern and colour: the same key as in the charts.
QIcon strokeIcon(int run, int focus, int height)
{
    const int width = height * 2;
    QPixmap pixmap(width, height);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(runColor(run, focus), std::max(2.0, height / 6.0), runPenStyle(run, focus), Qt::RoundCap);
    painter.setPen(pen);
    painter.drawLine(QPointF(2, height / 2.0), QPointF(width - 2, height / 2.0));
    return QIcon(pixmap);
}

// A run's button: its label (η, optimizer: what tells the runs apart) always whole, then its loss
// and its codes as far as the strip has room, each part whole or left out, never cut with "…"; the
// whole text is its accessible name. (The three whole texts side by side made the loss dock, and the
// window, wider than a 1280-px projector; cut to "η = 2, SGD · E…" they lost what the class reads.)
class RunButton : public QToolButton {
public:
    using QToolButton::QToolButton;

    void setParts(const QStringList &parts)
    {
        if (parts == m_parts)
            return;
        m_parts = parts;
        setAccessibleName(parts.join(kSeparator));
        showParts(m_shown);
        updateGeometry();
    }
    int partCount() const { return static_cast<int>(m_parts.size()); }
    /// Shows the first `count` parts (at least the label).
    void showParts(int count)
    {
        m_shown = std::clamp(count, 1, std::max<int>(1, static_cast<int>(m_parts.size())));
        const QString shown = m_parts.mid(0, m_shown).join(kSeparator);
        if (shown != text())
            setText(shown);
    }
    /// The width the button needs with its first `count` parts.
    int widthWith(int count) const
    {
        const QString shown = m_parts.mid(0, std::max(1, count)).join(kSeparator);
        return QToolButton::sizeHint().width() - fontMetrics().horizontalAdvance(text()) +
               fontMetrics().horizontalAdvance(shown);
    }
    QSize sizeHint() const override { return {widthWith(partCount()), QToolButton::sizeHint().height()}; }
    QSize minimumSizeHint() const override { return {widthWith(1), QToolButton::sizeHint().height()}; }

private:
    static constexpr QStringView kSeparator = u" · ";
    QStringList m_parts;
    int m_shown = 1;
};

} // namespace

RunStrip::RunStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("runStrip"));
    setAccessibleName(tr("Runs side by side"));
    // Not Fixed in height: a strip wrapped onto more rows takes their height from the chart below.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_stop = new QToolButton(this);
    m_stop->setText(tr("Stop comparing"));
    m_stop->setToolTip(tr("Keep the run in focus and stop the others"));
    m_stop->setAutoRaise(true);
    connect(m_stop, &QToolButton::clicked, this, &RunStrip::stopRequested);
    hide();
}

namespace {
constexpr int kSpacing = 4;
} // namespace

RunStrip::Placement RunStrip::place(int width) const
{
    Placement placement;
    const int stopWidth = m_stop->isHidden() ? 0 : m_stop->sizeHint().width();
    const auto button = [this](std::size_t i) { return static_cast<const RunButton *>(m_buttons[i]); };
    // Every part of every run in one row when it fits; else without the last part of each (the codes),
    // and so on down to the labels; rows only when the labels alone do not fit side by side.
    int most = 1;
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        most = std::max(most, button(i)->partCount());
    for (placement.parts = most; placement.parts > 1; --placement.parts) {
        int row = stopWidth;
        for (std::size_t i = 0; i < m_buttons.size(); ++i)
            row += button(i)->widthWith(placement.parts) + kSpacing;
        if (row <= width)
            break;
    }
    int x = 0;
    int y = 0;
    int rowHeight = 0;
    for (std::size_t i = 0; i < m_buttons.size(); ++i) {
        const QSize size(std::min(width, button(i)->widthWith(placement.parts)), button(i)->sizeHint().height());
        if (x > 0 && x + size.width() > width) {
            x = 0;
            y += rowHeight + kSpacing;
            rowHeight = 0;
        }
        placement.buttons.push_back(QRect(QPoint(x, y), size));
        x += size.width() + kSpacing;
        rowHeight = std::max(rowHeight, size.height());
    }
    if (stopWidth > 0) {
        // At the right end of the last row, or of a row of its own.
        if (x > 0 && x + stopWidth > width) {
            y += rowHeight + kSpacing;
            rowHeight = 0;
        }
        const int height = m_stop->sizeHint().height();
        placement.stop = QRect(std::max(0, width - stopWidth), y, std::min(width, stopWidth), height);
        rowHeight = std::max(rowHeight, height);
    }
    placement.height = y + rowHeight;
    return placement;
}

void RunStrip::arrange()
{
    const Placement placement = place(width());
    for (std::size_t i = 0; i < m_buttons.size(); ++i) {
        static_cast<RunButton *>(m_buttons[i])->showParts(placement.parts);
        m_buttons[i]->setGeometry(placement.buttons[i]);
    }
    if (!m_stop->isHidden())
        m_stop->setGeometry(placement.stop);
    if (placement.height != height())
        updateGeometry();
}

int RunStrip::heightForWidth(int width) const
{
    return place(width).height;
}

QSize RunStrip::sizeHint() const
{
    const Placement placement = place(QWIDGETSIZE_MAX);
    int width = placement.stop.isEmpty() ? 0 : placement.stop.width();
    for (const QRect &button : placement.buttons)
        width += button.width() + kSpacing;
    return {width, placement.height};
}

QSize RunStrip::minimumSizeHint() const
{
    // The widest label, or the stop button: a narrower strip puts each run on a row of its own.
    int width = m_stop->isHidden() ? 0 : m_stop->sizeHint().width();
    for (QToolButton *button : m_buttons)
        width = std::max(width, button->minimumSizeHint().width());
    // One row: the layout gives a wrapped strip its height for its width.
    return {width, place(QWIDGETSIZE_MAX).height};
}

void RunStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

QAbstractButton *RunStrip::runButton(int run) const
{
    return run >= 0 && run < runCount() ? m_buttons[static_cast<std::size_t>(run)] : nullptr;
}

QAbstractButton *RunStrip::stopButton() const
{
    return m_stop;
}

void RunStrip::setPresenting(bool on, double scale)
{
    // Stopping the comparison is the lecturer's, from the menu: the class reads the runs.
    m_stop->setVisible(!on);
    m_textScale = scale;
    setFont(scale != 1.0 ? scaledFont(QFont(), scale) : QFont());
    // The buttons' own fonts (bold for the focus) are set again at the next snapshot.
    m_focus = -1;
}

void RunStrip::showRuns(const TrainingSnapshot &snapshot)
{
    const std::size_t count = snapshot.runs.size();
    setVisible(count > 1);
    if (count != m_buttons.size()) {
        for (QToolButton *button : m_buttons)
            delete button;
        m_buttons.clear();
        m_focus = -1;
        for (std::size_t i = 0; i < count; ++i) {
            auto *button = new RunButton(this);
            button->setCheckable(true);
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            button->setAutoRaise(true);
            const int run = static_cast<int>(i);
            connect(button, &QToolButton::clicked, this, [this, run] {
                // The checked state follows the worker's focus, not the click.
                if (runButton(run))
                    runButton(run)->setChecked(run == m_focus);
                if (run != m_focus)
                    emit focusRequested(run);
            });
            button->show();
            m_buttons.push_back(button);
        }
    }
    const bool focusChanged = m_focus != snapshot.focusRun;
    m_focus = snapshot.focusRun;
    const int iconHeight = std::max(8, fontMetrics().height() * 2 / 3);
    for (std::size_t i = 0; i < count; ++i) {
        const RunSummary &run = snapshot.runs[i];
        QToolButton *button = m_buttons[i];
        const bool focus = run.index == snapshot.focusRun;
        const double loss = focus ? snapshot.loss : run.loss;
        const int codes = run.distinctCodes;
        QStringList parts = {runLabel(run.label), QStringLiteral("E ") + formatSignificant(loss, 3)};
        if (run.diverged && !focus)
            parts << tr("diverged");
        else if (codes >= 0)
            parts << tr("%1 codes").arg(codes);
        static_cast<RunButton *>(button)->setParts(parts);
        if (focusChanged || button->icon().isNull()) {
            button->setIcon(strokeIcon(run.index, snapshot.focusRun, iconHeight));
            button->setIconSize(QSize(iconHeight * 2, iconHeight));
            button->setChecked(focus);
            QFont font = this->font();
            font.setBold(focus);
            button->setFont(font);
            button->setToolTip(focus ? tr("In focus: the graph, the panels and the settings show this run")
                                     : tr("Click to put this run in focus"));
        }
    }
    arrange();
}

} // namespace bp::ui
