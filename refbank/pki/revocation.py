"""R7.2 "my key is compromised": the user revokes their own certificate at once, and asks for a new one.

After a compromise the new certificate is never issued automatically, even by a bank that issues
first certificates at once (auto_issue_certificates): the bank's officer issues it with
`refbank certificates approve ID` (the stand-in for the paper act at the branch). Documents signed
with the revoked certificate are refused by refbank/documents/receipt.py (`certificate_revoked`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from refbank.access.journal import journal
from refbank.access.users import User
from refbank.bank_time import now, utc_text
from refbank.db import immediate
from refbank.errors import BankRefusal
from refbank.pki.ca import CertificateAuthority
from refbank.pki.requests import submit_request


@dataclass(frozen=True)
class Revocation:
    serial: str
    revoked_at: str
    already: bool  # it had been revoked before this call


def revoke_own_certificate(conn: sqlite3.Connection, user: User, serial: str, *, address: str) -> Revocation:
    """Mark the user's certificate `serial` revoked now; journaled. 404 when it is not theirs."""
    serial = serial.strip().lower()
    with immediate(conn):
        row = conn.execute("SELECT revoked, revoked_at FROM certificates WHERE serial = ? AND user_id = ?",
                           (serial, user.id)).fetchone()
        if row is None:
            journal(conn, user_id=user.id, login=user.login, address=address, action="certificate_revoke",
                    outcome="certificate_unknown")
        elif row["revoked"]:
            return Revocation(serial, row["revoked_at"] or "", True)
        else:
            moment = utc_text(now())
            conn.execute("UPDATE certificates SET revoked = 1, revoked_at = ? WHERE serial = ?", (moment, serial))
            journal(conn, user_id=user.id, login=user.login, address=address, action="certificate_revoke",
                    outcome="ok")
    if row is None:
        raise BankRefusal(404, "certificate_unknown", "You have no certificate with this serial number.",
                          serial=serial)
    return Revocation(serial, moment, False)


def request_replacement(conn: sqlite3.Connection, user: User, csr_pem: str, *, authority: CertificateAuthority,
                        address: str) -> dict[str, Any]:
    """A new key's certificate request after a compromise: always pending until the bank approves it."""
    answer = submit_request(conn, user, csr_pem, authority=authority, auto_issue=False)
    with immediate(conn):
        journal(conn, user_id=user.id, login=user.login, address=address, action="certificate_replacement",
                outcome="ok")
    return answer
