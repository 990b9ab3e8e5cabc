#include "ui/window/join_card.h"

#include "ui/graph/graph_geometry.h"
#include "ui/graph/network_view.h"
#include "ui/teach/card_place.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFontInfo>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <qrencode.h>

#include <algorithm>
#include <utility>

namespace bp::ui {

namespace {

constexpr int kQuietZone = 4;
constexpr int kCardMargin = 16;
// The QR code's side: scannable from the back of a lecture hall, and the most it takes beside the graph.
constexpr int kScannable = 160;
constexpr int kBesideGraph = 240;
// The badge: its padding, and how far from the window's edge it may go.
constexpr int kBadgeMargin = 6;
constexpr int kBadgeInset = 2;

} // namespace

QImage qrCodeImage(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int size = code->width + 2 * kQuietZone;
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                image.setPixel(x + kQuietZone, y + kQuietZone, qRgb(0, 0, 0));
    QRcode_free(code);
    return image;
}

JoinCard::JoinCard(QWidget *parent, QWidget *graph) : QWidget(parent), m_graph(graph ? graph : parent)
{
    setObjectName("joinCard");
    setAccessibleName(tr("How to join the class session"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to make the card small"));
    // The graph's values move as it trains: a card they reach moves off them (checked a few times a
    // second, not on every frame).
    m_follow = new QTimer(this);
    m_follow->setSingleShot(true);
    m_follow->setInterval(200);
    connect(m_follow, &QTimer::timeout, this, &JoinCard::follow);
    if (parent)
        parent->installEventFilter(this);
    if (graph && graph != parent)
        graph->installEventFilter(this);
    // Any key on the window makes the large card small.
    qApp->installEventFilter(this);
    hide();
}

void JoinCard::setDetails(const QString &pageUrl, const QString &code)
{
    m_url = pageUrl;
    m_code = code;
    // The code travels in the page's fragment: a phone that scans it joins without typing.
    m_qr = qrCodeImage(pageUrl + QLatin1Char('#') + code);
    setAccessibleDescription(tr("Open %1 and enter the code %2").arg(pageUrl, code));
    place();
    update();
}

void JoinCard::setCounts(int phones, int followers)
{
    m_phones = phones;
    m_followers = followers;
    update();
}

QString JoinCard::countsText() const
{
    return tr("%n connected", nullptr, m_phones + m_followers) + QStringLiteral(" · ") +
           tr("%n on phones", nullptr, m_phones) + QStringLiteral(" · ") +
           tr("%n in the app", nullptr, m_followers);
}

QFont JoinCard::lineFont(int line, int width) const
{
    // The address and the code in large type, the counts smaller, the way to make it small in the
    // window's type.
    static constexpr double kScale[] = {1.9, 2.6, 1.2, 1.0};
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * kScale[line]);
    f.setWeight(line < 2 ? QFont::DemiBold : QFont::Normal);
    // Within `width`, as large as fits, down to the window's own size (then the text is elided).
    while (width > 0 && f.pointSizeF() > font().pointSizeF() &&
           QFontMetrics(f).horizontalAdvance(lines()[line]) + 2 > width) // (+2: the advance is rounded)
        f.setPointSizeF(std::max(font().pointSizeF(), f.pointSizeF() * 0.9));
    return f;
}

QStringList JoinCard::lines() const
{
    return {m_url, tr("Code: %1").arg(m_code), countsText(), tr("Any key or a click makes this small")};
}

int JoinCard::textHeight(int width) const
{
    int height = countsHeight(width);
    for (const int line : {0, 1, 3})
        height += QFontMetrics(lineFont(line, width)).height();
    return height;
}

QString JoinCard::wrappableCounts() const
{
    const QStringList parts = {tr("%n connected", nullptr, m_phones + m_followers),
                               tr("%n on phones", nullptr, m_phones),
                               tr("%n in the app", nullptr, m_followers)};
    QStringList kept;
    for (const QString &part : parts)
        kept << QString(part).replace(QLatin1Char(' '), QChar(0x00A0));
    // The dot stays at the end of the part before it.
    return kept.join(QStringLiteral("\u00A0· "));
}

int JoinCard::countsHeight(int width) const
{
    const QFontMetrics metrics(lineFont(2, width));
    if (width <= 0)
        return metrics.height();
    return metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, wrappableCounts()).height();
}

int JoinCard::lineWidth(int line, bool least) const
{
    // The counts are measured for two-digit numbers: the card does not grow as students join.
    const QString text =
        line == 2 ? countsText().replace(QRegularExpression(QStringLiteral("\\d+")), "00") : lines()[line];
    QFont f = lineFont(line);
    if (least)
        f.setPointSizeF(font().pointSizeF());
    // (A pixel more each side: the advance is rounded, elision measures it exactly.)
    return QFontMetrics(f).horizontalAdvance(text) + 2;
}

QSize JoinCard::sizeFor(Form form, int module) const
{
    // Beside the QR code the address and the code shrink to the card's width, never below the
    // window's type (the counts are elided when they do not fit).
    const int side = module * m_qr.width();
    const int url = lineWidth(0, true), code = lineWidth(1, true), hint = lineWidth(3);
    const int hintHeight = QFontMetrics(lineFont(3)).height();
    switch (form) {
    case Form::Large: {
        const int inner = std::max({side, url, code, hint});
        return {inner + 2 * kCardMargin, side + textHeight(inner) + 3 * kCardMargin};
    }
    case Form::Small: {
        const int inner = std::max({side + kCardMargin + code, url, hint});
        const int below = QFontMetrics(lineFont(0, inner)).height() + countsHeight(inner) + hintHeight;
        return {inner + 2 * kCardMargin, side + below + 3 * kCardMargin};
    }
    case Form::Text: break;
    case Form::Badge: return badgeSize(m_badgeForm, m_badgePixels);
    }
    const int widest = std::max({lineWidth(0), lineWidth(1), lineWidth(2), hint});
    return {widest + 2 * kCardMargin, textHeight() + 2 * kCardMargin};
}

QStringList JoinCard::badgeRows(int form, bool widest) const
{
    QString counts = tr("%n connected", nullptr, m_phones + m_followers);
    if (widest)
        counts.replace(QRegularExpression(QStringLiteral("\\d+")), QStringLiteral("00"));
    const QString code = tr("Code: %1").arg(m_code);
    const QString dot = QStringLiteral(" · ");
    switch (form) {
    case 1: return {m_url + dot + code + dot + counts};
    case 2: return {m_url, code + dot + counts};
    case 3: return {m_url, code, counts};
    default: return {m_url, m_code + dot + counts};
    }
}

QFont JoinCard::badgeFont(int pixels) const
{
    QFont f = font();
    f.setPixelSize(pixels);
    f.setWeight(QFont::DemiBold);
    return f;
}

QSize JoinCard::badgeSize(int form, int pixels) const
{
    const QFontMetrics metrics(badgeFont(pixels));
    int widest = 0;
    for (const QString &row : badgeRows(form, true))
        widest = std::max(widest, metrics.horizontalAdvance(row) + 2); // (+2: the advance is rounded)
    return {widest + 2 * kBadgeMargin,
            static_cast<int>(badgeRows(form).size()) * metrics.height() + 2 * kBadgeMargin};
}

int JoinCard::leastBadgePixels() const
{
    const auto *graph = qobject_cast<const NetworkView *>(m_graph);
    const QWidget *host = parentWidget();
    if (graph && host && graph->textScale() > 1.0)
        return presenterTextPixels(QSizeF(host->size()));
    return qRound(QFontInfo(font()).pixelSize() * 1.2);
}

QList<QRect> JoinCard::graphValues() const
{
    QList<QRect> values;
    QWidget *host = parentWidget();
    if (const auto *graph = qobject_cast<const NetworkView *>(m_graph); graph && host && graph->isVisible()) {
        const QPoint origin = graph->mapTo(host, QPoint(0, 0));
        for (const QRectF &rect : graph->neuronAndValueRects())
            values.append(rect.toAlignedRect().translated(origin));
    }
    return values;
}

QList<QRect> JoinCard::keptValues() const
{
    QList<QRect> values;
    QWidget *host = parentWidget();
    for (QWidget *kept : m_kept)
        if (kept && host && kept->isVisible())
            values.append(QRect(kept->mapTo(host, QPoint(0, 0)), kept->size()));
    return values;
}

QList<QRect> JoinCard::badgeValues() const
{
    QList<QRect> values = keptValues() + graphValues();
    QWidget *host = parentWidget();
    if (!host)
        return values;
    const auto add = [&](const QWidget *w) {
        if (w && w->isVisible() && !w->isWindow())
            values.append(QRect(w->mapTo(host, QPoint(0, 0)), w->size()));
    };
    // The legend, the phase, the layers' captions: the graph's texts that belong to no neuron.
    if (const auto *graph = qobject_cast<const NetworkView *>(m_graph); graph && graph->isVisible()) {
        const QPoint origin = graph->mapTo(host, QPoint(0, 0));
        for (const PaintedText &text : graph->paintedTexts())
            values.append(text.cover.toAlignedRect().translated(origin));
    }
    const auto *window = qobject_cast<const QMainWindow *>(host);
    if (!window)
        return values;
    for (const QDockWidget *dock : window->findChildren<QDockWidget *>())
        add(dock);
    add(window->findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly));
    // The empty ends of the menu bar and the tool bars may take it, not a title or a control.
    if (const auto *menus = qobject_cast<const QMenuBar *>(window->menuWidget());
        menus && menus->isVisible()) {
        const QPoint origin = menus->mapTo(host, QPoint(0, 0));
        for (QAction *menu : menus->actions())
            if (menu->isVisible())
                values.append(menus->actionGeometry(menu).translated(origin));
        for (const Qt::Corner corner : {Qt::TopLeftCorner, Qt::TopRightCorner})
            add(menus->cornerWidget(corner));
    }
    for (const QToolBar *bar : window->findChildren<QToolBar *>())
        if (bar->isVisible())
            for (const QWidget *control : bar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
                add(control);
    return values;
}

void JoinCard::setCompact(bool compact)
{
    const bool changed = compact != m_compact;
    m_compact = compact;
    setToolTip(compact ? tr("Click to show the QR code large") : tr("Click to make the card small"));
    place();
    update();
    if (changed)
        emit compactChanged(compact);
}

void JoinCard::place()
{
    if (!parentWidget())
        return;
    if (m_compact || m_qr.isNull())
        placeBadge();
    else
        placeLarge();
    raise();
}

void JoinCard::placeBadge()
{
    QWidget *host = parentWidget();
    // In the largest type that fits, nearest the window's middle (the graph's free room) or at the
    // empty end of the menus and tool bars, over nothing the class reads or the lecturer reaches for.
    CardRoom room;
    room.rooms = {host->rect().adjusted(kBadgeInset, kBadgeInset, -kBadgeInset, -kBadgeInset)};
    room.values = badgeValues();
    const int least = leastBadgePixels();
    m_form = Form::Badge;
    m_module = 0;
    // The code's label goes last: at 1920 × 1080 presenting in Italian, while the question's bar
    // is shown, only the end of the tool bar's row is free, 360 px wide.
    for (const auto &[first, last] : {std::pair{1, 3}, std::pair{4, 4}})
        for (const int pixels : {qRound(least * 1.4), qRound(least * 1.2), least})
            for (int form = first; form <= last; ++form)
                if (const std::optional<QPoint> at = findCardPlace(room, badgeSize(form, pixels))) {
                    m_badgeForm = form;
                    m_badgePixels = pixels;
                    setGeometry(QRect(*at, badgeSize(form, pixels)));
                    return;
                }
    // No place covers nothing (a tiny window): the least type, over as little as it can.
    m_badgeForm = 3;
    m_badgePixels = least;
    const QSize size = badgeSize(m_badgeForm, m_badgePixels).boundedTo(host->size());
    setGeometry(QRect(leastCoveringPlace(room, size), size));
}

void JoinCard::placeLarge()
{
    QWidget *host = parentWidget();
    const QRect window = host->rect().adjusted(8, 8, -8, -8);
    const QRect graph =
        m_graph && m_graph != host && m_graph->isVisible()
            ? QRect(m_graph->mapTo(host, QPoint(0, 0)), m_graph->size()).adjusted(8, 8, -8, -8)
            : window;
    CardRoom room;
    room.rooms = {graph, window};
    room.values = keptValues();
    const auto fits = [&](Form form, int module, const QList<QRect> &rooms, const QList<QRect> &values) {
        CardRoom in = room;
        in.rooms = rooms;
        in.values = values;
        const QSize size = sizeFor(form, module);
        if (const std::optional<QPoint> at = findCardPlace(in, size)) {
            m_form = form;
            m_module = module;
            setGeometry(QRect(*at, size));
            return true;
        }
        return false;
    };
    // The QR code in whole pixels per module, above the text or (a shorter card) beside the code:
    // as large as the graph's free room allows; else scannable from the back of the room (160 px)
    // over the graph (nothing is taught while the class joins); else 240 px anywhere in the window;
    // else as large as any room allows. Never over the widgets kept visible.
    const int scannable = (kScannable + m_qr.width() - 1) / m_qr.width();
    const int largest = std::min(graph.height() - textHeight() - 2 * kCardMargin, graph.width() * 6 / 10);
    const QList<QRect> offTheGraph = room.values + graphValues();
    const auto tryModules = [&](int from, int to, const QList<QRect> &rooms, const QList<QRect> &values) {
        for (int module = from; module >= to; --module)
            if (fits(Form::Large, module, rooms, values) || fits(Form::Small, module, rooms, values))
                return true;
        return false;
    };
    if (tryModules(largest / m_qr.width(), scannable, {graph}, offTheGraph) ||
        tryModules(largest / m_qr.width(), scannable, {graph}, room.values) ||
        tryModules(kBesideGraph / m_qr.width(), scannable, {window}, room.values) ||
        tryModules(scannable - 1, 2, {graph, window}, room.values) ||
        fits(Form::Text, 0, room.rooms, room.values))
        return;
    // No place leaves the kept widgets visible (a tiny window): over as few as it can.
    m_form = Form::Small;
    m_module = 2;
    const QSize size = sizeFor(m_form, m_module).boundedTo(host->size());
    setGeometry(QRect(leastCoveringPlace(room, size), size));
}

void JoinCard::follow()
{
    if (!isVisible())
        return;
    // The large card may cover the graph; the badge nothing.
    const QList<QRect> values = m_compact ? badgeValues() : keptValues();
    if (std::any_of(values.begin(), values.end(),
                    [this](const QRect &v) { return geometry().intersects(v); }))
        place();
}

QRect JoinCard::qrRect() const
{
    if (m_qr.isNull() || m_form == Form::Text || m_form == Form::Badge)
        return {};
    const int side = m_module * m_qr.width();
    if (m_form == Form::Small)
        return {kCardMargin, kCardMargin, side, side};
    return {(width() - side) / 2, kCardMargin, side, side};
}

int JoinCard::moduleSize() const
{
    const QRect qr = qrRect();
    return qr.isNull() ? 0 : qr.width() / m_qr.width();
}

void JoinCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(rect().adjusted(0, 0, -1, -1), 8, 8);
    painter.setPen(palette().color(QPalette::Text));
    m_drawn.clear();
    m_drawnBottom = 0;
    m_drawnPixels = 0;
    const auto drawn = [this](const QRect &box, const QString &text, const QFont &f) {
        m_drawn << text;
        m_drawnBottom = std::max(m_drawnBottom, box.bottom());
        const int pixels = QFontInfo(f).pixelSize();
        m_drawnPixels = m_drawnPixels == 0 ? pixels : std::min(m_drawnPixels, pixels);
    };
    if (m_form == Form::Badge) {
        const QFont f = badgeFont(m_badgePixels);
        painter.setFont(f);
        const QFontMetrics metrics(f);
        int y = kBadgeMargin;
        for (const QString &row : badgeRows(m_badgeForm)) {
            QRect box;
            painter.drawText(QRect(kBadgeMargin, y, width() - 2 * kBadgeMargin, metrics.height()),
                             Qt::AlignLeft | Qt::AlignTop, row, &box);
            drawn(box, row, f);
            y += metrics.height();
        }
        return;
    }
    const QRect qr = qrRect();
    int y = kCardMargin;
    if (!qr.isNull()) {
        // Whole pixels per module and no smoothing: every module a sharp square.
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(qr, m_qr);
        y = qr.bottom() + kCardMargin;
    }
    const QStringList texts = lines();
    // The address and the code elided in the middle only where no place is wide enough (a tiny
    // window); the counts wrap between their parts instead.
    const auto drawLine = [&](int line, const QRect &box, Qt::Alignment align) {
        const int wrapWidth = m_form == Form::Text ? 0 : box.width();
        const QFont f = lineFont(line, wrapWidth);
        painter.setFont(f);
        QRect ink;
        if (line == 2) {
            const int height = countsHeight(wrapWidth);
            painter.drawText(QRect(box.left(), box.top(), box.width(), height), align | Qt::TextWordWrap,
                             wrappableCounts(), &ink);
            drawn(ink, wrappableCounts(), f);
            return height;
        }
        const QString shown = QFontMetrics(f).elidedText(texts[line], Qt::ElideMiddle, box.width());
        painter.drawText(box, align, shown, &ink);
        drawn(ink, shown, f);
        return QFontMetrics(f).height();
    };
    const int inner = width() - 2 * kCardMargin;
    const auto lineBox = [&](int line) {
        return QRect(kCardMargin, y, inner,
                     QFontMetrics(lineFont(line, m_form == Form::Text ? 0 : inner)).height());
    };
    if (m_form == Form::Small) {
        // The code beside the QR code; the address, the counts and the way to make it small beneath.
        const QRect beside(qr.right() + kCardMargin, qr.top(), width() - qr.right() - 2 * kCardMargin,
                           qr.height());
        drawLine(1, beside, Qt::AlignLeft | Qt::AlignVCenter);
        for (const int line : {0, 2, 3})
            y += drawLine(line, lineBox(line), Qt::AlignHCenter | Qt::AlignTop);
        // (The code was drawn first: the lines are kept in the order the other forms draw them.)
        m_drawn.swapItemsAt(0, 1);
        return;
    }
    for (int line = 0; line < 4; ++line)
        y += drawLine(line, lineBox(line), Qt::AlignHCenter | Qt::AlignTop);
}

void JoinCard::mousePressEvent(QMouseEvent *event)
{
    setCompact(!m_compact);
    event->accept();
}

bool JoinCard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        // A command (with Ctrl, Alt or Meta) is not a key to make it small: Ctrl+J shows it large.
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto *target = qobject_cast<QWidget *>(watched);
        const bool command = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
        const bool modifier =
            (key->key() >= Qt::Key_Shift && key->key() <= Qt::Key_ScrollLock) || key->key() == Qt::Key_AltGr;
        if (!m_compact && isVisible() && target && target->window() == window() && !command && !modifier)
            setCompact(true);
        return false;
    }
    if (watched == parentWidget() || watched == m_graph) {
        // (On a resize the window's layout may not have moved the docks yet: the card looks again
        // once it has.)
        if (event->type() == QEvent::Resize)
            place();
        if ((event->type() == QEvent::Resize || event->type() == QEvent::Paint) && isVisible() &&
            !m_follow->isActive())
            m_follow->start();
    }
    return QWidget::eventFilter(watched, event);
}

void JoinCard::changeEvent(QEvent *event)
{
    // Presenter mode enlarges the type: the card is measured again for it.
    if (event->type() == QEvent::FontChange)
        place();
    QWidget::changeEvent(event);
}

} // namespace bp::ui
