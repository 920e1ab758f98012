"""The batch window under a fast batch: a thousand documents tell their progress twice each within a
second, from the batch's threads; the window takes it in bulk on its own thread, shows every result
in its row and keeps the result column as wide as its texts."""

from __future__ import annotations

import threading
from types import SimpleNamespace

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QTableView

from bsclient.client.documents.batch import BatchOutcome, BatchProgress, BatchResult
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.ui.payments import batch_sign_dialog
from bsclient.ui.payments.batch_sign_dialog import RESULT, BatchSignDialog
from tests.helpers.clerk_driver import WAIT_MS
from tests.helpers.drafts import order

DOCUMENTS = 1000


class OpenCarrier:
    """What the window asks of the carrier before it starts: open, with its key."""

    is_open = True
    key = object()

    def signer(self) -> object:
        return object()

    def run_signing(self, loop) -> None:
        loop()


def records(tmp_path) -> list[DocumentRecord]:
    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        orders = [order(n) for n in range(1, DOCUMENTS + 1)]
        store.add_drafts(orders)
        return [store.get(o.id) for o in orders]


def test_a_thousand_results_are_each_shown_and_the_bar_moves_in_few_steps(qtbot, tmp_path, monkeypatch):
    drafts = records(tmp_path)
    threads: set[str] = set()

    def fast_batch(store, api, orders, signer, signer_name, *, progress, cancel, run_signing):
        """Tells its progress as the real batch does (from its own threads), as fast as it can."""
        results = []
        for done, draft in enumerate(orders, start=1):
            threads.add(threading.current_thread().name)
            progress(BatchProgress(done - 1, len(orders), draft.number))
            status = DocumentStatus.REJECTED if done % 100 == 0 else DocumentStatus.ACCEPTED
            result = BatchResult(draft.id, draft.number, BatchOutcome.SENT, status)
            results.append(result)
            progress(BatchProgress(done, len(orders), None, result))
        return results

    monkeypatch.setattr(batch_sign_dialog, "sign_and_send_batch", fast_batch)
    workplace = SimpleNamespace(store=None, api=None, carrier=OpenCarrier(), signer_name="Иванов Иван")
    dialog = BatchSignDialog(workplace, drafts)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    bar = dialog.findChild(QProgressBar, "batchProgressBar")
    steps: list[int] = []
    bar.valueChanged.connect(steps.append)
    dialog.show()
    qtbot.waitUntil(dialog.findChild(QPushButton, "batchCloseButton").isVisible, timeout=WAIT_MS)

    assert threading.main_thread().name not in threads  # the batch told its progress from a worker
    table = dialog.findChild(QTableView, "batchSummaryTable")
    model = table.model()
    shown = [model.index(row, RESULT).data() for row in range(model.rowCount())]
    assert shown.count("Sent; rejected by the bank") == DOCUMENTS // 100
    assert shown.count("Sent; accepted by the bank") == DOCUMENTS - DOCUMENTS // 100
    assert bar.value() == DOCUMENTS and steps[-1] == DOCUMENTS
    assert len(steps) < DOCUMENTS // 10, len(steps)  # in bulk, not a repaint per document
    metrics = table.fontMetrics()
    assert all(table.columnWidth(RESULT) > metrics.horizontalAdvance(text) for text in set(shown))
    assert "1000 of 1000 documents signed and sent" in dialog.findChild(QLabel, "batchCurrentLabel").text()
