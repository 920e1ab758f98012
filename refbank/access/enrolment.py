"""A new user of a company at the bank, with an envelope password to be changed at the first login."""

from __future__ import annotations

import sqlite3

from refbank.access.journal import journal
from refbank.access.password_hashing import hash_password
from refbank.access.passwords import new_envelope_password
from refbank.access.schema import birth_date_of_iin
from refbank.bank_time import now
from refbank.db import immediate
from refbank.demo_bank import made_up_number

SIGN_RIGHTS = ("single", "first", "second", "none")
DEFAULT_PHONE = "+7 701 555 99 99"  # made up, like the demo's: the bank needs a phone for one-time codes


def add_user(conn: sqlite3.Connection, *, company_bin: str, login: str, full_name: str, sign_right: str,
             iin: str | None = None, phone: str | None = None) -> str:
    """A new user who must change the returned envelope password at the first login.

    LookupError when the company is unknown, ValueError when the login is taken.
    """
    password = new_envelope_password()
    with immediate(conn):
        company = conn.execute("SELECT id FROM companies WHERE bin = ?", (company_bin,)).fetchone()
        if company is None:
            raise LookupError(company_bin)
        if conn.execute("SELECT 1 FROM users WHERE login = ?", (login,)).fetchone() is not None:
            raise ValueError(login)
        iin = iin or made_up_number("9001015", serial_digits=4)
        cursor = conn.execute(
            "INSERT INTO users (login, full_name, iin, company_id, sign_right, password_hash, birth_date, phone, "
            "password_changed_at, must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (login, full_name, iin, company["id"], sign_right, hash_password(password), birth_date_of_iin(iin),
             phone or DEFAULT_PHONE, now()))
        journal(conn, user_id=int(cursor.lastrowid or 0), login=login, address="bank", action="bank_user_added",
                outcome="ok")
    return password
