"""Batch signing through the real windows: select drafts in the payment list, "Sign and send
selected…", the progress, Cancel, and the summary of what happened to each (R9.2)."""

from __future__ import annotations

import itertools
import threading

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QPushButton, QTableView

from bsclient.client.carrier import Carrier, KeyPair
from bsclient.client.documents.record import BANK_STATUSES, DocumentStatus
from bsclient.ui.app import ClientApp
from tests.helpers.bank_documents import at_bank
from tests.helpers.clerk_driver import WAIT_MS, click, top_level
from tests.helpers.drafts import OVER_BALANCE, beneficiary, broken_iban, draft
from tests.helpers.refbank_server import RunningBank
from tests.helpers.shots import shot


def store_drafts(qtbot, client: ClientApp, orders) -> None:
    client.workplace.store.add_drafts(orders)
    client.window.reload_documents()
    ids = {o.id for o in orders}
    qtbot.waitUntil(lambda: ids <= {r.id for r in client.window.payment_list.model.records()}, timeout=WAIT_MS)


def select(client: ClientApp, ids: set[str]) -> None:
    view = client.window.payment_list
    view.table.clearSelection()
    view._reselect(ids)
    assert set(view._selected_ids()) == ids


def pin_asked() -> bool:
    return any(w.objectName() == "pinDialog" and w.isVisible() for w in QApplication.topLevelWidgets())


def column(table: QTableView, index: int) -> list[str]:
    model = table.model()
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_clerk_signs_selected_drafts_at_once_and_reads_what_happened_to_each(
        qtbot, signed_in: ClientApp, bank: RunningBank) -> None:
    client = signed_in
    orders = [draft(bank, number) for number in range(901, 931)]
    orders[3] = draft(bank, 904, purpose="")
    orders[7] = draft(bank, 908, iban=broken_iban(beneficiary(bank)["iban"]))
    orders[11] = draft(bank, 912, amount=OVER_BALANCE)
    store_drafts(qtbot, client, orders)
    select(client, {o.id for o in orders})
    shot(client.window, "batch/main-window-selected")

    client.window.findChild(QAction, "signSelectedAction").trigger()
    dialog = top_level(qtbot, "batchSignDialog")
    close = dialog.findChild(QPushButton, "batchCloseButton")
    qtbot.waitUntil(close.isVisible, timeout=WAIT_MS)
    assert not pin_asked()  # the carrier opened at sign-in signs: the PIN is entered once

    progress = dialog.findChild(QProgressBar, "batchProgressBar")
    assert (progress.value(), progress.maximum()) == (30, 30), dialog.findChild(QLabel, "batchCurrentLabel").text()
    table = dialog.findChild(QTableView, "batchSummaryTable")
    assert column(table, 0) == [o.number for o in orders]
    results, reasons = column(table, 3), column(table, 4)
    assert results[3] == results[7] == "Not signed: mistakes"
    assert "purpose" in reasons[3].lower() and "IIK" in reasons[7], (reasons[3], reasons[7])
    assert results[11] == "Sent; rejected by the bank" and "available balance" in reasons[11]
    others = [text for i, text in enumerate(results) if i not in (3, 7, 11)]
    assert set(others) <= {"Sent; accepted by the bank", "Sent; executed by the bank"}, set(others)
    summary = dialog.findChild(QLabel, "batchCurrentLabel").text()
    assert summary.startswith("28 of 30 documents signed and sent to the bank. The bank rejected 1 of them. "
                              "2 not signed because of mistakes. The table says why"), summary
    shot(dialog, "batch/batch-summary")

    # The bank has each signed one once; the list shows the new statuses, the invalid ones stay drafts.
    kept = at_bank(bank, [o.id for o in orders])
    assert len(kept) == 28 and all(signatures == 1 for _, signatures in kept.values())
    records = lambda: {r.id: r for r in client.window.payment_list.model.records()}  # noqa: E731
    qtbot.waitUntil(lambda: all(records()[o.id].status != DocumentStatus.DRAFT
                                for i, o in enumerate(orders) if i not in (3, 7)), timeout=WAIT_MS)
    assert records()[orders[3].id].status == records()[orders[7].id].status == DocumentStatus.DRAFT
    click(qtbot, dialog, "batchCloseButton")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


def hold_the_signature(monkeypatch, carrier: Carrier, number: int) -> tuple[threading.Event, threading.Event]:
    """The carrier's `number`-th signature waits (on the batch's worker) until the test lets it go:
    (reached, release). The clerk's Cancel then comes while that document is being signed, however
    fast the machine signs."""
    reached, release = threading.Event(), threading.Event()
    signatures = itertools.count(1)
    sign = carrier.sign

    def held(key: KeyPair, data: bytes) -> bytes:
        if next(signatures) == number:
            reached.set()
            release.wait(WAIT_MS / 1000)
        return sign(key, data)

    monkeypatch.setattr(carrier, "sign", held)
    return reached, release


def test_cancel_stops_between_documents_and_the_summary_says_which_stay_drafts(
        qtbot, signed_in: ClientApp, bank: RunningBank, monkeypatch) -> None:
    client = signed_in
    orders = [draft(bank, number) for number in range(1001, 1151)]
    store_drafts(qtbot, client, orders)
    select(client, {o.id for o in orders})
    reached, release = hold_the_signature(monkeypatch, client.workplace.carrier, 10)

    client.window.findChild(QAction, "signSelectedAction").trigger()
    dialog = top_level(qtbot, "batchSignDialog")
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)  # document 10 is being signed
    label = dialog.findChild(QLabel, "batchCurrentLabel")
    qtbot.waitUntil(lambda: "Signing document 1010;" in label.text(), timeout=WAIT_MS)  # at the window's next look
    shot(dialog, "batch/batch-progress")
    click(qtbot, dialog, "batchCancelButton")
    dialog.close()  # the close box while it runs only cancels: the dialog stays for the summary
    assert dialog.isVisible()
    release.set()
    close = dialog.findChild(QPushButton, "batchCloseButton")
    qtbot.waitUntil(close.isVisible, timeout=WAIT_MS)
    shot(dialog, "batch/batch-cancelled")

    table = dialog.findChild(QTableView, "batchSummaryTable")
    results = column(table, 3)
    cancelled = [i for i, text in enumerate(results) if text == "Cancelled; still a draft"]
    sent = [i for i, text in enumerate(results) if text.startswith("Sent;")]
    assert len(cancelled) + len(sent) == 150, set(results)
    assert sent == list(range(10)) and cancelled == list(range(10, 150))  # stopped after the one being signed
    assert f"{len(cancelled)} not signed because you cancelled." in dialog.findChild(QLabel, "batchCurrentLabel").text()

    # Nothing half-done: a cancelled one is a draft the bank never saw, a sent one is at the bank once.
    kept = at_bank(bank, [o.id for o in orders])
    store = client.workplace.store
    for i, order in enumerate(orders):
        record = store.get(order.id)
        if i in cancelled:
            assert record.status == DocumentStatus.DRAFT and order.id not in kept
        else:
            assert record.status in BANK_STATUSES and kept[order.id][1] == 1
