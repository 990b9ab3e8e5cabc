#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace bp::ui {

/// The line above a chart: its title and its key (legend), flowing onto a second line when the
/// chart is narrow. Part of the chart widget, so it is in every export too.
///
/// Qt Charts' own legend gives every line a row; a chart with a line per layer and per quantity
/// needs a key that factors them ("solid = ‖∂E/∂W‖, dashed = mean |δ|; colour = layer").
class ChartHeader : public QWidget {
public:
    struct Entry {
        enum class Kind {
            /// A short stroke in `color` and `style`, then the text.
            Line,
            /// Text only, in `color` (a group label such as "layer", or a note).
            Text,
        };
        Kind kind = Kind::Line;
        QString text;
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
        /// Extra space before this entry: it starts a new group. A group that fits on one line is
        /// never split.
        bool startsGroup = false;
        /// Bold text.
        bool strong = false;
        /// Length of the stroke in pixels; 0 for the usual one.
        double strokeLength = 0.0;
    };

    explicit ChartHeader(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    /// A short remark in the alarm colour after the key (empty hides it).
    void setNote(const QString &note);
    QString note() const { return m_note; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Item {
        QString text;
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
        bool stroke = false;
        double strokeLength = 0.0;
        bool title = false;
        bool strong = false;
        bool startsGroup = false;
        double gapBefore = 0.0;
        double width = 0.0;
    };
    struct Placed {
        int item = 0;
        QPointF origin;
    };

    QList<Item> items() const;
    QList<Placed> arrange(const QList<Item> &items, double width, double *height) const;
    double itemWidth(const Item &item) const;

    QString m_title;
    QList<Entry> m_entries;
    QString m_note;
};

} // namespace bp::ui
