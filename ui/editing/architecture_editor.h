#pragma once

#include "core/training/model_edit.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace bp::ui {

/// The network's architecture, editable: hidden layers added and removed, neurons per hidden layer,
/// each layer's activation and the loss. Every edit is a request (editRequested) with the new shape
/// and, for each new layer, the old layer whose weights it keeps; training applies it between two
/// steps. The sizes of the input and output layers follow the dataset's columns.
class ArchitectureEditor : public QWidget {
    Q_OBJECT

public:
    explicit ArchitectureEditor(QWidget *parent = nullptr);

    /// Shows the run's architecture; the seed is the one new weights are drawn with.
    void setShape(const NetworkShape &shape, quint64 seed);
    const NetworkShape &shape() const { return m_shape; }

    /// The spin box of layer l's size and the combo box of its activation (l ≥ 1), for tests.
    QSpinBox *sizeBox(int layer) const;
    QComboBox *activationBox(int layer) const;

public slots:
    /// A hidden layer just before the output layer, as wide as the layer before it.
    void addHiddenLayer();
    /// Removes hidden layer l (1..L−1).
    void removeHiddenLayer(int layer);
    /// Neurons are added and removed at the end of the layer.
    void setLayerSize(int layer, int size);
    void setLayerActivation(int layer, bp::Activation activation);
    void setLoss(bp::Loss loss);

signals:
    void editRequested(const bp::NetworkShape &shape, const std::vector<int> &sourceLayer,
                       const QString &description);
    /// An edit the network does not allow (softmax below the output, a loss that does not fit).
    void problem(const QString &message);

private:
    void request(const NetworkShape &shape, const std::vector<int> &sourceLayer, const QString &description);
    void rebuildRows();
    void syncRows();

    NetworkShape m_shape;
    quint64 m_seed = 1;
    QGridLayout *m_rows = nullptr;
    QWidget *m_rowsBox = nullptr;
    std::vector<QSpinBox *> m_sizes;
    std::vector<QComboBox *> m_activations;
    QComboBox *m_loss = nullptr;
    QPushButton *m_addLayer = nullptr;
    QLabel *m_note = nullptr;
    bool m_syncing = false;
};

} // namespace bp::ui
