"""The main window: company, key owner, accounts; it follows sent documents to the bank's last word."""

from __future__ import annotations

import os
from datetime import UTC, datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.models import DocumentState
from bsclient.crypto import CertificateInfo
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.payments.main_window import MainWindow, next_number
from tests.helpers.workplace import BENEFICIARY_IIK, PAYER_IIK, StandInCarrier, make_workplace

CERTIFICATE = CertificateInfo("Aigerim Signer", "TOO Demo", None, "Demo Bank CA", "1A",
                              datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC),
                              "AB:CD")


@pytest.fixture
def workplace(tmp_path):
    workplace = make_workplace(tmp_path)
    workplace.carrier = StandInCarrier(CERTIFICATE)  # the header shows the key owner
    yield workplace
    wait_for_background_work()
    workplace.store.close()


def sent_order(workplace) -> PaymentOrder:
    order = PaymentOrder.new(Party("TOO Demo", "181140004063", PAYER_IIK, "HSBKKZKX", "17"), "12")
    order.beneficiary = Party("TOO B", "090840000906", BENEFICIARY_IIK, "CASPKZKA", "17")
    order.amount, order.knp, order.purpose = "100", "710", "Goods"
    workplace.store.save_draft(order)
    workplace.store.mark_signed(order.id, b"{}", [b"signature"], "Aigerim Signer")
    workplace.store.mark_sent(order.id)
    return order


def test_shows_the_company_the_key_owner_from_the_certificate_and_the_accounts(qtbot, workplace):
    window = MainWindow(workplace)
    qtbot.addWidget(window)
    assert window.company_label.text() == "TOO Demo"
    assert "Aigerim Signer" in window.key_owner_label.text()
    assert "01.01.2027" in window.key_owner_label.text()
    qtbot.waitUntil(lambda: window.accounts_table.model().rowCount() == 1, timeout=5000)
    model = window.accounts_table.model()
    assert model.index(0, 0).data() == PAYER_IIK
    assert model.index(0, 3).data() == "2,000,000.00"


def test_polling_shows_the_banks_execution_and_refreshes_the_accounts(qtbot, workplace):
    order = sent_order(workplace)
    window = MainWindow(workplace)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(window.payment_list.model.records()) == 1, timeout=5000)
    asked_before = workplace.api.accounts_asked
    workplace.api.states = [DocumentState(order.id, DocumentStatus.EXECUTED, None, None, None)]
    window.poll_bank()
    qtbot.waitUntil(lambda: window.payment_list.model.records()[0].status == DocumentStatus.EXECUTED, timeout=5000)
    qtbot.waitUntil(lambda: workplace.api.accounts_asked > asked_before, timeout=5000)


def test_new_payment_opens_an_editor_numbered_after_the_last_document(qtbot, workplace):
    sent_order(workplace)
    window = MainWindow(workplace)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(window.payment_list.model.records()) == 1, timeout=5000)
    assert next_number(window.payment_list.model.records()) == "13"
    window.new_payment_action.trigger()
    editors = window.findChildren(PaymentEditor)
    assert len(editors) == 1 and editors[0].number_edit.text() == "13"
