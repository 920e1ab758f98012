"""Set-up steps 4 and 5: the first sign-in with the PIN envelope's login and password, with the warning
that the bank never asks for them (R6.3, R7.4), and the password change the bank forces (R5.5), with the
same live checklist and the bank's own refusals as the change-password window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from bsclient.client.models import UserInfo
from bsclient.client.session.bank_api import BankApi
from bsclient.client.session.login import CarrierProofNeeded, LoginAnswer, LoginCodeNeeded
from bsclient.ui.background import run_in_background
from bsclient.ui.login.change_password_dialog import ChangePasswordDialog
from bsclient.ui.login.login_dialog import login_error_text
from bsclient.ui.login.one_time_code_dialog import OneTimeCodeDialog
from bsclient.ui.login.second_factor import ask_login_code
from bsclient.ui.setup.context import (
    GOOD_COLOUR,
    SetupContext,
    add_rows,
    error_label,
    set_texts,
    show_text,
    warning_frame,
)
from bsclient.ui.setup.page import SetupPage
from bsclient.ui.setup.sign_in import prove_carrier, sign_in
from bsclient.ui.widgets.busy_indicator import BusyIndicator


class LoginPage(SetupPage):
    def __init__(self, context: SetupContext) -> None:
        super().__init__()
        self.setObjectName("loginPage")
        self.setCommitPage(True)  # signed in: no way back to another server or carrier in this session
        self._context = context
        self._code_dialog: OneTimeCodeDialog | None = None
        self.warning, self.warning_label = warning_frame(self, "setupSecurityNotice")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("setupLoginEdit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("setupPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self.sign_in)
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("setupSignInButton")
        self.sign_in_button.clicked.connect(self.sign_in)
        self.error_label = error_label(self, "setupLoginErrorLabel")
        self.done_label = QLabel(self)
        self.done_label.setObjectName("setupSignedInLabel")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.busy = BusyIndicator(self)
        self.form = QFormLayout()
        self.form_labels = add_rows(self.form, self, [self.login_edit, self.password_edit])
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("First sign-in"))
        self.warning_label.setText(self.tr("The bank never asks for your password, one-time codes or key carrier by "
                                           "phone, e-mail or messenger, and never sends anyone to collect them. If "
                                           "someone asks, tell them nothing and call the bank on its official number."))
        self.intro.setText(self.tr("Type the login and the password from your PIN envelope."))
        set_texts(self.form_labels, [self.tr("&Login:"), self.tr("&Password:")])
        self.sign_in_button.setText(self.tr("&Sign in"))

    def isComplete(self) -> bool:
        return self._context.data.logged_in

    def sign_in(self) -> None:
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password:
            show_text(self.error_label, self.tr("Type your login and your password."))
            (self.login_edit if not login else self.password_edit).setFocus()
            return
        self.error_label.hide()
        self.busy.start(self.tr("Connecting to the bank…"))
        self.sign_in_button.setEnabled(False)
        context = self._context
        api, server_url, ca_file = context.api, context.data.server_url, context.ca_file
        proxy = context.data.deployment.proxy
        run_in_background(self, lambda: sign_in(api, server_url, ca_file, login, password, proxy=proxy),
                          on_success=self._answered, on_failure=self._refused)

    def _answered(self, connected: tuple[BankApi, LoginAnswer]) -> None:
        """R8.2: the bank may want the carrier's proof, or a one-time code instead, before the session serves."""
        context = self._context
        context.api, answer = connected
        if isinstance(answer, LoginCodeNeeded):
            self.busy.stop()
            self._code_dialog = ask_login_code(context.api, answer, on_done=self._signed_in,
                                               on_cancel=self._code_cancelled, parent=self)
        elif isinstance(answer, CarrierProofNeeded):
            self.busy.start(self.tr("The key carrier signs the bank's login challenge…"))
            run_in_background(self, lambda: prove_carrier(context, answer), on_success=self._signed_in,
                              on_failure=self._refused)
        else:
            self._signed_in(answer)

    def _code_cancelled(self) -> None:
        self._code_dialog = None
        self._refused_text(self.tr("You are not signed in: the one-time code was not confirmed. Sign in again."))

    def _signed_in(self, user: UserInfo) -> None:
        self._code_dialog = None
        self.busy.stop()
        self.password_edit.clear()
        context = self._context
        context.user = user
        context.data.logged_in = True
        context.data.password_change = user.password_change
        for widget in (self.login_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(False)
        show_text(self.done_label, self.tr("Signed in as {name}, {company}.").format(
            name=user.full_name, company=user.company_name), GOOD_COLOUR)
        self.completeChanged.emit()
        self.wizard().next()

    def _refused(self, exc: Exception) -> None:
        self._refused_text(login_error_text(exc))

    def _refused_text(self, text: str) -> None:
        self.busy.stop()
        self.sign_in_button.setEnabled(True)
        self.password_edit.clear()
        self.password_edit.setFocus()
        show_text(self.error_label, text)


class PasswordPage(SetupPage):
    """The change-password window's own form, checklist and one-time code, embedded as this page."""

    def __init__(self, context: SetupContext) -> None:
        super().__init__()
        self.setObjectName("passwordPage")
        self.setCommitPage(True)  # the bank has the new password: the key page has no way back to this one
        self._context = context
        self.form: ChangePasswordDialog | None = None
        self.done_label = QLabel(self)
        self.done_label.setObjectName("passwordChangedLabel")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.done_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("A password only you know"))

    def initializePage(self) -> None:
        if self.form is not None or self._context.api is None:
            return
        form = ChangePasswordDialog(self._context.api, forced=self._context.data.password_change, parent=self)
        form.setWindowFlags(Qt.WindowType.Widget)  # a page of the wizard, not a window of its own
        layout = form.layout()
        first = layout.itemAt(0) if layout is not None else None
        title = first.widget() if first is not None else None  # the window's own title: the page has one
        if isinstance(title, QLabel):
            title.hide()
        cancel = form.findChild(QPushButton, "changePasswordCancelButton")
        if cancel is not None:
            cancel.hide()  # the wizard's own Cancel leaves the set-up
        form.accepted.connect(self._changed)
        self._layout.insertWidget(0, form, 1)
        form.show()
        self.form = form

    def isComplete(self) -> bool:
        return self._context.data.password_change is None

    def _changed(self) -> None:
        self._context.data.password_change = None
        if self.form is not None:
            self.form.hide()
        show_text(self.done_label, self.tr("The bank has changed your password. Keep it secret; the bank will "
                                           "never ask for it."), GOOD_COLOUR)
        self.completeChanged.emit()
        self.wizard().next()
