#include "ui/window/preferences_dialog.h"

#include "ui/style/color_vision.h"
#include "ui/style/palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bp::ui {

namespace {

const QString kThemeKey = QStringLiteral("ui/theme");
const QString kScaleKey = QStringLiteral("ui/signedPalette");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kSpeedKey = QStringLiteral("animationSpeed");
const QString kPaceKey = QStringLiteral("pace");
const QString kReopenKey = QStringLiteral("startup/reopenLastExperiment");

} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    p.theme = Theme::themeFromKey(settings.value(kThemeKey).toString(), p.theme);
    p.signedScale = Theme::scaleFromKey(settings.value(kScaleKey).toString(), p.signedScale);
    const QString language = settings.value(kLanguageKey).toString();
    p.language = language == QLatin1String("en") || language == QLatin1String("it") ? language : QString();
    bool ok = false;
    const int speed = settings.value(kSpeedKey, p.animationSpeed).toInt(&ok);
    p.animationSpeed = ok ? std::clamp(speed, 1, 10) : p.animationSpeed;
    const double pace = settings.value(kPaceKey, p.pace).toDouble(&ok);
    p.pace = ok && std::isfinite(pace) && pace >= 0.0 ? pace : Preferences().pace;
    p.reopenLastExperiment = settings.value(kReopenKey, p.reopenLastExperiment).toBool();
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(kThemeKey, Theme::keyOf(theme));
    settings.setValue(kScaleKey, Theme::keyOf(signedScale));
    settings.setValue(kLanguageKey, language);
    settings.setValue(kSpeedKey, animationSpeed);
    settings.setValue(kPaceKey, pace);
    settings.setValue(kReopenKey, reopenLastExperiment);
}

SignedScalePreview::SignedScalePreview(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Preview of the signed-value colours under normal vision and three colour-vision "
                         "deficiencies"));
    setMinimumHeight(4 * 22);
    connect(&Theme::instance(), &Theme::changed, this, qOverload<>(&QWidget::update));
}

QSize SignedScalePreview::sizeHint() const
{
    return {380, 4 * 24};
}

void SignedScalePreview::paintEvent(QPaintEvent *)
{
    using color_vision::Deficiency;
    const std::array<std::pair<Deficiency, QString>, 4> rows = {
        {{Deficiency::None, tr("normal")},
         {Deficiency::Protanopia, tr("protanopia")},
         {Deficiency::Deuteranopia, tr("deuteranopia")},
         {Deficiency::Tritanopia, tr("tritanopia")}}};
    QPainter painter(this);
    painter.fillRect(rect(), palette::canvasColor());
    const int labelWidth = std::min(width() / 3, fontMetrics().horizontalAdvance(tr("deuteranopia")) + 12);
    const int rowHeight = height() / static_cast<int>(rows.size());
    constexpr int kSteps = 41;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const int top = static_cast<int>(r) * rowHeight;
        painter.setPen(palette::inkColor());
        painter.drawText(QRect(4, top, labelWidth - 8, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         rows[r].second);
        const double span = static_cast<double>(width() - labelWidth - 4);
        for (int i = 0; i < kSteps; ++i) {
            const double value = -1.0 + 2.0 * i / (kSteps - 1);
            const QColor colour = color_vision::simulate(palette::signedColor(value, 1.0), rows[r].first);
            const int x0 = labelWidth + static_cast<int>(span * i / kSteps);
            const int x1 = labelWidth + static_cast<int>(span * (i + 1) / kSteps);
            painter.fillRect(QRect(x0, top + 3, x1 - x0, rowHeight - 6), colour);
        }
    }
}

PreferencesDialog::PreferencesDialog(const Preferences &current, const QList<QPair<QString, double>> &paces,
                                     QWidget *parent)
    : QDialog(parent), m_initial(current)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_theme = new QComboBox(this);
    for (const ThemeKind kind : Theme::kAllKinds)
        m_theme->addItem(Theme::displayName(kind), Theme::keyOf(kind));
    m_theme->setCurrentIndex(m_theme->findData(Theme::keyOf(current.theme)));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setToolTip(tr("Light, dark, or high contrast (black on white, thicker lines) for a projector"));
    form->addRow(tr("&Theme:"), m_theme);

    m_scale = new QComboBox(this);
    for (const SignedScale scale : Theme::kAllScales)
        m_scale->addItem(Theme::displayName(scale), Theme::keyOf(scale));
    m_scale->setCurrentIndex(m_scale->findData(Theme::keyOf(current.signedScale)));
    m_scale->setAccessibleName(tr("Colours of signed values"));
    m_scale->setToolTip(tr("The colours of negative and positive weights, δ and ∂E/∂w. Each choice stays "
                           "readable with red-green and blue-yellow colour blindness."));
    form->addRow(tr("&Signed values:"), m_scale);
    auto *preview = new SignedScalePreview(this);
    form->addRow(QString(), preview);
    auto *previewNote = new QLabel(tr("From −1 to +1, as seen with normal vision and with each kind of "
                                      "colour blindness."),
                                   this);
    previewNote->setWordWrap(true);
    form->addRow(QString(), previewNote);

    m_language = new QComboBox(this);
    m_language->addItem(tr("System"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language of the application; applies the next time it starts"));
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies the next time Backprop Studio starts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);

    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setRange(1, 10);
    m_speed->setValue(std::clamp(current.animationSpeed, 1, 10));
    m_speed->setAccessibleName(tr("Animation speed"));
    m_speed->setToolTip(tr("How fast the phases of one step are animated, from 1 (slow) to 10 (fast)"));
    form->addRow(tr("&Animation speed:"), m_speed);

    m_pace = new QComboBox(this);
    for (const auto &[text, pace] : paces)
        m_pace->addItem(text, pace);
    m_pace->setCurrentIndex(std::max(0, m_pace->findData(current.pace)));
    m_pace->setAccessibleName(tr("Training pace"));
    m_pace->setToolTip(tr("How fast Play trains"));
    form->addRow(tr("Training &pace:"), m_pace);

    m_reopen = new QCheckBox(tr("&Reopen the last experiment at start"), this);
    m_reopen->setChecked(current.reopenLastExperiment);
    m_reopen->setAccessibleName(tr("Reopen the last experiment at start"));
    m_reopen->setToolTip(tr("Open the experiment file that was open when Backprop Studio last closed"));
    form->addRow(QString(), m_reopen);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The look changes as it is chosen, so the teacher sees it on the real window.
    connect(m_theme, &QComboBox::currentIndexChanged, this, &PreferencesDialog::previewTheme);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &PreferencesDialog::previewTheme);
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.theme = Theme::themeFromKey(m_theme->currentData().toString());
    p.signedScale = Theme::scaleFromKey(m_scale->currentData().toString());
    p.language = m_language->currentData().toString();
    p.animationSpeed = m_speed->value();
    p.pace = m_pace->count() > 0 ? m_pace->currentData().toDouble() : m_initial.pace;
    p.reopenLastExperiment = m_reopen->isChecked();
    return p;
}

void PreferencesDialog::previewTheme()
{
    const Preferences p = preferences();
    Theme::instance().setKind(p.theme);
    Theme::instance().setSignedScale(p.signedScale);
}

void PreferencesDialog::reject()
{
    Theme::instance().setKind(m_initial.theme);
    Theme::instance().setSignedScale(m_initial.signedScale);
    QDialog::reject();
}

} // namespace bp::ui
