"""End to end, through the real windows: a clerk signs a tenge payment order on a SoftHSM2
carrier and the reference bank, over TLS, executes it, or rejects it with its reason shown.
(R1.1, R2.1-R2.3, R6.2, R9.5, R9.7)"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QLabel
from schwifty import IBAN

from bsclient.client.documents.record import DocumentStatus
from bsclient.ui.app import ClientApp
from tests.helpers.bank_documents import assert_bank_export_verifies_with_openssl
from tests.helpers.clerk_driver import (
    WAIT_MS,
    balance_at_bank,
    balance_at_bank_of_other,
    click,
    fill_payment_order,
    open_new_payment,
    other_company_account,
    payer_account,
    record_status,
    select_payer,
)
from tests.helpers.refbank_server import RunningBank


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


def list_row_texts(client: ClientApp, doc_id: str) -> list[str]:
    model = client.window.payment_list.model
    row = next(i for i, r in enumerate(model.records()) if r.id == doc_id)
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]
