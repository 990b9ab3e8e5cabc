#pragma once

#include "core/analysis/histogram_history.h"
#include "core/training/training_snapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;

namespace bp::ui {

class HistogramView;

/// The "Histograms over time" panel: per layer, the distribution of the weights, activations, δ or
/// ∂E/∂w (chosen here) along the epochs, in linear or log-magnitude bins. It keeps the run's
/// bounded history of rows (core's HistogramHistory) from the snapshots' new rows.
class HistogramPanel : public QWidget {
    Q_OBJECT

public:
    explicit HistogramPanel(QWidget *parent = nullptr);

    /// A snapshot's new rows; `newRun` (and a snapshot whose rows restart) forgets the rows before.
    void receive(const TrainingSnapshot &snapshot, bool newRun);
    void clear();

    void setQuantity(HistogramQuantity quantity);
    void setScale(HistogramScale scale);
    HistogramQuantity quantity() const;
    HistogramScale scale() const;

    const HistogramHistory &history() const { return m_history; }
    HistogramView *view() const { return m_view; }

private:
    void showRows();
    void updateCaption();

    HistogramHistory m_history;
    int m_layerCount = 0;
    QComboBox *m_quantityBox = nullptr;
    QComboBox *m_scaleBox = nullptr;
    QLabel *m_caption = nullptr;
    HistogramView *m_view = nullptr;
    QScrollArea *m_scroll = nullptr;
};

} // namespace bp::ui
