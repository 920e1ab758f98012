"""R9.4 for big files: the orders come out of the check in parts (a preview shows them while the rest is
checked), the drafts go into the store in one prepared statement with the list's columns given, and
what is stored is what the store's own trigger makes of the same bodies; the dialog shows the first
orders before the whole file is checked."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import sqlite3
import threading
from datetime import date
from pathlib import Path

from bsclient.client.documents.document_list import LIST_COLUMNS, list_values
from bsclient.client.documents.store import DocumentStore
from bsclient.client.onec import payment_import
from bsclient.client.onec.payment_import import PREVIEW_PART, import_orders, preview_import
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.payments import import_dialog
from bsclient.ui.payments.import_dialog import ImportDialog
from tests.helpers.workplace import ACCOUNTS, USER

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 20)


def many_orders(count: int) -> bytes:
    """The hand-written file's orders repeated with numbers of their own (with its one budget payment)."""
    text = (DATA / "payment_orders_utf8.txt").read_text(encoding="utf-8")
    head, _, rest = text.partition("СекцияДокумент=")
    sections = ["СекцияДокумент=" + part for part in rest.split("СекцияДокумент=")]
    sections[-1] = sections[-1].split("КонецФайла")[0]
    body = [re.sub(r"НомерДокумента=\d+", f"НомерДокумента={n + 1}", sections[n % len(sections)])
            for n in range(count)]
    return (head + "".join(body) + "КонецФайла\n").encode("utf-8")


def preview(data: bytes, **kwargs):
    return preview_import(data, company_name=USER.company_name, company_bin=USER.company_bin, accounts=ACCOUNTS,
                          existing=[], today=TODAY, **kwargs)


def test_orders_come_out_of_the_check_in_final_parts():
    parts: list[tuple[list, int]] = []
    whole = preview(many_orders(1234), on_orders=lambda orders, total: parts.append((list(orders), total)))
    assert [len(orders) for orders, _ in parts] == [PREVIEW_PART, PREVIEW_PART, 1234 - 2 * PREVIEW_PART]
    assert {total for _, total in parts} == {1234}
    handed = [order for orders, _ in parts for order in orders]
    assert all(a is b for a, b in zip(handed, whole.orders, strict=True))
    assert len(whole.valid_orders) == 1234


def stored_rows(store: DocumentStore) -> list[tuple]:
    db = sqlite3.connect(store.path)
    try:
        return db.execute(f"SELECT id, kind, body, status, {', '.join(LIST_COLUMNS)} FROM documents ORDER BY id"
                          ).fetchall()
    finally:
        db.close()


def test_the_bulk_insert_stores_what_the_trigger_would(tmp_path):
    checked = preview(many_orders(60))
    checked.orders[3].order.beneficiary.name = ""  # a field left empty
    with DocumentStore(tmp_path / "bulk.sqlite3") as bulk:
        import_orders(bulk, checked)
        given = stored_rows(bulk)
        # the store's own trigger computes the list's columns from the same bodies again
        bulk._db.execute("UPDATE documents SET body = body")
        assert stored_rows(bulk) == given
    assert len(given) == 60 and all(row[4 + LIST_COLUMNS.index("list_search")] for row in given)
    assert len({row[1] for row in given}) > 1  # plain and budget payments alike


def test_a_body_the_list_cannot_read_as_text_is_left_to_the_trigger():
    assert list_values({"number": 12, "amount": "1.00"}) is None
    values = list_values({"number": "7", "beneficiary": {"name": "ТОО «Ромашка»"}})
    assert values is not None and values[-1] == "7 ТОО «Ромашка»     "


def test_an_older_store_gets_the_insert_trigger_that_lets_inserts_give_the_columns(tmp_path):
    path = tmp_path / "old.sqlite3"
    with DocumentStore(path) as store:
        store._db.execute("DROP TRIGGER documents_list_insert")
        store._db.execute("CREATE TRIGGER documents_list_insert AFTER INSERT ON documents BEGIN "
                          "UPDATE documents SET list_search = 'old' WHERE rowid = NEW.rowid; END")
    with DocumentStore(path) as store:
        sql = store._db.execute("SELECT sql FROM sqlite_master WHERE name = 'documents_list_insert'").fetchone()[0]
        assert "WHEN NEW.list_search IS NULL" in sql


def test_the_dialog_shows_the_first_orders_before_the_whole_file_is_checked(qtbot, workplace, tmp_path,
                                                                              monkeypatch):
    path = tmp_path / "big.txt"
    path.write_bytes(many_orders(3 * PREVIEW_PART))
    first_shown = threading.Event()
    real = payment_import.preview_import

    def held_after_the_first_part(data, **kwargs):
        report = kwargs["on_orders"]

        def on_orders(orders, total):
            report(orders, total)
            if len(orders) and orders[0].document == 0:
                assert first_shown.wait(30), "the dialog never showed the first orders"

        return real(data, **{**kwargs, "on_orders": on_orders})

    monkeypatch.setattr(import_dialog, "preview_import", held_after_the_first_part)
    dialog = ImportDialog(workplace, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == PREVIEW_PART, timeout=20_000)
    assert "500 of 1500 documents checked" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()  # nothing is imported before every order is checked
    first_shown.set()
    qtbot.waitUntil(dialog.choose_button.isEnabled, timeout=20_000)
    assert dialog.model.rowCount() == 3 * PREVIEW_PART
    assert dialog.import_button.text() == "Import 1500 valid orders as drafts"
    wait_for_background_work()
