"""R1.8 on the bank's own data: the demo history, the statement's arithmetic, paging and refusals.

These tests call refbank's statement logic on a real bank database (refbank's schema, the demo
customers, a year of history, documents executed by refbank's executor); the wire and the client
are tested end to end in test_statement_e2e.py.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from refbank.access.users import User, user_from_row
from refbank.bank_time import BANK_TIMEZONE
from refbank.db import Database, immediate
from refbank.demo_bank import create_demo_customers
from refbank.documents.execution import execute_document
from refbank.errors import BankRefusal
from refbank.statements.history import generate_history
from refbank.statements.pages import statement_page

pytestmark = pytest.mark.integration  # a year of the bank's history in its database, and `refbank init`

# A known business day (a Wednesday), not the machine's: the demo history books lines on business days
# only, and executed payments are booked on the bank's (Almaty's) day of their moment.
TODAY = date(2026, 11, 18)
NOON = datetime(2026, 11, 18, 12, 0, tzinfo=BANK_TIMEZONE).timestamp()
YEAR_AGO = TODAY - timedelta(days=365)


class Bank:
    def __init__(self, path: Path, *, lines: int, history_until: date = TODAY) -> None:
        self.database = Database(path)
        self.database.create()
        with self.database.connection() as conn, immediate(conn):
            self.created = create_demo_customers(conn, "TSESKZKA")
            self.history_lines = generate_history(conn, self.created, lines=lines, today=history_until)
        company = self.created["company"]["bin"]
        self.own = [a for a in self.created["accounts"] if a["company_bin"] == company]
        self.current = next(a["iban"] for a in self.own if a["title"] == "Current account")
        self.partner = next(a["iban"] for a in self.created["accounts"] if a["company_bin"] != company)

    def user(self, login: str = "clerk") -> User:
        with self.database.connection() as conn:
            return user_from_row(conn.execute("SELECT * FROM users WHERE login = ?", (login,)).fetchone())

    def partner_user(self) -> User:
        with self.database.connection() as conn:
            company = conn.execute("SELECT company_id FROM accounts WHERE iban = ?", (self.partner,)).fetchone()
        clerk = self.user()
        return User(clerk.id, clerk.login, clerk.full_name, clerk.iin, company["company_id"], clerk.sign_right)

    def page(self, iban: str, first: date, last: date, *, after: str | None = None, limit: int | None = None,
             user: User | None = None) -> dict[str, Any]:
        with self.database.connection() as conn:
            return statement_page(conn, user or self.user(), iban, date_from=first.isoformat(),
                                  date_to=last.isoformat(), after=after, limit=limit)

    def all_pages(self, iban: str, first: date, last: date, limit: int) -> list[dict[str, Any]]:
        pages = [self.page(iban, first, last, limit=limit)]
        while pages[-1]["next"]:
            pages.append(self.page(iban, first, last, after=pages[-1]["next"], limit=limit))
        return pages

    def balance(self, iban: str) -> Decimal:
        with self.database.connection() as conn:
            return Decimal(conn.execute("SELECT balance FROM accounts WHERE iban = ?", (iban,)).fetchone()[0]) / 100

    def execute_payment(self, amount: str, *, payer: str | None = None, beneficiary: str | None = None,
                        now: float | None = None) -> str:
        """A payment order of the demo company, received and executed by refbank's executor code."""
        payer, beneficiary = payer or self.current, beneficiary or self.partner
        doc_id = str(uuid.uuid4())
        company, partner = self.created["companies"]
        document = {"schema": "kz.payment-order/1", "id": doc_id, "number": "41", "date": TODAY.isoformat(),
                    "value_date": TODAY.isoformat(), "currency": "KZT", "amount": amount,
                    "payer": {"name": company["name"], "bin": company["bin"], "iban": payer, "bic": "TSESKZKA",
                              "code": "17"},
                    "beneficiary": {"name": partner["name"], "bin": partner["bin"], "iban": beneficiary,
                                    "bic": "TSESKZKA", "code": "17"},
                    "knp": "710", "purpose": "Оплата по счёту № 7 за услуги"}
        tiyn = int(Decimal(amount) * 100)
        with self.database.connection() as conn:
            with immediate(conn):
                company_id = conn.execute("SELECT company_id FROM accounts WHERE iban = ?", (payer,)).fetchone()[0]
                conn.execute(
                    "INSERT INTO documents (id, company_id, submitted_by, content, schema, status, amount, currency, "
                    "payer_iban, beneficiary_iban, received_at, execute_after) "
                    "VALUES (?, ?, ?, ?, 'kz.payment-order/1', 'accepted', ?, 'KZT', ?, ?, ?, ?)",
                    (doc_id, company_id, self.user().id, json.dumps(document, ensure_ascii=False).encode(), tiyn,
                     payer, beneficiary, "2026-01-01T00:00:00Z", 0))
                conn.execute("UPDATE accounts SET available = available - ? WHERE iban = ?", (tiyn, payer))
            execute_document(conn, doc_id, NOON if now is None else now)
        return doc_id


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Bank:
    return Bank(tmp_path_factory.mktemp("statement-bank") / "bank.sqlite3", lines=30_000)


def amounts(page: dict[str, Any]) -> tuple[Decimal, ...]:
    return tuple(Decimal(page[name]) for name in ("opening_balance", "total_credit", "total_debit", "closing_balance"))


def test_a_year_of_history_has_tens_of_thousands_of_lines_and_agrees_with_the_balances(bank: Bank):
    """R1.8: the demo company's year; balance now = opening + credits - debits on every account."""
    with bank.database.connection() as conn:
        for account in bank.own:
            rows = conn.execute("SELECT booked_on, amount FROM history_lines WHERE iban = ? ORDER BY booked_on, id",
                                (account["iban"],)).fetchall()
            statement = bank.page(account["iban"], YEAR_AGO, TODAY, limit=1)
            opening, credit, debit, closing = amounts(statement)
            assert closing == Decimal(account["balance"]) == bank.balance(account["iban"])
            assert opening + credit - debit == closing
            assert sum(Decimal(r["amount"]) for r in rows) / 100 == credit - debit
            running = opening * 100
            for row in rows:  # never below zero on any day
                running += row["amount"]
                assert running >= 0, (account["title"], row["booked_on"])
            assert min(r["booked_on"] for r in rows) >= YEAR_AGO.isoformat()
            assert max(r["booked_on"] for r in rows) < TODAY.isoformat()
    current = conn_count(bank, bank.current)
    assert 20_000 <= current <= 40_000
    with bank.database.connection() as conn:
        kinds = {row[0] for row in conn.execute("SELECT DISTINCT knp FROM history_lines")}
    assert {"710", "010", "012", "911", "311"} <= kinds  # customers, pension, social, income tax, salary


def conn_count(bank: Bank, iban: str) -> int:
    with bank.database.connection() as conn:
        return conn.execute("SELECT COUNT(*) FROM history_lines WHERE iban = ?", (iban,)).fetchone()[0]


def test_the_history_is_deterministic_and_its_size_is_chosen(tmp_path: Path):
    small = [Bank(tmp_path / f"{n}.sqlite3", lines=2_000) for n in range(2)]
    def lines(b: Bank) -> list[tuple[Any, ...]]:
        with b.database.connection() as conn:
            own = b.created["company"]["bin"]  # random per bank, like its IIKs
            return [tuple("own" if value == own else value for value in r) for r in conn.execute(
                "SELECT booked_on, number, amount, counterparty_name, counterparty_bin, knp, purpose "
                "FROM history_lines WHERE iban = ? ORDER BY id", (b.current,))]
    assert lines(small[0]) == lines(small[1])
    assert 1_000 <= len(lines(small[0])) <= 3_000
    assert Bank(tmp_path / "none.sqlite3", lines=0).history_lines == 0


def test_turnovers_are_the_sums_of_the_lines_and_every_page_adds_up(bank: Bank):
    """R1.8: opening + credits - debits = closing on every page and across pages."""
    pages = bank.all_pages(bank.current, YEAR_AGO, TODAY, limit=4_000)
    assert len(pages) > 5
    lines = [line for page in pages for line in page["lines"]]
    for page in pages:
        opening, credit, debit, closing = amounts(page)
        assert opening + credit - debit == closing
        assert amounts(page) == amounts(pages[0])
    assert sum(Decimal(line["credit"]) for line in lines) == Decimal(pages[0]["total_credit"])
    assert sum(Decimal(line["debit"]) for line in lines) == Decimal(pages[0]["total_debit"])
    assert all((Decimal(line["debit"]) == 0) != (Decimal(line["credit"]) == 0) for line in lines)


def test_consecutive_periods_chain(bank: Bank):
    """R1.8: the closing balance of one month is the opening balance of the next."""
    starts = [date(YEAR_AGO.year + (YEAR_AGO.month - 1 + k) // 12, (YEAR_AGO.month - 1 + k) % 12 + 1, 1)
              for k in range(14)]
    months = [(start, following - timedelta(days=1)) for start, following in pairwise(starts)]
    statements = [bank.page(bank.current, first, last, limit=1) for first, last in months]
    for earlier, later in pairwise(statements):
        assert earlier["closing_balance"] == later["opening_balance"]
    year = bank.page(bank.current, months[0][0], months[-1][1], limit=1)
    assert year["opening_balance"] == statements[0]["opening_balance"]
    assert year["closing_balance"] == statements[-1]["closing_balance"]
    assert sum(Decimal(s["total_credit"]) for s in statements) == Decimal(year["total_credit"])
    assert sum(Decimal(s["total_debit"]) for s in statements) == Decimal(year["total_debit"])
    day = bank.page(bank.current, YEAR_AGO + timedelta(days=40), YEAR_AGO + timedelta(days=40))
    after = bank.page(bank.current, YEAR_AGO + timedelta(days=41), YEAR_AGO + timedelta(days=41))
    assert day["closing_balance"] == after["opening_balance"]


@pytest.mark.parametrize("limit", [1, 7, 333, 5_000])
def test_paging_loses_and_repeats_no_line(bank: Bank, limit: int):
    first, last = YEAR_AGO + timedelta(days=100), YEAR_AGO + timedelta(days=100 if limit < 10 else 130)
    whole = bank.page(bank.current, first, last, limit=20_000)
    assert whole["next"] is None
    pages = bank.all_pages(bank.current, first, last, limit)
    ids = [line["id"] for page in pages for line in page["lines"]]
    assert ids == [line["id"] for line in whole["lines"]]
    assert len(set(ids)) == len(ids)
    keys = [(line["date"], line["id"]) for line in whole["lines"]]
    assert keys == sorted(keys)  # booking order: the day, then the id
    assert all(len(page["lines"]) == limit for page in pages[:-1])


def test_a_page_that_ends_with_the_last_line_says_no_more(bank: Bank):
    first, last = YEAR_AGO + timedelta(days=120), YEAR_AGO + timedelta(days=126)  # a week: business days in it
    count = len(bank.page(bank.current, first, last)["lines"])
    assert count > 2
    assert bank.page(bank.current, first, last, limit=count)["next"] is None
    assert bank.page(bank.current, first, last, limit=count - 1)["next"] is not None


def test_the_cursor_is_stable_and_pages_keep_their_snapshot_while_the_bank_executes(tmp_path: Path):
    """Lines of executed payments join the history on the same day; a statement being paged through
    keeps the figures of its first page, and a new one shows the payment."""
    bank = Bank(tmp_path / "bank.sqlite3", lines=1_500, history_until=TODAY + timedelta(days=1))
    before = bank.page(bank.current, TODAY, TODAY, limit=3)
    assert before["next"]
    again = bank.page(bank.current, TODAY, TODAY, after=before["next"], limit=3)
    doc_id = bank.execute_payment("1234.56")
    later = bank.page(bank.current, TODAY, TODAY, after=before["next"], limit=3)
    assert later == again  # same cursor, same page
    rest = bank.all_pages(bank.current, TODAY, TODAY, limit=20_000)[0]
    old = [later]
    while old[-1]["next"]:
        old.append(bank.page(bank.current, TODAY, TODAY, after=old[-1]["next"], limit=3))
    assert all(amounts(page) == amounts(before) for page in old)
    assert doc_id not in {line["document_id"] for page in old for line in page["lines"]}
    fresh = rest
    assert Decimal(fresh["closing_balance"]) == Decimal(before["closing_balance"]) - Decimal("1234.56")
    ours = [line for line in fresh["lines"] if line["document_id"] == doc_id]
    assert len(ours) == 1 and ours[0]["debit"] == "1234.56" and ours[0]["id"].startswith("P")
    assert fresh["lines"][-1]["id"] == ours[0]["id"]  # after the day's history lines
    assert Decimal(fresh["closing_balance"]) == bank.balance(bank.current)


def test_the_beneficiary_sees_the_payment_without_the_payers_document_id(tmp_path: Path):
    bank = Bank(tmp_path / "bank.sqlite3", lines=500)
    doc_id = bank.execute_payment("10.00")
    page = bank.page(bank.partner, TODAY, TODAY, user=bank.partner_user())
    (line,) = page["lines"]
    assert (line["credit"], line["document_id"]) == ("10.00", None)
    assert line["counterparty"]["bin"] == bank.created["company"]["bin"]
    assert doc_id not in json.dumps(page)


def _moment(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def test_statement_days_are_the_banks_days_in_almaty_not_utc_days(tmp_path: Path):
    """A payment executed at 20:30 UTC on 22.11 is 01:30 on 23.11 in Almaty (UTC+5): it is on the
    23rd's statement; one at 18:59:59 UTC (23:59:59 in Almaty) on the 22nd's; the balances chain."""
    bank = Bank(tmp_path / "bank.sqlite3", lines=1_500, history_until=date(2026, 11, 24))
    late = bank.execute_payment("700.00", now=_moment("2026-11-22T18:59:59Z"))
    night = bank.execute_payment("1234.56", now=_moment("2026-11-22T20:30:00Z"))
    sunday, monday = date(2026, 11, 22), date(2026, 11, 23)
    on_22, on_23 = bank.page(bank.current, sunday, sunday), bank.page(bank.current, monday, monday)
    assert [line["document_id"] for line in on_22["lines"]] == [late]
    assert on_22["lines"][0]["date"] == "2026-11-22" and on_22["total_debit"] == "700.00"
    ours = [line for line in on_23["lines"] if line["document_id"] == night]
    assert len(ours) == 1 and (ours[0]["date"], ours[0]["debit"]) == ("2026-11-23", "1234.56")
    assert on_23["lines"][-1] == ours[0]  # after the day's history lines
    assert len(on_23["lines"]) > 1
    # the balances chain, day to day and to the bank's balance now
    week = bank.page(bank.current, date(2026, 11, 16), date(2026, 11, 24), limit=20_000)
    saturday = bank.page(bank.current, date(2026, 11, 16), date(2026, 11, 21))
    after = bank.page(bank.current, date(2026, 11, 24), date(2026, 11, 24))
    assert saturday["closing_balance"] == on_22["opening_balance"]
    assert on_22["closing_balance"] == on_23["opening_balance"]
    assert on_23["closing_balance"] == after["opening_balance"] == after["closing_balance"]
    assert Decimal(week["closing_balance"]) == bank.balance(bank.current) == Decimal(on_23["closing_balance"])
    for page in (on_22, on_23, week):
        opening, credit, debit, closing = amounts(page)
        assert opening + credit - debit == closing
        assert sum(Decimal(line["debit"]) for line in page["lines"]) == debit
    # paging over the days keeps the bank's order: the day, then the id
    paged = [line["id"] for page in bank.all_pages(bank.current, sunday, monday, limit=1) for line in page["lines"]]
    whole = bank.page(bank.current, sunday, monday)["lines"]
    assert paged == [line["id"] for line in whole]
    assert [line["date"] for line in whole] == sorted(line["date"] for line in whole)


def test_a_bank_made_before_postings_kept_their_day_gets_it(tmp_path: Path):
    """`refbank serve` on an older database: the column is added, each posting's day from its moment."""
    from refbank.bank_time import add_posting_days

    bank = Bank(tmp_path / "bank.sqlite3", lines=0)
    night = bank.execute_payment("5.00", now=_moment("2026-11-22T20:30:00Z"))
    with bank.database.connection() as conn:
        conn.execute("DROP INDEX postings_by_day")
        conn.execute("ALTER TABLE postings DROP COLUMN booked_on")
        add_posting_days(conn)
        add_posting_days(conn)  # once is enough
        days = {row[0] for row in conn.execute("SELECT booked_on FROM postings WHERE document_id = ?", (night,))}
    assert days == {"2026-11-23"}
    page = bank.page(bank.current, date(2026, 11, 23), date(2026, 11, 23))
    assert [line["document_id"] for line in page["lines"]] == [night]


def test_refusals(bank: Bank):
    with pytest.raises(BankRefusal) as caught:
        bank.page(bank.partner, YEAR_AGO, TODAY)
    assert (caught.value.status, caught.value.reason.code) == (404, "account_unknown")
    with pytest.raises(BankRefusal) as caught:
        bank.page(bank.current, TODAY, YEAR_AGO)
    assert (caught.value.status, caught.value.reason.code) == (400, "invalid_period")
    for bad in ({"limit": 0}, {"limit": 20_001}, {"after": "nonsense"}):
        with pytest.raises(BankRefusal) as caught:
            bank.page(bank.current, YEAR_AGO, TODAY, **bad)
        assert caught.value.status == 400


def test_refbank_init_chooses_the_size_of_the_history(tmp_path: Path):
    """`refbank init --history-lines N`: the operator's choice, kept in the bank's config.toml."""
    import subprocess

    from refbank.config import BankConfig
    from tests.helpers.refbank_server import REPO, _environment, refbank_command

    result = subprocess.run(refbank_command("init", "--data", str(tmp_path / "bank"), "--json", "--history-lines",
                                            "5000"), capture_output=True, text=True, cwd=REPO, env=_environment(),
                            timeout=120)
    assert result.returncode == 0, result.stderr
    created = json.loads(result.stdout)
    assert 4_000 <= created["history_lines"] <= 6_500
    assert BankConfig.load(tmp_path / "bank").history_lines == 5000
    with Database(tmp_path / "bank" / "bank.sqlite3").connection() as conn:
        assert conn.execute("SELECT COUNT(*) FROM history_lines").fetchone()[0] == created["history_lines"]


def test_a_bank_made_before_documents_could_await_a_signature_keeps_its_documents(tmp_path: Path):
    """`refbank serve` on an older database: the documents table is copied with the wider statuses,
    its rows, signatures and postings intact, and the new statuses are then accepted."""
    from refbank import db

    old_schema = db.SCHEMA.replace("'awaiting_signature', 'accepted', 'executed', 'rejected', 'recalled'",
                                   "'accepted', 'executed', 'rejected'")
    assert old_schema != db.SCHEMA
    path = tmp_path / "bank.sqlite3"
    database = Database(path)
    with database.connection() as conn:
        conn.executescript(old_schema)
    bank = Bank(path, lines=0)
    paid = bank.execute_payment("7.00", now=_moment("2026-11-23T06:00:00Z"))
    with bank.database.connection() as conn:
        before = [tuple(row) for row in conn.execute("SELECT * FROM documents ORDER BY id")]
        with pytest.raises(sqlite3.IntegrityError):  # the status is not one the table allows
            conn.execute("UPDATE documents SET status = 'recalled' WHERE id = ?", (paid,))
        db.widen_document_statuses(conn)
        db.widen_document_statuses(conn)  # once is enough
        assert [tuple(row) for row in conn.execute("SELECT * FROM documents ORDER BY id")] == before
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM postings WHERE document_id = ?", (paid,)).fetchone()[0] == 2
        conn.execute("UPDATE documents SET status = 'recalled' WHERE id = ?", (paid,))
        with pytest.raises(sqlite3.IntegrityError):  # the status is not one the table allows
            conn.execute("UPDATE documents SET status = 'lost' WHERE id = ?", (paid,))
    sql = bank.database.connect().execute("SELECT sql FROM sqlite_master WHERE name = 'postings'").fetchone()[0]
    assert "REFERENCES documents(id)" in sql
