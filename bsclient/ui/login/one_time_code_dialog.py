"""Asks the clerk for the one-time code the bank sent to their phone (R8.3, R8.5)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QFont, QFontDatabase, QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from bsclient import formatting
from bsclient.client.session.access import CodeNeeded
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.default_button import enter_presses
from bsclient.ui.widgets.help_button import add_help


class OneTimeCodeDialog(QDialog):
    """Emits `codeEntered(code)` or `newCodeRequested()`; the owner answers with `refused` or `sent`."""

    codeEntered = Signal(str)
    newCodeRequested = Signal()

    def __init__(self, needed: CodeNeeded, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oneTimeCodeDialog")
        self.setWindowTitle(self.tr("One-time code"))
        self.sent_label = QLabel(self)
        self.sent_label.setObjectName("codeSentLabel")
        self.sent_label.setWordWrap(True)
        warning = QLabel(self.tr("The bank never asks for this code by phone, e-mail or messenger. "
                                 "Type it only here."), self)
        warning.setWordWrap(True)
        warning_frame = QFrame(self)
        warning_frame.setObjectName("codeWarningFrame")
        warning_frame.setStyleSheet("QFrame#codeWarningFrame { background: #fff6d6; border: 1px solid #e0c060;"
                                    " border-radius: 4px; }")
        QVBoxLayout(warning_frame).addWidget(warning)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("oneTimeCodeEdit")
        self.code_edit.setAccessibleName(self.tr("One-time code"))
        self.code_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self))
        self.code_edit.setPlaceholderText("000000")
        mono = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        self.code_edit.setFont(mono)
        self.code_edit.setMaxLength(6)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("codeErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.busy = BusyIndicator(self)

        self.ok_button = QPushButton(self.tr("Confirm"), self)
        self.ok_button.setObjectName("codeOkButton")
        self.ok_button.setDefault(True)
        self.new_code_button = QPushButton(self.tr("Send a new code"), self)
        self.new_code_button.setObjectName("newCodeButton")
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("codeCancelButton")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.new_code_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self._confirm)
        self.new_code_button.clicked.connect(self._ask_new_code)
        cancel.clicked.connect(self.reject)
        self.code_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(len(text) == 6))

        layout = QVBoxLayout(self)
        layout.addWidget(self.sent_label)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(warning_frame)
        layout.addWidget(self.busy)
        add_help(self, "one-time-code", buttons)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.sent(needed)
        enter_presses(self, self.ok_button)

    def sent(self, needed: CodeNeeded) -> None:
        """A (new) code is on its way: say where to and until when."""
        until = needed.expires_at.astimezone().strftime("%H:%M") if needed.expires_at else "—"
        purposes = {"login": self.tr("The code lets you sign in without the key carrier's proof."),
                    "password_change": self.tr("The code confirms your new password."),
                    "payment": self.tr("The code confirms the payment you are sending.")}
        self.sent_label.setText(" ".join(filter(None, [
            self.tr("The bank sent a one-time code to your phone {phone}. Type it before {until}.").format(
                phone=formatting.phone(needed.sent_to), until=until),
            purposes.get(needed.purpose, "")])))
        self._set_busy(False)
        self.error_label.hide()
        self.code_edit.clear()
        self.code_edit.setFocus()

    def refused(self, text: str) -> None:
        self._set_busy(False)
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()  # room for the sentence: the warning below must not be squeezed
        self.code_edit.selectAll()
        self.code_edit.setFocus()

    def _confirm(self) -> None:
        if len(self.code_edit.text()) != 6:
            return
        self._set_busy(True)
        self.codeEntered.emit(self.code_edit.text())

    def _ask_new_code(self) -> None:
        self._set_busy(True)
        self.newCodeRequested.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.busy.start(self.tr("Asking the bank…"))
        else:
            self.busy.stop()
        self.ok_button.setEnabled(not busy and len(self.code_edit.text()) == 6)
        self.new_code_button.setEnabled(not busy)
        self.code_edit.setEnabled(not busy)
