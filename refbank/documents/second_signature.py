"""The second signature (R3.2, R3.3): documents awaiting it, and its receipt over the same bytes.

A document that arrived with only a first signature is kept as `awaiting_signature`. Another
user of the company with the right "second" fetches it, checks the exact bytes and adds a
detached CMS over them. The bank checks that signature with its own code (refbank/pki/verify.py),
applies the rule of refbank/documents/signing_rights.py, records it, and then takes the document for
execution as it takes a fully signed one (refbank/documents/receipt.py).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import sqlite3
from decimal import Decimal
from typing import Any

from asn1crypto import cms
from cryptography import x509

from refbank.access.users import User
from refbank.bank_time import now as bank_now
from refbank.db import immediate, to_tiyn
from refbank.documents.receipt import (
    Signer,
    check_document,
    document_state,
    parse_content,
    signer_of,
    visible_document,
)
from refbank.documents.signing_rights import Signatory, SigningRefused, check_addition, may_add
from refbank.errors import BankRefusal, DocumentRejected, Reason
from refbank.mail import notify_rejected_document
from refbank.pki.verify import VerifiedSignature, verify_detached

# HTTP status of each rule's refusal: "not you" is 403, "not now" (the document moved on) is 409.
_RULE_STATUS = {"signed_twice": 409, "signatures_complete": 409}


def _signatory(signer: Signer) -> Signatory:
    return Signatory(signer.user.id, signer.user.company_id, signer.user.sign_right, signer.user.full_name)


def _stored_signatures(conn: sqlite3.Connection, doc_id: str) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT signatures.idx, signatures.cms_der, signatures.certificate_serial, users.id AS user_id, "
        "users.full_name, users.login, users.sign_right, users.company_id "
        "FROM signatures LEFT JOIN certificates ON certificates.serial = signatures.certificate_serial "
        "LEFT JOIN users ON users.id = certificates.user_id WHERE signatures.document_id = ? ORDER BY idx",
        (doc_id,)).fetchall()


def _signatories(rows: list[sqlite3.Row]) -> list[Signatory]:
    return [Signatory(row["user_id"], row["company_id"], row["sign_right"], row["full_name"])
            for row in rows if row["user_id"] is not None]


def signing_time(cms_der: bytes) -> str | None:
    """The signing-time the signer's CMS names (its own claim), as the wire writes times."""
    try:
        signer_info = cms.ContentInfo.load(cms_der)["content"]["signer_infos"][0]
        for attribute in signer_info["signed_attrs"] or []:
            if attribute["type"].native == "signing_time":
                when = attribute["values"][0].native
                if isinstance(when, dt.datetime):
                    when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
                    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    return None


def _signature_wire(row: sqlite3.Row) -> dict[str, Any]:
    return {"index": row["idx"], "signer": row["full_name"] or "", "login": row["login"] or "",
            "right": row["sign_right"] or "", "certificate_serial": row["certificate_serial"],
            "signed_at": signing_time(bytes(row["cms_der"])),
            "cms": base64.b64encode(bytes(row["cms_der"])).decode("ascii")}


def _needs(row: sqlite3.Row) -> str | None:
    return "second" if row["status"] == "awaiting_signature" else None


def document_signatures(conn: sqlite3.Connection, user: User, doc_id: str) -> dict[str, Any]:
    """Who signed a document of the user's company, when, and what it still needs."""
    row = visible_document(conn, user, doc_id)
    if row is None:
        raise BankRefusal(404, "document_unknown", "The bank has no document with this id.", id=doc_id)
    signatures = _stored_signatures(conn, doc_id)
    signatories = _signatories(signatures)
    me = Signatory(user.id, user.company_id, user.sign_right, user.full_name)
    return {"id": doc_id, "status": row["status"], "needs": _needs(row),
            "signatures": [_signature_wire(s) for s in signatures],
            "may_sign": row["status"] == "awaiting_signature" and may_add(signatories, me, row["company_id"])}


def awaiting_user(conn: sqlite3.Connection, user: User) -> dict[str, Any]:
    """The company's documents that await a signature this user may place, oldest first."""
    me = Signatory(user.id, user.company_id, user.sign_right, user.full_name)
    rows = conn.execute("SELECT * FROM documents WHERE company_id = ? AND status = 'awaiting_signature' "
                        "ORDER BY received_at, id", (user.company_id,)).fetchall()
    documents = []
    for row in rows:
        signatures = _stored_signatures(conn, row["id"])
        if not may_add(_signatories(signatures), me, row["company_id"]):
            continue  # a user never sees a document they signed, or one their right cannot complete
        documents.append({**document_state(row), "needs": _needs(row),
                          "content": base64.b64encode(bytes(row["content"])).decode("ascii"),
                          "signatures": [_signature_wire(s) for s in signatures]})
    return {"documents": documents}


def receive_signature(conn: sqlite3.Connection, *, user: User, doc_id: str, cms_der: bytes,
                      ca_certificate: x509.Certificate, own_bank_code: str,
                      execution_delay: float, horizon_days: int) -> tuple[int, dict[str, Any]]:
    """Adds a signature to a document awaiting it; (HTTP status, the document's state).

    The same signature sent again (a retry) answers 200 with `duplicate`; a signature that does
    not verify, or that the rule refuses, is refused and leaves the document as it was.
    """
    row = visible_document(conn, user, doc_id)
    if row is None or row["company_id"] != user.company_id:
        raise BankRefusal(404, "document_unknown", "The bank has no document with this id.", id=doc_id)
    content = bytes(row["content"])
    try:  # the signature arithmetic, before the write lock
        new = verify_detached(content, cms_der, ca_certificate)
        earlier = [verify_detached(content, bytes(s["cms_der"]), ca_certificate)
                   for s in conn.execute("SELECT cms_der FROM signatures WHERE document_id = ? ORDER BY idx",
                                         (doc_id,))]
    except DocumentRejected as rejected:
        status = 400 if rejected.reason.code in ("signature_invalid", "certificate_untrusted") else 403
        raise _refusal(status, rejected.reason) from rejected

    now = bank_now()
    with immediate(conn):
        row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        stored = _stored_signatures(conn, doc_id)
        if any(bytes(s["cms_der"]) == cms_der for s in stored):
            return 200, document_state(row, duplicate=True)
        if row["status"] != "awaiting_signature":
            code = "signatures_complete" if row["status"] in ("accepted", "executed") else "not_awaiting_signature"
            raise BankRefusal(409, code, "The document is {state}; it awaits no signature.", state=row["status"])
        try:
            signer = signer_of(conn, new)
            check_addition(_signatories(stored), _signatory(signer), row["company_id"])
        except DocumentRejected as rejected:
            raise _refusal(403, rejected.reason) from rejected
        except SigningRefused as refused:
            raise _refusal(_RULE_STATUS.get(refused.code, 403),
                           Reason(refused.code, refused.message, refused.params)) from refused
        document = parse_content(doc_id, content)
        conn.execute("INSERT INTO signatures (document_id, idx, cms_der, certificate_serial) VALUES (?, ?, ?, ?)",
                     (doc_id, len(stored) + 1, cms_der, new.serial))
        _take_for_execution(conn, row, document, verified=[*earlier, new], own_bank_code=own_bank_code, now=now,
                            execution_delay=execution_delay, horizon_days=horizon_days)
        row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return 201, document_state(row)


def _take_for_execution(conn: sqlite3.Connection, row: sqlite3.Row, document: dict[str, Any], *,
                        verified: list[VerifiedSignature], own_bank_code: str, now: float,
                        execution_delay: float, horizon_days: int) -> None:
    """Every check of a fully signed document again (the balance may have changed since the first
    signature): accepted and the amount held, or rejected with the reason and a notice by mail."""
    try:
        account, needs = check_document(conn, document, verified, own_bank_code, horizon_days)
        if needs is not None:  # check_addition said complete; the two rules are one
            raise DocumentRejected("signature_order", "The signatures are not complete.")
    except DocumentRejected as rejected:
        reason = rejected.reason
        conn.execute("UPDATE documents SET status = 'rejected', reason_code = ?, reason_message = ?, "
                     "reason_params = ? WHERE id = ?",
                     (reason.code, reason.message, json.dumps(reason.params, ensure_ascii=False), row["id"]))
        notify_rejected_document(conn, company_id=row["company_id"], doc_id=row["id"], document=document,
                                 reason=reason, now=now)
        return
    amount = to_tiyn(Decimal(document["amount"]))
    conn.execute("UPDATE accounts SET available = available - ? WHERE iban = ?", (amount, account["iban"]))
    conn.execute("UPDATE documents SET status = 'accepted', amount = ?, execute_after = ? WHERE id = ?",
                 (amount, now + execution_delay, row["id"]))


def _refusal(status: int, reason: Reason) -> BankRefusal:
    refusal = BankRefusal(status, reason.code, "")
    refusal.reason = reason
    return refusal
