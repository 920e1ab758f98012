"""One-time codes (R8.3, R8.5): six digits sent to the user's phone through the outbox, each for one
purpose and subject, with a lifetime and a number of tries."""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
from typing import Any

from refbank.access.outbox import send_text
from refbank.access.users import User
from refbank.bank_time import now as bank_now
from refbank.bank_time import utc_text
from refbank.config import BankConfig
from refbank.db import immediate
from refbank.errors import BankRefusal


def _code_hash(user_id: int, code: str) -> str:
    return hashlib.sha256(f"{user_id}:{code}".encode()).hexdigest()


def masked_phone(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    return f"+{digits[:1]} {digits[1:4]} *** ** {digits[-2:]}" if len(digits) >= 7 else "***"


def send_code(conn: sqlite3.Connection, user: User, *, purpose: str, subject: str,
              config: BankConfig) -> dict[str, Any]:
    """A new 6-digit code to the user's phone (the outbox); any code still open for the user is void."""
    phone = conn.execute("SELECT phone FROM users WHERE id = ?", (user.id,)).fetchone()["phone"]
    if not phone:
        raise BankRefusal(409, "no_phone", "The bank has no phone number of this user to send a code to.")
    now = bank_now()
    with immediate(conn):
        replaced = {row[0] for row in conn.execute(
            "SELECT code_hash FROM one_time_codes WHERE user_id = ? AND state = 'active'", (user.id,))}
        conn.execute("UPDATE one_time_codes SET state = 'replaced' WHERE user_id = ? AND state = 'active'", (user.id,))
        while True:  # a new code never repeats the one it replaces
            code = f"{secrets.randbelow(1_000_000):06d}"
            if _code_hash(user.id, code) not in replaced:
                break
        expires = now + config.code_minutes * 60
        conn.execute("INSERT INTO one_time_codes (user_id, purpose, subject, code_hash, expires_at, tries_left, state) "
                     "VALUES (?, ?, ?, ?, ?, ?, 'active')",
                     (user.id, purpose, subject, _code_hash(user.id, code), expires, config.code_tries))
        what = {"password_change": "password change", "login": "login"}.get(purpose, "payment")
        send_text(conn, user_id=user.id, phone=phone, moment=now,
                  text=f"Code {code} confirms your {what}. Valid {config.code_minutes:g} minutes. "
                  "The bank never asks for this code.")
    return {"purpose": purpose, "sent_to": masked_phone(phone), "expires_at": utc_text(expires)}


def check_code(conn: sqlite3.Connection, user: User, *, purpose: str, subject: str, code: str) -> None:
    """Accept the open code for this purpose and subject once, or refuse: wrong (tries left), void after
    the last wrong try, expired, or replaced by a newer request."""
    now = bank_now()
    with immediate(conn):
        outcome = _judge_code(conn, user, purpose=purpose, subject=subject, code=code.strip(), now=now)
    if outcome is not None:
        raise outcome


def _judge_code(conn: sqlite3.Connection, user: User, *, purpose: str, subject: str, code: str,
                now: float) -> BankRefusal | None:
    row = conn.execute("SELECT * FROM one_time_codes WHERE user_id = ? AND purpose = ? AND subject = ? "
                       "ORDER BY id DESC LIMIT 1", (user.id, purpose, subject)).fetchone()
    given = _code_hash(user.id, code)
    if row is None or row["state"] == "used":
        return BankRefusal(409, "code_not_requested", "No code is open for this; ask for a new one.")
    if row["state"] == "replaced":
        return BankRefusal(409, "code_replaced", "A newer code was sent; this one no longer counts.")
    if row["state"] == "void":
        return BankRefusal(409, "code_void", "The code was entered wrong too often; ask for a new one.")
    if row["expires_at"] < now:
        conn.execute("UPDATE one_time_codes SET state = 'void' WHERE id = ?", (row["id"],))
        return BankRefusal(409, "code_expired", "The code has expired; ask for a new one.")
    if secrets.compare_digest(row["code_hash"], given):
        conn.execute("UPDATE one_time_codes SET state = 'used' WHERE id = ?", (row["id"],))
        return None
    tries = row["tries_left"] - 1
    if tries <= 0:
        conn.execute("UPDATE one_time_codes SET state = 'void', tries_left = 0 WHERE id = ?", (row["id"],))
        return BankRefusal(409, "code_void", "The code was entered wrong too often; ask for a new one.")
    conn.execute("UPDATE one_time_codes SET tries_left = ? WHERE id = ?", (tries, row["id"]))
    return BankRefusal(403, "code_wrong", "The code is wrong; {tries_left} tries left.", tries_left=tries)
