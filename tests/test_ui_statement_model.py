"""R1.8: the statement's rows shown, filtered and sorted off the GUI thread, checked against a plain scan."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt

from bsclient.ui.statements.model import (
    CREDIT,
    DATE,
    DEBIT,
    NAME,
    NUMBER,
    PURPOSE,
    Direction,
    StatementModel,
    ViewSpec,
    shown_rows,
)
from tests.helpers.statement_bank import make_statement

STATEMENT = make_statement(3000)
LINES = STATEMENT.lines


def plain_scan(text: str, direction: Direction = Direction.ALL) -> list[int]:
    """What a clerk means by "the text is in one of the columns": an independent, slow reading."""
    needle = text.strip().casefold()
    compact = needle.replace(" ", "").replace(",", ".")
    found = []
    for i, line in enumerate(LINES):
        if (direction is Direction.DEBIT and line.debit == 0) or (direction is Direction.CREDIT and line.credit == 0):
            continue
        party = line.counterparty
        columns = [line.date.strftime("%d.%m.%Y"), line.number, party.name, party.bin, party.iban, party.bic,
                   party.bank_name, line.knp, line.purpose]
        amount = str(line.debit or line.credit)
        if any(needle in column.casefold() for column in columns) or (
                compact.replace(".", "").isdigit() and compact in amount):
            found.append(i)
    return found


@pytest.mark.parametrize("text", ["казахтелеком", "КАЗАХТЕЛЕКОМ", "Заработная", "kz53", "05.03.2025", "911",
                                  "HSBKKZKX", "nothing like this", "350,00", "1 0"])
def test_search_finds_the_text_in_any_column(text):
    assert list(shown_rows(LINES, ViewSpec(text)).rows) == plain_scan(text)


def test_debit_only_and_credit_only_with_their_turnovers():
    debits = shown_rows(LINES, ViewSpec("", Direction.DEBIT))
    credits = shown_rows(LINES, ViewSpec("", Direction.CREDIT))
    assert list(debits.rows) == plain_scan("", Direction.DEBIT)
    assert list(credits.rows) == plain_scan("", Direction.CREDIT)
    assert len(debits.rows) + len(credits.rows) == len(LINES)
    assert debits.debit == STATEMENT.total_debit and debits.credit == 0
    assert credits.credit == STATEMENT.total_credit and credits.debit == 0


def test_typing_on_searches_only_what_is_shown_and_gives_the_same_rows():
    previous = shown_rows(LINES, ViewSpec("оплата"))
    previous = shown_rows(LINES, ViewSpec("оплата", Direction.ALL, DEBIT, True), previous=previous)
    refined = shown_rows(LINES, ViewSpec("оплата по дог", Direction.ALL, DEBIT, True), previous=previous)
    fresh = shown_rows(LINES, ViewSpec("оплата по дог", Direction.ALL, DEBIT, True))
    assert list(refined.rows) == list(fresh.rows)
    wider = shown_rows(LINES, ViewSpec("оплата", Direction.CREDIT, DEBIT, True), previous=refined)
    assert list(wider.rows) == list(shown_rows(LINES, ViewSpec("оплата", Direction.CREDIT, DEBIT, True)).rows)


def test_sorting_by_amount_number_name_and_back_to_booking_order():
    by_debit = shown_rows(LINES, ViewSpec("", Direction.ALL, DEBIT, True))
    debits = [LINES[i].debit for i in by_debit.rows]
    assert debits == sorted(debits, reverse=True)
    by_credit = shown_rows(LINES, ViewSpec("", Direction.ALL, CREDIT, False), previous=by_debit)
    assert [LINES[i].credit for i in by_credit.rows] == sorted(line.credit for line in LINES)
    by_name = shown_rows(LINES, ViewSpec("", Direction.ALL, NAME, False))
    names = [LINES[i].counterparty.name.casefold() for i in by_name.rows]
    assert names == sorted(names)
    # equal names keep the bank's booking order
    first_name = [i for i in by_name.rows if LINES[i].counterparty.name == LINES[by_name.rows[0]].counterparty.name]
    assert first_name == sorted(first_name)
    by_number = shown_rows(LINES, ViewSpec("", Direction.ALL, NUMBER, True))
    assert [int(LINES[i].number) for i in by_number.rows] == sorted((int(line.number) for line in LINES), reverse=True)
    newest_first = shown_rows(LINES, ViewSpec("", Direction.ALL, DATE, True), previous=by_number)
    assert list(newest_first.rows) == list(range(len(LINES)))[::-1]
    assert list(shown_rows(LINES, ViewSpec(), previous=newest_first).rows) == list(range(len(LINES)))


def test_model_shows_amounts_right_aligned_with_grouped_thousands(qtbot):
    model = StatementModel()
    model.set_statement(STATEMENT)
    assert model.rowCount() == len(LINES)
    row = next(i for i, line in enumerate(LINES) if line.debit >= 1000)
    index = model.index(row, DEBIT)
    line = LINES[row]
    whole, cents = f"{line.debit:.2f}".split(".")
    assert index.data().replace(",", "") == f"{whole}.{cents}" and "," in index.data()
    assert model.index(row, CREDIT).data() == ""
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert model.headerData(DEBIT, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) \
        & int(Qt.AlignmentFlag.AlignRight)
    assert model.index(row, PURPOSE).data() == line.purpose
    assert model.index(row, DATE).data() == line.date.strftime("%d.%m.%Y")


PAINTED_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole,
                 Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole,
                 Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ToolTipRole)


def test_a_cell_asked_for_all_its_roles_at_once_gives_what_each_role_gives(qtbot):
    own = make_statement(40, own_documents={3: "doc-3"})
    model = StatementModel()
    model.set_statement(own)
    model.set_own_documents(frozenset({"doc-3"}))
    for row in range(6):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in PAINTED_ROLES:
                asked = QModelRoleData(role)
                model.multiData(index, QModelRoleDataSpan(asked))
                assert asked.data() == index.data(role), (row, column, role)


def test_model_filters_between_the_clerks_events_and_the_newest_request_wins(qtbot):
    model = StatementModel()
    model.set_statement(STATEMENT)
    model.set_filter("оплата", Direction.ALL)
    model.set_filter("казахтелеком", Direction.DEBIT)
    assert model.busy
    qtbot.waitUntil(lambda: not model.busy, timeout=10_000)
    assert model.rowCount() == len(plain_scan("казахтелеком", Direction.DEBIT))
    debit, credit = model.shown_turnovers()
    assert debit == sum((LINES[i].debit for i in plain_scan("казахтелеком")), Decimal(0)) and credit == 0
    model.sort(DEBIT, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not model.busy, timeout=10_000)
    shown = [model.line(row).debit for row in range(model.rowCount())]
    assert shown == sorted(shown, reverse=True)
    model.set_filter("", Direction.ALL)
    qtbot.waitUntil(lambda: not model.busy, timeout=10_000)
    assert model.rowCount() == len(LINES)


def test_a_new_statement_keeps_the_clerks_filter(qtbot):
    model = StatementModel()
    model.set_statement(STATEMENT)
    model.set_filter("", Direction.CREDIT)
    qtbot.waitUntil(lambda: not model.busy, timeout=10_000)
    other = make_statement(500, seed=9)
    model.set_statement(other)
    qtbot.waitUntil(lambda: not model.busy, timeout=10_000)
    assert model.rowCount() == sum(1 for line in other.lines if line.credit)
