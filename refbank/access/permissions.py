"""What a user may do besides signing (R3.4): a company chooses whether its users without a
signing right prepare documents for others to sign, or only view.

The setting lives in its own table, made when the bank starts (`ensure_table`), so a bank made
before the setting existed keeps working; a company without a row prepares (the default).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from refbank.access.users import User
from refbank.db import immediate

SETTINGS_TABLE = """
CREATE TABLE IF NOT EXISTS company_settings (
    company_id INTEGER PRIMARY KEY REFERENCES companies(id),
    unsigned_users_may_prepare INTEGER NOT NULL DEFAULT 1
)
"""
UNSIGNED_USERS = ("prepare", "view")


def ensure_table(conn: sqlite3.Connection) -> None:
    conn.execute(SETTINGS_TABLE)


def unsigned_users_may_prepare(conn: sqlite3.Connection, company_id: int) -> bool:
    try:
        row = conn.execute("SELECT unsigned_users_may_prepare FROM company_settings WHERE company_id = ?",
                           (company_id,)).fetchone()
    except sqlite3.OperationalError:  # a bank not started since the setting came: the default
        return True
    return True if row is None else bool(row[0])


def set_unsigned_users(conn: sqlite3.Connection, company_id: int, choice: str) -> None:
    """`choice` is "prepare" or "view"."""
    if choice not in UNSIGNED_USERS:
        raise ValueError(f"unsigned users may {UNSIGNED_USERS}, not {choice!r}")
    with immediate(conn):
        ensure_table(conn)
        conn.execute("INSERT INTO company_settings (company_id, unsigned_users_may_prepare) VALUES (?, ?) "
                     "ON CONFLICT(company_id) DO UPDATE SET unsigned_users_may_prepare = excluded.unsigned_users_may_prepare",
                     (company_id, int(choice == "prepare")))


def permissions(conn: sqlite3.Connection, user: User) -> dict[str, Any]:
    """The login answer's word on what this user may do: prepare documents, and which signature."""
    may_sign = user.sign_right != "none"
    return {"may_prepare": may_sign or unsigned_users_may_prepare(conn, user.company_id),
            "may_sign": may_sign}
