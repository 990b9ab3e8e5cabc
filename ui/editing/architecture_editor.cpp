#include "ui/editing/architecture_editor.h"

#include "ui/editing/undo_shortcuts.h"
#include "ui/style/display_names.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <numeric>

namespace bp::ui {

namespace {

// Far beyond what a lesson needs, and what the graph can still draw legibly.
constexpr int kMaxHiddenNeurons = 512;

QString nameOf(Activation activation)
{
    return activationDisplayName(activation);
}

QString nameOf(Loss loss)
{
    return lossDisplayName(loss);
}

// Every layer keeps its own weights: l → l.
std::vector<int> identityLayers(std::size_t layers)
{
    std::vector<int> source(layers);
    std::iota(source.begin(), source.end(), 1);
    return source;
}

} // namespace

ArchitectureEditor::ArchitectureEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_rowsBox = new QWidget(scroll);
    m_rows = new QGridLayout(m_rowsBox);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setHorizontalSpacing(4);
    // The controls keep their natural width; what is left goes to the empty column at the end.
    m_rows->setColumnStretch(4, 1);
    scroll->setWidget(m_rowsBox);
    layout->addWidget(scroll, 1);

    m_addLayer = new QPushButton(tr("Add a hidden layer"), this);
    m_addLayer->setAccessibleName(tr("Add a hidden layer"));
    m_addLayer->setToolTip(
        tr("A new hidden layer just before the output layer, as wide as the layer before it"));
    // Reached with Tab, but a click leaves the focus where it was: Space must stay Play/Pause.
    m_addLayer->setFocusPolicy(Qt::TabFocus);
    connect(m_addLayer, &QPushButton::clicked, this, &ArchitectureEditor::addHiddenLayer);
    layout->addWidget(m_addLayer);

    auto *lossRow = new QHBoxLayout;
    auto *lossLabel = new QLabel(tr("Loss"), this);
    m_loss = new QComboBox(this);
    for (Loss loss : kAllLosses)
        m_loss->addItem(nameOf(loss), static_cast<int>(loss));
    m_loss->setAccessibleName(tr("Loss"));
    m_loss->setToolTip(tr("The loss E: half squared error ½Σ(aᴸ − t)² (the lecture's), or cross-entropy "
                          "(needs a logistic or softmax output layer)"));
    lossLabel->setBuddy(m_loss);
    connect(m_loss, &QComboBox::activated, this,
            [this](int index) { setLoss(static_cast<Loss>(m_loss->itemData(index).toInt())); });
    lossRow->addWidget(lossLabel);
    lossRow->addWidget(m_loss, 1);
    layout->addLayout(lossRow);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
    setShape(NetworkShape{}, 1);
}

QSpinBox *ArchitectureEditor::sizeBox(int layer) const
{
    return layer >= 0 && static_cast<std::size_t>(layer) < m_sizes.size()
               ? m_sizes[static_cast<std::size_t>(layer)]
               : nullptr;
}

QComboBox *ArchitectureEditor::activationBox(int layer) const
{
    return layer >= 1 && static_cast<std::size_t>(layer) < m_activations.size()
               ? m_activations[static_cast<std::size_t>(layer)]
               : nullptr;
}

void ArchitectureEditor::setShape(const NetworkShape &shape, quint64 seed)
{
    m_seed = seed;
    const bool rebuild = shape.sizes.size() != m_shape.sizes.size();
    m_shape = shape;
    if (rebuild)
        rebuildRows();
    syncRows();
}

void ArchitectureEditor::rebuildRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_sizes.clear();
    m_activations.clear();
    const int layers = static_cast<int>(m_shape.sizes.size());
    for (int l = 0; l < layers; ++l) {
        const bool input = l == 0;
        const bool output = l == layers - 1;
        const QString role = input ? tr("input") : output ? tr("output") : tr("hidden");
        auto *label = new QLabel(tr("%1 · %2").arg(l).arg(role), m_rowsBox);
        label->setToolTip(tr("Layer %1 (%2), its number of neurons and its activation").arg(l).arg(role));
        auto *size = new QSpinBox(m_rowsBox);
        size->setRange(1, input || output ? 100000 : kMaxHiddenNeurons);
        size->setKeyboardTracking(false);
        size->setMinimumWidth(50);
        size->setAccessibleName(tr("Neurons in layer %1").arg(l));
        if (input || output) {
            size->setEnabled(false);
            size->setToolTip(
                input ? tr("Set by the dataset's input columns: add or remove them in the dataset "
                           "editor")
                      : tr("Set by the dataset's target columns: add or remove them in the dataset "
                           "editor"));
        } else {
            size->setToolTip(tr("Neurons of hidden layer %1: added and removed at the end, the other neurons "
                                "keep their weights")
                                 .arg(l));
            connect(size, &QSpinBox::valueChanged, this, [this, l](int value) {
                if (!m_syncing)
                    setLayerSize(l, value);
            });
        }
        label->setBuddy(size);
        m_rows->addWidget(label, l, 0);
        m_rows->addWidget(size, l, 1);
        m_sizes.push_back(size);
        m_activations.push_back(nullptr);
        if (input)
            continue;
        auto *activation = new QComboBox(m_rowsBox);
        // Narrow enough for the dock beside the graph on a 1280-pixel projector.
        activation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        activation->setMinimumContentsLength(5);
        for (Activation a : kAllActivations) {
            if (a != Activation::Softmax || output)
                activation->addItem(nameOf(a), static_cast<int>(a));
        }
        activation->setAccessibleName(tr("Activation of layer %1").arg(l));
        activation->setToolTip(tr("The activation σ of layer %1, in a%2 = σ(z%2); the weights stay")
                                   .arg(l)
                                   .arg(QString::number(l)));
        connect(activation, &QComboBox::activated, this, [this, l, activation](int index) {
            setLayerActivation(l, static_cast<Activation>(activation->itemData(index).toInt()));
        });
        m_rows->addWidget(activation, l, 2);
        m_activations.back() = activation;
        if (!output) {
            auto *remove = new QPushButton(tr("✕"), m_rowsBox);
            remove->setMaximumWidth(28);
            remove->setFocusPolicy(Qt::TabFocus);
            remove->setAccessibleName(tr("Remove hidden layer %1").arg(l));
            remove->setToolTip(
                tr("Remove hidden layer %1; the next layer keeps the weights whose neurons remain").arg(l));
            connect(remove, &QPushButton::clicked, this, [this, l] { removeHiddenLayer(l); });
            m_rows->addWidget(remove, l, 3);
        }
    }
    m_rows->setRowStretch(layers, 1);
}

void ArchitectureEditor::syncRows()
{
    m_syncing = true;
    for (std::size_t l = 0; l < m_sizes.size() && l < m_shape.sizes.size(); ++l) {
        // The live shape, also in a focused box (stepped with its arrows), unless it is being typed in.
        if (!UndoShortcuts::isTyping(m_sizes[l], false))
            m_sizes[l]->setValue(m_shape.sizes[l]);
        if (m_activations[l] && l - 1 < m_shape.activations.size())
            m_activations[l]->setCurrentIndex(
                m_activations[l]->findData(static_cast<int>(m_shape.activations[l - 1])));
    }
    m_loss->setCurrentIndex(m_loss->findData(static_cast<int>(m_shape.loss)));
    m_addLayer->setEnabled(m_shape.sizes.size() >= 2 &&
                           static_cast<std::int64_t>(m_shape.sizes.size()) <= kMaxLayers);
    m_loss->setEnabled(m_shape.sizes.size() >= 2);
    m_note->setText(tr("Neurons are added and removed at the end of a layer: every weight whose two neurons "
                       "remain keeps its value, new weights are drawn with the run's seed (%1), and the "
                       "optimizer's memory starts again. Undo (Ctrl+Z) brings the removed weights back.")
                        .arg(m_seed));
    m_syncing = false;
}

void ArchitectureEditor::request(const NetworkShape &shape, const std::vector<int> &sourceLayer,
                                 const QString &description)
{
    const std::string problem = Network::validateShape(
        std::vector<std::int64_t>(shape.sizes.begin(), shape.sizes.end()), shape.activations, shape.loss);
    if (!problem.empty()) {
        syncRows();
        emit this->problem(QString::fromStdString(problem));
        return;
    }
    // Shown at once, so that the next edit builds on this one even before training has it.
    setShape(shape, m_seed);
    emit editRequested(shape, sourceLayer, description);
}

void ArchitectureEditor::addHiddenLayer()
{
    if (m_shape.sizes.size() < 2)
        return;
    NetworkShape shape = m_shape;
    const std::size_t output = shape.sizes.size() - 1;
    const int width = shape.sizes[output - 1];
    const Activation activation = output >= 2 ? shape.activations[output - 2] : Activation::Logistic;
    shape.sizes.insert(shape.sizes.begin() + static_cast<std::ptrdiff_t>(output), width);
    shape.activations.insert(shape.activations.begin() + static_cast<std::ptrdiff_t>(output - 1), activation);
    // The new layer (number `output`) is drawn afresh; the output layer keeps its weights.
    std::vector<int> source = identityLayers(shape.sizes.size() - 1);
    source[output - 1] = 0;
    source[output] = static_cast<int>(output);
    request(shape, source, tr("add hidden layer %1").arg(output));
}

void ArchitectureEditor::removeHiddenLayer(int layer)
{
    const int layers = static_cast<int>(m_shape.sizes.size()) - 1;
    if (layer < 1 || layer >= layers)
        return;
    NetworkShape shape = m_shape;
    shape.sizes.erase(shape.sizes.begin() + layer);
    shape.activations.erase(shape.activations.begin() + layer - 1);
    std::vector<int> source(static_cast<std::size_t>(layers - 1));
    for (int l = 1; l <= layers - 1; ++l)
        source[static_cast<std::size_t>(l - 1)] = l < layer ? l : l + 1;
    request(shape, source, tr("remove hidden layer %1").arg(layer));
}

void ArchitectureEditor::setLayerSize(int layer, int size)
{
    const int layers = static_cast<int>(m_shape.sizes.size()) - 1;
    if (layer < 1 || layer >= layers || size < 1 || m_shape.sizes[static_cast<std::size_t>(layer)] == size)
        return;
    NetworkShape shape = m_shape;
    const int before = shape.sizes[static_cast<std::size_t>(layer)];
    shape.sizes[static_cast<std::size_t>(layer)] = size;
    request(shape, identityLayers(static_cast<std::size_t>(layers)),
            tr("resize layer %1 from %2 to %3 neurons").arg(layer).arg(before).arg(size));
}

void ArchitectureEditor::setLayerActivation(int layer, Activation activation)
{
    const int layers = static_cast<int>(m_shape.sizes.size()) - 1;
    if (layer < 1 || layer > layers || m_shape.activations[static_cast<std::size_t>(layer - 1)] == activation)
        return;
    NetworkShape shape = m_shape;
    shape.activations[static_cast<std::size_t>(layer - 1)] = activation;
    request(shape, identityLayers(static_cast<std::size_t>(layers)),
            tr("set the activation of layer %1 to %2").arg(layer).arg(nameOf(activation)));
}

void ArchitectureEditor::setLoss(Loss loss)
{
    if (m_shape.sizes.size() < 2 || m_shape.loss == loss)
        return;
    NetworkShape shape = m_shape;
    shape.loss = loss;
    request(shape, identityLayers(shape.sizes.size() - 1), tr("set the loss to %1").arg(nameOf(loss)));
}

} // namespace bp::ui
