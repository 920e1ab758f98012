"""The bank's database: SQLite (WAL), its schema, amounts as integer tiyn, and write transactions
(`BEGIN IMMEDIATE`) that serialise, so two requests for one document cannot both pass the checks.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS banks (
    bic TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    own INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS companies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    bin TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL DEFAULT '17'
);
CREATE TABLE IF NOT EXISTS accounts (
    iban TEXT PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    currency TEXT NOT NULL,
    balance INTEGER NOT NULL,
    available INTEGER NOT NULL,
    title TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    iin TEXT NOT NULL,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    sign_right TEXT NOT NULL CHECK (sign_right IN ('single', 'first', 'second', 'none')),
    password_hash TEXT NOT NULL,
    blocked INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    blocked_until REAL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at REAL NOT NULL,
    last_seen REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS certificates (
    serial TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    der BLOB NOT NULL,
    not_after TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    revoked_at TEXT
);
CREATE TABLE IF NOT EXISTS certificate_requests (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    csr_pem TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'issued', 'refused')),
    certificate_serial TEXT REFERENCES certificates(serial),
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    company_id INTEGER REFERENCES companies(id),
    submitted_by INTEGER NOT NULL REFERENCES users(id),
    content BLOB NOT NULL,
    schema TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('awaiting_signature', 'accepted', 'executed', 'rejected', 'recalled')),
    reason_code TEXT,
    reason_message TEXT,
    reason_params TEXT,
    amount INTEGER,
    currency TEXT,
    payer_iban TEXT,
    beneficiary_iban TEXT,
    received_at TEXT NOT NULL,
    execute_after REAL,
    executed_at TEXT
);
CREATE INDEX IF NOT EXISTS documents_due ON documents(status, execute_after);
CREATE TABLE IF NOT EXISTS signatures (
    document_id TEXT NOT NULL REFERENCES documents(id),
    idx INTEGER NOT NULL,
    cms_der BLOB NOT NULL,
    certificate_serial TEXT,
    PRIMARY KEY (document_id, idx)
);
-- booked_at: the moment (UTC); booked_on: the bank's day of it, the statement's (refbank/bank_time.py).
CREATE TABLE IF NOT EXISTS postings (
    id INTEGER PRIMARY KEY,
    iban TEXT NOT NULL REFERENCES accounts(iban),
    document_id TEXT NOT NULL REFERENCES documents(id),
    amount INTEGER NOT NULL,
    booked_at TEXT NOT NULL,
    booked_on TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS postings_by_day ON postings(iban, booked_on, id);
-- The demo company's past (refbank/statements/history.py): statement lines booked before the bank opened.
CREATE TABLE IF NOT EXISTS history_lines (
    id INTEGER PRIMARY KEY,
    iban TEXT NOT NULL REFERENCES accounts(iban),
    booked_on TEXT NOT NULL,
    number TEXT NOT NULL,
    amount INTEGER NOT NULL,
    counterparty_name TEXT NOT NULL,
    counterparty_bin TEXT NOT NULL,
    counterparty_iban TEXT NOT NULL,
    counterparty_bic TEXT NOT NULL,
    counterparty_bank TEXT NOT NULL,
    knp TEXT NOT NULL,
    purpose TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_by_account ON history_lines(iban, booked_on, id, amount);
CREATE TABLE IF NOT EXISTS letters (
    id TEXT PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    direction TEXT NOT NULL CHECK (direction IN ('to_bank', 'from_bank')),
    kind TEXT NOT NULL DEFAULT 'letter',
    sender TEXT NOT NULL,
    sent_by INTEGER REFERENCES users(id),
    subject TEXT NOT NULL,
    text TEXT NOT NULL,
    content BLOB,
    signature BLOB,
    certificate_serial TEXT,
    in_reply_to TEXT,
    document_id TEXT,
    notice TEXT,
    sent_at TEXT NOT NULL,
    read_at TEXT
);
CREATE INDEX IF NOT EXISTS letters_company ON letters(company_id, sent_at);
CREATE TABLE IF NOT EXISTS letter_attachments (
    letter_id TEXT NOT NULL REFERENCES letters(id),
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (letter_id, idx)
);
"""

BUSY_TIMEOUT_MS = 30_000
DATABASE_FILE = "bank.sqlite3"  # in the bank's data directory


def to_tiyn(amount: Decimal) -> int:
    return int(amount * 100)


def from_tiyn(tiyn: int) -> str:
    """The wire form of an amount: a decimal string with two decimals, by integer arithmetic
    (statement pages hold thousands of amounts)."""
    sign = "-" if tiyn < 0 else ""
    whole, cents = divmod(abs(tiyn), 100)
    return f"{sign}{whole}.{cents:02d}"


DOCUMENT_STATUSES = ("awaiting_signature", "accepted", "executed", "rejected", "recalled")


def widen_document_statuses(conn: sqlite3.Connection) -> None:
    """Let a bank made when documents were only accepted, executed or rejected keep documents that
    await a second signature or were recalled. SQLite changes a CHECK only by copying the table
    (its documented procedure: foreign keys off, new table, copy, drop, rename, check)."""
    (table_sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'documents'").fetchone()
    if "'recalled'" in table_sql:
        return
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with immediate(conn):
            conn.execute(_table_sql(SCHEMA, "documents").replace("EXISTS documents (", "EXISTS documents_new ("))
            conn.execute("INSERT INTO documents_new SELECT * FROM documents")
            conn.execute("DROP TABLE documents")
            conn.execute("ALTER TABLE documents_new RENAME TO documents")
            conn.execute("CREATE INDEX IF NOT EXISTS documents_due ON documents(status, execute_after)")
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise sqlite3.IntegrityError("documents lost a reference while their statuses were widened")
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _table_sql(schema: str, table: str) -> str:
    start = schema.index(f"CREATE TABLE IF NOT EXISTS {table} (")
    return schema[start:schema.index(");", start) + 2]


IDLE_CONNECTIONS = 8  # kept open between requests at most: the API's workers seldom run more at once


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        # Connections between two uses, for the next: opening one (the file, then its schema parsed at
        # the first statement) costs about 0.25 ms, and a request needs up to three.
        self._idle: list[sqlite3.Connection] = []
        self._idle_lock = threading.Lock()

    @classmethod
    def in_dir(cls, data_dir: Path) -> Database:
        """The database of the bank whose data directory this is."""
        return cls(data_dir / DATABASE_FILE)

    def connect(self) -> sqlite3.Connection:
        """A new connection; autocommit, transactions are explicit. Used by one thread at a time."""
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn

    def create(self) -> None:
        with self.connection() as conn:
            # WAL lets the API read while the executor writes; the mode is stored in the file.
            conn.execute("PRAGMA journal_mode = WAL")
            conn.executescript(SCHEMA)

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A connection for this block, idle from an earlier one or new; kept for a later one after."""
        conn = self.idle_connection() or self.connect()
        try:
            yield conn
        finally:
            self.keep(conn)

    def idle_connection(self) -> sqlite3.Connection | None:
        """A connection an earlier block left, or None: never waits."""
        with self._idle_lock:
            return self._idle.pop() if self._idle else None

    def keep(self, conn: sqlite3.Connection) -> None:
        """`conn` for a later block (up to IDLE_CONNECTIONS kept, the others closed). A transaction a
        failure left open is rolled back first: only then may this wait for the database."""
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        except sqlite3.Error:
            conn.close()
            return
        with self._idle_lock:
            if len(self._idle) < IDLE_CONNECTIONS:
                self._idle.append(conn)
                return
        conn.close()


@contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction that takes the database's write lock at its start."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
