"""Account statements (R1.8): the bank's lines for an account and a period, fetched page by page.

`fetch_statement` runs off the GUI thread; it hands over each page's lines as they arrive (a window
shows them while the rest streams in), stops when asked, and refuses a statement whose balances do
not add up: lines handed over before that refusal were never checked, so a window drops them then.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message

PAGE_LINES = 5000
PAUSE_LINES = 250  # fetch_statement's `pause()` comes between parts of a page this long (about a millisecond)
# The wire's amounts (docs/wire-protocol.md): digits, a point, two decimals. Decimal() alone would
# also take "sNaN", "Infinity", "1E+3", "１２.００" or a sign, and a NaN breaks the arithmetic checks.
_LINE_AMOUNT = re.compile(r"[0-9]+\.[0-9]{2}")
_BALANCE = re.compile(r"-?[0-9]+\.[0-9]{2}")
QUICK_PERIODS = ("today", "yesterday", "this_month", "last_month")


@dataclass(frozen=True, slots=True)
class Counterparty:
    """The other side of a line: name, IIN/BIN, IIK, its bank's BIC and name ("" when the bank has none)."""

    name: str
    bin: str
    iban: str
    bic: str
    bank_name: str


@dataclass(frozen=True, slots=True)
class ActualPartyOfLine:
    """The actual payer or beneficiary the line's document names: name, IIN/BIN, country of residence."""

    name: str
    bin: str
    country: str


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One booked transaction; `document_id` is our document's id when the line is one of our orders;
    `actual_payer` / `actual_beneficiary` when its document names them."""

    id: str
    date: date
    number: str
    counterparty: Counterparty
    knp: str
    purpose: str
    debit: Decimal
    credit: Decimal
    document_id: str | None
    actual_payer: ActualPartyOfLine | None = None
    actual_beneficiary: ActualPartyOfLine | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """An account's statement for a period: balances, turnovers and the lines in booking order."""

    iban: str
    currency: str
    date_from: date
    date_to: date
    opening_balance: Decimal
    closing_balance: Decimal
    total_debit: Decimal
    total_credit: Decimal
    lines: tuple[StatementLine, ...]

    def balances(self) -> list[tuple[date, Decimal]]:
        """The end-of-day balance of each day with a movement, in date order (for the chart)."""
        result: list[tuple[date, Decimal]] = []
        balance = self.opening_balance
        for line in self.lines:
            balance += line.credit - line.debit
            if result and result[-1][0] == line.date:
                result[-1] = (line.date, balance)
            else:
                result.append((line.date, balance))
        return result


class StatementError(ClerkError):
    """The bank's statement cannot be used: its balances do not add up, or it changed while fetched."""


class StatementCancelled(Exception):  # noqa: N818 - a cancellation the clerk asked for, not an error
    """The clerk stopped the fetching of a statement (not an error: nothing to show)."""


def quick_period(name: str, today: date) -> tuple[date, date]:
    """The first and last day of a named period: today, yesterday, this_month or last_month."""
    if name == "today":
        return today, today
    if name == "yesterday":
        day = today - timedelta(days=1)
        return day, day
    if name == "this_month":
        return today.replace(day=1), today
    if name == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last.replace(day=calendar.monthrange(last.year, last.month)[1])
    raise ValueError(f"unknown quick period {name!r}; one of {', '.join(QUICK_PERIODS)}")


class StatementPages(Protocol):
    """What fetching a statement needs of the bank (BankApi has it): one page of an account's lines."""

    def statement_page(self, iban: str, date_from: date, date_to: date, *, after: str | None = None,
                       limit: int = PAGE_LINES) -> Mapping[str, Any]: ...


def fetch_statement(api: StatementPages, iban: str, date_from: date, date_to: date, *,
                    on_progress: Callable[[int], None] | None = None,
                    on_lines: Callable[[list[StatementLine]], None] | None = None,
                    cancelled: Callable[[], bool] | None = None,
                    pause: Callable[[], None] | None = None,
                    page_lines: int = PAGE_LINES) -> Statement:
    """The whole statement, page after page; StatementCancelled when `cancelled()` turns true,
    StatementError when the bank's figures do not add up, BankError when the bank refuses.

    `on_lines(lines)` gets each page's new lines, in booking order, as soon as they are read; the
    statement returned holds the same line objects in the same order. `pause()` is called after each
    PAUSE_LINES lines read (a window's worker lets the window run there)."""
    reader = _StatementReader(pause)
    after: str | None = None
    first: Mapping[str, Any] | None = None
    while True:
        if cancelled is not None and cancelled():
            raise StatementCancelled()
        page = api.statement_page(iban, date_from, date_to, after=after, limit=page_lines)
        try:
            if first is None:
                first = page
            elif _balances(page) != _balances(first):
                raise StatementError(_changed_while_fetched())
            added = reader.add(page["lines"])
            after = page.get("next")
        except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
            raise StatementError(_unreadable()) from exc
        if on_lines is not None and added:
            on_lines(added)
        if on_progress is not None:
            on_progress(len(reader.lines))
        if not after:
            break
    assert first is not None
    return checked_statement(first, reader.lines)


def checked_statement(page: Mapping[str, Any], lines: Iterable[StatementLine]) -> Statement:
    """A Statement from the bank's header and all its lines, once the arithmetic holds."""
    try:
        statement = Statement(
            iban=str(page["iban"]), currency=str(page["currency"]),
            date_from=date.fromisoformat(page["from"]), date_to=date.fromisoformat(page["to"]),
            opening_balance=_wire_amount(page["opening_balance"], _BALANCE),
            closing_balance=_wire_amount(page["closing_balance"], _BALANCE),
            total_debit=_wire_amount(page["total_debit"], _LINE_AMOUNT),
            total_credit=_wire_amount(page["total_credit"], _LINE_AMOUNT),
            lines=tuple(lines))
    except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
        raise StatementError(_unreadable()) from exc
    check_arithmetic(statement)
    return statement


def check_arithmetic(statement: Statement) -> None:
    """StatementError unless opening + credits - debits = closing and the turnovers are the lines' sums."""
    debit = sum((line.debit for line in statement.lines), Decimal(0))
    credit = sum((line.credit for line in statement.lines), Decimal(0))
    expected = statement.opening_balance + statement.total_credit - statement.total_debit
    if expected != statement.closing_balance:
        raise StatementError(Message("Statement", QT_TRANSLATE_NOOP(
            "Statement", "The bank's statement of {iban} does not add up: opening balance {opening} + credits {credit} - debits {debit} is {expected}, but the bank says the closing balance is {closing}. Do not rely on it; call the bank."),
            {"iban": statement.iban, "opening": statement.opening_balance, "credit": statement.total_credit,
             "debit": statement.total_debit, "expected": expected, "closing": statement.closing_balance}))
    if (debit, credit) != (statement.total_debit, statement.total_credit):
        raise StatementError(Message("Statement", QT_TRANSLATE_NOOP(
            "Statement", "The bank's statement of {iban} does not add up: its lines total {debit} debit and {credit} credit, but the bank's turnovers are {total_debit} and {total_credit}. Fetch it again; if this repeats, call the bank."),
            {"iban": statement.iban, "debit": debit, "credit": credit,
             "total_debit": statement.total_debit, "total_credit": statement.total_credit}))


class _StatementReader:
    """Turns the wire's lines into StatementLines, sharing equal counterparties, dates, KNPs and purposes
    (memory: a year's salaries, taxes and fees repeat their purposes thousands of times)."""

    def __init__(self, pause: Callable[[], None] | None = None) -> None:
        self.lines: list[StatementLine] = []
        self._pause = pause
        self._parties: dict[tuple[str, ...], Counterparty] = {}
        self._dates: dict[str, date] = {}
        self._last: tuple[date, str] | None = None  # the last line's (day, id), while lines keep the wire's order
        self._ids: set[str] | None = None  # every id read, once a line came out of that order
        self._zero = Decimal("0.00")
        self._shared: dict[str, str] = {}  # KNPs and purposes

    def add(self, wire_lines: list[dict[str, Any]]) -> list[StatementLine]:
        """The page's lines, also kept in `lines`."""
        added: list[StatementLine] = []
        for start in range(0, len(wire_lines), PAUSE_LINES):
            added.extend([self._line(item) for item in wire_lines[start:start + PAUSE_LINES]])
            if self._pause is not None:
                self._pause()
        self._refuse_lines_read_before(added)
        self.lines.extend(added)
        return added

    def _refuse_lines_read_before(self, added: list[StatementLine]) -> None:
        """StatementError when a line was read before (the statement changed while it was fetched). Lines
        in the wire's booking order (day, then id) are new by that order alone; the ids read are kept in
        a set (8 MB for 200,000 lines) only once a line comes out of it."""
        seen = self._ids
        for position, line in enumerate(added):
            if seen is None:
                key = (line.date, line.id)
                if self._last is None or key > self._last:
                    self._last = key
                    continue
                seen = self._ids = {read.id for read in self.lines} | {read.id for read in added[:position]}
            if line.id in seen:
                raise StatementError(_changed_while_fetched())
            seen.add(line.id)

    def _amount(self, text: str) -> Decimal:
        return self._zero if text == "0.00" else _wire_amount(text, _LINE_AMOUNT)

    def _line(self, item: dict[str, Any]) -> StatementLine:
        party = item["counterparty"]
        key = (party["name"] or "", party["bin"] or "", party["iban"] or "", party["bic"] or "",
               party["bank_name"] or "")
        counterparty = self._parties.get(key)
        if counterparty is None:
            counterparty = self._parties[key] = Counterparty(*key)
        day = self._dates.get(item["date"])
        if day is None:
            day = self._dates[item["date"]] = date.fromisoformat(item["date"])
        share = self._shared.setdefault
        knp, purpose = str(item["knp"] or ""), str(item["purpose"] or "")
        payer, beneficiary = item.get("actual_payer"), item.get("actual_beneficiary")
        # positional: a frozen dataclass's keywords cost a fifth of the line's reading
        return StatementLine(str(item["id"]), day, str(item["number"] or ""), counterparty, share(knp, knp),
                             share(purpose, purpose), self._amount(item["debit"]), self._amount(item["credit"]),
                             item.get("document_id") or None,
                             _actual_party(payer) if payer else None,
                             _actual_party(beneficiary) if beneficiary else None)


def _actual_party(item: object) -> ActualPartyOfLine | None:
    if not isinstance(item, dict):
        return None
    return ActualPartyOfLine(str(item.get("name") or ""), str(item.get("bin") or ""), str(item.get("country") or ""))


def _wire_amount(text: object, form: re.Pattern[str]) -> Decimal:
    """The amount the wire writes as `text`; StatementError (unreadable) unless it has the wire's form."""
    if not isinstance(text, str) or form.fullmatch(text) is None:
        raise StatementError(_unreadable())
    return Decimal(text)


def _balances(page: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(page[name] for name in ("iban", "from", "to", "opening_balance", "closing_balance",
                                         "total_debit", "total_credit"))


def _changed_while_fetched() -> Message:
    return Message("Statement", QT_TRANSLATE_NOOP(
        "Statement", "The bank's statement changed while it was being fetched. Fetch it again."))


def _unreadable() -> Message:
    return Message("Statement", QT_TRANSLATE_NOOP(
        "Statement", "The bank's statement could not be read. Try again; if this repeats, call the bank."))
