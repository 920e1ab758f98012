"""Asking the clerk before something cannot be undone: a window-modal question that does not block."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_deletion(parent: QWidget, question: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask `question` with Delete and Cancel (Cancel the default); call `on_yes` only after Delete.
    The box is named "confirmDeletion" and its Delete button "confirmDeleteButton" for the tests."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Confirm", "Delete"), question,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmDeletion")
    delete = box.addButton(QCoreApplication.translate("Confirm", "&Delete"), QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("confirmDeleteButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: on_yes() if button is delete else None)
    box.open()
    return box
