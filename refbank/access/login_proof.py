"""The second factor at login (R8.2): proof of the carrier, or a one-time code instead of it.

After the right password a session is opened but held back: it serves only the proof (and a key
request, since a new carrier has nothing to prove with yet) until
- a user with a signing right and a valid certificate signs a fresh challenge on the carrier; the
  bank checks the CMS with its own code (refbank/pki/verify.py) against that user's unrevoked
  certificate from its CA; or
- anyone else (no signing right, or no certificate yet) types the one-time code sent to their
  phone, when the bank's `login_code_without_carrier` says so (on by default).
Every refusal has its own code and is journaled (action "login_proof" / "login_code").
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import sqlite3
import time
from dataclasses import dataclass
from typing import Any

from cryptography import x509

from refbank.access.codes import check_code, send_code
from refbank.access.journal import journal
from refbank.access.users import User
from refbank.bank_time import now as bank_now
from refbank.bank_time import utc_text
from refbank.config import BankConfig
from refbank.db import immediate
from refbank.errors import BankRefusal, DocumentRejected
from refbank.pki.verify import verify_detached

CHALLENGE_PREFIX = b"bsclient login challenge\n"  # never the start of a document (those are JSON)
CARRIER, CODE = "carrier", "code"
LOGIN_PROOF_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS session_factors (token_hash TEXT PRIMARY KEY, user_id INTEGER NOT NULL, "
    "needs TEXT NOT NULL CHECK (needs IN ('carrier', 'code')))",
    "CREATE TABLE IF NOT EXISTS login_challenges (id INTEGER PRIMARY KEY, token_hash TEXT NOT NULL, "
    "user_id INTEGER NOT NULL, challenge BLOB NOT NULL UNIQUE, expires_at REAL NOT NULL, "
    "state TEXT NOT NULL CHECK (state IN ('open', 'used', 'refused', 'replaced')))",
)
# What a session still owing its second factor may call (under /api/v1).
ALLOWED_BEFORE_PROOF = ("/session", "/certificate-requests")


@dataclass(frozen=True)
class Challenge:
    data: bytes
    expires_at: float

    def to_wire(self) -> dict[str, Any]:
        return {"kind": CARRIER, "challenge": base64.b64encode(self.data).decode("ascii"),
                "expires_at": utc_text(self.expires_at)}


def prepare_login_proof(conn: sqlite3.Connection) -> None:
    for statement in LOGIN_PROOF_SCHEMA:
        conn.execute(statement)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()  # as refbank/access/sessions.py stores it


# --- which factor ------------------------------------------------------------------------------

def valid_certificate_count(conn: sqlite3.Connection, user: User) -> int:
    now = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(bank_now()))  # not_after is ISO with an offset of +00:00
    (count,) = conn.execute("SELECT COUNT(*) FROM certificates WHERE user_id = ? AND revoked = 0 "
                            "AND substr(not_after, 1, 19) > ?", (user.id, now)).fetchone()
    return int(count)


def factor_for(conn: sqlite3.Connection, user: User, config: BankConfig) -> str | None:
    """"carrier" for a signer with a valid certificate; "code" for anyone else when the bank wants
    one; None: the password is enough (the bank turned the code off)."""
    if user.sign_right != "none" and valid_certificate_count(conn, user) > 0:
        return CARRIER
    return CODE if config.login_code_without_carrier else None


def start_second_factor(conn: sqlite3.Connection, user: User, token: str, *, config: BankConfig,
                        bank_bic: str) -> dict[str, Any] | None:
    """Right after the password: hold the new session back and send what it must answer (the wire's
    `second_factor`), or None when the session is whole at once."""
    prepare_login_proof(conn)
    needs = factor_for(conn, user, config)
    if needs is None:
        return None
    conn.execute("INSERT OR REPLACE INTO session_factors (token_hash, user_id, needs) VALUES (?, ?, ?)",
                 (token_hash(token), user.id, needs))
    if needs == CARRIER:
        return new_challenge(conn, user, token, config=config, bank_bic=bank_bic).to_wire()
    try:
        sent = send_code(conn, user, purpose="login", subject=token_hash(token), config=config)
    except BankRefusal:
        conn.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash(token),))
        raise
    return {"kind": CODE, "sent_to": sent["sent_to"], "expires_at": sent["expires_at"]}


def pending_factor(conn: sqlite3.Connection, token: str) -> str | None:
    row = conn.execute("SELECT needs FROM session_factors WHERE token_hash = ?", (token_hash(token),)).fetchone()
    return row[0] if row else None


def refuse_until_second_factor(conn: sqlite3.Connection, token: str | None, path: str) -> None:
    """A session owing its proof serves nothing else (R8.2)."""
    if not token or path.partition("/api/v1")[2].startswith(ALLOWED_BEFORE_PROOF):
        return
    prepare_login_proof(conn)
    needs = pending_factor(conn, token)
    if needs is not None:
        raise BankRefusal(403, "second_factor_required",
                          "Finish the login first ({needs}); nothing else is served until then.", needs=needs)


def _whole(conn: sqlite3.Connection, token: str) -> None:
    conn.execute("DELETE FROM session_factors WHERE token_hash = ?", (token_hash(token),))


# --- proof of the carrier ----------------------------------------------------------------------

def new_challenge(conn: sqlite3.Connection, user: User, token: str, *, config: BankConfig,
                  bank_bic: str) -> Challenge:
    """A fresh random challenge for this session (single use, `login_challenge_seconds` long);
    an earlier open one of the session no longer counts."""
    now = bank_now()
    data = (CHALLENGE_PREFIX + f"bank: {bank_bic}\nlogin: {user.login}\nissued: {utc_text(now)}\n"
            f"nonce: {secrets.token_hex(32)}\n".encode())
    expires = now + config.login_challenge_seconds
    with immediate(conn):
        conn.execute("UPDATE login_challenges SET state = 'replaced' WHERE token_hash = ? AND state = 'open'",
                     (token_hash(token),))
        conn.execute("INSERT INTO login_challenges (token_hash, user_id, challenge, expires_at, state) "
                     "VALUES (?, ?, ?, ?, 'open')", (token_hash(token), user.id, data, expires))
    return Challenge(data, expires)


def challenge_again(conn: sqlite3.Connection, user: User, token: str, *, config: BankConfig,
                    bank_bic: str) -> dict[str, Any]:
    """POST /session/challenge: a new challenge for a session that still owes the carrier's proof."""
    prepare_login_proof(conn)
    if pending_factor(conn, token) != CARRIER:
        raise BankRefusal(409, "no_proof_pending", "This session does not wait for a proof of the carrier.")
    return new_challenge(conn, user, token, config=config, bank_bic=bank_bic).to_wire()


def prove_carrier(conn: sqlite3.Connection, user: User, token: str, *, challenge: bytes, signature: bytes,
                  ca_certificate: x509.Certificate, address: str) -> None:
    """Accept the carrier's signature over this session's open challenge, or refuse with the reason:
    challenge_unknown / challenge_used (replayed) / challenge_expired, proof_invalid, carrier_unknown
    (not this bank's, or not valid now), carrier_revoked, carrier_not_yours (another user's key)."""
    prepare_login_proof(conn)
    with immediate(conn):
        refusal = _judge_proof(conn, user, token, challenge=challenge, signature=signature,
                               ca_certificate=ca_certificate, now=bank_now())
        journal(conn, user_id=user.id, login=user.login, address=address, action="login_proof",
                outcome=refusal.reason.code if refusal else "ok")
        if refusal is None:
            _whole(conn, token)
    if refusal is not None:
        raise refusal


def _judge_proof(conn: sqlite3.Connection, user: User, token: str, *, challenge: bytes, signature: bytes,
                 ca_certificate: x509.Certificate, now: float) -> BankRefusal | None:
    if pending_factor(conn, token) != CARRIER:
        return BankRefusal(409, "no_proof_pending", "This session does not wait for a proof of the carrier.")
    row = conn.execute("SELECT id, token_hash, expires_at, state FROM login_challenges WHERE challenge = ?",
                       (challenge,)).fetchone()
    if row is None:
        return BankRefusal(409, "challenge_unknown", "The bank did not give this challenge to this session.")
    if row["state"] != "open":  # a replayed proof, on this session or another
        return BankRefusal(409, "challenge_used", "This challenge was answered already; ask for a new one.")
    if row["token_hash"] != token_hash(token):
        return BankRefusal(409, "challenge_unknown", "The bank did not give this challenge to this session.")
    conn.execute("UPDATE login_challenges SET state = 'refused' WHERE id = ?", (row["id"],))  # one try only
    if row["expires_at"] < now:
        return BankRefusal(409, "challenge_expired", "The challenge has expired; ask for a new one.")
    try:
        verified = verify_detached(challenge, signature, ca_certificate)
    except DocumentRejected as rejected:
        if rejected.reason.code == "certificate_untrusted":
            return BankRefusal(403, "carrier_unknown", "The key's certificate is not one this bank issued and "
                               "holds valid.")
        return BankRefusal(403, "proof_invalid", "The signature does not prove this challenge: {why}",
                           why=rejected.reason.message)
    known = conn.execute("SELECT user_id, revoked FROM certificates WHERE serial = ?", (verified.serial,)).fetchone()
    if known is None:
        return BankRefusal(403, "carrier_unknown", "The bank has no record of the key's certificate.")
    if known["revoked"]:
        return BankRefusal(403, "carrier_revoked", "The key's certificate was revoked.")
    if known["user_id"] != user.id:
        return BankRefusal(403, "carrier_not_yours", "The key belongs to another user, not to {login}.",
                           login=user.login)
    conn.execute("UPDATE login_challenges SET state = 'used' WHERE id = ?", (row["id"],))
    return None


# --- one-time code instead of the carrier ----------------------------------------------------

def answer_code(conn: sqlite3.Connection, user: User, token: str, *, code: str, address: str,
                config: BankConfig) -> None:
    """Accept the login code sent for this session, or refuse as every one-time code is refused."""
    prepare_login_proof(conn)
    try:
        if pending_factor(conn, token) != CODE:
            raise BankRefusal(409, "no_code_pending", "This session does not wait for a one-time code.")
        check_code(conn, user, purpose="login", subject=token_hash(token), code=code, config=config)
    except BankRefusal as refusal:
        journal(conn, user_id=user.id, login=user.login, address=address, action="login_code",
                outcome=refusal.reason.code)
        raise
    with immediate(conn):
        _whole(conn, token)
        journal(conn, user_id=user.id, login=user.login, address=address, action="login_code", outcome="ok")


def code_again(conn: sqlite3.Connection, user: User, token: str, *, config: BankConfig) -> dict[str, Any]:
    """POST /session/code:new: a new login code; the earlier one no longer counts."""
    prepare_login_proof(conn)
    if pending_factor(conn, token) != CODE:
        raise BankRefusal(409, "no_code_pending", "This session does not wait for a one-time code.")
    sent = send_code(conn, user, purpose="login", subject=token_hash(token), config=config)
    return {"kind": CODE, "sent_to": sent["sent_to"], "expires_at": sent["expires_at"]}
