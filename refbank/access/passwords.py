"""The password policy (R5.5, R8.1): the rules a new password must pass, the answer that shows them to the
client, and the change itself, confirmed with a one-time code."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import string
from typing import Any

from bsclient.rules.password import REUSED, PasswordPolicy, PersonalData, broken_rules, personal_data_in
from refbank.access.codes import check_code, send_code
from refbank.access.journal import journal
from refbank.access.password_hashing import hash_password, password_matches
from refbank.access.users import User
from refbank.bank_time import now
from refbank.config import BankConfig
from refbank.db import immediate
from refbank.errors import BankRefusal

ENVELOPE_ALPHABET = string.ascii_letters + string.digits
ENVELOPE_LENGTH = 12


def new_envelope_password() -> str:
    """A random password for a PIN envelope, to be changed at the first login."""
    while True:
        password = "".join(secrets.choice(ENVELOPE_ALPHABET) for _ in range(ENVELOPE_LENGTH))
        if not password.isdigit():  # the policy refuses digits only
            return password


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
    if policy.history > 0 and any(password_matches(h, new) for h in [current, *earlier]):
        raise BankRefusal(400, REUSED, "The new password is one of your last {count} passwords.",
                          count=policy.history)


def change_password(conn: sqlite3.Connection, user: User, *, current: str, new: str, code: str | None,
                    config: BankConfig, address: str) -> dict[str, Any]:
    """R5.5, R8.3: checks, then a one-time code to the phone; with the right code the password changes."""
    row = conn.execute("SELECT password_hash FROM users WHERE id = ?", (user.id,)).fetchone()
    try:
        if not password_matches(row["password_hash"], current):
            raise BankRefusal(403, "wrong_current_password", "The current password is wrong.")
        check_new_password(conn, user, new, config)
        subject = hashlib.sha256(new.encode()).hexdigest()
        if code is None:
            return {"confirmation": send_code(conn, user, purpose="password_change", subject=subject, config=config)}
        check_code(conn, user, purpose="password_change", subject=subject, code=code, config=config)
    except BankRefusal as refusal:
        journal(conn, user_id=user.id, login=user.login, address=address, action="password_change",
                outcome=refusal.reason.code)
        raise
    with immediate(conn):
        conn.execute("INSERT INTO password_history (user_id, password_hash, changed_at) VALUES (?, ?, ?)",
                     (user.id, row["password_hash"], now()))
        conn.execute("UPDATE users SET password_hash = ?, password_changed_at = ?, must_change_password = 0 "
                     "WHERE id = ?", (hash_password(new), now(), user.id))
        journal(conn, user_id=user.id, login=user.login, address=address, action="password_change", outcome="ok")
    return {"changed": True}
