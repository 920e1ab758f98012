"""Through the real windows, against a real refbank and a SoftHSM2 carrier: recall of a sent order
(document type 8), copy into a new draft, a template made and turned into a draft, and the
counterparties directory filled from sent documents and picked in the payment editor (R9.1).

The bank executes after an hour here, so a recall always finds the order accepted unless the test
itself executes it (with the bank's own code on its database).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from bsclient.client.documents.record import DocumentStatus
from bsclient.ui.app import ClientApp
from bsclient.ui.background import wait_for_background_work
from refbank.db import Database
from refbank.documents.execution import execute_document
from tests.helpers.clerk_driver import (
    WAIT_MS,
    click,
    fill_payment_order,
    open_new_payment,
    other_company_account,
    payer_account,
    record_status,
    select_payer,
    top_level,
    type_into,
)
from tests.helpers.refbank_server import RunningBank, bank_now, start_refbank


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBank]:
    running = start_refbank(tmp_path_factory.mktemp("bank"), execution_delay=3600)
    yield running
    running.stop()


def bank_status(bank: RunningBank, doc_id: str) -> str | None:
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        row = db.execute("SELECT status FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def available_at_bank(bank: RunningBank, iban: str) -> int:
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        return db.execute("SELECT available FROM accounts WHERE iban = ?", (iban,)).fetchone()[0]


def trigger(client: ClientApp, name: str) -> None:
    action = client.window.findChild(QAction, name)
    assert action is not None, f"no action named {name}"
    action.trigger()


def send_order(qtbot, client: ClientApp, bank: RunningBank, amount: str) -> QWidget:
    """A new order signed and sent through the editor; returns the editor once the bank accepted it."""
    payer, beneficiary = payer_account(bank), other_company_account(bank)
    editor = open_new_payment(qtbot, client)
    select_payer(editor, payer["iban"])
    fill_payment_order(qtbot, editor, name=beneficiary["company"], bin_=beneficiary["company_bin"],
                       iban=beneficiary["iban"], amount=amount)
    doc_id = editor.order().id
    click(qtbot, editor, "signAndSendButton")
    qtbot.waitUntil(lambda: record_status(client, doc_id) == DocumentStatus.ACCEPTED, timeout=WAIT_MS)
    return editor


def new_editor(qtbot, client: ClientApp, known: set[str]) -> QWidget:
    found: list[QWidget] = []

    def opened() -> bool:
        found[:] = [e for e in client.window.editors() if e.order().id not in known and e.isVisible()]
        return bool(found)

    qtbot.waitUntil(opened, timeout=WAIT_MS)
    return found[0]


def open_ids(client: ClientApp) -> set[str]:
    return {e.order().id for e in client.window.editors()}


def test_a_clerk_recalls_an_accepted_order_and_cannot_recall_an_executed_one(qtbot, signed_in: ClientApp,
                                                                           bank: RunningBank) -> None:
    client = signed_in
    payer = payer_account(bank)["iban"]
    available_before = available_at_bank(bank, payer)
    editor = send_order(qtbot, client, bank, "75 000")
    doc_id = editor.order().id
    assert available_at_bank(bank, payer) == available_before - 7_500_000
    recall_button = editor.findChild(QPushButton, "recallDocumentButton")
    qtbot.waitUntil(recall_button.isVisible, timeout=WAIT_MS)
    editor.close()

    # From the main window: the order selected in the list, Documents → Recall….
    client.window.payment_list.select(doc_id)
    trigger(client, "recallAction")
    dialog = top_level(qtbot, "recallDialog")
    assert "75" in dialog.findChild(QLabel, "recallDocumentLabel").text()
    click(qtbot, dialog, "recallButton")  # no reason yet: said under the field, nothing signed
    error = dialog.findChild(QLabel, "recallReasonError")
    assert error.isVisible() and "Type why" in error.text()
    type_into(qtbot, dialog, "recallReasonEdit", "Неверная сумма, будет новое поручение")
    assert not error.isVisible() or error.text() == ""
    click(qtbot, dialog, "recallButton")

    qtbot.waitUntil(lambda: record_status(client, doc_id) == DocumentStatus.RECALLED, timeout=WAIT_MS)
    outcome = dialog.findChild(QLabel, "recallOutcomeLabel")
    qtbot.waitUntil(lambda: "recalled payment order" in outcome.text(), timeout=WAIT_MS)
    assert not dialog.findChild(QPushButton, "recallButton").isVisible()
    assert bank_status(bank, doc_id) == "recalled"
    model = client.window.payment_list.model  # the list says Recalled, with the clerk's reason
    row = next(i for i, r in enumerate(model.records()) if r.id == doc_id)
    row_texts = " ".join(str(model.index(row, column).data()) for column in range(model.columnCount()))
    assert "Recalled" in row_texts, row_texts
    assert available_at_bank(bank, payer) == available_before  # the hold was given back
    click(qtbot, dialog, "recallCloseButton")

    # Opened again, the order says Recalled with the reason, and offers no second recall.
    client.window.open_document(doc_id)
    reopened = new_editor(qtbot, client, set())
    qtbot.waitUntil(lambda: "Recalled" in reopened.findChild(QLabel, "documentStatusLabel").text(), timeout=WAIT_MS)
    assert "Неверная сумма" in reopened.findChild(QLabel, "documentReasonLabel").text()
    assert not reopened.findChild(QPushButton, "recallDocumentButton").isVisible()
    reopened.close()

    # An order the bank executes just before the recall arrives: refused, and the list catches up.
    editor = send_order(qtbot, client, bank, "1 000")
    late_id = editor.order().id
    with Database(bank.data_dir / "bank.sqlite3").connection() as conn:
        execute_document(conn, late_id, bank_now())  # on the bank's clock
    click(qtbot, editor, "recallDocumentButton")  # from the editor this time
    dialog = top_level(qtbot, "recallDialog")
    type_into(qtbot, dialog, "recallReasonEdit", "Ошибка")
    click(qtbot, dialog, "recallButton")
    outcome = dialog.findChild(QLabel, "recallOutcomeLabel")
    qtbot.waitUntil(lambda: "already executed" in outcome.text(), timeout=WAIT_MS)
    assert "not recalled" in outcome.text()
    qtbot.waitUntil(lambda: record_status(client, late_id) == DocumentStatus.EXECUTED, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Executed" in editor.findChild(QLabel, "documentStatusLabel").text(), timeout=WAIT_MS)
    assert bank_status(bank, late_id) == "executed"
    dialog.close()
    editor.close()


def test_copy_template_and_counterparty_picker_through_the_windows(qtbot, signed_in: ClientApp,
                                                                   bank: RunningBank) -> None:
    client = signed_in
    beneficiary = other_company_account(bank)
    editor = send_order(qtbot, client, bank, "12 345,67")
    sent = editor.order()

    # Copy from the editor: a new draft opens, same parties, amount and purpose, a new number.
    click(qtbot, editor, "copyDocumentButton")
    copy_editor = new_editor(qtbot, client, {sent.id})
    copied = copy_editor.order()
    assert copied.id != sent.id and copied.number != sent.number
    assert (copied.beneficiary, copied.amount, copied.purpose, copied.knp) == (
        sent.beneficiary, sent.amount, sent.purpose, sent.knp)
    qtbot.waitUntil(lambda: record_status(client, copied.id) == DocumentStatus.DRAFT, timeout=WAIT_MS)
    assert copy_editor.findChild(QPushButton, "signAndSendButton").isEnabled()
    copy_editor.close()

    # Copy from the main window's Documents menu.
    known = open_ids(client)
    client.window.payment_list.select(sent.id)
    trigger(client, "copyDocumentAction")
    menu_copy = new_editor(qtbot, client, known)
    assert menu_copy.order().beneficiary == sent.beneficiary and menu_copy.order().id != copied.id
    menu_copy.close()

    # Save the sent order as a template, then a draft from it in the template window.
    click(qtbot, editor, "saveTemplateButton")
    naming = top_level(qtbot, "templateNameDialog")
    name_edit = naming.findChild(QLineEdit, "templateNameEdit")
    name_edit.clear()
    click(qtbot, naming, "templateNameOkButton")  # an empty name is said under the field
    qtbot.waitUntil(naming.findChild(QLabel, "templateNameError").isVisible, timeout=WAIT_MS)
    type_into(qtbot, naming, "templateNameEdit", "Логистика ежемесячно")
    click(qtbot, naming, "templateNameOkButton")
    qtbot.waitUntil(lambda: not shiboken6.isValid(naming) or not naming.isVisible(), timeout=WAIT_MS)
    editor.close()

    trigger(client, "templatesAction")
    templates = top_level(qtbot, "templateWindow")
    qtbot.waitUntil(lambda: len(templates.templates()) == 1, timeout=WAIT_MS)
    templates.select_name("Логистика ежемесячно")
    known = open_ids(client)
    click(qtbot, templates, "templateDraftButton")
    from_template = new_editor(qtbot, client, known)
    made = from_template.order()
    assert made.beneficiary == sent.beneficiary and made.amount == sent.amount and made.id != sent.id
    qtbot.waitUntil(lambda: record_status(client, made.id) == DocumentStatus.DRAFT, timeout=WAIT_MS)
    from_template.close()
    click(qtbot, templates, "templateRenameButton")
    renaming = top_level(qtbot, "templateNameDialog")
    renaming.findChild(QLineEdit, "templateNameEdit").clear()
    type_into(qtbot, renaming, "templateNameEdit", "Логистика")
    click(qtbot, renaming, "templateNameOkButton")
    qtbot.waitUntil(lambda: [t.name for t in templates.templates()] == ["Логистика"], timeout=WAIT_MS)
    templates.select_name("Логистика")
    click(qtbot, templates, "templateDeleteButton")
    asked = top_level(qtbot, "confirmDeletion")
    asked.button(QMessageBox.StandardButton.Cancel).click()  # cancelled: nothing deleted
    qtbot.waitUntil(lambda: not asked.isVisible(), timeout=WAIT_MS)
    wait_for_background_work()
    assert [t.name for t in templates.templates()] == ["Логистика"]
    click(qtbot, templates, "templateDeleteButton")
    click(qtbot, top_level(qtbot, "confirmDeletion"), "confirmDeleteButton")
    qtbot.waitUntil(lambda: templates.templates() == [], timeout=WAIT_MS)
    templates.close()

    # The counterparties directory, filled from the sent order; a bad entry is refused field by field.
    trigger(client, "counterpartiesAction")
    directory = top_level(qtbot, "counterpartyWindow")
    click(qtbot, directory, "counterpartyFillButton")
    qtbot.waitUntil(lambda: len(directory.entries()) == 1, timeout=WAIT_MS)
    assert "Added 1" in directory.findChild(QLabel, "counterpartyMessageLabel").text()
    click(qtbot, directory, "counterpartyFillButton")  # again: no duplicate
    qtbot.waitUntil(lambda: "Added 0" in directory.findChild(QLabel, "counterpartyMessageLabel").text(),
                    timeout=WAIT_MS)
    assert len(directory.entries()) == 1
    click(qtbot, directory, "counterpartyNewButton")
    type_into(qtbot, directory, "counterpartyNameEdit", "ТОО Ошибочный")
    type_into(qtbot, directory, "counterpartyBinEdit", "150640000001")
    type_into(qtbot, directory, "counterpartyIbanEdit", "KZ00123")
    click(qtbot, directory, "counterpartySaveButton")
    for name in ("counterpartyBinError", "counterpartyIbanError", "counterpartyBicError", "counterpartyCodeError"):
        assert directory.findChild(QLabel, name).isVisible(), name
    assert not directory.findChild(QLabel, "counterpartyNameError").isVisible()
    assert len(directory.entries()) == 1
    directory.close()

    # The picker in a new order fills the beneficiary; the form finds nothing to correct there.
    fresh = open_new_payment(qtbot, client)
    click(qtbot, fresh, "pickCounterpartyButton")
    picker = top_level(qtbot, "counterpartyPicker")
    qtbot.waitUntil(lambda: len(picker.entries()) == 1, timeout=WAIT_MS)
    picker.select_iban(beneficiary["iban"])
    click(qtbot, picker, "counterpartyUseButton")
    qtbot.waitUntil(lambda: fresh.findChild(QLineEdit, "beneficiaryIbanEdit").text() == beneficiary["iban"],
                    timeout=WAIT_MS)
    assert fresh.findChild(QLineEdit, "beneficiaryNameEdit").text() == beneficiary["company"]
    assert fresh.findChild(QLineEdit, "beneficiaryBinEdit").text() == beneficiary["company_bin"]
    assert fresh.findChild(QLineEdit, "beneficiaryCodeEdit").text() == "17"
    assert "Jusan" in fresh.findChild(QLabel, "beneficiaryBankLabel").text()
    assert not {"beneficiary.name", "beneficiary.bin", "beneficiary.iban", "beneficiary.bic",
                "beneficiary.code"} & set(fresh.problems())
    fresh.close()


def test_a_viewer_is_offered_neither_copy_template_picker_nor_recall(qtbot, tmp_path) -> None:
    """R3.4: what the bank would refuse is not offered; a signer sees Recall on an accepted order."""
    from dataclasses import replace
    from datetime import date

    from bsclient.client.documents.payment_order import Party, PaymentOrder
    from bsclient.client.models import DocumentState
    from bsclient.ui.payments.editor import PaymentEditor
    from tests.helpers.workplace import make_workplace

    workplace = make_workplace(tmp_path)
    try:
        order = PaymentOrder.new(Party("TOO Demo", "181140004063", workplace.accounts[0].iban, "TSESKZKA", "17"), "5",
                                 today=date(2026, 11, 23))
        store = workplace.store
        store.save_draft(order)
        store.mark_signed(order.id, b"{}", [b"s"], "Aigerim Clerk")
        store.mark_sent(order.id)
        record = store.apply_state(order.id, DocumentState(order.id, DocumentStatus.ACCEPTED, None, None, None))
        names = ("copyDocumentButton", "saveTemplateButton", "recallDocumentButton")

        signer_view = PaymentEditor(workplace, record)
        qtbot.addWidget(signer_view)
        signer_view.show()
        assert all(signer_view.findChild(QPushButton, name).isVisible() for name in names)
        assert not signer_view.findChild(QPushButton, "pickCounterpartyButton").isVisible()  # not a draft
        signer_view.close()

        workplace.user = replace(workplace.user, sign_right="none", may_prepare=False, may_sign=False)
        viewer_view = PaymentEditor(workplace, record)
        qtbot.addWidget(viewer_view)
        viewer_view.show()
        assert not any(viewer_view.findChild(QPushButton, name).isVisible() for name in names)
        viewer_view.close()
        draft = PaymentEditor(workplace, None, next_number="6")
        qtbot.addWidget(draft)
        draft.show()
        assert not draft.findChild(QPushButton, "pickCounterpartyButton").isVisible()
        draft.close()
    finally:
        wait_for_background_work()
        workplace.store.close()
