"""The key carrier's PIN: finds the carrier, opens its session and reads the signing key, on the token thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bsclient.crypto import CertificateInfo, certificate_info
from bsclient.token import (
    CertificateMissingError,
    KeyNotFoundError,
    KeyPair,
    Pin,
    PinLockedError,
    Pkcs11Module,
    TokenInfo,
    TokenSession,
    TokenThread,
)
from bsclient.token.session import choose_token
from bsclient.ui.background import run_on_token_thread
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.error_dialog import error_text

if TYPE_CHECKING:
    from bsclient.client.session.key_request import KeyRequest


@dataclass
class OpenCarrier:
    """An open session on the carrier and the key the clerk signs with."""

    module: Pkcs11Module
    session: TokenSession
    key: KeyPair | None  # None only while `key_waiting`: the carrier's new key waits for the bank
    certificate: CertificateInfo | None
    key_waiting: str | None = None  # the id of the new key's request the bank has not issued yet


def signing_key(keys: list[KeyPair]) -> KeyPair:
    """The first key that has its certificate; the carrier's own error when there is none."""
    for key in keys:
        if key.certificate_der is not None:
            return key
    if keys:
        raise CertificateMissingError(keys[0].label)
    raise KeyNotFoundError()


class PinDialog(QDialog):
    """Shows which carrier is used, asks its PIN; `carrier` is set on accept. Work runs on `token_thread`."""

    def __init__(self, token_thread: TokenThread, *, module_path: str, token_label: str | None,
                 module: Pkcs11Module | None = None, parent: QWidget | None = None,
                 after_open: Callable[[OpenCarrier], Any] | None = None,
                 collect_waiting: Callable[[TokenSession], KeyRequest | None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(self.tr("Internet-Client: key carrier"))
        self._thread = token_thread
        self._module_path = module_path
        self._token_label = token_label
        self._module = module  # loaded on the token thread on first use when None
        self._token: TokenInfo | None = None
        self.carrier: OpenCarrier | None = None
        # Runs on the token thread once the carrier is open (the login's proof, R8.2); its refusal is
        # shown here and the carrier's session closed, so the clerk may try again.
        self._after_open = after_open
        # Runs on the token thread first: the remembered key request whose key is on this carrier, its
        # certificate installed when the bank has issued it (login_flow.waiting_key_collector).
        self._collect_waiting = collect_waiting

        intro = QLabel(self.tr("Your signing key is on the key carrier. Type the carrier's PIN to use it."), self)
        intro.setWordWrap(True)
        self.carrier_label = QLabel(self.tr("Looking for the key carrier…"), self)
        self.carrier_label.setObjectName("carrierLabel")
        self.carrier_label.setWordWrap(True)
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setEnabled(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("pinErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.busy = BusyIndicator(self)

        self.ok_button = QPushButton(self.tr("Open"), self)
        self.ok_button.setObjectName("pinOkButton")
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setObjectName("pinRetryButton")
        self.retry_button.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("pinCancelButton")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self._open)
        self.retry_button.clicked.connect(self._find_carrier)
        self.cancel_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Key carrier:"), self.carrier_label)
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._find_carrier()

    @property
    def module(self) -> Pkcs11Module | None:
        """The loaded PKCS#11 module, for the caller to close on the token thread."""
        return self._module

    def _find_carrier(self) -> None:
        self.error_label.hide()
        self.retry_button.hide()
        self.busy.start(self.tr("Looking for the key carrier…"))
        run_on_token_thread(self, self._thread, self._token_on_thread, on_success=self._carrier_found,
                            on_failure=self._carrier_missing)

    def _token_on_thread(self) -> TokenInfo:
        if self._module is None:
            self._module = Pkcs11Module(self._module_path, thread=self._thread)
        return choose_token(self._module.tokens(), label=self._token_label)

    def _carrier_found(self, token: TokenInfo) -> None:
        self.busy.stop()
        self._token = token
        self.carrier_label.setText(self.tr("{label} (serial {serial})").format(label=token.label, serial=token.serial))
        self.pin_edit.setEnabled(True)
        self.ok_button.setEnabled(True)
        self.pin_edit.setFocus()

    def _carrier_missing(self, exc: Exception) -> None:
        self.busy.stop()
        self.carrier_label.setText(self.tr("not found"))
        self._show_error(error_text(exc))
        self.retry_button.show()
        self.pin_edit.setEnabled(False)
        self.ok_button.setEnabled(False)

    def _open(self) -> None:
        if self._token is None or self._module is None:
            return
        if not self.pin_edit.text():
            self._show_error(self.tr("Type the PIN of the key carrier."))
            return
        pin = Pin(self.pin_edit.text())
        self.pin_edit.clear()
        self.error_label.hide()
        self._set_busy(True)
        module, serial, thread, after_open = self._module, self._token.serial, self._thread, self._after_open
        collect = self._collect_waiting

        def open_on_thread() -> OpenCarrier:
            session = TokenSession.open(module, pin, serial=serial, thread=thread)
            try:
                waiting = collect(session) if collect is not None else None
                keys = session.key_pairs()
                if (waiting is not None and not waiting.installed and after_open is None
                        and not any(k.certificate_der for k in keys)):
                    # In, but nothing can be signed until the bank issues the new key's certificate.
                    carrier = OpenCarrier(module, session, None, None, key_waiting=waiting.request_id)
                    return carrier
                key = signing_key(keys)
                assert key.certificate_der is not None
                carrier = OpenCarrier(module, session, key, certificate_info(key.certificate_der))
                if after_open is not None:
                    after_open(carrier)
                return carrier
            except BaseException:
                session.close()
                raise

        run_on_token_thread(self, thread, open_on_thread, on_success=self._opened, on_failure=self._not_opened)

    def _opened(self, carrier: OpenCarrier) -> None:
        self._set_busy(False)
        self.carrier = carrier
        self.accept()

    def _not_opened(self, exc: Exception) -> None:
        self._set_busy(False)
        self._show_error(error_text(exc))
        if isinstance(exc, PinLockedError):
            self.pin_edit.setEnabled(False)
            self.ok_button.setEnabled(False)
        else:
            self.pin_edit.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.busy.start(self.tr("Opening the key carrier…"))
        else:
            self.busy.stop()
        self.pin_edit.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)

    def reject(self) -> None:
        if self.busy.busy and self._token is not None:
            return  # a login is under way on the carrier; its session must not be left open
        super().reject()
