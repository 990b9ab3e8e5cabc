#include "ui/window/join_card.h"

#include "ui/graph/network_view.h"
#include "ui/teach/card_place.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QTimer>

#include <qrencode.h>

#include <algorithm>

namespace bp::ui {

namespace {

constexpr int kQuietZone = 4;
constexpr int kCardMargin = 16;
// The QR code's side: scannable from the back of a lecture hall, and the most it takes beside the graph.
constexpr int kScannable = 160;
constexpr int kBesideGraph = 240;

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
    // The address and the code in large type, the counts smaller; smaller still on the compact card.
    static constexpr double kLarge[] = {1.9, 2.6, 1.2};
    static constexpr double kCompact[] = {1.2, 1.4, 1.0};
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * (m_compact ? kCompact[line] : kLarge[line]));
    f.setWeight(line < 2 ? QFont::DemiBold : QFont::Normal);
    // Within `width`, as large as fits, down to the window's own size (then the text is elided).
    while (width > 0 && f.pointSizeF() > font().pointSizeF() &&
           QFontMetrics(f).horizontalAdvance(lines()[line]) + 2 > width) // (+2: the advance is rounded)
        f.setPointSizeF(std::max(font().pointSizeF(), f.pointSizeF() * 0.9));
    return f;
}

QStringList JoinCard::lines() const
{
    return {m_url, tr("Code: %1").arg(m_code), countsText()};
}

int JoinCard::textHeight(int width) const
{
    int height = countsHeight(width);
    for (int line = 0; line < 2; ++line)
        height += QFontMetrics(lineFont(line, width)).height();
    return height;
}

QString JoinCard::wrappableCounts() const
{
    const QStringList parts = {tr("%n connected", nullptr, m_phones + m_followers),
                               tr("%n on phones", nullptr, m_phones), tr("%n in the app", nullptr, m_followers)};
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
    const QString text = line == 2 ? countsText().replace(QRegularExpression(QStringLiteral("\\d+")), "00")
                                   : lines()[line];
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
    const int url = lineWidth(0, true), code = lineWidth(1, true);
    switch (form) {
    case Form::Large: {
        const int inner = std::max({side, url, code});
        return {inner + 2 * kCardMargin, side + textHeight(inner) + 3 * kCardMargin};
    }
    case Form::Small: {
        const int inner = std::max(side + kCardMargin + code, url);
        const int below = QFontMetrics(lineFont(0, inner)).height() + countsHeight(inner);
        return {inner + 2 * kCardMargin, side + below + 3 * kCardMargin};
    }
    case Form::Text: break;
    }
    const int widest = std::max({lineWidth(0), lineWidth(1), lineWidth(2)});
    return {widest + 2 * kCardMargin, textHeight() + 2 * kCardMargin};
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
    for (QWidget *kept : m_kept)
        if (kept && host && kept->isVisible())
            values.append(QRect(kept->mapTo(host, QPoint(0, 0)), kept->size()));
    return values;
}

void JoinCard::setCompact(bool compact)
{
    m_compact = compact;
    setToolTip(compact ? tr("Click to show the QR code large") : tr("Click to make the card small"));
    place();
    update();
}

void JoinCard::place()
{
    QWidget *host = parentWidget();
    if (!host)
        return;
    // Anywhere on the graph, nearest its middle, off every neuron and value (the placer of the
    // guided lesson's card); where the graph has no room, anywhere in the window off them.
    const QRect window = host->rect().adjusted(8, 8, -8, -8);
    const QRect graph = m_graph && m_graph != host && m_graph->isVisible()
                            ? QRect(m_graph->mapTo(host, QPoint(0, 0)), m_graph->size()).adjusted(8, 8, -8, -8)
                            : window;
    CardRoom room;
    room.rooms = {graph, window};
    room.values = graphValues();
    const auto fits = [&](Form form, int module, const QList<QRect> &rooms) {
        CardRoom in = room;
        in.rooms = rooms;
        const QSize size = sizeFor(form, module);
        if (const std::optional<QPoint> at = findCardPlace(in, size)) {
            m_form = form;
            m_module = module;
            setGeometry(QRect(*at, size));
            raise();
            return true;
        }
        return false;
    };
    if (!m_compact && !m_qr.isNull()) {
        // The QR code in whole pixels per module, above the text or (a shorter card) beside the code:
        // as large as the graph's free room allows; else, scannable from the back of the room
        // (160 px) to 240 px beside the graph; else as large as any room allows.
        const int scannable = (kScannable + m_qr.width() - 1) / m_qr.width();
        const int largest = std::min(graph.height() - textHeight() - 2 * kCardMargin, graph.width() * 6 / 10);
        const auto tryModules = [&](int from, int to, const QList<QRect> &rooms) {
            for (int module = from; module >= to; --module)
                if (fits(Form::Large, module, rooms) || fits(Form::Small, module, rooms))
                    return true;
            return false;
        };
        if (tryModules(largest / m_qr.width(), scannable, {graph}) ||
            tryModules(kBesideGraph / m_qr.width(), scannable, {window}) ||
            tryModules(scannable - 1, 2, {graph, window}))
            return;
    }
    if (fits(Form::Text, 0, room.rooms))
        return;
    // No place leaves every value visible (a tiny window): the text alone, over as few as it can.
    m_form = m_compact || m_qr.isNull() ? Form::Text : Form::Small;
    m_module = 2;
    const QSize size = sizeFor(m_form, m_module).boundedTo(host->size());
    setGeometry(QRect(leastCoveringPlace(room, size), size));
    raise();
}

void JoinCard::follow()
{
    if (!isVisible())
        return;
    const QList<QRect> values = graphValues();
    if (std::any_of(values.begin(), values.end(), [this](const QRect &v) { return geometry().intersects(v); }))
        place();
}

QRect JoinCard::qrRect() const
{
    if (m_qr.isNull() || m_form == Form::Text)
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
    const QRect qr = qrRect();
    int y = kCardMargin;
    if (!qr.isNull()) {
        // Whole pixels per module and no smoothing: every module a sharp square.
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(qr, m_qr);
        y = qr.bottom() + kCardMargin;
    }
    painter.setPen(palette().color(QPalette::Text));
    const QStringList texts = lines();
    m_drawn.clear();
    m_drawnBottom = 0;
    // The address and the code elided in the middle only where no place is wide enough (a tiny
    // window); the counts wrap between their parts instead.
    const auto drawLine = [&](int line, const QRect &box, Qt::Alignment align) {
        const int wrapWidth = m_form == Form::Text ? 0 : box.width();
        const QFont f = lineFont(line, wrapWidth);
        painter.setFont(f);
        if (line == 2) {
            const int height = countsHeight(wrapWidth);
            const QRect counts(box.left(), box.top(), box.width(), height);
            QRect drawn;
            painter.drawText(counts, align | Qt::TextWordWrap, wrappableCounts(), &drawn);
            m_drawn << wrappableCounts();
            m_drawnBottom = std::max(m_drawnBottom, drawn.bottom());
            return height;
        }
        const QString shown = QFontMetrics(f).elidedText(texts[line], Qt::ElideMiddle, box.width());
        QRect drawn;
        painter.drawText(box, align, shown, &drawn);
        m_drawn << shown;
        m_drawnBottom = std::max(m_drawnBottom, drawn.bottom());
        return QFontMetrics(f).height();
    };
    const int inner = width() - 2 * kCardMargin;
    if (m_form == Form::Small) {
        // The code beside the QR code, the address and the counts beneath both.
        const QRect beside(qr.right() + kCardMargin, qr.top(), width() - qr.right() - 2 * kCardMargin, qr.height());
        drawLine(1, beside, Qt::AlignLeft | Qt::AlignVCenter);
        for (const int line : {0, 2})
            y += drawLine(line, QRect(kCardMargin, y, inner, QFontMetrics(lineFont(line, inner)).height()),
                          Qt::AlignHCenter | Qt::AlignTop);
        return;
    }
    for (int line = 0; line < 3; ++line)
        y += drawLine(line,
                      QRect(kCardMargin, y, inner, QFontMetrics(lineFont(line, m_form == Form::Text ? 0 : inner)).height()),
                      Qt::AlignHCenter | Qt::AlignTop);
}

void JoinCard::mousePressEvent(QMouseEvent *event)
{
    setCompact(!m_compact);
    event->accept();
}

bool JoinCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() || watched == m_graph) {
        if (event->type() == QEvent::Resize)
            place();
        else if (event->type() == QEvent::Paint && isVisible() && !m_follow->isActive())
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
