"""Unlocking a client locked after inactivity: the password is checked again by the bank.

A wrong password counts like a failed login (tries left, then blocked for the configured minutes,
R8.4); when the user ends up blocked their sessions end. Journaled as "unlock".
"""

from __future__ import annotations

import sqlite3

from refbank.access.journal import journal
from refbank.access.login_limits import LoginLimits
from refbank.access.users import User, authenticate
from refbank.config import BankConfig
from refbank.errors import BankRefusal


def unlock_session(conn: sqlite3.Connection, user: User, password: str, *, config: BankConfig,
                   address: str, limits: LoginLimits) -> None:
    """Nothing when `password` is the user's; the login refusal (wrong_credentials, user_blocked) otherwise."""
    with limits.attempt(user.login, address):
        try:
            authenticate(conn, user.login, password, max_failed=config.max_failed_logins,
                         block_seconds=config.login_block_minutes * 60)
        except BankRefusal as refusal:
            limits.failed(address)
            _refused(conn, user, refusal, address)
            raise
    journal(conn, user_id=user.id, login=user.login, address=address, action="unlock", outcome="ok")


def _refused(conn: sqlite3.Connection, user: User, refusal: BankRefusal, address: str) -> None:
    if refusal.reason.code == "user_blocked":
        conn.execute("DELETE FROM sessions WHERE user_id = ?", (user.id,))
    journal(conn, user_id=user.id, login=user.login, address=address, action="unlock",
            outcome=refusal.reason.code)
