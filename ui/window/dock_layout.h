#pragma once

#include "core/training/training_snapshot.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QDockWidget;
class QMainWindow;
class QSettings;
class QWidget;

namespace bp::ui {

class RoomLayout;

/// The docks' object names: saved layouts refer to them, so they never change.
namespace dock_names {
inline constexpr const char *kEquation = "equationDock";
inline constexpr const char *kGradientCheck = "gradientCheckDock";
inline constexpr const char *kSamples = "samplesDock";
inline constexpr const char *kCodes = "codesDock";
inline constexpr const char *kBoundary = "boundaryDock";
inline constexpr const char *kLoss = "lossDock";
inline constexpr const char *kGradient = "gradientDock";
inline constexpr const char *kDataset = "datasetDock";
inline constexpr const char *kArchitecture = "architectureDock";
inline constexpr const char *kChainRule = "chainRuleDock";
inline constexpr const char *kHistograms = "histogramsDock";
inline constexpr const char *kLandscape = "landscapeDock";
} // namespace dock_names

/// One panel of the window: its name, where it goes, when it applies and how it is fed. A new
/// panel is one description (and its widget's class).
struct PanelDescription {
    /// Where the dock starts: in an area of the window, or beside a dock added before it.
    enum class Place { Area, TabWith, Below, RightOf };
    /// The dock's object name (one of dock_names) and its title.
    const char *name = nullptr;
    QString title;
    /// The contents (the dock takes ownership).
    QWidget *widget = nullptr;
    Place place = Place::Area;
    Qt::DockWidgetArea area = Qt::RightDockWidgetArea;
    /// The dock it is placed beside (TabWith, Below, RightOf).
    const char *beside = nullptr;
    int minimumWidth = 0;
    /// When the panel applies to a run (null: always); a panel that does not is hidden.
    std::function<bool(const TrainingSnapshot &)> applies;
    /// How a snapshot reaches it (null: fed by another part); called only while it applies.
    std::function<void(const TrainingSnapshot &)> feed;
};

/// The docks of the window: built from panel descriptions, fed with every snapshot, sized for the
/// screen on first show, reached by F6, saved and restored with the user's settings.
class DockLayout : public QObject {
    Q_OBJECT

public:
    /// Bumped when the docks change, so an old saved layout is not applied to a new set of docks.
    static constexpr int kLayoutVersion = 5;

    explicit DockLayout(QMainWindow *window);
    ~DockLayout() override;

    QDockWidget *add(const PanelDescription &panel);
    /// The dock with this object name (null: none).
    QDockWidget *dock(const char *name) const;
    /// Every dock, in the order they were added.
    QList<QDockWidget *> docks() const;

    /// Feeds a snapshot to every panel that applies; `keepVisibility` leaves the docks shown or
    /// hidden as they are (presenter mode keeps its few).
    void feed(const TrainingSnapshot &snapshot, bool keepVisibility);
    /// The default sizes: the graph gets the most room at any screen size. On a short screen (under
    /// 900 lines) the left column's docks share it as tabs, and `onShortScreen` runs first (a panel
    /// may give up a caption there).
    void sizeDocks(const std::function<void()> &onShortScreen);

    /// The panels F6 moves between, in order: `graph`, then every dock on show (a tabbed dock only
    /// when its tab is the current one).
    QList<QWidget *> panels(QWidget *graph) const;
    /// Moves keyboard focus to the next (+1) or previous (−1) panel's first control.
    void focusPanel(QWidget *graph, int direction);

    /// Restores the window's geometry and docks when the settings hold a layout of this version;
    /// `geometryRestored` tells whether the geometry was applied. Returns true when the docks were.
    bool restore(const QSettings &settings, bool *geometryRestored);
    /// Saves the geometry and `state` (the window's saveState(), or the layout presenter mode replaced).
    void save(QSettings &settings, const QByteArray &state) const;
    /// Lets panels give way for the window's size class (see RoomLayout); call on resize at the desk.
    /// True when the docks moved (the window changed its class of size).
    bool fitRoom();
    /// After a layout was restored: the next fitRoom() takes it as it is for its size class.
    void resetRoom();
    /// Presenter mode: the equation takes the right column at every size.
    void putEquationRight();
    /// True while the equation sits under the graph (a narrow window).
    bool isEquationBelow() const;
    /// Widens the right column, once the window has laid it out, until every tab's title beside the
    /// equation is whole (a lesson's fourth panel there at 1280 px: Equation, Check, Layers, E(w₁, w₂)).
    void widenRightColumnForTabs();

private:
    /// The width of the right column's row of tabs with every panel that may join it (Equation,
    /// Check, Layers and the loss over two weights, shown or not), each title whole.
    int rightColumnTabsWidth() const;

    struct Panel {
        PanelDescription description;
        QDockWidget *dock = nullptr;
    };

    RoomLayout &room();

    QMainWindow *m_window = nullptr;
    std::vector<Panel> m_panels;
    std::unique_ptr<RoomLayout> m_room;
};

} // namespace bp::ui
