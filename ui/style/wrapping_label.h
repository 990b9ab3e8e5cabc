#pragma once

class QLabel;
class QWidget;

namespace bp::ui {

/// A label for a panel's sentences: rich text, wrapped to the panel's width, from the top left.
QLabel *wrappingLabel(QWidget *parent);

} // namespace bp::ui
