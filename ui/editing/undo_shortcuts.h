#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace bp::ui {

/// Keeps the model's undo and redo on their keys (Ctrl+Z; Ctrl+Shift+Z and Ctrl+Y) whatever widget
/// of the window has the focus. Spin boxes, combo boxes and text fields claim those keys for
/// their own undo even when nothing was typed (a spin box stepped with its arrows); only a text
/// field that is being typed in (it has typing to undo or redo) keeps them, and only then.
///
/// Installed on the application, it watches the ShortcutOverride events of the window's widgets
/// and lets the window's shortcuts have the keys instead.
class UndoShortcuts : public QObject {
    Q_OBJECT

public:
    UndoShortcuts(QWidget *window, QAction *undo, QAction *redo);
    ~UndoShortcuts() override;

    /// True when `focus` has the focus and is a text field (a spin box's, an editable combo box's)
    /// with typing of its own to undo (redo = false) or redo: the one box a refresh from the live
    /// network must not overwrite.
    static bool isTyping(const QWidget *focus, bool redo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    QPointer<QAction> m_undo;
    QPointer<QAction> m_redo;
};

} // namespace bp::ui
