"""The import dialog with a budget line: the budget order is ready, the one with an unknown KBK
is marked with the reason and its line, as plain orders' fields are."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json

from PySide6.QtCore import Qt

from bsclient.client.directories import SHIPPED_DIR, store_directory
from bsclient.ui.payments.import_dialog import CHECK, COLUMN_OF_FIELD, INVALID_BACKGROUND, ImportDialog

BUDGET = Path(__file__).parent / "data" / "budget_orders_cp1251.txt"
SCREENSHOTS = Path(os.environ["BSCLIENT_SCREENSHOTS"]) if os.environ.get("BSCLIENT_SCREENSHOTS") else None


def test_the_dialog_imports_the_budget_order_and_marks_the_unknown_kbk(qtbot, workplace):
    # The bank's KBK directory, a whole list, is in use: a KBK outside it is refused (the shipped list,
    # not complete, would only warn).
    kbk = json.loads((SHIPPED_DIR / "kbk.json").read_text(encoding="utf-8"))
    store_directory({**kbk, "version": kbk["version"] + 1, "complete": True}, workplace.store.path.parent)
    dialog = ImportDialog(workplace, today=date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.load_file(BUDGET)
    qtbot.waitUntil(dialog.choose_button.isEnabled, timeout=10000)
    model = dialog.model
    assert "3 documents in the file: 2 valid, 1 with problems" in dialog.summary_label.text()
    assert model.index(0, CHECK).data() == "Ready"
    tip = model.index(1, CHECK).data(Qt.ItemDataRole.ToolTipRole)
    assert "Line 45 (КБК): KBK 999999 is not in the KBK directory" in tip
    kbk = model.index(1, COLUMN_OF_FIELD["kbk"])
    assert kbk.data() == "999999" and kbk.data(Qt.ItemDataRole.BackgroundRole).color() == INVALID_BACKGROUND
    assert model.index(0, COLUMN_OF_FIELD["kbk"]).data() == "101201"
    if SCREENSHOTS:
        dialog.show()
        dialog.grab().save(str(SCREENSHOTS / "import-budget.png"))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: len(workplace.store.list()) == 2, timeout=10000)
    kinds = sorted((r.order.number, r.order.kind, getattr(r.order.details, "kbk", "")) for r in workplace.store.list())
    assert kinds == [("61", "budget", "101201"), ("63", "payment", "")]


def test_the_preview_shows_the_editors_budget_warnings_and_still_imports(qtbot, workplace, tmp_path):
    """The shipped directories, not complete: the unknown KBK and a KNP off its KBK are warnings to
    check, in the list under the table and on their cells, and every order imports."""
    from bsclient.ui.payments.import_dialog import WARNING_TEXT

    text = BUDGET.read_bytes().decode("cp1251")
    first = text.index("КодНазначенияПлатежа=911")
    changed = tmp_path / "budget.txt"
    changed.write_bytes((text[:first] + text[first:].replace("КодНазначенияПлатежа=911", "КодНазначенияПлатежа=710", 1))
                        .encode("cp1251"))
    dialog = ImportDialog(workplace, today=date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.load_file(changed)
    qtbot.waitUntil(dialog.choose_button.isEnabled, timeout=10000)
    assert "all valid" in dialog.summary_label.text()
    assert "Check these before signing" in dialog.problems_title.text()
    listed = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert any("Order 61, to check:" in line and "KNP 710 does not usually go with KBK 101201" in line for line in listed)
    assert any("KBK 999999 is not in the client's KBK directory" in line for line in listed)
    model = dialog.model
    knp = model.index(0, COLUMN_OF_FIELD["knp"])
    assert knp.data(Qt.ItemDataRole.ForegroundRole).color() == WARNING_TEXT
    assert "does not usually go" in knp.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, CHECK).data() == "Ready" and "KNP 710" in model.index(0, CHECK).data(Qt.ItemDataRole.ToolTipRole)
    for path in ("date", "amount", "beneficiary.bin", "beneficiary.iban"):  # measured by the rows, not the titles
        column = COLUMN_OF_FIELD[path]
        shown = model.index(0, column).data()
        assert dialog.table.columnWidth(column) >= dialog.table.fontMetrics().horizontalAdvance(shown), path
    if SCREENSHOTS:
        dialog.show()
        dialog.grab().save(str(SCREENSHOTS / "import-budget-warnings.png"))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: len(workplace.store.list()) == 3, timeout=10000)
