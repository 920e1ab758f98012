"""Account statements (docs/wire-protocol.md, "Statements"): balances, turnovers and lines by pages.

Lines come from two books: the history the demo bank was created with (`history_lines`, ids
`H…`) and the postings of executed documents (`postings`, ids `P…`). Booking order is the day,
then the id; ids are zero-padded so that their text order is that order. Days are the bank's
(Kazakhstan's) days, `booked_on` in both books: a posting's is written when it is booked
(refbank/bank_time.py), so a payment at 01:30 in Almaty (20:30 UTC the day before) is that day's.

A statement is a snapshot: the first page notes the last posting it counts, and every later page
(its cursor carries that number) counts only postings up to it. So the pages of one statement
agree on balances and turnovers even while the bank goes on executing documents.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from heapq import merge
from typing import Any

from bsclient.rules import bank_for_bic
from bsclient.rules.actual_parties import FIELDS as ACTUAL_PARTY_FIELDS
from bsclient.rules.actual_parties import ROLES as ACTUAL_PARTY_ROLES
from bsclient.rules.dates import parse_wire_date
from refbank.access.users import User
from refbank.db import from_tiyn
from refbank.errors import BankRefusal

DEFAULT_LIMIT = 5000
MAX_LIMIT = 20_000
MAX_DAYS = 3 * 366 + 1
_CURSOR = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})\.([HP])([0-9]{10})\.([0-9]{1,18})")
# The days a statement may cover: any account's whole life, and nothing a date's arithmetic overflows on.
EARLIEST_DAY = date(1990, 1, 1)
LATEST_DAY = date(2199, 12, 31)


@dataclass(frozen=True)
class Cursor:
    """Where a page ends: the last line's day, book (H or P) and number, and the snapshot's last posting."""

    day: str
    book: str
    number: int
    snapshot: int

    def text(self) -> str:
        return f"{self.day}.{self.book}{self.number:010d}.{self.snapshot}"

    @classmethod
    def parse(cls, text: str) -> Cursor:
        match = _CURSOR.fullmatch(text)
        if match is None or parse_wire_date(match[1]) is None:
            raise BankRefusal(400, "invalid_cursor", "The statement cursor {after} is not one this bank gave.",
                              after=text)
        return cls(match[1], match[2], int(match[3]), int(match[4]))


def _day(text: str | None) -> date:
    day = parse_wire_date(text)
    if day is None:
        raise ValueError(text)
    return day


def parse_period(date_from: str | None, date_to: str | None) -> tuple[date, date]:
    """The period from the query; 400 invalid_period when a date is missing, malformed or reversed."""
    try:
        first, last = _day(date_from), _day(date_to)
    except ValueError as exc:
        raise BankRefusal(400, "invalid_period", "The period needs its first and last day as YYYY-MM-DD dates.",
                          **{"from": date_from, "to": date_to}) from exc
    if first < EARLIEST_DAY or last > LATEST_DAY:
        raise BankRefusal(400, "invalid_period", "A statement covers days from {earliest} to {latest}.",
                          earliest=EARLIEST_DAY.isoformat(), latest=LATEST_DAY.isoformat(),
                          **{"from": first.isoformat(), "to": last.isoformat()})
    if first > last:
        raise BankRefusal(400, "invalid_period",
                          "The period starts ({from}) after it ends ({to}). Choose a first day on or before the last.",
                          **{"from": first.isoformat(), "to": last.isoformat()})
    if (last - first).days > MAX_DAYS:
        raise BankRefusal(400, "invalid_period",
                          "A statement covers at most three years; {from} to {to} is longer. Ask for a shorter period.",
                          **{"from": first.isoformat(), "to": last.isoformat()})
    return first, last


def statement_page(conn: sqlite3.Connection, user: User, iban: str, *, date_from: str | None,
                   date_to: str | None, after: str | None, limit: int | None) -> dict[str, Any]:
    """One page of the statement of `iban` (an account of the user's company) as the wire has it."""
    first, last = parse_period(date_from, date_to)
    limit = DEFAULT_LIMIT if limit is None else limit
    if not 1 <= limit <= MAX_LIMIT:
        raise BankRefusal(400, "invalid_limit", "A page holds 1 to {max} lines; {limit} was asked for.",
                          max=MAX_LIMIT, limit=limit)
    cursor = Cursor.parse(after) if after else None
    if cursor is not None and not first.isoformat() <= cursor.day <= last.isoformat():
        raise BankRefusal(400, "invalid_cursor", "The statement cursor {after} is not one this bank gave.", after=after)
    conn.execute("BEGIN")  # one read snapshot for the balances and the lines
    try:
        account = conn.execute("SELECT * FROM accounts WHERE iban = ? AND company_id = ?",
                               (iban, user.company_id)).fetchone()
        if account is None:
            raise BankRefusal(404, "account_unknown",
                              "The company has no account {iban} at this bank. Choose one of the company's accounts.",
                              iban=iban)
        snapshot = cursor.snapshot if cursor else _last_posting(conn)
        key = (_database_file(conn), iban, first, last, snapshot)
        figures = _figures_cache.get(key) if cursor else None
        if figures is None:
            figures = _figures(conn, account, first, last, snapshot)
            _remember(key, figures)
        lines, more = _lines(conn, user.company_id, iban, first=first, last=last, cursor=cursor,
                             snapshot=snapshot, limit=limit)
    finally:
        conn.execute("COMMIT")
    next_cursor = None
    if more:
        day, book, number = lines[-1][0]
        next_cursor = Cursor(day, book, number, snapshot).text()
    return {"iban": iban, "currency": account["currency"], "from": first.isoformat(), "to": last.isoformat(),
            **figures, "lines": [line for _key, line in lines], "next": next_cursor}


def statement_json(page: dict[str, Any]) -> bytes:
    """The page as JSON bytes: pages are large, and the plain encoder is many times faster."""
    return json.dumps(page, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# The figures of a snapshot never change (every change of a balance is a posting with a later id):
# the pages after the first reuse them instead of summing the period again.
_figures_cache: OrderedDict[tuple[Any, ...], dict[str, str]] = OrderedDict()
_FIGURES_KEPT = 64
_cache_lock = threading.Lock()


def _remember(key: tuple[Any, ...], figures: dict[str, str]) -> None:
    with _cache_lock:
        _figures_cache[key] = figures
        while len(_figures_cache) > _FIGURES_KEPT:
            _figures_cache.popitem(last=False)


def _database_file(conn: sqlite3.Connection) -> str:
    return str(conn.execute("PRAGMA database_list").fetchone()[2])


def _last_posting(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM postings").fetchone()[0])


def _figures(conn: sqlite3.Connection, account: sqlite3.Row, first: date, last: date,
             snapshot: int) -> dict[str, str]:
    """Opening and closing balance and turnovers, from the balance now less what moved since."""
    iban = account["iban"]
    begin = first.isoformat()
    after_end = (last + timedelta(days=1)).isoformat()
    balance = account["balance"] - _sum(conn, "SELECT SUM(amount) FROM postings WHERE iban = ? AND id > ?",
                                        (iban, snapshot))
    since = (_sum(conn, "SELECT SUM(amount) FROM history_lines WHERE iban = ? AND booked_on >= ?", (iban, begin))
             + _sum(conn, "SELECT SUM(amount) FROM postings WHERE iban = ? AND booked_on >= ? AND id <= ?",
                    (iban, begin, snapshot)))
    debit = credit = 0
    # Both books by the bank's day (`booked_on`; a posting's is its moment's day in the bank's time zone).
    for table, limit_snapshot in (("history_lines", ""), ("postings", " AND id <= :snapshot")):
        row = conn.execute(
            f"SELECT COALESCE(SUM(CASE WHEN amount < 0 THEN -amount ELSE 0 END), 0), "
            f"COALESCE(SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END), 0) FROM {table} "
            f"WHERE iban = :iban AND booked_on >= :begin AND booked_on < :after_end{limit_snapshot}",
            {"iban": iban, "begin": begin, "after_end": after_end, "snapshot": snapshot}).fetchone()
        debit += int(row[0])
        credit += int(row[1])
    opening = balance - since
    return {"opening_balance": from_tiyn(opening), "closing_balance": from_tiyn(opening + credit - debit),
            "total_debit": from_tiyn(debit), "total_credit": from_tiyn(credit)}


def _sum(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> int:
    return int(conn.execute(sql, params).fetchone()[0] or 0)


Key = tuple[str, str, int]


def _lines(conn: sqlite3.Connection, company_id: int, iban: str, *, first: date, last: date,
           cursor: Cursor | None, snapshot: int, limit: int) -> tuple[list[tuple[Key, dict[str, Any]]], bool]:
    """Up to `limit` lines after `cursor` in booking order, and whether more follow."""
    begin, end = first.isoformat(), last.isoformat()
    history = _history_after(conn, iban, begin=begin, end=end, cursor=cursor, limit=limit + 1)
    postings = _postings_after(conn, company_id, iban, begin=begin, end=end, cursor=cursor, snapshot=snapshot,
                               limit=limit + 1)
    lines = []
    for item in merge(history, postings, key=lambda pair: pair[0]):
        lines.append(item)
        if len(lines) > limit:
            return lines[:limit], True
    return lines, False


def _history_after(conn: sqlite3.Connection, iban: str, *, begin: str, end: str, cursor: Cursor | None,
                   limit: int) -> list[tuple[Key, dict[str, Any]]]:
    params: list[str | int]
    if cursor is None:
        where, params = "booked_on >= ?", [begin]
    elif cursor.book == "H":
        where, params = "(booked_on, id) > (?, ?) AND booked_on >= ?", [cursor.day, cursor.number, begin]
    else:  # a posting's day ended the last page: history lines of that day came before it
        where, params = "booked_on > ? AND booked_on >= ?", [cursor.day, begin]
    rows = conn.execute(
        f"SELECT * FROM history_lines WHERE iban = ? AND {where} AND booked_on <= ? "
        f"ORDER BY booked_on, id LIMIT ?", [iban, *params, end, limit]).fetchall()
    return [((row["booked_on"], "H", row["id"]), _wire_line(
        f"H{row['id']:010d}", row["booked_on"], number=row["number"], amount=row["amount"],
        counterparty={"name": row["counterparty_name"], "bin": row["counterparty_bin"],
                      "iban": row["counterparty_iban"], "bic": row["counterparty_bic"],
                      "bank_name": row["counterparty_bank"]},
        knp=row["knp"], purpose=row["purpose"], document_id=None)) for row in rows]


def _postings_after(conn: sqlite3.Connection, company_id: int, iban: str, *, begin: str, end: str,
                    cursor: Cursor | None, snapshot: int, limit: int) -> list[tuple[Key, dict[str, Any]]]:
    where = "p.booked_on >= ?"
    params: list[str | int] = [begin]
    if cursor is not None:
        if cursor.book == "P":
            where = "(p.booked_on, p.id) > (?, ?) AND " + where
            params = [cursor.day, cursor.number, *params]
        else:  # a history line ended the last page: postings of its day come after it
            where = "p.booked_on >= ? AND " + where
            params = [cursor.day, *params]
    rows = conn.execute(
        f"SELECT p.id, p.amount, p.booked_on, d.id AS document_id, d.company_id, d.content "
        f"FROM postings p JOIN documents d ON d.id = p.document_id "
        f"WHERE p.iban = ? AND {where} AND p.booked_on <= ? AND p.id <= ? "
        f"ORDER BY p.booked_on, p.id LIMIT ?", [iban, *params, end, snapshot, limit]).fetchall()
    result = []
    for row in rows:
        document = json.loads(row["content"])
        # The payer's line names the beneficiary, the beneficiary's line the payer.
        other = document["beneficiary"] if row["amount"] < 0 else document["payer"]
        day = row["booked_on"]
        result.append(((day, "P", row["id"]), _wire_line(
            f"P{row['id']:010d}", day, number=str(document.get("number", "")), amount=row["amount"],
            counterparty={"name": other.get("name", ""), "bin": other.get("bin", ""), "iban": other.get("iban", ""),
                          "bic": other.get("bic", ""), "bank_name": bank_name(other.get("bic", ""))},
            knp=str(document.get("knp", "")), purpose=str(document.get("purpose", "")),
            document_id=row["document_id"] if row["company_id"] == company_id else None)))
        for role in ACTUAL_PARTY_ROLES:  # only when the document names them
            if isinstance(document.get(role), dict):
                result[-1][1][role] = {key: str(document[role].get(key, "")) for key in ACTUAL_PARTY_FIELDS}
    return result


def _wire_line(line_id: str, day: str, *, number: str, amount: int, counterparty: dict[str, str], knp: str,
               purpose: str, document_id: str | None) -> dict[str, Any]:
    return {"id": line_id, "date": day, "number": number, "counterparty": counterparty, "knp": knp,
            "purpose": purpose, "debit": from_tiyn(-amount) if amount < 0 else "0.00",
            "credit": from_tiyn(amount) if amount > 0 else "0.00", "document_id": document_id}


@lru_cache(maxsize=256)
def bank_name(bic: str) -> str:
    """The official name of the bank with this BIC in the register, or ""."""
    bank = bank_for_bic(bic)
    return bank.name if bank is not None else ""
