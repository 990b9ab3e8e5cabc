#include "ui/window/message_bar.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace bp::ui {

namespace {

// Room left and right of the message, as QStatusBar leaves it.
constexpr double kMessageMargin = 8.0;

} // namespace

QString shortenAtWord(const QString &text, const QFontMetricsF &metrics, double width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QString ellipsis = QStringLiteral("…");
    const double room = width - metrics.horizontalAdvance(ellipsis);
    qsizetype cut = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isSpace() || (i > 0 && text[i - 1].isSpace()))
            continue;
        if (metrics.horizontalAdvance(text.left(i)) > room)
            break;
        cut = i;
    }
    if (cut > 0) {
        QString shortened = text.left(cut);
        // "…rate, or" reads better as "…rate, or…" than "…rate,…": drop trailing punctuation only.
        while (!shortened.isEmpty() && QStringLiteral(",;:").contains(shortened.back()))
            shortened.chop(1);
        return shortened + ellipsis;
    }
    return metrics.elidedText(text, Qt::ElideRight, width);
}

MessageBar::MessageBar(QWidget *parent) : QStatusBar(parent)
{
    connect(this, &QStatusBar::messageChanged, this, [this](const QString &message) {
        setToolTip(shownMessage() == message ? QString() : message);
    });
}

double MessageBar::messageWidth() const
{
    return static_cast<double>(width()) - 2.0 * kMessageMargin - (isSizeGripEnabled() ? 16.0 : 0.0);
}

QString MessageBar::shownMessage() const
{
    return shortenAtWord(currentMessage(), QFontMetricsF(font()), messageWidth());
}

void MessageBar::resizeEvent(QResizeEvent *event)
{
    QStatusBar::resizeEvent(event);
    const QString message = currentMessage();
    setToolTip(message.isEmpty() || shownMessage() == message ? QString() : message);
}

void MessageBar::paintEvent(QPaintEvent *event)
{
    const QString message = currentMessage();
    if (message.isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    // QStatusBar would clip the message wherever the bar ends, mid-word.
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &option, &painter, this);
    painter.setPen(palette().windowText().color());
    painter.drawText(QRectF(rect()).adjusted(kMessageMargin, 0.0, -kMessageMargin, 0.0),
                     Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, shownMessage());
}

} // namespace bp::ui
