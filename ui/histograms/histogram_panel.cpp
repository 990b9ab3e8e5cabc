#include "ui/histograms/histogram_panel.h"

#include "ui/histograms/histogram_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace bp::ui {

namespace {

/// The strips, scrolling up and down once the dock is shorter than they need: the histograms of a
/// deep net (the six layers of the initialisation lesson) asked for so many lines that an Italian
/// window at 1280×720, its tool bars in three rows, opened 742 px tall (issue 14). The dock gives
/// way down to four layers' room; below that the view scrolls rather than its labels overlapping.
/// The caption above the strips scrolls with them: it asks the dock for no height of its own.
class HistogramScroll : public QScrollArea {
public:
    HistogramScroll(QWidget *contents, HistogramView *view, QWidget *parent) : QScrollArea(parent), m_view(view)
    {
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setWidgetResizable(true);
        setWidget(contents);
    }
    QSize minimumSizeHint() const override
    {
        const QSize whole = m_view->minimumSizeHint();
        return {whole.width(), std::min(whole.height(), HistogramView::heightFor(4))};
    }
    QSize sizeHint() const override { return widget()->sizeHint(); }

private:
    HistogramView *m_view;
};

} // namespace

HistogramPanel::HistogramPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 2);
    layout->setSpacing(2);
    auto *controls = new QHBoxLayout;
    controls->setSpacing(6);
    m_quantityBox = new QComboBox(this);
    m_quantityBox->addItem(tr("Errors δ"), static_cast<int>(HistogramQuantity::Deltas));
    m_quantityBox->addItem(tr("Activations a"), static_cast<int>(HistogramQuantity::Activations));
    m_quantityBox->addItem(tr("Weights w"), static_cast<int>(HistogramQuantity::Weights));
    m_quantityBox->addItem(tr("Gradients ∂E/∂w"), static_cast<int>(HistogramQuantity::WeightGradients));
    m_quantityBox->setAccessibleName(tr("Quantity shown in the histograms"));
    m_quantityBox->setToolTip(tr("What the histograms count, per layer: δ, a, w or ∂E/∂w"));
    m_scaleBox = new QComboBox(this);
    m_scaleBox->addItem(tr("Size: log₁₀|x|"), static_cast<int>(HistogramScale::LogMagnitude));
    m_scaleBox->addItem(tr("Value: linear"), static_cast<int>(HistogramScale::Linear));
    m_scaleBox->setAccessibleName(tr("Bins of the histograms"));
    m_scaleBox->setToolTip(tr("Log-magnitude bins (log₁₀|x|, a quarter decade each, the sign dropped, zeros "
                              "apart) show sizes that differ by orders of magnitude; linear bins show "
                              "values with their sign"));
    controls->addWidget(m_quantityBox);
    controls->addWidget(m_scaleBox);
    controls->addStretch(1);
    layout->addLayout(controls);
    auto *contents = new QWidget;
    auto *column = new QVBoxLayout(contents);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    m_caption = new QLabel(contents);
    m_caption->setTextFormat(Qt::PlainText);
    // How to read the strips, whole: on a line of its own above them, wrapped when the panel is
    // narrow (cut at the panel's edge beside the choices, it lost "the median" at every projector size).
    m_caption->setWordWrap(true);
    m_view = new HistogramView(contents);
    column->addWidget(m_caption);
    column->addWidget(m_view, 1);
    m_scroll = new HistogramScroll(contents, m_view, this);
    layout->addWidget(m_scroll, 1);

    connect(m_quantityBox, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setQuantity(quantity());
        updateCaption();
    });
    connect(m_scaleBox, &QComboBox::currentIndexChanged, this, [this] { m_view->setScale(scale()); });
    m_view->setQuantity(quantity());
    m_view->setScale(scale());
    updateCaption();
}

HistogramQuantity HistogramPanel::quantity() const
{
    return static_cast<HistogramQuantity>(m_quantityBox->currentData().toInt());
}

HistogramScale HistogramPanel::scale() const
{
    return static_cast<HistogramScale>(m_scaleBox->currentData().toInt());
}

void HistogramPanel::setQuantity(HistogramQuantity quantity)
{
    m_quantityBox->setCurrentIndex(m_quantityBox->findData(static_cast<int>(quantity)));
}

void HistogramPanel::setScale(HistogramScale scale)
{
    m_scaleBox->setCurrentIndex(m_scaleBox->findData(static_cast<int>(scale)));
}

void HistogramPanel::clear()
{
    m_history.clear();
    showRows();
}

void HistogramPanel::receive(const TrainingSnapshot &snapshot, bool newRun)
{
    const int layers = snapshot.network ? snapshot.network->layerCount() : 0;
    bool changed = layers != m_layerCount;
    m_layerCount = layers;
    if (newRun || snapshot.histogramsRestarted) {
        m_history.clear();
        changed = true;
    }
    if (snapshot.historyRestarted) {
        // Training resumed from an earlier state: the later rows belong to a future that is gone.
        m_history.truncateAfter(snapshot.epoch);
        changed = true;
    }
    for (const HistogramRowPointer &row : snapshot.newHistograms)
        m_history.append(row);
    if (changed || !snapshot.newHistograms.empty())
        showRows();
}

void HistogramPanel::showRows()
{
    m_view->setRows(m_history.rows(), m_layerCount);
    m_scroll->updateGeometry();
    updateCaption();
}

void HistogramPanel::updateCaption()
{
    if (m_history.isEmpty()) {
        m_caption->clear();
        return;
    }
    const HistogramRow &newest = *m_history.rows().back();
    const QString text = tr("epoch %1 · darker: more values in the bin (the fullest of each epoch darkest) · "
                            "line: the median")
                             .arg(newest.epoch);
    m_caption->setText(text);
    m_caption->setToolTip(text + QLatin1Char('\n') +
                          tr("%1 rows kept, evenly spaced from epoch %2; a and δ over %3 training samples")
                              .arg(m_history.rows().size())
                              .arg(m_history.rows().front()->epoch)
                              .arg(newest.sampleCount));
}

} // namespace bp::ui
