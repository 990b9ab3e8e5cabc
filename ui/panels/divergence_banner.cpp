#include "ui/panels/divergence_banner.h"

#include "ui/style/palette.h"
#include "ui/style/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bp::ui {

DivergenceBanner::DivergenceBanner(QWidget *parent) : QWidget(parent)
{
    setObjectName("divergenceBanner");
    // The explanation across the whole width, the remedies under it: at 1280 px three buttons
    // beside the text would squeeze it into a tall narrow column.
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    auto *lowerRate = new QPushButton(tr("Lower the rate ×0.1"), this);
    auto *resetButton = new QPushButton(tr("Reset"), this);
    m_rewind = new QPushButton(this);
    m_rewind->setAccessibleName(tr("Rewind to the last good state"));
    m_rewind->setToolTip(tr("Put the network back to the newest kept state whose weights and loss "
                            "were still finite"));
    lowerRate->setAccessibleName(tr("Lower the learning rate tenfold"));
    resetButton->setAccessibleName(tr("Reset the weights"));
    auto *remedies = new QHBoxLayout;
    remedies->addStretch(1);
    remedies->addWidget(m_rewind);
    remedies->addWidget(lowerRate);
    remedies->addWidget(resetButton);
    layout->addWidget(m_text);
    layout->addLayout(remedies);
    hide();
    connect(lowerRate, &QPushButton::clicked, this, &DivergenceBanner::lowerRateRequested);
    connect(resetButton, &QPushButton::clicked, this, &DivergenceBanner::resetRequested);
    connect(m_rewind, &QPushButton::clicked, this, &DivergenceBanner::rewindRequested);
}

void DivergenceBanner::applyStyle()
{
    const QColor banner =
        palette::alarmColor().darker(Theme::instance().kind() == ThemeKind::Dark ? 160 : 120);
    setStyleSheet(QString("#divergenceBanner { background: %1; } QLabel { color: %2; font-size: 13pt; }")
                      .arg(banner.name(), palette::textOn(banner).name()));
}

QString DivergenceBanner::divergenceText(const QString &coreMessage)
{
    // The core explains a divergence in English, with the step and the value that broke. In another
    // language a translated headline says what happened and what to do; the core's sentence
    // follows as the detail.
    const char *headline = QT_TR_NOOP("Training diverged: the learning rate is too high for this network, "
                                      "and the weights were kept as they were before that step. Lower the "
                                      "learning rate or reset.");
    const QString translated = tr(headline);
    if (translated == QLatin1String(headline))
        return coreMessage;
    return tr("%1 <span style='font-size:10pt'>(%2)</span>").arg(translated, coreMessage.toHtmlEscaped());
}

void DivergenceBanner::showSnapshot(const TrainingSnapshot &snapshot)
{
    setVisible(snapshot.diverged);
    if (!snapshot.diverged)
        return;
    m_text->setText(divergenceText(QString::fromStdString(snapshot.divergenceMessage)));
    // The state the worker rewinds to: the newest before the loss jumped.
    const int goodIndex = snapshot.timeline ? lastGoodMark(*snapshot.timeline) : -1;
    const TimelineMark *good =
        goodIndex >= 0 ? &(*snapshot.timeline)[static_cast<std::size_t>(goodIndex)] : nullptr;
    m_rewind->setVisible(good != nullptr);
    if (good)
        m_rewind->setText(tr("Rewind to epoch %1 (last good state)").arg(good->epoch));
}

} // namespace bp::ui
