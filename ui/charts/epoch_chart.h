#pragma once

#include "ui/charts/change_markers.h"
#include "ui/charts/series_buffer.h"

#include <QColor>
#include <QList>
#include <QPoint>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

namespace bp::ui {

class ChartHeader;

/// A live line chart over epochs: the common part of LossChart and GradientChart.
///
/// Each line ("track") keeps its points in a bounded SeriesBuffer. Appending only writes to the
/// buffer; the drawing is refreshed at most 10 times a second (or at once by flush()), each line
/// with one replace() of its points. Values a logarithmic axis cannot show are kept off it: NaN and
/// ±∞ are counted and named in a note; zero and negatives are drawn on the axis's floor (a decade
/// or a 1-2-5 step below the smallest positive value) and counted in the note too.
///
/// The charting library (Qt Charts, deprecated from Qt 6.10) stays behind this class and its
/// subclasses: nothing in their headers names it.
class EpochChart : public QWidget {
    Q_OBJECT

public:
    ~EpochChart() override;

    /// Forgets every point and marker.
    void clear();
    /// A vertical dashed line at `epoch` with a short label above it ("lr 0.5 → 0.1"): marks a
    /// change made during the run. A change at the epoch of an existing marker joins its list.
    void addMarker(double epoch, const QString &label);
    /// Replaces every marker (the run's changes, see changeMarkers).
    void setMarkers(const QList<ChartMarker> &markers);
    int markerCount() const;
    /// Where a marker's label is drawn, in the chart's scene; empty when it is not drawn (no room,
    /// or off the axis). For tests: labels never overlap.
    QRectF markerLabelRect(int index) const;
    /// A solid vertical line at `epoch` (none when empty): where the run now is after it was put
    /// back to an earlier state, while the later epochs are still drawn.
    void setCursorEpoch(std::optional<double> epoch);
    std::optional<double> cursorEpoch() const;
    QString markerLabel(int index) const;
    double markerEpoch(int index) const;

    /// On (the default), the axes follow the data at every refresh. Zooming with the mouse turns
    /// it off; a double click turns it back on.
    void setAutoScale(bool on);
    bool isAutoScale() const;
    /// True when the y axis of the left side is logarithmic.
    bool isLogScale() const;

    /// Draws what was appended since the last refresh, now.
    void flush();

    /// Takes up a change of chart_style::setPresentationScale (presenter mode): fonts of the
    /// axes, key and notes, and the width of every line.
    void refreshStyle();
    /// The width the line of a track is drawn with now.
    double trackLineWidth(int track) const;

    /// The chart as shown (title, key and plot), at twice the widget's resolution.
    bool exportPng(const QString &path);
    bool exportSvg(const QString &path);
    /// The buffered points, one row per epoch and one column per line, with a header line.
    bool exportCsv(const QString &path);
    /// The lines of several charts in one table (one epoch column, then each chart's lines).
    static bool exportCsv(const QString &path, const QList<const EpochChart *> &charts);
    /// Height of the title-and-key line(s) at this width, and a floor for it: charts side by side
    /// share one, so their plots line up.
    int headerHeight() const;
    void setHeaderMinimumHeight(int height);

    /// Draws appended points, lays the chart out and hides the hover mark, ready to be painted
    /// into a file (a chart that was never shown has not laid itself out yet).
    void prepareForExport();

    int trackCount() const;
    /// The name shown for a line ("loss E", "‖∂E/∂W¹‖") and its CSV column ("loss", "grad_norm_W1").
    QString trackName(int track) const;
    QString trackCsvName(int track) const;
    const SeriesBuffer &trackBuffer(int track) const;

    /// Appended values that are not drawn because they are not finite, over all lines.
    std::int64_t notShownCount() const;
    /// The note on what is not drawn as it is ("2 values not shown (not finite)"), beside the
    /// x axis's title or, when the chart is narrow, in the header; empty when all is drawn.
    QString noteText() const;
    /// What the hover tooltip says at a point of this widget ("epoch 120 · loss E = 0.0123"), or
    /// an empty string when no drawn point is near.
    QString toolTipAt(const QPoint &position) const;
    /// Where the drawn point (epoch, value) of a line is, in this widget's coordinates (after a
    /// flush; for tests of hovering).
    QPoint positionOf(int track, double epoch, double value) const;

signals:
    void autoScaleChanged(bool on);
    void logScaleChanged(bool on);

protected:
    explicit EpochChart(QWidget *parent = nullptr);

    enum class Side { Left, Right };
    struct TrackStyle {
        QString name;
        QString csvName;
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
        double width = 2.0;
        Side side = Side::Left;
    };

    /// Adds a line; returns its index.
    int addTrack(const TrackStyle &style);
    /// Removes every line (markers stay).
    void removeTracks();
    /// Removes the lines from index `first` on (the other runs' lines drawn over a chart's own).
    void removeTracksFrom(int first);
    /// Appends to one line and schedules a refresh. An x below the line's last one is refused.
    void appendToTrack(int track, double x, double y);
    /// The x of the latest point appended to any line.
    std::optional<double> lastEpoch() const;

    /// The left y axis: its title, and whether the user may switch it between log and linear.
    void setLeftAxis(const QString &title, bool logarithmic, bool userMayToggle);
    void setLeftAxisLogarithmic(bool logarithmic);
    /// A linear right y axis with a fixed range, its labels in `color` (that of its line).
    void setRightAxis(const QString &title, double min, double max, double tickInterval, const QColor &color);
    ChartHeader *header() const;
    /// The title in the header, which also names the plot for screen readers.
    void setTitle(const QString &title);
    /// What the note says of values a log axis draws at its bottom (zero or less), once and "%1"
    /// times, in the chart's words ("3 zero gradients drawn at the bottom").
    void setFloorNote(const QString &one, const QString &many);
    /// Name of the chart in file dialogs ("loss").
    void setExportBaseName(const QString &name);

    void showEvent(QShowEvent *event) override;

    /// Restyles background, axes, grid, labels and lines for the current theme (ui/theme.h).
    /// Subclasses recolour their lines and keys with setTrackColor(), then call this.
    virtual void applyTheme();
    /// An export is drawn (true) or done (false): the key names everything the chart draws, whatever
    /// the window shows beside it.
    virtual void showWholeKey([[maybe_unused]] bool whole) {}
    /// A line's colour (its width and stroke stay).
    void setTrackColor(int track, const QColor &color);

private:
    struct Private;
    friend struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bp::ui
