"""R1.8 in the client: quick periods, the chart's balances, and fetch_statement's checks of what
the bank sends (arithmetic, pages that disagree, a line sent twice), progress and cancelling."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from bsclient.client.statements.statement import (
    PAUSE_LINES,
    StatementCancelled,
    StatementError,
    fetch_statement,
    quick_period,
)
from bsclient.formatting import money
from tests.helpers.statement_samples import sample_statement


@pytest.mark.parametrize("name, today, expected", [
    ("today", dt.date(2026, 11, 23), (dt.date(2026, 11, 23), dt.date(2026, 11, 23))),
    ("yesterday", dt.date(2026, 1, 1), (dt.date(2025, 12, 31), dt.date(2025, 12, 31))),
    ("this_month", dt.date(2026, 11, 23), (dt.date(2026, 11, 1), dt.date(2026, 11, 23))),
    ("last_month", dt.date(2026, 1, 15), (dt.date(2025, 12, 1), dt.date(2025, 12, 31))),
    ("last_month", dt.date(2024, 3, 31), (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
])
def test_quick_periods(name: str, today: dt.date, expected: tuple[dt.date, dt.date]):
    assert quick_period(name, today) == expected


def test_an_unknown_quick_period_is_a_programming_error():
    with pytest.raises(ValueError):
        quick_period("next_week", dt.date(2026, 11, 23))


def test_balances_for_the_chart_are_end_of_day_balances():
    statement = sample_statement(days=3, per_day=4)
    balances = statement.balances()
    assert [day for day, _ in balances] == [statement.date_from + dt.timedelta(days=k) for k in range(3)]
    assert balances[-1][1] == statement.closing_balance
    first_day = [line for line in statement.lines if line.date == statement.date_from]
    assert balances[0][1] == statement.opening_balance + sum(line.credit - line.debit for line in first_day)
    assert sample_statement(days=0).balances() == []


def wire(statement: Any, lines: Any, next_cursor: str | None, **overrides: str) -> dict[str, Any]:
    page = {"iban": statement.iban, "currency": statement.currency, "from": statement.date_from.isoformat(),
            "to": statement.date_to.isoformat(), "opening_balance": f"{statement.opening_balance:.2f}",
            "closing_balance": f"{statement.closing_balance:.2f}", "total_debit": f"{statement.total_debit:.2f}",
            "total_credit": f"{statement.total_credit:.2f}", "next": next_cursor,
            "lines": [{"id": line.id, "date": line.date.isoformat(), "number": line.number,
                       "counterparty": {"name": line.counterparty.name, "bin": line.counterparty.bin,
                                        "iban": line.counterparty.iban, "bic": line.counterparty.bic,
                                        "bank_name": line.counterparty.bank_name},
                       "knp": line.knp, "purpose": line.purpose, "debit": f"{line.debit:.2f}", "credit": f"{line.credit:.2f}",
                       "document_id": line.document_id} for line in lines]}
    page.update(overrides)
    return page


class FakeBank:
    """Serves a statement in pages, as refbank's wire has them; `tamper` changes a page on its way."""

    def __init__(self, statement: Any, tamper: Any = None) -> None:
        self.statement, self.tamper, self.calls = statement, tamper, []

    def statement_page(self, iban: str, date_from: dt.date, date_to: dt.date, *, after: str | None = None,
                       limit: int = 5000) -> dict[str, Any]:
        self.calls.append(after)
        start = int(after or 0)
        end = min(start + limit, len(self.statement.lines))
        page = wire(self.statement, self.statement.lines[start:end],
                    str(end) if end < len(self.statement.lines) else None)
        return self.tamper(page, len(self.calls)) if self.tamper else page


def test_fetch_reads_every_page_and_reports_progress():
    statement = sample_statement(days=5, per_day=7)
    progress: list[int] = []
    fetched = fetch_statement(FakeBank(statement), statement.iban, statement.date_from, statement.date_to,
                              on_progress=progress.append, page_lines=10)
    assert fetched == statement
    assert progress == [10, 20, 30, 35]
    # lines that share a counterparty share one object: a 200,000-line statement stays small
    assert len({id(line.counterparty) for line in fetched.lines}) == 3


def test_fetch_hands_over_each_pages_lines_as_they_are_read():
    statement = sample_statement(days=5, per_day=7)
    pages: list[list] = []
    fetched = fetch_statement(FakeBank(statement), statement.iban, statement.date_from, statement.date_to,
                              on_lines=pages.append, page_lines=10)
    assert [len(page) for page in pages] == [10, 10, 10, 5]
    # the very objects of the statement, in its order: a window showing them early shows the same lines
    assert all(a is b for a, b in zip([line for page in pages for line in page], fetched.lines, strict=True))


def test_fetch_pauses_after_each_part_of_a_page_and_reads_the_same_lines():
    statement = sample_statement(days=40, per_day=30)  # 1,200 lines
    page_lines = 2 * PAUSE_LINES + 100
    read_when_paused: list[int] = []
    lines: list = []
    fetched = fetch_statement(FakeBank(statement), statement.iban, statement.date_from, statement.date_to,
                              on_lines=lines.extend, page_lines=page_lines,
                              pause=lambda: read_when_paused.append(len(lines)))
    assert fetched.lines == statement.lines and lines == list(fetched.lines)
    pages = -(-len(statement.lines) // page_lines)
    parts_per_page = -(-page_lines // PAUSE_LINES)
    assert len(read_when_paused) >= (pages - 1) * parts_per_page  # the pause came inside each page, not only between


def test_fetch_stops_when_cancelled_between_pages():
    statement = sample_statement(days=5, per_day=7)
    bank = FakeBank(statement)
    progress: list[int] = []
    with pytest.raises(StatementCancelled):
        fetch_statement(bank, statement.iban, statement.date_from, statement.date_to, page_lines=10,
                        on_progress=progress.append, cancelled=lambda: len(progress) == 2)
    assert len(bank.calls) == 2


def test_a_statement_that_does_not_add_up_is_refused():
    statement = sample_statement()
    bank = FakeBank(statement, lambda page, _: {**page, "closing_balance": "1.00"})
    with pytest.raises(StatementError) as caught:
        fetch_statement(bank, statement.iban, statement.date_from, statement.date_to)
    # the amount as the formatter writes it in the interface's language (1.00 in English, 1,00 in kk/ru)
    assert "does not add up" in str(caught.value) and money(Decimal("1.00")) in str(caught.value)


def test_turnovers_that_are_not_the_sums_of_the_lines_are_refused():
    statement = sample_statement()
    more = statement.total_debit + 1

    def inflated(page: dict[str, Any], _call: int) -> dict[str, Any]:
        closing = Decimal(page["opening_balance"]) + Decimal(page["total_credit"]) - more
        return {**page, "total_debit": f"{more:.2f}", "closing_balance": f"{closing:.2f}"}

    with pytest.raises(StatementError) as caught:
        fetch_statement(FakeBank(statement, inflated), statement.iban, statement.date_from, statement.date_to)
    assert "its lines total" in str(caught.value)


def test_pages_that_disagree_or_repeat_a_line_are_refused():
    statement = sample_statement(days=3, per_day=10)
    changed = FakeBank(statement, lambda page, call: {**page, "opening_balance": "0.00"} if call == 2 else page)
    with pytest.raises(StatementError) as caught:
        fetch_statement(changed, statement.iban, statement.date_from, statement.date_to, page_lines=10)
    assert "changed while it was being fetched" in str(caught.value)

    def repeat(page: dict[str, Any], call: int) -> dict[str, Any]:
        return {**page, "lines": page["lines"] + page["lines"][:1]} if call == 1 else page

    with pytest.raises(StatementError):
        fetch_statement(FakeBank(statement, repeat), statement.iban, statement.date_from, statement.date_to,
                        page_lines=10)


def test_lines_out_of_booking_order_are_taken_once_each_and_a_repeated_one_still_refused():
    statement = sample_statement(days=3, per_day=10)

    def reversed_second(page: dict[str, Any], call: int) -> dict[str, Any]:
        return {**page, "lines": page["lines"][::-1]} if call == 2 else page

    fetched = fetch_statement(FakeBank(statement, reversed_second), statement.iban, statement.date_from,
                              statement.date_to, page_lines=10)
    assert sorted(line.id for line in fetched.lines) == sorted(line.id for line in statement.lines)

    def reversed_then_repeated(page: dict[str, Any], call: int) -> dict[str, Any]:
        if call == 2:
            return {**page, "lines": page["lines"][::-1]}
        return {**page, "lines": page["lines"][:1] + page["lines"]} if call == 3 else page

    with pytest.raises(StatementError) as caught:
        fetch_statement(FakeBank(statement, reversed_then_repeated), statement.iban, statement.date_from,
                        statement.date_to, page_lines=10)
    assert "changed while it was being fetched" in str(caught.value)


def test_an_unreadable_page_is_a_statement_error():
    statement = sample_statement()
    bank = FakeBank(statement, lambda page, _: {**page, "lines": [{"id": "x"}]})
    with pytest.raises(StatementError) as caught:
        fetch_statement(bank, statement.iban, statement.date_from, statement.date_to)
    assert "could not be read" in str(caught.value)


@pytest.mark.parametrize("field, text", [
    ("debit", "sNaN"), ("debit", "NaN"), ("credit", "Infinity"), ("debit", "1E+3"), ("credit", "-5.00"),
    ("debit", "5"), ("credit", "5.5"), ("debit", "5.000"), ("credit", " 5.00"), ("debit", "5.00\n"),
    ("credit", "+5.00"), ("debit", "١٢.٠٠"), ("credit", 5), ("debit", None),
])
def test_a_line_amount_not_in_the_wires_form_is_a_statement_error(field: str, text: Any):
    """Amounts are digits, a point and two decimals; anything else Decimal() would take (a signalling
    NaN crashed the arithmetic check) is refused as an unreadable statement."""
    statement = sample_statement(days=1, per_day=3)

    def spoil(page: dict[str, Any], _call: int) -> dict[str, Any]:
        lines = [dict(line) for line in page["lines"]]
        lines[1][field] = text
        return {**page, "lines": lines}

    with pytest.raises(StatementError) as caught:
        fetch_statement(FakeBank(statement, spoil), statement.iban, statement.date_from, statement.date_to)
    assert "could not be read" in str(caught.value)


@pytest.mark.parametrize("field, text", [
    ("opening_balance", "sNaN"), ("closing_balance", "NaN"), ("opening_balance", "1E+6"),
    ("closing_balance", "-Infinity"), ("total_debit", "-1.00"), ("total_credit", "sNaN"),
    ("opening_balance", "--1.00"), ("closing_balance", "1.0"),
])
def test_a_balance_or_turnover_not_in_the_wires_form_is_a_statement_error(field: str, text: str):
    statement = sample_statement(days=1, per_day=3)
    bank = FakeBank(statement, lambda page, _: {**page, field: text})
    with pytest.raises(StatementError) as caught:
        fetch_statement(bank, statement.iban, statement.date_from, statement.date_to)
    assert "could not be read" in str(caught.value)


def test_negative_balances_and_zero_amounts_are_read():
    """An overdraft: the balances may be negative (a minus, two decimals); line amounts never are."""
    statement = sample_statement(days=1, per_day=3, opening=Decimal("-5000.00"))
    fetched = fetch_statement(FakeBank(statement), statement.iban, statement.date_from, statement.date_to)
    assert fetched == statement and fetched.opening_balance == Decimal("-5000.00")
