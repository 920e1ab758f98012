"""Users' certificate requests: checked, stored, and issued at once when the bank is set to."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from refbank.access.login_proof import pending_factor, prepare_login_proof
from refbank.access.users import User
from refbank.bank_time import BankClock, now, utc_text
from refbank.config import BankConfig
from refbank.db import Database, immediate
from refbank.errors import BankRefusal
from refbank.pki.ca import CertificateAuthority, CsrError, UserSubject, load_csr
from refbank.pki.verify import certificate_serial


def submit_request(conn: sqlite3.Connection, user: User, csr_pem: str, *,
                   authority: CertificateAuthority, auto_issue: bool) -> dict[str, Any]:
    try:
        load_csr(csr_pem.encode("ascii"))
    except (CsrError, UnicodeEncodeError) as exc:
        raise BankRefusal(400, "csr_invalid", str(exc) if isinstance(exc, CsrError)
                          else "The certificate request is not PEM text.") from exc
    request_id = str(uuid.uuid4())
    with immediate(conn):
        conn.execute("INSERT INTO certificate_requests (id, user_id, csr_pem, status, created_at) "
                     "VALUES (?, ?, ?, 'pending', ?)",
                     (request_id, user.id, csr_pem, utc_text(now())))
        if auto_issue:
            issue_certificate(conn, request_id, authority)
    return request_state(conn, user, request_id)


def issues_at_once(conn: sqlite3.Connection, token: str | None, *, auto_issue: bool) -> bool:
    """Whether a request from the session holding `token` is issued without the officer's approval: only
    when the bank is set to (auto_issue_certificates) and the session has finished its second factor. A
    session holding only the password may send a request (a blank carrier has nothing to prove with), but
    it waits for `refbank certificates approve ID`: else a password alone would get a certificate on its
    own key and then "prove the carrier" with it."""
    if not auto_issue or not token:
        return False
    prepare_login_proof(conn)
    return pending_factor(conn, token) is None


def issue_certificate(conn: sqlite3.Connection, request_id: str, authority: CertificateAuthority, *,
                      at: dt.datetime | None = None) -> str:
    """Sign the request's key with the subject from the bank's records, valid from `at` (default: the
    bank's now); returns the serial."""
    request = conn.execute("SELECT * FROM certificate_requests WHERE id = ?", (request_id,)).fetchone()
    owner = conn.execute(
        "SELECT users.full_name, users.iin, companies.name AS company FROM users "
        "JOIN companies ON companies.id = users.company_id WHERE users.id = ?",
        (request["user_id"],)).fetchone()
    certificate = authority.issue_user_certificate(
        request["csr_pem"].encode("ascii"),
        UserSubject(owner["full_name"], owner["iin"], owner["company"]), at=at,
    )
    serial = certificate_serial(certificate)
    conn.execute("INSERT INTO certificates (serial, user_id, der, not_after) VALUES (?, ?, ?, ?)",
                 (serial, request["user_id"], certificate.public_bytes(serialization.Encoding.DER),
                  certificate.not_valid_after_utc.isoformat()))
    conn.execute("UPDATE certificate_requests SET status = 'issued', certificate_serial = ? WHERE id = ?",
                 (serial, request_id))
    return serial


# The officer types at least this many hexadecimal digits of the fingerprint from the paper act.
FINGERPRINT_START_DIGITS = 8


class FingerprintMismatchError(ValueError):
    """The fingerprint the officer typed is not the start of the request's key's fingerprint."""


def key_fingerprint(csr_pem: str) -> str:
    """The SHA-256 of the request's public key (its SubjectPublicKeyInfo DER) in upper-case hex: what the
    client's key certificate act prints, for the officer to compare."""
    public_key = load_csr(csr_pem.encode("ascii")).public_key()
    spki = public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).hexdigest().upper()


def fingerprint_matches(fingerprint: str, typed: str) -> bool:
    """`typed` (spaces and colons allowed) is the start of `fingerprint`, long enough to mean something."""
    digits = re.sub(r"[\s:\-]", "", typed).upper()
    return len(digits) >= FINGERPRINT_START_DIGITS and fingerprint.startswith(digits)


def approve_request(data_dir: Path, request_id: str, fingerprint_start: str | None = None) -> str:
    """The bank's officer approves a waiting key request (the paper act signed): the certificate is issued;
    its serial. LookupError when no such request waits; FingerprintMismatchError when `fingerprint_start`
    (from the paper act; the operator's command always gives it) is not the key's. The operator's command,
    demo provisioning and test fixtures call this, each in a process of its own: the moment is the clock of
    the bank's config.toml."""
    authority = CertificateAuthority.load(data_dir)
    clock = BankClock(BankConfig.load(data_dir).clock_start_moment())
    with Database.in_dir(data_dir).connection() as conn, immediate(conn):
        row = conn.execute("SELECT status, csr_pem FROM certificate_requests WHERE id = ?",
                           (request_id,)).fetchone()
        if row is None or row["status"] != "pending":
            raise LookupError(request_id)
        if fingerprint_start is not None and not fingerprint_matches(key_fingerprint(row["csr_pem"]),
                                                                     fingerprint_start):
            raise FingerprintMismatchError(request_id)
        return issue_certificate(conn, request_id, authority, at=clock.utc_now())


def pending_requests(conn: sqlite3.Connection) -> list[dict[str, str]]:
    """The key requests waiting for the officer, oldest first: id, created_at, login, full_name, fingerprint."""
    rows = conn.execute(
        "SELECT certificate_requests.id, certificate_requests.created_at, certificate_requests.csr_pem, "
        "users.login, users.full_name "
        "FROM certificate_requests JOIN users ON users.id = certificate_requests.user_id "
        "WHERE status = 'pending' ORDER BY created_at").fetchall()
    return [{"id": row["id"], "created_at": row["created_at"], "login": row["login"],
             "full_name": row["full_name"], "fingerprint": key_fingerprint(row["csr_pem"])} for row in rows]


def request_state(conn: sqlite3.Connection, user: User, request_id: str) -> dict[str, Any]:
    row = conn.execute(
        "SELECT certificate_requests.id, certificate_requests.status, certificate_requests.created_at, "
        "certificates.der "
        "FROM certificate_requests LEFT JOIN certificates "
        "ON certificates.serial = certificate_requests.certificate_serial "
        "WHERE certificate_requests.id = ? AND certificate_requests.user_id = ?",
        (request_id, user.id)).fetchone()
    if row is None:
        raise BankRefusal(404, "certificate_request_unknown", "There is no such certificate request.",
                          id=request_id)
    return {"id": row["id"], "status": row["status"], "created_at": row["created_at"],
            "certificate_pem": _pem(row["der"])}


def _pem(der: bytes | None) -> str | None:
    if der is None:
        return None
    return x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM).decode("ascii")
