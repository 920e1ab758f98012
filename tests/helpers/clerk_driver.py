"""Driving the real windows as a clerk does: find a window, type (Kazakh letters too), click, fill in a
payment order; and what the bank holds afterwards. `signed_in_as` runs a client signed in through its
windows; the clerk's is the `signed_in` fixture (tests/plugins/e2e.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from bsclient.client.config import load_config
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.session.bank_api import BankApi
from bsclient.ui.app import ClientApp
from installer.provisioning import ProvisionedCarrier
from tests.helpers.carriers import write_client_config
from tests.helpers.login import last_login_code, log_in
from tests.helpers.refbank_server import RunningBank
from tests.helpers.softhsm import USER_PIN

WAIT_MS = 30_000


def top_level(qtbot, name: str) -> QWidget:
    found: list[QWidget] = []

    def visible() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=WAIT_MS)
    return found[0]


def type_into(qtbot, parent: QWidget, name: str, text: str) -> None:
    widget = parent.findChild(QLineEdit, name) or parent.findChild(QPlainTextEdit, name)
    assert widget is not None, f"no input named {name}"
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:  # QTest types ASCII only; a Kazakh or Russian layout sends key events with the text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def click(qtbot, parent: QWidget, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None, f"no button named {name}"
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def sign_in_through_the_windows(qtbot, bank: RunningBank, login: str, *, code: bool = False) -> QWidget:
    """The login window, the one-time code if `code` (a carrier without a valid certificate), the PIN,
    then the main window once its accounts are loaded; returns the main window."""
    dialog = top_level(qtbot, "loginDialog")
    type_into(qtbot, dialog, "loginEdit", login)
    type_into(qtbot, dialog, "passwordEdit", bank.users[login])
    click(qtbot, dialog, "signInButton")
    if code:
        code_dialog = top_level(qtbot, "loginCodeDialog")
        type_into(qtbot, code_dialog, "oneTimeCodeEdit", last_login_code(bank, login))
        click(qtbot, code_dialog, "codeOkButton")
    pin = top_level(qtbot, "pinDialog")
    # The field opens once the carrier is found: keys typed before that are lost.
    qtbot.waitUntil(pin.findChild(QLineEdit, "pinEdit").isEnabled, timeout=WAIT_MS)
    type_into(qtbot, pin, "pinEdit", USER_PIN)
    click(qtbot, pin, "pinOkButton")
    window = top_level(qtbot, "mainWindow")
    qtbot.waitUntil(lambda: window.accounts_table.accounts_model.rowCount() >= 2, timeout=WAIT_MS)
    return window


@contextmanager
def signed_in_as(qtbot, bank: RunningBank, carrier: ProvisionedCarrier, login: str, directory: Path) -> Iterator[ClientApp]:
    """A client of its own (its own local store, settings in `directory`) after `login`'s password and carrier PIN."""
    config = load_config(write_client_config(directory, bank, carrier))
    quit_requested: list[bool] = []
    client = ClientApp(config, on_quit=lambda: quit_requested.append(True))
    client.start()
    try:
        window = sign_in_through_the_windows(qtbot, bank, login)
        yield client
        window.close()
        qtbot.waitUntil(lambda: bool(quit_requested), timeout=WAIT_MS)
    finally:
        let_go(client)
        client.shutdown()


def balance_at_bank(bank: RunningBank, iban: str) -> Decimal:
    api = BankApi(bank.url, bank.ca_file)
    log_in(api, bank, "viewer")  # the company's viewer: the one-time code, no carrier to share (R8.2)
    try:
        return next(account.balance for account in api.accounts() if account.iban == iban)
    finally:
        api.logout()
        api.close()


def let_go(client: ClientApp) -> None:
    """After a failed sign-in, close the dialog still open so that the carrier's module is unloaded
    (a module left loaded hides the carriers later tests create)."""
    dialog = client._dialog
    if client.window is None and dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
        dialog.reject()


def payer_account(bank: RunningBank) -> dict:
    company = bank.created["company"]["name"]
    return next(a for a in bank.accounts
                if a["company"] == company and a["currency"] == "KZT" and Decimal(a["balance"]) > 0)


def other_company_account(bank: RunningBank) -> dict:
    company = bank.created["company"]["name"]
    return next(a for a in bank.accounts if a["company"] != company and a["currency"] == "KZT")


def fill_payment_order(qtbot, editor: QWidget, *, name: str, bin_: str, iban: str, amount: str) -> None:
    type_into(qtbot, editor, "beneficiaryNameEdit", name)
    type_into(qtbot, editor, "beneficiaryBinEdit", bin_)
    type_into(qtbot, editor, "beneficiaryIbanEdit", iban)
    bic = editor.findChild(QLineEdit, "beneficiaryBicEdit")
    if not bic.text():
        type_into(qtbot, editor, "beneficiaryBicEdit", "TSESKZKA")
    qtbot.waitUntil(lambda: "Jusan" in editor.findChild(QLabel, "beneficiaryBankLabel").text(),
                    timeout=WAIT_MS)
    type_into(qtbot, editor, "beneficiaryCodeEdit", "17")
    type_into(qtbot, editor, "knpEdit", "710")
    type_into(qtbot, editor, "amountEdit", amount)
    type_into(qtbot, editor, "purposeEdit", "Оплата по договору № 12 от 01.11.2026 за товары, без НДС")


def open_new_payment(qtbot, client: ClientApp) -> QWidget:
    assert client.window is not None
    client.window.findChild(QAction, "newPaymentAction").trigger()
    return top_level(qtbot, "paymentEditor")


def select_payer(editor: QWidget, iban: str) -> None:
    combo = editor.findChild(QComboBox, "payerAccountCombo")
    index = next(i for i in range(combo.count()) if iban in combo.itemText(i).replace(" ", ""))
    combo.setCurrentIndex(index)


def record_status(client: ClientApp, doc_id: str) -> DocumentStatus | None:
    assert client.window is not None
    records = {r.id: r for r in client.window.payment_list.model.records()}
    return records[doc_id].status if doc_id in records else None


def balance_at_bank_of_other(bank: RunningBank, iban: str) -> Decimal:
    """The beneficiary company's balance, read from the bank's own database."""
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        (tiyn,) = db.execute("SELECT balance FROM accounts WHERE iban = ?", (iban,)).fetchone()
    return Decimal(tiyn) / 100
