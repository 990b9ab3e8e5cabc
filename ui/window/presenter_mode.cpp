#include "ui/window/presenter_mode.h"

#include "ui/panels/run_strip.h"

#include "ui/charts/chart_style.h"
#include "ui/charts/gradient_chart.h"
#include "ui/charts/loss_chart.h"
#include "ui/graph/graph_geometry.h"
#include "ui/graph/network_view.h"
#include "ui/panels/equation_panel.h"
#include "ui/panels/neuron_details.h"
#include "ui/teach/prediction_quiz.h"
#include "ui/window/dock_layout.h"
#include "ui/window/dock_titles.h"
#include "ui/window/window_actions.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

namespace bp::ui {

namespace {
// Presenter mode's sizes: text about 1.6 times and lines twice as large as at the desk, for the
// back of a classroom.
constexpr double kPresenterTextScale = 1.6;
constexpr double kPresenterLineScale = 2.0;
constexpr int kEquationPoints = 14;
constexpr int kPresenterEquationPoints = 22;
constexpr double kPresenterSmallTextScale = 1.3;
constexpr int kPresenterSmallEquationPoints = 17;
} // namespace

PresenterMode::PresenterMode(const Parts &parts) : QObject(parts.window), m_parts(parts)
{
}

PresenterMode::~PresenterMode()
{
    qApp->removeEventFilter(this);
    // The charts' style is the process's: a window closed while presenting leaves the desk's.
    if (m_presenting)
        chart_style::setPresentationScale(1.0, 1.0);
}

QByteArray PresenterMode::layoutToSave() const
{
    return m_presenting ? m_layoutBefore : m_parts.window->saveState(DockLayout::kLayoutVersion);
}

double PresenterMode::detailsScale() const
{
    return !m_presenting ? 1.0 : m_roomy ? kPresenterTextScale : kPresenterSmallTextScale;
}

bool PresenterMode::isBlackedOut() const
{
    return m_blackout && m_blackout->isVisible();
}

void PresenterMode::setBlackedOut(bool on)
{
    QMainWindow *w = m_parts.window;
    if (on && !m_blackout) {
        m_blackout = new QWidget(w);
        m_blackout->setObjectName("presenterBlackout");
        m_blackout->setAccessibleName(tr("Black screen: press any key or click to come back"));
        m_blackout->setAutoFillBackground(true);
        m_blackout->setFocusPolicy(Qt::StrongFocus);
        m_blackout->setCursor(Qt::BlankCursor);
    }
    if (!m_blackout)
        return;
    if (on) {
        // Black, not the palette's shadow (grey in some styles): the projector's own blanking.
        QPalette black = m_blackout->palette();
        black.setColor(QPalette::Window, Qt::black);
        m_blackout->setPalette(black);
        m_blackout->setGeometry(w->rect());
        m_blackout->raise();
        // The focus comes back where it was: the key that wakes the screen changes nothing else.
        if (!m_blackout->isVisible())
            m_focusBeforeBlackout = QApplication::focusWidget();
        m_blackout->show();
        m_blackout->setFocus();
    } else if (m_blackout->isVisible()) {
        // Give the focus back before hiding: hiding a focused widget moves the focus on as Tab does,
        // and the graph would then take → for choosing layers instead of stepping phases.
        QWidget *back = m_focusBeforeBlackout && m_focusBeforeBlackout->isVisible()
                            ? m_focusBeforeBlackout.data()
                            : static_cast<QWidget *>(m_parts.view);
        back->setFocus(Qt::OtherFocusReason);
        m_blackout->hide();
    }
}

bool PresenterMode::takesText(const QObject *object)
{
    const auto *widget = qobject_cast<const QWidget *>(object);
    if (!widget)
        return false;
    if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    const auto *combo = qobject_cast<const QComboBox *>(widget);
    return combo && combo->isEditable();
}

bool PresenterMode::eventFilter(QObject *watched, QEvent *event)
{
    QMainWindow *w = m_parts.window;
    const QEvent::Type type = event->type();
    if (isBlackedOut() &&
        (type == QEvent::KeyPress || type == QEvent::ShortcutOverride || type == QEvent::MouseButtonPress)) {
        const auto *target = qobject_cast<QWidget *>(watched);
        if (target && target->window() == w) {
            // Any key or click brings the picture back, and does nothing else.
            if (type == QEvent::ShortcutOverride)
                event->accept();
            else
                setBlackedOut(false);
            return true;
        }
    }
    if (!m_presenting || (type != QEvent::KeyPress && type != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != w || QApplication::activeModalWidget() ||
        QApplication::activePopupWidget())
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return QObject::eventFilter(watched, event);
    const int code = key->key();
    const bool page = code == Qt::Key_PageUp || code == Qt::Key_PageDown;
    const bool blank = (code == Qt::Key_B || code == Qt::Key_Period) && !takesText(watched);
    if (!page && !blank)
        return QObject::eventFilter(watched, event);
    // A clicker's keys belong to the presentation, whatever has the focus. The phase actions'
    // application-wide shortcuts already reach every stock widget presenter mode shows; claiming
    // the key here also covers a widget that would take Page Up/Down for itself, and B or "."
    // (which are no shortcuts at the desk) only mean black screen here.
    if (type == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (!key->isAutoRepeat() || page) {
        if (code == Qt::Key_PageDown)
            m_parts.actions->nextPhase->trigger();
        else if (code == Qt::Key_PageUp)
            m_parts.actions->previousPhase->trigger();
        else
            setBlackedOut(true);
    }
    return true;
}

void PresenterMode::windowResized()
{
    QMainWindow *w = m_parts.window;
    if (m_blackout && m_blackout->isVisible())
        m_blackout->setGeometry(w->rect());
    // Moved to a projector of another size while presenting: the panels' type follows.
    if (m_presenting && (w->width() >= 1600 && w->height() >= 900) != m_roomy)
        applyStyle(true);
    styleQuiz();
    styleDockTitles();
}

void PresenterMode::styleDockTitles()
{
    const int desk = deskDockTitlePixels(*m_parts.window);
    applyDockTitlePixels(*m_parts.window, m_presenting ? qRound(desk * detailsScale()) : desk, desk);
}

void PresenterMode::styleQuiz()
{
    // The room's presenter minimum, which follows the window's size as the graph's values do.
    if (m_parts.quiz)
        m_parts.quiz->setLeastTextPixels(m_presenting ? presenterTextPixels(QSizeF(m_parts.window->size()))
                                                      : 0);
}

void PresenterMode::applyStyle(bool on)
{
    QMainWindow *w = m_parts.window;
    // A 1280×720 projector has room for less: the panels' text grows less there than on 1080 lines.
    const bool roomy = w->width() >= 1600 && w->height() >= 900;
    m_roomy = roomy;
    const double panelScale = roomy ? kPresenterTextScale : kPresenterSmallTextScale;
    m_parts.view->setPresentationScale(on ? kPresenterTextScale : 1.0, on ? kPresenterLineScale : 1.0);
    m_parts.equations->setPointSize(on ? (roomy ? kPresenterEquationPoints : kPresenterSmallEquationPoints)
                                       : kEquationPoints);
    QFont statusFont = w->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * panelScale);
    // Back at the desk the label inherits its font again, as before presenter mode.
    m_parts.status->setFont(on ? statusFont : QFont());
    // The status bar fixes its height when its items change, not when their fonts do: re-adding
    // the label lays it out again at the new size (and back at exactly the old one).
    w->statusBar()->removeWidget(m_parts.status);
    w->statusBar()->addWidget(m_parts.status, 1);
    m_parts.status->show();
    // The menus too: the lecturer reaches for them in front of the class, who read along.
    const QFont menuFont = on ? statusFont : QFont();
    w->menuBar()->setFont(menuFont);
    for (QMenu *menu : w->menuBar()->findChildren<QMenu *>())
        menu->setFont(menuFont);
    m_parts.details->applyStyle(on, panelScale);
    chart_style::setPresentationScale(on ? panelScale : 1.0, on ? kPresenterLineScale : 1.0);
    m_parts.lossChart->refreshStyle();
    m_parts.gradientChart->refreshStyle();
    if (m_parts.runStrip)
        m_parts.runStrip->setPresenting(on, on ? panelScale : 1.0);
    // Larger buttons for the few controls left.
    const int buttonPoints = qRound(w->font().pointSizeF() * (roomy ? 1.45 : 1.2));
    const QString buttons =
        on ? QStringLiteral("QToolButton { padding: 6px 12px; font-weight: 600; font-size: %1pt; }")
                 .arg(buttonPoints)
           : QStringLiteral("QToolButton { padding: 4px 5px; font-weight: 600; }");
    m_parts.actions->trainingBar->setStyleSheet(QStringLiteral("QToolBar { spacing: 4px; padding: 3px; } ") +
                                                buttons);
    m_parts.actions->lessonBox->setStyleSheet(
        on ? QStringLiteral("QComboBox { font-size: %1pt; padding: 4px 8px; }").arg(buttonPoints)
           : QString());
    m_parts.actions->lessonBox->setMaximumWidth(on && roomy ? 420 : 220);
    styleDockTitles();
    styleQuiz();
}

void PresenterMode::setOn(bool on)
{
    QMainWindow *w = m_parts.window;
    if (on == m_presenting) {
        m_parts.actions->presenter->setChecked(on);
        return;
    }
    QDockWidget *equationDock = m_parts.docks->dock(dock_names::kEquation);
    QDockWidget *lossDock = m_parts.docks->dock(dock_names::kLoss);
    if (on) {
        m_layoutBefore = w->saveState(DockLayout::kLayoutVersion);
        // The essentials: the first row's stepping controls, the lesson, and the ways out.
        const QList<QAction *> keep = {m_parts.actions->play,      m_parts.actions->previousPhase,
                                       m_parts.actions->nextPhase, m_parts.actions->stepSample,
                                       m_parts.actions->stepEpoch, m_parts.actions->reset,
                                       m_parts.actions->spotlight, m_parts.actions->presenter};
        m_hidden.clear();
        m_parts.actions->trainingBar->insertAction(m_parts.actions->presenter, m_parts.actions->spotlight);
        m_hiddenBars.clear();
        for (QToolBar *bar : m_parts.actions->toolBars()) {
            bool keepsOne = false;
            for (QAction *action : bar->actions()) {
                const bool kept =
                    keep.contains(action) || bar->widgetForAction(action) == m_parts.actions->lessonBox;
                keepsOne = keepsOne || (kept && action->isVisible());
                if (!action->isVisible() || kept)
                    continue;
                action->setVisible(false);
                m_hidden.append(action);
            }
            // A bar with nothing left would still take a strip of the window's height.
            if (!keepsOne && bar->isVisibleTo(w)) {
                bar->hide();
                m_hiddenBars.append(bar);
            }
        }
        // What a lesson opened to teach with (the loss over two weights, the histograms over time)
        // stays, as a tab beside the equation or the loss chart; every other panel gives way.
        QDockWidget *landscapeDock = m_parts.docks->dock(dock_names::kLandscape);
        QDockWidget *histogramsDock = m_parts.docks->dock(dock_names::kHistograms);
        const auto isOpen = [](QDockWidget *dock) { return dock && dock->toggleViewAction()->isChecked(); };
        const bool keepLandscape = isOpen(landscapeDock);
        const bool keepHistograms = isOpen(histogramsDock);
        for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
            const bool kept = dock == equationDock || dock == lossDock || (dock == landscapeDock && keepLandscape) ||
                              (dock == histogramsDock && keepHistograms);
            if (!kept)
                dock->hide();
        }
        // The timeline is for going back at the desk; the class follows the graph.
        m_timelineBefore = m_parts.timeline->isVisibleTo(m_parts.timeline->parentWidget());
        m_parts.timeline->hide();
        m_parts.docks->putEquationRight();
        if (keepLandscape)
            w->tabifyDockWidget(equationDock, landscapeDock);
        equationDock->show();
        equationDock->raise();
        // A compact loss chart at every size: the class sees the error fall as it trains. Its dock's
        // title gives way to the plot: the chart's own title names it.
        lossDock->show();
        lossDock->setTitleBarWidget(new QWidget(lossDock));
        if (keepHistograms)
            w->tabifyDockWidget(lossDock, histogramsDock);
        lossDock->raise();
        m_presenting = true;
        applyStyle(true);
        // The lesson joins the stepping controls' row where it has room: a row less, more height
        // for the graph.
        m_parts.actions->fitToolBars();
        // The graph gets the room; the equations a column wide enough for their larger type.
        w->resizeDocks({equationDock}, {std::clamp(w->width() * 30 / 100, 360, 640)}, Qt::Horizontal);
        w->resizeDocks({lossDock}, {std::clamp(w->height() * 30 / 100, 220, 300)}, Qt::Vertical);
        qApp->installEventFilter(this);
        // Out of hidden controls: the clicker's keys and the shortcuts should reach the window.
        if (QWidget *focus = QApplication::focusWidget(); !focus || !focus->isVisible() || takesText(focus))
            m_parts.view->setFocus();
    } else {
        qApp->removeEventFilter(this);
        setBlackedOut(false);
        m_presenting = false;
        applyStyle(false);
        m_parts.actions->trainingBar->removeAction(m_parts.actions->spotlight);
        m_parts.timeline->setVisible(m_timelineBefore);
        for (QAction *action : std::as_const(m_hidden))
            action->setVisible(true);
        m_hidden.clear();
        for (QToolBar *bar : std::as_const(m_hiddenBars))
            bar->show();
        m_hiddenBars.clear();
        QWidget *noTitle = lossDock->titleBarWidget();
        lossDock->setTitleBarWidget(nullptr);
        delete noTitle;
        w->restoreState(m_layoutBefore, DockLayout::kLayoutVersion);
        // The rows the layout came back with were for the width the window had then.
        m_parts.actions->fitToolBars();
        styleDockTitles();
    }
    m_parts.actions->presenter->setChecked(on);
    emit toggled(on);
}

} // namespace bp::ui
