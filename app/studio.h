#pragma once

namespace bp {
class TrainingController;
namespace ui {
class MainWindow;
}

/// Connects the main window's intents to the controller and the controller's snapshots to the
/// window: the only place where the app and the widgets meet (main.cpp and the GUI tests use it).
void connectStudio(TrainingController &controller, ui::MainWindow &window);

} // namespace bp
