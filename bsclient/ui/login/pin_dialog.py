"""The key carrier's PIN: finds the carrier, opens its session and reads the signing key, in the background
(the Carrier does the token's part on its token thread)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
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

from bsclient.client.carrier import Carrier, Pin, PinLockedError, PinTries, TokenInfo, WrongPinError
from bsclient.client.session.carrier_login import CollectWaiting, Prove, open_for_signing
from bsclient.ui.background import run_in_background
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.default_button import enter_presses
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help


def before_typing(tries: PinTries | None) -> str:
    """What the carrier's flags tell before its PIN is typed (they never tell how many tries are left);
    "" when they tell nothing. The set-up wizard's carrier page says it too."""
    if tries is PinTries.FINAL_TRY:
        return QCoreApplication.translate(
            "PinDialog", "This key carrier has one PIN try left: a wrong PIN now locks it, and only the PUK "
            "code from your PIN envelope unlocks it. If you are not sure of the PIN, contact the "
            "bank's security officer first.")
    if tries is PinTries.WRONG_BEFORE:
        return QCoreApplication.translate(
            "PinDialog", "A wrong PIN was typed on this key carrier since it was last opened. Type the PIN "
            "carefully: after a few wrong PINs the carrier locks.")
    return ""


class PinDialog(QDialog):
    """Shows which carrier is used, asks its PIN and opens `carrier` with it; accepted once it is open.

    `prove` signs the bank's login challenge once the carrier is open (R8.2); its refusal is shown here
    and the carrier's session closed, so the clerk may try again. `collect_waiting` runs first: the
    remembered key request whose key is on this carrier, its certificate installed when the bank has
    issued it (second_factor.waiting_key_collector). With `expected_serial` (the carrier lock) another
    carrier is not opened: `otherCarrier(serial)` tells which one was found, and the dialog closes.
    """

    otherCarrier = Signal(str)

    def __init__(self, carrier: Carrier, *, token_label: str | None, parent: QWidget | None = None,
                 prove: Prove | None = None, collect_waiting: CollectWaiting | None = None,
                 expected_serial: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(self.tr("Key carrier"))
        self.carrier = carrier
        self._token_label = token_label
        self._token: TokenInfo | None = None
        self._wrong_pins = 0
        self._prove = prove
        self._collect_waiting = collect_waiting
        self._expected_serial = expected_serial

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
        add_help(self, "pin", buttons)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._find_carrier()
        enter_presses(self, self.ok_button)

    def _find_carrier(self) -> None:
        self.error_label.hide()
        self.retry_button.hide()
        self.busy.start(self.tr("Looking for the key carrier…"))
        carrier, label = self.carrier, self._token_label
        run_in_background(self, lambda: carrier.choose(label=label), on_success=self._carrier_found,
                          on_failure=self._carrier_missing)

    def _carrier_found(self, token: TokenInfo) -> None:
        self.busy.stop()
        self._token = token
        self.carrier_label.setText(self.tr("{label} (serial {serial})").format(label=token.label, serial=token.serial))
        if token.pin_tries is PinTries.LOCKED:
            self._show_error(error_text(PinLockedError()))  # no PIN is tried: it could not open the carrier
            return
        warning = before_typing(token.pin_tries)
        if warning:
            self._show_error(warning)
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
        if self._token is None:
            return
        if not self.pin_edit.text():
            self._show_error(self.tr("Type the PIN of the key carrier."))
            return
        if self._expected_serial is not None and self._token.serial != self._expected_serial:
            self.pin_edit.clear()
            self.otherCarrier.emit(self._token.serial)  # its PIN is not even tried
            self.reject()
            return
        pin = Pin(self.pin_edit.text())
        self.pin_edit.clear()
        self.error_label.hide()
        self._set_busy(True)
        carrier, token, prove, collect = self.carrier, self._token, self._prove, self._collect_waiting
        run_in_background(self, lambda: open_for_signing(carrier, pin, serial=token.serial, label=token.label,
                                                         collect_waiting=collect,
                                                         prove=prove),
                          on_success=self._opened, on_failure=self._not_opened)

    def _opened(self, _: None) -> None:
        self._set_busy(False)
        self.accept()

    def _not_opened(self, exc: Exception) -> None:
        self._set_busy(False)
        text = error_text(exc)
        if isinstance(exc, WrongPinError) and not isinstance(exc, PinLockedError):
            # a carrier says only "few" or "one" try left, never how many: she learns how many she spent
            self._wrong_pins += 1
            text += "\n" + self.tr("Wrong PINs typed in this window: %n.", "", self._wrong_pins)
        self._show_error(text)
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
