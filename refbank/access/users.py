"""The bank's users: who they are, their right to sign, and the check of their password."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from refbank.access.password_hashing import HASHING, password_matches
from refbank.bank_time import now, utc_text
from refbank.db import immediate
from refbank.errors import BankRefusal

MAX_FAILED_LOGINS = 3
BLOCK_SECONDS = 15 * 60

UNKNOWN_LOGIN_SCHEMA = ("CREATE TABLE IF NOT EXISTS unknown_login_failures (login TEXT PRIMARY KEY, "
                        "failed_logins INTEGER NOT NULL DEFAULT 0, blocked_until REAL)")


@dataclass(frozen=True)
class User:
    id: int
    login: str
    full_name: str
    iin: str
    company_id: int
    sign_right: str


def user_from_row(row: sqlite3.Row) -> User:
    return User(row["id"], row["login"], row["full_name"], row["iin"], row["company_id"],
                row["sign_right"])


def user_by_id(conn: sqlite3.Connection, user_id: int) -> User:
    return user_from_row(conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone())


def authenticate(conn: sqlite3.Connection, login: str, password: str, *,
                 max_failed: int = MAX_FAILED_LOGINS, block_seconds: float = BLOCK_SECONDS) -> User:
    """The user whose password this is; three wrong tries block the user for 15 minutes (R8.4)."""
    with immediate(conn):
        # The counter must be written even when the answer is a refusal: decide, write, then raise.
        outcome = _check_password(conn, login, password, now=now(), max_failed=max_failed,
                                  block_seconds=block_seconds)
    if isinstance(outcome, BankRefusal):
        raise outcome
    return outcome


def _check_password(conn: sqlite3.Connection, login: str, password: str, *, now: float,
                    max_failed: int, block_seconds: float) -> User | BankRefusal:
    row = conn.execute("SELECT * FROM users WHERE login = ?", (login,)).fetchone()
    if row is None:
        return _check_unknown_login(conn, login, password, now=now, max_failed=max_failed,
                                    block_seconds=block_seconds)
    if row["blocked"] or (row["blocked_until"] or 0) > now:
        return _blocked(row["blocked"], row["blocked_until"])
    if password_matches(row["password_hash"], password):
        conn.execute("UPDATE users SET failed_logins = 0, blocked_until = NULL WHERE id = ?",
                     (row["id"],))
        return user_from_row(row)
    failed = row["failed_logins"] + 1
    if failed >= max_failed:
        conn.execute("UPDATE users SET failed_logins = 0, blocked_until = ? WHERE id = ?",
                     (now + block_seconds, row["id"]))
        return _blocked(False, now + block_seconds)
    conn.execute("UPDATE users SET failed_logins = ? WHERE id = ?", (failed, row["id"]))
    return _wrong_credentials(tries_left=max_failed - failed)


def _check_unknown_login(conn: sqlite3.Connection, login: str, password: str, *, now: float,
                         max_failed: int, block_seconds: float) -> BankRefusal:
    """The same answers, in the same order and at the same cost, as for a known login with wrong
    passwords: tries left, then blocked until a time; the failures are counted per login name."""
    conn.execute(UNKNOWN_LOGIN_SCHEMA)  # banks older than the table (prepare_access creates it too)
    row = conn.execute("SELECT failed_logins, blocked_until FROM unknown_login_failures WHERE login = ?",
                       (login,)).fetchone()
    failed_before, blocked_until = (row[0], row[1]) if row is not None else (0, None)
    if (blocked_until or 0) > now:
        return _blocked(False, blocked_until)
    HASHING.check_against_nobody(password)
    failed = failed_before + 1
    if failed >= max_failed:
        _remember_unknown(conn, login, 0, now + block_seconds)
        return _blocked(False, now + block_seconds)
    _remember_unknown(conn, login, failed, None)
    return _wrong_credentials(tries_left=max_failed - failed)


def _remember_unknown(conn: sqlite3.Connection, login: str, failed: int, blocked_until: float | None) -> None:
    conn.execute("INSERT INTO unknown_login_failures (login, failed_logins, blocked_until) VALUES (?, ?, ?) "
                 "ON CONFLICT(login) DO UPDATE SET failed_logins = excluded.failed_logins, "
                 "blocked_until = excluded.blocked_until", (login, failed, blocked_until))


def _wrong_credentials(**params: int) -> BankRefusal:
    # tries_left: how many more wrong passwords before the block (unknown logins count too)
    return BankRefusal(401, "wrong_credentials", "The login or the password is wrong.", **params)


def _blocked(by_bank: bool, until: float | None) -> BankRefusal:
    if by_bank or until is None:
        return BankRefusal(403, "user_blocked", "The bank has blocked this user; contact the bank.",
                           by_bank=True)
    until_text = utc_text(until)
    return BankRefusal(403, "user_blocked",
                       "Too many wrong passwords: the user is blocked until {until}.",
                       until=until_text)
