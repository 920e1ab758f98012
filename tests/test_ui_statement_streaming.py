"""R1.8 for a big statement: the window shows the first page of lines while the rest streams in; the clerk
searches, sorts and keeps a chosen line meanwhile; balances, chart and exports come once all lines are
there and add up; a load that is stopped or refused gives back the statement shown before."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from bsclient.ui.background import wait_for_background_work
from bsclient.ui.statements.model import CREDIT, NAME, Direction, ViewSpec, grown_rows_in_steps, shown_rows
from bsclient.ui.statements.window import StatementWindow
from bsclient.ui.widgets.amount_text import format_money
from tests.helpers.keyboard import type_text
from tests.helpers.statement_bank import StatementBank, make_statement

WAIT_MS = 20_000
LINES = 12_000  # three pages of 5,000


class PageByPageBank(StatementBank):
    """Serves one page each time the test says so (`release()`), as a slow line to the bank would."""

    def __init__(self, statement) -> None:
        super().__init__(statement)
        self.allowed = threading.Semaphore(0)
        self.spoil_last = False

    def release(self, pages: int = 1) -> None:
        self.allowed.release(pages)

    def statement_page(self, iban, date_from, date_to, *, after=None, limit=5000):
        assert self.allowed.acquire(timeout=30), "the test did not release the page"
        page = super().statement_page(iban, date_from, date_to, after=after, limit=limit)
        if self.spoil_last and page["next"] is None:
            page["lines"][0]["purpose"] += " (changed)"
            page["lines"][0]["debit"], page["lines"][0]["credit"] = "0.00", "1.00"  # the lines no longer add up
        return page


@pytest.fixture
def big():
    return make_statement(LINES)


def open_window(qtbot, workplace, statement) -> tuple[StatementWindow, PageByPageBank]:
    bank = PageByPageBank(statement)
    workplace.api = bank
    window = StatementWindow(workplace, open_document=lambda _: None)
    qtbot.addWidget(window)
    window.show()
    window.set_period(statement.date_from, statement.date_to)
    return window, bank


def finish(qtbot, window: StatementWindow, bank: PageByPageBank) -> None:
    bank.release(100)
    qtbot.waitUntil(lambda: not window.loading() and not window.model.busy, timeout=WAIT_MS)


def test_the_first_page_is_shown_before_the_load_ends(qtbot, workplace, big):
    window, bank = open_window(qtbot, workplace, big)
    window.load_button.click()
    bank.release()
    qtbot.waitUntil(lambda: window.model.rowCount() == 5000, timeout=WAIT_MS)
    assert window.loading() and window.progress_row.isVisible() and window.cancel_button.isVisible()
    assert window.lines_stack.currentWidget() is window.table
    assert window.model.line(0).id == big.lines[0].id
    assert "5,000 lines so far" in window.shown_label.text()
    # nothing unchecked is offered as the statement: no balances, no export until all lines add up
    assert window.closing_label.text() == "—" and not window.export_buttons["pdf"].isEnabled()
    assert "lines arriving" in window.caption_label.text()

    finish(qtbot, window, bank)
    assert window.model.rowCount() == LINES and window.model.statement() is not None
    assert window.closing_label.text() == f"{format_money(big.closing_balance)} KZT"
    assert window.export_buttons["pdf"].isEnabled() and "12,000 lines" in window.caption_label.text()
    wait_for_background_work()


def test_search_and_sort_while_lines_arrive(qtbot, workplace, big):
    window, bank = open_window(qtbot, workplace, big)
    window.load_button.click()
    bank.release()
    qtbot.waitUntil(lambda: window.model.total_count() == 5000, timeout=WAIT_MS)
    type_text(window.search_edit, "Казахтелеком")
    window.table.sortByColumn(CREDIT, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not window.model.busy and window.model.spec().sort_column == CREDIT
                    and window.model.spec().text == "Казахтелеком", timeout=WAIT_MS)
    assert window.loading()
    first = shown_rows(big.lines[:5000], ViewSpec("Казахтелеком", Direction.ALL, CREDIT, True))
    assert 0 < window.model.rowCount() == len(first.rows)
    assert "of 5,000 lines so far shown" in window.shown_label.text()

    bank.release()
    qtbot.waitUntil(lambda: window.model.total_count() == 10_000 and not window.model.busy, timeout=WAIT_MS)
    finish(qtbot, window, bank)
    # the rows grown page by page are exactly a search and sort over the whole statement
    whole = shown_rows(big.lines, ViewSpec("Казахтелеком", Direction.ALL, CREDIT, True))
    assert [window.model.line(row).id for row in range(window.model.rowCount())] == \
        [big.lines[i].id for i in whole.rows]
    assert window.model.shown_turnovers() == (whole.debit, whole.credit)
    wait_for_background_work()


def test_the_chosen_line_stays_chosen_while_lines_arrive(qtbot, workplace, big):
    window, bank = open_window(qtbot, workplace, big)
    window.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)  # new lines land between the old ones
    window.load_button.click()
    bank.release()
    qtbot.waitUntil(lambda: window.model.total_count() == 5000 and not window.model.busy, timeout=WAIT_MS)
    window.table.selectionModel().select(window.model.index(4000, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                         | QItemSelectionModel.SelectionFlag.Rows)
    chosen = window.model.line(4000).id
    finish(qtbot, window, bank)
    selected = window.table.selectionModel().selectedRows()
    assert [window.model.line(index.row()).id for index in selected] == [chosen]
    assert selected[0].row() != 4000  # it moved, and the selection went with it
    wait_for_background_work()


def test_a_load_that_does_not_add_up_gives_back_the_statement_shown_before(qtbot, workplace, big):
    before = make_statement(30, date_from=date(2025, 1, 1), date_to=date(2025, 1, 31))
    window, bank = open_window(qtbot, workplace, big)
    window.show_statement(before)
    bank.spoil_last = True
    window.load_button.click()
    bank.release()
    qtbot.waitUntil(lambda: window.model.total_count() == 5000, timeout=WAIT_MS)
    finish(qtbot, window, bank)
    assert "does not add up" in window.message()
    assert window.model.statement() is before and window.model.rowCount() == 30
    assert window.closing_label.text() == f"{format_money(before.closing_balance)} KZT"
    wait_for_background_work()


def test_cancel_while_lines_arrive_gives_back_what_was_shown(qtbot, workplace, big):
    window, bank = open_window(qtbot, workplace, big)
    window.load_button.click()
    bank.release()
    qtbot.waitUntil(lambda: window.model.total_count() == 5000, timeout=WAIT_MS)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert "Loading stopped" in window.message()
    assert window.model.statement() is None and window.model.rowCount() == 0
    assert window.lines_stack.currentWidget() is window.empty_label
    bank.release(100)
    wait_for_background_work()


@pytest.mark.parametrize("spec", [ViewSpec(), ViewSpec(descending=True, sort_column=-1),
                                  ViewSpec("оплата", Direction.DEBIT), ViewSpec("", Direction.ALL, CREDIT, True),
                                  ViewSpec("тоо", Direction.CREDIT, NAME, False)])
def test_rows_grown_page_by_page_are_those_of_the_whole(spec):
    lines = make_statement(3000).lines
    shown = shown_rows(lines[:700], spec)
    for end in (1900, 1900, 3000):
        steps = grown_rows_in_steps(lines[:end], shown)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                shown = done.value
                break
    whole = shown_rows(lines, spec)
    assert (list(shown.rows), shown.debit, shown.credit, shown.covered) == \
        (list(whole.rows), whole.debit, whole.credit, 3000)
