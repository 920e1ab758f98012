"""A label with a link the keyboard follows as the mouse does: Tab stops at the label with its link
chosen, so Enter (or Space) follows it at once. Qt's own link label stops at the label first and
needs a second Tab to choose the link."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QWidget


class LinkLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason) and "<a " in self.text():
            # QLabel moves to its next (or previous) link; with the label's only link that is the one.
            self.focusNextPrevChild(reason == Qt.FocusReason.TabFocusReason)
