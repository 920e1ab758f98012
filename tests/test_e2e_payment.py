"""End to end, through the real windows: a clerk signs a tenge payment order on a SoftHSM2
carrier and the reference bank, over TLS, executes it, or rejects it with its reason shown.
(R1.1, R2.1-R2.3, R6.2, R9.5, R9.7)"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from schwifty import IBAN

from bsclient.client.bank_api import BankApi
from bsclient.client.config import load_config
from bsclient.client.documents import DocumentStatus
from bsclient.ui.app import ClientApp
from tests.e2e_fixtures import USER_PIN, bank, clerk_login, enrolled_carrier, write_client_config  # noqa: F401
from tests.refbank_server import REPO, RunningBank, refbank_command

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


def balance_at_bank(bank: RunningBank, iban: str) -> Decimal:
    api = BankApi(bank.url, bank.ca_file)
    login = clerk_login(bank)
    api.login(login, bank.users[login])
    try:
        return next(account.balance for account in api.accounts() if account.iban == iban)
    finally:
        api.logout()
        api.close()


@pytest.fixture
def signed_in(qtbot, bank: RunningBank, softhsm_config: Path, tmp_path: Path) -> Iterator[ClientApp]:
    """The client after the clerk's login, PIN and the main window's first load."""
    carrier = enrolled_carrier(bank, softhsm_config)
    config = load_config(write_client_config(tmp_path / "client", bank, carrier))
    quit_requested: list[bool] = []
    client = ClientApp(config, on_quit=lambda: quit_requested.append(True))
    client.start()

    login = top_level(qtbot, "loginDialog")
    type_into(qtbot, login, "loginEdit", clerk_login(bank))
    type_into(qtbot, login, "passwordEdit", bank.users[clerk_login(bank)])
    click(qtbot, login, "signInButton")

    pin = top_level(qtbot, "pinDialog")
    type_into(qtbot, pin, "pinEdit", USER_PIN)
    click(qtbot, pin, "pinOkButton")

    window = top_level(qtbot, "mainWindow")
    qtbot.waitUntil(lambda: window.accounts_table.accounts_model.rowCount() >= 2, timeout=WAIT_MS)
    yield client

    window.close()
    qtbot.waitUntil(lambda: bool(quit_requested), timeout=WAIT_MS)
    client.shutdown()


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
    qtbot.waitUntil(lambda: "Цеснабанк" in editor.findChild(QLabel, "beneficiaryBankLabel").text(),
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
    from PySide6.QtWidgets import QComboBox

    combo = editor.findChild(QComboBox, "payerAccountCombo")
    index = next(i for i in range(combo.count()) if iban in combo.itemText(i).replace(" ", ""))
    combo.setCurrentIndex(index)


def record_status(client: ClientApp, doc_id: str) -> DocumentStatus | None:
    assert client.window is not None
    records = {r.id: r for r in client.window.payment_list.model.records()}
    return records[doc_id].status if doc_id in records else None


def test_clerk_signs_a_payment_order_and_the_bank_executes_it(qtbot, signed_in: ClientApp, bank: RunningBank,
                                                             tmp_path: Path) -> None:
    client = signed_in
    window = client.window
    owner = window.findChild(QLabel, "keyOwnerLabel").text()
    assert "Ахметова Айгуль Сериковна" in owner, owner  # R5.7: the key owner from the certificate

    payer, beneficiary = payer_account(bank), other_company_account(bank)
    payer_before = balance_at_bank(bank, payer["iban"])
    beneficiary_before = balance_at_bank_of_other(bank, beneficiary["iban"])

    editor = open_new_payment(qtbot, client)
    select_payer(editor, payer["iban"])
    fill_payment_order(qtbot, editor, name=beneficiary["company"], bin_=beneficiary["company_bin"],
                       iban=beneficiary["iban"], amount="150 000,50")
    doc_id = editor.order().id
    click(qtbot, editor, "signAndSendButton")

    qtbot.waitUntil(lambda: record_status(client, doc_id) == DocumentStatus.EXECUTED, timeout=WAIT_MS)
    status_text = editor.findChild(QLabel, "documentStatusLabel")
    qtbot.waitUntil(lambda: "xecuted" in status_text.text(), timeout=WAIT_MS)

    # The bank moved the money once, and the window shows the new balance.
    expected = payer_before - Decimal("150000.50")
    assert balance_at_bank(bank, payer["iban"]) == expected
    assert balance_at_bank_of_other(bank, beneficiary["iban"]) == beneficiary_before + Decimal("150000.50")
    qtbot.waitUntil(lambda: any(a.iban == payer["iban"] and a.balance == expected
                                for a in client.workplace.accounts), timeout=WAIT_MS)
    assert_bank_export_verifies_with_openssl(bank, doc_id, tmp_path)

    shown = [window.accounts_table.accounts_model.index(row, 2).data()
             for row in range(window.accounts_table.accounts_model.rowCount())]
    # Grouping follows the system locale ("4,849,999.50", "4 849 999,50"); the digits do not.
    assert any("".join(ch for ch in text if ch.isdigit()) == f"{expected:.2f}".replace(".", "")
               for text in shown), shown


def test_the_bank_rejects_an_order_and_the_clerk_sees_why(qtbot, signed_in: ClientApp, bank: RunningBank) -> None:
    client = signed_in
    payer = payer_account(bank)
    payer_before = balance_at_bank(bank, payer["iban"])
    # A well-formed IIK at this bank that belongs to nobody: only the bank can know.
    nobody = str(IBAN.generate("KZ", bank_code="998", account_code="9999999999999"))

    editor = open_new_payment(qtbot, client)
    select_payer(editor, payer["iban"])
    fill_payment_order(qtbot, editor, name="ТОО Несуществующий", bin_="940140000385", iban=nobody,
                       amount="1000")
    doc_id = editor.order().id
    click(qtbot, editor, "signAndSendButton")

    qtbot.waitUntil(lambda: record_status(client, doc_id) == DocumentStatus.REJECTED, timeout=WAIT_MS)
    reason = editor.findChild(QLabel, "documentReasonLabel")
    qtbot.waitUntil(lambda: nobody in reason.text().replace(" ", "") or "account" in reason.text(), timeout=WAIT_MS)
    row_texts = list_row_texts(client, doc_id)
    assert any("account" in text for text in row_texts), row_texts  # the reason is in the list too
    assert balance_at_bank(bank, payer["iban"]) == payer_before


def assert_bank_export_verifies_with_openssl(bank: RunningBank, doc_id: str, tmp_path: Path) -> None:
    """What the bank keeps is what the carrier signed: openssl, an independent peer, agrees."""
    out = tmp_path / "export"
    subprocess.run(refbank_command("export-document", doc_id, "--data", str(bank.data_dir), "--out", str(out)),
                   check=True, capture_output=True, cwd=REPO)
    verify = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-content", str(out / "document.json"),
         "-in", str(out / "signature-1.p7s"), "-CAfile", str(bank.ca_file), "-purpose", "any",
         "-out", os.devnull],
        capture_output=True, text=True)
    assert verify.returncode == 0 and "Verification successful" in verify.stderr, verify.stderr
    assert json.loads((out / "document.json").read_bytes())["id"] == doc_id


def list_row_texts(client: ClientApp, doc_id: str) -> list[str]:
    model = client.window.payment_list.model
    row = next(i for i, r in enumerate(model.records()) if r.id == doc_id)
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


def balance_at_bank_of_other(bank: RunningBank, iban: str) -> Decimal:
    """The beneficiary company's balance, read from the bank's own database."""
    import sqlite3

    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        (tiyn,) = db.execute("SELECT balance FROM accounts WHERE iban = ?", (iban,)).fetchone()
    return Decimal(tiyn) / 100
