"""Change password (R5.5, R6.1, R8.1, R8.3): the bank's rules ticked off while the clerk types, the
bank's own refusal shown as it says it, and the one-time code it sends asked in a small dialog.
The same dialog serves the forced change at first login and after the password expired.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.session.access import CodeNeeded, PasswordChanged, change_password, password_policy
from bsclient.rules.password import (
    DIGITS_ONLY,
    PERSONAL_DATA,
    TOO_LONG,
    TOO_SHORT,
    PasswordPolicy,
    PersonalData,
    rule_results,
)
from bsclient.ui.background import run_in_background
from bsclient.ui.login.one_time_code_dialog import OneTimeCodeDialog
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.default_button import enter_presses
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics

AGAIN = "again_matches"
HISTORY = "not_reused"
KEPT, BROKEN, UNKNOWN = "✔", "✘", "•"
_COLOURS = {KEPT: "#1b7f3b", BROKEN: "#b3261e", UNKNOWN: "#666666"}


class ChangePasswordDialog(QDialog):
    """Accepted once the bank has changed the password. `forced` is the bank's reason, if any."""

    def __init__(self, api: Any, *, forced: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self._api = api
        self._policy: PasswordPolicy | None = None
        self._person = PersonalData()
        self._code_dialog: OneTimeCodeDialog | None = None

        title = QLabel(self.tr("Change password"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("forcedReasonLabel")
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet("background: #fff6d6; border: 1px solid #e0c060; border-radius: 4px;"
                                        " padding: 6px;")
        reasons = {"first_login": self.tr("This is your first sign-in: replace the password from the PIN envelope "
                                          "with one only you know."),
                   "expired": self.tr("Your password has expired: the bank asks for a new one before you go on.")}
        self.reason_label.setText(reasons.get(forced or "", ""))
        self.reason_label.setVisible(bool(forced))

        self.current_edit = self._password_edit("currentPasswordEdit")
        self.new_edit = self._password_edit("newPasswordEdit")
        self.again_edit = self._password_edit("againPasswordEdit")
        form = QFormLayout()
        form.addRow(self.tr("&Current password:"), self.current_edit)
        form.addRow(self.tr("&New password:"), self.new_edit)
        form.addRow(self.tr("&Again:"), self.again_edit)

        checklist = QFrame(self)
        checklist.setObjectName("passwordChecklist")
        self._checklist_layout = QVBoxLayout(checklist)
        self._checklist_layout.setContentsMargins(8, 4, 8, 4)
        self.rule_labels: dict[str, QLabel] = {}
        for code in (TOO_SHORT, TOO_LONG, DIGITS_ONLY, PERSONAL_DATA, HISTORY, AGAIN):
            label = QLabel(checklist)
            label.setObjectName(f"rule_{code}")
            label.setWordWrap(True)
            self.rule_labels[code] = label
            self._checklist_layout.addWidget(label)
        self.rule_state: dict[str, str] = {}

        self.error_label = QLabel(self)
        self.error_label.setObjectName("changePasswordErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.busy = BusyIndicator(self)

        self.change_button = QPushButton(self.tr("Change password"), self)
        self.change_button.setObjectName("changePasswordButton")
        self.change_button.setDefault(True)
        cancel = QPushButton(self.tr("Sign out") if forced else self.tr("Cancel"), self)
        cancel.setObjectName("changePasswordCancelButton")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.change_button.clicked.connect(lambda: self._change(None))
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.reason_label)
        layout.addLayout(form)
        rules_title = QLabel(self.tr("The bank's rules for the new password:"), self)
        layout.addWidget(rules_title)
        layout.addWidget(checklist)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        add_help(self, "change-password", buttons)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        for edit in (self.current_edit, self.new_edit, self.again_edit):
            edit.textChanged.connect(self._update_checklist)
        self._update_checklist()
        self.busy.start(self.tr("Reading the bank's password rules…"))
        run_in_background(self, lambda: password_policy(api), on_success=self._policy_read,
                          on_failure=self._policy_unreadable)
        enter_presses(self, self.change_button)
        unique_mnemonics(self)

    def _password_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    # --- the live checklist --------------------------------------------------------------------

    def _policy_read(self, answer: tuple[PasswordPolicy, PersonalData]) -> None:
        self.busy.stop()
        self._policy, self._person = answer
        self._update_checklist()

    def _policy_unreadable(self, exc: Exception) -> None:
        self.busy.stop()
        self._show_error(error_text(exc))

    def _update_checklist(self) -> None:
        policy = self._policy or PasswordPolicy()
        new, again = self.new_edit.text(), self.again_edit.text()
        results = rule_results(new, policy, self._person)
        texts = {
            TOO_SHORT: self.tr("At least %n characters", "", policy.min_length),
            TOO_LONG: self.tr("At most %n characters", "", policy.max_length),
            DIGITS_ONLY: self.tr("Not digits only: at least one letter or sign"),
            PERSONAL_DATA: self.tr("No name, surname, birth date, phone or login of yours"),
            HISTORY: self.tr("None of your last %n passwords (the bank checks this)", "", policy.history),
            AGAIN: self.tr("\"Again\" matches the new password"),
        }
        known = self._policy is not None
        for code, label in self.rule_labels.items():
            if code == HISTORY:
                state = UNKNOWN
            elif code == AGAIN:
                state = KEPT if again and again == new else (BROKEN if again else UNKNOWN)
            elif not new or not known:
                state = UNKNOWN
            else:
                state = KEPT if results[code] else BROKEN
            self.rule_state[code] = state
            label.setText(f"{state}  {texts[code]}")
            label.setStyleSheet(f"color: {_COLOURS[state]};")
        ready = (known and bool(self.current_edit.text()) and all(results.values())
                 and self.rule_state[AGAIN] == KEPT)
        self.change_button.setEnabled(ready and not self.busy.busy)

    # --- the bank -------------------------------------------------------------------------------

    def _change(self, code: str | None = None) -> None:
        api, current, new = self._api, self.current_edit.text(), self.new_edit.text()
        self.error_label.hide()
        self._set_busy(True)
        run_in_background(self, lambda: change_password(api, current=current, new=new, code=code),
                          on_success=self._answered, on_failure=self._refused)

    def _answered(self, answer: PasswordChanged | CodeNeeded) -> None:
        self._set_busy(False)
        if isinstance(answer, CodeNeeded):
            if self._code_dialog is None:
                self._code_dialog = OneTimeCodeDialog(answer, self)
                self._code_dialog.codeEntered.connect(self._change)
                self._code_dialog.newCodeRequested.connect(lambda: self._change(None))
                self._code_dialog.rejected.connect(self._code_cancelled)
                self._code_dialog.open()
            else:
                self._code_dialog.sent(answer)
            return
        if self._code_dialog is not None:
            self._code_dialog.accept()
            self._code_dialog = None
        for edit in (self.current_edit, self.new_edit, self.again_edit):
            edit.clear()
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        text, code = error_text(exc), getattr(exc, "code", None) or ""
        if self._code_dialog is not None and code.startswith("code_"):
            self._code_dialog.refused(text)
            return
        if self._code_dialog is not None:
            self._code_dialog.accept()
            self._code_dialog = None
        self._show_error(text)

    def _code_cancelled(self) -> None:
        self._code_dialog = None
        self._show_error(QCoreApplication.translate(
            "ChangePasswordDialog", "The password was not changed: the one-time code was not confirmed."))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.busy.start(self.tr("Asking the bank…"))
        else:
            self.busy.stop()
        for edit in (self.current_edit, self.new_edit, self.again_edit):
            edit.setEnabled(not busy)
        self._update_checklist()
