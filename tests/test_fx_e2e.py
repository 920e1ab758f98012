"""End to end through the real windows (document types 6 and 7): the clerk opens New ▸ Payment in
foreign currency or New ▸ Buy or sell currency, fills it, signs on a SoftHSM2 carrier; the
reference bank executes it (the statement shows it; an exchange on both accounts, at the bank's
rate at execution, which the editor's status line names), or rejects it and the clerk reads why."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from bsclient.client.documents.record import DocumentStatus
from bsclient.ui.app import ClientApp
from refbank.rates import write_rates
from tests.helpers.clerk_driver import WAIT_MS, click, record_status, top_level, type_into
from tests.helpers.refbank_server import BANK_DAY, RunningBank


def company_account(bank: RunningBank, currency: str) -> str:
    company = bank.created["company"]["name"]
    return next(a["iban"] for a in bank.accounts if a["company"] == company and a["currency"] == currency
                and Decimal(a["balance"]) > 0)


def statement_lines(client: ClientApp, iban: str) -> list[dict]:
    """The bank's day's statement of `iban` as the clerk's own session reads it."""
    return client.workplace.api.statement_page(iban, BANK_DAY, BANK_DAY)["lines"]


def balance_at_bank(client: ClientApp, iban: str) -> Decimal:
    return next(account.balance for account in client.workplace.api.accounts() if account.iban == iban)


def open_new(qtbot, client: ClientApp, action_name: str):
    action = client.window.findChild(QAction, action_name)
    assert action is not None and action.isVisible()
    action.trigger()
    editor = top_level(qtbot, "paymentEditor")
    qtbot.waitUntil(lambda: editor.kind_section.rates is not None, timeout=WAIT_MS)
    return editor


def fill_foreign(qtbot, editor, amount: str) -> None:
    type_into(qtbot, editor, "beneficiaryNameEdit", "Muller Maschinenbau GmbH")
    type_into(qtbot, editor, "foreignAddressEdit", "Hauptstrasse 1, Frankfurt am Main")
    type_into(qtbot, editor, "foreignCountryEdit", "DE")
    type_into(qtbot, editor, "beneficiaryIbanEdit", "DE89 3704 0044 0532 0130 00")
    type_into(qtbot, editor, "beneficiaryBicEdit", "DEUTDEFF")
    type_into(qtbot, editor, "amountEdit", amount)
    type_into(qtbot, editor, "knpEdit", "710")
    type_into(qtbot, editor, "purposeEdit", "Payment for equipment, invoice 45")


def test_a_payment_abroad_is_signed_and_executed(qtbot, signed_in: ClientApp, bank: RunningBank) -> None:
    client = signed_in
    usd = company_account(bank, "USD")
    before = balance_at_bank(client, usd)
    editor = open_new(qtbot, client, "newForeignAction")
    fill_foreign(qtbot, editor, "1 500")
    assert editor.problems() == {}, editor.problems()
    doc_id = editor.order().id
    click(qtbot, editor, "signAndSendButton")
    qtbot.waitUntil(lambda: record_status(client, doc_id) == DocumentStatus.EXECUTED, timeout=WAIT_MS)
    assert balance_at_bank(client, usd) == before - Decimal("1500.00")
    line = next(line for line in statement_lines(client, usd) if line["document_id"] == doc_id)
    assert line["debit"] == "1500.00" and line["counterparty"]["iban"] == "DE89370400440532013000"
    editor.close()


def test_a_payment_abroad_the_bank_cannot_pay_is_rejected_with_its_reason(qtbot, signed_in: ClientApp,
                                                                         bank: RunningBank) -> None:
    """The dollars were held meanwhile (another document): the client's figure is stale, the bank
    rejects the order and the clerk reads why."""
    client = signed_in
    usd = company_account(bank, "USD")
    editor = open_new(qtbot, client, "newForeignAction")
    fill_foreign(qtbot, editor, "2 000")
    assert editor.problems() == {}, editor.problems()
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        (held,) = db.execute("SELECT available FROM accounts WHERE iban = ?", (usd,)).fetchone()
        db.execute("UPDATE accounts SET available = 100000 WHERE iban = ?", (usd,))  # 1 000.00 USD left
    try:
        doc_id = editor.order().id
        click(qtbot, editor, "signAndSendButton")
        qtbot.waitUntil(lambda: record_status(client, doc_id) == DocumentStatus.REJECTED, timeout=WAIT_MS)
        reason = editor.findChild(QLabel, "documentReasonLabel")
        qtbot.waitUntil(lambda: "available" in reason.text().lower() or "balance" in reason.text().lower(),
                        timeout=WAIT_MS)
    finally:
        with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
            db.execute("UPDATE accounts SET available = available - 100000 + ? WHERE iban = ?", (held, usd))
    editor.close()


def buy_dollars(qtbot, editor, dollars: str) -> None:
    type_into(qtbot, editor, "creditAmountEdit", dollars)
    type_into(qtbot, editor, "knpEdit", "213")
    type_into(qtbot, editor, "purposeEdit", "Import contract 12, equipment")


def test_a_purchase_is_executed_at_the_banks_rate_and_the_editor_names_it(qtbot, signed_in: ClientApp,
                                                                         bank: RunningBank) -> None:
    write_rates(bank.data_dir, {"USD": ("468.50", "474.00")}, "2026-11-23T04:00:00Z")
    client = signed_in
    kzt, usd = company_account(bank, "KZT"), company_account(bank, "USD")
    kzt_before, usd_before = balance_at_bank(client, kzt), balance_at_bank(client, usd)
    editor = open_new(qtbot, client, "newExchangeAction")
    assert "474" in editor.findChild(QLabel, "exchangeRatesLabel").text()
    buy_dollars(qtbot, editor, "1 000")
    assert editor.amount_edit.text() == "474 000,00"  # indicative, at the shown rate
    assert editor.problems() == {}, editor.problems()
    write_rates(bank.data_dir, {"USD": ("466.00", "471.25")}, "2026-11-23T05:00:00Z")  # the rate moved
    doc_id = editor.order().id
    click(qtbot, editor, "signAndSendButton")
    qtbot.waitUntil(lambda: record_status(client, doc_id) == DocumentStatus.EXECUTED, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "1 USD = 471.25 KZT" in editor.status_label.text(), timeout=WAIT_MS)
    assert client.workplace.store.get(doc_id).rate.value == "471.25"
    assert balance_at_bank(client, kzt) == kzt_before - Decimal("471250.00")
    assert balance_at_bank(client, usd) == usd_before + Decimal("1000.00")
    debit = next(line for line in statement_lines(client, kzt) if line["document_id"] == doc_id)
    credit = next(line for line in statement_lines(client, usd) if line["document_id"] == doc_id)
    assert debit["debit"] == "471250.00" and credit["credit"] == "1000.00"  # both legs
    editor.close()


def test_a_purchase_the_account_cannot_pay_at_the_new_rate_is_rejected(qtbot, signed_in: ClientApp,
                                                                      bank: RunningBank) -> None:
    write_rates(bank.data_dir, {"USD": ("468.50", "474.00")}, "2026-11-23T04:00:00Z")
    client = signed_in
    kzt = company_account(bank, "KZT")
    before = balance_at_bank(client, kzt)
    editor = open_new(qtbot, client, "newExchangeAction")
    buy_dollars(qtbot, editor, "9 000")  # 4 266 000 tenge at 474, within the balance
    assert editor.problems() == {}, editor.problems()
    write_rates(bank.data_dir, {"USD": ("690.00", "700.00")}, "2026-11-23T06:00:00Z")  # 6 300 000: too much
    doc_id = editor.order().id
    click(qtbot, editor, "signAndSendButton")
    qtbot.waitUntil(lambda: record_status(client, doc_id) == DocumentStatus.REJECTED, timeout=WAIT_MS)
    reason = editor.findChild(QLabel, "documentReasonLabel")
    qtbot.waitUntil(lambda: "700.00" in reason.text(), timeout=WAIT_MS)
    assert balance_at_bank(client, kzt) == before
    editor.close()
