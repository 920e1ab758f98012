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
    """The user whose password this is; three wrong tries block the user for 15 minutes (R8.4).

    A user the bank blocked is told so only with the right password: without it the answers are those
    of any login, so a block does not tell a guesser that the login exists.

    The slow hash runs outside any write transaction, so guesses never hold the bank's write lock: a
    short transaction first takes the try (counted before the hash, so parallel guesses cannot pass the
    limit), the hash is checked, then a second short one writes the outcome. Unknown logins go the same
    way, at the same cost, counted per login name: their answers cannot tell them from known ones."""
    user_row = conn.execute("SELECT * FROM users WHERE login = ?", (login,)).fetchone()
    known = user_row is not None
    moment = now()
    with immediate(conn):
        taken = _take_try(conn, login, known=known, now=moment)
        if taken is not None and taken > max_failed:  # tries taken by guesses in flight, or a check cut short
            _block(conn, login, known=known, until=moment + block_seconds)
    if taken is None or taken > max_failed:
        raise _blocked(False, _blocked_until(conn, login, known=known))
    if user_row is None:
        HASHING.check_against_nobody(password)
        right = False
    else:
        right = password_matches(user_row["password_hash"], password)
    with immediate(conn):
        outcome = _settle(conn, login, user_row, right=right, taken=taken, now=moment, max_failed=max_failed,
                          block_seconds=block_seconds)
    if isinstance(outcome, BankRefusal):
        raise outcome
    return outcome


def _take_try(conn: sqlite3.Connection, login: str, *, known: bool, now: float) -> int | None:
    """The number of this try among the failed ones in a row; None while the login is blocked."""
    if known:
        row = conn.execute("UPDATE users SET failed_logins = failed_logins + 1 WHERE login = ? "
                           "AND (blocked_until IS NULL OR blocked_until <= ?) RETURNING failed_logins",
                           (login, now)).fetchone()
        return int(row[0]) if row else None
    conn.execute(UNKNOWN_LOGIN_SCHEMA)  # banks older than the table (prepare_access creates it too)
    row = conn.execute("SELECT blocked_until FROM unknown_login_failures WHERE login = ?", (login,)).fetchone()
    if row is not None and (row[0] or 0) > now:
        return None
    (taken,) = conn.execute(
        "INSERT INTO unknown_login_failures (login, failed_logins, blocked_until) VALUES (?, 1, NULL) "
        "ON CONFLICT(login) DO UPDATE SET failed_logins = failed_logins + 1, blocked_until = NULL "
        "RETURNING failed_logins", (login,)).fetchone()
    return int(taken)


def _table(known: bool) -> str:
    return "users" if known else "unknown_login_failures"


def _blocked_until(conn: sqlite3.Connection, login: str, *, known: bool) -> float | None:
    row = conn.execute(f"SELECT blocked_until FROM {_table(known)} WHERE login = ?", (login,)).fetchone()
    return row[0] if row else None


def _block(conn: sqlite3.Connection, login: str, *, known: bool, until: float) -> None:
    conn.execute(f"UPDATE {_table(known)} SET failed_logins = 0, blocked_until = ? WHERE login = ?", (until, login))


def _settle(conn: sqlite3.Connection, login: str, user_row: sqlite3.Row | None, *, right: bool, taken: int,
            now: float, max_failed: int, block_seconds: float) -> User | BankRefusal:
    if right and user_row is not None:
        conn.execute("UPDATE users SET failed_logins = 0, blocked_until = NULL WHERE id = ?", (user_row["id"],))
        if user_row["blocked"]:
            return _blocked(True, None)
        return user_from_row(user_row)
    if taken >= max_failed:
        _block(conn, login, known=user_row is not None, until=now + block_seconds)
        return _blocked(False, now + block_seconds)
    return _wrong_credentials(tries_left=max_failed - taken)


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
