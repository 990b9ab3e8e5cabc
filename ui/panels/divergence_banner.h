#pragma once

#include "core/training/training_snapshot.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace bp::ui {

/// The banner above the graph that explains a divergence, with its remedies: rewind to the last
/// good state, lower the rate, reset. Hidden while all is well.
class DivergenceBanner : public QWidget {
    Q_OBJECT

public:
    explicit DivergenceBanner(QWidget *parent = nullptr);

    /// Shown when the snapshot diverged, with its explanation and the state a rewind goes back to.
    void showSnapshot(const TrainingSnapshot &snapshot);
    /// The colours of the theme.
    void applyStyle();
    /// The "Rewind to epoch N" button (hidden when no good state is kept).
    QPushButton *rewindButton() const { return m_rewind; }
    /// The core's English explanation, after a translated headline in another language.
    static QString divergenceText(const QString &coreMessage);

signals:
    void lowerRateRequested();
    void resetRequested();
    void rewindRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_rewind = nullptr;
};

} // namespace bp::ui
