"""The payment orders list: filtered by status and by text, statuses translated, the bank's reason shown."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.messages import Message
from bsclient.ui.payments.payment_list import AMOUNT, BENEFICIARY, REASON, STATUS, PaymentListView
from bsclient.ui.widgets.status_text import status_label
from tests.helpers.workplace import BENEFICIARY_IIK, PAYER_IIK

REASON_TEXT = Message("Bank", "The amount is more than the available balance of {available}.", {"available": "10.00"})


def record(number: str, beneficiary: str, amount: str, status: DocumentStatus, reason: Message | None = None,
           purpose: str = "Goods") -> DocumentRecord:
    order = PaymentOrder.new(Party("TOO Demo", "181140004063", PAYER_IIK, "HSBKKZKX", "17"), number)
    order.beneficiary = Party(beneficiary, "090840000906", BENEFICIARY_IIK, "CASPKZKA", "17")
    order.amount, order.purpose, order.knp = amount, purpose, "710"
    return DocumentRecord(id=order.id, order=order, status=status, reason=reason, content=None)


RECORDS = [
    record("1", "TOO Alatau Trade", "1500000", DocumentStatus.DRAFT, purpose="Invoice 77"),
    record("2", "AO KazTransService", "250000", DocumentStatus.REJECTED, REASON_TEXT),
    record("3", "IP Seitkali", "45000,50", DocumentStatus.EXECUTED),
    record("4", "TOO Alatau Service", "10", DocumentStatus.SENT),
]


def shown(view: PaymentListView, column: int = BENEFICIARY) -> list[str]:
    return [view.proxy.index(row, column).data() for row in range(view.proxy.rowCount())]


def test_the_status_filter_keeps_only_that_status(qtbot):
    view = PaymentListView()
    qtbot.addWidget(view)
    view.set_records(RECORDS)
    assert len(shown(view)) == 4
    combo = view.status_combo
    # The words are the statuses' own (status_text): a status added later shows up by itself.
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All statuses", *(status_label(status) for status in DocumentStatus)]
    combo.setCurrentIndex(combo.findData(DocumentStatus.REJECTED))
    assert shown(view) == ["AO KazTransService"]
    combo.setCurrentIndex(combo.findData(DocumentStatus.SIGNED))
    assert shown(view) == []
    combo.setCurrentIndex(0)
    assert len(shown(view)) == 4


def test_the_text_filter_matches_beneficiary_purpose_and_combines_with_the_status(qtbot):
    view = PaymentListView()
    qtbot.addWidget(view)
    view.set_records(RECORDS)
    qtbot.keyClicks(view.search_edit, "alatau")
    assert sorted(shown(view)) == ["TOO Alatau Service", "TOO Alatau Trade"]
    view.status_combo.setCurrentIndex(view.status_combo.findData(DocumentStatus.SENT))
    assert shown(view) == ["TOO Alatau Service"]
    view.status_combo.setCurrentIndex(0)
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "invoice 77")
    assert shown(view) == ["TOO Alatau Trade"]


def test_status_is_translated_and_the_banks_reason_is_in_the_list(qtbot):
    view = PaymentListView()
    qtbot.addWidget(view)
    view.set_records(RECORDS)
    assert shown(view, STATUS) == [status_label(r.status) for r in RECORDS]
    assert shown(view, REASON)[1] == "The amount is more than the available balance of 10.00."
    assert shown(view, AMOUNT)[0] == "1,500,000.00"  # the C locale of the test run groups with commas


def test_double_click_asks_to_open_the_document(qtbot):
    view = PaymentListView()
    qtbot.addWidget(view)
    view.set_records(RECORDS)
    with qtbot.waitSignal(view.openRequested, timeout=1000) as opened:
        view.table.doubleClicked.emit(view.proxy.index(2, 0))
    assert opened.args == [RECORDS[2].id]
