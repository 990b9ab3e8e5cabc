#include "ui/panels/run_strip.h"

#include "ui/style/palette.h"
#include "ui/style/run_style.h"
#include "ui/style/value_format.h"

#include <QHBoxLayout>
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

// A run's button: its whole text ("η = 0.5, momentum · E 0.0701 · 8 codes") when the strip has room,
// cut with "…" when it has not. Without this the strip's three texts side by side made the loss dock,
// and with it the window, wider than a 1280-px projector (1363 px with the Optimizers lesson).
class RunButton : public QToolButton {
public:
    using QToolButton::QToolButton;

    void setFullText(const QString &text)
    {
        if (text == m_full)
            return;
        m_full = text;
        setAccessibleName(text);
        fitText();
        updateGeometry();
    }
    QSize sizeHint() const override
    {
        const QSize shown = QToolButton::sizeHint();
        const int missing = fontMetrics().horizontalAdvance(m_full) - fontMetrics().horizontalAdvance(text());
        return {shown.width() + std::max(0, missing), shown.height()};
    }
    QSize minimumSizeHint() const override
    {
        // The stroke and the start of the label ("η = 0.5…").
        return {iconSize().width() + fontMetrics().horizontalAdvance(QStringLiteral("η = 0.5…")) + 16,
                QToolButton::minimumSizeHint().height()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QToolButton::resizeEvent(event);
        fitText();
    }

private:
    void fitText()
    {
        const int room = width() - iconSize().width() - 16;
        const QString shown = fontMetrics().horizontalAdvance(m_full) <= room
                                  ? m_full
                                  : fontMetrics().elidedText(m_full, Qt::ElideRight, std::max(room, 0));
        if (shown != text())
            setText(shown);
    }

    QString m_full;
};

} // namespace

RunStrip::RunStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("runStrip"));
    setAccessibleName(tr("Runs side by side"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_stop = new QToolButton(this);
    m_stop->setText(tr("Stop comparing"));
    m_stop->setToolTip(tr("Keep the run in focus and stop the others"));
    m_stop->setAutoRaise(true);
    connect(m_stop, &QToolButton::clicked, this, &RunStrip::stopRequested);
    m_layout->addStretch(1);
    m_layout->addWidget(m_stop);
    hide();
}

QAbstractButton *RunStrip::runButton(int run) const
{
    return run >= 0 && run < runCount() ? m_buttons[static_cast<std::size_t>(run)] : nullptr;
}

QAbstractButton *RunStrip::stopButton() const
{
    return m_stop;
}

void RunStrip::setTextScale(double scale)
{
    m_textScale = scale;
    QFont scaled = QFont();
    if (scale != 1.0)
        scaled.setPointSizeF(scaled.pointSizeF() * scale);
    setFont(scaled);
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
            // A tool button keeps its size hint (Fixed) by default; this one may give way.
            button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
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
            m_layout->insertWidget(static_cast<int>(i), button);
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
        QString text = runLabel(run.label) + QStringLiteral(" · E ") + formatSignificant(loss, 3);
        if (run.diverged && !focus)
            text += QStringLiteral(" · ") + tr("diverged");
        else if (codes >= 0)
            text += QStringLiteral(" · ") + tr("%1 codes").arg(codes);
        static_cast<RunButton *>(button)->setFullText(text);
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
}

} // namespace bp::ui
