#include "ui/panels/compare_dialog.h"

#include "core/formats/error.h"
#include "core/formats/number_format.h"
#include "ui/style/display_names.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bp::ui {

namespace {

// A number as the user typed it: in the interface's locale ("0,5") or with a point.
std::optional<double> typedNumber(const QString &text)
{
    bool ok = false;
    const double value = QLocale().toDouble(text.trimmed(), &ok);
    if (ok)
        return value;
    return parseFiniteNumber(text.trimmed().toStdString());
}

constexpr Activation kHiddenActivations[] = {Activation::Logistic, Activation::Tanh, Activation::Relu,
                                             Activation::LeakyRelu, Activation::Identity};

} // namespace

CompareDialog::CompareDialog(const TrainingSettings &settings, Activation hidden, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare with…"));
    setObjectName(QStringLiteral("compareDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Start runs beside this one, from the same seed and the same weights, trained in "
                      "lockstep. Each differs in the settings you choose; \"same\" keeps this run's. "
                      "A different initialisation draws new weights from the same seed."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    layout->addLayout(grid);
    const QString same = tr("same");
    const QStringList rows = {tr("Learning rate η"),
                              tr("Optimizer"),
                              tr("Batch size"),
                              tr("Initialisation"),
                              tr("Initial range r of U(−r, r)"),
                              tr("Hidden activation")};
    for (int row = 0; row < rows.size(); ++row)
        grid->addWidget(new QLabel(rows[row], this), row + 1, 0);
    for (int column = 0; column < kMaxSiblings; ++column) {
        Column c;
        c.enabled = new QCheckBox(tr("Run %1").arg(column + 2), this);
        c.enabled->setChecked(column == 0);
        c.rate = new QLineEdit(this);
        c.rate->setPlaceholderText(tr("same (%1)").arg(QLocale().toString(settings.optimizer.learningRate)));
        c.optimizer = new QComboBox(this);
        c.optimizer->addItem(tr("same (%1)").arg(optimizerDisplayName(settings.optimizer.kind)));
        for (Optimizer optimizer : kAllOptimizers)
            c.optimizer->addItem(optimizerDisplayName(optimizer), static_cast<int>(optimizer));
        c.batch = new QSpinBox(this);
        c.batch->setRange(-1, 1'000'000);
        c.batch->setSpecialValueText(tr("same (%1)").arg(settings.batchSize));
        c.batch->setValue(-1);
        c.batch->setToolTip(tr("0 is the whole dataset (full batch)"));
        c.init = new QComboBox(this);
        c.init->addItem(same);
        c.init->addItem(tr("uniform"), static_cast<int>(InitScheme::Uniform));
        c.init->addItem(tr("Xavier"), static_cast<int>(InitScheme::Xavier));
        c.init->addItem(tr("He"), static_cast<int>(InitScheme::He));
        c.range = new QLineEdit(this);
        c.range->setPlaceholderText(same);
        c.activation = new QComboBox(this);
        c.activation->addItem(tr("same (%1)").arg(activationDisplayName(hidden)));
        for (Activation activation : kHiddenActivations)
            c.activation->addItem(activationDisplayName(activation), static_cast<int>(activation));
        grid->addWidget(c.enabled, 0, column + 1);
        const QList<QWidget *> fields = {c.rate, c.optimizer, c.batch, c.init, c.range, c.activation};
        for (int row = 0; row < fields.size(); ++row) {
            grid->addWidget(fields[row], row + 1, column + 1);
            fields[row]->setEnabled(c.enabled->isChecked());
            connect(c.enabled, &QCheckBox::toggled, fields[row], &QWidget::setEnabled);
        }
        m_columns.push_back(c);
    }
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("compareProblem"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CompareDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompareDialog::reject);
    layout->addWidget(buttons);
}

RunVariant CompareDialog::variantOf(int column) const
{
    const Column &c = m_columns.at(static_cast<std::size_t>(column));
    RunVariant variant;
    const QString run = tr("Run %1").arg(column + 2);
    if (!c.rate->text().trimmed().isEmpty()) {
        const std::optional<double> rate = typedNumber(c.rate->text());
        const std::string problem = rate ? learningRateProblem(*rate) : std::string();
        if (!rate || !problem.empty())
            throw InputError(
                (run + ": " + tr("the learning rate must be a number greater than 0")).toStdString());
        variant.learningRate = rate;
    }
    if (c.optimizer->currentIndex() > 0)
        variant.optimizer = static_cast<Optimizer>(c.optimizer->currentData().toInt());
    if (c.batch->value() >= 0)
        variant.batchSize = c.batch->value();
    if (c.init->currentIndex() > 0)
        variant.init = static_cast<InitScheme>(c.init->currentData().toInt());
    if (!c.range->text().trimmed().isEmpty()) {
        const std::optional<double> range = typedNumber(c.range->text());
        if (!range || !(*range > 0.0) || *range > 100.0)
            throw InputError((run + ": " + tr("the initial range must be a number above 0 and at most 100"))
                                 .toStdString());
        variant.initRange = range;
    }
    if (c.activation->currentIndex() > 0)
        variant.activations.emplace_back(0, static_cast<Activation>(c.activation->currentData().toInt()));
    return variant;
}

QStringList CompareDialog::variantTexts() const
{
    QStringList texts;
    for (int column = 0; column < static_cast<int>(m_columns.size()); ++column)
        if (m_columns[static_cast<std::size_t>(column)].enabled->isChecked())
            texts << QString::fromStdString(runVariantToText(variantOf(column)));
    return texts;
}

void CompareDialog::accept()
{
    try {
        if (variantTexts().isEmpty())
            throw InputError(tr("Switch on at least one run to compare with.").toStdString());
    } catch (const InputError &error) {
        m_problem->setText(QString::fromStdString(error.what()));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

QStringList CompareDialog::ask(const TrainingSnapshot &snapshot, QWidget *parent)
{
    const Activation hidden = snapshot.network && snapshot.network->layerCount() > 1
                                  ? snapshot.network->layer(1).activation
                                  : Activation::Logistic;
    CompareDialog dialog(snapshot.settings, hidden, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.variantTexts() : QStringList{};
}

QCheckBox *CompareDialog::runBox(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column)).enabled;
}
QLineEdit *CompareDialog::rateEdit(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column)).rate;
}
QComboBox *CompareDialog::optimizerBox(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column)).optimizer;
}
QSpinBox *CompareDialog::batchBox(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column)).batch;
}
QComboBox *CompareDialog::initBox(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column)).init;
}
QLineEdit *CompareDialog::rangeEdit(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column)).range;
}
QComboBox *CompareDialog::activationBox(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column)).activation;
}

} // namespace bp::ui
