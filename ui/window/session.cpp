#include "ui/window/session.h"

#include "ui/window/preferences_dialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

namespace bp::ui {

namespace {
const char *kExperimentFilter =
    QT_TRANSLATE_NOOP("Session", "Backprop Studio experiments (*.bpx.json *.json)");
} // namespace

Session::Session(QWidget *window, QUndoStack *undoStack)
    : QObject(window), m_window(window), m_undoStack(undoStack)
{
    m_open = new QAction(tr("&Open experiment…"), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &Session::openWithDialog);
    m_save = new QAction(tr("&Save experiment"), this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, [this] {
        if (m_experimentPath.isEmpty())
            saveAs();
        else
            emit saveExperimentRequested(m_experimentPath);
    });
    m_saveAs = new QAction(tr("Save experiment &as…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &Session::saveAs);
    m_recentMenu = new QMenu(tr("Open &recent"), window);
    updateRecentMenu();
}

void Session::setPersistent(bool persistent)
{
    m_persistent = persistent;
    updateRecentMenu();
}

bool Session::hasUnsavedWork() const
{
    // Work is what training or an edit did since the lesson was opened or the run was last saved; a
    // recovered session is unsaved until it is saved.
    return m_snapshot &&
           (m_snapshot->stepCount != m_savedStepCount || m_recovered || !m_undoStack->isClean());
}

QString Session::title() const
{
    return m_recovered ? tr("Recovered session — Backprop Studio")
           : m_experimentPath.isEmpty()
               ? tr("Backprop Studio")
               : tr("%1 — Backprop Studio").arg(QFileInfo(m_experimentPath).fileName());
}

bool Session::receive(const SnapshotPointer &snapshot, bool newRun)
{
    m_snapshot = snapshot;
    if (!newRun)
        return false;
    // A new lesson, a reset or an opened file: nothing unsaved yet.
    m_savedStepCount = snapshot->stepCount;
    // The run of a file being opened: it is now this window's experiment. Any other new run (a
    // lesson from the menu, a reset) has no file yet.
    const bool fromFile = !m_pendingOpenPath.isEmpty() || m_pendingRecovery;
    m_experimentPath = m_pendingOpenPath;
    m_pendingOpenPath.clear();
    m_recovered = m_pendingRecovery;
    m_pendingRecovery = false;
    if (!m_experimentPath.isEmpty())
        addRecent(m_experimentPath);
    emit titleChanged(title());
    return fromFile;
}

void Session::openFile(const QString &path)
{
    m_pendingOpenPath = path;
    emit openExperimentRequested(path);
}

void Session::restoreRecovery(const QString &path)
{
    m_pendingRecovery = true;
    m_pendingOpenPath.clear();
    emit openExperimentRequested(path);
}

bool Session::reopenLast()
{
    QSettings settings;
    if (!Preferences::load(settings).reopenLastExperiment)
        return false;
    const QString path = settings.value("lastExperiment").toString();
    if (path.isEmpty())
        return false;
    if (!QFileInfo::exists(path)) {
        emit message(tr("The last experiment, %1, is no longer there; opened the lesson instead.")
                         .arg(QDir::toNativeSeparators(path)),
                     10000);
        return false;
    }
    openFile(path);
    return true;
}

void Session::saved(const QString &path)
{
    m_experimentPath = path;
    m_recovered = false;
    if (m_snapshot)
        m_savedStepCount = m_snapshot->stepCount;
    m_undoStack->setClean();
    addRecent(path);
    if (m_closeAfterSave) {
        emit closeRequested();
        return;
    }
    emit titleChanged(title());
    emit message(tr("Saved %1").arg(path), 5000);
}

void Session::commandFailed()
{
    m_closeAfterSave = false;
    m_pendingOpenPath.clear();
}

bool Session::confirmClose()
{
    if (!m_askToSave || !hasUnsavedWork() || m_closeAfterSave)
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Save the experiment?"),
        tr("Training has changed the network since it was last saved. Save the experiment before "
           "closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        QString path = m_experimentPath;
        if (path.isEmpty())
            path = QFileDialog::getSaveFileName(m_window, tr("Save the experiment"), QString(),
                                                tr(kExperimentFilter));
        if (path.isEmpty())
            return false;
        // The worker saves; the window closes when it reports the file written.
        m_closeAfterSave = true;
        emit saveExperimentRequested(path);
        return false;
    }
    return true;
}

void Session::openWithDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open an experiment"), QString(), tr(kExperimentFilter));
    if (!path.isEmpty())
        openFile(path);
}

void Session::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save the experiment"), m_experimentPath,
                                                tr(kExperimentFilter));
    if (path.isEmpty())
        return;
    if (!path.endsWith(".json"))
        path += ".bpx.json";
    emit saveExperimentRequested(path);
}

void Session::addRecent(const QString &path)
{
    if (!m_persistent)
        return;
    QSettings settings;
    QStringList recent = settings.value("recentExperiments").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue("recentExperiments", recent);
    updateRecentMenu();
}

void Session::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent =
        m_persistent ? QSettings().value("recentExperiments").toStringList() : QStringList();
    for (const QString &path : recent) {
        QAction *action =
            m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace bp::ui
