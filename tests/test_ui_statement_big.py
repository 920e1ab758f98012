"""R1.8: a statement of 200,000 lines opened in the real statement window, loaded in the background with
progress, scrolled to its end, filtered and sorted without the window waiting for it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer

from bsclient.ui.background import wait_for_background_work
from bsclient.ui.statements.model import CREDIT, Direction
from bsclient.ui.statements.window import StatementWindow
from bsclient.ui.widgets.amount_text import format_money
from tests.helpers.keyboard import type_text
from tests.helpers.statement_bank import StatementBank, make_statement
from tests.helpers.workplace import make_workplace

LINES = 200_000
WAIT_MS = 180_000


@pytest.fixture(scope="module")
def big_statement():
    return make_statement(LINES)


def count_event_loop_turns_while(model) -> list[int]:
    """A timer on the GUI thread counts its ticks while the model is busy (a frozen loop would not tick)."""
    ticks = [0]
    timer = QTimer(model)
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + (1 if model.busy else 0)))
    timer.start()
    return ticks


@pytest.mark.integration  # a volume check (200,000 lines in the real window), not for the quick loop
def test_a_200000_line_statement_in_the_real_window(qtbot, tmp_path, big_statement):
    workplace = make_workplace(tmp_path)
    workplace.api = StatementBank(big_statement)
    window = StatementWindow(workplace, open_document=lambda _: None)
    qtbot.addWidget(window)
    window.show()
    window.set_period(big_statement.date_from, big_statement.date_to)

    progress_seen: list[str] = []
    window.load_button.click()
    qtbot.waitUntil(lambda: progress_seen.append(window.progress_label.text()) or not window.loading(),
                    timeout=WAIT_MS)
    # the event loop ran while the pages came: the clerk saw the count grow
    assert any("lines received" in text for text in progress_seen)
    assert workplace.api.pages_served == LINES // 5000

    model = window.model
    qtbot.waitUntil(lambda: not model.busy, timeout=WAIT_MS)  # the last lines are merged in short steps
    assert window.message() == ""  # the load ended well (a refusal or an error would say so here)
    assert model.rowCount() == LINES and model.total_count() == LINES
    assert window.opening_label.text() == f"{format_money(big_statement.opening_balance)} KZT"
    assert window.debit_label.text() == f"{format_money(big_statement.total_debit)} KZT"
    assert window.credit_label.text() == f"{format_money(big_statement.total_credit)} KZT"
    assert window.closing_label.text() == f"{format_money(big_statement.closing_balance)} KZT"
    assert "200,000 lines" in window.caption_label.text()

    window.table.scrollToBottom()
    viewport = window.table.viewport()
    qtbot.waitUntil(lambda: window.table.indexAt(QPoint(2, viewport.height() - 3)).row() == LINES - 1,
                    timeout=WAIT_MS)
    last = window.table.indexAt(QPoint(2, viewport.height() - 3))  # the row at the bottom edge
    assert last.sibling(last.row(), 0).data() == big_statement.lines[-1].date.strftime("%d.%m.%Y")

    ticks_while_busy = count_event_loop_turns_while(model)
    type_text(window.search_edit, "Казахтелеком")
    expected = [i for i, line in enumerate(big_statement.lines) if "казахтелеком" in line.counterparty.name.casefold()]
    qtbot.waitUntil(lambda: not model.busy and model.rowCount() == len(expected), timeout=WAIT_MS)
    assert ticks_while_busy[0] >= 3  # the window went on handling events while it searched 200,000 lines
    assert 0 < len(expected) < LINES
    assert [model.line(row).id for row in (0, len(expected) - 1)] == \
        [big_statement.lines[expected[0]].id, big_statement.lines[expected[-1]].id]
    debit = sum((big_statement.lines[i].debit for i in expected), Decimal(0))
    assert f"debit {format_money(debit)}" in window.shown_label.text()

    window.search_edit.clear()
    window.direction_combo.setCurrentIndex(window.direction_combo.findData(Direction.CREDIT))
    window.table.sortByColumn(CREDIT, Qt.SortOrder.DescendingOrder)
    ticks_while_busy[0] = 0
    credits = sum(1 for line in big_statement.lines if line.credit)
    qtbot.waitUntil(lambda: not model.busy and model.rowCount() == credits and model.spec().sort_column == CREDIT,
                    timeout=WAIT_MS)
    assert model.line(0).credit == max(line.credit for line in big_statement.lines)
    assert ticks_while_busy[0] >= 3  # and while it sorted them
    assert window.shown_label.text().endswith(f"credit {format_money(big_statement.total_credit)}")

    window.close()
    wait_for_background_work()
    workplace.store.close()

