"""The users' journal (R8.7): each call and each access event, with its moment, address and outcome."""

from __future__ import annotations

import sqlite3
from typing import Any

from refbank.access.users import User
from refbank.bank_time import now, utc_text

READS = ("GET ", "POST /documents/states")  # kept in the journal, shown only on request


def journal(conn: sqlite3.Connection, *, user_id: int | None, login: str, address: str, action: str,
            outcome: str) -> None:
    conn.execute("INSERT INTO journal (user_id, login, at, address, action, outcome) VALUES (?, ?, ?, ?, ?, ?)",
                 (user_id, login, utc_text(now()), address or "", action, outcome))


def own_journal(conn: sqlite3.Connection, user: User, *, reads: bool = False, limit: int = 500) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT at, address, action, outcome FROM journal WHERE user_id = ? ORDER BY id DESC LIMIT ?",
                        (user.id, limit * 4 if not reads else limit)).fetchall()
    entries = [dict(row) for row in rows if reads or not row["action"].startswith(READS)]
    return entries[:limit]
