"""Login and password for the bank, with the bank server's address and CA fingerprint to check (R6.6)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
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

from bsclient.ui.background import run_in_background
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.default_button import enter_presses
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help

if TYPE_CHECKING:
    from bsclient.client.models import UserInfo
    from bsclient.client.session.bank_api import BankApi
    from bsclient.client.session.login import LoginAnswer

# Qt.TextInteractionFlag.TextSelectableByMouse by number, through the label's property. The window names
# no Qt.* enum and calls no overload that takes one (hence QDialogButtonBox(parent=...)): the first such
# use makes PySide build its whole Qt namespace, 20 ms the clerk would wait for the window at start-up.
SELECTABLE_BY_MOUSE = 1


def ca_fingerprint(ca_file: Path) -> str:
    """SHA-256 fingerprint ("AB:CD:...") of the first certificate in the bank's CA file (PEM or DER)."""
    # Start-up: imported here, off the GUI thread, so that the login window shows sooner.
    from cryptography import x509  # noqa: PLC0415 - start-up

    from bsclient.crypto.certificate import fingerprint  # noqa: PLC0415 - start-up

    data = Path(ca_file).read_bytes()
    certificate = (x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data
                   else x509.load_der_x509_certificate(data))
    return fingerprint(certificate)


def login_error_text(exc: Exception) -> str:
    """R8.4: tries left after a wrong password, and until when a blocked user waits (clerk's time zone)."""
    # Start-up: the session's modules (and the rules under them) load after the login window shows.
    from bsclient.client.session.access import login_refusal  # noqa: PLC0415 - start-up
    from bsclient.client.session.bank_errors import BankError  # noqa: PLC0415 - start-up

    message = login_refusal(exc) if isinstance(exc, BankError) else None
    return message.render(QCoreApplication.translate) if message is not None else error_text(exc)


class LoginDialog(QDialog):
    """Asks login and password and opens the bank session in the background; `user` is set on accept."""

    def __init__(self, api: BankApi | None, *, server_url: str, ca_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to the bank"))
        self._api = api  # None until the client has opened its connection to the bank
        self._sign_in_waiting = False
        self.user: UserInfo | None = None
        self.answer: LoginAnswer | None = None
        self._cancelled = False

        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("loginEdit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        notice = QLabel(self.tr("The bank never asks for your password, codes or key carrier by phone, "
                                "e-mail or messenger."), self)
        notice.setObjectName("securityNotice")
        notice.setWordWrap(True)
        notice_frame = QFrame(self)
        notice_frame.setObjectName("securityNoticeFrame")
        notice_frame.setStyleSheet("QFrame#securityNoticeFrame { background: #fff6d6; border: 1px solid #e0c060;"
                                   " border-radius: 4px; }")
        QVBoxLayout(notice_frame).addWidget(notice)

        self.server_label = QLabel(server_url, self)
        self.server_label.setObjectName("serverUrlLabel")
        self.fingerprint_label = QLabel(self.tr("reading…"), self)
        self.fingerprint_label.setObjectName("caFingerprintLabel")
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        for label in (self.server_label, self.fingerprint_label):  # to copy them
            label.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
        fingerprint_hint = QLabel(self.tr("Compare this fingerprint with the one in the bank's letter "
                                          "before you type your password."), self)
        fingerprint_hint.setWordWrap(True)
        fingerprint_hint.setStyleSheet("color: #555;")

        self.error_label = QLabel(self)
        self.error_label.setObjectName("loginErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()

        self.busy = BusyIndicator(self)

        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("loginCancelButton")
        buttons = QDialogButtonBox(parent=self)  # by keyword: see SELECTABLE_BY_MOUSE
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.clicked.connect(self._sign_in)
        self.cancel_button.clicked.connect(self.reject)

        credentials = QFormLayout()
        credentials.addRow(self.tr("&Login:"), self.login_edit)
        credentials.addRow(self.tr("&Password:"), self.password_edit)
        server = QFormLayout()
        server.addRow(self.tr("Bank server:"), self.server_label)
        server.addRow(self.tr("Bank CA:"), self.fingerprint_label)

        title = QLabel(self.tr("Sign in to the bank"), self)
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        title.setFont(title_font)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(notice_frame)
        layout.addLayout(credentials)
        layout.addWidget(self.error_label)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(server)
        layout.addWidget(fingerprint_hint)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        add_help(self, "login", buttons)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)

        run_in_background(self, lambda: ca_fingerprint(ca_file), on_success=self._show_fingerprint,
                          on_failure=self._fingerprint_unreadable)
        enter_presses(self, self.sign_in_button)

    def _show_fingerprint(self, fingerprint: str) -> None:
        # 16 bytes a line: a SHA-256 fingerprint reads as two lines of eight pairs to compare.
        half = len(fingerprint) // 2 + 1
        self.fingerprint_label.setText(self.tr("SHA-256 fingerprint:") + "\n" + fingerprint[:half].rstrip(":")
                                       + "\n" + fingerprint[half:])

    def _fingerprint_unreadable(self, exc: Exception) -> None:
        self.fingerprint_label.setText(self.tr("The bank's CA certificate cannot be read; the connection "
                                               "cannot be checked. Ask IT staff to set it up again."))
        self.fingerprint_label.setStyleSheet("color: #b3261e;")

    def _sign_in(self) -> None:
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password:
            self._show_error(self.tr("Type your login and your password."))
            (self.login_edit if not login else self.password_edit).setFocus()
            return
        self.error_label.hide()
        self._set_busy(True)
        api = self._api
        if api is None:  # the clerk was quicker than the start-up: sign in once it is done
            self._sign_in_waiting = True
            return

        def sign_in() -> LoginAnswer:
            # Start-up: imported on the worker (open_resources has most often loaded it already).
            from bsclient.client.session.login import log_in  # noqa: PLC0415 - start-up

            return log_in(api, login, password)

        run_in_background(self, sign_in, on_success=self._signed_in, on_failure=self._failed)

    def set_api(self, api: BankApi) -> None:
        """The bank connection is ready (it opens while the clerk types)."""
        self._api = api
        if self._sign_in_waiting:
            self._sign_in_waiting = False
            self._sign_in()

    def _signed_in(self, answer: LoginAnswer) -> None:
        self._set_busy(False)
        if self._cancelled:
            api = self._api
            if api is not None:
                run_in_background(self, api.logout, on_success=lambda _: None, on_failure=lambda _: None)
            return
        # Start-up: loaded on the worker by the sign-in by now.
        from bsclient.client.session.login import user_of  # noqa: PLC0415 - start-up

        self.password_edit.clear()
        self.answer = answer  # UserInfo, or the second factor the bank still wants (R8.2)
        self.user = user_of(answer)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.password_edit.setFocus()
        self._show_error(login_error_text(exc))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.busy.start(self.tr("Connecting to the bank…"))
        else:
            self.busy.stop()
        for widget in (self.login_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        # An answer still on its way is dropped; a session it opened is closed again.
        self._cancelled = self.busy.busy
        super().reject()
