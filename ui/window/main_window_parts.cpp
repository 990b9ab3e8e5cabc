// MainWindow's calls that one part answers, for app/, the tests and the guided lesson: each hands
// the call to the part that owns the answer (the window's own work is in main_window.cpp).
#include "ui/window/main_window.h"

#include "ui/graph/network_view.h"
#include "ui/panels/divergence_banner.h"
#include "ui/panels/status_line.h"
#include "ui/window/dock_layout.h"
#include "ui/window/edit_history.h"
#include "ui/window/export_actions.h"
#include "ui/window/phase_player.h"
#include "ui/window/presenter_mode.h"
#include "ui/window/quiz_room.h"
#include "ui/window/session.h"
#include "ui/window/window_actions.h"
#include "ui/window/window_menus.h"
#include "ui/window/window_settings.h"

#include <QDockWidget>
#include <QPushButton>
#include <QToolBar>

namespace bp::ui {

int MainWindow::phaseIndex() const
{
    return m_player->phaseIndex();
}
std::shared_ptr<const Trace> MainWindow::trace() const
{
    return m_player->trace();
}
void MainWindow::setAskToSaveOnClose(bool ask)
{
    m_session->setAskToSaveOnClose(ask);
}
bool MainWindow::hasUnsavedWork() const
{
    return m_session->hasUnsavedWork();
}
QString MainWindow::lastLesson() const
{
    return m_settings->lastLesson();
}
QList<QWidget *> MainWindow::panels() const
{
    return m_docks->panels(m_view);
}
bool MainWindow::reopenLastExperiment()
{
    return m_session->reopenLast();
}
double MainWindow::pace() const
{
    return m_actions->pace();
}
QString MainWindow::statusText() const
{
    return m_status->text();
}
QWidget *MainWindow::divergenceBanner() const
{
    return m_banner;
}
QAction *MainWindow::quizAction() const
{
    return m_actions->quiz;
}
QAction *MainWindow::preferencesAction() const
{
    return m_menus->preferences;
}
bool MainWindow::exportWorkedExample(const QString &path)
{
    return m_exports->exportWorkedExample(path);
}
QPushButton *MainWindow::rewindButton() const
{
    return m_banner->rewindButton();
}
void MainWindow::restoreRecovery(const QString &path)
{
    m_session->restoreRecovery(path);
}
void MainWindow::openExperimentFile(const QString &path)
{
    m_session->openFile(path);
}
void MainWindow::experimentSaved(const QString &path)
{
    m_session->saved(path);
}
void MainWindow::setPresenterMode(bool on)
{
    // Presenter mode saves the layout to come back to: the panels a question put away included.
    m_quizRoom->giveBack();
    m_presenter->setOn(on);
    m_quizRoom->update();
}
bool MainWindow::isPresenterMode() const
{
    return m_presenter->isOn();
}
bool MainWindow::isBlackedOut() const
{
    return m_presenter->isBlackedOut();
}
QAction *MainWindow::presenterAction() const
{
    return m_actions->presenter;
}
QAction *MainWindow::spotlightAction() const
{
    return m_actions->spotlight;
}
QAction *MainWindow::zoomToLayerAction(int index) const
{
    return m_actions->zoomToLayerAction(index);
}
QUndoStack *MainWindow::undoStack() const
{
    return m_edits->undoStack();
}
bool MainWindow::isEditPending() const
{
    return m_edits->isEditPending();
}
void MainWindow::changeParameter(const Selection &selection, double value)
{
    m_edits->changeParameter(selection, value);
}
void MainWindow::discardEdit(quint64 id)
{
    m_edits->discardEdit(id);
}

// LessonHost: what the guided lesson may ask of the window.
QWidget *MainWindow::lessonWindow() const
{
    return const_cast<MainWindow *>(this);
}
const Trace *MainWindow::shownTrace() const
{
    return m_player->trace().get();
}
QRectF MainWindow::neuronRect(int layer, int neuron) const
{
    return m_view->neuronRect(layer, neuron);
}
int MainWindow::layerCount() const
{
    return m_snapshot ? m_snapshot->network->layerCount() : 0;
}
QList<QRectF> MainWindow::valueRects() const
{
    return m_view->neuronAndValueRects();
}

QWidget *MainWindow::lessonTarget(LessonTarget target) const
{
    switch (target) {
    case LessonTarget::Graph: return m_view;
    case LessonTarget::Samples: return m_docks->dock(dock_names::kSamples);
    case LessonTarget::Equation: return m_docks->dock(dock_names::kEquation);
    case LessonTarget::Charts: return m_docks->dock(dock_names::kLoss);
    case LessonTarget::ToolBar: return m_actions->trainingBar;
    }
    return nullptr;
}

} // namespace bp::ui
