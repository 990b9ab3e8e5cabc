#pragma once

#include <QObject>

class QWidget;

namespace bp::ui {

/// Draws a frame in the palette's highlight colour over a custom-painted widget while it has
/// keyboard focus, after the widget's own painting, so that focus is visible on widgets whose
/// paintEvent fills the whole area (and returns early in places). `painted` is where the frame
/// is drawn (a QGraphicsView's viewport, say); `focused` is the widget whose focus it shows.
class FocusFrame : public QObject {
public:
    static void install(QWidget *painted, QWidget *focused = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FocusFrame(QWidget *painted, QWidget *focused);

    QWidget *m_painted;
    QWidget *m_focused;
};

} // namespace bp::ui
