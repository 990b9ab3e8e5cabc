#pragma once

#include "core/trace.h"
#include "core/training_snapshot.h"
#include "ui/style/selection.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace bp::ui {

/// What the worked example is written from: the run on show, the step replayed (null: the step the
/// shown sample would take now), the lesson's title and the selection.
struct WorkedExampleSource {
    SnapshotPointer snapshot;
    std::shared_ptr<const Trace> trace;
    QString lessonTitle;
    Selection selection;
};

/// File ▸ Export: the network view as PNG or SVG, and the worked example of the step on show as
/// Markdown or LaTeX. The home of every exporter to come.
class ExportActions : public QObject {
    Q_OBJECT

public:
    /// `view`: the widget drawn by "Export the network view"; `source` tells what a worked example
    /// is written from, when one is asked for.
    ExportActions(QWidget *dialogParent, QWidget *view, std::function<WorkedExampleSource()> source);

    QAction *networkViewAction() const { return m_networkView; }
    QAction *workedExampleAction() const { return m_workedExample; }
    /// File ▸ Export as script… (NumPy or PyTorch) and File ▸ Export exercise sheet… of the run on show.
    QAction *scriptAction() const { return m_script; }
    QAction *exerciseSheetAction() const { return m_exerciseSheet; }

    /// Writes the worked example: LaTeX when path ends in .tex, Markdown otherwise. Reports the
    /// outcome through message(); false when it could not write.
    bool exportWorkedExample(const QString &path);

signals:
    void message(const QString &message, int timeoutMs);

private:
    void exportNetworkView();
    void chooseWorkedExampleFile();

    QWidget *m_dialogParent = nullptr;
    QWidget *m_view = nullptr;
    std::function<WorkedExampleSource()> m_source;
    QAction *m_networkView = nullptr;
    QAction *m_workedExample = nullptr;
    QAction *m_script = nullptr;
    QAction *m_exerciseSheet = nullptr;
    /// Why the last worked-example export failed, for its dialog.
    QString m_problem;
};

} // namespace bp::ui
