"""100,000 documents in the main window's document list: the store's query, loading, sorting, filtering,
a status from the bank, memory, and whether the window ever stops answering.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/document_list.py [--documents N] [--old]

The documents are written straight into a real DocumentStore, encrypted as the client's (drafts, then
statuses spread over them); the list is the real PaymentListView, loading through `load(store)` in the
background as the main window does. "Longest stall" is the longest time the GUI thread's event loop
did not turn (a 5 ms timer measures it, as in bench/statement_view.py): what a clerk would feel as a
frozen window.
With --old, also the time of the whole-record query (DocumentStore.list) the list used before.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.statement_view import StallMeter, rss_mb, run_until  # noqa: E402

NAMES = ['ТОО "Алатау Трейд"', 'АО "КазТрансСервис"', "ИП Сейтқали", 'ТОО "Қазақтелеком Сервис"', "TOO Alatau Trade",
         'ТОО "Астана Құрылыс"', 'АО "Шымкент Энерго"', "IP Seitkali", 'ТОО "Жетісу Логистик"', 'ТОО "Ақмола Жарық"']
STATUSES = ["draft"] * 20 + ["signed"] * 5 + ["sent"] * 5 + ["accepted"] * 5 + ["executed"] * 60 + ["rejected"] * 5
RATE = '{"base": "USD", "quote": "KZT", "value": "471.25"}'
# The store is encrypted as the client's (SQLCipher); one fixed key, so that a store kept (--store) opens again.
STORE_KEY = bytes(range(32))
REASON = '{"context": "Bank", "source": "The amount is more than the available balance of {available}.", "params": {"available": "10.00"}}'


def fill(store, count: int) -> None:
    """`count` orders as drafts, then statuses, reasons and change times spread over two years."""
    from bsclient.client.documents.payment_order import Party, PaymentOrder
    from tests.helpers.workplace import BENEFICIARY_IIK, PAYER_IIK

    rng = random.Random(4)
    payer = Party("TOO Demo", "181140004063", PAYER_IIK, "HSBKKZKX", "17")
    start = date(2025, 1, 1)
    orders = []
    for n in range(count):
        order = PaymentOrder.new(payer, str(n + 1), today=start + timedelta(days=rng.randrange(700)))
        order.beneficiary = Party(f"{rng.choice(NAMES)} {rng.randrange(300)}", f"{rng.randrange(10**11, 10**12)}",
                                  BENEFICIARY_IIK, "CASPKZKA", "17")
        order.amount = f"{rng.randrange(1, 5_000_000)},{rng.randrange(100):02d}"
        order.knp, order.purpose = "710", f"Оплата по счёту № {rng.randrange(10**5)} за товары, без НДС"
        orders.append(order)
    for start_at in range(0, count, 20_000):
        store.add_drafts(orders[start_at:start_at + 20_000])
    base = datetime(2025, 1, 1, tzinfo=UTC)
    changes = [(rng.choice(STATUSES), (base + timedelta(seconds=rng.randrange(60_000_000))).isoformat(), order.id)
               for order in orders]
    with store.transaction() as db:  # written straight into the table: as if the bank had answered
        db.executemany("UPDATE documents SET status = ?, updated_at = ? WHERE id = ?", changes)
        db.execute("UPDATE documents SET reason = ? WHERE status = 'rejected'", (REASON,))
        # one executed document in 50 with an exchange's rate (the list shows it in the status cell)
        db.execute("UPDATE documents SET rate = ? WHERE status = 'executed' AND rowid % 50 = 0", (RATE,))


def fill_in_a_process_of_its_own(path: Path, count: int) -> None:
    """The bench's orders are made and written by another process: the figures are those of a client
    that reads a filled store, not of one that has just made 100,000 PaymentOrders (the memory they
    leave to Python's allocator would count as the list's)."""
    process = multiprocessing.get_context("spawn").Process(target=_fill_store, args=(path, count))
    process.start()
    process.join()
    if process.exitcode != 0:
        raise SystemExit("the store could not be filled")


def _fill_store(path: Path, count: int) -> None:
    from bsclient.client.documents.store import DocumentStore

    store = DocumentStore(path, key=STORE_KEY)
    try:
        fill(store, count)
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--old", action="store_true", help="also time DocumentStore.list (whole records)")
    parser.add_argument("--store", type=Path, help="a store this bench filled before (kept), instead of a new one")
    args = parser.parse_args()

    app = QApplication(sys.argv)
    from bench.statement_view import deep_size
    from bsclient.client.documents.document_list import LIST_QUERY
    from bsclient.client.documents.record import DocumentStatus
    from bsclient.client.documents.store import DocumentStore
    from bsclient.ui.background import wait_for_background_work
    from bsclient.ui.payments.document_list_model import _HEADERS, AMOUNT, DATE
    from bsclient.ui.payments.payment_list import PaymentListView

    folder = args.store.parent if args.store else Path(tempfile.mkdtemp(prefix="document-list-bench-"))
    started = time.perf_counter()
    if args.store is None:
        fill_in_a_process_of_its_own(folder / "documents.sqlite3", args.documents)
    store = DocumentStore(folder / "documents.sqlite3", key=STORE_KEY)
    args.documents = len(store.list_rows())
    print(f"document list, {args.documents:,} documents (offscreen, {os.cpu_count()} cores); "
          f"store filled in {time.perf_counter() - started:.1f} s, "
          f"{(folder / 'documents.sqlite3').stat().st_size / 2**20:.0f} MB on disk")
    print("  goals: stalls <= 50 ms, resident at the end <= 250 MB")

    rows: list[tuple[str, str]] = []
    started = time.perf_counter()
    with store.transaction() as db:
        plan = " / ".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + LIST_QUERY))
        db.execute(LIST_QUERY).fetchall()
    rows.append(("store: the list's SQL alone (fetchall)", f"{time.perf_counter() - started:7.2f} s   plan: {plan}"))
    started = time.perf_counter()
    docs = store.list_rows()
    rows.append(("store: list_rows (SQL + rows the list holds)", f"{time.perf_counter() - started:7.2f} s"))
    del docs
    if args.old:
        started = time.perf_counter()
        store.list()
        rows.append(("store: list (whole DocumentRecords, as before)", f"{time.perf_counter() - started:7.2f} s"))

    view = PaymentListView()
    view.resize(1100, 600)
    view.show()
    run_until(app, view.isVisible)
    base = rss_mb()
    meter = StallMeter()
    model = view.model

    def measure(name: str, action: Callable[[], None], done: Callable[[], bool]) -> float:
        meter.start()
        started = time.perf_counter()
        action()
        run_until(app, done)
        view.grab()  # painted, as the clerk would see it
        seconds = time.perf_counter() - started
        rows.append((name, f"{seconds:7.2f} s   longest stall {meter.stop():5d} ms"))
        return seconds

    measure("load in the view: load(store) in the background, shown", lambda: view.load(store),
            lambda: not view.loading() and not model.busy)
    assert model.total_count() == args.documents
    loaded = rss_mb()
    for column, title in enumerate(_HEADERS):
        for order, word in ((Qt.SortOrder.AscendingOrder, "up"), (Qt.SortOrder.DescendingOrder, "down")):
            if word == "down" and column not in (DATE, AMOUNT):
                continue
            measure(f"sort by {title.lower()} {word}", lambda c=column, o=order: view.table.sortByColumn(c, o),
                    lambda c=column: not model.busy and model.spec().sort_column == c)
    view.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
    run_until(app, lambda: not model.busy)
    measure('text search "алатау" (sorted by date)', lambda: view.search_edit.setText("алатау"),
            lambda: not model.busy and model.spec().text == "алатау")
    found = model.rowCount()
    measure('text search "1 500" (an amount)', lambda: view.search_edit.setText("1 500"),
            lambda: not model.busy and model.spec().text == "1 500")
    measure("clear the search", view.search_edit.clear, lambda: not model.busy and model.rowCount() == args.documents)
    measure("status filter: rejected", lambda: view.status_combo.setCurrentIndex(
        view.status_combo.findData(DocumentStatus.REJECTED)), lambda: not model.busy and model.spec().status is not None)
    measure("status filter: all, type and this month", lambda: (view.status_combo.setCurrentIndex(0),
            view.choose_quick_period("this_month")), lambda: not model.busy and model.spec().date_from is not None)
    view.choose_quick_period("all")
    run_until(app, lambda: not model.busy)

    # The bank answers about 20 sent documents while 1,000 rows are selected and the list is scrolled.
    view.table.selectAll()
    view.table.clearSelection()
    view._reselect({model.id_of(row) for row in range(5_000, 6_000)})
    view.grab()  # laid out: the scroll bar's range is the whole list's again
    view.table.verticalScrollBar().setValue(4_990)
    sent = [d.id for d in model.records() if d.status == DocumentStatus.SENT][:20]
    with store.transaction() as db:
        db.executemany("UPDATE documents SET status = 'executed' WHERE id = ?", [(i,) for i in sent])
    changed = [store.get(i) for i in sent]
    measure("20 statuses from the bank (update_records)", lambda: view.update_records(changed),
            lambda: not model.busy)
    kept = (len(view._selected_ids()), view.table.verticalScrollBar().value())
    run_until(app, lambda: not view.prefetching())
    whole_kept = len(view.selected_records())
    measure("reload from the store (selection and scroll kept)", lambda: view.load(store),
            lambda: not view.loading() and not model.busy)
    kept_reload = (len(view._selected_ids()), view.table.verticalScrollBar().value())
    whole_reload = len(view.selected_records())

    for name, figure in rows:
        print(f"  {name:<58} {figure}")
    print(f'  "алатау" found {found:,} documents; (selected rows, scroll position) before: (1000, 4990), '
          f'after the status update: {kept}, after the reload: {kept_reload}; '
          f'of them at hand whole (before / at once after the reload): {whole_kept}, {whole_reload}')
    at_the_end = rss_mb()  # before deep_size, whose own bookkeeping of every object would count
    held = deep_size(model._docs)
    index = model._shown.rows
    print(f"  memory: the rows the list holds (deep)            {held / 2**20:7.1f} MB"
          f"   ({held / args.documents:,.0f} bytes a document)")
    print(f"          the model's index of rows shown          {index.itemsize * len(index) / 2**20:7.1f} MB")
    print(f"  resident: view before any documents              {base:7.1f} MB")
    print(f"            loaded into the view                   {loaded:7.1f} MB")
    print(f"            at the end                             {at_the_end:7.1f} MB (goal <= 250)")
    view.close()
    wait_for_background_work()
    store.close()


if __name__ == "__main__":
    main()
