"""One-time codes (R8.3, R8.5): six digits sent to the user's phone through the outbox, each for one
purpose and subject, with a lifetime and a number of tries.

Guessing is bounded twice: a user gets at most `codes_per_window` new codes within `code_window_minutes`
(any purpose; the refusal `too_many_codes` says how long to wait), and `max_wrong_codes` wrong codes in a
row, whichever codes they were typed for, block the user as wrong passwords do and end their sessions.
"""

from __future__ import annotations

import hashlib
import math
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
        _refuse_too_many_codes(conn, user, now=now, config=config)
        replaced = {row[0] for row in conn.execute(
            "SELECT code_hash FROM one_time_codes WHERE user_id = ? AND state = 'active'", (user.id,))}
        conn.execute("UPDATE one_time_codes SET state = 'replaced' WHERE user_id = ? AND state = 'active'", (user.id,))
        while True:  # a new code never repeats the one it replaces
            code = f"{secrets.randbelow(1_000_000):06d}"
            if _code_hash(user.id, code) not in replaced:
                break
        expires = now + config.code_minutes * 60
        conn.execute("INSERT INTO one_time_codes (user_id, purpose, subject, code_hash, expires_at, tries_left, "
                     "state, created_at) VALUES (?, ?, ?, ?, ?, ?, 'active', ?)",
                     (user.id, purpose, subject, _code_hash(user.id, code), expires, config.code_tries, now))
        what = {"password_change": "password change", "login": "login"}.get(purpose, "payment")
        send_text(conn, user_id=user.id, phone=phone, moment=now,
                  text=f"Code {code} confirms your {what}. Valid {config.code_minutes:g} minutes. "
                  "The bank never asks for this code.")
    return {"purpose": purpose, "sent_to": masked_phone(phone), "expires_at": utc_text(expires)}


def _refuse_too_many_codes(conn: sqlite3.Connection, user: User, *, now: float, config: BankConfig) -> None:
    window = config.code_window_minutes * 60
    sent = [row[0] for row in conn.execute(
        "SELECT created_at FROM one_time_codes WHERE user_id = ? AND created_at > ? ORDER BY created_at",
        (user.id, now - window))]
    if len(sent) < config.codes_per_window:
        return
    free_at = sent[len(sent) - config.codes_per_window] + window  # when the oldest counted code leaves the window
    raise BankRefusal(429, "too_many_codes", "Too many codes asked; wait {wait_minutes} minutes.",
                      wait_minutes=max(1, math.ceil((free_at - now) / 60)), until=utc_text(free_at))


def check_code(conn: sqlite3.Connection, user: User, *, purpose: str, subject: str, code: str,
               config: BankConfig) -> None:
    """Accept the open code for this purpose and subject once, or refuse: wrong (tries left), void after
    the last wrong try, expired, or replaced by a newer request; a wrong code also counts toward the
    user's block (`max_wrong_codes`), which ends every session of the user."""
    now = bank_now()
    with immediate(conn):
        outcome = _judge_code(conn, user, purpose=purpose, subject=subject, code=code.strip(), now=now)
        if outcome is None:
            conn.execute("UPDATE users SET failed_codes = 0 WHERE id = ?", (user.id,))
        elif outcome.reason.code in ("code_wrong", "code_void_now"):
            outcome = _count_wrong_code(conn, user, outcome, now=now, config=config)
    if outcome is not None:
        raise outcome


def _count_wrong_code(conn: sqlite3.Connection, user: User, outcome: BankRefusal, *, now: float,
                      config: BankConfig) -> BankRefusal:
    (failed,) = conn.execute("UPDATE users SET failed_codes = failed_codes + 1 WHERE id = ? RETURNING failed_codes",
                             (user.id,)).fetchone()
    if failed < config.max_wrong_codes:
        return outcome if outcome.reason.code == "code_wrong" else _void()
    until = now + config.login_block_minutes * 60
    conn.execute("UPDATE users SET failed_codes = 0, blocked_until = ? WHERE id = ?", (until, user.id))
    conn.execute("UPDATE one_time_codes SET state = 'void' WHERE user_id = ? AND state = 'active'", (user.id,))
    conn.execute("DELETE FROM sessions WHERE user_id = ?", (user.id,))
    return BankRefusal(403, "user_blocked", "Too many wrong codes: the user is blocked until {until}.",
                       until=utc_text(until))


def _void() -> BankRefusal:
    return BankRefusal(409, "code_void", "The code was entered wrong too often; ask for a new one.")


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
        return BankRefusal(409, "code_void_now", "")  # told as code_void once counted (_count_wrong_code)
    conn.execute("UPDATE one_time_codes SET tries_left = ? WHERE id = ?", (tries, row["id"]))
    return BankRefusal(403, "code_wrong", "The code is wrong; {tries_left} tries left.", tries_left=tries)
