"""The access tables and columns, added to any bank (old ones too) at init and at every start."""

from __future__ import annotations

import re
import sqlite3

from refbank.access.users import UNKNOWN_LOGIN_SCHEMA
from refbank.bank_time import now as bank_now
from refbank.bank_time import utc_text
from refbank.config import BankConfig
from refbank.db import immediate

USER_COLUMNS = (("birth_date", "TEXT"), ("phone", "TEXT"), ("password_changed_at", "REAL"),
                ("must_change_password", "INTEGER NOT NULL DEFAULT 0"),
                ("failed_codes", "INTEGER NOT NULL DEFAULT 0"))
CODE_COLUMNS = (("created_at", "REAL"),)  # when a code was sent: the window of codes_per_window


ACCESS_SCHEMA = """
CREATE TABLE IF NOT EXISTS password_history (
    user_id INTEGER NOT NULL REFERENCES users(id),
    password_hash TEXT NOT NULL,
    changed_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS one_time_codes (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    purpose TEXT NOT NULL,
    subject TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    expires_at REAL NOT NULL,
    tries_left INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('active', 'used', 'void', 'replaced'))
);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    phone TEXT NOT NULL,
    text TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY,
    user_id INTEGER,
    login TEXT NOT NULL,
    at TEXT NOT NULL,
    address TEXT NOT NULL,
    action TEXT NOT NULL,
    outcome TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS journal_by_user ON journal(user_id, id);
CREATE INDEX IF NOT EXISTS journal_by_time ON journal(at);
"""


def prepare_access(conn: sqlite3.Connection, config: BankConfig, now: float | None = None) -> None:
    """Give any bank (old ones too) the access columns and tables; idempotent, run at init and serve.

    Birth dates come from the IIN (its first six digits, the century from the seventh); a password
    of unknown age counts from now, so no existing user is locked out by the upgrade.
    """
    now = bank_now() if now is None else now
    with immediate(conn):
        present = {row[1] for row in conn.execute("PRAGMA table_info(users)")}
        for name, kind in USER_COLUMNS:
            if name not in present:
                conn.execute(f"ALTER TABLE users ADD COLUMN {name} {kind}")
        for statement in ACCESS_SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        present = {row[1] for row in conn.execute("PRAGMA table_info(one_time_codes)")}
        for name, kind in CODE_COLUMNS:
            if name not in present:
                conn.execute(f"ALTER TABLE one_time_codes ADD COLUMN {name} {kind}")
        conn.execute("CREATE INDEX IF NOT EXISTS codes_by_user ON one_time_codes(user_id, created_at)")
        conn.execute(UNKNOWN_LOGIN_SCHEMA)  # failures counted for logins the bank does not know
        conn.execute("DELETE FROM unknown_login_failures WHERE failed_logins = 0 AND "
                     "(blocked_until IS NULL OR blocked_until <= ?)", (now,))  # as if never tried
        for user_id, iin in conn.execute("SELECT id, iin FROM users WHERE birth_date IS NULL").fetchall():
            conn.execute("UPDATE users SET birth_date = ? WHERE id = ?", (birth_date_of_iin(iin), user_id))
        conn.execute("UPDATE users SET password_changed_at = ? WHERE password_changed_at IS NULL", (now,))
        cutoff = utc_text(now - config.journal_retention_years * 365.25 * 86400)
        conn.execute("DELETE FROM journal WHERE at < ?", (cutoff,))


def birth_date_of_iin(iin: str) -> str | None:
    if not re.fullmatch(r"\d{12}", iin or ""):
        return None
    century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}.get(iin[6])
    if century is None:
        return None
    return f"{century + int(iin[:2])}-{iin[2:4]}-{iin[4:6]}"
