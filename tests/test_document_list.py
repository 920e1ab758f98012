"""The main window's document list: the store's list columns (also for an older store), filters by type,
status, date and text, sorting amounts, dates and numbers as values, 100,000 documents loading while
the window keeps answering, and the clerk's selection surviving the bank's status changes."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QModelRoleData, QModelRoleDataSpan, Qt, QTimer

from bsclient.client.documents.document_list import ListedDocument, row_of_record
from bsclient.client.documents.payment_order import SCHEMA, Party, PaymentOrder
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.ui.payments.document_list_model import AT_ONCE
from bsclient.ui.payments.payment_list import AMOUNT, BENEFICIARY, DATE, NUMBER, STATUS, TYPE, PaymentListView
from bsclient.ui.widgets.status_text import status_label
from tests.helpers.workplace import BENEFICIARY_IIK, PAYER_IIK

PAYER = Party("TOO Demo", "181140004063", PAYER_IIK, "HSBKKZKX", "17")
BIG = 100_000
WAIT_MS = 120_000
SOME_DAY = date(2026, 11, 23)  # a document's date where the test does not care which


def order(number: str, *, beneficiary: str = "TOO Alatau Trade", bin_: str = "090840000906", amount: str = "1000",
          day: date | None = None, purpose: str = "Goods") -> PaymentOrder:
    result = PaymentOrder.new(PAYER, number, today=day or SOME_DAY)
    result.beneficiary = Party(beneficiary, bin_, BENEFICIARY_IIK, "CASPKZKA", "17")
    result.amount, result.purpose, result.knp = amount, purpose, "710"
    return result


def record(payment: PaymentOrder, status: DocumentStatus = DocumentStatus.DRAFT, minute: int = 0) -> DocumentRecord:
    return DocumentRecord(id=payment.id, order=payment, status=status, reason=None, content=None,
                          updated_at=datetime(2026, 11, 1, 9, minute, tzinfo=UTC))


def view_of(qtbot, records: list[DocumentRecord]) -> PaymentListView:
    view = PaymentListView()
    qtbot.addWidget(view)
    view.set_records(records)
    return view


def shown(view: PaymentListView, column: int = NUMBER) -> list[str]:
    return [view.model.index(row, column).data() for row in range(view.model.rowCount())]


# --- the store -----------------------------------------------------------------------------------

def test_the_store_lists_the_columns_of_every_document_also_of_a_store_made_before_them(tmp_path):
    path = tmp_path / "documents.sqlite3"
    old = order("7", beneficiary='ТОО "Ақмола Жарық"', amount="1 500 000,50", day=date(2026, 3, 4),
                purpose="Оплата по счёту 15")
    with sqlite3.connect(path) as db:  # a store as the client wrote it before the list had its columns
        db.executescript("""
            CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);
            CREATE TABLE documents (id TEXT PRIMARY KEY, kind TEXT NOT NULL, body TEXT NOT NULL,
                status TEXT NOT NULL, reason TEXT, content BLOB, signatures TEXT NOT NULL, signer_name TEXT,
                received_at TEXT, executed_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);""")
        db.execute("INSERT INTO documents VALUES (?, ?, ?, 'executed', NULL, NULL, '[]', NULL, NULL, NULL, ?, ?)",
                   (old.id, SCHEMA, json.dumps(old.to_dict(), ensure_ascii=False), "2026-03-04T10:00:00+00:00",
                    "2026-03-04T10:00:00+00:00"))
    with DocumentStore(path) as store:
        (listed,) = [ListedDocument(row, store.get) for row in store.list_rows()]
        assert (listed.id, listed.number, listed.date, listed.beneficiary, listed.bin, listed.tiyn, listed.status) == (
            old.id, "7", date(2026, 3, 4), 'ТОО "Ақмола Жарық"', "090840000906", 150000050, DocumentStatus.EXECUTED)
        assert "ақмола" in listed.search and "оплата по счёту 15" in listed.search and "1500000.50" in listed.search

        draft = store.save_draft(order("8", amount="25"))  # a new one, then changed: the columns follow the body
        draft.order.amount, draft.order.number = "30,5", "9"
        store.save_draft(draft.order)
        first, second = [ListedDocument(row, store.get) for row in store.list_rows()]  # newest change first
        assert (first.id, first.number, first.tiyn, first.amount) == (draft.id, "9", 3050, Decimal("30.50"))
        assert second.id == old.id
        assert first.order.number == "9" and first.record().status == DocumentStatus.DRAFT  # whole, from the store
        plan = " ".join(row[3] for row in store._db.execute("EXPLAIN QUERY PLAN " + _list_query()))
        assert "COVERING INDEX documents_list" in plan  # the list reads one index, not the bodies


def test_documents_stored_at_once_are_listed_in_the_order_they_were_added(tmp_path):
    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        orders = [order(str(n)) for n in range(40, 10, -1)]  # ids are random: not their order
        store.add_drafts(orders)
        assert [row[0] for row in store.list_rows()] == [o.id for o in orders]


def test_a_store_whose_list_index_had_the_id_third_gets_it_made_again_and_lists_the_same(tmp_path):
    path = tmp_path / "documents.sqlite3"
    with DocumentStore(path) as store:
        orders = [order(str(n)) for n in range(20, 10, -1)]
        store.add_drafts(orders)
        columns = [row[2] for row in store._db.execute("PRAGMA index_info(documents_list)")]
        older = ["updated_at DESC", "created_at DESC", "id"] + [c for c in columns[2:] if c != "id"]
        with store.transaction() as db:
            db.execute("DROP INDEX documents_list")
            db.execute(f"CREATE INDEX documents_list ON documents({', '.join(older)})")
    with DocumentStore(path) as store:
        columns = [row[2] for row in store._db.execute("PRAGMA index_info(documents_list)")]
        assert columns[:2] == ["updated_at", "created_at"] and columns.index("id") > columns.index("list_number")
        assert [row[0] for row in store.list_rows()] == [o.id for o in orders]
        plan = " ".join(row[3] for row in store._db.execute("EXPLAIN QUERY PLAN " + _list_query()))
        assert "COVERING INDEX documents_list" in plan


def _list_query() -> str:
    from bsclient.client.documents.document_list import LIST_QUERY
    return LIST_QUERY


# --- filters -------------------------------------------------------------------------------------

def test_the_type_filter_keeps_that_kind_of_document(qtbot):
    payment = record(order("1"))
    view = view_of(qtbot, [payment])
    other = row_of_record(record(order("2")), "kz.currency-purchase/1")  # a kind this list does not name
    view.model.update_documents([other])
    assert sorted(shown(view)) == ["1", "2"]
    assert shown(view, TYPE) == ["Payment order", "kz.currency-purchase/1"]
    combo = view.type_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All types", "Payment order", "Payment to the budget", "Pension contributions", "Social contributions",
        "Salary payment", "Payment in foreign currency", "Currency purchase or sale", "kz.currency-purchase/1"]
    combo.setCurrentIndex(combo.findData(SCHEMA))
    assert shown(view) == ["1"]
    combo.setCurrentIndex(0)
    assert sorted(shown(view)) == ["1", "2"]


def test_the_status_filter_offers_every_status_in_its_own_words(qtbot):
    records = [record(order(str(n)), status) for n, status in enumerate(DocumentStatus, 1)]
    view = view_of(qtbot, records)
    combo = view.status_combo
    assert [combo.itemText(i) for i in range(1, combo.count())] == [status_label(s) for s in DocumentStatus]
    for n, status in enumerate(DocumentStatus, 1):
        combo.setCurrentIndex(combo.findData(status))
        assert shown(view) == [str(n)] and shown(view, STATUS) == [status_label(status)]


def test_the_date_filter_with_its_quick_periods(qtbot):
    today = QDate.currentDate().toPython()  # the list's own today, whatever day it is
    first_of_month = today.replace(day=1)
    last_month = first_of_month - timedelta(days=1)
    view = view_of(qtbot, [record(order("1", day=today)), record(order("2", day=first_of_month)),
                           record(order("3", day=last_month)), record(order("4", day=date(2024, 5, 1)))])
    assert view.from_edit.text() == view.to_edit.text() == "any"
    view.quick_buttons["today"].click()
    assert shown(view) == (["1", "2"] if today == first_of_month else ["1"])
    view.quick_buttons["this_month"].click()
    assert shown(view) == ["1", "2"]
    view.quick_buttons["all"].click()
    assert shown(view) == ["1", "2", "3", "4"]
    view.from_edit.setDate(QDate(2024, 1, 1))
    view.to_edit.setDate(QDate(last_month.year, last_month.month, last_month.day))
    assert shown(view) == ["3", "4"]
    view.to_edit.setDate(QDate(2024, 12, 31))
    assert shown(view) == ["4"]


@pytest.mark.parametrize(("typed", "found"), [
    ("17", ["17"]),                          # the number
    ("ақмола", ["18"]),                      # the beneficiary, Kazakh letters in any case
    ("060340005", ["19"]),                   # the IIN/BIN
    ("ДОГОВОРУ № 5", ["17"]),                # the purpose
    ("1 500 000,5", ["18"]),                 # the amount as a clerk types it
    ("1500000.50", ["18"]),
    ("2500", ["19"]),
    ("nothing like it", []),
])
def test_the_text_filter_finds_number_beneficiary_bin_purpose_and_amount(qtbot, typed, found):
    view = view_of(qtbot, [
        record(order("17", purpose="Оплата по договору № 5", amount="12")),
        record(order("18", beneficiary='ТОО "АҚМОЛА ЖАРЫҚ"', amount="1500000,50")),
        record(order("19", bin_="060340005063", amount="2 500")),
    ])
    qtbot.keyClicks(view.search_edit, typed) if typed.isascii() else view.search_edit.setText(typed)
    assert shown(view) == found
    assert view.count_label.text() == f"Documents: {len(found)} of 3"


# --- sorting -------------------------------------------------------------------------------------

def test_amounts_dates_and_numbers_sort_as_values_not_as_text(qtbot):
    view = view_of(qtbot, [
        record(order("10", amount="9", day=date(2026, 1, 2))),
        record(order("9", amount="1 000", day=date(2025, 12, 31))),
        record(order("100", amount="100,50", day=date(2026, 10, 1))),
        record(order("2", amount="10", day=date(2025, 2, 28))),
    ])
    view.table.sortByColumn(AMOUNT, Qt.SortOrder.AscendingOrder)
    assert shown(view, AMOUNT) == ["9.00", "10.00", "100.50", "1,000.00"]
    view.table.sortByColumn(AMOUNT, Qt.SortOrder.DescendingOrder)
    assert shown(view, AMOUNT) == ["1,000.00", "100.50", "10.00", "9.00"]
    view.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert shown(view, DATE) == ["28.02.2025", "31.12.2025", "02.01.2026", "01.10.2026"]
    view.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
    assert shown(view, DATE) == ["01.10.2026", "02.01.2026", "31.12.2025", "28.02.2025"]
    view.table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
    assert shown(view) == ["2", "9", "10", "100"]
    view.table.sortByColumn(BENEFICIARY, Qt.SortOrder.AscendingOrder)  # all equal: the store's order stays
    assert shown(view) == ["10", "9", "100", "2"]


# --- the bank's answers and the clerk's selection ------------------------------------------------

@pytest.mark.parametrize("count", [12, AT_ONCE + 3_000])  # at once, and in steps
def test_a_status_from_the_bank_keeps_the_selection_current_row_and_scroll(qtbot, count):
    records = [record(order(str(n)), DocumentStatus.SENT, minute=n % 60) for n in range(1, count + 1)]
    view = view_of(qtbot, records)
    view.resize(900, 400)
    view.show()
    qtbot.waitUntil(lambda: not view.model.busy, timeout=WAIT_MS)
    view.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)  # a status change moves rows
    qtbot.waitUntil(lambda: not view.model.busy, timeout=WAIT_MS)
    chosen = {records[3].id, records[7].id, records[10].id}
    view._reselect(chosen)
    view.table.selectionModel().setCurrentIndex(view.model.index(view.model.rows_of({records[7].id})[0], 0),
                                                view.table.selectionModel().SelectionFlag.NoUpdate)
    scroll = view.table.verticalScrollBar()
    scroll.setValue(min(500, scroll.maximum()))
    before = scroll.value()

    executed = DocumentRecord(id=records[7].id, order=records[7].order, status=DocumentStatus.EXECUTED, reason=None,
                              content=None, updated_at=datetime(2026, 11, 2, tzinfo=UTC))
    rejected = DocumentRecord(id=records[5].id, order=records[5].order, status=DocumentStatus.REJECTED, reason=None,
                              content=None, updated_at=datetime(2026, 11, 2, tzinfo=UTC))
    view.update_records([executed, rejected])
    qtbot.waitUntil(lambda: not view.model.busy, timeout=WAIT_MS)

    assert {r.id for r in view.selected_records()} == chosen
    assert view.table.currentIndex().data(Qt.ItemDataRole.UserRole + 1).id == records[7].id
    assert scroll.value() == before
    statuses = {doc.id: doc.status for doc in view.model.records()}
    assert statuses[records[7].id] == DocumentStatus.EXECUTED and statuses[records[5].id] == DocumentStatus.REJECTED
    assert len(statuses) == count  # changed in place, nothing added
    row = view.model.rows_of({records[7].id})[0]
    assert view.model.index(row, STATUS).data() == status_label(DocumentStatus.EXECUTED)
    # Sorted by status: the executed and the rejected one moved after every one still sent.
    assert sorted(view.model.rows_of({records[7].id, records[5].id})) == [count - 2, count - 1]

    # A reload from the store (after an editor saved, a batch ended) keeps them too.
    view.set_records([executed if r.id == executed.id else rejected if r.id == rejected.id else r for r in records])
    qtbot.waitUntil(lambda: not view.model.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: {r.id for r in view.selected_records()} == chosen, timeout=WAIT_MS)
    assert view.table.currentIndex().data(Qt.ItemDataRole.UserRole + 1).id == records[7].id
    assert scroll.value() == before


@pytest.mark.parametrize("count", [12, AT_ONCE + 3_000])
def test_a_status_that_moves_no_row_keeps_the_rows_and_the_selection_without_computing_them_again(qtbot, count):
    records = [record(order(str(n)), DocumentStatus.SENT, minute=n % 60) for n in range(1, count + 1)]
    view = view_of(qtbot, records)
    view.table.sortByColumn(NUMBER, Qt.SortOrder.DescendingOrder)  # a status does not move a row here
    qtbot.waitUntil(lambda: not view.model.busy, timeout=WAIT_MS)
    chosen = {records[2].id, records[9].id}
    view._reselect(chosen)
    order_before = [view.model.id_of(row) for row in range(view.model.rowCount())]

    executed = DocumentRecord(id=records[9].id, order=records[9].order, status=DocumentStatus.EXECUTED,
                              reason=None, content=None, updated_at=datetime(2026, 11, 2, tzinfo=UTC))
    view.update_records([executed])

    assert not view.model.busy  # nothing to compute again: the rows stay where they are
    assert [view.model.id_of(row) for row in range(view.model.rowCount())] == order_before
    assert {r.id for r in view.selected_records()} == chosen
    row = view.model.rows_of({records[9].id})[0]
    assert view.model.index(row, STATUS).data() == status_label(DocumentStatus.EXECUTED)

    view.status_combo.setCurrentIndex(view.status_combo.findData(DocumentStatus.SENT))  # now a status moves it
    qtbot.waitUntil(lambda: not view.model.busy, timeout=WAIT_MS)
    sent_again = DocumentRecord(id=records[9].id, order=records[9].order, status=DocumentStatus.SENT,
                                reason=None, content=None, updated_at=datetime(2026, 11, 3, tzinfo=UTC))
    view.update_records([sent_again])
    qtbot.waitUntil(lambda: not view.model.busy, timeout=WAIT_MS)
    assert records[9].id in {view.model.id_of(row) for row in range(view.model.rowCount())}
    assert view.model.rowCount() == count


def test_a_cell_asked_for_all_its_roles_at_once_gives_what_each_role_gives(qtbot):
    rejected = DocumentRecord(id="r", order=order("5", amount="abc"), status=DocumentStatus.REJECTED,
                              reason=None, content=None, updated_at=datetime(2026, 11, 2, tzinfo=UTC))
    view = view_of(qtbot, [record(order("1", amount="1 500,5"), DocumentStatus.EXECUTED), rejected,
                           record(order("2"))])
    model = view.model
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole,
             Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole,
             Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ToolTipRole)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                asked = QModelRoleData(role)
                model.multiData(index, QModelRoleDataSpan(asked))
                assert asked.data() == index.data(role), (row, column, role)
    amounts = {model.index(row, AMOUNT).data() for row in range(model.rowCount())}
    assert "abc" in amounts  # an amount that is not one is shown as typed


def test_a_filter_keeps_the_selected_documents_it_still_shows(qtbot):
    records = [record(order(str(n), beneficiary="Alatau" if n % 2 else "Seitkali")) for n in range(1, 9)]
    view = view_of(qtbot, records)
    view._reselect({records[0].id, records[1].id, records[2].id})
    view.search_edit.setText("alatau")
    assert {r.id for r in view.selected_records()} == {records[0].id, records[2].id}


# --- 100,000 documents ---------------------------------------------------------------------------

def fill_fast(store: DocumentStore, count: int) -> None:
    """`count` documents written straight into the store's table (the triggers fill the list's columns)."""
    template = order("0", purpose="Оплата по счёту").to_dict()
    start = date(2025, 1, 1)
    now = "2026-11-01T09:00:00+00:00"
    rows = []
    for n in range(count):
        template.update(id=str(uuid.UUID(int=n + 1)), number=str(n + 1), amount=f"{(n * 7919) % 5_000_000},{n % 100:02d}",
                        date=(start + timedelta(days=n % 700)).isoformat())
        rows.append((template["id"], SCHEMA, json.dumps(template, ensure_ascii=False), "executed" if n % 3 else "sent",
                     now, f"2026-11-01T09:{n % 60:02d}:00+00:00"))
    with sqlite3.connect(store.path) as db:
        db.executemany("INSERT INTO documents (id, kind, body, status, signatures, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, '[]', ?, ?)", rows)


def count_turns_while(busy) -> tuple[QTimer, list[int]]:
    """A timer on the GUI thread counts its ticks while `busy()` (a frozen event loop would not tick)."""
    ticks = [0]
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + (1 if busy() else 0)))
    timer.start()
    return timer, ticks


@pytest.mark.integration  # a volume check (100,000 documents in the real store), not for the quick loop
def test_100000_documents_load_sort_and_filter_while_the_window_answers(qtbot, tmp_path):
    store = DocumentStore(tmp_path / "documents.sqlite3")
    fill_fast(store, BIG)
    view = PaymentListView()
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()

    timer, ticks = count_turns_while(view.loading)
    view.load(store)
    assert view.loading()
    qtbot.waitUntil(lambda: not view.loading(), timeout=WAIT_MS)
    assert ticks[0] >= 3  # the event loop turned while the store was read in the background
    model = view.model
    assert model.rowCount() == model.total_count() == BIG
    assert model.has_status([DocumentStatus.SENT]) and view.next_number() == str(BIG + 1)

    timer, ticks = count_turns_while(lambda: model.busy)
    view.table.sortByColumn(AMOUNT, Qt.SortOrder.DescendingOrder)
    assert model.busy  # in steps, between the clerk's events
    qtbot.waitUntil(lambda: not model.busy, timeout=WAIT_MS)
    assert ticks[0] >= 3
    amounts = [model.document(row).tiyn for row in range(0, BIG, 997)]
    assert amounts == sorted(amounts, reverse=True) and amounts[0] > amounts[-1]

    ticks[0] = 0
    view.search_edit.setText("99999")
    qtbot.waitUntil(lambda: not model.busy, timeout=WAIT_MS)
    assert ticks[0] >= 1
    found = {model.document(row).number for row in range(model.rowCount())}
    assert "99999" in found and all("99999" in model.document(row).search for row in range(model.rowCount()))
    timer.stop()

    view.search_edit.clear()
    qtbot.waitUntil(lambda: not model.busy and model.rowCount() == BIG, timeout=WAIT_MS)
    view.table.selectRow(10)
    chosen = model.document(10).id
    qtbot.waitUntil(lambda: not view.prefetching(), timeout=WAIT_MS)  # read whole in the background
    assert [r.id for r in view.selected_records()] == [chosen]
    view.load(store)  # a reload keeps the selection
    qtbot.waitUntil(lambda: not view.loading() and not model.busy, timeout=WAIT_MS)
    kept: list[list] = []
    view.read_selected(kept.append)
    qtbot.waitUntil(lambda: bool(kept), timeout=WAIT_MS)
    assert [r.id for r in kept[0]] == [chosen]

    # An action the moment after selecting: the document is not read yet; it is read off the GUI
    # thread and handed over whole, never read on the GUI thread.
    view.table.selectRow(20)
    other = model.document(20).id
    assert view.selected_records() == []  # not at hand yet
    gui_thread = threading.get_ident()
    reads: list[int] = []
    original = store.get
    store.get = lambda doc_id: reads.append(threading.get_ident()) or original(doc_id)  # type: ignore[method-assign]
    handed: list[list] = []
    view.read_selected(handed.append)
    qtbot.waitUntil(lambda: bool(handed), timeout=WAIT_MS)
    store.get = original  # type: ignore[method-assign]
    assert [r.id for r in handed[0]] == [other] and handed[0][0].order.number == model.document(20).number
    assert reads and gui_thread not in reads
    store.close()
