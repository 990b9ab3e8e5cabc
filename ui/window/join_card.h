#pragma once

#include <QImage>
#include <QList>
#include <QStringList>
#include <QWidget>

class QMouseEvent;
class QTimer;

namespace bp::ui {

/// The QR code of text as an image of one pixel per module, with the standard quiet zone of four
/// modules, black on white; a null image when libqrencode cannot encode it.
QImage qrCodeImage(const QString &text);

/// How to join, on the projector: the QR code of the page (drawn at a whole number of pixels per
/// module, so it stays crisp), the address in large type, the code and the students connected; once
/// teaching starts, a badge of the address, the code and the number connected.
class JoinCard : public QWidget {
    Q_OBJECT

public:
    /// Over `parent` (the window), on `graph` where it finds room (the graph is the parent when
    /// none is given).
    explicit JoinCard(QWidget *parent = nullptr, QWidget *graph = nullptr);
    /// Widgets the card never covers while they are shown (the question the class answers).
    void keepVisible(QWidget *widget) { m_kept.append(widget); }

    void setDetails(const QString &pageUrl, const QString &code);
    void setCounts(int phones, int followers);
    QString pageUrl() const { return m_url; }
    QString code() const { return m_code; }
    QString countsText() const;
    /// Pixels per module of the QR code as drawn now.
    int moduleSize() const;
    /// Large (while the class joins): the QR code as large as the graph's free room allows, else over
    /// the graph (nothing is taught yet), never over the widgets kept visible; it says that any key
    /// or a click makes it small. Compact: a badge of the address, the code and the number connected
    /// in large type, no QR code, where it covers nothing the class reads or the lecturer reaches
    /// for: no neuron or text of the graph, dock, status line, menu title or tool bar control. A
    /// click toggles; so does any key (without Ctrl, Alt or Meta) on the window while it is large.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    /// Places the card over its parent (the graph) for the parent's size and what it shows now.
    void place();
    /// The lines of text as the last paint drew them (the counts wrapped, never elided), for tests.
    QStringList drawnLines() const { return m_drawn; }
    /// The lowest pixel row of text the last paint drew.
    int drawnTextBottom() const { return m_drawnBottom; }
    /// The smallest pixel size of text the last paint drew.
    int drawnTextPixels() const { return m_drawnPixels; }

signals:
    /// The card became the badge (true) or large again (false).
    void compactChanged(bool compact);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// How the card is laid out now: the QR code above the text, the QR code beside the code (the
    /// address and counts beneath), the text alone, or the compact badge.
    enum class Form { Large, Small, Text, Badge };
    QRect qrRect() const;
    /// The font of a line; with a width, shrunk (not below the window's type) to fit it.
    QFont lineFont(int line, int width = 0) const;
    QStringList lines() const;
    int textHeight(int width = 0) const;
    /// The counts with breaks allowed only between its parts ("1 connected ·" / "0 in the app").
    QString wrappableCounts() const;
    /// The height of the counts within `width` (0: on one line), wrapped between their parts.
    int countsHeight(int width) const;
    /// A line's width in its font, or in the window's type (the least it may shrink to).
    int lineWidth(int line, bool least = false) const;
    /// The card's size in `form` with `module` pixels per module of the QR code.
    QSize sizeFor(Form form, int module) const;
    /// The neurons and values of the graph, in the parent's coordinates.
    QList<QRect> graphValues() const;
    /// The widgets kept visible, in the parent's coordinates.
    QList<QRect> keptValues() const;
    /// What the badge leaves visible: the kept widgets, every neuron and text of the graph, and in a
    /// main window its docks, status line, menu titles and tool bar controls.
    QList<QRect> badgeValues() const;
    /// The badge's rows in a form (1: all on one line; 2: the address over the rest; 3: one each;
    /// 4: the address over the code without its label and the counts); with `widest`, the counts
    /// at two digits (the badge does not grow as students join).
    QStringList badgeRows(int form, bool widest = false) const;
    QFont badgeFont(int pixels) const;
    QSize badgeSize(int form, int pixels) const;
    /// The badge's least type: presenting, the room's presenter minimum; else a little above the
    /// window's type.
    int leastBadgePixels() const;
    void placeBadge();
    void placeLarge();
    /// After the graph repainted: places the card again if it now covers what it must not.
    void follow();

    QString m_url;
    QString m_code;
    QImage m_qr;
    int m_phones = 0;
    int m_followers = 0;
    bool m_compact = false;
    Form m_form = Form::Large;
    int m_module = 0;
    QTimer *m_follow = nullptr;
    QWidget *m_graph = nullptr;
    QList<QWidget *> m_kept;
    QStringList m_drawn;
    int m_drawnBottom = 0;
    int m_drawnPixels = 0;
    int m_badgeForm = 1;
    int m_badgePixels = 0;
};

} // namespace bp::ui
