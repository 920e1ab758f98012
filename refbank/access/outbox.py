"""The outbox: the text messages (one-time codes) the bank sends, kept where `refbank outbox` reads them;
the stand-in for an SMS gateway (R8.3)."""

from __future__ import annotations

import sqlite3

from refbank.bank_time import utc_text


def send_text(conn: sqlite3.Connection, *, user_id: int, phone: str, text: str, moment: float) -> None:
    conn.execute("INSERT INTO outbox (user_id, phone, text, sent_at) VALUES (?, ?, ?, ?)",
                 (user_id, phone, text, utc_text(moment)))


def outbox_lines(conn: sqlite3.Connection, login: str | None = None) -> list[str]:
    query = ("SELECT o.sent_at, u.login, o.phone, o.text FROM outbox o JOIN users u ON u.id = o.user_id"
             + (" WHERE u.login = ?" if login else "") + " ORDER BY o.id")
    return [f"{row[0]}  {row[1]}  {row[2]}  {row[3]}" for row in conn.execute(query, (login,) if login else ())]
