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
            // A side that is exactly the minimum and larger than before was pushed out by the minimum;
            // any other size was given (by the program, the user or the window manager).
            const QSize size = m_window->size();
            if (!(size.width() == m_window->minimumWidth() && size.width() > m_given.width()))
                m_given.setWidth(size.width());
            if (!(size.height() == m_window->minimumHeight() && size.height() > m_given.height()))
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
        if (wanted.width() < size.width() || wanted.height() < size.height())
            m_window->resize(std::min(wanted.width(), size.width()), std::min(wanted.height(), size.height()));
    }

    QPointer<QWidget> m_window;
    QSize m_given;
    bool m_queued = false;
};

} // namespace

void keepGivenSize(QWidget *window)
{
    window->installEventFilter(new SizeKeeper(window));
}

} // namespace bp::ui
