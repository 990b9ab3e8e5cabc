#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMainWindow;
class QToolBar;
class QWidget;

namespace bp::ui {

class PredictionQuiz;
class RunStrip;

class DockLayout;
class EquationPanel;
class LossChart;
class GradientChart;
class NetworkView;
class NeuronDetails;
class WindowActions;

/// Presenter mode, for a projector: large type and thick lines in the graph, the equations, the
/// status line and the charts; only the essential controls and the docks a class needs. Switching
/// it off brings back exactly the layout it replaced. Page Up / Page Down step the phases whatever
/// has the focus, and B or "." (a clicker's black-screen key) blanks the window until the next key
/// or click.
class PresenterMode : public QObject {
    Q_OBJECT

public:
    /// The parts of the window presenter mode rearranges and restyles.
    struct Parts {
        QMainWindow *window = nullptr;
        WindowActions *actions = nullptr;
        DockLayout *docks = nullptr;
        NetworkView *view = nullptr;
        EquationPanel *equations = nullptr;
        NeuronDetails *details = nullptr;
        QLabel *status = nullptr;
        LossChart *lossChart = nullptr;
        GradientChart *gradientChart = nullptr;
        QWidget *timeline = nullptr;
        /// The strip of runs side by side above the loss chart.
        RunStrip *runStrip = nullptr;
        /// The quiz's bar above the graph.
        PredictionQuiz *quiz = nullptr;
    };

    explicit PresenterMode(const Parts &parts);
    ~PresenterMode() override;

    bool isOn() const { return m_presenting; }
    void setOn(bool on);
    /// True while the window is blanked (B or ".").
    bool isBlackedOut() const;
    /// The layout to save: the one presenter mode replaced while it is on.
    QByteArray layoutToSave() const;
    /// The window was resized: the blackout covers it, and the type follows a move to a projector
    /// of another size.
    void windowResized();
    /// The neuron details' type size for the mode (1 at the desk).
    double detailsScale() const;
    /// The docks' titles and tabs at the mode's type size (again after docks were tabbed).
    void styleDockTitles();
    /// The quiz bar's least type: the room's presenter minimum while presenting.
    void styleQuiz();

signals:
    /// Presenter mode was switched on or off.
    void toggled(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyStyle(bool on);
    void setBlackedOut(bool on);
    /// True for a widget where B and "." are typed text rather than a clicker's black-screen key.
    static bool takesText(const QObject *widget);

    Parts m_parts;
    bool m_presenting = false;
    // Whether presenter mode's type was sized for a large screen (1080 lines) or a small one.
    bool m_roomy = true;
    QByteArray m_layoutBefore;
    QList<QAction *> m_hidden;
    QList<QToolBar *> m_hiddenBars;
    QWidget *m_blackout = nullptr;
    QPointer<QWidget> m_focusBeforeBlackout;
    bool m_timelineBefore = true;
};

} // namespace bp::ui
