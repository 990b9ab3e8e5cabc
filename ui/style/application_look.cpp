#include "ui/style/application_look.h"

#include <QApplication>
#include <QFont>
#include <QStyleFactory>

#include <algorithm>

namespace bp::ui {

void applyApplicationLook()
{
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    QFont font = QApplication::font();
    font.setPointSize(std::max(font.pointSize(), 11));
    QApplication::setFont(font);
}

} // namespace bp::ui
