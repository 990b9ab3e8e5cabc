#pragma once

#include <QFontMetricsF>
#include <QStatusBar>
#include <QString>

namespace bp::ui {

/// text as it fits in `width` pixels on one line: whole, or cut after the last word that fits,
/// with "…" (a word longer than the line is cut where it must).
QString shortenAtWord(const QString &text, const QFontMetricsF &metrics, double width);

/// The window's status bar: a message too long for it is shortened at a word, never in the middle
/// of one, and its whole text is in the tool tip (the divergence banner shows it whole too).
class MessageBar : public QStatusBar {
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    /// The message as drawn now ("" when none, or the whole message when it fits).
    QString shownMessage() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    double messageWidth() const;
};

} // namespace bp::ui
