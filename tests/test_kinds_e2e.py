"""End to end through the real windows (document types 4, 2, 3, 5): the clerk opens New ▸ <kind>,
fills the order (KBK, registry typed or imported from CSV), signs on a SoftHSM2 carrier, and the
reference bank executes it as one debit; and a bank whose directory differs rejects a budget
payment the client let through, the clerk seeing the bank's reason."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from bsclient.client.documents.record import DocumentStatus
from bsclient.rules.iin_bin import iin_bin_check_digit
from bsclient.ui.app import ClientApp
from tests.helpers.clerk_driver import (
    WAIT_MS,
    balance_at_bank,
    balance_at_bank_of_other,
    click,
    other_company_account,
    payer_account,
    record_status,
    select_payer,
    top_level,
    type_into,
)
from tests.helpers.refbank_server import RunningBank

# A month that has begun, whatever day the tests run on (a period after the document's month is refused).
PERIOD = "2026-10"
ACTIONS = {"budget": "newBudgetAction", "pension": "newPensionAction", "social": "newSocialAction",
           "salary": "newSalaryAction"}


def iin(first_eleven: str) -> str:
    return first_eleven + str(iin_bin_check_digit(first_eleven))


IIN_1, IIN_2 = iin("85041730012"), iin("90120140023")


def open_new(qtbot, client: ClientApp, kind: str):
    action = client.window.findChild(QAction, ACTIONS[kind])
    assert action is not None and action.isVisible()
    action.trigger()
    editor = top_level(qtbot, "paymentEditor")
    qtbot.waitUntil(lambda: editor.kind_section.facts is not None, timeout=WAIT_MS)
    return editor


def fill_budget(qtbot, editor) -> None:
    picker = editor.findChild(QComboBox, "taxAuthorityCombo")
    qtbot.waitUntil(lambda: picker.findData("990140000017") >= 0, timeout=WAIT_MS)
    picker.activated.emit(picker.findData("990140000017"))  # the clerk picks the demo tax authority
    qtbot.waitUntil(lambda: editor.findChild(QLineEdit, "beneficiaryBinEdit").text() == "990140000017",
                    timeout=WAIT_MS)
    type_into(qtbot, editor, "kbkEdit", "101201")
    qtbot.waitUntil(lambda: "Individual income tax" in editor.findChild(QLabel, "kbkNameLabel").text(),
                    timeout=WAIT_MS)
    type_into(qtbot, editor, "knpEdit", "911")
    type_into(qtbot, editor, "amountEdit", "45 000")
    type_into(qtbot, editor, "purposeEdit", "ИПН за октябрь 2026")


def fill_contributions(qtbot, editor) -> None:
    qtbot.waitUntil(lambda: editor.findChild(QLineEdit, "beneficiaryBinEdit").text() == "160440007161",
                    timeout=WAIT_MS)
    registry = editor.kind_section.registry
    for cells in ({"iin": IIN_1, "surname": "Ахметов", "name": "Серик", "patronymic": "Болатович",
                   "birth_date": "1985-04-17", "amount": "25 000", "period": PERIOD},
                  {"iin": IIN_2, "surname": "Нурланова", "name": "Айгерим", "birth_date": "1990-12-01",
                   "amount": "20 000", "period": PERIOD}):
        click(qtbot, editor, "registryAddButton")
        for column, text in cells.items():
            registry.set_cell(registry.table.rowCount() - 1, column, text)
    # the registry's total is the order's amount until the clerk types one of her own
    assert editor.findChild(QLineEdit, "amountEdit").text() == "45 000,00"
    type_into(qtbot, editor, "purposeEdit", "Взносы за " + PERIOD)


def fill_salary(qtbot, editor, bank: RunningBank, tmp_path: Path) -> None:
    beneficiary = other_company_account(bank)
    csv_file = tmp_path / "salary.csv"
    csv_file.write_bytes((f"ИИН;ФИО;ИИК;Сумма\n{IIN_1};Ахметов Серик;{beneficiary['iban']};25 000,00\n"
                          f"{IIN_2};Нурланова Айгерим;KZ75125KZT2069100100;20000\n").encode("cp1251"))
    registry = editor.kind_section.registry
    registry.import_csv(csv_file)
    qtbot.waitUntil(lambda: registry.table.rowCount() == 2, timeout=WAIT_MS)
    type_into(qtbot, editor, "beneficiaryNameEdit", beneficiary["company"])
    type_into(qtbot, editor, "beneficiaryBinEdit", beneficiary["company_bin"])
    type_into(qtbot, editor, "beneficiaryIbanEdit", beneficiary["iban"])
    type_into(qtbot, editor, "beneficiaryCodeEdit", "17")
    type_into(qtbot, editor, "knpEdit", "311")
    type_into(qtbot, editor, "purposeEdit", "Заработная плата за " + PERIOD)


@pytest.mark.parametrize("kind", ["budget", "pension", "social", "salary"])
def test_clerk_signs_each_kind_and_the_bank_executes_it(qtbot, signed_in: ClientApp, bank: RunningBank,
                                                        tmp_path: Path, kind: str) -> None:
    client = signed_in
    payer = payer_account(bank)
    before = balance_at_bank(bank, payer["iban"])
    other = other_company_account(bank)
    other_before = balance_at_bank_of_other(bank, other["iban"])
    editor = open_new(qtbot, client, kind)
    select_payer(editor, payer["iban"])
    if kind == "budget":
        fill_budget(qtbot, editor)
    elif kind == "salary":
        fill_salary(qtbot, editor, bank, tmp_path)
    else:
        fill_contributions(qtbot, editor)
    assert editor.problems() == {}, editor.problems()
    doc_id = editor.order().id
    click(qtbot, editor, "signAndSendButton")
    qtbot.waitUntil(lambda: record_status(client, doc_id) == DocumentStatus.EXECUTED, timeout=WAIT_MS)
    assert balance_at_bank(bank, payer["iban"]) == before - Decimal("45000.00")  # one debit of the total
    # Contributions and taxes leave for other banks; the salary order's beneficiary is at this bank.
    credited = Decimal("45000.00") if kind == "salary" else Decimal(0)
    assert balance_at_bank_of_other(bank, other["iban"]) == other_before + credited
    record = client.workplace.store.get(doc_id)
    assert record.order.kind == kind
    assert json.loads(record.content)["schema"] == record.order.schema
    editor.close()


def test_the_bank_rejects_a_budget_payment_its_directory_does_not_allow(qtbot, signed_in: ClientApp,
                                                                       bank: RunningBank) -> None:
    """The bank's operator copy of the KBK directory, a complete list, lacks 101201: the client (shipped
    copy) lets the order through; the bank rejects it and the clerk reads why, and no money is held."""
    folder = bank.data_dir / "directories"
    folder.mkdir(exist_ok=True)
    (folder / "kbk.json").write_text(json.dumps({
        "directory": "kbk", "title": "KBK", "version": 9, "date": "2026-11-23", "sources": ["test"],
        "complete": True, "note": "", "entries": [{"code": "105402", "name": "Test fee"}]}), encoding="utf-8")
    try:
        client = signed_in
        payer = payer_account(bank)
        before = balance_at_bank(bank, payer["iban"])
        editor = open_new(qtbot, client, "budget")
        select_payer(editor, payer["iban"])
        fill_budget(qtbot, editor)
        doc_id = editor.order().id
        click(qtbot, editor, "signAndSendButton")
        qtbot.waitUntil(lambda: record_status(client, doc_id) == DocumentStatus.REJECTED, timeout=WAIT_MS)
        reason = editor.findChild(QLabel, "documentReasonLabel")
        qtbot.waitUntil(lambda: "kbk" in reason.text().lower() and "101201" in reason.text(), timeout=WAIT_MS)
        assert balance_at_bank(bank, payer["iban"]) == before
        editor.close()
    finally:
        (folder / "kbk.json").unlink()
