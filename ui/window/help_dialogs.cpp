#include "ui/window/help_dialogs.h"

#include <QApplication>
#include <QMessageBox>
#include <QScreen>
#include <QStringList>
#include <QWidget>

#include <algorithm>

namespace bp::ui {

void HelpDialogs::showShortcuts(QWidget *parent)
{
    // One translatable string per row, so that a new shortcut adds a row to translate.
    const QStringList rows = {
        tr("<tr><td><b>Space</b></td><td>play / pause</td></tr>"),
        tr("<tr><td><b>→</b> or Page Down</td><td>next phase</td></tr>"),
        tr("<tr><td><b>←</b> or Page Up</td><td>previous phase</td></tr>"),
        tr("<tr><td><b>S</b></td><td>animate one step on the next sample</td></tr>"),
        tr("<tr><td><b>E</b></td><td>train one epoch</td></tr>"),
        tr("<tr><td><b>R</b></td><td>reset the weights from the seed</td></tr>"),
        tr("<tr><td><b>Shift+R</b></td><td>start again with the next seed</td></tr>"),
        tr("<tr><td><b>D</b></td><td>show σ′(z) on the neurons</td></tr>"),
        tr("<tr><td><b>Q</b></td><td>predict then reveal: the class guesses, <b>Space</b>/<b>Enter</b> "
           "reveals, <b>↑</b>/<b>↓</b> (or 1/2) records the guess</td></tr>"),
        tr("<tr><td><b>[</b>, <b>]</b></td><td>back / forward one kept state (the timeline)</td></tr>"),
        tr("<tr><td><b>Ctrl+=</b>, <b>Ctrl+−</b></td><td>zoom</td></tr>"),
        tr("<tr><td><b>F11</b></td><td>full screen</td></tr>"),
        tr("<tr><td><b>F6</b>, <b>Shift+F6</b></td><td>next / previous panel</td></tr>"),
        tr("<tr><td><b>Arrows</b> on the graph</td><td>choose a neuron (↑↓ within the layer, ←→ between "
           "layers)</td></tr>"),
        tr("<tr><td><b>Ctrl+Z</b></td><td>undo an edit</td></tr>"),
        tr("<tr><td><b>Ctrl+Shift+Z</b>, <b>Ctrl+Y</b></td><td>redo</td></tr>"),
        tr("<tr><td>double-click, <b>Enter</b></td><td>edit the weight or bias selected in the "
           "graph</td></tr>"),
        tr("<tr><td><b>1</b> … <b>9</b></td><td>zoom to layer l</td></tr>"),
        tr("<tr><td><b>0</b> or Escape</td><td>the whole network</td></tr>"),
        tr("<tr><td><b>L</b></td><td>spotlight the selected neuron</td></tr>"),
        tr("<tr><td><b>F5</b></td><td>presenter mode</td></tr>"),
        tr("<tr><td><b>B</b> or <b>.</b></td><td>black screen (presenter mode)</td></tr>"),
    };
    // Two tables side by side: one column of 22 rows is taller than a 720-line projector.
    const qsizetype half = (rows.size() + 1) / 2;
    const auto table = [](const QStringList &part) {
        return "<table cellpadding=3>" + part.join(QString()) + "</table>";
    };
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                    "<table><tr><td valign=top>" + table(rows.mid(0, half)) +
                        "</td><td width=24></td><td valign=top>" + table(rows.mid(half)) +
                        "</td></tr></table>",
                    QMessageBox::Ok, parent);
    // A message box wraps its text to 500 pixels; the two columns need a wide line, but no
    // wider than the box may grow on this screen (Qt stops it 480 pixels short of the screen's
    // width), or the right column would be cut off.
    const int room = parent->screen()->availableGeometry().width() - 480 - 80;
    box.setStyleSheet(
        QStringLiteral("QLabel#qt_msgbox_label { min-width: %1px; }")
            .arg(std::clamp(parent->fontMetrics().averageCharWidth() * 120, 400, std::max(room, 400))));
    box.exec();
}

void HelpDialogs::showAbout(QWidget *parent)
{
    QMessageBox::about(
        parent, tr("About Backprop Studio"),
        tr("<h3>Backprop Studio %1</h3><p>Watch backpropagation happen: the forward pass, the output "
           "error (BP1), the backward pass (BP2) and the gradients (BP3, BP4) of every neuron.</p>"
           "<p>Copyright © 2026 The Backprop Studio team. This program is free software: you can "
           "redistribute it and/or modify it under the terms of the GNU General Public License as "
           "published by the Free Software Foundation, either version 3 of the License, or (at your "
           "option) any later version. It is distributed in the hope that it will be useful, but "
           "WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR "
           "A PARTICULAR PURPOSE. See the GNU General Public License for more details.</p>"
           "<p>Datasets: Optical Recognition of Handwritten Digits (E. Alpaydin, C. Kaynak, 1998) and "
           "Iris (R. A. Fisher, 1936), from the UCI Machine Learning Repository, CC BY 4.0.</p>"
           "<p>Built on Qt %2 and Eigen.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace bp::ui
