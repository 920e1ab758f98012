"""Execution of accepted documents: a thread that books each one once its delay has passed.

The payer's balance falls by the held amount; a beneficiary at this bank is credited, any other
beneficiary is taken as sent to interbank clearing.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

from refbank.bank_time import bank_day, utc_text
from refbank.bank_time import now as bank_now
from refbank.currency_documents import EXCHANGE_SCHEMA, execute_exchange
from refbank.db import Database, immediate

log = logging.getLogger(__name__)
IDLE_POLL_SECONDS = 0.5


def execute_due_documents(conn: sqlite3.Connection, now: float) -> int:
    """Execute every accepted document due by `now`; returns how many were executed."""
    due = [row["id"] for row in conn.execute(
        "SELECT id FROM documents WHERE status = 'accepted' AND execute_after <= ? "
        "ORDER BY execute_after", (now,))]
    for doc_id in due:
        execute_document(conn, doc_id, now)
    return len(due)


def execute_document(conn: sqlite3.Connection, doc_id: str, now: float) -> None:
    with immediate(conn):
        document = conn.execute("SELECT * FROM documents WHERE id = ? AND status = 'accepted'",
                                (doc_id,)).fetchone()
        if document is None:
            return  # executed meanwhile
        amount, booked_at, booked_on = document["amount"], utc_text(now), bank_day(now)
        if document["schema"] == EXCHANGE_SCHEMA:  # two accounts, two currencies, the bank's rate now
            execute_exchange(conn, document, booked_at, booked_on)
            return
        conn.execute("UPDATE accounts SET balance = balance - ? WHERE iban = ?",
                     (amount, document["payer_iban"]))
        conn.execute("INSERT INTO postings (iban, document_id, amount, booked_at, booked_on) VALUES (?, ?, ?, ?, ?)",
                     (document["payer_iban"], doc_id, -amount, booked_at, booked_on))
        credited = conn.execute(
            "UPDATE accounts SET balance = balance + ?, available = available + ? WHERE iban = ?",
            (amount, amount, document["beneficiary_iban"])).rowcount
        if credited:
            conn.execute("INSERT INTO postings (iban, document_id, amount, booked_at, booked_on) "
                         "VALUES (?, ?, ?, ?, ?)", (document["beneficiary_iban"], doc_id, amount, booked_at, booked_on))
        conn.execute("UPDATE documents SET status = 'executed', executed_at = ? WHERE id = ?",
                     (booked_at, doc_id))


def next_due(conn: sqlite3.Connection) -> float | None:
    row = conn.execute("SELECT MIN(execute_after) AS due FROM documents WHERE status = 'accepted'").fetchone()
    return row["due"]


class Executor:
    """The background thread of the server that executes accepted documents."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="refbank-executor", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """A document was accepted: look again at what is due."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        with self._database.connection() as conn:
            while not self._stop.is_set():
                try:
                    execute_due_documents(conn, bank_now())
                    due = next_due(conn)
                except sqlite3.Error:
                    log.exception("executing documents failed; trying again")
                    due = None
                wait = IDLE_POLL_SECONDS if due is None else max(0.0, min(due - bank_now(), IDLE_POLL_SECONDS))
                self._wake.wait(wait)
                self._wake.clear()
