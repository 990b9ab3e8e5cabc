#include "ui/window/screen_fit.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPointer>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace bp::ui {

QRect fitIntoAvailable(const QRect &geometry, const QMargins &frame, const QRect &available,
                       const QSize &minimum)
{
    if (!available.isValid() || !geometry.isValid())
        return geometry;
    const QRect room = available.marginsRemoved(frame);
    const int width = std::max(std::min(geometry.width(), room.width()), minimum.width());
    const int height = std::max(std::min(geometry.height(), room.height()), minimum.height());
    const int left = std::clamp(geometry.left(), room.left(), std::max(room.left(), room.right() + 1 - width));
    const int top = std::clamp(geometry.top(), room.top(), std::max(room.top(), room.bottom() + 1 - height));
    return QRect(left, top, width, height);
}

void fitToAvailableScreen(QWidget *window)
{
    if (!window || window->isMaximized() || window->isFullScreen())
        return;
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect geometry = window->geometry();
    const QRect frame = window->frameGeometry();
    const QMargins margins(geometry.left() - frame.left(), geometry.top() - frame.top(),
                           frame.right() - geometry.right(), frame.bottom() - geometry.bottom());
    const QRect fitted = fitIntoAvailable(geometry, margins, screen->availableGeometry(), window->minimumSize());
    if (fitted != geometry)
        window->setGeometry(fitted);
}

namespace {

// Remembers the size a window was given, apart from the growth its minimum forced on it, and gives
// that size back once the minimum allows (see keepGivenSize).
class SizeKeeper : public QObject {
public:
    explicit SizeKeeper(QWidget *window) : QObject(window), m_window(window), m_given(window->size()) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_window)
            return QObject::eventFilter(watched, event);
        if (event->type() == QEvent::Resize) {
            // A side that is exactly the minimum and larger than before was pushed out by the minimum,
            // and so was the size this keeper asked for on its way back to the given one: X reports
            // that resize only after the layout has moved the minimum again (the Italian host at
            // 1280 × 720 asked for 729 while its minimum was 729; the resize arrived when the minimum
            // was 707, and 729 was kept as the given height). Any other size was given (by the
            // program, the user or the window manager).
            const QSize size = m_window->size();
            const bool own = size == m_asked;
            if (own)
                m_asked = QSize();
            if (!(size.width() > m_given.width() && (own || size.width() == m_window->minimumWidth())))
                m_given.setWidth(size.width());
            if (!(size.height() > m_given.height() && (own || size.height() == m_window->minimumHeight())))
                m_given.setHeight(size.height());
        } else if (event->type() == QEvent::LayoutRequest && !m_queued) {
            // After the layout has set the window's new minimum.
            m_queued = true;
            QTimer::singleShot(0, this, [this] {
                m_queued = false;
                giveRoomBack();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void giveRoomBack()
    {
        if (!m_window || !m_window->isVisible() || m_window->isFullScreen())
            return;
        const QSize size = m_window->size();
        const QSize wanted(std::max(m_given.width(), m_window->minimumWidth()),
                           std::max(m_given.height(), m_window->minimumHeight()));
        if (wanted.width() < size.width() || wanted.height() < size.height()) {
            m_asked = QSize(std::min(wanted.width(), size.width()), std::min(wanted.height(), size.height()));
            m_window->resize(m_asked);
        }
    }

    QPointer<QWidget> m_window;
    QSize m_given;
    // The size giveRoomBack() last asked for, until the window reports it.
    QSize m_asked;
    bool m_queued = false;
};

} // namespace

void keepGivenSize(QWidget *window)
{
    window->installEventFilter(new SizeKeeper(window));
}

} // namespace bp::ui
