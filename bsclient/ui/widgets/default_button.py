"""Enter in a dialog presses its one default button, wherever the focus is.

Qt makes every push button of a dialog "auto-default": the button that has the focus answers Enter. So
after the clerk attached a file, Enter pressed Cancel; on a page whose first button blocks access, Enter
blocked it. Here the dialog's other buttons answer only Space or a click, and the default one (never a
destructive one) answers Enter.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget


def enter_presses(dialog: QWidget, default: QPushButton | None) -> None:
    """`default` answers Enter in `dialog` (None: no button does); every other button only when pressed."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(button is default)
        button.setDefault(button is default)
