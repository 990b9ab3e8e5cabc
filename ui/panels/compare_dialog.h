#pragma once

#include "core/training/run_group.h"
#include "core/training/trainer.h"
#include "core/training/training_snapshot.h"

#include <QDialog>
#include <QStringList>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bp::ui {

/// Train › Compare with…: one to three runs to start beside the current one, from the same seed
/// and weights, each differing in the settings chosen (learning rate, optimizer, batch size,
/// initialisation, initial range, hidden activation); a setting left at "same" is the current run's.
class CompareDialog : public QDialog {
    Q_OBJECT

public:
    /// `settings` and `hidden` (the current hidden activation) fill in what "same" means.
    CompareDialog(const TrainingSettings &settings, Activation hidden, QWidget *parent = nullptr);

    /// The variants chosen, as core's text ("lr=2,optimizer=adam"), one per run switched on.
    QStringList variantTexts() const;
    /// The variant of column `column` (0..2) as chosen, or the problem with it (an InputError's).
    RunVariant variantOf(int column) const;

    QCheckBox *runBox(int column) const;
    QLineEdit *rateEdit(int column) const;
    QComboBox *optimizerBox(int column) const;
    QSpinBox *batchBox(int column) const;
    QComboBox *initBox(int column) const;
    QLineEdit *rangeEdit(int column) const;
    QComboBox *activationBox(int column) const;

    void accept() override;

    /// Asks for runs to compare with the run of `snapshot`: the variant texts, or none when cancelled.
    static QStringList ask(const TrainingSnapshot &snapshot, QWidget *parent);

private:
    struct Column {
        QCheckBox *enabled = nullptr;
        QLineEdit *rate = nullptr;
        QComboBox *optimizer = nullptr;
        QSpinBox *batch = nullptr;
        QComboBox *init = nullptr;
        QLineEdit *range = nullptr;
        QComboBox *activation = nullptr;
    };
    std::vector<Column> m_columns;
    QLabel *m_problem = nullptr;
};

} // namespace bp::ui
