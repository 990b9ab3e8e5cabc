#pragma once

#include "ui/style/theme.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

class QCheckBox;
class QComboBox;
class QSettings;
class QSlider;

namespace bp::ui {

/// What a teacher sets once: the look, the language, the pace of the lesson, what opens at start.
/// Stored with QSettings under the keys below.
struct Preferences {
    ThemeKind theme = ThemeKind::Light;
    SignedScale signedScale = SignedScale::BlueOrange;
    /// "" follows the system; "en" or "it". Read at start-up (the translators are installed then).
    QString language;
    /// Animation speed of the phases, 1 (slow) … 10 (fast).
    int animationSpeed = 5;
    /// Training pace (updates per second, 0 = full speed).
    double pace = 1000.0;
    bool reopenLastExperiment = true;

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const Preferences &) const = default;
};

/// The paint of the signed scale under normal vision and the three dichromacies, so the teacher
/// can see the choice hold up for every student.
class SignedScalePreview : public QWidget {
    Q_OBJECT

public:
    explicit SignedScalePreview(QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

/// Edit > Preferences…: theme, signed-value palette, language, animation speed, pace and whether
/// to reopen the last experiment. Theme and palette preview live; Cancel puts them back.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    /// `paces` are the pace combo's entries (text, steps per second).
    PreferencesDialog(const Preferences &current, const QList<QPair<QString, double>> &paces,
                      QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    Preferences preferences() const;

    QComboBox *themeCombo() const { return m_theme; }
    QComboBox *signedScaleCombo() const { return m_scale; }
    QComboBox *languageCombo() const { return m_language; }

public slots:
    void reject() override;

private:
    void previewTheme();

    Preferences m_initial;
    QComboBox *m_theme = nullptr;
    QComboBox *m_scale = nullptr;
    QComboBox *m_language = nullptr;
    QSlider *m_speed = nullptr;
    QComboBox *m_pace = nullptr;
    QCheckBox *m_reopen = nullptr;
};

} // namespace bp::ui
