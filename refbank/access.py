"""Access rules the bank enforces (R5.5, R6.1, R6.4, R6.5, R7.1, R8.1-R8.7): login with tries left,
password policy and expiry, one-time codes through the outbox, self-block, and the users' journal.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
import time
from decimal import Decimal, InvalidOperation
from typing import Any

from bsclient.rules.password import REUSED, PasswordPolicy, PersonalData, broken_rules, personal_data_in
from refbank.config import BankConfig
from refbank.db import immediate
from refbank.errors import BankRefusal
from refbank.users import UNKNOWN_LOGIN_SCHEMA, User, _password_matches, authenticate, hash_password

USER_COLUMNS = (("birth_date", "TEXT"), ("phone", "TEXT"), ("password_changed_at", "REAL"),
                ("must_change_password", "INTEGER NOT NULL DEFAULT 0"))
ACCESS_SCHEMA = """
CREATE TABLE IF NOT EXISTS password_history (
    user_id INTEGER NOT NULL REFERENCES users(id),
    password_hash TEXT NOT NULL,
    changed_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS one_time_codes (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    purpose TEXT NOT NULL,
    subject TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    expires_at REAL NOT NULL,
    tries_left INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('active', 'used', 'void', 'replaced'))
);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    phone TEXT NOT NULL,
    text TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY,
    user_id INTEGER,
    login TEXT NOT NULL,
    at TEXT NOT NULL,
    address TEXT NOT NULL,
    action TEXT NOT NULL,
    outcome TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS journal_by_user ON journal(user_id, id);
CREATE INDEX IF NOT EXISTS journal_by_time ON journal(at);
"""
# A session whose password must change may only do this (and log out).
ALLOWED_BEFORE_CHANGE = ("/password", "/password-policy", "/session", "/journal", "/access/block")
READS = ("GET ", "POST /documents/states")  # kept in the journal, shown only on request


def utc_text(moment: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(moment))


# --- schema ------------------------------------------------------------------------------------

def prepare_access(conn: sqlite3.Connection, config: BankConfig, now: float | None = None) -> None:
    """Give any bank (old ones too) the access columns and tables; idempotent, run at init and serve.

    Birth dates come from the IIN (its first six digits, the century from the seventh); a password
    of unknown age counts from now, so no existing user is locked out by the upgrade.
    """
    now = time.time() if now is None else now
    with immediate(conn):
        present = {row[1] for row in conn.execute("PRAGMA table_info(users)")}
        for name, kind in USER_COLUMNS:
            if name not in present:
                conn.execute(f"ALTER TABLE users ADD COLUMN {name} {kind}")
        for statement in ACCESS_SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(UNKNOWN_LOGIN_SCHEMA)  # failures counted for logins the bank does not know
        conn.execute("DELETE FROM unknown_login_failures WHERE failed_logins = 0 AND "
                     "(blocked_until IS NULL OR blocked_until <= ?)", (now,))  # as if never tried
        for user_id, iin in conn.execute("SELECT id, iin FROM users WHERE birth_date IS NULL").fetchall():
            conn.execute("UPDATE users SET birth_date = ? WHERE id = ?", (birth_date_of_iin(iin), user_id))
        conn.execute("UPDATE users SET password_changed_at = ? WHERE password_changed_at IS NULL", (now,))
        cutoff = utc_text(now - config.journal_retention_years * 365.25 * 86400)
        conn.execute("DELETE FROM journal WHERE at < ?", (cutoff,))


def birth_date_of_iin(iin: str) -> str | None:
    if not re.fullmatch(r"\d{12}", iin or ""):
        return None
    century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}.get(iin[6])
    if century is None:
        return None
    return f"{century + int(iin[:2])}-{iin[2:4]}-{iin[4:6]}"


def give_demo_phones(conn: sqlite3.Connection) -> None:
    """Demo users get made-up phone numbers (Kcell's 701 range, 555 as in films)."""
    rows = conn.execute("SELECT id FROM users WHERE phone IS NULL ORDER BY id").fetchall()
    for index, (user_id,) in enumerate(rows, start=1):
        conn.execute("UPDATE users SET phone = ? WHERE id = ?", (f"+7 701 555 {index // 100:02d} {index % 100:02d}", user_id))


# --- journal (R8.7) ----------------------------------------------------------------------------

def journal(conn: sqlite3.Connection, *, user_id: int | None, login: str, address: str, action: str,
            outcome: str) -> None:
    conn.execute("INSERT INTO journal (user_id, login, at, address, action, outcome) VALUES (?, ?, ?, ?, ?, ?)",
                 (user_id, login, utc_text(time.time()), address or "", action, outcome))


def own_journal(conn: sqlite3.Connection, user: User, *, reads: bool = False, limit: int = 500) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT at, address, action, outcome FROM journal WHERE user_id = ? ORDER BY id DESC LIMIT ?",
                        (user.id, limit * 4 if not reads else limit)).fetchall()
    entries = [dict(row) for row in rows if reads or not row["action"].startswith(READS)]
    return entries[:limit]


# --- login -------------------------------------------------------------------------------------

def login_user(conn: sqlite3.Connection, login: str, password: str, *, config: BankConfig,
               address: str) -> tuple[User, str | None]:
    """The user and why their password must change now ("first_login", "expired") or None."""
    row = conn.execute("SELECT id FROM users WHERE login = ?", (login,)).fetchone()
    try:
        user = authenticate(conn, login, password, max_failed=config.max_failed_logins,
                            block_seconds=config.login_block_minutes * 60)
    except BankRefusal as refusal:
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
    if (row["password_changed_at"] or time.time()) + config.password_max_age_days * 86400 < time.time():
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


# --- password policy ---------------------------------------------------------------------------

def policy_of(config: BankConfig) -> PasswordPolicy:
    return PasswordPolicy(config.password_min_length, config.password_max_length, config.password_history,
                          config.password_max_age_days)


def personal_data(conn: sqlite3.Connection, user: User) -> PersonalData:
    row = conn.execute("SELECT birth_date, phone FROM users WHERE id = ?", (user.id,)).fetchone()
    return PersonalData(login=user.login, names=tuple(user.full_name.split()), birth_date=row["birth_date"] or "",
                        phone=row["phone"] or "", extra_digits=(user.iin,))


def policy_answer(conn: sqlite3.Connection, user: User, config: BankConfig) -> dict[str, Any]:
    policy, person = policy_of(config), personal_data(conn, user)
    return {"min_length": policy.min_length, "max_length": policy.max_length, "history": policy.history,
            "max_age_days": policy.max_age_days,
            "personal": {"login": person.login, "names": list(person.names), "birth_date": person.birth_date,
                         "phone": person.phone, "iin": user.iin}}


_RULE_SENTENCES = {
    "password_too_short": "The new password is shorter than {min_length} characters.",
    "password_too_long": "The new password is longer than {max_length} characters.",
    "password_digits_only": "The new password holds only digits; add a letter or a sign.",
    "password_personal_data": "The new password holds your {kind}; choose one without personal data.",
}


def check_new_password(conn: sqlite3.Connection, user: User, new: str, config: BankConfig) -> None:
    """Raises the refusal of the first rule the new password breaks (one code per rule)."""
    policy, person = policy_of(config), personal_data(conn, user)
    broken = broken_rules(new, policy, person)
    if broken:
        code = broken[0]
        params: dict[str, Any] = {"broken": broken, "min_length": policy.min_length, "max_length": policy.max_length}
        if code == "password_personal_data":
            params["kind"] = personal_data_in(new, person)
        raise BankRefusal(400, code, _RULE_SENTENCES[code], **params)
    current = conn.execute("SELECT password_hash FROM users WHERE id = ?", (user.id,)).fetchone()[0]
    earlier = [row[0] for row in conn.execute(
        "SELECT password_hash FROM password_history WHERE user_id = ? ORDER BY changed_at DESC LIMIT ?",
        (user.id, max(policy.history - 1, 0)))]
    if policy.history > 0 and any(_password_matches(h, new) for h in [current, *earlier]):
        raise BankRefusal(400, REUSED, "The new password is one of your last {count} passwords.",
                          count=policy.history)


def change_password(conn: sqlite3.Connection, user: User, *, current: str, new: str, code: str | None,
                    config: BankConfig, address: str) -> dict[str, Any]:
    """R5.5, R8.3: checks, then a one-time code to the phone; with the right code the password changes."""
    row = conn.execute("SELECT password_hash FROM users WHERE id = ?", (user.id,)).fetchone()
    try:
        if not _password_matches(row["password_hash"], current):
            raise BankRefusal(403, "wrong_current_password", "The current password is wrong.")
        check_new_password(conn, user, new, config)
        subject = hashlib.sha256(new.encode()).hexdigest()
        if code is None:
            return {"confirmation": send_code(conn, user, purpose="password_change", subject=subject, config=config)}
        check_code(conn, user, purpose="password_change", subject=subject, code=code)
    except BankRefusal as refusal:
        journal(conn, user_id=user.id, login=user.login, address=address, action="password_change",
                outcome=refusal.reason.code)
        raise
    with immediate(conn):
        conn.execute("INSERT INTO password_history (user_id, password_hash, changed_at) VALUES (?, ?, ?)",
                     (user.id, row["password_hash"], time.time()))
        conn.execute("UPDATE users SET password_hash = ?, password_changed_at = ?, must_change_password = 0 "
                     "WHERE id = ?", (hash_password(new), time.time(), user.id))
        journal(conn, user_id=user.id, login=user.login, address=address, action="password_change", outcome="ok")
    return {"changed": True}


# --- one-time codes (R8.3, R8.5) --------------------------------------------------------------

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
    now = time.time()
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
        conn.execute("INSERT INTO outbox (user_id, phone, text, sent_at) VALUES (?, ?, ?, ?)",
                     (user.id, phone, f"Code {code} confirms your {what}. Valid {config.code_minutes:g} minutes. "
                      "The bank never asks for this code.", utc_text(now)))
    return {"purpose": purpose, "sent_to": masked_phone(phone), "expires_at": utc_text(expires)}


def check_code(conn: sqlite3.Connection, user: User, *, purpose: str, subject: str, code: str) -> None:
    """Accept the open code for this purpose and subject once, or refuse: wrong (tries left), void after
    the last wrong try, expired, or replaced by a newer request."""
    now = time.time()
    with immediate(conn):
        outcome = _judge_code(conn, user, purpose, subject, code.strip(), now)
    if outcome is not None:
        raise outcome


def _judge_code(conn: sqlite3.Connection, user: User, purpose: str, subject: str, code: str,
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


def outbox_lines(conn: sqlite3.Connection, login: str | None = None) -> list[str]:
    query = ("SELECT o.sent_at, u.login, o.phone, o.text FROM outbox o JOIN users u ON u.id = o.user_id"
             + (" WHERE u.login = ?" if login else "") + " ORDER BY o.id")
    return [f"{row[0]}  {row[1]}  {row[2]}  {row[3]}" for row in conn.execute(query, (login,) if login else ())]


# --- payments confirmed with a code (R8.5) -----------------------------------------------------

def tenge_equivalent(conn: sqlite3.Connection, amount: Decimal, currency: str) -> Decimal | None:
    """`amount` of `currency` in tenge at the bank's middle rate now (refbank/rates.py: half-way between
    buy and sell, as the currency-control threshold counts, validation/foreign.py); None when the bank
    quotes no rate for `currency`. A tenge amount is itself."""
    code = currency.strip().upper()
    if code in ("", "KZT"):
        return amount
    from refbank.kinds import bank_dir_of  # the bank's folder, where the operator publishes rates.json
    from refbank.rates import load_rates

    middle = load_rates(bank_dir_of(conn)).middle().get(code)
    return amount * middle if middle is not None else None


def payment_needs_code(conn: sqlite3.Connection, user: User, document: dict[str, Any], config: BankConfig) -> bool:
    """The bank's rule: above `code_above_amount` (tenge; a document in another currency by its
    tenge equivalent, see tenge_equivalent), or (`code_new_beneficiary`) to an account the
    company has never paid before."""
    try:
        amount = Decimal(str(document.get("amount")))
    except (InvalidOperation, ValueError):
        return False  # the document's own checks refuse it
    if config.code_above_amount:
        tenge = tenge_equivalent(conn, amount, str(document.get("currency") or "KZT"))
        if tenge is None or tenge > Decimal(config.code_above_amount):
            return True  # a currency the bank quotes no rate for: its size is unknown, so a code
    beneficiary = document.get("beneficiary") if isinstance(document.get("beneficiary"), dict) else {}
    if config.code_new_beneficiary and beneficiary.get("iban"):
        paid = conn.execute("SELECT 1 FROM documents WHERE company_id = ? AND beneficiary_iban = ? "
                            "AND status IN ('accepted', 'executed') LIMIT 1",
                            (user.company_id, beneficiary["iban"])).fetchone()
        return paid is None
    return False


def confirm_payment(conn: sqlite3.Connection, user: User, *, doc_id: str, content: bytes, code: str | None,
                    config: BankConfig, address: str) -> None:
    """Before a payment is received: if the rule wants a code, send one (428 confirmation_required,
    nothing stored) or check the one given. A document the bank already holds is not asked again."""
    from refbank.documents import parse_content  # documents imports much; only payments need it

    if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None:
        return
    if not payment_needs_code(conn, user, parse_content(doc_id, content), config):
        return
    subject = hashlib.sha256(content).hexdigest()  # the code confirms these exact bytes
    if code is None:
        sent = send_code(conn, user, purpose="payment", subject=subject, config=config)
        journal(conn, user_id=user.id, login=user.login, address=address, action="payment_code", outcome="ok")
        raise BankRefusal(428, "confirmation_required",
                          "The bank sent a one-time code to {sent_to}; send the document again with it.", **sent)
    check_code(conn, user, purpose="payment", subject=subject, code=code)


def reset_password(conn: sqlite3.Connection, login: str) -> str | None:
    """`refbank users reset-password`: a new envelope password that must be changed at the next login."""
    from refbank.demo_bank import _new_password

    password = _new_password()
    with immediate(conn):
        row = conn.execute("SELECT id FROM users WHERE login = ?", (login,)).fetchone()
        if row is None:
            return None
        conn.execute("UPDATE users SET password_hash = ?, must_change_password = 1, failed_logins = 0, "
                     "blocked_until = NULL WHERE id = ?", (hash_password(password), row["id"]))
        conn.execute("DELETE FROM sessions WHERE user_id = ?", (row["id"],))
        journal(conn, user_id=row["id"], login=login, address="bank", action="bank_password_reset", outcome="ok")
    return password
