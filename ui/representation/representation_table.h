#pragma once

#include "core/data/dataset.h"
#include "core/maths/types.h"
#include "ui/representation/hidden_codes.h"
#include "ui/representation/representation_layout.h"

#include <QFont>
#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QScrollBar;

namespace bp::ui {

/// The lecture's "learned representation" table, live: one row per sample with its input pattern,
/// the hidden values of the code layer (shaded on the activation scale), that code read as bits,
/// and the output. Above the rows a counter says how many distinct codes the samples use, in the
/// alarm colour with the names of the patterns that share one.
///
/// Custom-painted: an update copies two small matrices and repaints, so 60 updates a second cost
/// next to nothing. When the width does not allow one line per sample (a narrow dock), the hidden
/// values and the code wrap under the input instead of widening the table.
class RepresentationTable : public QWidget {
    Q_OBJECT
public:
    /// Rows beyond this are not shown (the footer says how many are hidden).
    static constexpr int kMaxRows = 256;

    explicit RepresentationTable(QWidget *parent = nullptr);
    ~RepresentationTable() override;

    /// The dataset and, for every sample, the activations of every layer: layerActivations[l − 1]
    /// is aˡ, (nₗ × m) with m = dataset->sampleCount(); empty while not known (the inputs still
    /// show). codeLayer is the bottleneck l (1..L−1) whose values and code are shown, 0 for none
    /// (then only input and output). Cheap: called 30–60 times a second while training.
    void setData(std::shared_ptr<const Dataset> dataset, const std::vector<Matrix> &layerActivations,
                 int codeLayer);

    /// Samples in the dataset, and the rows shown (at most kMaxRows).
    int sampleCount() const;
    int rowCount() const;
    /// The layer shown as the code (0 for none) and its number of units (0 while unknown).
    int codeLayer() const { return m_codeLayer; }
    int codeSize() const { return static_cast<int>(m_hidden.rows()); }
    /// The highlighted row, −1 for none.
    int currentSample() const { return m_current; }

    /// Different binary codes among the samples (threshold 0.5), 0 without a code layer.
    int distinctCodes() const;
    /// The code of a sample read as bits, unit 1 first ("101"); "" when unknown.
    QString codeOf(int sample) const;
    /// The hidden value aˡⱼ of the code layer for a sample (unit j from 0); NaN when unknown.
    double cellValue(int sample, int unit) const;
    /// The samples grouped by their code.
    const CodeGroups &codeGroups() const { return m_groups; }
    /// The counter ("distinct codes: 7/8") and the collisions ("3 and 6 share 011"; "" when there
    /// are none, or when there are more samples than codes so that sharing is unavoidable).
    QString counterText() const;
    QString collisionText() const;
    /// The collisions as the summary's line shows them: in words, or "2=6=7: 011" when the
    /// words do not fit its width (elided only if even that does not).
    QString shownCollisionText() const;
    /// True when more samples than codes make shared codes unavoidable (no alarm then).
    bool collisionsUnavoidable() const;
    /// True when the table shows the collision alarm.
    bool hasCollisionAlarm() const;
    /// True when the hidden values are shaded on the diverging scale (the layer went negative).
    bool isHiddenSigned() const { return m_signedHidden; }
    /// True when the hidden values are drawn under the input (narrow width).
    bool isWrapped() const { return layout().wrapped; }
    /// The row of a sample in widget coordinates (empty when not shown), and the sample at a point
    /// (−1 for none).
    QRect rowRect(int sample) const;
    int sampleAt(QPoint position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    /// Highlights the row of a sample (−1 clears it) and scrolls it into view when it changes.
    void setCurrentSample(int index);

signals:
    /// The user picked a sample with the mouse or the arrow keys.
    void sampleClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// The width of the summary's text lines.
    double summaryTextWidth() const;
    void updateFonts();
    void rebuildInputTexts();
    /// The layout for the current size, recomputed when the size or the shape of the data changed
    /// (a hidden widget gets no resize events, yet tests and renders ask it where things are).
    const RepresentationLayout &layout() const;
    void relayout() const;
    void invalidateLayout();
    /// What the layout needs to know of the data and the column titles.
    RepresentationContent content() const;
    double rowsTop() const;
    QRectF rowsArea() const;
    RepresentationRows rowsInView() const;
    void scrollToSample(int sample) const;
    void pickSample(int sample);
    /// Units of the output: the network's, or the dataset's targets before the first activations.
    Eigen::Index outputCount() const;
    RepresentationOutputStyle outputStyle() const;
    QString outputHeader() const;
    QString tooltipFor(int sample) const;

    void paintSummary(QPainter &painter) const;
    void paintHeader(QPainter &painter) const;
    void paintRow(QPainter &painter, int row, double top) const;
    void paintFooter(QPainter &painter) const;
    QRectF summaryRect() const;
    /// Rows in the scrolled area: the samples shown, and a last line saying how many are not.
    int contentRows() const;
    void paintMoreNote(QPainter &painter, double top) const;

    std::shared_ptr<const Dataset> m_dataset;
    /// aˡ of the code layer, (k × m), and the output aᴸ, (n_L × m); empty when unknown.
    Matrix m_hidden;
    Matrix m_output;
    int m_codeLayer = 0;
    int m_outputLayer = 0;
    int m_current = -1;
    CodeGroups m_groups;
    std::vector<int> m_groupOrder;
    QStringList m_labels;
    QString m_collisionText;
    /// The same, "2=6=7: 011", for a line too narrow for the words.
    QString m_compactCollisionText;

    /// The input of each shown row as text, and whether the inputs are all 0/1 (then bits).
    QStringList m_inputTexts;
    bool m_inputBits = false;
    /// Characters of the widest value printed in a cell since the shape last changed (grows only,
    /// so that columns do not jitter while training).
    int m_valueChars = 4;
    bool m_signedHidden = false;

    mutable RepresentationFonts m_fonts;
    /// The size the widget's font asks for, and the size the fonts have now (≤ it).
    double m_basePoints = 12.0;
    mutable double m_points = 0.0;
    mutable RepresentationLayout m_layout;
    mutable QSize m_layoutSize;
    mutable bool m_layoutValid = false;
    QScrollBar *m_scroll = nullptr;
};

} // namespace bp::ui
