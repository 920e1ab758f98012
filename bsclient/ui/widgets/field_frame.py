"""An input with its sentence right under it: the red frame and the error text of inline validation."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

# Applied on the editor: any input whose "invalid" property is true gets the red frame.
INVALID_STYLE = """
*[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; }
QLabel[role="fieldError"] { color: #b3261e; }
QLabel[role="fieldHint"] { color: #555555; }
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] { background: #f2f2f2; }
"""


class FieldFrame(QWidget):
    """`widget` above its error sentence (hidden while the field is fine) and an optional hint line."""

    def __init__(self, widget: QWidget, error_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.error_label = QLabel(self)
        self.error_label.setObjectName(error_name)
        self.error_label.setProperty("role", "fieldError")
        self.error_label.setWordWrap(True)
        # a line kept for the sentence even while there is none: an error appearing does not move the
        # fields below it from under the clerk's mouse
        policy = self.error_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.error_label.setSizePolicy(policy)
        self.error_label.setMinimumHeight(self.error_label.fontMetrics().lineSpacing())
        self.error_label.hide()
        self.hint_label = QLabel(self)
        self.hint_label.setProperty("role", "fieldHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        self.setFocusProxy(widget)  # Alt+letter on the row's label reaches the field itself
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)

    def set_error(self, text: str | None) -> None:
        """Show `text` under the field with a red frame, or clear both when None."""
        invalid = text is not None
        if self.widget.property("invalid") != invalid:
            self.widget.setProperty("invalid", invalid)
            self.widget.style().unpolish(self.widget)
            self.widget.style().polish(self.widget)
        self.widget.setAccessibleDescription(text or "")
        self.error_label.setText(text or "")
        self.error_label.setVisible(invalid)

    def set_hint(self, text: str) -> None:
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))


def name_fields(window: QWidget) -> None:
    """Each form label names its field itself, not the frame around it: a screen reader says the label
    when the field has the focus."""
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if isinstance(buddy, FieldFrame):
            label.setBuddy(buddy.widget)
