"""Sessions: a random Bearer token per login, ended by logout, after idle minutes, or at the latest
after the absolute lifetime however busy it is kept."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3

from refbank.access.users import User, user_by_id
from refbank.bank_time import now
from refbank.errors import BankRefusal


def _token_hash(token: str) -> str:
    # Only the hash is stored: a copy of the database does not hand out live sessions.
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(conn: sqlite3.Connection, user: User) -> str:
    token = secrets.token_urlsafe(32)
    moment = now()
    conn.execute("INSERT INTO sessions (token_hash, user_id, created_at, last_seen) VALUES (?, ?, ?, ?)",
                 (_token_hash(token), user.id, moment, moment))
    return token


def session_user(conn: sqlite3.Connection, token: str | None, idle_minutes: float, max_minutes: float) -> User:
    """The user of a live session, whose idle clock restarts; 401 session_expired otherwise: idle longer
    than `idle_minutes`, or opened more than `max_minutes` ago."""
    if not token:
        raise _expired()
    moment = now()
    key = _token_hash(token)
    row = conn.execute("SELECT user_id, created_at, last_seen FROM sessions WHERE token_hash = ?", (key,)).fetchone()
    if row is None:
        raise _expired()
    if moment - row["last_seen"] > idle_minutes * 60 or moment - row["created_at"] > max_minutes * 60:
        conn.execute("DELETE FROM sessions WHERE token_hash = ?", (key,))
        raise _expired()
    conn.execute("UPDATE sessions SET last_seen = ? WHERE token_hash = ?", (moment, key))
    return user_by_id(conn, row["user_id"])


def close_session(conn: sqlite3.Connection, token: str) -> None:
    conn.execute("DELETE FROM sessions WHERE token_hash = ?", (_token_hash(token),))


def _expired() -> BankRefusal:
    return BankRefusal(401, "session_expired", "The session has ended; log in again.")
