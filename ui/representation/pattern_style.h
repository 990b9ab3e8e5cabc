#pragma once

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

#include <vector>

namespace bp::ui {

/// The colour of pattern (sample) `index`, the same in the representation table and the code space,
/// so that a row and its point are recognised as one. Eight distinct hues after Okabe–Ito (the
/// yellow darkened to read on a light canvas); further samples get evenly spread hues.
QColor patternColor(int index);

/// Short names of the samples for labels: "1", "2", … (the row numbers of the table).
QStringList patternLabels(int count);

/// A value with `decimals` decimals in the lecture's compact style: the leading zero dropped
/// (".88", "−.05", "1.00"), the real minus sign, non-finite values as in formatFixed.
QString compactFixed(double value, int decimals);

/// The fixed-pitch font of bits and numbers, at a point size.
QFont monospaceFont(double pointSize);

/// The code layer of an autoencoder: the narrowest hidden layer (the first of equals), given the
/// layer sizes {n₀, …, n_L}; 0 when the network has no hidden layer.
int narrowestHiddenLayer(const std::vector<int> &sizes);

} // namespace bp::ui
