"""The rate an executed exchange used (document types 7) in the document list: read with the list's
plain rows from the store's own `rate` column (the list's index covers it, no body parsed), shown
in the status cell ("Executed · 1 USD = 471.25 KZT") and its tooltip, also when the bank's answer
arrives while the list is open. The list's screenshot for a person: FX_LIST_SHOTS=dir."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt

from bsclient.client.documents.record import DocumentStatus, ExecutedRate
from bsclient.client.documents.store import DocumentStore
from bsclient.client.session.bank_api import document_state
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.payments.payment_list import STATUS, PaymentListView
from bsclient.ui.widgets.status_text import status_label
from tests.helpers.currency_orders import exchange_order, foreign_order

EXECUTED = {"id": "x", "status": "executed", "reason": None, "received_at": None,
            "executed_at": "2026-11-23T05:00:00Z", "rate": {"base": "USD", "quote": "KZT", "value": "471.25"}}


def executed_exchange(store: DocumentStore, number: str = "8"):
    order = exchange_order()
    order.number = number
    store.save_draft(order)
    store.mark_signed(order.id, json.dumps(order.to_content()).encode(), [b"cms"], "Clerk")
    store.mark_sent(order.id)
    return store.apply_state(order.id, dataclasses.replace(document_state(EXECUTED), id=order.id))


def status_cells(view: PaymentListView) -> dict[str, tuple[str, str]]:
    model = view.model
    return {model.document(row).number: (model.index(row, STATUS).data(),
                                         model.index(row, STATUS).data(Qt.ItemDataRole.ToolTipRole))
            for row in range(model.rowCount())}


def test_the_store_lists_the_rate_from_the_index_alone(tmp_path):
    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        record = executed_exchange(store)
        store.save_draft(foreign_order())
        rows = {row[0]: row for row in store.list_rows()}
        from bsclient.client.documents.document_list import LIST_QUERY, ListedDocument, rate_of

        assert rate_of(rows[record.id]) == ExecutedRate("USD", "KZT", "471.25")
        assert ListedDocument(rows[record.id], store.get).rate == record.rate
        assert [rate_of(row) for doc_id, row in rows.items() if doc_id != record.id] == [None]
        plan = " ".join(row[3] for row in store._db.execute("EXPLAIN QUERY PLAN " + LIST_QUERY))
        assert "COVERING INDEX documents_list" in plan


def test_the_status_cell_shows_the_rate_of_an_executed_exchange(qtbot, tmp_path):
    store = DocumentStore(tmp_path / "documents.sqlite3")
    try:
        executed_exchange(store, "8")
        other = foreign_order()
        store.save_draft(other)
        pending = exchange_order()
        pending.number = "9"
        store.save_draft(pending)
        store.mark_signed(pending.id, json.dumps(pending.to_content()).encode(), [b"cms"], "Clerk")
        store.mark_sent(pending.id)
        view = PaymentListView()
        qtbot.addWidget(view)
        view.resize(1200, 300)
        view.show()
        view.load(store)
        qtbot.waitUntil(lambda: not view.loading() and view.model.rowCount() == 3, timeout=20_000)
        cells = status_cells(view)
        executed = status_label(DocumentStatus.EXECUTED)
        assert cells["8"] == (f"{executed} · 1 USD = 471.25 KZT", f"{executed} at the bank's rate of 1 USD = 471.25 KZT.")
        assert cells["5"][0] == status_label(DocumentStatus.DRAFT)  # other documents: the status alone
        assert cells["9"][0] == status_label(DocumentStatus.SENT)

        # The bank's answer arrives while the list is open: the rate comes with it (row_of_record).
        answered = store.apply_state(pending.id, dataclasses.replace(
            document_state(dict(EXECUTED, rate={"base": "USD", "quote": "KZT", "value": "472.10"})), id=pending.id))
        view.update_records([answered])
        qtbot.waitUntil(lambda: not view.model.busy, timeout=10_000)
        assert status_cells(view)["9"][0] == f"{executed} · 1 USD = 472.10 KZT"
        folder = os.environ.get("FX_LIST_SHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            view.grab().save(str(Path(folder) / "list-executed-exchange.png"))
    finally:
        wait_for_background_work()
        store.close()
