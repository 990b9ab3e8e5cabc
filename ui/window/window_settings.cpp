#include "ui/window/window_settings.h"

#include "ui/style/theme.h"
#include "ui/window/dock_layout.h"
#include "ui/window/preferences_dialog.h"
#include "ui/window/presenter_mode.h"
#include "ui/window/screen_fit.h"
#include "ui/window/session.h"
#include "ui/window/window_actions.h"

#include <QAction>
#include <QMainWindow>
#include <QSettings>
#include <QTimer>

namespace bp::ui {

WindowSettings::WindowSettings(const Parts &parts) : QObject(parts.window), m_parts(parts)
{
    connect(m_parts.actions->spotlight, &QAction::toggled, this, [this](bool on) {
        if (m_persistent)
            QSettings().setValue("spotlight", on);
    });
    connect(m_parts.presenter, &PresenterMode::toggled, this, [this](bool on) {
        if (m_persistent)
            QSettings().setValue("presenterMode", on);
    });
}

WindowSettings::Restored WindowSettings::restore()
{
    m_persistent = true;
    m_parts.session->setPersistent(true);
    QSettings settings;
    Restored restored;
    restored.docks = m_parts.docks->restore(settings, &restored.geometry);
    // Saved on another screen (or under another window manager): all of it, status bar included,
    // must be on this one; again once shown, when the window manager's frame is known.
    if (restored.geometry) {
        fitToAvailableScreen(m_parts.window);
        m_fitOnShow = true;
    }
    WindowActions *actions = m_parts.actions;
    actions->setPace(settings.value("pace", actions->pace()).toDouble());
    actions->setSpeed(settings.value("animationSpeed", actions->speed()).toInt());
    actions->spotlight->setChecked(settings.value("spotlight", false).toBool());
    // Entered once the window is shown and its docks are sized, so that leaving it brings back
    // the real layout.
    m_presentOnShow = settings.value("presenterMode", false).toBool();
    return restored;
}

void WindowSettings::windowShown()
{
    if (m_fitOnShow) {
        m_fitOnShow = false;
        QTimer::singleShot(0, this, [this] { fitToAvailableScreen(m_parts.window); });
    }
    if (m_presentOnShow) {
        m_presentOnShow = false;
        // Queued after sizeDocks, so the layout it keeps to come back to is the sized one.
        QTimer::singleShot(0, this, [this] { m_parts.actions->presenter->setChecked(true); });
    }
}

void WindowSettings::save(const SnapshotPointer &snapshot)
{
    if (!m_persistent)
        return;
    QSettings settings;
    // The layout presenter mode replaced: it comes back first next time, then presenter mode.
    m_parts.docks->save(settings, m_parts.presenter->layoutToSave());
    settings.setValue("presenterMode", m_parts.presenter->isOn());
    settings.setValue("pace", m_parts.actions->pace());
    settings.setValue("animationSpeed", m_parts.actions->speed());
    if (snapshot)
        settings.setValue("lesson", QString::fromStdString(snapshot->presetName));
    settings.setValue("lastExperiment", m_parts.session->experimentPath());
}

QString WindowSettings::lastLesson() const
{
    return QSettings().value("lesson").toString();
}

bool WindowSettings::editPreferences()
{
    Preferences current = Preferences::load(QSettings());
    current.theme = Theme::instance().kind();
    current.signedScale = Theme::instance().signedScale();
    current.animationSpeed = m_parts.actions->speed();
    current.pace = m_parts.actions->pace();
    PreferencesDialog dialog(current, m_parts.actions->paces(), m_parts.window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Preferences chosen = dialog.preferences();
    QSettings settings;
    chosen.save(settings);
    Theme::instance().setKind(chosen.theme);
    Theme::instance().setSignedScale(chosen.signedScale);
    m_parts.actions->setSpeed(chosen.animationSpeed);
    m_parts.actions->setPace(chosen.pace);
    return chosen.language != current.language;
}

} // namespace bp::ui
