#include "ui/window/window_menus.h"

#include "ui/panels/timeline_strip.h"
#include "ui/teach/lesson_titles.h"
#include "ui/window/dock_layout.h"
#include "ui/window/edit_history.h"
#include "ui/window/export_actions.h"
#include "ui/window/help_dialogs.h"
#include "ui/window/session.h"
#include "ui/window/window_actions.h"
#include "ui/window/window_panels.h"

#include "core/data/lesson_registry.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace bp::ui {

WindowMenus::WindowMenus(const Parts &parts) : QObject(parts.window)
{
    QMainWindow *window = parts.window;
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({parts.session->openAction(), parts.session->saveAction(), parts.session->saveAsAction()});
    file->addMenu(parts.session->recentMenu());
    file->addSeparator();
    file->addActions({parts.exports->networkViewAction(), parts.exports->workedExampleAction(),
                      parts.exports->exerciseSheetAction(), parts.exports->scriptAction()});
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addActions({parts.edits->undoAction(), parts.edits->redoAction()});
    edit->addSeparator();
    edit->addAction(parts.edits->editParameterAction());
    edit->addAction(parts.docks->dock(dock_names::kDataset)->toggleViewAction());
    edit->addAction(parts.docks->dock(dock_names::kArchitecture)->toggleViewAction());
    edit->addSeparator();
    preferences = new QAction(tr("&Preferences…"), window);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcutContext(Qt::ApplicationShortcut);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setToolTip(tr("Theme, colours, language, speed and what opens at start"));
    connect(preferences, &QAction::triggered, this, &WindowMenus::preferencesRequested);
    window->addAction(preferences);
    edit->addAction(preferences);

    WindowActions *a = parts.actions;
    QMenu *train = bar->addMenu(tr("&Train"));
    train->addActions(
        {a->play, a->previousPhase, a->nextPhase, a->stepSample, a->stepEpoch, a->reset, a->newSeed});
    train->addSeparator();
    train->addAction(a->quiz);
    // The timeline from the keyboard without focusing its strip.
    QAction *back = train->addAction(tr("Back one kept state"), parts.timeline, &TimelineStrip::stepBack);
    back->setShortcut(QKeySequence(Qt::Key_BracketLeft));
    back->setToolTip(tr("Put the run back to the previous state on the timeline ([)"));
    QAction *forward =
        train->addAction(tr("Forward one kept state"), parts.timeline, &TimelineStrip::stepForward);
    forward->setShortcut(QKeySequence(Qt::Key_BracketRight));
    forward->setToolTip(tr("Go to the next state on the timeline (])"));
    QAction *rewind =
        train->addAction(tr("Rewind to the last good state"), this, &WindowMenus::rewindRequested);
    rewind->setToolTip(tr("Put the run back to the newest kept state before the loss jumped"));
    train->addSeparator();
    QAction *compare = train->addAction(tr("Compare with…"), this, &WindowMenus::compareRequested);
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setToolTip(tr("Start runs side by side with this one: the same seed and weights, other settings"));
    train->addAction(tr("Stop comparing"), this, &WindowMenus::stopComparingRequested)
        ->setObjectName(QStringLiteral("stopComparingAction"));

    QMenu *view = bar->addMenu(tr("&View"));
    a->zoomIn->setIconText(tr("+"));
    a->zoomIn->setText(tr("Zoom in"));
    a->zoomOut->setIconText(tr("−"));
    a->zoomOut->setText(tr("Zoom out"));
    view->addActions({a->zoomIn, a->zoomOut});
    a->zoomMenu = view->addMenu(tr("Zoom to &layer"));
    a->updateZoomMenu(0);
    view->addActions({a->derivative, a->saturationMarks, a->spotlight, a->fullScreen, a->presenter});
    // The chain rule of the selected neuron (also in presenter mode, which hides it at first).
    view->addAction(parts.docks->dock(dock_names::kChainRule)->toggleViewAction());
    view->addAction(tr("Clear the charts"), parts.panels, &WindowPanels::clearCharts);
    // F6 moves between the graph and the docks, as in other desktop applications, so that every
    // panel is reachable without a mouse; Tab then moves within the panel.
    auto *nextPanel = view->addAction(tr("Next panel"), this, [this] { emit focusPanelRequested(1); });
    nextPanel->setShortcut(QKeySequence(Qt::Key_F6));
    nextPanel->setToolTip(tr("Move the keyboard focus to the next panel (F6)"));
    auto *previousPanel =
        view->addAction(tr("Previous panel"), this, [this] { emit focusPanelRequested(-1); });
    previousPanel->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    previousPanel->setToolTip(tr("Move the keyboard focus to the previous panel (Shift+F6)"));
    view->addSeparator();
    for (QDockWidget *dock : parts.docks->docks())
        view->addAction(dock->toggleViewAction());

    QMenu *lessons = bar->addMenu(tr("&Lessons"));
    lessons->setToolTipsVisible(true);
    for (const LessonEntry &lesson : lessonRegistry()) {
        const QString id = QString::fromLatin1(lesson.id.data(), static_cast<qsizetype>(lesson.id.size()));
        QAction *entry = lessons->addAction(lessonTitle(std::string(lesson.id)), this,
                                            [this, id] { emit lessonChosen(id); });
        entry->setToolTip(lessonCaption(std::string(lesson.id)));
        entry->setStatusTip(entry->toolTip());
    }

    QMenu *help = bar->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Guided first lesson"), this, &WindowMenus::guideRequested);
    guide->setToolTip(tr("A short walk through one step of backpropagation on the 8-3-8 net"));
    help->addAction(tr("Keyboard shortcuts"), window, [window] { HelpDialogs::showShortcuts(window); });
    help->addAction(tr("About Backprop Studio"), window, [window] { HelpDialogs::showAbout(window); });
}

} // namespace bp::ui
