"""R9.4 in the window: the import dialog marks every invalid field with its reason, imports only the
valid orders as drafts, and the main window's payment list shows them; a bad file changes nothing."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time_machine
from PySide6.QtCore import Qt

from bsclient.client.documents.record import DocumentStatus
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.payments.import_dialog import CHECK, COLUMN_OF_FIELD, INVALID_BACKGROUND, ImportDialog
from bsclient.ui.payments.main_window import MainWindow
from bsclient.ui.payments.payment_list import BENEFICIARY, NUMBER, STATUS

DATA = Path(__file__).parent / "data"
WITH_ERRORS = DATA / "payment_orders_with_errors_utf8.txt"
SCREENSHOTS = Path(os.environ.get("BSCLIENT_SCREENSHOTS", "")) if os.environ.get("BSCLIENT_SCREENSHOTS") else None


def loaded(qtbot, dialog: ImportDialog, path: Path) -> ImportDialog:
    dialog.load_file(path)
    qtbot.waitUntil(dialog.choose_button.isEnabled, timeout=10000)
    return dialog


def cell(dialog: ImportDialog, row: int, field: str):
    return dialog.model.index(row, COLUMN_OF_FIELD[field])


def test_the_preview_marks_every_invalid_field_with_its_reason_and_line(qtbot, workplace):
    dialog = ImportDialog(workplace, today=date(2026, 11, 20))
    qtbot.addWidget(dialog)
    loaded(qtbot, dialog, WITH_ERRORS)
    model = dialog.model
    assert model.rowCount() == 4
    assert "4 documents in the file: 2 valid, 2 with problems" in dialog.summary_label.text()
    assert dialog.import_button.text() == "Import 2 valid orders as drafts"
    assert dialog.import_button.isEnabled()

    bin_cell = cell(dialog, 1, "beneficiary.bin")
    assert bin_cell.data() == "090840000907"
    assert bin_cell.data(Qt.ItemDataRole.BackgroundRole).color() == INVALID_BACKGROUND
    assert bin_cell.data(Qt.ItemDataRole.ToolTipRole) == (
        "Line 37 (ПолучательБИН_ИИН): The check digit of this IIN/BIN does not match: "
        "check the number against the beneficiary's documents.")
    assert "Line 41 (КодНазначенияПлатежа)" in cell(dialog, 1, "knp").data(Qt.ItemDataRole.ToolTipRole)
    # What the file says is shown where it is wrong: the impossible date, the missing purpose.
    assert cell(dialog, 3, "date").data() == "31.11.2026"
    assert cell(dialog, 3, "purpose").data() == "(missing)"
    assert "Line 74" in cell(dialog, 3, "purpose").data(Qt.ItemDataRole.ToolTipRole)
    assert "Line 66" in cell(dialog, 3, "payer.iban").data(Qt.ItemDataRole.ToolTipRole)
    # Valid fields and valid orders carry no mark.
    assert cell(dialog, 1, "beneficiary.name").data(Qt.ItemDataRole.BackgroundRole) is None
    for column in range(model.columnCount()):
        assert model.index(0, column).data(Qt.ItemDataRole.BackgroundRole) is None
    assert [model.index(row, CHECK).data() for row in range(4)] == ["Ready", "3 problems", "Ready", "8 problems"]
    # The text list names every problem with its line, in file order.
    problems = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert len(problems) == 11
    assert problems[0].startswith("Order 202: Line 37 (ПолучательБИН_ИИН): The check digit")
    assert problems[-1].startswith("Order 204: Line 75 (Валюта): The order is in USD")
    if SCREENSHOTS is not None:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(SCREENSHOTS / "import_dialog.png"))
    dialog.problems_list.setCurrentRow(5)  # line 67, the payer's BIC: its cell becomes current
    assert dialog.table.currentIndex() == cell(dialog, 3, "payer.bic")


def test_import_stores_only_the_valid_orders_as_drafts(qtbot, workplace):
    dialog = ImportDialog(workplace, today=date(2026, 11, 20))
    qtbot.addWidget(dialog)
    loaded(qtbot, dialog, WITH_ERRORS)
    with qtbot.waitSignal(dialog.imported, timeout=10000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    records = workplace.store.list()
    assert sorted(r.order.number for r in records) == ["201", "203"]
    assert all(r.status == DocumentStatus.DRAFT for r in records)
    assert sorted(signal.args[0]) == sorted(r.id for r in records)
    assert not dialog.import_button.isEnabled()  # the same preview cannot be imported twice
    assert "2 orders were imported as drafts" in dialog.summary_label.text()
    # Reading the same file again notices it was imported.
    loaded(qtbot, dialog, WITH_ERRORS)
    assert dialog.import_button.text() == "No valid order to import"
    assert not dialog.import_button.isEnabled()
    assert "was imported before" in cell(dialog, 0, "number").data(Qt.ItemDataRole.ToolTipRole)


def test_a_file_level_error_is_one_sentence_with_its_line_and_changes_nothing(qtbot, workplace):
    dialog = ImportDialog(workplace, today=date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    loaded(qtbot, dialog, DATA / "truncated_cp1251.txt")
    assert dialog.file_error_label.isVisible()
    text = dialog.file_error_label.text()
    assert text.startswith("The file ends at line 22 inside the section that starts on line 12: it is cut off.")
    assert text.endswith("Nothing was imported.")
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert workplace.store.list() == []
    if SCREENSHOTS is not None:
        dialog.grab().save(str(SCREENSHOTS / "import_dialog_file_error.png"))
    # A good file afterwards clears the sentence.
    loaded(qtbot, dialog, WITH_ERRORS)
    assert not dialog.file_error_label.isVisible() and dialog.model.rowCount() == 4


def test_the_main_windows_import_action_fills_the_payment_list(qtbot, workplace):
    window = MainWindow(workplace)
    qtbot.addWidget(window)
    assert window.import_1c_action.text() == "&Import from 1C…"
    # The file's orders are dated 20.11.2026: the window's day is that day (a document's date is valid for
    # ten days), so they are valid on any day the test runs.
    # Travelling sets the TZ variable: no other thread may be reading the environment meanwhile (glibc's
    # setenv is not thread-safe), so the window's own loading is done first and last.
    wait_for_background_work()
    with time_machine.travel(datetime(2026, 11, 20, 10, tzinfo=UTC), tick=True):
        window.import_1c_action.trigger()
        (dialog,) = window.findChildren(ImportDialog)
        loaded(qtbot, dialog, WITH_ERRORS)  # no value dates in this file: the later of its date and today
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        list_model = window.payment_list.model
        qtbot.waitUntil(lambda: list_model.rowCount() == 2, timeout=10000)
        wait_for_background_work()
    rows = {list_model.index(r, NUMBER).data(): (list_model.index(r, BENEFICIARY).data(),
                                                 list_model.index(r, STATUS).data()) for r in range(2)}
    assert rows == {"201": ('ТОО "Ақмола Жарық"', "Draft"),
                    "203": ('НАО "Госкорпорация "Правительство для граждан""', "Draft")}


def test_a_store_that_fails_during_the_import_leaves_nothing_and_says_so(qtbot, workplace):
    with sqlite3.connect(workplace.store.path) as other:  # the second order's write fails inside SQLite
        other.execute("CREATE TRIGGER fail_second BEFORE INSERT ON documents "
                      "WHEN json_extract(NEW.body, '$.number') = '203' BEGIN SELECT RAISE(ABORT, 'disk I/O'); END")
    dialog = ImportDialog(workplace, today=date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    loaded(qtbot, dialog, WITH_ERRORS)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.file_error_label.isVisible, timeout=10000)
    assert dialog.file_error_label.text().endswith("No order was imported.")
    assert workplace.store.list() == []
