"""Asking the clerk before something cannot be undone: a window-modal question that does not block."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_destructive(parent: QWidget, *, title: str, question: str, action: str, on_yes: Callable[[], None],
                        name: str, action_name: str,
                        icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """Ask `question` with `action` and Cancel (Cancel the default); call `on_yes` only after `action`.
    The box is named `name` and its action button `action_name` (for the tests)."""
    box = QMessageBox(icon, title, question, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName(name)
    button = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    button.setObjectName(action_name)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda clicked: on_yes() if clicked is button else None)
    box.open()
    return box


def confirm_deletion(parent: QWidget, question: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask `question` with Delete and Cancel; the box "confirmDeletion", its button "confirmDeleteButton"."""
    return confirm_destructive(parent, title=QCoreApplication.translate("Confirm", "Delete"), question=question,
                               action=QCoreApplication.translate("Confirm", "&Delete"), on_yes=on_yes,
                               name="confirmDeletion", action_name="confirmDeleteButton",
                               icon=QMessageBox.Icon.Question)
