"""The payment order form: inline validation, the bank from the BIC, drafts kept, signed ones read-only."""

from __future__ import annotations

import datetime as dt
import os

import time_machine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit
from schwifty import IBAN

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.models import DocumentState
from bsclient.messages import Message
from bsclient.rules import check_iin_bin, check_kbe, check_knp
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.payments.sign_review import SignReviewDialog, confirm_changed_payees, payee_checks
from bsclient.ui.workplace import Workplace
from tests.helpers.editor import fill_valid_order
from tests.helpers.workplace import BENEFICIARY_IIK, PAYER_IIK


def open_editor(qtbot, workplace: Workplace, record=None) -> PaymentEditor:
    editor = PaymentEditor(workplace, record, next_number="7")
    qtbot.addWidget(editor)
    editor.show()
    return editor


def sentence(message: Message | None) -> str:
    assert message is not None
    return message.render(QCoreApplication.translate)


def test_each_invalid_field_shows_its_sentence_and_signing_waits_until_all_are_valid(qtbot, workplace):
    """Inline validation before signing (validation where the clerk types)."""
    editor = open_editor(qtbot, workplace)
    assert not editor.sign_button.isEnabled()
    assert editor.findChild(type(editor.sign_button), "signAndSendButton") is editor.sign_button

    qtbot.keyClicks(editor.beneficiary_bin_edit, "181140004064")
    qtbot.keyClicks(editor.beneficiary_code_edit, "30")
    qtbot.keyClicks(editor.knp_edit, "71")
    for path, widget, expected in (("beneficiary.bin", editor.beneficiary_bin_edit, check_iin_bin("181140004064")),
                                   ("beneficiary.code", editor.beneficiary_code_edit, check_kbe("30")),
                                   ("knp", editor.knp_edit, check_knp("71"))):
        label = editor.error_label(path)
        assert label.isVisible() and label.text() == sentence(expected)
        assert widget.property("invalid") is True
    assert not editor.sign_button.isEnabled()

    for edit in (editor.beneficiary_bin_edit, editor.beneficiary_code_edit, editor.knp_edit):
        edit.clear()
    fill_valid_order(qtbot, editor)
    assert editor.problems() == {}
    assert not any(editor.error_label(path).isVisible() for path in ("beneficiary.bin", "beneficiary.code", "knp"))
    assert editor.beneficiary_bin_edit.property("invalid") is False
    assert editor.sign_button.isEnabled()

    qtbot.keyClicks(editor.amount_edit, "9")  # "150 000,509": three decimals
    assert editor.error_label("amount").isVisible()
    assert not editor.sign_button.isEnabled()


def test_amount_above_the_available_balance_is_refused_inline(qtbot, workplace):
    editor = open_editor(qtbot, workplace)
    fill_valid_order(qtbot, editor)
    editor.amount_edit.clear()
    qtbot.keyClicks(editor.amount_edit, "2 000 000,01")  # available is 2 000 000,00
    assert "2000000.00" in editor.error_label("amount").text()
    assert not editor.sign_button.isEnabled()


def test_bank_name_fills_from_the_bic_and_the_bic_from_the_iik(qtbot, workplace):
    editor = open_editor(qtbot, workplace)
    qtbot.keyClicks(editor.beneficiary_bic_edit, "CASPKZKA")
    assert "KASPI" in editor.bank_label.text().upper()
    assert editor.bank_label.objectName() == "beneficiaryBankLabel"

    other = open_editor(qtbot, workplace)
    qtbot.keyClicks(other.beneficiary_iban_edit, BENEFICIARY_IIK)  # bank code 722: Kaspi
    assert other.beneficiary_bic_edit.text() == "CASPKZKA"
    assert "KASPI" in other.bank_label.text().upper()


def test_the_draft_is_saved_as_typed_and_reopens_with_the_same_text(qtbot, workplace):
    """Nothing typed is lost: the draft is stored while typing and on closing."""
    editor = open_editor(qtbot, workplace)
    doc_id = editor.order().id
    qtbot.keyClicks(editor.beneficiary_name_edit, "TOO Half typed")
    qtbot.keyClicks(editor.purpose_edit, "Rent for March")
    qtbot.keyClicks(editor.amount_edit, "1500")
    editor.close()
    qtbot.waitUntil(lambda: workplace.store.get(doc_id) is not None
                    and workplace.store.get(doc_id).order.amount == "1500", timeout=5000)

    record = workplace.store.get(doc_id)
    assert record.status == DocumentStatus.DRAFT
    reopened = open_editor(qtbot, workplace, record)
    assert reopened.beneficiary_name_edit.text() == "TOO Half typed"
    assert reopened.purpose_edit.toPlainText() == "Rent for March"
    assert reopened.amount_edit.text() == "1500"
    assert reopened.number_edit.text() == "7"
    assert not reopened.beneficiary_name_edit.isReadOnly()


def test_the_draft_is_saved_while_typing_before_the_editor_closes(qtbot, workplace):
    editor = open_editor(qtbot, workplace)
    doc_id = editor.order().id
    qtbot.keyClicks(editor.beneficiary_name_edit, "TOO Typed")
    qtbot.waitUntil(lambda: workplace.store.get(doc_id) is not None
                    and workplace.store.get(doc_id).order.beneficiary.name == "TOO Typed", timeout=5000)


def test_a_rejected_document_opens_read_only_with_the_banks_reason(qtbot, workplace):
    editor = open_editor(qtbot, workplace)
    fill_valid_order(qtbot, editor)
    order = editor.order()
    editor.close()
    store = workplace.store
    wait_for_background_work()
    store.save_draft(order)
    store.mark_signed(order.id, b"{}", [b"signature"], "Aigerim Clerk")
    store.mark_sent(order.id)
    reason = Message("Bank", "The amount is more than the available balance of {available}.", {"available": "10.00"})
    store.apply_state(order.id, DocumentState(order.id, DocumentStatus.REJECTED, reason, None, None))

    shown = open_editor(qtbot, workplace, store.get(order.id))
    assert shown.beneficiary_name_edit.isReadOnly() and shown.purpose_edit.isReadOnly()
    assert not shown.payer_account_combo.isEnabled()
    assert not shown.sign_button.isVisible()
    assert "Rejected" in shown.status_label.text()
    assert sentence(reason) in shown.reason_label.text()


def test_tab_walks_the_form_in_reading_order(qtbot, workplace) -> None:
    """Typing by keyboard, the amount comes before the KNP, as on the form (an amount typed into
    KNP and a KNP into the amount both pass validation, so the order must be right)."""
    editor = open_editor(qtbot, workplace)
    names = []
    widget = editor.findChild(QLineEdit, "beneficiaryNameEdit")
    for _ in range(7):
        names.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
    assert names == ["beneficiaryNameEdit", "beneficiaryBinEdit", "beneficiaryIbanEdit", "beneficiaryBicEdit",
                     "beneficiaryCodeEdit", "amountEdit", "knpEdit"]


def test_the_editor_flags_a_known_payees_new_iik_and_marks_a_new_payee(qtbot, workplace):
    old_iik = IBAN.generate("KZ", bank_code="722", account_code="0000000000077").compact
    paid = PaymentOrder.new(Party("TOO Demo", "181140004063", PAYER_IIK, "HSBKKZKX", "17"), "3",
                            today=dt.date(2026, 11, 12))
    paid.beneficiary = Party("TOO Beneficiary", "090840000906", old_iik, "CASPKZKA", "17")
    record = workplace.store.save_draft(paid)
    workplace.store.mark_signed(record.id, b"{}", [b"signature"], "Signer")
    workplace.store.mark_sent(record.id)

    editor = open_editor(qtbot, workplace)
    fill_valid_order(qtbot, editor)  # the same beneficiary, another IIK
    label = editor.findChild(QLabel, "payeeGuardLabel")
    assert label is not None and label.isVisibleTo(editor)
    assert old_iik in label.text() and BENEFICIARY_IIK in label.text() and "12.11.2026" in label.text()
    assert "b00020" in label.styleSheet()

    fresh = open_editor(qtbot, workplace)
    qtbot.keyClicks(fresh.beneficiary_name_edit, "TOO Another")
    qtbot.keyClicks(fresh.beneficiary_bin_edit, "181140004063")
    qtbot.keyClicks(fresh.beneficiary_iban_edit, BENEFICIARY_IIK)
    text = fresh.findChild(QLabel, "payeeGuardLabel").text()
    assert "New beneficiary" in text or "TOO Beneficiary" in text


def test_signing_a_changed_payee_shows_what_is_signed_and_needs_an_explicit_confirmation(qtbot, workplace,
                                                                                         monkeypatch):
    old_iik = IBAN.generate("KZ", bank_code="722", account_code="0000000000077").compact
    paid = PaymentOrder.new(Party("TOO Demo", "181140004063", PAYER_IIK, "HSBKKZKX", "17"), "3",
                            today=dt.date(2026, 11, 12))
    paid.beneficiary = Party("TOO Beneficiary", "090840000906", old_iik, "CASPKZKA", "17")
    record = workplace.store.save_draft(paid)
    workplace.store.mark_signed(record.id, b"{}", [b"signature"], "Signer")
    workplace.store.mark_sent(record.id)
    changed = PaymentOrder.new(Party("TOO Demo", "181140004063", PAYER_IIK, "HSBKKZKX", "17"), "8",
                               today=dt.date(2026, 11, 20))
    changed.beneficiary = Party("TOO Beneficiary", "090840000906", BENEFICIARY_IIK, "CASPKZKA", "17")
    changed.amount, changed.knp = "1000.00", "710"
    fresh = PaymentOrder.new(changed.payer, "9", today=dt.date(2026, 11, 20))
    fresh.beneficiary = Party("TOO Another", "181140004063", BENEFICIARY_IIK, "CASPKZKA", "17")

    checks = payee_checks(workplace, [changed, fresh])
    dialog = SignReviewDialog([changed, fresh], checks)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert [table.item(0, c).text() for c in range(6)] == [
        "TOO Beneficiary", "090840000906", BENEFICIARY_IIK, "Kaspi Bank JSC", "1000.00", "710"]
    assert table.item(0, 6).text() == "changed" and table.item(1, 6).text() == "new"
    assert old_iik in dialog.reasons_label.text() and "12.11.2026" in dialog.reasons_label.text()
    assert not dialog.sign_button.isEnabled()
    dialog.confirm_box.setChecked(True)
    assert dialog.sign_button.isEnabled()

    shown = []
    monkeypatch.setattr(SignReviewDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    assert not confirm_changed_payees(None, workplace, [changed])
    assert confirm_changed_payees(None, workplace, [paid]) and len(shown) == 1


def test_an_order_executed_while_open_looks_read_only_at_once(qtbot, workplace):
    """The bank moves the open order on: its fields turn grey as they turn read-only, not on reopening."""
    editor = open_editor(qtbot, workplace)
    fill_valid_order(qtbot, editor)
    order = editor.order()
    store = workplace.store
    editor._save_timer.stop()
    editor._save_draft()
    wait_for_background_work()
    store.mark_signed(order.id, b"{}", [b"signature"], "Aigerim Clerk")
    store.mark_sent(order.id)

    def background() -> str:
        QCoreApplication.processEvents()
        image = editor.beneficiary_name_edit.grab().toImage()
        return image.pixelColor(image.width() - 6, image.height() // 2).name()

    editable = background()
    store.apply_state(order.id, DocumentState(order.id, DocumentStatus.EXECUTED, None, None, None))
    editor.show_state(store.get(order.id))
    assert editor.beneficiary_name_edit.isReadOnly() and editor.purpose_edit.isReadOnly()
    assert background() != editable


def test_red_waits_until_the_field_is_left_or_its_code_complete(qtbot, workplace):
    """"1012" on the way to a KBK or a name half typed is not a mistake yet; leaving the field, or typing
    all of a code's digits, says what is wrong. Errors appear without moving the fields below."""
    editor = open_editor(qtbot, workplace)
    QApplication.setActiveWindow(editor)  # offscreen no window manager makes it active
    below = editor.beneficiary_iban_edit.mapTo(editor, editor.beneficiary_iban_edit.rect().topLeft())
    editor.beneficiary_bin_edit.setFocus()
    qtbot.keyClicks(editor.beneficiary_bin_edit, "18114")
    assert not editor.error_label("beneficiary.bin").isVisible()  # still typing
    qtbot.keyClicks(editor.beneficiary_bin_edit, "0004064")  # twelve digits, a wrong check digit
    assert editor.error_label("beneficiary.bin").isVisible()
    assert editor.beneficiary_iban_edit.mapTo(editor, editor.beneficiary_iban_edit.rect().topLeft()) == below

    editor.knp_edit.setFocus()
    qtbot.keyClicks(editor.knp_edit, "71")
    assert not editor.error_label("knp").isVisible()
    editor.purpose_edit.setFocus()  # left it
    qtbot.waitUntil(editor.error_label("knp").isVisible, timeout=5000)


def test_the_editor_refuses_dates_outside_the_banks_window_before_sending(qtbot, workplace):
    """The same window as the bank's (bsclient/rules/dates.py): a value date past the horizon, a date too old.
    On a fixed day, a Saturday after New Year: the window counts calendar days, whatever the weekday."""
    from PySide6.QtCore import QDate

    from bsclient.rules import check_document_date, check_value_date
    from tests.helpers.shots import shot

    today = dt.date(2027, 1, 2)  # the editor's own day: the travelled clock's
    with time_machine.travel(dt.datetime(2027, 1, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5))), tick=True):
        editor = open_editor(qtbot, workplace)
        fill_valid_order(qtbot, editor)
        assert editor.problems() == {}
        far = today + dt.timedelta(days=11)
        editor.value_date_edit.setDate(QDate(far.year, far.month, far.day))
        label = editor.error_label("value_date")
        assert label.isVisible() and label.text() == sentence(check_value_date(far, today, today))
        assert not editor.sign_button.isEnabled()
        old = today - dt.timedelta(days=11)
        editor.value_date_edit.setDate(QDate(today.year, today.month, today.day))
        editor.date_edit.setDate(QDate(old.year, old.month, old.day))
        assert editor.error_label("date").text() == sentence(check_document_date(old, today))
        shot(editor, "editor-date-too-old")
        assert not editor.sign_button.isEnabled()
        editor.date_edit.setDate(QDate(today.year, today.month, today.day))
        assert editor.problems() == {} and editor.sign_button.isEnabled()
