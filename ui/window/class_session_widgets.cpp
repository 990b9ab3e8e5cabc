#include "ui/window/class_session_widgets.h"

#include "core/maths/random.h"
#include "core/session/session_code.h"
#include "ui/graph/graph_geometry.h"
#include "ui/graph/network_view.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkInterface>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionMenuItem>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bp::ui {

namespace {

constexpr int kDefaultPort = 8765;
// The follow bar: the message's padding inside its pill, the space between the pill and a button
// and after the last, the least room kept after the menus, and the least of the message shown.
constexpr int kPillPadding = 10;
constexpr int kBarSpacing = 6;
constexpr int kBarRightMargin = 4;
constexpr int kGapAfterMenus = 24;
constexpr int kLeastMessageChars = 12;

// Where the menu bar's titles end (from its left edge) and how tall they are, as QMenuBar lays
// them out (its own geometry cannot be asked for while it lays out its corner widget: it asks the
// corner widget's size first).
struct MenuTitles {
    int end = 0;
    int height = 0;
};

MenuTitles menuTitles(const QMenuBar &bar)
{
    const QStyle *style = bar.style();
    const int spacing = style->pixelMetric(QStyle::PM_MenuBarItemSpacing, nullptr, &bar);
    const int frame = style->pixelMetric(QStyle::PM_MenuBarPanelWidth, nullptr, &bar);
    MenuTitles titles;
    titles.end = frame + style->pixelMetric(QStyle::PM_MenuBarHMargin, nullptr, &bar) + spacing;
    for (const QAction *action : bar.actions()) {
        if (!action->isVisible() || action->isSeparator() || action->text().isEmpty())
            continue;
        QStyleOptionMenuItem option;
        option.initFrom(&bar);
        option.menuItemType = QStyleOptionMenuItem::Normal;
        option.text = action->text();
        const QSize size = style->sizeFromContents(
            QStyle::CT_MenuBarItem, &option, bar.fontMetrics().size(Qt::TextShowMnemonic, action->text()), &bar);
        titles.end += size.width() + spacing;
        titles.height = std::max(titles.height, size.height());
    }
    return titles;
}

} // namespace

FollowBar::FollowBar(QWidget *parent) : QWidget(parent)
{
    setObjectName("followBar");
    setAccessibleName(tr("Class session"));
    auto *layout = new QHBoxLayout(this);
    // The menu bar gives the bar its row's height, which may be less than a button would ask for.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->setContentsMargins(0, 0, kBarRightMargin, 0);
    layout->setSpacing(kBarSpacing);
    m_text = new QLabel(this);
    m_text->setObjectName("followMessage");
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::HighlightedText);
    m_text->setContentsMargins(kPillPadding, 0, kPillPadding, 0);
    // Its width is the bar's to give (sizeHint); the text is shortened to it.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Only the weight: the size is the menu bar's (larger in presenter mode).
    QFont bold;
    bold.setWeight(QFont::DemiBold);
    m_text->setFont(bold);
    m_text->installEventFilter(this);
    layout->addWidget(m_text, 1);
    m_explore = new QToolButton(this);
    m_explore->setText(tr("Explore on my own"));
    m_explore->setToolTip(tr("A private copy of the lecturer's run: step, click, zoom and change settings"));
    m_follow = new QToolButton(this);
    m_follow->setText(tr("Follow again"));
    m_follow->setToolTip(tr("Back to what the lecturer shows now"));
    for (QToolButton *button : {m_explore, m_follow}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Ignored);
        layout->addWidget(button);
    }
    connect(m_explore, &QToolButton::clicked, this, &FollowBar::exploreRequested);
    connect(m_follow, &QToolButton::clicked, this, &FollowBar::followRequested);
    setExploring(false);
    hide();
}

void FollowBar::setMessage(const QString &message)
{
    m_message = message;
    m_text->setAccessibleName(message);
    showMessageInRoom();
    relayout();
}

QString FollowBar::shownMessage() const
{
    return m_text->text();
}

QAbstractButton *FollowBar::exploreButton() const
{
    return m_explore;
}

QAbstractButton *FollowBar::followButton() const
{
    return m_follow;
}

void FollowBar::setExploring(bool exploring)
{
    m_explore->setVisible(!exploring);
    m_follow->setVisible(exploring);
    relayout();
}

void FollowBar::setFinal()
{
    m_explore->hide();
    m_follow->hide();
    relayout();
}

int FollowBar::buttonsWidth() const
{
    int width = 0;
    for (const QToolButton *button : {m_explore, m_follow})
        if (!button->isHidden())
            width += kBarSpacing + button->sizeHint().width();
    return width;
}

QSize FollowBar::sizeHint() const
{
    if (isHidden())
        return {0, 0};
    const QFontMetrics metrics = m_text->fontMetrics();
    // (+2: the advance is rounded, elision measures it exactly.)
    int text = metrics.horizontalAdvance(m_message) + 2 * kPillPadding + 2;
    const int least = metrics.averageCharWidth() * kLeastMessageChars + 2 * kPillPadding;
    const int buttons = buttonsWidth() + kBarRightMargin;
    int height = std::max(metrics.height(), m_explore->sizeHint().height());
    if (const auto *bar = qobject_cast<const QMenuBar *>(parentWidget())) {
        const MenuTitles titles = menuTitles(*bar);
        height = titles.height;
        text = std::min(text, std::max(least, bar->width() - titles.end - kGapAfterMenus - buttons));
    }
    return {std::max(least, text) + buttons, height};
}

QSize FollowBar::minimumSizeHint() const
{
    if (isHidden())
        return {0, 0};
    return {m_text->fontMetrics().averageCharWidth() * kLeastMessageChars + 2 * kPillPadding + buttonsWidth() +
                kBarRightMargin,
            sizeHint().height()};
}

void FollowBar::relayout()
{
    // A menu bar lays out its corner widget only when the widget is set, shown or hidden, or the
    // bar itself changes: setting it again makes it take the new width.
    if (auto *bar = qobject_cast<QMenuBar *>(parentWidget()); bar && bar->cornerWidget() == this)
        bar->setCornerWidget(this, Qt::TopRightCorner);
    updateGeometry();
}

void FollowBar::showMessageInRoom()
{
    const QString shown =
        m_text->fontMetrics().elidedText(m_message, Qt::ElideRight, m_text->contentsRect().width());
    m_text->setText(shown);
    m_text->setToolTip(shown == m_message ? QString() : m_message);
    update();
}

bool FollowBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        showMessageInRoom();
    return QWidget::eventFilter(watched, event);
}

void FollowBar::paintEvent(QPaintEvent *)
{
    // The message on the highlight colour: what tells a student at a glance that the window is the
    // lecturer's, not their own.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF pill = QRectF(m_text->geometry()).adjusted(0.5, 2.5, -0.5, -2.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
}

ClassTallyView::ClassTallyView(QWidget *parent, NetworkView *graph) : QWidget(parent), m_graph(graph)
{
    setObjectName("classTally");
    setAccessibleName(tr("The class's answers"));
    m_voteAgain = new QPushButton(tr("Vote again"), this);
    m_voteAgain->setToolTip(tr("After a discussion: a second round, the first kept beside it"));
    connect(m_voteAgain, &QPushButton::clicked, this, &ClassTallyView::voteAgainRequested);
    // Presenter mode and the window's size resize the graph: the tally's type follows the room.
    if (graph)
        graph->installEventFilter(this);
    hide();
}

void ClassTallyView::setTally(const QStringList &choices, const std::vector<std::vector<int>> &rounds,
                              int correct)
{
    m_choices = choices;
    m_rounds = rounds;
    m_correct = correct;
    // Another round only before the reveal; after it the class has seen the answer.
    m_voteAgain->setVisible(correct < 0);
    setAccessibleDescription(summary());
    followRoom();
}

void ClassTallyView::clear()
{
    setTally({}, {}, -1);
}

QString ClassTallyView::summary() const
{
    if (m_rounds.empty())
        return {};
    if (m_correct < 0) {
        int total = 0;
        for (int count : m_rounds.back())
            total += count;
        return m_rounds.size() > 1 ? tr("Round %1: %n answers", nullptr, total).arg(m_rounds.size())
                                   : tr("%n answers", nullptr, total);
    }
    QStringList rounds;
    for (std::size_t r = 0; r < m_rounds.size(); ++r) {
        QStringList counts;
        for (int c = 0; c < m_choices.size() && c < static_cast<int>(m_rounds[r].size()); ++c)
            counts << QStringLiteral("%1 %2").arg(m_rounds[r][static_cast<std::size_t>(c)]).arg(m_choices[c]);
        rounds << tr("round %1: %2").arg(r + 1).arg(counts.join(QStringLiteral(", ")));
    }
    return rounds.join(QStringLiteral(" · ")) + QStringLiteral(" · ") +
           tr("right: %1").arg(m_choices.value(m_correct));
}

int ClassTallyView::textPixels() const
{
    const int desk = qRound(QFontInfo(font()).pixelSize() * 1.25);
    const QSizeF room = QSizeF(window()->size());
    const bool presenting = m_graph && m_graph->textScale() > 1.0;
    if (!presenting && room.width() < 1920.0)
        return desk;
    return std::max(desk, presenterTextPixels(room));
}

QFont ClassTallyView::textFont(double scale) const
{
    QFont f = font();
    f.setPixelSize(std::max(1, qRound(textPixels() * scale)));
    return f;
}

ClassTallyView::Layout ClassTallyView::layoutNow() const
{
    const QFontMetrics metrics(textFont());
    Layout l;
    QFont bold = textFont();
    bold.setWeight(QFont::Bold);
    const QFontMetrics boldMetrics(bold);
    for (const QString &choice : m_choices)
        l.labelWidth = std::max(l.labelWidth, boldMetrics.horizontalAdvance(choice + QStringLiteral(" ✓")));
    // A bar as tall as its count's line, the rounds of a choice together, the choices apart.
    l.barHeight = metrics.height();
    l.gap = std::max(4, metrics.height() / 3);
    l.rowHeight = static_cast<int>(std::max<std::size_t>(1, m_rounds.size())) * (l.barHeight + 2) + l.gap;
    l.countWidth = metrics.horizontalAdvance(QStringLiteral("0000"));
    return l;
}

int ClassTallyView::barRoom() const
{
    if (m_rounds.empty() || m_correct < 0)
        return 0;
    const Layout l = layoutNow();
    return std::max(10, width() - 8 - l.labelWidth - l.gap - l.countWidth - l.gap);
}

QSize ClassTallyView::sizeHint() const
{
    const int px = textPixels();
    if (m_correct < 0 || m_rounds.empty()) {
        const QFontMetrics big(textFont(1.3));
        return {big.horizontalAdvance(summary()) + m_voteAgain->sizeHint().width() + 24,
                std::max(big.height() * 2, m_voteAgain->sizeHint().height() + 8)};
    }
    // Bars of at least a dozen characters' width: a difference of one vote shows from the back row.
    const Layout l = layoutNow();
    const int rows = static_cast<int>(std::max<qsizetype>(1, m_choices.size()));
    return {8 + l.labelWidth + l.gap + px * 12 + l.gap + l.countWidth, 4 + rows * l.rowHeight};
}

QSize ClassTallyView::minimumSizeHint() const
{
    return sizeHint();
}

bool ClassTallyView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_graph && event->type() == QEvent::Resize)
        followRoom();
    return QWidget::eventFilter(watched, event);
}

void ClassTallyView::followRoom()
{
    m_voteAgain->setFont(textFont());
    m_voteAgain->resize(m_voteAgain->sizeHint());
    updateGeometry();
    update();
}

void ClassTallyView::paintEvent(QPaintEvent *)
{
    if (m_rounds.empty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::HighlightedText);
    painter.setPen(text);
    QRect area = rect().adjusted(4, 2, -4, -2);
    if (m_correct < 0) {
        // While the round is open, only how many answered: the class should not follow the crowd.
        QFont big = textFont(1.3);
        big.setWeight(QFont::DemiBold);
        painter.setFont(big);
        const QRect caption = area.adjusted(0, 0, -m_voteAgain->width() - 8, 0);
        painter.drawText(caption, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, summary());
        m_voteAgain->move(area.right() - m_voteAgain->width(), area.center().y() - m_voteAgain->height() / 2);
        return;
    }
    // One row per choice, one bar per round (the later rounds below the earlier ones), in type the
    // room can read.
    const Layout l = layoutNow();
    const int rows = static_cast<int>(m_choices.size());
    const int rounds = static_cast<int>(m_rounds.size());
    int largest = 1;
    for (const std::vector<int> &round : m_rounds)
        for (int count : round)
            largest = std::max(largest, count);
    const int barLeft = area.left() + l.labelWidth + l.gap;
    const int room = barRoom();
    const int top0 = area.top() + std::max(0, (area.height() - rows * l.rowHeight) / 2);
    for (int c = 0; c < rows; ++c) {
        const int top = top0 + c * l.rowHeight;
        const bool right = c == m_correct;
        QFont label = textFont();
        label.setWeight(right ? QFont::Bold : QFont::Normal);
        painter.setFont(label);
        painter.setPen(text);
        painter.drawText(QRect(area.left(), top, l.labelWidth, l.rowHeight - l.gap), Qt::AlignVCenter | Qt::AlignLeft,
                         right ? m_choices[c] + QStringLiteral(" ✓") : m_choices[c]);
        painter.setFont(textFont());
        for (int r = 0; r < rounds; ++r) {
            const int count = c < static_cast<int>(m_rounds[static_cast<std::size_t>(r)].size())
                                  ? m_rounds[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]
                                  : 0;
            const int y = top + r * (l.barHeight + 2);
            QColor fill = text;
            // Earlier rounds fainter; the true answer's bars solid.
            fill.setAlphaF(r + 1 == rounds ? (right ? 1.0 : 0.55) : 0.3);
            const int length = room * count / largest;
            painter.fillRect(QRect(barLeft, y, std::max(1, length), l.barHeight), fill);
            painter.drawText(QRect(barLeft + length + l.gap / 2, y, l.countWidth, l.barHeight),
                             Qt::AlignVCenter | Qt::AlignLeft, QString::number(count));
        }
    }
}

QString generateSessionCode()
{
    Random random(QRandomGenerator::system()->generate64());
    return QString::fromStdString(session::makeSessionCode(random));
}

bool splitHostAndPort(const QString &text, QString *address, quint16 *port, QString *problem)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint number = colon > 0 ? trimmed.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || number < 1 || number > 65535) {
        if (problem)
            *problem = QObject::tr("Expected ADDRESS:PORT, such as 192.168.1.20:8765.");
        return false;
    }
    if (address)
        *address = trimmed.left(colon);
    if (port)
        *port = static_cast<quint16>(number);
    return true;
}

StartClassDialog::StartClassDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Start class session"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_interfaces = new QComboBox(this);
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if (!(interface.flags() & QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            const QString name = interface.humanReadableName();
            m_interfaces->addItem(QStringLiteral("%1 — %2").arg(ip.toString(), name), ip.toString());
        }
    }
    // The loopback address is always offered: a lecturer may try the session on one machine.
    if (m_interfaces->findData(QStringLiteral("127.0.0.1")) < 0)
        m_interfaces->addItem(QStringLiteral("127.0.0.1 — loopback"), QStringLiteral("127.0.0.1"));
    // The first address that students can reach, when there is one.
    for (int i = 0; i < m_interfaces->count(); ++i)
        if (!QHostAddress(m_interfaces->itemData(i).toString()).isLoopback()) {
            m_interfaces->setCurrentIndex(i);
            break;
        }
    form->addRow(tr("&Network:"), m_interfaces);
    m_port = new QSpinBox(this);
    m_port->setRange(1024, 65535);
    m_port->setValue(kDefaultPort);
    form->addRow(tr("&Port:"), m_port);
    m_code = new QLineEdit(generateSessionCode(), this);
    m_code->setMaxLength(12);
    form->addRow(tr("Session &code:"), m_code);
    layout->addLayout(form);
    auto *note =
        new QLabel(tr("Students join from this network with the code. The traffic on the network is "
                      "not encrypted: only the lesson's numbers and anonymous answers travel, nothing "
                      "personal. The session listens only until you stop it."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(text.trimmed().size() >= 4);
    });
    layout->addWidget(buttons);
}

QString StartClassDialog::address() const
{
    return m_interfaces->currentData().toString();
}

quint16 StartClassDialog::port() const
{
    return static_cast<quint16>(m_port->value());
}

QString StartClassDialog::code() const
{
    return QString::fromStdString(session::normaliseCode(m_code->text().toStdString()));
}

JoinClassDialog::JoinClassDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Join class session"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("joinAddress"));
    m_host->setPlaceholderText(QStringLiteral("192.168.1.20:%1").arg(kDefaultPort));
    form->addRow(tr("&Address:"), m_host);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("joinCode"));
    m_code->setMaxLength(12);
    form->addRow(tr("Session &code:"), m_code);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Join"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QLineEdit::textChanged, this, &JoinClassDialog::check);
    connect(m_code, &QLineEdit::textChanged, this, &JoinClassDialog::check);
    layout->addWidget(buttons);
    check();
}

void JoinClassDialog::check()
{
    QString problem;
    const bool hostOk = splitHostAndPort(m_host->text(), nullptr, nullptr, &problem);
    m_problem->setText(m_host->text().isEmpty() || hostOk ? QString() : problem);
    m_ok->setEnabled(hostOk && !m_code->text().trimmed().isEmpty());
}

QString JoinClassDialog::hostAndPort() const
{
    return m_host->text().trimmed();
}

QString JoinClassDialog::code() const
{
    return QString::fromStdString(session::normaliseCode(m_code->text().toStdString()));
}

} // namespace bp::ui
