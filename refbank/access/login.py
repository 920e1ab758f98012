"""Logging in with the password (R8.4, R8.6), the password's age (R5.5), and blocks: by the user
(R6.4, R6.5), by the bank, and the bank's reset of a password."""

from __future__ import annotations

import sqlite3

from refbank.access.journal import journal
from refbank.access.login_limits import LoginLimits
from refbank.access.password_hashing import hash_password
from refbank.access.passwords import new_envelope_password
from refbank.access.users import User, authenticate
from refbank.bank_time import now
from refbank.config import BankConfig
from refbank.db import immediate
from refbank.errors import BankRefusal

# A session whose password must change may only do this (and log out).
ALLOWED_BEFORE_CHANGE = ("/password", "/password-policy", "/session", "/journal", "/access/block")


def login_user(conn: sqlite3.Connection, login: str, password: str, *, config: BankConfig,
               address: str, limits: LoginLimits) -> tuple[User, str | None]:
    """The user and why their password must change now ("first_login", "expired") or None; a flood is
    refused by `limits` before anything is hashed or written (not journaled: a flood would fill it)."""
    row = conn.execute("SELECT id FROM users WHERE login = ?", (login,)).fetchone()
    with limits.attempt(login, address):
        try:
            user = authenticate(conn, login, password, max_failed=config.max_failed_logins,
                                block_seconds=config.login_block_minutes * 60)
        except BankRefusal as refusal:
            limits.failed(address)
            journal(conn, user_id=row["id"] if row else None, login=login, address=address, action="login",
                    outcome=refusal.reason.code)
            raise
    journal(conn, user_id=user.id, login=login, address=address, action="login", outcome="ok")
    return user, password_change_due(conn, user, config)


def password_change_due(conn: sqlite3.Connection, user: User, config: BankConfig) -> str | None:
    row = conn.execute("SELECT must_change_password, password_changed_at FROM users WHERE id = ?",
                       (user.id,)).fetchone()
    if row["must_change_password"]:
        return "first_login"
    moment = now()
    if (row["password_changed_at"] or moment) + config.password_max_age_days * 86400 < moment:
        return "expired"
    return None


def refuse_until_password_changed(conn: sqlite3.Connection, user: User, path: str, config: BankConfig) -> None:
    """While the password must change, the session serves only the change itself (R5.5)."""
    if path.partition("/api/v1")[2].startswith(ALLOWED_BEFORE_CHANGE):
        return
    due = password_change_due(conn, user, config)
    if due is not None:
        raise BankRefusal(403, "password_change_required",
                          "Change the password first ({why}); nothing else is served until then.", why=due)


def set_block(conn: sqlite3.Connection, login: str, blocked: bool) -> bool:
    """`refbank users block|unblock`: block until the bank unblocks (R8.6), or lift any block."""
    with immediate(conn):
        row = conn.execute("SELECT id FROM users WHERE login = ?", (login,)).fetchone()
        if row is None:
            return False
        if blocked:
            conn.execute("UPDATE users SET blocked = 1 WHERE id = ?", (row["id"],))
            conn.execute("DELETE FROM sessions WHERE user_id = ?", (row["id"],))
        else:
            conn.execute("UPDATE users SET blocked = 0, blocked_until = NULL, failed_logins = 0 WHERE id = ?",
                         (row["id"],))
        journal(conn, user_id=row["id"], login=login, address="bank", action="bank_block" if blocked else "bank_unblock",
                outcome="ok")
    return True


def block_self(conn: sqlite3.Connection, user: User, address: str) -> None:
    """R6.4, R6.5: the user blocks their own access at once; every session of theirs ends."""
    with immediate(conn):
        conn.execute("UPDATE users SET blocked = 1 WHERE id = ?", (user.id,))
        conn.execute("DELETE FROM sessions WHERE user_id = ?", (user.id,))
        journal(conn, user_id=user.id, login=user.login, address=address, action="self_block", outcome="ok")


def reset_password(conn: sqlite3.Connection, login: str) -> str | None:
    """`refbank users reset-password`: a new envelope password that must be changed at the next login."""
    password = new_envelope_password()
    with immediate(conn):
        row = conn.execute("SELECT id FROM users WHERE login = ?", (login,)).fetchone()
        if row is None:
            return None
        conn.execute("UPDATE users SET password_hash = ?, must_change_password = 1, failed_logins = 0, "
                     "blocked_until = NULL WHERE id = ?", (hash_password(password), row["id"]))
        conn.execute("DELETE FROM sessions WHERE user_id = ?", (row["id"],))
        journal(conn, user_id=row["id"], login=login, address="bank", action="bank_password_reset", outcome="ok")
    return password
